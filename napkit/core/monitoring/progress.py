"""Progress arithmetic: from reported values to actuals, progress, expected progress and status.

The rules (napkit's product brief, "Progress arithmetic"):

- A period's actual depends on the indicator's aggregation: *non-cumulative* sums the
  values reported within the period, *cumulative* is the running total of everything
  reported up to the period's end, *latest* is the most recent value.
- Percentages are never summed: where numerators and denominators are reported they are
  summed and divided; otherwise the latest percentage stands.
- Progress = (actual − baseline) / (target − baseline); a decrease indicator that falls
  makes progress. Without a baseline, counts start from zero and other indicators from
  their first reported value.
- Expected progress at a date runs linearly from the baseline through the milestones to
  the end target. Status compares progress with what was expected: achieved, on track,
  at risk, off track, or no data. Thresholds are settings.
- One definition everywhere (``judge``): progress is always measured from the baseline to
  the END target, and judged against what was expected by the end of the period the
  actual is for — never by a later day, which would count the months nobody has reported
  on yet as falling behind. An indicator's headline figure is therefore the row of its
  latest reported period, on every page, report and export.
- Ordinal indicators count by the position of their level on the scale; yes/no as 0 and 1;
  narrative indicators are reported with their evidence and never turned into numbers.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import pairwise

from napkit.core.i18n import _
from napkit.core.plan.labels import words
from napkit.core.plan.model import Indicator, Plan, Target, builtin_dimensions
from napkit.core.plan.types import is_number
from napkit.core.plan.vocabulary import Aggregation, Direction, Measure


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


def status_labels() -> dict[Status, str]:
    """Each status in the reader's words ("on_track" → "on track")."""
    return {s: words(s) for s in Status}


@dataclass(frozen=True)
class Thresholds:
    """How far behind the expected progress an indicator may be and still count as on
    track (0.15: within 15% of what was expected), and where 'at risk' ends."""

    on_track: float = 0.15
    at_risk: float = 0.40


@dataclass(frozen=True)
class Observation:
    """One approved value of an indicator for a reporting period."""

    start: date
    end: date
    value: bool | int | float | str | None = None
    numerator: float | None = None
    denominator: float | None = None
    parts: dict[str, dict[str, float]] = field(default_factory=dict)  # dimension → category
    assessment: Status | None = None  # the reporter's own rating (narrative indicators)
    label: str = ""  # the reporting period's name, for messages
    note: str = ""  # the reporter's evidence or explanation


@dataclass(frozen=True)
class Actual:
    """An indicator's actual at the end of a period, and how it was obtained."""

    value: float | str | None
    as_of: date
    method: str  # "sum", "running total", "latest", "ratio of sums", "evidence"


@dataclass(frozen=True)
class Point:
    day: date
    value: float


@dataclass(frozen=True)
class IndicatorProgress:
    indicator: str
    actual: Actual | None
    baseline: float | None
    target: float | None
    progress: float | None  # 0 = baseline, 1 = target (may leave [0, 1])
    expected: float | None
    status: Status
    trajectory: list[Point] = field(default_factory=list)  # baseline → milestones → target
    actuals: list[Point] = field(default_factory=list)  # the actual at each period's end
    warnings: list[str] = field(default_factory=list)


# --- turning values into numbers ---------------------------------------------------


def score(indicator: Indicator, value: object) -> float | None:
    """A value on the indicator's numeric scale (None when it has none)."""
    if value is None:
        return None
    if indicator.measure is Measure.YES_NO:
        return 1.0 if value is True else 0.0 if value is False else None
    if indicator.measure is Measure.ORDINAL:
        return float(indicator.scale.index(value)) if value in indicator.scale else None
    if indicator.measure is Measure.NARRATIVE:
        return None
    return float(value) if is_number(value) else None  # type: ignore[arg-type]


def shown(indicator: Indicator, value: object) -> object:
    """A computed value back in the indicator's own terms (a level name, yes or no)."""
    if isinstance(value, float) and indicator.measure is Measure.YES_NO:
        return value >= 0.5
    if isinstance(value, float) and indicator.measure is Measure.ORDINAL and indicator.scale:
        return indicator.scale[max(0, min(len(indicator.scale) - 1, round(value)))]
    return value


def numeric(indicator: Indicator) -> bool:
    return indicator.measure is not Measure.NARRATIVE


