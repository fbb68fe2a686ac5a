"""Shadow assessments: only civil-society partners write and publish them, drafts stay
private, published ones reach the public site and the report, and concurrent saves are
refused rather than lost."""

from __future__ import annotations

import pytest
from django.test import Client

from napkit.core.plan import model as core
from napkit.monitoring.models import ShadowAssessment
from tests.personas import make_personas

pytestmark = pytest.mark.django_db
FORM = {
    "title": "Year one, seen from the provinces",
    "authors": "Women's Peace Network",
    "period_start": "2025-04-01",
    "period_end": "2026-03-31",
    "summary": "Participation moved; protection lags.",
    "url": "https://wpn.example/year-one.pdf",
    "rating-plan": "at_risk",
    "finding-plan": "Services for survivors lag behind.",
    "rating-SO3": "off_track",
    "finding-SO3": "Legal aid does not reach the provinces.",
}


def new(client: Client, key: str, **changes: str) -> int:
    response = client.post(f"/plans/{key}/monitoring/shadow/new/", {**FORM, **changes})
    return response.status_code


def test_a_partner_writes_and_publishes_and_the_public_sees_it(demo_plan: core.Plan) -> None:
    team = make_personas(demo_plan, publish=True, names=["partner", "coordinator"])
    partner = team.client("partner")
    assert new(partner, demo_plan.id) == 302
    found = ShadowAssessment.objects.get()
    assert [(f.item, f.rating) for f in found.findings.all()] == [
        ("", "at_risk"),
        ("SO3", "off_track"),
    ]
    public = Client()
    overview = f"/public/{demo_plan.id}/"
    assert FORM["title"] not in public.get(overview).content.decode()
    coordinator_view = team.client("coordinator").get(f"/plans/{demo_plan.id}/monitoring/shadow/")
    assert FORM["title"] not in coordinator_view.content.decode()  # a draft is the partners'
    publish = f"/plans/{demo_plan.id}/monitoring/shadow/{found.pk}/publish/"
    assert partner.post(publish, {"publish": "1"}).status_code == 302
    assert FORM["title"] in public.get(overview).content.decode()
    listing = team.client("coordinator").get(f"/plans/{demo_plan.id}/monitoring/shadow/")
    assert FORM["title"] in listing.content.decode()
    assert partner.post(publish, {"publish": "0"}).status_code == 302
    assert FORM["title"] not in public.get(overview).content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "This field is required"),
        ({"period_end": "2024-01-01"}, "cannot end before it starts"),
        ({"finding-SO3": ""}, "Say what the rating rests on"),
        ({"url": "not a link"}, "Enter a valid URL"),
    ],
)
def test_invalid_forms_say_what_is_wrong(
    demo_plan: core.Plan, changes: dict[str, str], message: str
) -> None:
    team = make_personas(demo_plan, names=["partner"])
    response = team.client("partner").post(
        f"/plans/{demo_plan.id}/monitoring/shadow/new/", {**FORM, **changes}
    )
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not ShadowAssessment.objects.exists()


def test_the_second_of_two_concurrent_saves_is_refused(demo_plan: core.Plan) -> None:
    team = make_personas(demo_plan, names=["partner"])
    partner = team.client("partner")
    new(partner, demo_plan.id)
    found = ShadowAssessment.objects.get()
    url = f"/plans/{demo_plan.id}/monitoring/shadow/{found.pk}/"
    first = partner.post(url, {**FORM, "summary": "First edit.", "version": "0"})
    assert first.status_code == 302
    second = partner.post(url, {**FORM, "summary": "Second edit.", "version": "0"})
    assert second.status_code == 409
    assert "Someone else saved this assessment" in second.content.decode()
    assert "Second edit." in second.content.decode()  # the text is not lost
    assert ShadowAssessment.objects.get().summary == "First edit."


@pytest.mark.parametrize("version", [None, "", "abc", "1.5", "-1"])
def test_a_save_without_a_good_version_is_refused(
    demo_plan: core.Plan, version: str | None
) -> None:
    team = make_personas(demo_plan, names=["partner"])
    partner = team.client("partner")
    new(partner, demo_plan.id)
    found = ShadowAssessment.objects.get()
    url = f"/plans/{demo_plan.id}/monitoring/shadow/{found.pk}/"
    assert partner.post(url, {**FORM, "summary": "Theirs.", "version": "0"}).status_code == 302
    data = {**FORM, "summary": "Mine."}
    if version is not None:
        data["version"] = version
    response = partner.post(url, data)
    assert response.status_code == 422
    assert "without the version of the assessment" in response.content.decode()
    assert "Mine." in response.content.decode()  # the text is not lost
    assert ShadowAssessment.objects.get().summary == "Theirs."


def test_saving_over_an_assessment_needs_its_version(demo_plan: core.Plan) -> None:
    from napkit.monitoring import shadow

    team = make_personas(demo_plan, names=["partner"])
    new(team.client("partner"), demo_plan.id)
    found = ShadowAssessment.objects.get()
    data = {**FORM, "period_start": found.period_start, "period_end": found.period_end}
    with pytest.raises(shadow.StaleAssessment):
        shadow.save(None, team.record, found, {**data, "version": None})
    assert ShadowAssessment.objects.get().version == 0


def test_a_partner_rates_a_scorecard_criterion(demo_plan: core.Plan) -> None:
    team = make_personas(demo_plan, publish=True, names=["partner"])
    partner = team.client("partner")
    form = partner.get(f"/plans/{demo_plan.id}/monitoring/shadow/new/").content.decode()
    assert 'name="rating-criterion-inclusive_design"' in form
    assert '<option value="weak">' in form
    changes = {
        "rating-criterion-inclusive_design": "weak",
        "finding-criterion-inclusive_design": "Partners saw the draft a week before adoption.",
    }
    assert new(partner, demo_plan.id, **changes) == 302
    found = ShadowAssessment.objects.get()
    assert [(f.item, f.criterion, f.rating) for f in found.findings.all()] == [
        ("", "", "at_risk"),
        ("SO3", "", "off_track"),
        ("", "inclusive_design", "weak"),
    ]
    edit = partner.get(f"/plans/{demo_plan.id}/monitoring/shadow/{found.pk}/").content.decode()
    assert "Partners saw the draft a week before adoption." in edit
    listing = partner.get(f"/plans/{demo_plan.id}/monitoring/shadow/").content.decode()
    assert "10. Inclusive design" in listing
    # a criterion's rating needs its reason, as an objective's does
    unexplained = {"rating-criterion-budget": "solid", "finding-criterion-budget": ""}
    assert new(partner, demo_plan.id, **unexplained) == 422
