"""The progress arithmetic as first written, one value at a time: the reference that the
one-pass ``History`` in napkit.core.monitoring.progress must agree with, value for value.

Kept only for tests: it is simple enough to check by reading, and quadratic (every period
recomputes every earlier one), which is why napkit no longer runs it.
"""

from __future__ import annotations

from datetime import date

from napkit.core.monitoring.progress import (
    Actual,
    IndicatorProgress,
    Observation,
    Point,
    Status,
    Thresholds,
    _achieved,
    disaggregation_warnings,
    expected_at,
    progress_of,
    score,
    status_of,
)
from napkit.core.plan.model import Indicator, Plan, Target
from napkit.core.plan.vocabulary import Aggregation, Measure


def period_actual(
    indicator: Indicator, observations: list[Observation], start: date, end: date
) -> Actual | None:
    """The indicator's actual for the reporting period from ``start`` to ``end``.

    Values are per period: a cumulative indicator's running total is recomputed from
    them, so correcting an earlier period corrects every later total. The running total
    starts where the baseline stood (what was already done before the plan counts).
    """
    seen = sorted((o for o in observations if o.end <= end), key=lambda o: (o.end, o.start))
    if not seen:
        return None
    if indicator.measure is Measure.NARRATIVE:
        text = _last_value(seen)
        return None if text is None else Actual(str(text), end, "evidence")
    inside = [o for o in seen if o.start >= start]
    if indicator.measure is Measure.PERCENTAGE:
        return _percentage(indicator, seen, inside, end)
    if indicator.measure in (Measure.ORDINAL, Measure.YES_NO) or (
        indicator.aggregation is Aggregation.LATEST
    ):
        value = score(indicator, _last_value(seen))
        return None if value is None else Actual(value, end, "latest")
    cumulative = indicator.aggregation is Aggregation.CUMULATIVE
    numbers = [
        n for o in (seen if cumulative else inside) if (n := score(indicator, o.value)) is not None
    ]
    if not numbers:
        return None
    if cumulative:
        start_from = score(indicator, indicator.baseline.value) or 0.0
        return Actual(start_from + sum(numbers), end, "running total")
    return Actual(sum(numbers), end, "sum")


def _last_value(seen: list[Observation]) -> object:
    for o in reversed(seen):
        if o.value is not None:
            return o.value
    return None


def _percentage(
    indicator: Indicator, seen: list[Observation], inside: list[Observation], end: date
) -> Actual | None:
    """Percentages never add up: sum the numerators and denominators where reported."""
    if indicator.aggregation is Aggregation.LATEST:
        scope = seen[-1:]
    else:
        scope = seen if indicator.aggregation is Aggregation.CUMULATIVE else inside
    pairs = [
        (o.numerator, o.denominator) for o in scope if o.numerator is not None and o.denominator
    ]
    if pairs:
        denominator = sum(d for _, d in pairs if d)
        numerator = sum(n for n, _ in pairs if n is not None)
        return Actual(100 * numerator / denominator, end, "ratio of sums")
    value = score(indicator, _last_value(seen))
    return None if value is None else Actual(value, end, "latest")


def periods(observations: list[Observation]) -> list[tuple[date, date]]:
    """The reporting periods observed, in order."""
    return sorted({(o.start, o.end) for o in observations}, key=lambda p: (p[1], p[0]))


def baseline_of(indicator: Indicator, observations: list[Observation]) -> float | None:
    """The baseline value; without one, zero for counts, else the first reported value."""
    value = score(indicator, indicator.baseline.value)
    if value is not None:
        return value
    if indicator.measure is Measure.NUMBER and indicator.aggregation is not Aggregation.LATEST:
        return 0.0
    first = sorted(observations, key=lambda o: o.end)
    return score(indicator, _last_value(first[:1])) if first else None


def trajectory(indicator: Indicator, plan: Plan, observations: list[Observation]) -> list[Point]:
    """Baseline, milestones and end target as (date, value) points, in date order."""
    points: list[Point] = []
    base = baseline_of(indicator, observations)
    period = plan.metadata.period
    base_day = indicator.baseline.date or (period.start if period else None)
    if base is not None and base_day is not None:
        points.append(Point(base_day, base))
    targets: list[Target] = [m for m in indicator.milestones if m.date]
    if indicator.target is not None:
        targets.append(indicator.target)
    for t in targets:
        day = t.date or (period.end if period else None)
        value = score(indicator, t.value)
        if day is not None and value is not None:
            points.append(Point(day, value))
    points.sort(key=lambda p: p.day)
    return points


def indicator_progress(
    indicator: Indicator,
    plan: Plan,
    observations: list[Observation],
    as_of: date,
    thresholds: Thresholds | None = None,
) -> IndicatorProgress:
    """Everything the dashboards and reports say about one indicator on ``as_of``."""
    thresholds = thresholds or Thresholds()
    observed = [o for o in observations if o.end <= as_of]
    spans = periods(observed)
    series_actuals = [
        a
        for start, end in spans
        if (a := period_actual(indicator, observed, start, end)) is not None
    ]
    current = series_actuals[-1] if series_actuals else None
    base = baseline_of(indicator, observed)
    target = score(indicator, indicator.target.value) if indicator.target else None
    points = trajectory(indicator, plan, observed)
    series = [
        Point(a.as_of, float(a.value)) for a in series_actuals if isinstance(a.value, int | float)
    ]
    warnings = disaggregation_warnings(indicator, observed)
    if current is None or not isinstance(current.value, int | float):
        # Narrative evidence carries the reporter's own rating; nothing is computed from it.
        rated = next(
            (
                o.assessment
                for o in sorted(observed, key=lambda o: o.end, reverse=True)
                if o.assessment is not None
            ),
            None,
        )
        status = Status.NO_DATA if current is None else (rated or Status.NO_DATA)
        return IndicatorProgress(
            indicator.id, current, base, target, None, None, status, points, series, warnings
        )
    if base is None or target is None:
        return IndicatorProgress(
            indicator.id,
            current,
            base,
            target,
            None,
            None,
            Status.NO_DATA,
            points,
            series,
            warnings,
        )
    value = float(current.value)
    progress = progress_of(value, base, target, indicator.direction)
    # Judged on the day the actual is for: the end of the latest reported period.
    expected_value = expected_at(points, current.as_of)
    expected = (
        progress_of(expected_value, base, target, indicator.direction)
        if expected_value is not None
        else None
    )
    status = status_of(
        progress, expected, _achieved(value, target, indicator.direction), thresholds
    )
    return IndicatorProgress(
        indicator.id,
        current,
        base,
        target,
        round(progress, 4),
        None if expected is None else round(expected, 4),
        status,
        points,
        series,
        warnings,
    )
