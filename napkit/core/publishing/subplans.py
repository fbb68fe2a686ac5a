"""Sub-plans rolled up into their parent: how each provincial, local or departmental plan
stands, and the sum of them, for the parent's dashboard, public site and annual report.

A sub-plan is its own plan with its own results, indicators and budget; what rolls up is
where it stands, from its published release (what the public may see of it): its progress
from baselines to targets, its indicators by status, its activities by state and its
budget execution. Totals count every indicator and activity once; the progress of all
sub-plans together is the mean of theirs weighted by the indicators each has data for, so
a sub-plan with two indicators does not weigh as much as one with forty.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from napkit.core.monitoring.progress import Status
from napkit.core.monitoring.rollup import Execution
from napkit.core.publishing.release import Release
from napkit.core.publishing.standing import ACTIVITY_STATES, Standing


@dataclass(frozen=True)
class SubPlan:
    key: str
    title: str
    kind: str
    region: str | None
    start: date | None
    end: date | None
    version: int
    as_of: date
    progress: float | None
    statuses: dict[Status, int]
    activities: dict[str, int]  # by latest state, 'unreported' included
    money: tuple[Execution, ...] | None  # None when the sub-plan does not publish its budget

    @property
    def indicators(self) -> int:
        return sum(self.statuses.values())

    @property
    def measured(self) -> int:
        """Indicators with data: what its progress is the mean of."""
        return self.indicators - self.statuses.get(Status.NO_DATA, 0)

    @property
    def activity_total(self) -> int:
        return sum(self.activities.values())


@dataclass(frozen=True)
class SubPlans:
    plans: list[SubPlan]
    progress: float | None = None
    statuses: dict[Status, int] = field(default_factory=dict)
    activities: dict[str, int] = field(default_factory=dict)
    money: tuple[Execution, ...] = ()  # of the sub-plans that publish their budget

    @property
    def indicators(self) -> int:
        return sum(self.statuses.values())

    @property
    def activity_total(self) -> int:
        return sum(self.activities.values())


def sub_plan(release: Release, state: Standing) -> SubPlan:
    meta = release.plan.metadata
    return SubPlan(
        key=release.plan.id,
        title=meta.short_title or meta.title,
        kind=meta.kind.value,
        region=meta.region,
        start=meta.period.start if meta.period else None,
        end=meta.period.end if meta.period else None,
        version=release.version,
        as_of=state.as_of,
        progress=state.rolled.plan.progress,
        statuses=dict(state.rolled.plan.statuses),
        activities=state.activity_counts(),
        money=tuple(state.money.plan) if state.money else None,
    )


def roll_up(plans: Iterable[SubPlan]) -> SubPlans:
    """The sub-plans in the order given, and their sum."""
    found = list(plans)
    statuses: Counter[Status] = Counter()
    activities: Counter[str] = Counter()
    money: dict[str, Execution] = {}
    weighted, weight = 0.0, 0
    for p in found:
        statuses.update(p.statuses)
        activities.update(p.activities)
        if p.progress is not None and p.measured:
            weighted += p.progress * p.measured
            weight += p.measured
        for e in p.money or ():
            total = money.setdefault(e.currency, Execution(e.currency))
            total.add(e.allocated, e.disbursed, e.spent, Decimal(1))
    return SubPlans(
        plans=found,
        progress=round(weighted / weight, 4) if weight else None,
        statuses={s: statuses.get(s, 0) for s in Status},
        activities={k: activities.get(k, 0) for k in (*ACTIVITY_STATES, "unreported")},
        money=tuple(money[c] for c in sorted(money)),
    )
