"""Editing the working copy: saves, conflicts, target revisions, audit, versions."""

from __future__ import annotations

import csv
import html
import io

import pytest
from django.http import HttpResponse
from django.test import Client

from napkit.core.plan import model as core
from napkit.plans import queries as plan_queries
from napkit.plans.models import AuditEntry, PlanVersion
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db

EDIT = "/plans/matrix/items/{}/edit/"


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


def form_data(client: Client, item: str) -> dict[str, str]:
    """What the edit form would post back unchanged."""
    form = client.get(EDIT.format(item)).context["form"]
    data: dict[str, str] = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, list):
            data[name] = value  # type: ignore[assignment]
        elif value is True:
            data[name] = "on"
        elif value not in (None, False):
            data[name] = str(value)
    return data


def stored(team: Personas) -> core.Plan:
    team.record.refresh_from_db()
    return plan_queries.plan_document(team.record.key)


def text(response: HttpResponse) -> str:
    return html.unescape(response.content.decode())


def test_a_coordinator_saves_and_the_change_is_audited(team: Personas) -> None:
    client = team.client("coordinator")
    data = {**form_data(client, "A-MOD"), "title": "Recruit 200 women officers"}
    response = client.post(EDIT.format("A-MOD"), data)
    assert response.status_code == 302
    assert response["Location"].endswith("?saved=A-MOD#item-A-MOD")
    activity = stored(team).objectives[0].outputs[0].activities[0]
    assert activity.title == "Recruit 200 women officers"
    entry = AuditEntry.objects.get(key="A-MOD")
    assert (entry.username, entry.action, entry.version) == ("coordinator", "update", 1)
    assert entry.before["title"] == "Recruit women officers"
    assert entry.after["title"] == "Recruit 200 women officers"


def test_the_second_of_two_concurrent_edits_is_refused_and_kept(team: Personas) -> None:
    first, second = team.client("coordinator"), team.client("focal_a")
    mine = form_data(first, "A-MOD")
    theirs = form_data(second, "A-MOD")
    assert first.post(EDIT.format("A-MOD"), {**mine, "description": "Open call"}).status_code == 302
    response = second.post(EDIT.format("A-MOD"), {**theirs, "description": "Quota of 40%"})
    assert response.status_code == 409
    html = response.content.decode()
    assert "someone else changed this" in html
    assert "coordinator" in html and "Open call" in html
    assert "Quota of 40%" in html  # the second editor's text is still in the form
    assert stored(team).objectives[0].outputs[0].activities[0].description == "Open call"
    # Saving again from the refreshed form goes through.
    again = {**theirs, "description": "Quota of 40%", "version": "1"}
    assert second.post(EDIT.format("A-MOD"), again).status_code == 302


def test_a_revised_target_needs_a_reason_and_keeps_its_history(team: Personas) -> None:
    client = team.client("coordinator")
    data = {**form_data(client, "I-MOD"), "target__value": "25"}
    refused = client.post(EDIT.format("I-MOD"), data)
    assert refused.status_code == 422
    assert "a revised target needs a reason" in refused.content.decode()
    assert stored(team).objectives[0].outputs[0].indicators[0].target.value == 20
    saved = client.post(EDIT.format("I-MOD"), {**data, "reason": "Recruitment drive funded"})
    assert saved.status_code == 302
    target = stored(team).objectives[0].outputs[0].indicators[0].target
    assert target.value == 25
    [revision] = target.history
    assert (revision.value, revision.reason) == (20, "Recruitment drive funded")
    assert AuditEntry.objects.get(key="I-MOD").reason == "Recruitment drive funded"


def test_a_focal_point_cannot_hand_the_activity_to_another_organisation(team: Personas) -> None:
    client = team.client("focal_a")
    data = {**form_data(client, "A-MOD"), "responsibility__lead": "moi", "title": "Renamed"}
    assert "responsibility__lead" not in client.get(EDIT.format("A-MOD")).context["form"].fields
    assert client.post(EDIT.format("A-MOD"), data).status_code == 302
    activity = stored(team).objectives[0].outputs[0].activities[0]
    assert (activity.responsibility.lead, activity.title) == ("mod", "Recruit women officers")


def test_bad_input_is_422_with_the_message_beside_the_field(team: Personas) -> None:
    client = team.client("coordinator")
    data = {**form_data(client, "A-MOD"), "start": "2031-01-01"}
    response = client.post(EDIT.format("A-MOD"), data)
    assert response.status_code == 422
    form = response.context["form"]
    assert "outside the plan period" in form.errors["start"][0]
    assert AuditEntry.objects.filter(key="A-MOD").count() == 0


def test_an_organisation_in_use_cannot_be_deleted(team: Personas) -> None:
    client = team.client("coordinator")
    response = client.post("/plans/matrix/items/mod/delete/")
    assert response.status_code == 422
    assert "unknown organisation 'mod'" in text(response)
    assert any(o.id == "mod" for o in stored(team).organisations)


def test_adding_an_item_with_a_taken_id_says_so(team: Personas) -> None:
    client = team.client("coordinator")
    response = client.post("/plans/matrix/add/risk/", {"id": "A-MOD", "title": "Turnover"})
    assert response.status_code == 422
    assert "duplicate id 'A-MOD'" in text(response)
    ok = client.post("/plans/matrix/add/risk/", {"id": "R2", "title": "Staff turnover"})
    assert ok.status_code == 302
    assert [r.id for r in stored(team).risks] == ["R1", "R2"]


