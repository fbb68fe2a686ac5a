"""Submitting saves what is on the form, says what is blank, and approval over data-quality
warnings needs a reason (issue 15, parts 1 and 2)."""

from __future__ import annotations

import pytest
from django.db.utils import OperationalError
from django.test import Client

from napkit.core.plan import planfile
from napkit.monitoring import services
from napkit.monitoring.models import Event, IndicatorReport, ReportingRound, Status, Submission
from tests.monitoring.rounds import fy2025
from tests.personas import Personas, make_personas

pytestmark = pytest.mark.django_db

PLAN = planfile.loads(
    """
id: matrix
metadata: {title: Matrix plan, country: XV, period: {start: 2025-01-01, end: 2028-12-31}}
organisations:
  - {id: mod, name: Ministry of Defence, type: government}
  - {id: moi, name: Ministry of the Interior, type: government}
objectives:
  - id: O1
    title: Security institutions serve women
    pillars: [protection]
    outputs:
      - id: OP1
        title: Gender-responsive security sector
        indicators:
          - {id: I-1, name: Women in the armed forces, measure: percentage, responsible: mod}
          - {id: I-2, name: Officers trained, measure: number, responsible: mod,
             disaggregation: [sex]}
          - {id: I-3, name: Barracks with facilities for women, measure: number,
             responsible: mod}
        activities:
          - id: A-MOD
            title: Recruit women officers
            responsibility: {lead: mod}
            budget_lines: [{id: B-MOD, amount: 1000, currency: EUR, status: allocated}]
          - id: A-MOI
            title: Train police
            responsibility: {lead: moi}
""",
    name="matrix.yaml",
)

URL = "/plans/matrix/monitoring/submissions/{}/"


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


@pytest.fixture
def url(team: Personas) -> str:
    opened: ReportingRound = fy2025(team.record)
    return URL.format(Submission.objects.get(round=opened, organisation="mod").pk)


def mod() -> Submission:
    return Submission.objects.get(organisation="mod")


def form_data(client: Client, url: str, **changes: str) -> dict[str, str]:
    """What the browser would send: every field as the form shows it, with changes."""
    form = client.get(url).context["form"]
    data = {
        name: "" if form[name].value() is None else str(form[name].value()) for name in form.fields
    }
    data.update(changes)
    return data


TYPED = {
    "ind-I-1-value": "14.5",
    "ind-I-1-numerator": "29",
    "ind-I-1-denominator": "200",
    "ind-I-2-value": "30",
    "ind-I-2-part~sex~female": "20",
    "ind-I-2-part~sex~male": "10",
    "ind-I-3-value": "4",
    "act-A-MOD-status": "on_track",
    "act-A-MOD-percent": "40",
    "bl-B-MOD-allocated": "1000",
    "bl-B-MOD-disbursed": "800",
    "bl-B-MOD-spent": "500",
    "narrative": "Recruitment fairs in three provinces.",
}


