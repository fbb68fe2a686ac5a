"""`napkit remind`: a reminder before the deadline, late notices after it, nothing sent twice
the same day, and a dry run that only lists."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from django.core import mail

from napkit.cli import main
from napkit.monitoring import services
from napkit.monitoring.models import Reminder, ReportingRound, Submission
from tests.monitoring.rounds import fy2025
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)

DEADLINE = date(2026, 2, 28)


@pytest.fixture
def round_() -> ReportingRound:
    team: Personas = make_personas(PLAN, names=["coordinator", "focal_a", "focal_b"])
    for name in ("focal_a", "focal_b"):
        user = team.users[name]
        user.email = f"{name}@example.org"  # type: ignore[attr-defined]
        user.save()  # type: ignore[attr-defined]
    return fy2025(team.record, deadline=DEADLINE)


def remind(*args: str) -> str:
    mail.outbox.clear()
    result = CliRunner().invoke(main, ["remind", *args])
    assert result.exit_code == 0, result.output
    return result.output


def subjects() -> list[str]:
    return sorted(f"{m.to[0]} {m.subject}" for m in mail.outbox)


def test_nothing_before_the_window(round_: ReportingRound) -> None:
    assert "0 message(s) sent" in remind("--today", "2026-02-20", "--days", "3")
    assert mail.outbox == []


def test_a_reminder_before_the_deadline_once(round_: ReportingRound) -> None:
    remind("--today", "2026-02-26", "--days", "3")
    assert subjects() == [
        "focal_a@example.org Due by 2026-02-28: Ministry of Defence, FY 2025",
        "focal_b@example.org Due by 2026-02-28: Ministry of the Interior, FY 2025",
    ]
    assert "/plans/matrix/monitoring/submissions/" in mail.outbox[0].body
    # the same day again, and the next day: already reminded
    assert "0 message(s) sent" in remind("--today", "2026-02-26", "--days", "3")
    assert "0 message(s) sent" in remind("--today", "2026-02-27", "--days", "3")
    assert mail.outbox == []


def test_submitted_ones_are_left_alone(round_: ReportingRound) -> None:
    services.submit(None, Submission.objects.get(round=round_, organisation="mod"))
    remind("--today", "2026-02-26")
    assert subjects() == [
        "focal_b@example.org Due by 2026-02-28: Ministry of the Interior, FY 2025"
    ]


def test_late_notices_after_the_deadline_repeat_weekly(round_: ReportingRound) -> None:
    remind("--today", "2026-03-01")
    assert subjects() == [
        "focal_a@example.org Late: Ministry of Defence, FY 2025",
        "focal_b@example.org Late: Ministry of the Interior, FY 2025",
    ]
    assert "0 message(s) sent" in remind("--today", "2026-03-01")  # idempotent per day
    assert "0 message(s) sent" in remind("--today", "2026-03-07")  # within the week
    remind("--today", "2026-03-08")
    assert len(mail.outbox) == 2
    assert Reminder.objects.filter(kind=Reminder.LATE).count() == 4


def test_a_closed_round_sends_nothing(round_: ReportingRound) -> None:
    services.close_round(None, round_)
    assert "0 message(s) sent" in remind("--today", "2026-03-01")


def test_a_dry_run_lists_and_sends_nothing(round_: ReportingRound) -> None:
    output = remind("--today", "2026-03-01", "--dry-run")
    assert "would send late notice to focal_a@example.org: matrix FY 2025" in output
    assert "2 message(s) would be sent" in output
    assert mail.outbox == [] and not Reminder.objects.exists()


def test_a_failed_message_is_tried_again_next_run(
    round_: ReportingRound, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError("connection refused")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMessage.send", refuse)
        assert "2 could not be sent" in remind("--today", "2026-03-01")
    assert not Reminder.objects.exists()
    remind("--today", "2026-03-01")
    assert len(mail.outbox) == 2
