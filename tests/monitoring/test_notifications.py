"""Email for the events that give someone work: sent after the transaction commits, to
people with an address, and never failing the action that caused it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core import mail

from napkit.monitoring import services
from napkit.monitoring.models import ReportingRound, Submission
from napkit.plans import comments
from tests.monitoring.rounds import fy2025
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db

Capture = Callable[..., object]


@pytest.fixture
def team() -> Personas:
    found = make_personas(PLAN)
    for name, user in found.users.items():
        if name != "focal_b":  # moi's focal point has no address: they are sent nothing
            user.email = f"{name}@example.org"  # type: ignore[attr-defined]
            user.save()  # type: ignore[attr-defined]
    return found


def open_round(team: Personas) -> ReportingRound:
    return fy2025(team.record, user=team.users["coordinator"])


def of(round_: ReportingRound, organisation: str) -> Submission:
    return Submission.objects.get(round=round_, organisation=organisation)


def sent() -> list[tuple[str, str]]:
    return sorted((m.to[0], m.subject) for m in mail.outbox)


def test_a_new_round_tells_the_focal_points_who_report_in_it(
    team: Personas, django_capture_on_commit_callbacks: Capture
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        open_round(team)
    assert sent() == [("focal_a@example.org", "New reporting round: FY 2025")]
    assert "/plans/matrix/monitoring/submissions/" in mail.outbox[0].body


def test_submitting_tells_the_coordinators_after_the_commit(
    team: Personas, django_capture_on_commit_callbacks: Capture
) -> None:
    round_ = open_round(team)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.submit(team.users["focal_a"], of(round_, "mod"))
        assert mail.outbox == []  # nothing before the commit
    assert len(callbacks) == 1  # type: ignore[arg-type]
    callbacks[0]()  # type: ignore[index]
    assert sent() == [("coordinator@example.org", "To review: Ministry of Defence, FY 2025")]


def test_returning_tells_the_focal_points_why(
    team: Personas, django_capture_on_commit_callbacks: Capture
) -> None:
    round_ = open_round(team)
    services.submit(team.users["focal_a"], of(round_, "mod"))
    with django_capture_on_commit_callbacks(execute=True):
        services.return_submission(team.users["coordinator"], of(round_, "mod"), "Add sources.")
    assert sent() == [("focal_a@example.org", "Returned for changes: Ministry of Defence, FY 2025")]
    assert "Add sources." in mail.outbox[0].body


def test_people_without_an_address_are_sent_nothing(
    team: Personas, django_capture_on_commit_callbacks: Capture
) -> None:
    round_ = open_round(team)
    services.submit(team.users["focal_b"], of(round_, "moi"))
    with django_capture_on_commit_callbacks(execute=True):
        services.return_submission(team.users["coordinator"], of(round_, "moi"), "Add sources.")
    assert mail.outbox == []


def test_a_refused_step_sends_nothing(
    team: Personas, django_capture_on_commit_callbacks: Capture
) -> None:
    round_ = open_round(team)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(services.WorkflowError),
    ):
        services.return_submission(team.users["coordinator"], of(round_, "mod"), "Why?")
    assert callbacks == [] and mail.outbox == []


def test_a_failing_mail_server_does_not_fail_the_action(
    team: Personas,
    django_capture_on_commit_callbacks: Capture,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError("connection refused")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    round_ = open_round(team)
    with django_capture_on_commit_callbacks(execute=True):
        done = services.submit(team.users["focal_a"], of(round_, "mod"))
    assert done.status == "submitted"
    assert of(round_, "mod").status == "submitted"
    assert "could not send" in caplog.text


def test_a_comment_tells_the_focal_points_of_its_item_never_its_author(
    team: Personas, django_capture_on_commit_callbacks: Capture
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        comments.add(team.record, team.users["partner"], "A-MOD", "Who recruits?")
        comments.add(team.record, team.users["focal_a"], "A-MOD", "Our HR unit.")
    assert sent() == [("focal_a@example.org", "New comment on A-MOD (Matrix plan)")]
    assert "/plans/matrix/items/A-MOD/comments/" in mail.outbox[0].body


def test_a_comment_on_the_plan_tells_the_coordinators(
    team: Personas, django_capture_on_commit_callbacks: Capture
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        comments.add(team.record, team.users["partner"], "", "The plan needs a budget.")
    assert sent() == [("coordinator@example.org", "New comment on the plan (Matrix plan)")]