def test_submitting_saves_what_was_typed_since_the_last_save(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    response = client.post(url + "submit/", form_data(client, url, **TYPED))
    assert response.status_code == 302
    submission = mod()
    assert submission.status == Status.SUBMITTED
    assert submission.narrative == "Recruitment fairs in three provinces."
    report = IndicatorReport.objects.get(indicator="I-2")
    assert (report.value, report.parts) == (30, {"sex": {"female": 20, "male": 10}})
    assert submission.activities.get().status == "on_track"
    assert float(submission.spending.get().spent) == 500
    steps = [e.action for e in submission.events.all()]
    assert steps == [Event.CREATED, Event.SAVED, Event.SUBMITTED]


def test_submitting_what_was_just_saved_records_no_second_save(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    assert client.post(url, form_data(client, url, **TYPED)).status_code == 302
    assert client.post(url + "submit/", form_data(client, url)).status_code == 302
    assert [e.action for e in mod().events.all()] == [Event.CREATED, Event.SAVED, Event.SUBMITTED]


def test_an_invalid_form_is_refused_with_everything_typed_kept(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    typed = {**TYPED, "ind-I-3-value": "many", "bl-B-MOD-spent": "-5"}
    response = client.post(url + "submit/", form_data(client, url, **typed))
    assert response.status_code == 422
    html = response.content.decode()
    assert "Nothing was saved or submitted" in html
    assert "expected a number" in html
    for value in ("14.5", "Recruitment fairs in three provinces.", "many", "800"):
        assert value in html
    assert mod().status == Status.DRAFT
    assert not IndicatorReport.objects.exists()


def test_blank_indicators_are_listed_and_need_a_second_confirmation(
    team: Personas, url: str
) -> None:
    client = team.client("focal_a")
    typed = {**TYPED, "ind-I-1-value": "", "ind-I-1-numerator": "", "ind-I-1-denominator": ""}
    typed.update({"ind-I-3-value": ""})
    asked = client.post(url + "submit/", form_data(client, url, **typed))
    assert asked.status_code == 200
    html = asked.content.decode()
    assert "Saved, but not submitted yet." in html
    assert "2 indicators have no value:" in html
    assert '<a href="#ind-I-1">I-1</a>, <a href="#ind-I-3">I-3</a>' in html
    assert 'name="accept_blanks" value="1"' in html
    # What was typed is saved, and nothing submitted.
    assert mod().status == Status.DRAFT
    assert mod().narrative == "Recruitment fairs in three provinces."
    confirmed = client.post(url + "submit/", {**form_data(client, url), "accept_blanks": "1"})
    assert confirmed.status_code == 302
    assert mod().status == Status.SUBMITTED


def test_the_submit_button_sends_the_values_form(team: Personas, url: str) -> None:
    html = team.client("focal_a").get(url).content.decode()
    assert 'form="values" formaction="' + url + 'submit/"' in html
    assert "3 indicators have no value yet." in html


def test_a_concurrent_edit_is_still_detected(team: Personas, url: str) -> None:
    first, second = team.client("focal_a"), team.client("coordinator")
    mine, theirs = form_data(first, url), form_data(second, url)
    assert first.post(url, {**mine, **TYPED}).status_code == 302
    late = second.post(url + "submit/", {**theirs, **TYPED, "narrative": "second"})
    assert late.status_code == 409
    html = late.content.decode()
    assert "Someone saved this submission" in html and "second" in html
    assert mod().status == Status.DRAFT
    assert mod().narrative == "Recruitment fairs in three provinces."


def test_a_busy_database_at_submit_keeps_what_was_typed(
    team: Personas, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = team.client("focal_a")

    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "submit", locked)
    busy = client.post(url + "submit/", form_data(client, url, narrative="typed at the deadline"))
    assert busy.status_code == 503
    html = busy.content.decode()
    assert "press Submit again" in html and "typed at the deadline" in html


WARNED = {
    **TYPED,
    "ind-I-1-numerator": "300",
    "ind-I-1-denominator": "100",
    "ind-I-2-value": "10",
    "ind-I-2-part~sex~female": "50",
    "ind-I-2-part~sex~male": "70",
    "bl-B-MOD-disbursed": "5000",
    "bl-B-MOD-spent": "99999999",
}


def test_warnings_are_saved_and_shown_beside_the_fields(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    saved = client.post(url, form_data(client, url, **WARNED))
    assert saved.status_code == 302  # a warning never stops a save
    page = client.get(saved["Location"])
    html = page.content.decode()
    assert "Saved." in html
    assert "4 data-quality warnings" in html
    form = page.context["form"]
    [i1, i2, _i3] = form.blocks()
    assert i1.warnings == [
        "I-1: the numerator (300) is larger than the denominator (100), a share of more than 100%"
    ]
    assert i2.warnings == ["I-2: the sex breakdown adds up to 120, but the total is 10"]
    [(_line, _fields, money)] = form.spending_rows()
    assert money == [
        "B-MOD: more spent (99999999) than disbursed (5000)",
        "B-MOD: more disbursed (5000) than allocated (1000)",
    ]
    assert 'class="has-warning"' in html
    assert IndicatorReport.objects.get(indicator="I-2").value == 10


def test_approving_over_warnings_needs_a_reason(team: Personas, url: str) -> None:
    focal, coordinator = team.client("focal_a"), team.client("coordinator")
    assert focal.post(url + "submit/", form_data(focal, url, **WARNED)).status_code == 302
    review = coordinator.get(url).content.decode()
    assert "the sex breakdown adds up to 120, but the total is 10" in review
    assert "Reason for approving despite the warnings" in review
    refused = coordinator.post(url + "approve/", {"reason": "  "})
    assert refused.status_code == 422
    html = refused.content.decode()
    assert "This submission has 4 data-quality warnings: say why you approve it" in html
    assert 'id="approve-reason"' in html
    assert mod().status == Status.SUBMITTED
    reason = "Confirmed with the ministry: the breakdown comes from another survey."
    assert coordinator.post(url + "approve/", {"reason": reason}).status_code == 302
    approved = mod()
    assert approved.status == Status.APPROVED
    assert approved.events.get(action=Event.APPROVED).reason == reason


def test_approving_without_warnings_needs_no_reason(team: Personas, url: str) -> None:
    focal, coordinator = team.client("focal_a"), team.client("coordinator")
    assert focal.post(url + "submit/", form_data(focal, url, **TYPED)).status_code == 302
    assert "Reason for approving" not in coordinator.get(url).content.decode()
    assert coordinator.post(url + "approve/").status_code == 302
    assert mod().status == Status.APPROVED
