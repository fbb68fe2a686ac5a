"""Demo monitoring data: two completed rounds and one open round for the demo plan.

Values follow each indicator's planned path with a steady, per-indicator deviation (some
ahead, some behind, a few well off track), so the dashboards show a realistic mix. Some
submissions came in late, one was returned and corrected, one is returned now, and one
breakdown does not add up (a data-quality warning to see).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from napkit.core.monitoring.progress import Status as Rating
from napkit.core.monitoring.progress import baseline_of, expected_at, trajectory
from napkit.core.monitoring.submissions import coverage, reporting_organisations
from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Aggregation, Measure
from napkit.monitoring.models import (
    ActivityReport,
    ActivityStatus,
    Event,
    IndicatorReport,
    ReportingRound,
    ShadowAssessment,
    ShadowFinding,
    SpendingReport,
    Status,
    Submission,
)
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan


@dataclass(frozen=True)
class RoundSpec:
    label: str
    start: date
    end: date
    opens: date
    deadline: date
    state: str  # "done", "reviewing", "open"


ROUNDS = (
    RoundSpec(
        "FY 2025-26",
        date(2025, 4, 1),
        date(2026, 3, 31),
        date(2026, 4, 1),
        date(2026, 5, 31),
        "done",
    ),
    RoundSpec(
        "H1 FY 2026-27",
        date(2026, 4, 1),
        date(2026, 9, 30),
        date(2026, 10, 1),
        date(2026, 10, 31),
        "reviewing",
    ),
    RoundSpec(
        "H2 FY 2026-27",
        date(2026, 10, 1),
        date(2027, 3, 31),
        date(2026, 11, 15),
        date(2027, 4, 30),
        "open",
    ),
)
NARRATIVES = (
    "Draft reviewed by the inter-ministerial working group; consultation with the women's "
    "peace network held in the provinces.",
    "Bill tabled in the National Assembly after cabinet approval; committee hearings scheduled.",
)


def _wobble(key: str) -> float:
    """A steady factor per indicator between 0.55 and 1.25: most near plan, some behind."""
    digest = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return 0.55 + 0.7 * digest


def _at(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _value(indicator: core.Indicator, plan: core.Plan, spec: RoundSpec) -> object:
    factor = _wobble(indicator.id)
    points = trajectory(indicator, plan, [])
    base = baseline_of(indicator, []) or 0.0
    if indicator.measure is Measure.NARRATIVE:
        return NARRATIVES[int(factor * 10) % len(NARRATIVES)]
    if indicator.measure is Measure.YES_NO:
        return spec.end >= date(2026, 1, 1) and factor > 0.8
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


def _parts(
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
        n = len(dim.categories)
        weights = [0.6] + [0.4 / (n - 1)] * (n - 1) if n > 1 else [1.0]
        shares = [round(value * w) for w in weights]
        shares[-1] = value - sum(shares[:-1])
        if broken:
            shares[-1] -= 2  # the deliberate data-quality warning
        out[dim_id] = {c.id: float(s) for c, s in zip(dim.categories, shares, strict=True)}
    return out


def _activity_status(activity: core.Activity, spec: RoundSpec) -> tuple[str, int]:
    factor = _wobble(activity.id)
    if activity.start and activity.start > spec.end:
        return ActivityStatus.NOT_STARTED, 0
    if activity.end and activity.end <= spec.end:
        return (ActivityStatus.COMPLETED, 100) if factor > 0.6 else (ActivityStatus.DELAYED, 80)
    start, end = activity.start or spec.start, activity.end or date(2029, 12, 31)
    share = (spec.end - start).days / max((end - start).days, 1)
    percent = max(0, min(95, round(100 * share * factor)))
    return (ActivityStatus.ON_TRACK if factor > 0.7 else ActivityStatus.DELAYED), percent


def _fill(submission: Submission, plan: core.Plan, spec: RoundSpec, broken: set[str]) -> None:
    covered = coverage(plan, submission.organisation)
    rows = []
    for indicator in covered.indicators:
        value = _value(indicator, plan, spec)
        row = IndicatorReport(
            submission=submission,
            indicator=indicator.id,
            value=value,
            parts=_parts(indicator, plan, value, indicator.id in broken),
            note="Administrative records of the ministry",
        )
        if indicator.measure is Measure.NARRATIVE:
            row.assessment = Rating.ON_TRACK if _wobble(indicator.id) > 0.7 else Rating.AT_RISK
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
        for status, pct in [_activity_status(a, spec)]
    )
    fiscal = f"{spec.start.year}-{str(spec.start.year + 1)[2:]}"
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
                * Decimal(str(round(0.5 + 0.45 * (_wobble(b.id) - 0.55) / 0.7, 2)))
            ).quantize(Decimal("0.01")),
        )
        for b in covered.budget_lines
        if b.amount is not None and b.fiscal_year == fiscal and spec.state != "open"
    )


def _events(submission: Submission, steps: list[tuple[str, datetime, str, str]]) -> None:
    for action, at, who, reason in steps:
        event = Event.objects.create(
            submission=submission, action=action, username=who, reason=reason
        )
        Event.objects.filter(pk=event.pk).update(at=at)


def load(key: str = "valdoria-nap-2025") -> int:
    """Replace the plan's rounds with the demo's; returns the number of submissions."""
    record = Plan.objects.get(key=key)
    plan = plan_queries.working_copy(record)
    organisations = reporting_organisations(plan)
    broken = {
        next(
            (
                i.indicator.id
                for i in walk.indicators(plan)
                if i.indicator.measure is Measure.NUMBER and "sex" in i.indicator.disaggregation
            ),
            "",
        )
    }
    user = get_user_model().objects.filter(username="coordinator").first()
    made = 0
    with transaction.atomic():
        ReportingRound.objects.filter(plan=record).delete()
        for spec in ROUNDS:
            round_ = ReportingRound.objects.create(
                plan=record,
                key=spec.label.lower().replace(" ", "-"),
                label=spec.label,
                frequency="annual" if spec.label.startswith("FY") else "semi_annual",
                period_start=spec.start,
                period_end=spec.end,
                opens=spec.opens,
                deadline=spec.deadline,
                created_by=user,
                closed_at=_at(spec.deadline + timedelta(days=45)) if spec.state == "done" else None,
            )
            for index, organisation in enumerate(organisations):
                made += 1
                _submission(round_, organisation, index, spec, plan, broken)
        _shadow(record)
    return made


SHADOW_SUMMARY = """\
The first year of NAP III brought real movement on participation: the mediator roster
grew, and women now make up a larger share of the delegations Valdoria supports. We
welcome the Coordination Council's decision to publish its minutes.

