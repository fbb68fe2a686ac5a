"""What may happen to a submission, by status and whether its round is open: one rule
(``napkit.core.monitoring.workflow``) that the services, the permission module and the
pages all follow; and closing a round with unfinished submissions asks first."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from napkit.accounts import permissions
from napkit.core.monitoring.workflow import Step, allowed
from napkit.monitoring import services
from napkit.monitoring.models import ReportingRound, Status, Submission
from napkit.plans import queries as plan_queries
from tests.monitoring.rounds import fy2025
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN

D, S, R, RS, A = "draft", "submitted", "returned", "resubmitted", "approved"
E, SU, RE, AP, RO = Step.EDIT, Step.SUBMIT, Step.RETURN, Step.APPROVE, Step.REOPEN

# (status, {step: allowed in an open round}, {step: allowed in a closed round})
TABLE = [
    (D, {E, SU}, set()),
    (R, {E, SU}, set()),
    (S, {RE, AP}, {AP}),
    (RS, {RE, AP}, {AP}),
    (A, {RO}, set()),
]


def test_the_table_covers_every_status() -> None:
    assert {row[0] for row in TABLE} == set(Status.values)


@pytest.mark.parametrize(("status", "when_open", "when_closed"), TABLE)
def test_the_rule(status: str, when_open: set[Step], when_closed: set[Step]) -> None:
    assert {s for s in Step if allowed(s, status, True)} == when_open
    assert {s for s in Step if allowed(s, status, False)} == when_closed


# --- the services and the permission module follow it ---------------------------------


@pytest.fixture
def team(db: None) -> Personas:
    return make_personas(PLAN)


def closed_round_with(team: Personas, status: str) -> Submission:
    """mod's submission brought to ``status`` in a round that is then closed."""
    coordinator = team.users["coordinator"]
    round_ = fy2025(team.record)

    def mod() -> Submission:
        return Submission.objects.select_related("round").get(round=round_, organisation="mod")

    path = {
        D: [],
        S: [lambda: services.submit(None, mod())],
        R: [
            lambda: services.submit(None, mod()),
            lambda: services.return_submission(coordinator, mod(), "Why?"),
        ],
        RS: [
            lambda: services.submit(None, mod()),
            lambda: services.return_submission(coordinator, mod(), "Why?"),
            lambda: services.submit(None, mod()),
        ],
        A: [lambda: services.submit(None, mod()), lambda: services.approve(coordinator, mod())],
    }[status]
    for step in path:
        step()
    services.close_round(None, ReportingRound.objects.get(pk=round_.pk))
    return mod()


def _attempts(team: Personas) -> dict[Step, Callable[[Submission], object]]:
    coordinator = team.users["coordinator"]
    return {
        Step.EDIT: lambda s: services.apply_upload(
            None, s, services.CheckedUpload({}, [], [], 0), expected=None
        ),
        Step.SUBMIT: lambda s: services.submit(None, s),
        Step.RETURN: lambda s: services.return_submission(coordinator, s, "Why?"),
        Step.APPROVE: lambda s: services.approve(coordinator, s),
        Step.REOPEN: lambda s: services.reopen(coordinator, s, "Why?"),
    }


@pytest.mark.parametrize(("status", "when_closed"), [(row[0], row[2]) for row in TABLE])
@pytest.mark.parametrize("step", list(Step))
def test_the_services_follow_the_rule_in_a_closed_round(
    team: Personas, status: str, when_closed: set[Step], step: Step
) -> None:
    submission = closed_round_with(team, status)
    assert submission.may(step) == (step in when_closed)
    attempt = _attempts(team)[step]
    if step in when_closed:
        attempt(submission)
    else:
        with pytest.raises(services.WorkflowError):
            attempt(submission)


@pytest.mark.parametrize("status", [D, R])
def test_nobody_edits_in_a_closed_round(team: Personas, status: str) -> None:
    submission = closed_round_with(team, status)
    plan = plan_queries.working_copy(team.record)
    for persona in ("coordinator", "focal_a"):
        access = permissions.access_for(team.users[persona], team.record)
        assert not permissions.submission_allows(
            access, plan, "mod", submission.editable, permissions.SubmissionNeed.EDIT
        )
    page = team.client("focal_a").get(f"/plans/matrix/monitoring/submissions/{submission.pk}/")
    assert page.context["can_edit"] is False


def test_a_closed_round_says_why_it_refuses(team: Personas) -> None:
    submission = closed_round_with(team, D)
    with pytest.raises(services.WorkflowError, match="FY 2025 is closed"):
        services.submit(None, submission)


# --- closing a round asks first ----------------------------------------------------


def test_closing_with_pending_submissions_asks_and_names_them(team: Personas) -> None:
    round_ = fy2025(team.record)
    moi = Submission.objects.get(round=round_, organisation="moi")
    services.submit(None, moi)
    client = team.client("coordinator")
    url = f"/plans/matrix/monitoring/rounds/{round_.key}/close/"
    asked = client.post(url)
    assert asked.status_code == 200
    text = " ".join(asked.content.decode().split())
    assert (
        "2 submissions are not approved: Ministry of Defence (draft), "
        "Ministry of the Interior (submitted)." in text
    )
    assert "the 1 awaiting review can still be approved" in text
    assert 'name="confirm" value="1"' in text
    assert ReportingRound.objects.get(pk=round_.pk).is_open
    closed = client.post(url, {"confirm": "1"})
    assert closed.status_code == 302
    assert not ReportingRound.objects.get(pk=round_.pk).is_open


def test_closing_when_all_is_approved_asks_nothing(team: Personas) -> None:
    round_ = fy2025(team.record)
    for s in Submission.objects.filter(round=round_):
        services.submit(None, s)
        services.approve(team.users["coordinator"], s)
    response = team.client("coordinator").post(
        f"/plans/matrix/monitoring/rounds/{round_.key}/close/"
    )
    assert response.status_code == 302
    assert not ReportingRound.objects.get(pk=round_.pk).is_open
