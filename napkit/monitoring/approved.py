"""A plan's approved monitoring data, gathered once per change and shared.

``rebuild`` reads every approved value, activity status, spending figure and filing of a
plan in a handful of queries and stores them as one ``ApprovedData`` row; the services
that change what is approved (approve, reopen, rounds removed, data loaded) call it in
their own transaction, so the row never disagrees with the submissions. ``current`` reads
it back, parsed once per stamp in each process (a stamp is new at every rebuild, so a
process never serves an old one and never has to be told to forget it).
"""

from __future__ import annotations

from collections import defaultdict
from uuid import UUID, uuid4

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from napkit.core.monitoring import approved as core
from napkit.core.monitoring.progress import Observation, Status
from napkit.core.monitoring.rollup import Spending
from napkit.memo import Store
from napkit.monitoring.models import (
    ActivityReport,
    ApprovedData,
    IndicatorReport,
    ReportingRound,
    SpendingReport,
    Submission,
)
from napkit.monitoring.models import Status as SubmissionStatus
from napkit.plans.models import Plan

_parsed = Store(32)


def gather(record: Plan) -> core.Approved:
    """Everything approved for the plan, from the submissions (rows as plain values)."""
    where = {"submission__round__plan": record, "submission__status": SubmissionStatus.APPROVED}
    rounds = {
        r.pk: r
        for r in ReportingRound.objects.filter(
            plan=record, submissions__status=SubmissionStatus.APPROVED
        ).distinct()
    }
    observations: dict[str, list[Observation]] = defaultdict(list)
    for ind, rid, value, num, den, parts, rating, note in (
        IndicatorReport.objects.filter(**where)
        .order_by("submission__round__period_end", "submission__round__period_start", "pk")
        .values_list(
            "indicator",
            "submission__round_id",
            "value",
            "numerator",
            "denominator",
            "parts",
            "assessment",
            "note",
        )
    ):
        r = rounds[rid]
        observations[ind].append(
            Observation(
                r.period_start,
                r.period_end,
                value,
                num,
                den,
                parts=parts or {},
                assessment=Status(rating) if rating in Status._value2member_map_ else None,
                label=r.label,
                note=note,
            )
        )
    activities: dict[str, list[core.ActivityState]] = defaultdict(list)
    for act, rid, status, pct, note in (
        ActivityReport.objects.filter(**where)
        .exclude(status="")
        .values_list("activity", "submission__round_id", "status", "percent_complete", "note")
    ):
        r = rounds[rid]
        activities[act].append(
            core.ActivityState(act, r.period_start, r.period_end, r.label, status, pct, note)
        )
    spending = tuple(
        Spending(
            line, allocated, disbursed, spent, rounds[rid].period_start, rounds[rid].period_end
        )
        for line, rid, allocated, disbursed, spent in SpendingReport.objects.filter(
            **where
        ).values_list("budget_line", "submission__round_id", "allocated", "disbursed", "spent")
    )
    filings = tuple(
        core.Filing(
            rounds[rid].key,
            org,
            status,
            first.date() if first else None,
            approved.date() if approved else None,
        )
        for rid, org, status, first, approved in Submission.objects.filter(
            round__in=list(rounds)
        ).values_list("round_id", "organisation", "status", "first_submitted_at", "approved_at")
    )
    ordered = sorted(rounds.values(), key=lambda r: (r.period_end, r.period_start))
    return core.Approved(
        rounds=tuple(
            core.Round(r.key, r.label, r.period_start, r.period_end, r.deadline) for r in ordered
        ),
        observations=dict(observations),
        activities=dict(activities),
        spending=spending,
        filings=filings,
    )


def rebuild(record: Plan) -> core.Approved:
    """Gather and store the plan's approved data (call inside the changing transaction)."""
    approved = gather(record)
    ApprovedData.objects.update_or_create(
        plan=record,
        defaults={
            "stamp": uuid4(),
            "built_at": timezone.now(),
            "data": core.to_data(approved),
            "summary": core.summary_to_data(core.summarise(approved)),
        },
    )
    return approved


def stamp(record: Plan) -> UUID:
    """The stamp of the plan's approved data (gathered now if it never was)."""
    found = ApprovedData.objects.filter(plan=record).values_list("stamp", flat=True).first()
    if found is None:
        rebuild(record)
        return stamp(record)
    return found


def current(record: Plan) -> core.Approved:
    """The plan's approved data, parsed once per stamp in this process."""
    return read(record)[1]


def read(record: Plan) -> tuple[UUID, core.Approved]:
    """The plan's approved data with its stamp (what derived figures are kept under)."""
    key = stamp(record)

    def parse() -> core.Approved:
        data = ApprovedData.objects.filter(plan=record, stamp=key).values_list("data", flat=True)
        row = data.first()
        return core.from_data(row) if row is not None else gather(record)

    return key, _parsed.kept(key, parse)


def summary(record: Plan) -> core.Summary:
    """What the scorecard needs of the approved data, without reading the rest of it."""
    found = ApprovedData.objects.filter(plan=record).values_list("summary", "data").first()
    if found is None or (not found[0] and found[1]):  # never gathered, or kept before summaries
        return core.summarise(current(record))
    return core.summary_from_data(found[0])


@receiver(post_save, sender=Plan)
def _new_plan(sender: object, instance: Plan, created: bool, **kwargs: object) -> None:
    """A new plan starts with nothing approved (so no page has to gather it first)."""
    if created:
        nothing = core.Approved()
        ApprovedData.objects.create(
            plan=instance,
            data=core.to_data(nothing),
            summary=core.summary_to_data(core.summarise(nothing)),
        )
