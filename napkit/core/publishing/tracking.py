"""Indicator performance period by period: what was reported, the actual, the period's
target and how far along the indicator was — the rows of a performance tracking table.

The period's target is the milestone (or end target) dated inside the period; without one,
the value the planned path expects at the period's end ("interpolated"): a value to read
the actual against, never a second measure of progress. Progress ("% of the way to
target") is the one definition of ``progress.judge``: direction-aware, from the baseline
to the END target, judged against what the planned path expected by the period's end. The
headline of an indicator (its card, the report's row, the export's "latest") is the row of
its latest reported period, so they cannot disagree.

A period in which nothing was reported has no actual, progress or status of its own: an
earlier period's figure must not stand in for it (it would be judged against a later
expectation and contradict the headline).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from napkit.core.i18n import _
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
    judge,
    score,
    shown,
    trajectory,
)
from napkit.core.plan import display
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
    percent_of_target: float | None  # 100 = the END target reached (progress × 100)
    progress: IndicatorProgress  # progress, expected and status as of the period's end


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
    end_target = score(indicator, indicator.target.value) if indicator.target else None
    rows = []
    for r in sorted(release.rounds, key=lambda r: (r.end, r.start)):
        reported = by_period.get((r.start, r.end))
        inside = any(r.start <= o.end <= r.end for o in found)
        actual = history.actual(r.start, r.end) if inside else None
        target, source = period_target(indicator, plan, found, r, points)
        progress = history.progress(plan, r.end, thresholds)
        percent = None
        if actual is None:
            progress = replace(
                progress, status=Status.NO_DATA, progress=None, expected=None, actual=None
            )
        elif isinstance(actual.value, int | float) and base is not None and end_target is not None:
            share, expected, status = judge(
                indicator,
                float(actual.value),
                base,
                end_target,
                progress.trajectory,
                r.end,
                thresholds or Thresholds(),
            )
            progress = replace(
                progress, actual=actual, progress=share, expected=expected, status=status
            )
            percent = round(100 * share, 1)
        rows.append(PeriodResult(r, reported, actual, target, source, percent, progress))
    return rows


def latest_row(rows: list[PeriodResult]) -> PeriodResult | None:
    """The row of the latest period with an actual: the indicator's headline (its card, the
    report's row, the exports' "latest"), which is why they all agree."""
    return next((r for r in reversed(rows) if r.actual is not None), None)


def tidy_target(indicator: Indicator, row: PeriodResult) -> float | None:
    """The period's target for display: an interpolated target of a count is a whole
    number, other interpolated targets keep one decimal."""
    if row.target is None or row.target_source != "interpolated":
        return row.target
    if indicator.measure is Measure.NUMBER:
        return float(round(row.target))
    return round(row.target, 1)


def progress_words(indicator: Indicator, plan: Plan, found: IndicatorProgress) -> str:
    """The definition of an indicator's progress figure in words, to stand beside it:
    "35% of the way from the baseline (12, 2024) to the target (20, 2028), as of 31 Mar
    2026; 40% was expected by then." Empty where there is no figure to explain."""
    if found.progress is None or found.actual is None or found.baseline is None:
        return ""
    period = plan.metadata.period
    base_day = indicator.baseline.date or (period.start if period else None)
    target = indicator.target
    end_day = (target.date if target else None) or (period.end if period else None)

    def point(value: object, day: date | None) -> str:
        text = display.format_value(indicator, shown(indicator, value))
        return text if day is None else f"{text}, {day.year}"

    sentence = _(
        "{progress} of the way from the baseline ({baseline}) to the target ({target}), as of {day}"
    ).format(
        progress=display.format_share(found.progress),
        baseline=point(found.baseline, base_day),
        target=point(found.target, end_day),
        day=display.format_date(found.actual.as_of),
    )
    if found.expected is None:
        return sentence + "."
    return (
        sentence
        + "; "
        + _("{expected} was expected by then.").format(
            expected=display.format_share(found.expected)
        )
    )
