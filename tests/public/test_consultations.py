"""Published consultations on the public site: "you said, we did", linked to the items each
input changed; the public decisions of the coordination bodies; nothing that is not public."""

from __future__ import annotations

import pytest
from django.test import Client

from napkit.core.plan import model as core
from napkit.core.plan import planfile
from tests.public.helpers import everything_public, published_demo

pytestmark = pytest.mark.django_db


def get(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def test_a_published_consultation_says_what_was_done_with_each_input(
    demo_plan: core.Plan,
) -> None:
    published_demo(demo_plan)
    html = get(Client(), f"/public/{demo_plan.id}/consultations/CONS-1/")
    assert "You said, we did" in html
    assert "A binding 50% quota for women" in html
    assert "Valdorian Women&#x27;s Peace Network" in html or "Valdorian Women's" in html
    assert "The plan does not set a binding quota." in html
    # linked to the items it changed and the part of the plan it was on
    assert f'href="/public/{demo_plan.id}/indicators/R1.2-i1/"' in html
    assert f'href="/public/{demo_plan.id}/results/SO1/"' in html
    # participants by the type of their organisation and by sex
    assert "61" in html and "88" in html


def test_the_list_links_every_published_consultation_and_shows_public_decisions(
    demo_plan: core.Plan,
) -> None:
    published_demo(demo_plan)
    client = Client()
    overview = get(client, f"/public/{demo_plan.id}/")
    assert f'href="/public/{demo_plan.id}/consultations/"' in overview
    html = get(client, f"/public/{demo_plan.id}/consultations/")
    for c in demo_plan.consultations:
        linked = f'href="/public/{demo_plan.id}/consultations/{c.id}/"' in html
        assert linked is c.public, c.id
    assert "WPS expenditure tag to be introduced" in html
    # a decision marked private, at a meeting with public minutes
    assert "Security arrangements for the defenders" not in html
    # decisions of a meeting whose minutes are not public, and not marked public
    assert "Annual progress report FY 2025-26 approved for tabling" not in html


def test_an_unpublished_consultation_has_no_page_and_its_inputs_never_show(
    demo_plan: core.Plan,
) -> None:
    data = planfile.to_data(demo_plan)
    data["consultations"][0]["public"] = False
    plan = core.Plan.model_validate(data)
    published_demo(plan)
    client = Client()
    get(client, f"/public/{plan.id}/consultations/CONS-1/", status=404)
    get(client, f"/public/{plan.id}/consultations/NOPE/", status=404)
    found = everything_public(client, plan, [])
    for url, text in found.items():
        assert "Women in refugee reception centres lack safe spaces" not in text, url
        assert "Security arrangements for the defenders" not in text, url