def test_items_move_up_and_down(team: Personas) -> None:
    client = team.client("coordinator")
    client.post("/plans/matrix/items/A-MOI/move/", {"direction": "up"})
    activities = stored(team).objectives[0].outputs[0].activities
    assert [a.id for a in activities] == ["A-MOI", "A-MOD"]
    assert AuditEntry.objects.get(key="A-MOI").action == "move"


def test_htmx_gets_fragments_and_a_redirect_header(team: Personas) -> None:
    client = team.client("coordinator")
    headers = {"HTTP_HX_REQUEST": "true"}
    fragment = client.get(EDIT.format("A-MOD"), **headers).content.decode()
    assert fragment.lstrip().startswith("<section") and "<html" not in fragment
    bad = client.post(EDIT.format("A-MOD"), {"title": ""}, **headers)
    assert bad.status_code == 422 and "<html" not in bad.content.decode()
    data = {**form_data(client, "A-MOD"), "title": "New title"}
    good = client.post(EDIT.format("A-MOD"), data, **headers)
    assert good.status_code == 204
    assert good["HX-Redirect"].startswith("/plans/matrix/?saved=A-MOD")


def test_the_public_sees_the_published_version_not_the_working_copy(team: Personas) -> None:
    coordinator, public = team.client("coordinator"), team.client("anonymous")
    assert coordinator.post("/plans/matrix/publish/", {"note": "Adopted"}).status_code == 302
    assert PlanVersion.objects.get(plan=team.record).number == 1
    data = {**form_data(coordinator, "A-MOD"), "title": "A draft title"}
    coordinator.post(EDIT.format("A-MOD"), data)
    assert "A draft title" not in public.get("/plans/matrix/").content.decode()
    assert "Recruit women officers" in public.get("/plans/matrix/").content.decode()
    assert "A draft title" in coordinator.get("/plans/matrix/").content.decode()
    diff = coordinator.get("/plans/matrix/diff/?from=1&to=working").content.decode()
    assert "A-MOD" in diff and "A draft title" in diff and "Recruit women officers" in diff
    coordinator.post("/plans/matrix/publish/", {"note": "Revision"})
    assert "A draft title" in public.get("/plans/matrix/").content.decode()
    assert "A draft title" in public.get("/plans/matrix/versions/2/").content.decode()
    assert "A draft title" not in public.get("/plans/matrix/versions/1/").content.decode()


def test_the_history_exports_as_csv(team: Personas) -> None:
    client = team.client("coordinator")
    client.post(EDIT.format("A-MOD"), {**form_data(client, "A-MOD"), "title": "Changed"})
    response = client.get("/plans/matrix/history/?format=csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    change = next(r for r in rows if r["field"] == "title")
    assert (change["user"], change["id"], change["after"]) == ("coordinator", "A-MOD", '"Changed"')


def test_a_plan_section_is_edited_with_its_own_counter(team: Personas) -> None:
    client = team.client("coordinator")
    form = client.get("/plans/matrix/settings/metadata/").context["form"]
    data = {name: str(form[name].value() or "") for name in form.fields}
    data["title"] = "Matrix plan, revised"
    assert client.post("/plans/matrix/settings/metadata/", data).status_code == 302
    assert stored(team).metadata.title == "Matrix plan, revised"
    assert client.post("/plans/matrix/settings/metadata/", data).status_code == 409


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("12.5", 12.5), ("13", 13), ("1,5", None), ("1,50,000", None)],
)
def test_a_decimal_comma_is_refused_never_read_as_a_thousands_separator(
    team: Personas, typed: str, saved: float | None
) -> None:
    client = team.client("coordinator")
    data = {**form_data(client, "I-MOD"), "baseline__value": typed}
    response = client.post(EDIT.format("I-MOD"), data)
    baseline = stored(team).objectives[0].outputs[0].indicators[0].baseline.value
    if saved is None:
        assert response.status_code == 422
        assert "baseline__value" in response.context["form"].errors
        assert baseline == 12  # unchanged
    else:
        assert response.status_code == 302
        assert baseline == saved


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("1,500", 1500),
        ("12,345.5", 12345.5),
        ("-1,000", -1000),
        ("42%", 42),
        ("12,5", "12,5"),  # left as typed: validation says it is not a number
        ("1,50,000", "1,50,000"),
        ("inf", "inf"),
        ("nan", "nan"),
    ],
)
def test_numbers_typed_in_forms(typed: str, read: object) -> None:
    from napkit.core.plan.vocabulary import Measure
    from napkit.plans.forms import parse_value

    assert parse_value(typed, Measure.NUMBER) == read


@pytest.mark.parametrize(
    "url",
    [
        "/plans/matrix/add/activity/?parent=O1",  # an activity goes under an output
        "/plans/matrix/add/activity/",  # nor at the top
        "/plans/matrix/add/objective/?parent=A-MOD",
    ],
)
def test_adding_an_item_where_it_cannot_go_is_404_not_an_error(team: Personas, url: str) -> None:
    client = team.client("coordinator")
    assert client.get(url).status_code == 404
    assert client.post(url, {"id": "A-X", "title": "Misplaced"}).status_code == 404


@pytest.mark.parametrize("to", ["²", "9" * 5000, "-1", "1.5", "", "abc"])
def test_odd_version_numbers_in_a_diff_answer_404(to: str) -> None:
    people = make_personas(PLAN, publish=True)
    response = people.client("anonymous").get(f"/plans/matrix/diff/?from=1&to={to}")
    assert response.status_code in (200, 404)  # "" means the default; the rest are unknown
    assert (response.status_code == 200) is (to == "")
