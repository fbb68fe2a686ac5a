"""The REST API: tokens, the same permissions as the web, conflicts and located errors."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import get_resolver

from napkit.accounts.models import ApiToken
from napkit.plans import queries as plan_queries
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db
ITEM = "/api/v1/plans/matrix/items/A-MOD/"


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


def patch(client: Client, body: object, **headers: str):  # type: ignore[no-untyped-def]
    return client.patch(ITEM, json.dumps(body), content_type="application/json", **headers)


def test_a_token_works_without_a_session_or_csrf(team: Personas) -> None:
    token = ApiToken.issue(team.users["focal_a"], "script")
    client = Client(enforce_csrf_checks=True)
    auth = {"HTTP_AUTHORIZATION": f"Token {token}"}
    read = client.get(ITEM, **auth).json()
    assert (read["id"], read["kind"], read["version"]) == ("A-MOD", "activity", 0)
    saved = patch(client, {"version": 0, "changes": {"description": "Via the API"}}, **auth)
    assert saved.status_code == 200
    assert saved.json()["version"] == 1
    team.record.refresh_from_db()
    assert plan_queries.plan_document(team.record.key).objectives[0].outputs[0].activities[
        0
    ].description == ("Via the API")
    assert Client().get(ITEM, HTTP_AUTHORIZATION="Token wrong").status_code == 401


def test_session_changes_need_the_csrf_token(team: Personas) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(team.users["coordinator"])
    response = patch(client, {"version": 0, "changes": {"description": "x"}})
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]


def test_a_stale_version_is_a_conflict_with_what_changed(team: Personas) -> None:
    client = team.client("coordinator")
    assert patch(client, {"version": 0, "changes": {"description": "First"}}).status_code == 200
    late = patch(client, {"version": 0, "changes": {"description": "Second"}})
    assert late.status_code == 409
    body = late.json()
    assert body["current_version"] == 1
    assert body["changes"][0]["by"] == "coordinator"
    assert {"field": "description", "before": None, "after": "First"} in (
        body["changes"][0]["fields"]
    )


def test_invalid_changes_are_422_with_field_paths(team: Personas) -> None:
    response = patch(team.client("coordinator"), {"version": 0, "changes": {"start": "2031-01-01"}})
    assert response.status_code == 422
    [problem] = response.json()["problems"]
    assert problem["field"].endswith("activities[0].start")
    assert "outside the plan period" in problem["message"]


def test_a_focal_point_cannot_change_structure_fields(team: Personas) -> None:
    response = patch(
        team.client("focal_a"), {"version": 0, "changes": {"responsibility": {"lead": "moi"}}}
    )
    assert response.status_code == 403
    assert "cannot change responsibility.lead" in response.json()["error"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        (b'{"changes": {}}', 422),
        (b'{"version": "1", "changes": {}}', 422),
        (b'{"version": true, "changes": {"title": "x"}}', 422),
        (b'{"version": 0, "changes": {"title": "x"}, "reason": {"a": 1}}', 422),
        (b'{"version": 0, "changes": {}}', 422),  # nothing to change: no version bump
        (b'{"version": 0, "changes": {"id": "A-NEW"}}', 422),  # ids never change
        (b"[1]", 400),
        (b"null", 400),
        (b'"text"', 400),
        (b"42", 400),
        (b"\xff\xfe{}", 400),
        (b"[" * 100_000, 400),
        (b'{"version": ' + b"9" * 5000 + b"}", 400),
    ],
)
def test_malformed_bodies_say_what_is_expected(team: Personas, body: bytes, status: int) -> None:
    response = team.client("coordinator").patch(ITEM, body, content_type="application/json")
    assert response.status_code == status
    assert response.json()["error"]
    from napkit.plans import editing

    assert editing.version_of(team.record, "A-MOD") == 0  # nothing was saved


def test_other_methods_are_405(team: Personas) -> None:
    response = team.client("coordinator").delete(ITEM)
    assert response.status_code == 405
    assert response["Allow"] == "GET, PATCH"


def test_the_openapi_description_covers_every_api_route(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    routes = {
        str(p.pattern)
        for r in get_resolver().url_patterns
        for p in getattr(r, "url_patterns", [])
        if str(p.pattern).startswith("api/")
    }
    documented = {
        p.lstrip("/").replace("{key}", "<str:key>").replace("{item_id}", "<str:item_id>")
        for p in spec["paths"]
    }
    assert routes == documented


COMMENTS = "/api/v1/plans/matrix/comments/"


def test_a_partner_comments_through_the_api_and_the_team_reads_it(team: Personas) -> None:
    token = ApiToken.issue(team.users["partner"], "script")
    auth = {"HTTP_AUTHORIZATION": f"Token {token}"}
    client = Client(enforce_csrf_checks=True)
    made = client.post(
        COMMENTS, json.dumps({"item": "A-MOD", "body": " Costed? "}), "application/json", **auth
    )
    assert made.status_code == 201
    assert (made.json()["item"], made.json()["body"]) == ("A-MOD", "Costed?")
    whole = client.post(COMMENTS, json.dumps({"body": "Overall fine"}), "application/json", **auth)
    assert whole.status_code == 201 and whole.json()["item"] is None
    listed = team.client("viewer").get(f"{COMMENTS}?item=A-MOD").json()["comments"]
    assert [c["body"] for c in listed] == ["Costed?"]
    # organisation B's focal point does not see A's activity, so neither its thread
    assert team.client("focal_b").get(f"{COMMENTS}?item=A-MOD").status_code == 404
    seen = team.client("focal_b").get(COMMENTS).json()["comments"]
    assert [c["body"] for c in seen] == ["Overall fine"]
    assert Client().get(COMMENTS).status_code == 404


@pytest.mark.parametrize(
    ("who", "payload", "status", "says"),
    [
        ("partner", {"item": "A-MOD", "body": ""}, 422, "Write your comment first."),
        ("partner", {"item": "A-MOD", "body": "x" * 4001}, 422, "at most 4000"),
        ("partner", {"item": "A-MOD"}, 422, "Write your comment first."),
        ("partner", {"item": 7, "body": "x"}, 422, "<item id"),
        ("partner", ["not", "an", "object"], 400, "JSON object"),
        ("partner", {"item": "A-MOD", "body": ["a"]}, 422, "<item id"),
        ("partner", {"item": "NOPE", "body": "x"}, 404, "not found"),
        ("viewer", {"item": "A-MOD", "body": "x"}, 404, "not found"),
        ("focal_b", {"item": "A-MOD", "body": "x"}, 404, "not found"),
    ],
)
def test_api_comments_refuse_bad_input_with_reasons(
    team: Personas, who: str, payload: object, status: int, says: str
) -> None:
    response = team.client(who).post(COMMENTS, json.dumps(payload), "application/json")
    assert response.status_code == status
    assert says in json.dumps(response.json())
    from napkit.plans.models import Comment

    assert not Comment.objects.exists()


def test_api_comments_say_what_is_wrong_with_the_request(team: Personas) -> None:
    client = team.client("partner")
    broken = client.post(COMMENTS, "{oops", "application/json")
    assert broken.status_code == 400 and "not JSON" in broken.json()["error"]
    odd = client.get(f"{COMMENTS}?state=maybe")
    assert odd.status_code == 400 and "open, resolved, all" in odd.json()["error"]


@pytest.mark.parametrize("header", ["Bearer abc", "Token", "Token   ", "Basic dXNlcjpwYXNz"])
def test_an_authorization_header_that_is_not_a_token_is_refused(
    team: Personas, header: str
) -> None:
    response = Client().get("/api/v1/plans/", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert "Token" in response.json()["error"]
