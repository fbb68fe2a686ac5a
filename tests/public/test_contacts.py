"""A contact point marked public shows on the public organisation and item pages; one not
marked public appears on no public page, report or export."""

from __future__ import annotations

import pytest
from django.test import Client

from napkit.core.plan import model as core
from napkit.core.plan import walk
from tests.public.helpers import everything_public, published_demo

pytestmark = pytest.mark.django_db

PERIODS = ["fy-2025-26", "fy-2026-27"]


def _contacts(plan: core.Plan) -> list[core.Contact]:
    found = [o.focal_point for o in plan.organisations if o.focal_point]
    found += [
        r.item.responsibility.contact
        for r in walk.activities(plan)
        if isinstance(r.item, core.Activity) and r.item.responsibility.contact
    ]
    coordinator = plan.governance.coordinator
    if coordinator and coordinator.contact:
        found.append(coordinator.contact)
    return found


def _personal(contact: core.Contact) -> list[str]:
    return [v for v in (contact.name, contact.email, contact.phone) if v]


def test_public_contacts_show_on_the_organisation_and_item_pages(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    client = Client()
    moj = next(o for o in demo_plan.organisations if o.id == "moj")
    assert moj.focal_point and moj.focal_point.public
    html = client.get(f"/public/{demo_plan.id}/organisations/moj/").content.decode()
    assert moj.focal_point.name and moj.focal_point.name in html
    mfa = next(o for o in demo_plan.organisations if o.id == "mfa")
    assert mfa.focal_point and mfa.focal_point.phone
    html = client.get(f"/public/{demo_plan.id}/organisations/mfa/").content.decode()
    assert mfa.focal_point.phone in html
    shown = 0
    for ref in walk.activities(demo_plan):
        assert isinstance(ref.item, core.Activity)
        contact = ref.item.responsibility.contact
        if contact is None or not contact.public or ref.parent is None:
            continue
        url = f"/public/{demo_plan.id}/results/{ref.parent.item.id}/"
        html = client.get(url).content.decode()
        for value in _personal(contact):
            assert value in html, (value, url)
        shown += 1
    assert shown


def test_a_contact_not_marked_public_appears_nowhere_public(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    hidden = [c for c in _contacts(demo_plan) if not c.public]
    shown = [c for c in _contacts(demo_plan) if c.public]
    assert hidden
    # The same person may be public in one role and private in another: only what is
    # private everywhere must never show.
    public_values = {v for c in shown for v in _personal(c)}
    secrets = {v for c in hidden for v in _personal(c)} - public_values
    assert secrets
    found = everything_public(Client(), demo_plan, PERIODS)
    for url, text in found.items():
        for secret in secrets:
            assert secret not in text, f"{secret!r} leaked into {url}"
