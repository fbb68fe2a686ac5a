"""The annual report model: every section from a release cut at the period's end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import NamedTuple

import pytest

from napkit.core.plan import model as core
from napkit.core.plan import planfile, walk
from napkit.core.publishing.annual_report import AnnualReport, annual_report
from napkit.core.publishing.release import Release, find_period
from tests.core.releases import demo_release


class Built(NamedTuple):
    release: Release
    report: AnnualReport


@pytest.fixture
def built(demo_plan: core.Plan) -> Built:
    release = demo_release(demo_plan)
    return Built(release, annual_report(release, find_period(release, "FY 2025-26")))


def test_summary_figures(built: Built) -> None:
    report = built.report
    labels = [f.label for f in report.figures]
    assert labels[:3] == [
        "Overall progress",
        "Indicators achieved or on track",
        "Activities completed",
    ]
    assert "Budget spent (EUR)" in labels
    assert "Reports on time" in labels
    assert report.as_of == date(2026, 3, 31)
    assert report.rounds == ["FY 2025-26"]


def test_every_objective_indicator_and_activity_is_reported(
    built: Built, demo_plan: core.Plan
) -> None:
    report = built.report
    assert [o.id for o in report.objectives] == [o.id for o in demo_plan.objectives]
    shown = {r.id for o in report.objectives for r in o.indicators}
    assert shown == {i.indicator.id for i in walk.indicators(demo_plan)}
    activities = {a.id for o in report.objectives for a in o.activities}
    assert activities == {a.item.id for a in walk.activities(demo_plan)}
    assert sum(c.count for c in report.statuses) == len(shown)


def test_disaggregation_and_evidence(built: Built) -> None:
    report = built.report
    rows = {r.id: r for o in report.objectives for r in o.indicators}
    legal_aid = rows["OP3.1.2-i1"]
    assert [t.dimension for t in legal_aid.parts] == ["Sex", "Age band", "Target group"]
    reported = {o.label: o.value for o in built.release.observations["OP3.1.2-i1"]}
    sexes = dict(legal_aid.parts[0].rows)
    assert set(sexes) == {"Female", "Male"}
    assert sum(int(v.replace(",", "")) for v in sexes.values()) == reported["FY 2025-26"]
    narrative = rows["R1.1-i2"]
    assert narrative.evidence.startswith("Progress reported for FY 2025-26")
    assert narrative.percent == "—"


def test_budget_compliance_shadow_and_methodology(built: Built) -> None:
    report = built.report
    assert report.budget_public
    assert report.money_total[0].currency == "EUR"
    assert report.money_by_organisation and report.money_by_pillar
    assert "<svg" in report.budget_chart
    assert report.compliance and "by the deadline" in report.compliance_summary
    assert [s.title for s in report.shadow] == [
        "Civil-society shadow report on NAP III, first year"
    ]
    assert any("approved" in note for note in report.methodology)
    assert any("15%" in note and "40%" in note for note in report.methodology)


def test_a_later_period_leaves_the_shadow_of_an_earlier_one_out(demo_plan: core.Plan) -> None:
    release = demo_release(demo_plan)
    later = annual_report(release, find_period(release, "FY 2026-27"))
    assert later.shadow == []
    assert later.rounds == ["H1 FY 2026-27"]


def test_no_budget_figures_when_the_plan_keeps_them_private(demo_plan: core.Plan) -> None:
    data = planfile.to_data(demo_plan)
    data["budget"]["published"] = False
    private = core.Plan.model_validate(data)
    release = demo_release(private)
    release = replace(release, spending=())
    found = annual_report(release, find_period(release, "FY 2025-26"))
    assert not found.budget_public
    assert found.money_total == [] and found.budget_chart == ""
    assert all("Budget spent" not in f.label for f in found.figures)


def test_a_report_on_a_period_not_yet_over_says_it_is_interim(demo_plan: core.Plan) -> None:
    release = demo_release(demo_plan)  # data as of 26 November 2026
    assert annual_report(release, find_period(release, "FY 2026-27")).interim
    assert not annual_report(release, find_period(release, "FY 2025-26")).interim
