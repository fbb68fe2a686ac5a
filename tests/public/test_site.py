"""The public site: what each page shows, caching that follows publication and approval,
query counts that stay flat, languages, and 404s for what is not public."""

from __future__ import annotations

import pytest
from django.test import Client

from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.monitoring import services as monitoring
from napkit.monitoring.models import (
    IndicatorReport,
    ReportingRound,
    ShadowAssessment,
    Status,
    Submission,
)
from napkit.plans import editing
from napkit.plans import services as plans
from tests.personas import store
from tests.public.helpers import data_changed, page_urls, published_demo
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db


def get(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def count(client: Client, url: str) -> int:
    with cold_queries() as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("", ["Overall progress", "Progress by pillar", "Who leads", "Progress reports", "100"]),
        ("", ["Shadow report on NAP III, year one", "Annual progress report FY 2025-26"]),
        ("pillars/participation/", ["Objectives serving this pillar", "SO1"]),
        ("results/SO3/", ["Results below", "Activities", "Budget execution"]),
        ("indicators/OP3.1.2-i1/", ['<svg class="chart"', "By reporting period", "By Sex"]),
        ("indicators/OP3.1.2-i1/", ["Female", "Survivors of conflict-related sexual violence"]),
        ("organisations/moj/", ["Activities it leads", "Indicators it is responsible for"]),
        ("organisations/moj/", ["By the deadline", "FY 2025-26"]),
        ("scorecard/", ["Scorecard", "Budget status"]),
        ("downloads/", ["-iati.xml", "-iptt.xlsx", "-data.csv", "-open-data.json", ".yaml"]),
    ],
)
def test_pages_show_what_a_reader_expects(
    demo_plan: core.Plan, path: str, expected: list[str]
) -> None:
    published_demo(demo_plan)
    html = get(Client(), f"/public/{demo_plan.id}/{path}")
    for words in expected:
        assert words in html


def test_every_page_of_the_demo_renders(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    client = Client()
    for url in page_urls(demo_plan):
        get(client, url)
    listing = get(client, "/public/")
    assert demo_plan.metadata.short_title in listing


def test_only_published_plans_are_listed_and_served(
    demo_plan: core.Plan, weak_plan: core.Plan
) -> None:
    store(weak_plan)
    published_demo(demo_plan)
    client = Client()
    listing = get(client, "/public/")
    assert demo_plan.metadata.short_title in listing
    assert weak_plan.metadata.title not in listing
    get(client, f"/public/{weak_plan.id}/", 404)
    get(client, f"/public/{weak_plan.id}/downloads/iati/", 404)
    for missing in ("results/A1.1.1/", "results/nope/", "indicators/nope/", "pillars/nope/"):
        get(client, f"/public/{demo_plan.id}/{missing}", 404)
    get(client, f"/public/{demo_plan.id}/reports/1990.pdf", 404)
    get(client, f"/public/{demo_plan.id}/reports/fy-2025-26.docx", 404)


def test_approving_data_shows_it_at_once(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    client = Client()
    waiting = Submission.objects.filter(status=Status.SUBMITTED).first()
    assert waiting is not None
    report = IndicatorReport.objects.filter(submission=waiting).exclude(value=None).first()
    assert report is not None
    IndicatorReport.objects.filter(pk=report.pk).update(value=4321)
    url = f"/public/{demo_plan.id}/indicators/{report.indicator}/"
    assert "4,321" not in get(client, url)
    monitoring.approve(None, waiting)
    assert "4,321" in get(client, url)
    monitoring.reopen(None, Submission.objects.get(pk=waiting.pk), "A figure was wrong.")
    assert "4,321" not in get(client, url)


def test_publishing_a_version_shows_it_at_once(demo_plan: core.Plan) -> None:
    record = published_demo(demo_plan)
    client = Client()
    assert "Renamed for the second version" not in get(client, f"/public/{demo_plan.id}/")
    data = planfile.to_data(demo_plan)
    data["metadata"]["title"] = "Renamed for the second version"
    plans.import_plans([core.Plan.model_validate(data)], replace=True)
    assert "Renamed for the second version" not in get(client, f"/public/{demo_plan.id}/")
    editing.publish(None, record, "second")
    assert "Renamed for the second version" in get(client, f"/public/{demo_plan.id}/")


def test_a_page_costs_a_handful_of_queries_cached_or_not(demo_plan: core.Plan) -> None:
    """The release is stored when it changes: a page built afresh reads it (and the plan's
    scorecard facts) in a few queries; a kept page needs only the plan and its stamp."""
    published_demo(demo_plan)
    client = Client()
    url = f"/public/{demo_plan.id}/"
    cold = count(client, url)
    warm = count(client, url)
    # Built afresh, the overview also reads the plan's issued report editions (one query).
    assert warm <= 3 < cold <= 11
    assert count(client, f"/public/{demo_plan.id}/indicators/SO1-i1/") <= 5
    report = f"/public/{demo_plan.id}/reports/fy-2025-26.html"
    # built: the release, its sub-plans' stamps, and which editions were issued (none)
    assert count(client, report) <= 7
    assert count(client, report) <= 3  # a kept report needs no release to find its period


def test_queries_do_not_grow_with_periods_indicators_or_plans(
    demo_plan: core.Plan, weak_plan: core.Plan
) -> None:
    record = published_demo(demo_plan)
    client = Client()
    url = f"/public/{demo_plan.id}/"
    three_rounds = count(client, url)
    ReportingRound.objects.exclude(label="FY 2025-26").delete()
    data_changed(record)
    assert count(client, url) == three_rounds  # built afresh: the stamp changed
    fewer = planfile.to_data(demo_plan)
    _drop_indicators(fewer["objectives"][1:])
    for consultation in fewer["consultations"]:
        for found in consultation.get("inputs", []):
            found["addressed_in"] = []
    record = store(core.Plan.model_validate({**fewer, "id": "fewer"}), publish=True)[0]
    ReportingRound.objects.filter(plan__key=demo_plan.id).update(plan=record)
    ShadowAssessment.objects.update(plan=record)
    data_changed(record)
    assert count(client, "/public/fewer/") == three_rounds
    listing = count(client, "/public/")
    store(weak_plan, publish=True)
    assert count(client, "/public/") == listing


def _drop_indicators(node: object) -> None:
    if isinstance(node, list):
        for item in node:
            _drop_indicators(item)
    elif isinstance(node, dict):
        node.pop("indicators", None)
        for value in node.values():
            _drop_indicators(value)


def test_french(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    client = Client(headers={"accept-language": "fr"})
    html = get(client, f"/public/{demo_plan.id}/")
    assert 'lang="fr"' in html
    english = get(Client(), f"/public/{demo_plan.id}/")
    assert "Progress by pillar" in english and "Progress by pillar" not in html
