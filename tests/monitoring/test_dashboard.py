"""Dashboards: what they show, and queries that do not grow with indicators or periods."""

from __future__ import annotations

import pytest
from django.test import Client

from napkit.core.plan import model as core
from napkit.monitoring import demo
from napkit.monitoring.models import ReportingRound
from tests.personas import make_personas
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db
URL = "/plans/{}/monitoring/"


def queries(client: Client, url: str) -> int:
    with cold_queries() as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_periods_or_indicators(
    demo_plan: core.Plan, weak_plan: core.Plan
) -> None:
    team = make_personas(demo_plan, names=["coordinator"])
    demo.load(demo_plan.id)
    client = team.client("coordinator")
    three_rounds = queries(client, URL.format(demo_plan.id))
    ReportingRound.objects.filter(plan=team.record).exclude(label="FY 2025-26").delete()
    one_round = queries(client, URL.format(demo_plan.id))
    assert three_rounds == one_round
    small = make_personas(weak_plan.model_copy(update={"id": "small"}), names=[])
    small.users["coordinator"] = team.users["coordinator"]
    from napkit.accounts.models import PlanRole, Role

    PlanRole.objects.create(
        user=team.users["coordinator"], plan=small.record, role=Role.COORDINATOR
    )
    assert queries(client, URL.format("small")) == one_round


def test_the_coordinator_sees_rounds_progress_and_spending(demo_plan: core.Plan) -> None:
    team = make_personas(demo_plan, names=["coordinator"])
    demo.load(demo_plan.id)
    html = team.client("coordinator").get(URL.format(demo_plan.id)).content.decode()
    for words in (
        "FY 2025-26",
        "H1 FY 2026-27",
        "H2 FY 2026-27",
        "Progress by pillar",
        "Indicators off track or at risk",
        "Budget execution",
        "Spent / allocated",
        '<svg class="chart"',
    ):
        assert words in html
    assert html.count('class="late-text"') >= 1


def test_a_focal_point_sees_what_is_due_from_them(demo_plan: core.Plan) -> None:
    team = make_personas(demo_plan, names=["focal_a"])
    demo.load(demo_plan.id)
    html = team.client("focal_a").get(URL.format(demo_plan.id)).content.decode()
    assert "Due from your organisation" in html
    assert "H2 FY 2026-27" in html


def test_the_demo_has_late_returned_and_disaggregated_data(demo_plan: core.Plan) -> None:
    from napkit.monitoring.models import Event, IndicatorReport, Submission

    make_personas(demo_plan, names=[])
    demo.load(demo_plan.id)
    rounds = {r.label: r for r in ReportingRound.objects.all()}
    assert set(rounds) == {"FY 2025-26", "H1 FY 2026-27", "H2 FY 2026-27"}
    assert not rounds["FY 2025-26"].is_open and rounds["H2 FY 2026-27"].is_open
    assert all(s.status == "approved" for s in rounds["FY 2025-26"].submissions.all())
    assert Submission.objects.filter(status="returned").exists()
    assert Event.objects.filter(action="resubmitted").exists()
    assert any(
        s.late_on(rounds["FY 2025-26"].deadline.replace(year=2027))
        for s in rounds["FY 2025-26"].submissions.all()
    )
    assert IndicatorReport.objects.exclude(parts={}).exists()


def test_demo_spending_is_plausible(demo_plan: core.Plan) -> None:
    """A report a ministry tables must not show more spent than was disbursed."""
    from napkit.monitoring.models import SpendingReport

    make_personas(demo_plan, names=[])
    demo.load(demo_plan.id)
    rows = list(SpendingReport.objects.all())
    assert rows
    for r in rows:
        assert r.allocated is not None and r.disbursed is not None and r.spent is not None
        assert r.spent <= r.disbursed <= r.allocated, r.budget_line


def test_the_dashboard_shows_recent_rounds_and_links_to_all(demo_plan: core.Plan) -> None:
    from napkit.monitoring import generate
    from napkit.monitoring.views import dashboard

    team = make_personas(demo_plan, names=["coordinator"])
    generate.load(team.record, rounds=dashboard.RECENT_ROUNDS + 4)
    client = team.client("coordinator")
    board = client.get(URL.format(demo_plan.id)).content.decode()
    assert board.count("/monitoring/rounds/q") == dashboard.RECENT_ROUNDS
    assert f'/plans/{demo_plan.id}/monitoring/rounds/"' in board
    every = client.get(f"/plans/{demo_plan.id}/monitoring/rounds/").content.decode()
    assert every.count("/monitoring/rounds/q") == dashboard.RECENT_ROUNDS + 4


def test_the_indicator_list_filters_by_status(demo_plan: core.Plan) -> None:
    team = make_personas(demo_plan, names=["coordinator", "focal_a"])
    demo.load(demo_plan.id)
    client = team.client("coordinator")
    base = f"/plans/{demo_plan.id}/monitoring/indicators/"
    everything = client.get(base).content.decode()
    assert everything.count('class="badge status-') == 35
    off = client.get(base + "?status=off_track").content.decode()
    assert 'class="badge status-on_track"' not in off
    focal = team.client("focal_a").get(base).content.decode()
    assert focal.count('class="badge status-') < 35  # only what its organisation sees
