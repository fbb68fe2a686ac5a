"""Rounds, submissions and their review: every step recorded, approved data locked."""

from __future__ import annotations

from datetime import date

import pytest
from django.db.utils import OperationalError
from django.test import Client

from napkit.monitoring import services
from napkit.monitoring.models import Event, IndicatorReport, ReportingRound, Status, Submission
from tests.monitoring.rounds import fy2025
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


@pytest.fixture
def round_(team: Personas) -> ReportingRound:
    return fy2025(team.record, frequency="annual")


def page(round_: ReportingRound, organisation: str) -> str:
    found = Submission.objects.get(round=round_, organisation=organisation)
    return f"/plans/matrix/monitoring/submissions/{found.pk}/"


def values(client: Client, url: str, **changes: str) -> dict[str, str]:
    form = client.get(url).context["form"]
    data = {
        name: "" if form[name].value() is None else str(form[name].value()) for name in form.fields
    }
    data.update(changes)
    return data


def test_a_round_gives_each_responsible_organisation_its_submission(round_: ReportingRound) -> None:
    # mod is responsible for I-MOD and leads A-MOD; moi leads A-MOI; wpn only supports.
    assert sorted(round_.submissions.values_list("organisation", flat=True)) == ["mod", "moi"]
    assert all(s.status == Status.DRAFT for s in round_.submissions.all())
    assert Event.objects.filter(action=Event.CREATED).count() == 2


def test_the_form_covers_exactly_what_the_organisation_leads(
    team: Personas, round_: ReportingRound
) -> None:
    form = team.client("focal_a").get(page(round_, "mod")).context["form"]
    assert [i.id for i in form.coverage.indicators] == ["I-MOD"]
    assert [a.id for a in form.coverage.activities] == ["A-MOD"]
    assert [b.id for b in form.coverage.budget_lines] == ["B-MOD"]


def test_a_focal_point_saves_values_with_numerators(team: Personas, round_: ReportingRound) -> None:
    client = team.client("focal_a")
    url = page(round_, "mod")
    data = values(
        client,
        url,
        **{
            "ind-I-MOD-value": "14.5",
            "ind-I-MOD-numerator": "29",
            "ind-I-MOD-denominator": "200",
            "act-A-MOD-status": "on_track",
            "act-A-MOD-percent": "40",
            "bl-B-MOD-allocated": "1000",
            "bl-B-MOD-spent": "250",
            "narrative": "Recruitment fairs held",
        },
    )
    response = client.post(url, data)
    assert response.status_code == 302
    report = IndicatorReport.objects.get(indicator="I-MOD")
    assert (report.value, report.numerator, report.denominator) == (14.5, 29, 200)
    submission = Submission.objects.get(round=round_, organisation="mod")
    assert (submission.version, submission.narrative) == (1, "Recruitment fairs held")
    assert submission.activities.get().percent_complete == 40


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("ind-I-MOD-value", "140", "a percentage is from 0 to 100"),
        ("ind-I-MOD-value", "many", "expected a number"),
        ("act-A-MOD-percent", "120", "less than or equal to 100"),
        ("bl-B-MOD-spent", "-5", "greater than or equal to 0"),
    ],
)
def test_bad_values_are_422_beside_the_field(
    team: Personas, round_: ReportingRound, field: str, value: str, words: str
) -> None:
    client = team.client("focal_a")
    url = page(round_, "mod")
    response = client.post(url, values(client, url, **{field: value}))
    assert response.status_code == 422
    assert words in " ".join(response.context["form"].errors[field])
    assert not IndicatorReport.objects.exists()


def test_two_people_saving_the_same_submission(team: Personas, round_: ReportingRound) -> None:
    first, second = team.client("focal_a"), team.client("coordinator")
    url = page(round_, "mod")
    mine, theirs = values(first, url), values(second, url)
    assert first.post(url, {**mine, "narrative": "first"}).status_code == 302
    late = second.post(url, {**theirs, "narrative": "second"})
    assert late.status_code == 409
    assert "Someone saved this submission" in late.content.decode()
    assert "second" in late.content.decode()  # their text is still in the form
    assert Submission.objects.get(round=round_, organisation="mod").narrative == "first"


def test_a_busy_database_keeps_what_was_typed(
    team: Personas, round_: ReportingRound, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = team.client("focal_a")
    url = page(round_, "mod")

    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "save", locked)
    busy = client.post(url, values(client, url, narrative="typed at the deadline"))
    assert busy.status_code == 503
    assert "press Save again" in busy.content.decode()
    assert "typed at the deadline" in busy.content.decode()


def test_a_busy_database_elsewhere_is_a_clear_503(
    team: Personas, round_: ReportingRound, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = team.client("coordinator")
    url = page(round_, "mod")

    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "submit", locked)
    busy = client.post(url + "submit/")
    assert busy.status_code == 503
    assert busy["Retry-After"] == "5"
    assert "Nothing was changed" in busy.content.decode()
    assert "what you typed is still in the form" in busy.content.decode()