# --- actuals ---------------------------------------------------------------------


class History:
    """An indicator's approved observations, read once in date order.

    Every actual a page, a report or an export asks for (a period's, the series of them,
    the progress on a date) is answered from running totals kept here, so asking for each
    of forty periods costs forty lookups, not forty passes over forty values.
    """

    def __init__(self, indicator: Indicator, observations: list[Observation]):
        self.indicator = indicator
        # The first reported, as given where two end on the same day: a baseline's stand-in.
        self.first = min(observations, key=lambda o: o.end) if observations else None
        self.observations = sorted(observations, key=lambda o: (o.end, o.start))
        self.ends = [o.end for o in self.observations]
        self.scores = [score(indicator, o.value) for o in self.observations]
        # For each prefix of n observations: the last with a value, the running sum of
        # scores (and how many there were), the running numerator and denominator sums.
        self._last = [-1]
        self._sums: list[float] = [0]
        self._counted = [0]
        self._numerators: list[float] = [0]
        self._denominators: list[float] = [0]
        self._pairs = [0]
        for i, o in enumerate(self.observations):
            number = self.scores[i]
            self._last.append(i if o.value is not None else self._last[-1])
            self._sums.append(self._sums[-1] + number if number is not None else self._sums[-1])
            self._counted.append(self._counted[-1] + (number is not None))
            paired = o.numerator is not None and bool(o.denominator)
            self._numerators.append(self._numerators[-1] + (o.numerator or 0) * paired)
            self._denominators.append(self._denominators[-1] + (o.denominator or 0) * paired)
            self._pairs.append(self._pairs[-1] + paired)
        spans = sorted({(o.start, o.end) for o in self.observations}, key=lambda p: (p[1], p[0]))
        self.series: list[Actual] = [
            a for start, end in spans if (a := self.actual(start, end)) is not None
        ]
        self._series_ends = [a.as_of for a in self.series]
        # The numeric actuals as chart points: for a prefix of k actuals, the first
        # _numeric[k] points.
        self._points: list[Point] = []
        self._numeric = [0]
        for a in self.series:
            if isinstance(a.value, int | float):
                self._points.append(Point(a.as_of, float(a.value)))
            self._numeric.append(len(self._points))
        self._given = observations
        self._warnings: list[list[str]] | None = None

    def seen(self, day: date) -> int:
        """How many observations end by ``day``."""
        return bisect_right(self.ends, day)

    def _last_value(self, n: int) -> object:
        i = self._last[n]
        return None if i < 0 else self.observations[i].value

    def _inside(self, n: int, start: date) -> list[int]:
        """Indices among the first ``n`` of the observations that start on or after
        ``start``, in order (an observation starting then also ends then or later)."""
        found = []
        i = n - 1
        while i >= 0 and self.ends[i] >= start:
            if self.observations[i].start >= start:
                found.append(i)
            i -= 1
        return found[::-1]

    def actual(self, start: date, end: date) -> Actual | None:
        """The indicator's actual for the reporting period from ``start`` to ``end``.

        Values are per period: a cumulative indicator's running total is recomputed from
        them, so correcting an earlier period corrects every later total. The running total
        starts where the baseline stood (what was already done before the plan counts).
        """
        indicator = self.indicator
        n = self.seen(end)
        if n == 0:
            return None
        if indicator.measure is Measure.NARRATIVE:
            text = self._last_value(n)
            return None if text is None else Actual(str(text), end, "evidence")
        if indicator.measure is Measure.PERCENTAGE:
            return self._percentage(n, start, end)
        if indicator.measure in (Measure.ORDINAL, Measure.YES_NO) or (
            indicator.aggregation is Aggregation.LATEST
        ):
            value = score(indicator, self._last_value(n))
            return None if value is None else Actual(value, end, "latest")
        if indicator.aggregation is Aggregation.CUMULATIVE:
            if not self._counted[n]:
                return None
            start_from = score(indicator, indicator.baseline.value) or 0.0
            return Actual(start_from + self._sums[n], end, "running total")
        numbers = [x for i in self._inside(n, start) if (x := self.scores[i]) is not None]
        return Actual(sum(numbers), end, "sum") if numbers else None

    def _percentage(self, n: int, start: date, end: date) -> Actual | None:
        """Percentages never add up: sum the numerators and denominators where reported."""
        aggregation = self.indicator.aggregation
        if aggregation is Aggregation.LATEST:
            o = self.observations[n - 1]
            pairs = (
                [(o.numerator, o.denominator)] if o.numerator is not None and o.denominator else []
            )
            numerator = sum(x for x, _ in pairs if x is not None)
            denominator = sum(d for _, d in pairs if d)
        elif aggregation is Aggregation.CUMULATIVE:
            pairs = [(0.0, 0.0)] * self._pairs[n]
            numerator, denominator = self._numerators[n], self._denominators[n]
        else:
            inside = [self.observations[i] for i in self._inside(n, start)]
            pairs = [
                (o.numerator, o.denominator)
                for o in inside
                if o.numerator is not None and o.denominator
            ]
            denominator = sum(d for _, d in pairs if d)
            numerator = sum(x for x, _ in pairs if x is not None)
        if pairs:
            return Actual(100 * numerator / denominator, end, "ratio of sums")
        value = score(self.indicator, self._last_value(n))
        return None if value is None else Actual(value, end, "latest")

    def series_until(self, day: date) -> list[Actual]:
        """The actual at the end of each observed period ending by ``day``."""
        return self.series[: bisect_right(self._series_ends, day)]

    def points_until(self, day: date) -> list[Point]:
        """The numeric actuals of ``series_until(day)`` as chart points."""
        return self._points[: self._numeric[bisect_right(self._series_ends, day)]]

    def warnings_until(self, day: date) -> list[str]:
        """Data-quality warnings of the values reported for periods ending by ``day``, in
        the order the values were given."""
        if self._warnings is None:
            self._warnings = [disaggregation_warnings(self.indicator, [o]) for o in self._given]
        return [
            w
            for o, found in zip(self._given, self._warnings, strict=True)
            if o.end <= day
            for w in found
        ]

    def baseline(self, day: date | None = None) -> float | None:
        """The baseline value; without one, zero for counts, else the first reported value
        (of those reported by ``day``)."""
        indicator = self.indicator
        value = score(indicator, indicator.baseline.value)
        if value is not None:
            return value
        if indicator.measure is Measure.NUMBER and indicator.aggregation is not Aggregation.LATEST:
            return 0.0
        if self.first is None or (day is not None and self.seen(day) == 0):
            return None
        return score(indicator, self.first.value)

    def progress(
        self, plan: Plan, as_of: date, thresholds: Thresholds | None = None
    ) -> IndicatorProgress:
        """Everything the dashboards and reports say about the indicator on ``as_of``."""
        return _progress(self, plan, as_of, thresholds or Thresholds())


