"""Monitoring data that looks real: values that follow each indicator's planned path with a
steady, per-indicator deviation (some ahead, some behind, a few well off track), activity
status from the activity's dates, and spending that follows disbursement. The demo and the
scale generator both fill submissions with it.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from napkit.core.monitoring.progress import Status as Rating
from napkit.core.monitoring.progress import baseline_of, expected_at, trajectory
from napkit.core.monitoring.submissions import coverage
from napkit.core.plan import model as core
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Aggregation, Measure
from napkit.monitoring.models import (
    ActivityReport,
    ActivityStatus,
    IndicatorReport,
    SpendingReport,
    Submission,
)


class Span(Protocol):
    """The period a round covers."""

    @property
    def start(self) -> date: ...

    @property
    def end(self) -> date: ...


NARRATIVES = (
    "Draft reviewed by the inter-ministerial working group; consultation with the women's "
    "peace network held in the provinces.",
    "Bill tabled in the National Assembly after cabinet approval; committee hearings scheduled.",
)


def wobble(key: str) -> float:
    """A steady factor per indicator between 0.55 and 1.25: most near plan, some behind."""
    digest = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return 0.55 + 0.7 * digest


def value_for(indicator: core.Indicator, plan: core.Plan, spec: Span) -> object:
    factor = wobble(indicator.id)
    points = trajectory(indicator, plan, [])
    base = baseline_of(indicator, []) or 0.0
    if indicator.measure is Measure.NARRATIVE:
        return NARRATIVES[int(factor * 10) % len(NARRATIVES)]
    if indicator.measure is Measure.YES_NO:
        return spec.end >= (plan.metadata.period.start if plan.metadata.period else spec.end) and (
            factor > 0.8
        )
    expected = expected_at(points, spec.end)
    if expected is None:
        return None
    if indicator.measure is Measure.ORDINAL:
        level = base + (expected - base) * factor
        return indicator.scale[max(0, min(len(indicator.scale) - 1, round(level)))]
    if indicator.aggregation is Aggregation.CUMULATIVE:
        before = expected_at(points, spec.start - timedelta(days=1)) or base
        value = max(0.0, (expected - before) * factor)
    else:
        value = base + (expected - base) * factor
    if indicator.measure is Measure.PERCENTAGE:
        return round(max(0.0, min(100.0, value)), 1)
    return round(max(0.0, value))


# Plausible shares of the built-in dimensions' categories: most people a WPS plan reaches are
# adults of working age, few are children or over 65 (443 of 738 legal-aid survivors "under
# 18" was not). A plan's own dimensions get 60% in their first category, the rest evenly.
SHARES: dict[str, dict[str, float]] = {
    "age_band": {"under_18": 0.08, "18_29": 0.32, "30_44": 0.34, "45_64": 0.21, "65_plus": 0.05},
}


def _weights(dim_id: str, categories: list[str]) -> list[float]:
    known = SHARES.get(dim_id, {})
    if categories and all(c in known for c in categories):
        total = sum(known[c] for c in categories)
        return [known[c] / total for c in categories]
    n = len(categories)
    return [0.6] + [0.4 / (n - 1)] * (n - 1) if n > 1 else [1.0]


def parts_for(
    indicator: core.Indicator, plan: core.Plan, value: object, broken: bool
) -> dict[str, dict[str, float]]:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return {}
    if indicator.measure is not Measure.NUMBER:
        return {}
    dims = dimensions(plan)
    out: dict[str, dict[str, float]] = {}
    for dim_id in indicator.disaggregation:
        dim = dims.get(dim_id)
        if dim is None or not dim.categories:
            continue
        weights = _weights(dim_id, [c.id for c in dim.categories])
        # Whole people, never fewer than none, adding up to the total: each category gets the
        # whole part of its share, and what is left goes to the largest remainders.
        raw = [value * w for w in weights]
        shares = [int(r) for r in raw]
        left = round(value) - sum(shares)
        for i in sorted(range(len(raw)), key=lambda i: raw[i] - shares[i], reverse=True)[:left]:
            shares[i] += 1
        if broken:  # the deliberate data-quality warning: the largest part off by two
            largest = shares.index(max(shares))
            shares[largest] += -2 if shares[largest] >= 2 else 2
        out[dim_id] = {c.id: float(s) for c, s in zip(dim.categories, shares, strict=True)}
    return out


def activity_status(activity: core.Activity, spec: Span) -> tuple[str, int]:
    factor = wobble(activity.id)
    if activity.start and activity.start > spec.end:
        return ActivityStatus.NOT_STARTED, 0
    if activity.end and activity.end <= spec.end:
        return (ActivityStatus.COMPLETED, 100) if factor > 0.6 else (ActivityStatus.DELAYED, 80)
    start, end = activity.start or spec.start, activity.end or date(2029, 12, 31)
    share = (spec.end - start).days / max((end - start).days, 1)
    percent = max(0, min(95, round(100 * share * factor)))
    return (ActivityStatus.ON_TRACK if factor > 0.7 else ActivityStatus.DELAYED), percent


def fill(
    submission: Submission, plan: core.Plan, spec: Span, broken: set[str], spends: str | None
) -> None:
    """Values, activity status and (for budget lines of fiscal year ``spends``) spending
    for everything the submission's organisation reports."""
    covered = coverage(plan, submission.organisation)
    rows = []
    for indicator in covered.indicators:
        value = value_for(indicator, plan, spec)
        row = IndicatorReport(
            submission=submission,
            indicator=indicator.id,
            value=value,
            parts=parts_for(indicator, plan, value, indicator.id in broken),
            note="Administrative records of the ministry",
        )
        if indicator.measure is Measure.NARRATIVE:
            row.assessment = Rating.ON_TRACK if wobble(indicator.id) > 0.7 else Rating.AT_RISK
        if indicator.measure is Measure.PERCENTAGE and isinstance(value, float | int):
            row.denominator = 200.0
            row.numerator = round(2 * float(value), 1)
        rows.append(row)
    IndicatorReport.objects.bulk_create(rows)
    ActivityReport.objects.bulk_create(
        ActivityReport(
            submission=submission,
            activity=a.id,
            status=status,
            percent_complete=pct,
            note="Implemented with the support of partners." if pct else "",
        )
        for a in covered.activities
        for status, pct in [activity_status(a, spec)]
    )
    SpendingReport.objects.bulk_create(
        SpendingReport(
            submission=submission,
            budget_line=b.id,
            currency=b.currency or "EUR",
            allocated=b.amount,
            disbursed=(b.amount * Decimal("0.9")).quantize(Decimal("0.01")),
            # Spending follows disbursement: between half and nearly all of what arrived
            # (_wobble runs from 0.55 to 1.25; scaled here to 0.5–0.95).
            spent=(
                b.amount
                * Decimal("0.9")
                * Decimal(str(round(0.5 + 0.45 * (wobble(b.id) - 0.55) / 0.7, 2)))
            ).quantize(Decimal("0.01")),
        )
        for b in covered.budget_lines
        if b.amount is not None and spends is not None and b.fiscal_year == spends
    )
