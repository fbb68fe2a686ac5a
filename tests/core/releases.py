"""A public release of the demo plan built without a database, for tests of the exports and
the report: two approved reporting periods with values (disaggregated where the indicator
asks for it), activity states, spending, reporting compliance and a shadow assessment."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from napkit.core.monitoring.approved import ActivityState, ComplianceRecord, Round
from napkit.core.monitoring.progress import (
    Observation,
    Status,
    baseline_of,
    expected_at,
    trajectory,
)
from napkit.core.monitoring.rollup import Spending
from napkit.core.monitoring.submissions import reporting_organisations
from napkit.core.plan import walk
from napkit.core.plan.model import Indicator, Plan
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Aggregation, Measure
from napkit.core.publishing.release import Release, ShadowAssessment, ShadowFinding

ROUNDS = (
    Round("fy-2025-26", "FY 2025-26", date(2025, 4, 1), date(2026, 3, 31), date(2026, 5, 31)),
    Round(
        "h1-fy-2026-27", "H1 FY 2026-27", date(2026, 4, 1), date(2026, 9, 30), date(2026, 10, 31)
    ),
)


def _value(indicator: Indicator, plan: Plan, r: Round, share: float) -> object:
    if indicator.measure is Measure.NARRATIVE:
        return f"Progress reported for {r.label}: the draft was reviewed with civil society."
    if indicator.measure is Measure.YES_NO:
        return r.end.year >= 2026
    points = trajectory(indicator, plan, [])
    base = baseline_of(indicator, []) or 0.0
    expected = expected_at(points, r.end)
    if expected is None:
        return None
    if indicator.measure is Measure.ORDINAL:
        level = round(base + (expected - base) * share)
        return indicator.scale[max(0, min(len(indicator.scale) - 1, level))]
    if indicator.aggregation is Aggregation.CUMULATIVE:
        before = expected_at(points, r.start) or base
        return round(max(0.0, (expected - before) * share))
    value = base + (expected - base) * share
    if indicator.measure is Measure.PERCENTAGE:
        return round(max(0.0, min(100.0, value)), 1)
    return round(max(0.0, value))


def _parts(indicator: Indicator, plan: Plan, value: object) -> dict[str, dict[str, float]]:
    if indicator.measure is not Measure.NUMBER or not isinstance(value, int | float):
        return {}
    known = dimensions(plan)
    out: dict[str, dict[str, float]] = {}
    for key in indicator.disaggregation:
        dimension = known.get(key)
        if dimension is None or not dimension.categories:
            continue
        cats = [c.id for c in dimension.categories]
        first = round(value * 0.6)
        rest = value - first
        shares = [first] + [rest // (len(cats) - 1)] * (len(cats) - 1) if len(cats) > 1 else [value]
        shares[-1] += value - sum(shares)
        out[key] = {c: float(s) for c, s in zip(cats, shares, strict=True)}
    return out


def demo_release(plan: Plan, share: float = 0.9) -> Release:
    observations: dict[str, list[Observation]] = {}
    for ref in walk.indicators(plan):
        found = []
        for r in ROUNDS:
            value = _value(ref.indicator, plan, r, share)
            if value is None:
                continue
            found.append(
                Observation(
                    r.start,
                    r.end,
                    value,
                    parts=_parts(ref.indicator, plan, value),
                    assessment=Status.ON_TRACK
                    if ref.indicator.measure is Measure.NARRATIVE
                    else None,
                    label=r.label,
                    note=f"Source: {ref.indicator.source or 'ministry records'}.",
                )
            )
        observations[ref.indicator.id] = found
    activities = {
        ref.item.id: [
            ActivityState(
                ref.item.id,
                r.start,
                r.end,
                r.label,
                "completed" if i % 5 == 0 else "delayed" if i % 7 == 0 else "on_track",
                100 if i % 5 == 0 else 40,
                "",
            )
            for r in ROUNDS
        ]
        for i, ref in enumerate(walk.activities(plan))
    }
    spending = tuple(
        Spending(
            ref.line.id,
            ref.line.amount,
            (ref.line.amount or Decimal(0)) * Decimal("0.8"),
            (ref.line.amount or Decimal(0)) * Decimal("0.6"),
            ROUNDS[0].start,
            ROUNDS[0].end,
        )
        for ref in walk.budget_lines(plan)
        if ref.line.amount is not None and ref.line.fiscal_year == "2025-26"
    )
    compliance = tuple(
        ComplianceRecord(
            r.key,
            org,
            "approved",
            r.deadline.replace(day=20),
            r.deadline.replace(day=28),
            i % 4 != 3,
        )
        for r in ROUNDS
        for i, org in enumerate(reporting_organisations(plan))
    )
    shadow = (
        ShadowAssessment(
            title="Civil-society shadow report on NAP III, first year",
            authors=("Women's Peace Network",),
            start=ROUNDS[0].start,
            end=ROUNDS[0].end,
            published=date(2026, 7, 15),
            summary="Participation targets moved; services for survivors lag behind.",
            url="https://wpn.example/shadow-2026.pdf",
            findings=(
                ShadowFinding(
                    "Funding for survivors' services arrived late.",
                    plan.objectives[0].id,
                    Status.AT_RISK,
                ),
            ),
        ),
    )
    return Release(
        plan=plan,
        version=1,
        published=date(2025, 3, 10),
        as_of=date(2026, 11, 26),
        rounds=ROUNDS,
        observations=observations,
        activities=activities,
        spending=spending,
        compliance=compliance,
        shadow=shadow,
    )