def period_actual(
    indicator: Indicator, observations: list[Observation], start: date, end: date
) -> Actual | None:
    """The indicator's actual for one reporting period (see ``History.actual``)."""
    return History(indicator, observations).actual(start, end)


def periods(observations: list[Observation]) -> list[tuple[date, date]]:
    """The reporting periods observed, in order."""
    return sorted({(o.start, o.end) for o in observations}, key=lambda p: (p[1], p[0]))


# --- baseline, targets, progress ----------------------------------------------------


def baseline_of(indicator: Indicator, observations: list[Observation]) -> float | None:
    """The baseline value; without one, zero for counts, else the first reported value."""
    return History(indicator, observations).baseline()


def trajectory(indicator: Indicator, plan: Plan, observations: list[Observation]) -> list[Point]:
    """Baseline, milestones and end target as (date, value) points, in date order."""
    return _trajectory(indicator, plan, baseline_of(indicator, observations))


def _trajectory(indicator: Indicator, plan: Plan, base: float | None) -> list[Point]:
    points: list[Point] = []
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


def progress_of(value: float, base: float, target: float, direction: Direction) -> float:
    """Where ``value`` stands between baseline (0) and target (1)."""
    if direction is Direction.MAINTAIN:
        reference = abs(target) if target else 1.0
        return max(0.0, 1.0 - abs(value - target) / reference)
    if target == base:
        reached = value >= target if direction is Direction.INCREASE else value <= target
        return 1.0 if reached else 0.0
    return (value - base) / (target - base)


def expected_at(points: list[Point], day: date) -> float | None:
    """The value expected on ``day``: linear between the trajectory's points."""
    if not points:
        return None
    if day <= points[0].day:
        return points[0].value
    for before, after in pairwise(points):
        if before.day <= day <= after.day:
            span = (after.day - before.day).days
            share = (day - before.day).days / span if span else 1.0
            return before.value + share * (after.value - before.value)
    return points[-1].value