def test_the_review_workflow_end_to_end(team: Personas, round_: ReportingRound) -> None:
    focal, coordinator = team.client("focal_a"), team.client("coordinator")
    url = page(round_, "mod")
    focal.post(url, values(focal, url, **{"ind-I-MOD-value": "13"}))
    assert focal.post(url + "submit/").status_code == 302
    assert coordinator.post(url + "return/", {"reason": ""}).status_code == 422
    assert coordinator.post(url + "return/", {"reason": "Add the source"}).status_code == 302
    assert Submission.objects.get(round=round_, organisation="mod").status == Status.RETURNED
    focal.post(url, values(focal, url, **{"ind-I-MOD-note": "HR census 2025"}))
    focal.post(url + "submit/")
    assert Submission.objects.get(round=round_, organisation="mod").status == Status.RESUBMITTED
    assert focal.post(url + "approve/").status_code == 404  # not a reviewer
    assert coordinator.post(url + "approve/").status_code == 302
    submission = Submission.objects.get(round=round_, organisation="mod")
    assert submission.status == Status.APPROVED
    # Approved data is locked: the focal point can no longer change it.
    assert focal.post(url, values(focal, url, **{"ind-I-MOD-value": "99"})).status_code == 404
    assert coordinator.post(url + "reopen/", {"reason": ""}).status_code == 422
    assert (
        coordinator.post(url + "reopen/", {"reason": "Figure corrected by HR"}).status_code == 302
    )
    steps = [(e.action, e.username, e.reason) for e in submission.events.all()]
    assert steps == [
        ("created", "", ""),
        ("saved", "focal_a", ""),
        ("submitted", "focal_a", ""),
        ("returned", "coordinator", "Add the source"),
        ("saved", "focal_a", ""),
        ("resubmitted", "focal_a", ""),
        ("approved", "coordinator", ""),
        ("reopened", "coordinator", "Figure corrected by HR"),
    ]
    timeline = coordinator.get(url).content.decode()
    assert "Add the source" in timeline and "Figure corrected by HR" in timeline


def test_steps_the_state_does_not_allow_are_refused(team: Personas, round_: ReportingRound) -> None:
    submission = Submission.objects.get(round=round_, organisation="mod")
    with pytest.raises(services.WorkflowError, match="Only a submitted"):
        services.approve(None, submission)
    services.submit(None, submission)
    with pytest.raises(services.WorkflowError, match="Only a draft or a returned"):
        services.submit(None, submission)


def test_late_and_missing_submissions_show(team: Personas, round_: ReportingRound) -> None:
    mod = Submission.objects.get(round=round_, organisation="mod")
    assert mod.late_on(date(2026, 2, 28)) is False
    assert mod.late_on(date(2026, 3, 1)) is True  # nothing sent by the deadline
    html = team.client("coordinator").get(f"/plans/matrix/monitoring/rounds/{round_.key}/")
    assert html.status_code == 200
    assert html.content.decode().count("late") >= 2


def test_opening_a_round_with_a_taken_name_is_refused(
    team: Personas, round_: ReportingRound
) -> None:
    with pytest.raises(services.WorkflowError, match="already a round"):
        fy2025(team.record)
    response = team.client("coordinator").post(
        "/plans/matrix/monitoring/rounds/new/",
        {
            "label": "FY 2026",
            "frequency": "annual",
            "period_start": "2026-12-31",
            "period_end": "2026-01-01",
            "opens": "2027-01-01",
            "deadline": "2027-02-28",
        },
    )
    assert response.status_code == 422
    assert "ends before it starts" in response.content.decode()


def test_approved_values_feed_progress_and_the_scorecard(
    team: Personas, round_: ReportingRound
) -> None:
    from napkit.monitoring import queries
    from napkit.plans import queries as plan_queries

    focal, coordinator = team.client("focal_a"), team.client("coordinator")
    url = page(round_, "mod")
    focal.post(url, values(focal, url, **{"ind-I-MOD-value": "16"}))
    assert queries.observations(team.record) == {}  # a draft is not data
    focal.post(url + "submit/")
    coordinator.post(url + "approve/")
    [observation] = queries.observations(team.record)["I-MOD"]
    assert (observation.value, observation.label) == (16, "FY 2025")
    # Submitted today, after this round's deadline: due and late.
    facts = queries.facts(
        team.record, plan_queries.plan_document(team.record.key), date(2026, 3, 1)
    )
    assert (facts.submissions_due, facts.submissions_on_time) == (2, 0)
    assert (facts.indicators_total, facts.indicators_with_current_data) == (1, 1)
    html = coordinator.get("/plans/matrix/monitoring/indicators/I-MOD/").content.decode()
    assert "FY 2025" in html and "<svg" in html


def test_a_submission_sent_before_the_deadline_is_on_time(team: Personas) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from napkit.monitoring import queries
    from napkit.plans import queries as plan_queries

    deadline = timezone.localdate() + timedelta(days=30)
    opened = services.open_round(
        None,
        team.record,
        label="Next",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        opens=date(2026, 1, 1),
        deadline=deadline,
    )
    services.submit(None, Submission.objects.get(round=opened, organisation="mod"))
    facts = queries.facts(
        team.record, plan_queries.plan_document(team.record.key), deadline + timedelta(days=1)
    )
    assert (facts.submissions_due, facts.submissions_on_time) == (2, 1)
