"""Indicator performance period by period: what was reported, the actual, the period's
target and how far along the indicator was — the rows of a performance tracking table.

The period's target is the milestone (or end target) dated inside the period; without one,
the value the planned path expects at the period's end ("interpolated"). "% of the way to target" is
direction-aware progress from the baseline to that target (for a count starting at zero
it is simply actual ÷ target), so a decrease indicator that falls scores well.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from napkit.core.monitoring.approved import Round
from napkit.core.monitoring.progress import (
    Actual,
    History,
    IndicatorProgress,
    Observation,
    Point,
    Status,
    Thresholds,
    expected_at,
    progress_of,
    score,
    trajectory,
)
from napkit.core.plan.model import Indicator, Plan
from napkit.core.plan.vocabulary import Measure
from napkit.core.publishing.release import Release


@dataclass(frozen=True)
class PeriodResult:
    round: Round
    reported: Observation | None  # the approved value for this period, if any
    actual: Actual | None  # by the indicator's aggregation, at the period's end
    target: float | None  # on the indicator's numeric scale
    target_source: Literal["milestone", "interpolated"] | None
    percent_of_target: float | None  # 100 = the period's target reached
    progress: IndicatorProgress  # status as of the period's end


def period_target(
    indicator: Indicator,
    plan: Plan,
    observations: list[Observation],
    r: Round,
    points: list[Point] | None = None,
) -> tuple[float | None, Literal["milestone", "interpolated"] | None]:
    period_end = plan.metadata.period.end if plan.metadata.period else None
    dated = [*indicator.milestones, *([indicator.target] if indicator.target else [])]
    inside = [
        (day, t)
        for t in dated
        if (day := t.date or period_end) is not None and r.start <= day <= r.end
    ]
    if inside:
        _, chosen = max(inside, key=lambda pair: pair[0])
        return score(indicator, chosen.value), "milestone"
    if points is None:
        points = trajectory(indicator, plan, observations)
    expected = expected_at(points, r.end)
    return (None, None) if expected is None else (round(expected, 4), "interpolated")


def indicator_periods(
    release: Release, indicator: Indicator, thresholds: Thresholds | None = None
) -> list[PeriodResult]:
    """One row per reporting round of the release, oldest first.

    The indicator's values are read once (``History``); each round's actual and status are
    then lookups, so a plan reported on for forty rounds costs forty rows, not forty
    recomputations of every earlier round."""
    plan = release.plan
    found = list(release.observations.get(indicator.id, []))
    history = History(indicator, found)
    base = history.baseline()
    points = trajectory(indicator, plan, found)
    by_period = {(o.start, o.end): o for o in reversed(found)}
    rows = []
    for r in sorted(release.rounds, key=lambda r: (r.end, r.start)):
        reported = by_period.get((r.start, r.end))
        actual = history.actual(r.start, r.end)
        target, source = period_target(indicator, plan, found, r, points)
        percent = None
        if actual is not None and isinstance(actual.value, int | float) and target is not None:
            reference = 0.0 if base is None else base
            share = progress_of(float(actual.value), reference, target, indicator.direction)
            percent = round(100 * share, 1)
        progress = history.progress(plan, r.end, thresholds)
        if actual is None:
            # Nothing counts for this period (a period total with no value reported in it):
            # an earlier period's figure must not stand in for it.
            progress = replace(progress, status=Status.NO_DATA, progress=None, actual=None)
        rows.append(PeriodResult(r, reported, actual, target, source, percent, progress))
    return rows


def tidy_target(indicator: Indicator, row: PeriodResult) -> float | None:
    """The period's target for display: an interpolated target of a count is a whole
    number, other interpolated targets keep one decimal."""
    if row.target is None or row.target_source != "interpolated":
        return row.target
    if indicator.measure is Measure.NUMBER:
        return float(round(row.target))
    return round(row.target, 1)
