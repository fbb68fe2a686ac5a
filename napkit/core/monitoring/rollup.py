"""Progress rolled up the results chain, and budget execution.

Roll-up: an output's progress is the weighted mean of its indicators' progress; an
outcome's and an objective's the mean of their own indicators and the results below;
a pillar's the mean of the objectives that serve it; the plan's the mean of its
objectives. Each indicator counts by its weight (1 unless set); progress counts between
0 and 1 (beyond the target is not extra credit, behind the baseline is not a debt).
Narrative indicators have no numbers: they are counted apart, never dropped.

Budget execution = disbursed ÷ allocated and spent ÷ allocated, per budget line,
activity, organisation, pillar and plan, one currency at a time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from napkit.core.monitoring.progress import IndicatorProgress, Status
from napkit.core.plan import walk
from napkit.core.plan.model import Activity, Plan
from napkit.core.plan.vocabulary import BudgetStatus, Measure


@dataclass
class Rollup:
    key: str
    label: str
    progress: float | None = None
    statuses: dict[Status, int] = field(default_factory=lambda: dict.fromkeys(Status, 0))
    qualitative: int = 0  # narrative indicators, reported with their evidence

    @property
    def indicators(self) -> int:
        return sum(self.statuses.values())


@dataclass
class PlanRollup:
    plan: Rollup
    results: dict[str, Rollup]
    pillars: dict[str, Rollup]


def _clip(value: float) -> float:
    return max(0.0, min(1.0, value))


def _mean(pairs: list[tuple[float, float]]) -> float | None:
    weight = sum(w for _, w in pairs)
    return round(sum(v * w for v, w in pairs) / weight, 4) if weight else None


def rollup(plan: Plan, found: dict[str, IndicatorProgress]) -> PlanRollup:
    """Progress per result, per pillar and for the plan, from indicator progress."""
    results: dict[str, Rollup] = {}
    scored: dict[str, list[tuple[float, float]]] = defaultdict(list)
    # Bottom-up: each result is complete before it is added to its parent.
    for ref in reversed(list(walk.results(plan))):
        item = ref.item
        if isinstance(item, Activity):
            continue
        here = results.setdefault(item.id, Rollup(item.id, item.title))
        for indicator in item.indicators:
            p = found.get(indicator.id)
            here.statuses[p.status if p else Status.NO_DATA] += 1
            if indicator.measure is Measure.NARRATIVE:
                here.qualitative += 1
            elif p is not None and p.progress is not None:
                scored[item.id].append((_clip(p.progress), indicator.weight))
        here.progress = _mean(scored[item.id])
        if ref.parent is not None:
            parent = results.setdefault(
                ref.parent.item.id, Rollup(ref.parent.item.id, ref.parent.item.title)
            )
            _merge(parent, here)
            if here.progress is not None:
                scored[ref.parent.item.id].append((here.progress, 1.0))
    pillars = {p.id: Rollup(p.id, p.name) for p in plan.framework.pillars}
    pillar_scores: dict[str, list[tuple[float, float]]] = defaultdict(list)
    whole = Rollup("plan", plan.metadata.title)
    plan_scores: list[tuple[float, float]] = []
    for objective in plan.objectives:
        mine = results[objective.id]
        _merge(whole, mine)
        if mine.progress is not None:
            plan_scores.append((mine.progress, 1.0))
        for pillar in objective.pillars:
            if pillar in pillars:
                _merge(pillars[pillar], mine)
                if mine.progress is not None:
                    pillar_scores[pillar].append((mine.progress, 1.0))
    for key, rolled in pillars.items():
        rolled.progress = _mean(pillar_scores[key])
    whole.progress = _mean(plan_scores)
    return PlanRollup(whole, results, pillars)


def _merge(into: Rollup, part: Rollup) -> None:
    for status, n in part.statuses.items():
        into.statuses[status] += n
    into.qualitative += part.qualitative


# --- budget execution ------------------------------------------------------------


@dataclass(frozen=True)
class Spending:
    """What was reported for a budget line in one reporting period."""

    line: str
    allocated: Decimal | None = None
    disbursed: Decimal | None = None
    spent: Decimal | None = None
    start: date | None = None  # the reporting period it was reported for
    end: date | None = None


@dataclass
class Execution:
    currency: str
    allocated: Decimal = Decimal(0)
    disbursed: Decimal = Decimal(0)
    spent: Decimal = Decimal(0)

    @property
    def disbursement_rate(self) -> float | None:
        return float(self.disbursed / self.allocated) if self.allocated else None

    @property
    def spending_rate(self) -> float | None:
        return float(self.spent / self.allocated) if self.allocated else None

    def add(
        self, allocated: Decimal, disbursed: Decimal, spent: Decimal, share: Decimal = Decimal(1)
    ) -> None:
        self.allocated += allocated * share
        self.disbursed += disbursed * share
        self.spent += spent * share


@dataclass
class ExecutionReport:
    lines: dict[str, Execution]
    activities: dict[str, list[Execution]]
    organisations: dict[str, list[Execution]]
    pillars: dict[str, list[Execution]]
    plan: list[Execution]


def _bucket(table: dict[str, dict[str, Execution]], key: str, currency: str) -> Execution:
    return table[key].setdefault(currency, Execution(currency))


def execution(plan: Plan, reports: list[Spending]) -> ExecutionReport:
    """Allocated, disbursed and spent, with the rates, at every level.

    A line's allocation is what was reported as allocated; a line never reported counts
    its planned amount once its status is 'allocated' or beyond, and nothing before.
    A line under an objective with several pillars is shared equally between them.
    """
    reported: dict[str, list[Spending]] = defaultdict(list)
    for r in reports:
        reported[r.line].append(r)
    lines: dict[str, Execution] = {}
    activities: dict[str, dict[str, Execution]] = defaultdict(dict)
    organisations: dict[str, dict[str, Execution]] = defaultdict(dict)
    pillars: dict[str, dict[str, Execution]] = defaultdict(dict)
    total: dict[str, dict[str, Execution]] = defaultdict(dict)
    for ref in walk.budget_lines(plan):
        line = ref.line
        if not line.currency:
            continue
        rows = reported.get(line.id, [])
        zero = Decimal(0)
        allocated = sum((r.allocated or zero for r in rows), zero)
        if (
            not rows
            and line.amount is not None
            and line.effective_status.at_least(BudgetStatus.ALLOCATED)
        ):
            allocated = line.amount
        disbursed = sum((r.disbursed or zero for r in rows), zero)
        spent = sum((r.spent or zero for r in rows), zero)
        lines[line.id] = Execution(line.currency, allocated, disbursed, spent)
        owner = ref.owner.item
        holder = line.organisation or (
            owner.responsibility.lead if isinstance(owner, Activity) else None
        )
        amounts = (allocated, disbursed, spent)
        _bucket(activities, owner.id, line.currency).add(*amounts)
        if holder:
            _bucket(organisations, holder, line.currency).add(*amounts)
        served = ref.owner.objective.pillars
        for pillar in served:
            _bucket(pillars, pillar, line.currency).add(*amounts, share=Decimal(1) / len(served))
        _bucket(total, "plan", line.currency).add(*amounts)
    return ExecutionReport(
        lines=lines,
        activities={k: list(v.values()) for k, v in activities.items()},
        organisations={k: list(v.values()) for k, v in organisations.items()},
        pillars={k: list(v.values()) for k, v in pillars.items()},
        plan=list(total["plan"].values()),
    )
