"""Named reads of monitoring data, each a fixed number of queries whatever the plan's size.

Only approved submissions count as data: drafts, submitted and returned values are the
reporters' work in progress.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db.models import Count, F, Q

from napkit.core.monitoring.approved import Round
from napkit.core.monitoring.progress import (
    History,
    IndicatorProgress,
    Observation,
    Status,
    Thresholds,
)
from napkit.core.monitoring.rollup import ExecutionReport, PlanRollup, Spending, execution, rollup
from napkit.core.plan import walk
from napkit.core.plan.create import EndValue
from napkit.core.plan.index import index
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.plan.vocabulary import Measure
from napkit.core.publishing.release import Release
from napkit.core.publishing.standing import all_progress
from napkit.core.scorecard import Assessment, MonitoringFacts, assess
from napkit.memo import Store
from napkit.monitoring import approved
from napkit.monitoring.models import (
    EDITABLE,
    IndicatorReport,
    ReportingRound,
    ShadowAssessment,
    Submission,
)
from napkit.monitoring.models import Status as SubmissionStatus
from napkit.plans.models import Plan


def thresholds() -> Thresholds:
    """The progress thresholds set for this server (NAPKIT_ON_TRACK_WITHIN, …)."""
    return Thresholds(settings.PROGRESS_ON_TRACK_WITHIN, settings.PROGRESS_AT_RISK_WITHIN)


def rounds(record: Plan) -> list[ReportingRound]:
    return list(ReportingRound.objects.filter(plan=record))


@dataclass(frozen=True)
class RoundSummary:
    round: ReportingRound
    submissions: int
    approved: int
    late: int


def round_summaries(record: Plan, today: date, limit: int | None = None) -> list[RoundSummary]:
    """Each round with how many submissions it has, how many are approved and how many are
    late (not sent by the deadline, or sent after it): counted by the database, newest
    first, open rounds before closed ones."""
    late = Q(submissions__first_submitted_at__isnull=True, deadline__lt=today) | Q(
        submissions__first_submitted_at__date__gt=F("deadline")
    )
    found = (
        ReportingRound.objects.filter(plan=record)
        .annotate(
            total=Count("submissions"),
            done=Count("submissions", filter=Q(submissions__status=SubmissionStatus.APPROVED)),
            behind=Count("submissions", filter=late),
        )
        .order_by(F("closed_at").desc(nulls_first=True), "-period_end", "key")
    )
    rows = found if limit is None else found[:limit]
    return [RoundSummary(r, r.total, r.done, r.behind) for r in rows]  # type: ignore[attr-defined]


def rounds_count(record: Plan) -> int:
    return ReportingRound.objects.filter(plan=record).count()


def due_from(record: Plan, organisation: str) -> list[Submission]:
    """The organisation's submissions still to fill in or fix, oldest deadline first."""
    return list(
        Submission.objects.filter(
            round__plan=record, organisation=organisation, status__in=EDITABLE
        )
        .select_related("round")
        .order_by("round__deadline")
    )


def submissions(record: Plan) -> list[Submission]:
    return list(Submission.objects.filter(round__plan=record).select_related("round"))


def observations(record: Plan) -> Mapping[str, list[Observation]]:
    """Approved values by indicator id, one observation per round (the stored approved
    data, see ``napkit.monitoring.approved``)."""
    return approved.current(record).observations


def observations_of(record: Plan, indicator: str) -> list[Observation]:
    """One indicator's approved values, read on their own (an indexed query)."""
    rows = (
        IndicatorReport.objects.filter(
            indicator=indicator,
            submission__round__plan=record,
            submission__status=SubmissionStatus.APPROVED,
        )
        .order_by("submission__round__period_end", "pk")
        .values_list(
            "submission__round__period_start",
            "submission__round__period_end",
            "submission__round__label",
            "value",
            "numerator",
            "denominator",
            "parts",
            "assessment",
            "note",
        )
    )
    return [
        Observation(
            start,
            end,
            value,
            numerator,
            denominator,
            parts=parts or {},
            assessment=Status(rating) if rating in Status._value2member_map_ else None,
            label=label,
            note=note,
        )
        for start, end, label, value, numerator, denominator, parts, rating, note in rows
    ]


