"""Years of approved quarterly reporting for a generated plan (``napkit generate``).

Every organisation with something to report submits in every round, on time or a little
late, and the coordinator approves it; values follow the planned path (see ``synthetic``).
Rows are written in bulk, a round at a time, so a national plan's forty rounds load in
seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from napkit.core.monitoring.periods import fiscal_year_of
from napkit.core.monitoring.submissions import reporting_organisations
from napkit.monitoring import approved, synthetic
from napkit.monitoring.models import Event, ReportingRound, Status, Submission
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan
from napkit.plans.signals import public_changed


@dataclass(frozen=True)
class Quarter:
    start: date
    end: date


def quarters(first: date, count: int) -> list[Quarter]:
    out = []
    start = first
    for _ in range(count):
        month = start.month + 3
        nxt = date(start.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        out.append(Quarter(start, nxt - timedelta(days=1)))
        start = nxt
    return out


def _at(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(10)))


def load(record: Plan, rounds: int = 40) -> int:
    """Replace the plan's rounds with ``rounds`` approved quarters from the start of its
    period; returns the number of submissions."""
    plan = plan_queries.working_copy(record)
    assert plan.metadata.period is not None
    organisations = reporting_organisations(plan)
    fy_month = plan.monitoring.fiscal_year_start
    made = 0
    with transaction.atomic():
        ReportingRound.objects.filter(plan=record).delete()
        for n, q in enumerate(quarters(plan.metadata.period.start, rounds), start=1):
            fiscal = fiscal_year_of(q.end, fy_month)
            last_quarter = fiscal.end == q.end
            spends = f"{fiscal.start.year}-{str(fiscal.start.year + 1)[2:]}"
            deadline = q.end + timedelta(days=30)
            round_ = ReportingRound.objects.create(
                plan=record,
                key=f"q{n}-{q.start:%Y-%m}",
                label=f"Q{(n - 1) % 4 + 1} {fiscal.label}",
                frequency="quarterly",
                period_start=q.start,
                period_end=q.end,
                opens=q.end + timedelta(days=1),
                deadline=deadline,
                closed_at=_at(deadline + timedelta(days=20)),
            )
            subs = Submission.objects.bulk_create(
                Submission(
                    round=round_,
                    organisation=org,
                    status=Status.APPROVED,
                    version=4,
                    first_submitted_at=_at(deadline - timedelta(days=3 - i % 5)),
                    submitted_at=_at(deadline - timedelta(days=3 - i % 5)),
                    approved_at=_at(deadline + timedelta(days=10)),
                )
                for i, org in enumerate(organisations)
            )
            events = []
            for sub in subs:
                synthetic.fill(sub, plan, q, set(), spends if last_quarter else None)
                for action, day in (
                    ("created", round_.opens),
                    ("submitted", sub.submitted_at.date() if sub.submitted_at else deadline),
                    ("approved", deadline + timedelta(days=10)),
                ):
                    events.append(Event(submission=sub, action=action, username="", at=_at(day)))
            Event.objects.bulk_create(events)
            made += len(subs)
        approved.rebuild(record)
        public_changed.send("monitoring", record=record)
    return made
