"""A draft or an unapproved value never appears on the public site, in a report or in an
export; nor does what the plan keeps private (contacts, minutes, an unpublished budget)."""

from __future__ import annotations

import json

import pytest
from django.http import HttpResponse
from django.test import Client

from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.monitoring.models import IndicatorReport, SpendingReport, Status, Submission
from napkit.plans import services
from tests.personas import make_personas
from tests.public.helpers import everything_public, published_demo

pytestmark = pytest.mark.django_db

PERIODS = ["fy-2025-26", "fy-2026-27"]
SECRET_VALUE = 987654
SECRET_SPENT = 7777777


def _with_draft_objective(plan: core.Plan) -> core.Plan:
    data = planfile.to_data(plan)
    data["objectives"].append(
        {"id": "SO9", "title": "Xylophone diplomacy for the working copy only", "pillars": []}
    )
    return core.Plan.model_validate(data)


def _unapproved_values() -> list[Submission]:
    pending = list(Submission.objects.exclude(status=Status.APPROVED))
    assert {s.status for s in pending} >= {Status.DRAFT, Status.SUBMITTED, Status.RETURNED}
    for s in pending:
        IndicatorReport.objects.filter(submission=s).update(value=SECRET_VALUE, note="Zanzibar")
        SpendingReport.objects.filter(submission=s).update(spent=SECRET_SPENT)
    return pending


def _forbidden_words() -> list[str]:
    return [
        "Xylophone",
        "SO9",
        "Zanzibar",
        str(SECRET_VALUE),
        f"{SECRET_VALUE:,}",
        str(SECRET_SPENT),
        f"{SECRET_SPENT:,}",
        # contacts the demo plan keeps private
        "Hélène Roussel",
        "safety@portsaline.example",
    ]


def test_drafts_unapproved_values_and_private_contacts_never_leak(
    demo_plan: core.Plan,
) -> None:
    published_demo(demo_plan)
    services.import_plans([_with_draft_objective(demo_plan)], replace=True)
    pending = _unapproved_values()
    assert IndicatorReport.objects.filter(submission__in=pending, value=SECRET_VALUE).exists()
    found = everything_public(Client(), demo_plan, PERIODS)
    for url, text in found.items():
        for word in _forbidden_words():
            assert word not in text, f"{word!r} leaked into {url}"
    # and the approved data is there
    assert "FY 2025-26" in found[f"/public/{demo_plan.id}/reports/fy-2025-26.html"]


def test_an_unpublished_budget_shows_no_figure(demo_plan: core.Plan) -> None:
    data = planfile.to_data(demo_plan)
    data["budget"]["published"] = False
    secret = core.Plan.model_validate(data)
    published_demo(secret)
    amounts = {
        str(int(line.amount))
        for o in secret.objectives
        for out in o.outputs
        for a in out.activities
        for line in a.budget_lines
        if line.amount and line.amount > 100000
    }
    assert amounts
    found = everything_public(Client(), secret, PERIODS)
    for url, text in found.items():
        for amount in amounts:
            assert f"{int(amount):,}" not in text, f"{amount} in {url}"
            assert f'"{amount}' not in text and f">{amount}<" not in text, f"{amount} in {url}"
    overview = found[f"/public/{secret.id}/"]
    assert "not published" in overview


def test_the_published_plan_pages_hide_private_contacts_from_all_but_the_team(
    demo_plan: core.Plan,
) -> None:
    team = make_personas(demo_plan, publish=True, names=["viewer"])
    assert team.record.key == demo_plan.id
    private = ("Hélène Roussel", "safety@portsaline.example")
    pages = [
        f"/plans/{demo_plan.id}/",
        f"/plans/{demo_plan.id}/versions/1/",
        f"/api/v1/plans/{demo_plan.id}/",
    ]
    for url in pages:
        public = Client().get(url)
        assert public.status_code == 200, url
        for words in private:
            assert words not in readable(public), url
    member = team.client("viewer").get(f"/api/v1/plans/{demo_plan.id}/")
    for words in private:
        assert words in readable(member)  # the team reads the working copy whole


def readable(response: HttpResponse) -> str:
    """A response's text, with JSON's escaped letters written out."""
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()
