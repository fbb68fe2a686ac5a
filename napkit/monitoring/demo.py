"""Demo monitoring data: two completed rounds and one open round for the demo plan.

Values follow each indicator's planned path with a steady, per-indicator deviation (some
ahead, some behind, a few well off track), so the dashboards show a realistic mix. Some
submissions came in late, one was returned and corrected, one is returned now, and one
breakdown does not add up (a data-quality warning to see).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from napkit.core.monitoring.submissions import reporting_organisations
from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.plan.vocabulary import Measure
from napkit.monitoring import approved, synthetic
from napkit.monitoring.models import (
    Event,
    ReportingRound,
    ShadowAssessment,
    ShadowFinding,
    Status,
    Submission,
)
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan
from napkit.plans.signals import public_changed


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


def _at(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _fiscal(spec: RoundSpec) -> str:
    return f"{spec.start.year}-{str(spec.start.year + 1)[2:]}"


def _events(submission: Submission, steps: list[tuple[str, datetime, str, str]]) -> None:
    for action, at, who, reason in steps:
        Event.objects.create(
            submission=submission, action=action, username=who, reason=reason, at=at
        )


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
        approved.rebuild(record)
        public_changed.send("monitoring", record=record)
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
            synthetic.fill(submission, plan, spec, set(), None)
            steps.append(("saved", _at(spec.opens + timedelta(days=5)), focal, ""))
        _events(submission, steps)
        return
    synthetic.fill(submission, plan, spec, broken, None if spec.state == "open" else _fiscal(spec))
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
