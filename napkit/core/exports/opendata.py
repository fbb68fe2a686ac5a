"""The open-data JSON export: the published plan and all its approved data in one document,
with the JSON Schema (draft 2020-12) that describes it (in ``opendata_schema``).

Rules the document follows:

- ``plan`` is the plan file itself (``planfile.to_data(..., json_mode=True)``) of the
  published version, with what the plan does not disclose already removed; the embedded
  plan-file schema validates it.
- Indicator values, actuals, targets and percentages are JSON numbers (floats): they come
  from arithmetic on floats already, and numbers are what a reader's tools expect. Values
  are as reported (yes/no as booleans, ordinal levels by name, narrative as text); actual,
  baseline and target are on the indicator's numeric scale, the one the percentage is
  computed on (ordinal: level position from 0; yes/no: 1 or 0).
- Money amounts are strings holding a decimal number with two decimals ("1250000.00"):
  amounts are exact decimals and a JSON number would invite float rounding. Rates are
  numbers (0.8 = 80 %).
- ``budget`` is present only when the plan publishes its budget.
- Absent values are ``null``, never left out, so every record has the same keys.
- Keys are sorted and lists keep plan (document) order, or date order for periods, so the
  same release and generation time give the same bytes.

Progress figures come from :mod:`napkit.core.publishing.tracking` and budget execution from
:func:`napkit.core.monitoring.rollup.execution`; nothing is recomputed here.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from napkit.core.exports.opendata_schema import FORMAT, FORMAT_VERSION, json_schema
from napkit.core.monitoring.approved import ActivityState, Round
from napkit.core.monitoring.progress import Status, baseline_of, score
from napkit.core.monitoring.rollup import Execution, Spending, execution
from napkit.core.plan import planfile, walk
from napkit.core.plan.model import Indicator
from napkit.core.publishing.release import Release, ShadowAssessment
from napkit.core.publishing.tracking import PeriodResult, indicator_periods, latest_row

__all__ = ["FORMAT", "FORMAT_VERSION", "json_schema", "open_data", "open_data_json"]

CENT = Decimal("0.01")


# --- small conversions ----------------------------------------------------------------


def timestamp(moment: datetime) -> str:
    """UTC, to the second, with a 'Z' (a naive time is taken to be UTC already)."""
    utc = moment.astimezone(UTC) if moment.tzinfo else moment
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else format(value.quantize(CENT, ROUND_HALF_EVEN), "f")


def _round_key(release: Release, start: date | None, end: date | None) -> str | None:
    return next((r.key for r in release.rounds if (r.start, r.end) == (start, end)), None)


def _rounds(release: Release) -> list[Round]:
    return sorted(release.rounds, key=lambda r: (r.end, r.start))


# --- indicators -----------------------------------------------------------------------


def _period(row: PeriodResult) -> dict[str, Any]:
    reported = row.reported
    return {
        "period": row.round.key,
        "value": reported.value if reported else None,
        "numerator": reported.numerator if reported else None,
        "denominator": reported.denominator if reported else None,
        "parts": reported.parts if reported else {},
        "note": reported.note if reported and reported.note else None,
        "actual": row.actual.value if row.actual else None,
        "actual_method": row.actual.method if row.actual else None,
        "target": row.target,
        "target_source": row.target_source,
        "percent_of_target": row.percent_of_target,
        "status": row.progress.status.value,
    }


def _latest(rows: list[PeriodResult]) -> dict[str, Any]:
    """As of the end of the latest round with an approved value (``tracking.latest_row``:
    the figure the public indicator page and the annual report show)."""
    last = latest_row(rows)
    if last is None:
        return {"as_of": None, "status": Status.NO_DATA.value, "progress": None, "actual": None}
    return {
        "as_of": last.round.end.isoformat(),
        "status": last.progress.status.value,
        "progress": last.progress.progress,
        "actual": last.progress.actual.value if last.progress.actual else None,
    }


def _indicator(release: Release, ref: walk.IndicatorRef) -> dict[str, Any]:
    indicator: Indicator = ref.indicator
    rows = indicator_periods(release, indicator)
    found = list(release.observations.get(indicator.id, []))
    return {
        "id": indicator.id,
        "name": indicator.name,
        "result": ref.owner.item.id,
        "result_tier": ref.owner.tier.value,
        "objective": ref.owner.objective.id,
        "measure": indicator.measure.value,
        "unit": indicator.unit,
        "direction": indicator.direction.value,
        "aggregation": indicator.aggregation.value,
        "baseline": baseline_of(indicator, found),
        "target": score(indicator, indicator.target.value) if indicator.target else None,
        "periods": [_period(row) for row in rows],
        "latest": _latest(rows),
    }


# --- activities -----------------------------------------------------------------------


def _state(release: Release, state: ActivityState) -> dict[str, Any]:
    return {
        "period": _round_key(release, state.start, state.end),
        "label": state.label,
        "start": state.start.isoformat(),
        "end": state.end.isoformat(),
        "status": state.status,
        "percent_complete": state.percent_complete,
        "note": state.note or None,
    }


def _activities(release: Release) -> list[dict[str, Any]]:
    out = []
    for ref in walk.activities(release.plan):
        history = sorted(release.activities.get(ref.item.id, []), key=lambda a: (a.end, a.start))
        out.append(
            {
                "id": ref.item.id,
                "title": ref.item.title,
                "output": ref.parent.item.id if ref.parent else None,
                "latest": _state(release, history[-1]) if history else None,
                "history": [_state(release, s) for s in history],
            }
        )
    return out


# --- budget ---------------------------------------------------------------------------


def _execution(found: Execution) -> dict[str, Any]:
    return {
        "currency": found.currency,
        "allocated": _amount(found.allocated),
        "disbursed": _amount(found.disbursed),
        "spent": _amount(found.spent),
        "disbursement_rate": found.disbursement_rate,
        "spending_rate": found.spending_rate,
    }


def _spending(release: Release, s: Spending) -> dict[str, Any]:
    return {
        "period": _round_key(release, s.start, s.end),
        "start": _day(s.start),
        "end": _day(s.end),
        "allocated": _amount(s.allocated),
        "disbursed": _amount(s.disbursed),
        "spent": _amount(s.spent),
    }


def _budget(release: Release) -> dict[str, Any]:
    report = execution(release.plan, list(release.spending))
    lines = []
    for ref in walk.budget_lines(release.plan):
        line = ref.line
        # Date order is round order; a row without dates (a plan-level figure) comes first.
        rows = [s for s in release.spending if s.line == line.id]
        rows.sort(key=lambda s: (s.end or date.min, s.start or date.min))
        found = report.lines.get(line.id)
        lines.append(
            {
                "id": line.id,
                "owner": ref.owner.item.id,
                "currency": line.currency,
                "amount": _amount(line.amount),
                "status": line.effective_status.value,
                "fiscal_year": line.fiscal_year,
                "periods": [_spending(release, s) for s in rows],
                "execution": _execution(found) if found else None,
            }
        )
    totals = sorted(report.plan, key=lambda e: e.currency)
    return {"lines": lines, "totals": [_execution(e) for e in totals]}


# --- reporting and civil society --------------------------------------------------------


def _reporting(release: Release) -> list[dict[str, Any]]:
    order = {r.key: i for i, r in enumerate(_rounds(release))}
    records = sorted(release.compliance, key=lambda c: (order.get(c.round, len(order)), c.round))
    return [
        {
            "period": c.round,
            "organisation": c.organisation,
            "status": c.status,
            "submitted": _day(c.submitted),
            "approved": _day(c.approved),
            "on_time": c.on_time,
        }
        for c in records
    ]


def _shadow(s: ShadowAssessment) -> dict[str, Any]:
    return {
        "title": s.title,
        "authors": list(s.authors),
        "start": s.start.isoformat(),
        "end": s.end.isoformat(),
        "published": s.published.isoformat(),
        "summary": s.summary,
        "url": s.url,
        "findings": [
            {
                "text": f.text,
                "item": f.item,
                "rating": f.rating.value if f.rating else None,
                # a finding about a scorecard criterion: its id and civil society's level
                "criterion": f.criterion,
                "level": f.level.value if f.level else None,
            }
            for f in s.findings
        ],
    }


# --- the document -------------------------------------------------------------------------


def open_data(release: Release, generated: datetime) -> dict[str, Any]:
    """The whole open-data document as plain JSON-ready data."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated": timestamp(generated),
        "plan_id": release.plan.id,
        "version": release.version,
        "published": release.published.isoformat(),
        "as_of": release.as_of.isoformat(),
        "plan": planfile.to_data(release.plan, json_mode=True),
        "periods": [
            {
                "key": r.key,
                "label": r.label,
                "start": r.start.isoformat(),
                "end": r.end.isoformat(),
                "deadline": r.deadline.isoformat(),
            }
            for r in _rounds(release)
        ],
        "indicators": [_indicator(release, ref) for ref in walk.indicators(release.plan)],
        "activities": _activities(release),
        "reporting": _reporting(release),
        "shadow_assessments": [
            _shadow(s) for s in sorted(release.shadow, key=lambda s: (s.end, s.title))
        ],
    }
    if release.budget_public:
        doc["budget"] = _budget(release)
    return doc


def open_data_json(release: Release, generated: datetime) -> bytes:
    """The document as UTF-8 JSON: indented by 2, keys sorted, a final newline."""
    text = json.dumps(open_data(release, generated), indent=2, ensure_ascii=False, sort_keys=True)
    return (text + "\n").encode("utf-8")
