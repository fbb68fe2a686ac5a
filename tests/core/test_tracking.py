"""Period by period: targets from milestones or the planned path, direction-aware progress
from the baseline to the END target (the one definition of progress), and no figure carried
into a period that reported nothing."""

from __future__ import annotations

from datetime import date

import pytest

from napkit.core.monitoring.approved import Round
from napkit.core.monitoring.progress import Observation, Status
from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.core.publishing.release import Release
from napkit.core.publishing.tracking import indicator_periods, tidy_target

PLAN = planfile.loads(
    """
id: t
metadata: {title: T, country: XV, period: {start: 2025-01-01, end: 2028-12-31}}
objectives:
  - id: O1
    title: O
    indicators:
      - {id: UP, name: Up, measure: number, aggregation: non_cumulative,
         baseline: {value: 0, date: 2025-01-01},
         milestones: [{value: 40, date: 2025-12-31}], target: {value: 100, date: 2028-12-31}}
      - {id: DOWN, name: Down, measure: percentage, direction: decrease,
         baseline: {value: 50, date: 2025-01-01}, target: {value: 10, date: 2028-12-31}}
""",
    name="t.yaml",
)
Y1 = Round("y1", "2025", date(2025, 1, 1), date(2025, 12, 31), date(2026, 2, 1))
Y2 = Round("y2", "2026", date(2026, 1, 1), date(2026, 12, 31), date(2027, 2, 1))


def release(values: dict[str, list[tuple[Round, float]]]) -> Release:
    return Release(
        plan=PLAN,
        version=1,
        published=date(2025, 1, 1),
        as_of=date(2027, 6, 1),
        rounds=(Y1, Y2),
        observations={
            k: [Observation(r.start, r.end, v, label=r.label) for r, v in found]
            for k, found in values.items()
        },
    )


def indicator(key: str) -> core.Indicator:
    return next(i for o in PLAN.objectives for i in o.indicators if i.id == key)


@pytest.mark.parametrize(
    ("key", "values", "targets", "sources", "percents"),
    [
        # a milestone in the first year; the planned path in the second; progress is
        # always towards the end target (100), whatever the period's own target
        ("UP", [(Y1, 30), (Y2, 50)], [40, 60], ["milestone", "interpolated"], [30, 50]),
        # falling from 50 towards 10: 40 is a quarter of the way; year two reported
        # nothing, so it has no progress of its own (year one's value does not stand in)
        ("DOWN", [(Y1, 40)], [40, 30], ["interpolated", "interpolated"], [25, None]),
    ],
)
def test_period_rows(
    key: str,
    values: list[tuple[Round, float]],
    targets: list[float],
    sources: list[str],
    percents: list[float | None],
) -> None:
    rows = indicator_periods(release({key: values}), indicator(key))
    assert [round(r.target or 0) for r in rows] == targets
    assert [r.target_source for r in rows] == sources
    assert [r.percent_of_target for r in rows] == percents


def test_a_period_with_nothing_reported_has_no_data() -> None:
    rows = indicator_periods(release({"UP": [(Y1, 30)]}), indicator("UP"))
    assert rows[0].progress.status is not Status.NO_DATA
    assert rows[1].actual is None
    assert rows[1].progress.status is Status.NO_DATA


def test_interpolated_targets_are_tidied_for_display() -> None:
    rows = indicator_periods(release({"UP": [(Y1, 30), (Y2, 50)]}), indicator("UP"))
    assert tidy_target(indicator("UP"), rows[1]) == 60.0
    assert tidy_target(indicator("UP"), rows[0]) == rows[0].target


def test_each_row_is_judged_as_the_headline_is_on_that_day() -> None:
    """The row of the latest reported period IS the indicator's headline."""
    from napkit.core.monitoring.progress import indicator_progress

    found = release({"UP": [(Y1, 30), (Y2, 50)]})
    rows = indicator_periods(found, indicator("UP"))
    headline = indicator_progress(indicator("UP"), PLAN, found.observations["UP"], found.as_of)
    last = rows[-1].progress
    assert (last.progress, last.expected, last.status) == (
        headline.progress,
        headline.expected,
        headline.status,
    )
    assert rows[-1].percent_of_target == pytest.approx(100 * (headline.progress or 0), abs=0.05)
