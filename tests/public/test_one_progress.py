"""One definition of progress and status (issue 15.5): an indicator's card, its period
table, the annual report and the exports say the same, for every indicator of the demo
plan and of a generated national plan; and the card states what its figure measures."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from napkit.core.exports.opendata import open_data
from napkit.core.plan import generate, walk
from napkit.core.plan import model as core
from napkit.core.publishing.annual_report import annual_report
from napkit.core.publishing.release import Release, find_period
from napkit.core.publishing.standing import standing
from napkit.core.publishing.tracking import indicator_periods, latest_row
from napkit.monitoring import generate as monitoring_data
from napkit.monitoring import queries as monitoring
from napkit.public import detail, services
from tests.personas import store
from tests.public.helpers import published_demo

pytestmark = pytest.mark.django_db


def released(key: str) -> tuple[services.Published, Release]:
    pub = services.published(key)
    return pub, services.release_of(pub, timezone.localdate())


def assert_one_progress(key: str) -> int:
    """Card = the row of the latest reported period = the open-data 'latest'; returns how
    many indicators had a figure to compare."""
    pub, release = released(key)
    standing = services.standing_of(pub, release)
    thresholds = monitoring.thresholds()
    latest = {i["id"]: i["latest"] for i in open_data(release, timezone.now())["indicators"]}
    compared = 0
    for ref in walk.indicators(release.plan):
        card = standing.progress[ref.indicator.id]
        rows = indicator_periods(release, ref.indicator, thresholds)
        row = latest_row(rows)
        view = detail.indicator_page(release, standing, ref, thresholds).view
        assert latest[ref.indicator.id]["status"] == card.status.value, ref.indicator.id
        if row is None:
            assert card.progress is None, ref.indicator.id
            continue
        assert (row.progress.status, row.progress.expected) == (card.status, card.expected), (
            ref.indicator.id
        )
        assert latest[ref.indicator.id]["progress"] == card.progress
        lines = [p for p in view.periods if p.percent != "—"]
        if card.progress is not None:
            compared += 1
            assert row.percent_of_target == pytest.approx(100 * card.progress, abs=0.051)
            assert lines[-1].status == card.status.value
            assert "of the way from the baseline" in view.progress_words
        # No later row contradicts the card: periods after it have nothing reported.
        assert all(r.progress.progress is None for r in rows[rows.index(row) + 1 :])
    return compared


def test_the_demo_card_table_and_exports_agree(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    assert assert_one_progress(demo_plan.id) >= 20


def test_a_generated_national_plan_agrees() -> None:
    plan = generate.plan("national", seed=3)
    [record] = store(plan, publish=True)
    monitoring_data.load(record, rounds=6)
    assert assert_one_progress(plan.id) >= 20


def test_the_report_agrees_with_the_card_at_the_period_end(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    _pub, release = released(demo_plan.id)
    period = find_period(release, "FY 2025-26")
    found = annual_report(release, period, monitoring.thresholds())
    cut = release.until(period)
    cut_standing = standing(cut, monitoring.thresholds())
    rows = {r.id: r for o in found.objectives for r in o.indicators}
    for ref in walk.indicators(release.plan):
        card = cut_standing.progress[ref.indicator.id]
        row = rows[ref.indicator.id]
        assert row.status == card.status.value, ref.indicator.id
        if card.progress is not None:
            assert row.percent == f"{round(100 * card.progress, 1):g}%", ref.indicator.id


def test_the_public_page_states_what_the_figure_measures(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    html = Client().get(f"/public/{demo_plan.id}/indicators/SO3-i2/").content.decode()
    # A card that once said "11%, off track" beside a table saying "68.3%": now one figure.
    assert "11% of the way from the baseline" in html
    assert "11.4%" in html
    assert "Expected by then" in html