Protection and relief lag behind. Legal aid for survivors reached fewer people than
planned, the provinces of Nordmark and Sudvale have no funded shelter places yet, and the
reparations bill has not been tabled. The budget for survivors' services was disbursed
late in the fiscal year, so little of it was spent.

We ask the Government to fund the provincial shelters in the 2026-27 budget law, to table
the reparations bill before the mid-term review, and to report spending per activity."""

SHADOW_FINDINGS = (
    ("", "at_risk", "Participation is on course; protection and relief are not."),
    ("SO1", "on_track", "Women's share of supported delegations rose, as the plan intended."),
    (
        "SO3",
        "off_track",
        "Legal aid and shelters do not reach survivors outside the capital district.",
    ),
    ("SO4", "at_risk", "Funding for refugee women's organisations arrived in the last quarter."),
)


def _shadow(record: Plan) -> None:
    """The Women's Peace Network's published assessment of the first fiscal year."""
    ShadowAssessment.objects.filter(plan=record).delete()
    found = ShadowAssessment.objects.create(
        plan=record,
        title="Shadow report on NAP III, year one (FY 2025-26)",
        authors="Valdorian Women's Peace Network; Juris Femina - Legal Aid Centre for Women",
        period_start=ROUNDS[0].start,
        period_end=ROUNDS[0].end,
        summary=SHADOW_SUMMARY,
        url="https://vwpn.example/reports/shadow-report-nap3-year1.pdf",
        published_at=_at(date(2026, 10, 5)),
    )
    for order, (item, rating, text) in enumerate(SHADOW_FINDINGS):
        ShadowFinding.objects.create(
            assessment=found, item=item, rating=rating, text=text, order=order
        )


def _submission(
    round_: ReportingRound,
    organisation: str,
    index: int,
    spec: RoundSpec,
    plan: core.Plan,
    broken: set[str],
) -> None:
    late = index % 4 == 3
    sent = spec.deadline + timedelta(days=9) if late else spec.deadline - timedelta(days=6)
    focal = f"focal.{organisation}"
    steps: list[tuple[str, datetime, str, str]] = [("created", _at(spec.opens, 8), "", "")]
    submission = Submission.objects.create(round=round_, organisation=organisation)
    if spec.state == "open":
        if index % 3 == 0:
            _fill(submission, plan, spec, set())
            steps.append(("saved", _at(spec.opens + timedelta(days=5)), focal, ""))
        _events(submission, steps)
        return
    _fill(submission, plan, spec, broken)
    steps += [
        ("saved", _at(sent - timedelta(days=2)), focal, ""),
        ("submitted", _at(sent), focal, ""),
    ]
    status = Status.APPROVED
    if spec.state == "done" and index == 1:
        steps += [
            (
                "returned",
                _at(sent + timedelta(days=3)),
                "coordinator",
                "Please add the sex breakdown and the source of the police figures.",
            ),
            ("saved", _at(sent + timedelta(days=6)), focal, ""),
            ("resubmitted", _at(sent + timedelta(days=7)), focal, ""),
        ]
    if spec.state == "reviewing" and index == 2:
        status = Status.RETURNED
        steps.append(
            (
                "returned",
                _at(sent + timedelta(days=4)),
                "coordinator",
                "The spending figures exceed the allocation for two budget lines; "
                "please check them against the ministry's accounts.",
            )
        )
    elif spec.state == "reviewing" and late:
        status = Status.SUBMITTED
    else:
        steps.append(("approved", _at(sent + timedelta(days=12)), "coordinator", ""))
    Submission.objects.filter(pk=submission.pk).update(
        status=status,
        first_submitted_at=_at(sent),
        submitted_at=_at(sent),
        approved_at=_at(sent + timedelta(days=12)) if status == Status.APPROVED else None,
        version=len(steps),
    )
    _events(submission, steps)
