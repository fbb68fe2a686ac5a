"""A published shadow assessment beside the government's account on the public site and in
the annual report: both columns, the difference marked; an unpublished one never shown."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from django.test import Client

from napkit.core.plan import model as core
from napkit.monitoring.models import ShadowAssessment, ShadowFinding
from napkit.plans.models import Plan
from napkit.plans.signals import public_changed
from tests.public.helpers import published_demo

pytestmark = pytest.mark.django_db

SECRET = "A draft the partners have not published"


def _assessment(record: Plan, title: str, published: bool) -> ShadowAssessment:
    found = ShadowAssessment.objects.create(
        plan=record,
        title=title,
        authors="Women's Peace Network; Legal Aid Centre",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        summary="Participation moved; protection lags.",
        published_at=datetime(2026, 6, 1, 9, tzinfo=UTC) if published else None,
    )
    for order, (item, criterion, rating, text) in enumerate(
        [
            ("", "", "off_track", "The plan moves too slowly for survivors."),
            ("SO3", "", "off_track", "Legal aid does not reach the provinces."),
            ("", "inclusive_design", "weak", "Partners saw the draft a week before adoption."),
            ("", "budget", "high_impact", "The budget lines are real and published."),
        ]
    ):
        ShadowFinding.objects.create(
            assessment=found,
            item=item,
            criterion=criterion,
            rating=rating,
            text=f"{text} ({title})",
            order=order,
        )
    public_changed.send("tests", record=record)
    return found


def test_the_public_page_and_the_report_show_both_columns(demo_plan: core.Plan) -> None:
    record = published_demo(demo_plan)
    ShadowAssessment.objects.filter(plan=record).delete()
    shown = _assessment(record, "Year one, seen from the provinces", published=True)
    hidden = _assessment(record, SECRET, published=False)
    client = Client()
    overview = client.get(f"/public/{demo_plan.id}/").content.decode()
    url = f"/public/{demo_plan.id}/shadow/{shown.pk}/"
    assert f'href="{url}"' in overview
    assert SECRET not in overview
    html = client.get(url).content.decode()
    for words in (
        "The government says",
        "Civil society says",
        "Legal aid does not reach the provinces.",
        "10. Inclusive design",
        "Partners saw the draft a week before adoption.",
        "civil society rates it lower",
        "of the way from baselines to targets",  # an objective's progress, the government's
        "How the two ratings are compared",
    ):
        assert words in html, words
    assert 'class="compare-row mark-lower' in html
    assert SECRET not in html
    # every criterion of the scorecard has a row, with the government's level
    assert len(re.findall(r'id="criterion-[a-z_]+"', html)) == 13
    # the unpublished assessment has no page
    assert client.get(f"/public/{demo_plan.id}/shadow/{hidden.pk}/").status_code == 404
    assert client.get(f"/public/{demo_plan.id}/shadow/99999/").status_code == 404
    report = client.get(f"/public/{demo_plan.id}/reports/fy-2025-26.html").content.decode()
    for words in (
        "6. Civil-society shadow assessment",
        '<table class="compact side-by-side">',
        "The government says",
        "Civil society says",
        "10. Inclusive design",
        "Partners saw the draft a week before adoption.",
        "The budget lines are real and published.",
        "Legal aid does not reach the provinces.",
    ):
        assert words in report, words
    assert 'class="mark-lower"' in report
    assert SECRET not in report
    # criteria civil society did not rate are left out of the report's table
    assert "1. Internal and external focus" not in report.split('id="shadow"')[1]


def test_withdrawn_the_page_is_gone(demo_plan: core.Plan) -> None:
    record = published_demo(demo_plan)
    found = _assessment(record, "Year one, seen from the provinces", published=True)
    url = f"/public/{demo_plan.id}/shadow/{found.pk}/"
    assert Client().get(url).status_code == 200
    found.published_at = None
    found.save()
    public_changed.send("tests", record=record)
    assert Client().get(url).status_code == 404


def test_in_french(demo_plan: core.Plan) -> None:
    record = published_demo(demo_plan)
    found = _assessment(record, "Année un", published=True)
    client = Client(headers={"accept-language": "fr"})
    response = client.get(f"/public/{demo_plan.id}/shadow/{found.pk}/")
    assert response.status_code == 200
    assert "Legal aid does not reach the provinces." in response.content.decode()
