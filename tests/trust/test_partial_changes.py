"""Issue 10.1: a partial change merges into what is there, and a focal point can never
change who leads or supports its activity — through the API, the editor or the service."""

from __future__ import annotations

import json

import pytest

from napkit.accounts import permissions
from napkit.plans import editing
from napkit.plans import queries as plan_queries
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db
ITEM = "/api/v1/plans/matrix/items/A-MOI/"  # led by moi, supported by wpn


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


def _responsibility(team: Personas) -> dict[str, object]:
    plan = plan_queries.plan_document(team.record.key)
    assert plan is not None
    activity = plan.objectives[0].outputs[0].activities[1]
    return activity.responsibility.model_dump(mode="json")


def _patch(team: Personas, who: str, changes: dict[str, object]):  # type: ignore[no-untyped-def]
    client = team.client(who)
    version = client.get(ITEM).json()["version"]
    body = json.dumps({"version": version, "changes": changes})
    return client.patch(ITEM, body, content_type="application/json")


@pytest.mark.parametrize("who", ["focal_b", "coordinator"])
def test_changing_the_contact_keeps_lead_and_supporting(team: Personas, who: str) -> None:
    answer = _patch(team, who, {"responsibility": {"contact": {"name": "Amina Diallo"}}})
    assert answer.status_code == 200, answer.content
    after = _responsibility(team)
    assert after["lead"] == "moi"
    assert after["supporting"] == ["wpn"]
    assert after["contact"]["name"] == "Amina Diallo"


def test_a_nested_change_keeps_the_fields_it_does_not_name(team: Personas) -> None:
    _patch(team, "coordinator", {"responsibility": {"contact": {"name": "A", "email": "a@x.org"}}})
    _patch(team, "coordinator", {"responsibility": {"contact": {"phone": "+1 555"}}})
    contact = _responsibility(team)["contact"]
    assert (contact["name"], contact["email"], contact["phone"]) == ("A", "a@x.org", "+1 555")


@pytest.mark.parametrize(
    "changes",
    [
        {"responsibility": {"lead": "mod"}},
        {"responsibility": {"supporting": []}},
        {"responsibility": {"lead": None, "contact": {"name": "x"}}},
        {"responsibility": None},
        {"title": "Renamed by a focal point"},
    ],
)
def test_a_focal_point_never_changes_who_leads_or_the_title(
    team: Personas, changes: dict[str, object]
) -> None:
    answer = _patch(team, "focal_b", changes)
    assert answer.status_code == 403
    assert _responsibility(team)["lead"] == "moi"


def test_the_service_refuses_it_without_any_view(team: Personas) -> None:
    access = permissions.access_for(team.users["focal_b"], team.record)
    with pytest.raises(editing.Forbidden):
        editing.update_item(
            access,
            team.users["focal_b"],
            team.record,
            "A-MOI",
            {"responsibility": {"lead": "mod"}},
            expected=None,
        )
    with pytest.raises(editing.Forbidden):  # not its organisation's activity at all
        editing.update_item(
            access, team.users["focal_b"], team.record, "A-MOD", {"description": "x"}, expected=None
        )
    assert _responsibility(team)["lead"] == "moi"
