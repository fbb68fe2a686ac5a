"""The tidy CSV export: one row per indicator × reporting period × disaggregation.

Rules the file follows, so that a reader can load it into any tool without a manual:

- For each indicator (document order) and each approved round (oldest first) there is one
  *total* row, with ``dimension_id`` and ``category_id`` empty, followed by one row per
  reported part (dimension × category; the indicator's dimensions first, in its order).
- An indicator with nothing reported for a round still has its total row, with ``value``,
  ``actual`` and ``percent_of_target`` empty and status ``no_data``: the gap is visible
  rather than silently missing, and no earlier figure stands in for it.
- Codes *and* labels: every identifier column has its human label beside it. Column names
  and codes (direction, aggregation, status, …) are fixed English identifiers.
- ``value`` is as reported: numbers plain, yes/no as ``true``/``false``, ordinal levels by
  name, narrative evidence as text. ``actual``, ``baseline`` and ``target`` are on the
  indicator's numeric scale — the scale progress is computed on (ordinal:
  the level's position from 0 for the lowest; yes/no: 1 or 0); a narrative indicator's
  actual is its latest evidence and it has no baseline, target or percentage.
- The columns computed for the whole indicator (actual, baseline, target, target_source,
  percent_of_target, status) and the reporter's numerator, denominator and note are given
  on total rows only; a part row carries only its own value.
- ``target`` is the period's target (its milestone, or the planned path at the period's
  end): a value to read the actual against. ``percent_of_target`` is the indicator's
  progress, the one figure every page, report and export shows: the share of the way from
  ``baseline`` to the plan's END target (the indicator's ``target`` in the plan), and
  ``status`` compares it with what was expected by the period's end.
- ``baseline`` is the reference the percentage is measured from: the plan's baseline or,
  without one, zero for counts and the first reported value otherwise.
- Numbers have no thousands separators and no exponent; dates are ISO 8601.
- UTF-8 without a byte-order mark; rows end with ``\\r\\n`` as RFC 4180 asks (the csv
  module's default); fields are quoted only where needed (commas, quotes, line breaks).

Progress figures come from :mod:`napkit.core.publishing.tracking`; nothing is recomputed here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from decimal import Decimal

from napkit.core.exports.cells import csv_safe
from napkit.core.monitoring.progress import Observation, baseline_of
from napkit.core.plan import walk
from napkit.core.plan.model import Dimension, Indicator
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Measure
from napkit.core.publishing.release import Release
from napkit.core.publishing.tracking import PeriodResult, indicator_periods

COLUMNS: tuple[str, ...] = (
    "plan_id",
    "plan_version",
    "pillar_ids",
    "objective_id",
    "result_id",
    "result_tier",
    "result_title",
    "indicator_id",
    "indicator_name",
    "measure",
    "unit",
    "direction",
    "aggregation",
    "period",
    "period_label",
    "period_start",
    "period_end",
    "dimension_id",
    "dimension_label",
    "category_id",
    "category_label",
    "value",
    "numerator",
    "denominator",
    "actual",
    "baseline",
    "target",
    "target_source",
    "percent_of_target",
    "status",
    "note",
)

Part = tuple[str, str, float]  # dimension id, category id, value


def plain(value: object) -> str:
    """A value as CSV text: numbers without separators or exponent, yes/no as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        # repr gives the shortest exact digits; Decimal spells them out without an exponent.
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def ordered_parts(
    indicator: Indicator, known: Mapping[str, Dimension], observation: Observation | None
) -> list[Part]:
    """The parts of a reported value in a stable order: the indicator's dimensions in its
    order (others after, by id), categories in their dimension's order (others by id)."""
    if observation is None:
        return []
    wanted = {d: i for i, d in enumerate(indicator.disaggregation)}
    out: list[Part] = []
    for dim in sorted(observation.parts, key=lambda d: (wanted.get(d, len(wanted)), d)):
        declared = known[dim].categories if dim in known else []
        rank = {c.id: i for i, c in enumerate(declared)}
        cats = observation.parts[dim]
        for cat in sorted(cats, key=lambda c: (rank.get(c, len(rank)), c)):
            out.append((dim, cat, cats[cat]))
    return out


def dimension_label(known: Mapping[str, Dimension], dim: str) -> str:
    return known[dim].name if dim in known else dim


def category_label(known: Mapping[str, Dimension], dim: str, cat: str) -> str:
    # Open-ended dimensions (free location names) have no declared categories: the id is
    # the name the reporter gave.
    declared = known[dim].categories if dim in known else []
    return next((c.name for c in declared if c.id == cat), cat)


def _indicator_columns(release: Release, ref: walk.IndicatorRef) -> dict[str, str]:
    indicator, owner = ref.indicator, ref.owner
    return {
        "plan_id": release.plan.id,
        "plan_version": str(release.version),
        "pillar_ids": ";".join(owner.objective.pillars),
        "objective_id": owner.objective.id,
        "result_id": owner.item.id,
        "result_tier": owner.tier.value,
        "result_title": owner.item.title,
        "indicator_id": indicator.id,
        "indicator_name": indicator.name,
        "measure": indicator.measure.value,
        "unit": indicator.unit or "",
        "direction": indicator.direction.value,
        "aggregation": indicator.aggregation.value,
    }


def _period_columns(row: PeriodResult) -> dict[str, str]:
    r = row.round
    return {
        "period": r.key,
        "period_label": r.label,
        "period_start": r.start.isoformat(),
        "period_end": r.end.isoformat(),
    }


def _total_columns(indicator: Indicator, row: PeriodResult, base: float | None) -> dict[str, str]:
    reported = row.reported
    narrative = indicator.measure is Measure.NARRATIVE
    return {
        "value": plain(reported.value) if reported else "",
        "numerator": plain(reported.numerator) if reported else "",
        "denominator": plain(reported.denominator) if reported else "",
        "actual": plain(row.actual.value) if row.actual else "",
        "baseline": "" if narrative else plain(base),
        "target": plain(row.target),
        "target_source": row.target_source or "",
        "percent_of_target": plain(row.percent_of_target),
        "status": row.progress.status.value,
        "note": reported.note if reported else "",
    }


def _indicator_rows(
    release: Release, ref: walk.IndicatorRef, known: Mapping[str, Dimension]
) -> Iterator[dict[str, str]]:
    indicator = ref.indicator
    fixed = _indicator_columns(release, ref)
    base = baseline_of(indicator, list(release.observations.get(indicator.id, [])))
    empty = dict.fromkeys(COLUMNS, "")
    for row in indicator_periods(release, indicator):
        period = _period_columns(row)
        yield {**empty, **fixed, **period, **_total_columns(indicator, row, base)}
        for dim, cat, number in ordered_parts(indicator, known, row.reported):
            yield {
                **empty,
                **fixed,
                **period,
                "dimension_id": dim,
                "dimension_label": dimension_label(known, dim),
                "category_id": cat,
                "category_label": category_label(known, dim, cat),
                "value": plain(number),
            }


def tidy_rows(release: Release) -> list[dict[str, str]]:
    """Every row of the tidy CSV, as text keyed by :data:`COLUMNS`."""
    known = dimensions(release.plan)
    return [
        row for ref in walk.indicators(release.plan) for row in _indicator_rows(release, ref, known)
    ]


def tidy_csv(release: Release) -> bytes:
    """The tidy CSV as UTF-8 bytes (no byte-order mark, CRLF line ends)."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: csv_safe(v) for k, v in row.items()} for row in tidy_rows(release))
    return out.getvalue().encode("utf-8")
