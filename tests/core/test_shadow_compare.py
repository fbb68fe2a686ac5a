"""Civil society's shadow assessment beside the government's account: both ratings on one
scale of three bands, each row marked the same, lower or higher."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from napkit.core.monitoring.progress import Status
from napkit.core.monitoring.rollup import Rollup
from napkit.core.plan.model import Plan
from napkit.core.publishing import release as core_release
from napkit.core.publishing.annual_report import annual_report
from napkit.core.publishing.release import ShadowAssessment, ShadowFinding, find_period
from napkit.core.publishing.shadow_compare import (
    Band,
    Mark,
    at_period_end,
    band_of,
    find,
    mark,
    rolled_status,
)
from napkit.core.scorecard import assess
from napkit.core.scorecard.model import Level
from tests.core.releases import ROUNDS, demo_release

S, L = Status, Level


@pytest.mark.parametrize(
    ("government", "civil_society", "expected"),
    [
        # objectives: a progress status on each side
        (S.ON_TRACK, S.ON_TRACK, Mark.SAME),
        (S.ACHIEVED, S.ON_TRACK, Mark.SAME),  # one band: on course
        (S.ON_TRACK, S.AT_RISK, Mark.LOWER),
        (S.ACHIEVED, S.OFF_TRACK, Mark.LOWER),
        (S.OFF_TRACK, S.AT_RISK, Mark.HIGHER),
        (S.AT_RISK, S.ACHIEVED, Mark.HIGHER),
        (S.NO_DATA, S.AT_RISK, Mark.NOT_COMPARED),
        (S.ON_TRACK, None, Mark.NOT_COMPARED),
        # criteria: the scorecard's level against civil society's
        (L.SOLID, L.HIGH_IMPACT, Mark.SAME),
        (L.HIGH_IMPACT, L.PARTIAL, Mark.LOWER),
        (L.SOLID, L.WEAK, Mark.LOWER),
        (L.WEAK, L.PARTIAL, Mark.HIGHER),
        (L.PARTIAL, L.PARTIAL, Mark.SAME),
        (None, L.WEAK, Mark.NOT_COMPARED),
        # the two scales meet in the bands
        (L.SOLID, S.ON_TRACK, Mark.SAME),
        (L.PARTIAL, S.OFF_TRACK, Mark.LOWER),
    ],
)
def test_pairs_are_marked_on_the_common_scale(
    government: Status | Level | None, civil_society: Status | Level | None, expected: Mark
) -> None:
    assert mark(government, civil_society) is expected


def test_the_mapping_to_bands() -> None:
    assert [band_of(s) for s in Status] == [
        Band.ON_COURSE,
        Band.ON_COURSE,
        Band.PARTLY,
        Band.FALLING_SHORT,
        None,
    ]
    assert [band_of(x) for x in Level] == [
        Band.ON_COURSE,
        Band.ON_COURSE,
        Band.PARTLY,
        Band.FALLING_SHORT,
    ]


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({}, S.NO_DATA),
        ({S.NO_DATA: 3}, S.NO_DATA),
        ({S.ON_TRACK: 1}, S.ON_TRACK),
        ({S.OFF_TRACK: 1, S.ON_TRACK: 1}, S.OFF_TRACK),  # the lower middle
        ({S.OFF_TRACK: 1, S.AT_RISK: 1, S.ACHIEVED: 1, S.NO_DATA: 4}, S.AT_RISK),
        ({S.ACHIEVED: 3, S.OFF_TRACK: 1}, S.ACHIEVED),
    ],
)
def test_an_objective_takes_its_middle_indicators_status(
    counts: dict[Status, int], expected: Status
) -> None:
    rolled = Rollup("O1", "An objective", statuses={**dict.fromkeys(Status, 0), **counts})
    assert rolled_status(rolled) is expected


def _shadow(plan: Plan) -> ShadowAssessment:
    first = plan.objectives[0].id
    return ShadowAssessment(
        title="Year one, seen from the provinces",
        authors=("Women's Peace Network",),
        start=ROUNDS[0].start,
        end=ROUNDS[0].end,
        published=date(2026, 7, 15),
        summary="Participation moved; protection lags.",
        findings=(
            ShadowFinding("The plan moves slowly.", None, S.OFF_TRACK),
            ShadowFinding("Legal aid does not reach the provinces.", first, S.OFF_TRACK),
            ShadowFinding(
                "Partners were consulted late.", criterion="inclusive_design", level=L.WEAK
            ),
        ),
        id=7,
    )


def test_a_shadow_assessment_beside_the_government_account(demo_plan: Plan) -> None:
    release = replace(demo_release(demo_plan), shadow=(_shadow(demo_plan),))
    scorecard = assess(demo_plan, release.as_of)
    found = at_period_end(release, release.shadow[0], scorecard)
    assert found.id == 7
    assert [r.id for r in found.objectives] == [o.id for o in demo_plan.objectives]
    assert len(found.criteria) == 13
    first = found.objectives[0]
    assert first.civil_society.rating == "off_track"
    assert first.civil_society.says == ("Legal aid does not reach the provinces.",)
    assert first.government.rating in {"achieved", "on_track", "at_risk"}
    assert first.mark is Mark.LOWER
    assert "of the way from baselines to targets" in first.government.says[0]
    inclusive = next(r for r in found.criteria if r.id == "inclusive_design")
    government = scorecard.criterion("inclusive_design")
    assert inclusive.government.rating == (government.level.value if government.level else None)
    assert inclusive.government.says  # the checks' evidence, in the government's column
    assert inclusive.mark is mark(government.level, L.WEAK)
    assert inclusive.civil_society.says == ("Partners were consulted late.",)
    unrated = [r for r in found.criteria if r.id != "inclusive_design"]
    assert all(not r.assessed and r.mark is Mark.NOT_COMPARED for r in unrated)
    # the annual report's table keeps only what civil society assessed
    short = found.assessed()
    assert [r.id for r in short.rows] == ["plan", first.id, "inclusive_design"]
    assert found.tally.lower >= 1


def test_the_annual_report_carries_the_comparison(demo_plan: Plan) -> None:
    release = replace(demo_release(demo_plan), shadow=(_shadow(demo_plan),))
    period = find_period(release, "FY 2025-26")
    report = annual_report(release, period, assessment=assess(demo_plan, release.as_of))
    [compared] = report.shadow_compared
    assert [r.id for r in compared.rows] == ["plan", demo_plan.objectives[0].id, "inclusive_design"]
    assert report.shadow[0].title == compared.title  # the existing field is kept
    without = annual_report(release, period)
    assert [r.id for r in without.shadow_compared[0].rows] == ["plan", demo_plan.objectives[0].id]


def test_release_data_keeps_criteria_and_reads_old_releases(demo_plan: Plan) -> None:
    release = replace(demo_release(demo_plan), shadow=(_shadow(demo_plan),))
    data = core_release.to_data(release)
    back = core_release.from_data(data, release.as_of)
    assert back.shadow == release.shadow
    # a release stored before criteria and ids: three-part findings, no id
    for a in data["shadow"]:
        a.pop("id")
        a["findings"] = [f[:3] for f in a["findings"] if len(f) == 3]
    old = core_release.from_data(data, release.as_of)
    assert old.shadow[0].id is None
    assert [f.criterion for f in old.shadow[0].findings] == [None, None]
    assert find(old.shadow, 1) == (1, old.shadow[0])
    assert find(back.shadow, 7) == (1, back.shadow[0])
    assert find(back.shadow, 1) is None
