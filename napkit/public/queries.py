"""Named reads for the public: published plans and their releases.

A release is the latest published version, with what its owners keep private removed
(napkit.core.publishing.release.disclosed), and approved monitoring data only. Everything public
(site, report, exports) reads through ``release``; nothing else reaches the public.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from django.db.models import Count, Max, OuterRef, Subquery

from napkit.core.monitoring.progress import Status
from napkit.core.plan import walk
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.publishing.release import (
    ActivityState,
    ComplianceRecord,
    Release,
    Round,
    ShadowAssessment,
    ShadowFinding,
    disclosed,
)
from napkit.monitoring import queries as monitoring
from napkit.monitoring.models import (
    ActivityReport,
    ReportingRound,
    Submission,
)
from napkit.monitoring.models import ShadowAssessment as ShadowRecord
from napkit.monitoring.models import Status as SubmissionStatus
from napkit.plans import editing
from napkit.plans.models import Plan, PlanVersion


def published_plans() -> list[Plan]:
    """Plans with at least one published version, each annotated with its latest number."""
    latest = PlanVersion.objects.filter(plan=OuterRef("pk")).order_by("-number")
    return list(
        Plan.objects.listed()
        .annotate(
            latest_version=Subquery(latest.values("number")[:1]),
            latest_published=Subquery(latest.values("published_at")[:1]),
        )
        .filter(latest_version__isnull=False)
    )


def published_record(key: str) -> tuple[Plan, PlanVersion] | None:
    record = Plan.objects.filter(key=key).first()
    version = PlanVersion.objects.latest_of(record) if record else None
    return None if record is None or version is None else (record, version)


def published_document(version: PlanVersion) -> CorePlan:
    """The version as published (undisclosed parts included: for the scorecard only)."""
    return editing.version_document(version)


def release(record: Plan, version: PlanVersion, today: date) -> Release:
    full = published_document(version)
    plan = disclosed(full)
    indicators = {i.indicator.id for i in walk.indicators(plan)}
    activities = {a.item.id for a in walk.activities(plan)}
    lines = {b.line.id for b in walk.budget_lines(plan)}
    approved_rounds = _approved_rounds(record)
    keys = {r.pk: r.key for r in approved_rounds}
    return Release(
        plan=plan,
        version=version.number,
        published=version.published_at.date(),
        as_of=today,
        rounds=tuple(
            Round(r.key, r.label, r.period_start, r.period_end, r.deadline)
            for r in sorted(approved_rounds, key=lambda r: (r.period_end, r.period_start))
        ),
        observations={k: v for k, v in monitoring.observations(record).items() if k in indicators},
        activities=_activity_states(record, activities),
        spending=tuple(s for s in monitoring.spending(record) if s.line in lines)
        if plan.budget.published
        else (),
        compliance=_compliance(record, keys, today),
        shadow=_shadow(record),
    )


def _approved_rounds(record: Plan) -> list[ReportingRound]:
    return list(
        ReportingRound.objects.filter(
            plan=record, submissions__status=SubmissionStatus.APPROVED
        ).distinct()
    )


def _activity_states(record: Plan, known: set[str]) -> dict[str, list[ActivityState]]:
    rows = ActivityReport.objects.filter(
        submission__round__plan=record,
        submission__status=SubmissionStatus.APPROVED,
        activity__in=known,
    ).select_related("submission__round")
    out: dict[str, list[ActivityState]] = defaultdict(list)
    for row in rows:
        if not row.status:
            continue
        r = row.submission.round
        out[row.activity].append(
            ActivityState(
                row.activity,
                r.period_start,
                r.period_end,
                r.label,
                row.status,
                row.percent_complete,
                row.note,
            )
        )
    return dict(out)


def _compliance(record: Plan, rounds: dict[int, str], today: date) -> tuple[ComplianceRecord, ...]:
    """Who reported, and when, for the rounds with approved data: process facts, no values."""
    found = Submission.objects.filter(round__plan=record, round__in=list(rounds)).select_related(
        "round"
    )
    out = []
    for s in found:
        submitted = s.first_submitted_at.date() if s.first_submitted_at else None
        due = s.round.deadline
        on_time = (submitted <= due) if submitted else (False if today > due else None)
        out.append(
            ComplianceRecord(
                rounds[s.round_id],
                s.organisation,
                s.status,
                submitted,
                s.approved_at.date() if s.approved_at else None,
                on_time,
            )
        )
    return tuple(sorted(out, key=lambda c: (c.round, c.organisation)))


def _shadow(record: Plan) -> tuple[ShadowAssessment, ...]:
    rows = ShadowRecord.objects.filter(plan=record, published_at__isnull=False).prefetch_related(
        "findings"
    )
    return tuple(
        ShadowAssessment(
            title=s.title,
            authors=tuple(a.strip() for a in s.authors.split(";") if a.strip()),
            start=s.period_start,
            end=s.period_end,
            published=s.published_at.date(),  # type: ignore[union-attr]
            summary=s.summary,
            url=s.url or None,
            findings=tuple(
                ShadowFinding(
                    f.text,
                    f.item or None,
                    Status(f.rating) if f.rating in Status._value2member_map_ else None,
                )
                for f in s.findings.all()
            ),
        )
        for s in rows
    )


def stamp(record: Plan) -> str:
    """Changes whenever what the public sees of the plan changes: a new version, a
    submission approved or reopened, a shadow assessment published or edited."""
    version = PlanVersion.objects.filter(plan=record).aggregate(
        n=Max("number"), at=Max("published_at")
    )
    approved = Submission.objects.filter(
        round__plan=record, status=SubmissionStatus.APPROVED
    ).aggregate(at=Max("approved_at"), n=Count("pk"))
    shadow = ShadowRecord.objects.filter(plan=record).aggregate(at=Max("updated"), n=Count("pk"))
    parts = (
        record.key,
        version["n"],
        version["at"],
        approved["at"],
        approved["n"],
        shadow["at"],
        shadow["n"],
    )
    return "|".join(str(p) for p in parts)