def status_of(
    progress: float | None, expected: float | None, achieved: bool, thresholds: Thresholds
) -> Status:
    if progress is None:
        return Status.NO_DATA
    if achieved:
        return Status.ACHIEVED
    if expected is None or expected <= 0:
        return Status.ON_TRACK if progress >= 0 else Status.AT_RISK
    shortfall = (expected - progress) / expected
    if shortfall <= thresholds.on_track:
        return Status.ON_TRACK
    if shortfall <= thresholds.at_risk:
        return Status.AT_RISK
    return Status.OFF_TRACK


def _achieved(value: float, target: float, direction: Direction) -> bool:
    if direction is Direction.DECREASE:
        return value <= target
    if direction is Direction.MAINTAIN:
        return False  # "maintain" is judged against expectations throughout
    return value >= target


def indicator_progress(
    indicator: Indicator,
    plan: Plan,
    observations: list[Observation],
    as_of: date,
    thresholds: Thresholds | None = None,
) -> IndicatorProgress:
    """Everything the dashboards and reports say about one indicator on ``as_of``."""
    return History(indicator, observations).progress(plan, as_of, thresholds)


def _progress(
    history: History, plan: Plan, as_of: date, thresholds: Thresholds
) -> IndicatorProgress:
    indicator = history.indicator
    n = history.seen(as_of)
    observed = history.observations[:n]
    series_actuals = history.series_until(as_of)
    current = series_actuals[-1] if series_actuals else None
    base = history.baseline(as_of)
    target = score(indicator, indicator.target.value) if indicator.target else None
    points = _trajectory(indicator, plan, base)
    series = history.points_until(as_of)
    warnings = history.warnings_until(as_of)
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
    # Judged on the day its actual is for (the end of the latest reported period), so the
    # headline agrees with that period's row in every table (see ``judge``).
    progress, expected, status = judge(
        indicator, float(current.value), base, target, points, current.as_of, thresholds
    )
    return IndicatorProgress(
        indicator.id, current, base, target, progress, expected, status, points, series, warnings
    )


def judge(
    indicator: Indicator,
    value: float,
    base: float,
    target: float,
    points: list[Point],
    day: date,
    thresholds: Thresholds,
) -> tuple[float, float | None, Status]:
    """Progress, expected progress and status of an actual ``value`` for a period ending on
    ``day``: the one definition every page, report and export uses.

    Progress is the share of the way from the baseline to the end target; expected is the
    share the planned path (baseline, milestones, end target) had reached by ``day``."""
    progress = progress_of(value, base, target, indicator.direction)
    expected_value = expected_at(points, day)
    expected = (
        progress_of(expected_value, base, target, indicator.direction)
        if expected_value is not None
        else None
    )
    status = status_of(
        progress, expected, _achieved(value, target, indicator.direction), thresholds
    )
    return round(progress, 4), None if expected is None else round(expected, 4), status


def disaggregation_warnings(
    indicator: Indicator,
    observations: list[Observation],
    exhaustive: frozenset[str] = frozenset({"sex", "age_band"}),
) -> list[str]:
    """Where the parts of an exhaustive dimension do not add up to the total reported.

    A mismatch is a data-quality warning, never an error: the total stands. Percentages
    are not checked (their parts are rates, not shares of the total).
    """
    if indicator.measure is not Measure.NUMBER:
        return []
    out = []
    for o in observations:
        total = score(indicator, o.value)
        if total is None:
            continue
        for dimension, parts in o.parts.items():
            if dimension not in exhaustive or not parts:
                continue
            added = sum(parts.values())
            if abs(added - total) > 1e-6 * max(1.0, abs(total)):
                out.append(
                    _(
                        "{period}: the {dimension} breakdown adds up to {parts}, but the "
                        "total reported is {total}"
                    ).format(
                        period=o.label or f"{o.start}–{o.end}",
                        dimension=_dimension_name(dimension),
                        parts=_number(added),
                        total=_number(total),
                    )
                )
    return out


def _dimension_name(dimension: str) -> str:
    """A built-in dimension's name in the reader's words ("age_band" → "age band")."""
    names = {d.id: d.name for d in builtin_dimensions()}
    return _(names[dimension]).lower() if dimension in names else dimension


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