@dataclass(frozen=True)
class Standing:
    """Where the working copy stands on a day, by its approved data."""

    progress: dict[str, IndicatorProgress]
    rolled: PlanRollup
    money: ExecutionReport


_standings = Store(32)


def standing(record: Plan, plan: CorePlan, today: date, part: str | None = None) -> Standing:
    """Every indicator's progress, the roll-up and budget execution of the working copy (or
    of the ``part`` of it one organisation reads, given as ``plan``), worked out once per
    (working copy, part, approved data, day) in this process."""
    stamp, data = approved.read(record)

    def make() -> Standing:
        found = all_progress(plan, data.observations, today, thresholds())
        return Standing(found, rollup(plan, found), execution(plan, list(data.spending)))

    return _standings.kept((record.revision, part, stamp, today, thresholds()), make)


def working_release(
    record: Plan, plan: CorePlan, observations: Mapping[str, list[Observation]], today: date
) -> Release:
    """The working copy with (some of) its approved data, shaped as a release: how the
    workspace shows an indicator exactly as the public site will once it is published."""
    rounds = ReportingRound.objects.filter(
        plan=record, submissions__status=SubmissionStatus.APPROVED
    ).distinct()
    return Release(
        plan=plan,
        version=0,
        published=today,
        as_of=today,
        rounds=tuple(
            Round(r.key, r.label, r.period_start, r.period_end, r.deadline)
            for r in sorted(rounds, key=lambda r: (r.period_end, r.period_start))
        ),
        observations=observations,
    )


def spending(record: Plan) -> list[Spending]:
    return list(approved.current(record).spending)


def facts(record: Plan, plan: CorePlan, today: date) -> MonitoringFacts:
    """What the scorecard learns from the monitoring cycle."""
    filed = Submission.objects.filter(round__plan=record).values_list(
        "round__deadline", "first_submitted_at"
    )
    due = [(deadline, sent) for deadline, sent in filed if deadline < today]
    on_time = [1 for deadline, sent in due if sent is not None and sent.date() <= deadline]
    found = approved.summary(record)
    keys = index(plan).indicator_refs.keys()
    return MonitoringFacts(
        rounds=ReportingRound.objects.filter(plan=record).count(),
        submissions_due=len(due),
        submissions_on_time=len(on_time),
        indicators_total=len(index(plan).indicators),
        indicators_with_current_data=len(found.current & keys),
        allocated=found.allocated,
        disbursed=found.disbursed,
        spent=found.spent,
    )


def assessment(plan: CorePlan, as_of: date, record: Plan | None = None) -> Assessment:
    """The plan's scorecard as of a date, with what its monitoring cycle has shown (rounds
    on time, current data, spending) when the stored plan is given."""
    if record is None:
        return assess(plan, as_of)
    return assess(plan, as_of, facts(record, plan, as_of))


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


def end_values(record: Plan, plan: CorePlan) -> dict[str, EndValue]:
    """Each indicator's value at its last approved period: what a next edition may take as
    its new baseline. Numbers are the plan-period actual (a running total for a cumulative
    indicator, a ratio of sums for a percentage); other measures their last reported value."""
    found = approved.current(record).observations
    out: dict[str, EndValue] = {}
    start = plan.metadata.period.start if plan.metadata.period else date.min
    for ref in walk.indicators(plan):
        observed = found.get(ref.indicator.id) or []
        if not observed:
            continue
        last = max(observed, key=lambda o: (o.end, o.start))
        value: object = last.value
        if ref.indicator.measure in (Measure.NUMBER, Measure.PERCENTAGE):
            actual = History(ref.indicator, observed).actual(start, last.end)
            if actual is None or not isinstance(actual.value, int | float):
                continue
            value = round(actual.value, 2)
        if value is None:
            continue
        out[ref.indicator.id] = EndValue(value, last.end, last.label)  # type: ignore[arg-type]
    return out
