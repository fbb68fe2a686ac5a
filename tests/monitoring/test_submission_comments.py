"""Comments on a submission: who reads, writes and resolves them, threads on a value and on
the whole submission, the review timeline, the notice, and the page's query count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from napkit.accounts import permissions
from napkit.accounts.models import PlanRole, Role
from napkit.core.plan import planfile
from napkit.monitoring import comments, services
from napkit.monitoring.models import Event, Submission, SubmissionComment
from napkit.plans import services as plan_services
from tests.monitoring.rounds import fy2025
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db

Capture = Callable[..., object]
P = "/plans/matrix/monitoring/submissions"


@pytest.fixture
def team() -> Personas:
    found = make_personas(PLAN)
    fy2025(found.record, user=found.users["coordinator"])
    return found


def mod(team: Personas) -> Submission:
    return Submission.objects.select_related("round").get(
        round__plan=team.record, organisation="mod"
    )


def url(team: Personas, tail: str = "") -> str:
    return f"{P}/{mod(team).pk}/{tail}"


def say(team: Personas, who: str, text: str, *, on: str = "", reply_to: int = 0) -> int:
    data: dict[str, object] = {"body": text}
    if reply_to:
        data["reply_to"] = reply_to
    response = team.client(who).post(url(team, f"comments/on/{on}/" if on else "comments/"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return SubmissionComment.objects.latest("pk").pk


def submitted(team: Personas) -> Submission:
    found = mod(team)
    services.submit(team.users["focal_a"], found, accept_blanks=True)
    return found


# --- who ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("coordinator", 302),
        ("administrator", 302),
        ("focal_a", 302),  # the submitting organisation's focal point
        ("partner", 302),  # no body lists its members: every partner of the plan
        ("focal_b", 404),  # another organisation's submission
        ("viewer", 404),  # reads, never writes
        ("anonymous", 404),
    ],
)
def test_who_may_comment(team: Personas, who: str, status: int) -> None:
    response = team.client(who).post(url(team, "comments/on/I-MOD/"), {"body": "Source?"})
    assert response.status_code == status
    assert SubmissionComment.objects.count() == (1 if status == 302 else 0)


def _plan(members: list[str]) -> object:
    """The matrix plan with a coordination body of these member organisations."""
    data = planfile.to_data(PLAN)
    data["governance"] = {
        "bodies": [
            {
                "id": "B1",
                "name": "Steering committee",
                "members": [{"organisation": m} for m in members],
            }
        ]
    }
    return type(PLAN).model_validate(data)


def _with_body(members: list[str]) -> Personas:
    team = make_personas(_plan(members))  # type: ignore[arg-type]
    fy2025(team.record)
    return team


def test_a_partner_on_the_coordination_body_comments_one_off_it_only_reads() -> None:
    on_body = _with_body(["mod", "wpn"])
    response = on_body.client("partner").post(url(on_body, "comments/"), {"body": "We sit on it."})
    assert response.status_code == 302
    SubmissionComment.objects.all().delete()
    plan_services.import_plans([_plan(["mod"])], replace=True)  # type: ignore[list-item]
    partner = on_body.client("partner")
    assert partner.post(url(on_body, "comments/"), {"body": "Not on it."}).status_code == 404
    page = partner.get(url(on_body)).content.decode()
    assert 'id="comments"' in page and "Comment on the submission as a whole" not in page
    # a partner acting for no organisation cannot be placed: every partner of the plan
    PlanRole.objects.filter(user=on_body.users["partner"]).update(organisation="")
    assert partner.post(url(on_body, "comments/"), {"body": "Unplaced."}).status_code == 302


def test_the_rule_reads_the_body_members() -> None:
    plan = _plan(["wpn"])
    partner = permissions.Access(Role.CIVIL_SOCIETY, "wpn", False, False)
    other = permissions.Access(Role.CIVIL_SOCIETY, "other", False, False)
    viewer = permissions.Access(Role.VIEWER, None, False, False)
    assert permissions.may_comment_on_submission(partner, plan, "mod")
    assert not permissions.may_comment_on_submission(other, plan, "mod")
    assert not permissions.may_comment_on_submission(viewer, plan, "mod")
    assert permissions.may_read_submission_comments(other, "mod")


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("coordinator", 302),
        ("administrator", 302),
        ("partner", 302),  # who opened the thread
        ("focal_a", 404),  # answers, but neither opened it nor coordinates
        ("viewer", 404),
        ("focal_b", 404),
        ("anonymous", 404),
    ],
)
def test_who_may_resolve(team: Personas, who: str, status: int) -> None:
    first = say(team, "partner", "Is this from the payroll?", on="I-MOD")
    answer = say(team, "focal_a", "Yes, December's.", reply_to=first, on="I-MOD")
    # resolving through an answer resolves its thread
    response = team.client(who).post(url(team, f"comments/{answer}/resolve/"), {"resolved": "1"})
    assert response.status_code == status
    thread = SubmissionComment.objects.get(pk=first)
    assert thread.resolved is (status == 302)
    if status == 302:
        assert thread.resolved_by == team.users[who]
        assert response["Location"].endswith(f"/comments/on/I-MOD/#comment-{first}")


def test_focal_b_neither_reads_nor_sees_the_threads_of_another_organisation(
    team: Personas,
) -> None:
    say(team, "partner", "A remark on mod's figure", on="I-MOD")
    focal_b = team.client("focal_b")
    assert focal_b.get(url(team, "comments/")).status_code == 404
    assert focal_b.get(url(team, "comments/on/I-MOD/")).status_code == 404
    viewer = team.client("viewer").get(url(team)).content.decode()
    assert "A remark on mod&#x27;s figure" in viewer
    assert "Comment on this value" not in viewer  # reads, no way to write


# --- threads -----------------------------------------------------------------------


def test_a_thread_on_a_value_shows_beside_it_and_answers_stay_in_it(team: Personas) -> None:
    submitted(team)
    first = say(team, "partner", "Does 12% count reservists?", on="I-MOD")
    answer = say(team, "focal_a", "No: active personnel only.", on="I-MOD", reply_to=first)
    # an answer to an answer joins the same thread
    again = say(team, "partner", "Thanks, noted.", on="I-MOD", reply_to=answer)
    rows = {c.pk: c for c in SubmissionComment.objects.all()}
    assert rows[answer].reply_to_id == first and rows[again].reply_to_id == first
    assert {c.indicator for c in rows.values()} == {"I-MOD"}
    page = team.client("coordinator").get(url(team)).content.decode()
    block = page[
        page.index('id="ind-I-MOD"') : page.index("</fieldset>", page.index('id="ind-I-MOD"'))
    ]
    assert "Does 12% count reservists?" in block and "No: active personnel only." in block
    assert "1 open thread" in block
    assert url(team, "comments/on/I-MOD/") in block
    value_page = team.client("coordinator").get(url(team, "comments/on/I-MOD/")).content.decode()
    assert "Comments on I-MOD" in value_page and "Mark resolved" in value_page


def test_comments_on_an_activity_a_budget_line_and_the_whole_submission(team: Personas) -> None:
    say(team, "coordinator", "Why delayed?", on="A-MOD")
    say(team, "coordinator", "Spending looks low.", on="B-MOD")
    say(team, "partner", "The narrative is thin.")
    made = {c.text: c for c in SubmissionComment.objects.all()}
    assert made["Why delayed?"].activity == "A-MOD"
    assert made["Spending looks low."].budget_line == "B-MOD"
    assert made["The narrative is thin."].on == ""
    page = team.client("focal_a").get(url(team)).content.decode()
    aside = page[page.index('id="comments"') : page.index('<ol class="timeline">')]
    assert "The narrative is thin." in aside and "Why delayed?" not in aside
    assert 'id="comments-A-MOD"' in page and 'id="comments-B-MOD"' in page
    assert "2 open threads" not in aside  # the whole submission's own count is 1
    assert "3 open threads" in aside  # and the submission's in all


def test_a_value_not_in_the_organisations_part_is_refused(team: Personas) -> None:
    coordinator = team.client("coordinator")
    assert coordinator.post(url(team, "comments/on/A-MOI/"), {"body": "x"}).status_code == 404
    assert coordinator.post(url(team, "comments/on/NOPE/"), {"body": "x"}).status_code == 404
    first = say(team, "partner", "On the value", on="I-MOD")
    # an answer must be in a thread of the value it is posted to
    wrong = coordinator.post(url(team, "comments/"), {"body": "x", "reply_to": first})
    assert wrong.status_code == 404
    assert SubmissionComment.objects.count() == 1


def test_resolving_and_reopening_and_an_answer_reopens(team: Personas) -> None:
    first = say(team, "partner", "Is this costed?")
    coordinator = team.client("coordinator")
    assert coordinator.post(url(team, f"comments/{first}/resolve/"), {"resolved": "1"})[
        "Location"
    ].endswith(f"/submissions/{mod(team).pk}/#comment-{first}")
    assert SubmissionComment.objects.get(pk=first).resolved
    page = coordinator.get(url(team)).content.decode()
    assert "0 open threads · 1 resolved" in page and "resolved by coordinator" in page
    coordinator.post(url(team, f"comments/{first}/resolve/"), {"resolved": "0"})
    assert not SubmissionComment.objects.get(pk=first).resolved
    coordinator.post(url(team, f"comments/{first}/resolve/"), {"resolved": "1"})
    say(team, "partner", "Not quite: see line 4.", reply_to=first)
    assert not SubmissionComment.objects.get(pk=first).resolved


def test_the_service_enforces_the_rule_whatever_the_view(team: Personas) -> None:
    plan = PLAN
    submission = mod(team)
    viewer = permissions.access_for(team.users["viewer"], team.record)
    with pytest.raises(comments.NotAllowed):
        comments.add(viewer, plan, submission, team.users["viewer"], "Hello")
    partner = permissions.access_for(team.users["partner"], team.record)
    made = comments.add(partner, plan, submission, team.users["partner"], "Hello")
    focal = permissions.access_for(team.users["focal_a"], team.record)
    with pytest.raises(comments.NotAllowed):
        comments.set_resolved(focal, plan, made, team.users["focal_a"], True)


@pytest.mark.parametrize(
    ("body", "message"),
    [("", "Write your comment first."), ("x" * 4001, "at most 4000 characters")],
)
def test_an_invalid_comment_answers_422_beside_its_field(
    team: Personas, body: str, message: str
) -> None:
    partner = team.client("partner")
    response = partner.post(url(team, "comments/on/I-MOD/"), {"body": body})
    assert response.status_code == 422
    assert message in response.content.decode()
    assert 'id="id_body_errors"' in response.content.decode()
    first = say(team, "partner", "A thread")
    reply = partner.post(url(team, "comments/"), {"body": " ", "reply_to": first})
    assert reply.status_code == 422
    text = reply.content.decode()
    assert f'id="reply-{first}_errors"' in text and "Write your comment first." in text
    htmx = partner.post(url(team, "comments/"), {"body": ""}, headers={"HX-Request": "true"})
    assert htmx.status_code == 422
    assert htmx.content.decode().lstrip().startswith("<section")  # the thread alone
    assert SubmissionComment.objects.count() == 1


def test_with_htmx_the_answer_is_the_thread(team: Personas) -> None:
    response = team.client("partner").post(
        url(team, "comments/on/I-MOD/"), {"body": "Source?"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert 'id="thread-I-MOD"' in text and "Source?" in text and "<html" not in text


# --- the timeline ------------------------------------------------------------------


def test_the_timeline_interleaves_steps_and_comments(team: Personas) -> None:
    submission = mod(team)
    start = timezone.now() - timedelta(days=3)
    Event.objects.filter(submission=submission).update(at=start)
    first = say(team, "partner", "Why so low?", on="I-MOD")
    SubmissionComment.objects.filter(pk=first).update(created=start + timedelta(days=1))
    services.submit(team.users["focal_a"], mod(team), accept_blanks=True)
    Event.objects.filter(action=Event.SUBMITTED).update(at=start + timedelta(days=2))
    answer = say(team, "focal_a", "Recruitment froze.", on="I-MOD", reply_to=first)
    team.client("coordinator").post(url(team, f"comments/{first}/resolve/"), {"resolved": "1"})
    page = team.client("coordinator").get(url(team)).content.decode()
    timeline = page[page.index('<ol class="timeline">') :]
    marks = [
        timeline.index("Created"),
        timeline.index(f'href="#comment-{first}"'),
        timeline.index("Submitted"),
        timeline.index(f'href="#comment-{answer}"'),
        timeline.index("Thread resolved"),
    ]
    assert marks == sorted(marks)
    assert "Why so low?" in timeline and "Recruitment froze." in timeline


# --- notice ------------------------------------------------------------------------


def test_a_comment_tells_the_focal_points_and_coordinators_after_the_commit(
    team: Personas, django_capture_on_commit_callbacks: Capture
) -> None:
    for name, user in team.users.items():
        user.email = f"{name}@example.org"  # type: ignore[attr-defined]
        user.save()  # type: ignore[attr-defined]
    plan, submission = PLAN, mod(team)
    coordinator = permissions.access_for(team.users["coordinator"], team.record)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        made = comments.add(
            coordinator,
            plan,
            submission,
            team.users["coordinator"],
            "Please add the source.",
            on=comments.value_of(plan, submission, "I-MOD"),
        )
        assert mail.outbox == []  # nothing before the commit
    for callback in callbacks:  # type: ignore[attr-defined]
        callback()
    # the focal points of mod (not moi's), the coordinators, never the author
    assert sorted(m.to[0] for m in mail.outbox) == ["focal_a@example.org"]
    [message] = mail.outbox
    assert message.subject == "New comment on Ministry of Defence, FY 2025 (I-MOD)"
    assert "Please add the source." in message.body
    assert f"/comments/on/I-MOD/#comment-{made.pk}" in message.body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        say(team, "partner", "And the date?", on="I-MOD", reply_to=made.pk)
    assert sorted(m.to[0] for m in mail.outbox) == [
        "coordinator@example.org",
        "focal_a@example.org",
    ]


# --- queries -----------------------------------------------------------------------


def test_the_submission_page_reads_comments_in_a_fixed_number_of_queries(team: Personas) -> None:
    coordinator = team.client("coordinator")

    def count() -> int:
        with cold_queries() as ctx:
            assert coordinator.get(url(team)).status_code == 200
        return len(ctx.captured_queries)

    first = say(team, "partner", "One", on="I-MOD")
    before = count()
    for i in range(4):
        thread = say(team, "partner", f"More {i}", on="A-MOD")
        say(team, "focal_a", f"Answer {i}", on="A-MOD", reply_to=thread)
        say(team, "coordinator", f"Whole {i}")
        team.client("coordinator").post(url(team, f"comments/{thread}/resolve/"), {"resolved": "1"})
    say(team, "focal_a", "Answer", on="I-MOD", reply_to=first)
    assert count() == before


# --- the inbox ---------------------------------------------------------------------


def test_open_comments_on_a_submission_reach_the_inbox(team: Personas) -> None:
    from napkit.monitoring.inbox import build

    def titles(who: str) -> list[str]:
        found = build(team.users[who], timezone.localdate())
        return [e.title for s in found.sections if s.key == "comments" for e in s.entries]

    first = say(team, "partner", "Does it count reservists?", on="I-MOD")
    on_value = "Ministry of Defence · FY 2025 · I-MOD"
    assert titles("coordinator") == [on_value]
    assert titles("focal_a") == [on_value]
    assert titles("focal_b") == [] and titles("partner") == []  # not theirs; their own
    say(team, "focal_a", "No.", on="I-MOD", reply_to=first)
    assert titles("partner") == [on_value]  # an answer in a thread they wrote in
    team.client("coordinator").post(url(team, f"comments/{first}/resolve/"), {"resolved": "1"})
    assert titles("coordinator") == titles("partner") == []  # resolved: nothing waits
