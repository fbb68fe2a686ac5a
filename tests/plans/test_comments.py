"""Comments on the working copy: who reads and writes them, where, and what is kept."""

from __future__ import annotations

import pytest

from napkit.plans.models import Comment
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db

P = "/plans/matrix"


@pytest.fixture
def people() -> Personas:
    return make_personas(PLAN)


def _say(people: Personas, who: str, item: str, body: str) -> Comment:
    return Comment.objects.create(
        plan=people.record, item=item, author=people.users[who], author_name=who, body=body
    )


def test_partner_comments_on_a_draft_activity_and_the_team_reads_it(people: Personas) -> None:
    partner = people.client("partner")
    response = partner.post(f"{P}/items/A-MOI/comments/", {"body": "  Who funds this?  "})
    assert response.status_code == 302
    [made] = Comment.objects.all()
    assert response["Location"].endswith(f"/items/A-MOI/comments/#comment-{made.pk}")
    assert (made.item, made.author_name, made.body) == ("A-MOI", "partner", "Who funds this?")
    for reader in ("coordinator", "focal_b", "viewer"):
        page = people.client(reader).get(f"{P}/items/A-MOI/comments/")
        assert page.status_code == 200
        assert "Who funds this?" in page.content.decode()
    plan_page = people.client("coordinator").get(f"{P}/").content.decode()
    assert "1 open comment" in plan_page
    assert f"{P}/items/A-MOI/comments/" in plan_page


@pytest.mark.parametrize(
    ("who", "item", "status"),
    [
        ("partner", "A-MOD", 302),
        ("coordinator", "A-MOD", 302),
        ("focal_a", "A-MOD", 302),
        ("focal_b", "A-MOD", 404),  # not theirs: they do not see it
        ("focal_b", "I-MOD", 404),
        ("focal_b", "R1", 302),  # risks are on every member's page
        ("viewer", "A-MOD", 404),  # reads, never writes
        ("anonymous", "A-MOD", 404),
        ("partner", "NOPE", 404),
    ],
)
def test_who_may_write_where(people: Personas, who: str, item: str, status: int) -> None:
    response = people.client(who).post(f"{P}/items/{item}/comments/", {"body": "A remark"})
    assert response.status_code == status
    assert Comment.objects.count() == (1 if status == 302 else 0)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "Write your comment first."),
        ("   \n ", "Write your comment first."),
        ("x" * 4001, "at most 4000 characters"),
    ],
)
def test_an_invalid_comment_answers_422_beside_the_field(
    people: Personas, body: str, message: str
) -> None:
    response = people.client("partner").post(f"{P}/items/A-MOD/comments/", {"body": body})
    assert response.status_code == 422
    assert message in response.content.decode()
    assert 'id="id_body_errors"' in response.content.decode()
    assert not Comment.objects.exists()


def test_a_focal_point_never_reads_threads_on_what_they_do_not_see(people: Personas) -> None:
    _say(people, "partner", "A-MOD", "About recruitment")
    _say(people, "partner", "", "About the whole plan")
    focal_b = people.client("focal_b")
    assert focal_b.get(f"{P}/items/A-MOD/comments/").status_code == 404
    listing = focal_b.get(f"{P}/comments/").content.decode()
    assert "About the whole plan" in listing
    assert "About recruitment" not in listing
    assert "1 open comment." in listing  # nor counts them
    assert "1 open comment" in focal_b.get(f"{P}/").content.decode()


def test_the_public_never_sees_comments_even_of_a_published_plan() -> None:
    people = make_personas(PLAN, publish=True)
    _say(people, "partner", "A-MOD", "Internal remark")
    anonymous = people.client("anonymous")
    assert anonymous.get(f"{P}/comments/").status_code == 404
    assert anonymous.get(f"{P}/items/A-MOD/comments/").status_code == 404
    assert "Internal remark" not in anonymous.get(f"{P}/").content.decode()


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("coordinator", 302),
        ("administrator", 302),
        ("partner", 302),  # the author
        ("focal_a", 404),  # reads it, but neither wrote it nor coordinates
        ("viewer", 404),
        ("anonymous", 404),
    ],
)
def test_who_may_resolve(people: Personas, who: str, status: int) -> None:
    comment = _say(people, "partner", "A-MOD", "Please cost this")
    response = people.client(who).post(f"{P}/comments/{comment.pk}/resolve/", {"resolved": "1"})
    assert response.status_code == status
    comment.refresh_from_db()
    assert comment.resolved is (status == 302)
    if status == 302:
        assert comment.resolved_by == people.users[who]


def test_resolve_then_reopen_and_a_double_click_changes_nothing(people: Personas) -> None:
    comment = _say(people, "partner", "A-MOD", "Please cost this")
    coordinator = people.client("coordinator")
    url = f"{P}/comments/{comment.pk}/resolve/"
    coordinator.post(url, {"resolved": "1"})
    comment.refresh_from_db()
    first = comment.resolved_at
    coordinator.post(url, {"resolved": "1"})
    comment.refresh_from_db()
    assert comment.resolved_at == first
    listing = coordinator.get(f"{P}/comments/").content.decode()
    assert "Please cost this" not in listing  # open comments only, by default
    assert "Please cost this" in coordinator.get(f"{P}/comments/?state=resolved").content.decode()
    coordinator.post(url, {"resolved": "0"})
    comment.refresh_from_db()
    assert not comment.resolved and comment.resolved_by is None


def test_resolving_returns_only_to_this_site(people: Personas) -> None:
    comment = _say(people, "partner", "A-MOD", "Please cost this")
    response = people.client("coordinator").post(
        f"{P}/comments/{comment.pk}/resolve/", {"resolved": "1", "next": "https://evil.example/"}
    )
    assert response["Location"] == f"{P}/items/A-MOD/comments/#comment-{comment.pk}"


def test_a_removed_item_keeps_its_thread_and_takes_no_new_comments(people: Personas) -> None:
    _say(people, "partner", "R1", "This risk is understated")
    coordinator = people.client("coordinator")
    assert coordinator.post(f"{P}/items/R1/delete/").status_code == 302
    thread = coordinator.get(f"{P}/items/R1/comments/")
    assert thread.status_code == 200
    assert "This risk is understated" in thread.content.decode()
    assert "has been removed" in thread.content.decode()
    assert 'name="body"' not in thread.content.decode()
    assert coordinator.post(f"{P}/items/R1/comments/", {"body": "x"}).status_code == 404
    assert "(removed)" in coordinator.get(f"{P}/comments/").content.decode()


def test_the_comment_list_costs_the_same_queries_for_few_or_many_comments(
    people: Personas,
) -> None:
    coordinator = people.client("coordinator")

    def count() -> int:
        with cold_queries() as ctx:
            assert coordinator.get(f"{P}/comments/?state=all").status_code == 200
        return len(ctx.captured_queries)

    _say(people, "partner", "A-MOD", "one")
    few = count()
    for n in range(30):
        comment = _say(people, "focal_a", "I-MOD" if n % 2 else "", f"more {n}")
        if n % 3 == 0:
            comment.resolved_by = people.users["coordinator"]
            comment.save()
    assert count() == few
