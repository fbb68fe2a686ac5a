"""Named reads of monitoring data, each a fixed number of queries whatever the plan's size.

Only approved submissions count as data: drafts, submitted and returned values are the
reporters' work in progress.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.conf import settings

from napkit.core.monitoring.progress import Observation, Status, Thresholds
from napkit.core.monitoring.rollup import Spending
from napkit.core.plan import walk
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.scorecard import MonitoringFacts
from napkit.monitoring.models import (
    ActivityReport,
    IndicatorReport,
    ReportingRound,
    ShadowAssessment,
    SpendingReport,
    Submission,
)
from napkit.monitoring.models import Status as SubmissionStatus
from napkit.plans.models import Plan


def thresholds() -> Thresholds:
    """The progress thresholds set for this server (NAPKIT_ON_TRACK_WITHIN, …)."""
    return Thresholds(settings.PROGRESS_ON_TRACK_WITHIN, settings.PROGRESS_AT_RISK_WITHIN)


def rounds(record: Plan) -> list[ReportingRound]:
    return list(ReportingRound.objects.filter(plan=record))


def submissions(record: Plan) -> list[Submission]:
    return list(Submission.objects.filter(round__plan=record).select_related("round"))


def observations(record: Plan) -> dict[str, list[Observation]]:
    """Approved values by indicator id, one observation per round."""
    rows = IndicatorReport.objects.filter(
        submission__round__plan=record,
        submission__status=SubmissionStatus.APPROVED,
    ).select_related("submission__round")
    out: dict[str, list[Observation]] = defaultdict(list)
    for row in rows:
        r = row.submission.round
        assessment = Status(row.assessment) if row.assessment in Status._value2member_map_ else None
        out[row.indicator].append(
            Observation(
                r.period_start,
                r.period_end,
                row.value,
                row.numerator,
                row.denominator,
                parts=row.parts or {},
                assessment=assessment,
                label=r.label,
                note=row.note,
            )
        )
    return out


def spending(record: Plan) -> list[Spending]:
    rows = SpendingReport.objects.filter(
        submission__round__plan=record, submission__status=SubmissionStatus.APPROVED
    ).select_related("submission__round")
    return [
        Spending(
            r.budget_line,
            r.allocated,
            r.disbursed,
            r.spent,
            r.submission.round.period_start,
            r.submission.round.period_end,
        )
        for r in rows
    ]


def latest_activity_reports(record: Plan) -> dict[str, ActivityReport]:
    """Each activity's most recent approved report."""
    rows = (
        ActivityReport.objects.filter(
            submission__round__plan=record,
            submission__status=SubmissionStatus.APPROVED,
        )
        .select_related("submission__round")
        .order_by("submission__round__period_end")
    )
    return {r.activity: r for r in rows}


def facts(record: Plan, plan: CorePlan, today: date) -> MonitoringFacts:
    """What the scorecard learns from the monitoring cycle."""
    all_submissions = submissions(record)
    due = [s for s in all_submissions if s.round.deadline < today]
    on_time = [
        s
        for s in due
        if s.first_submitted_at is not None and s.first_submitted_at.date() <= s.round.deadline
    ]
    approved = [s for s in all_submissions if s.status == SubmissionStatus.APPROVED]
    latest_end = max((s.round.period_end for s in approved), default=None)
    current = (
        set(
            IndicatorReport.objects.filter(
                submission__in=[s for s in approved if s.round.period_end == latest_end],
            )
            .exclude(value=None)
            .values_list("indicator", flat=True)
        )
        if latest_end
        else set()
    )
    keys = [i.indicator.id for i in walk.indicators(plan)]
    money = spending(record)
    return MonitoringFacts(
        submissions_due=len(due),
        submissions_on_time=len(on_time),
        indicators_total=len(keys),
        indicators_with_current_data=len(current & set(keys)),
        allocated=sum((s.allocated or Decimal(0) for s in money), Decimal(0)) or None,
        disbursed=sum((s.disbursed or Decimal(0) for s in money), Decimal(0)) or None,
        spent=sum((s.spent or Decimal(0) for s in money), Decimal(0)) or None,
    )


def shadow_assessments(record: Plan, drafts: bool) -> list[ShadowAssessment]:
    """The plan's shadow assessments, newest period first (drafts only for their writers)."""
    found = ShadowAssessment.objects.filter(plan=record).prefetch_related("findings")
    if not drafts:
        found = found.filter(published_at__isnull=False)
    return list(found)


def shadow_defaults(record: Plan, plan: CorePlan, organisation: str | None) -> dict[str, object]:
    """A new assessment starts on the latest closed round's period, signed by the partner."""
    latest = (
        ReportingRound.objects.filter(plan=record, closed_at__isnull=False)
        .order_by("-period_end")
        .first()
    ) or ReportingRound.objects.filter(plan=record).order_by("-period_end").first()
    names = {o.id: o.name for o in plan.organisations}
    out: dict[str, object] = {"authors": names.get(organisation or "", "")}
    if latest is not None:
        out.update(period_start=latest.period_start, period_end=latest.period_end)
    return out
