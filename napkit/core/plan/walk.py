"""Walking a plan: every result, indicator, budget line and identified item, with its path.

Paths are the field paths of the plan file (``objectives[0].outputs[1]``), so a
problem found while walking can be located in the file it came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from napkit.core.plan.model import Activity, BudgetLine, Indicator, Objective, Outcome, Output, Plan
from napkit.core.plan.problems import FieldPath
from napkit.core.plan.vocabulary import Tier

ResultItem = Objective | Outcome | Output | Activity


@dataclass(frozen=True)
class ResultRef:
    path: FieldPath
    tier: Tier
    item: ResultItem
    parent: ResultRef | None

    @property
    def objective(self) -> Objective:
        ref: ResultRef = self
        while ref.parent is not None:
            ref = ref.parent
        assert isinstance(ref.item, Objective)
        return ref.item

    @property
    def ancestors(self) -> list[ResultRef]:
        out: list[ResultRef] = []
        ref = self.parent
        while ref is not None:
            out.append(ref)
            ref = ref.parent
        return out


@dataclass(frozen=True)
class IndicatorRef:
    path: FieldPath
    indicator: Indicator
    owner: ResultRef


@dataclass(frozen=True)
class BudgetRef:
    path: FieldPath
    line: BudgetLine
    owner: ResultRef


def _outputs(outputs: list[Output], base: FieldPath, parent: ResultRef) -> Iterator[ResultRef]:
    for i, output in enumerate(outputs):
        ref = ResultRef((*base, "outputs", i), Tier.OUTPUT, output, parent)
        yield ref
        for j, activity in enumerate(output.activities):
            yield ResultRef((*ref.path, "activities", j), Tier.ACTIVITY, activity, ref)


def results(plan: Plan) -> Iterator[ResultRef]:
    """Every objective, outcome, output and activity, in document order."""
    for i, objective in enumerate(plan.objectives):
        top = ResultRef(("objectives", i), Tier.OBJECTIVE, objective, None)
        yield top
        for j, outcome in enumerate(objective.outcomes):
            mid = ResultRef((*top.path, "outcomes", j), Tier.OUTCOME, outcome, top)
            yield mid
            yield from _outputs(outcome.outputs, mid.path, mid)
        yield from _outputs(objective.outputs, top.path, top)


def activities(plan: Plan) -> Iterator[ResultRef]:
    return (r for r in results(plan) if r.tier is Tier.ACTIVITY)


def outputs(plan: Plan) -> Iterator[ResultRef]:
    return (r for r in results(plan) if r.tier is Tier.OUTPUT)


def indicators(plan: Plan) -> Iterator[IndicatorRef]:
    for ref in results(plan):
        if isinstance(ref.item, Activity):
            continue
        for i, indicator in enumerate(ref.item.indicators):
            yield IndicatorRef((*ref.path, "indicators", i), indicator, ref)


def budget_lines(plan: Plan) -> Iterator[BudgetRef]:
    for ref in results(plan):
        if isinstance(ref.item, Activity | Output):
            for i, line in enumerate(ref.item.budget_lines):
                yield BudgetRef((*ref.path, "budget_lines", i), line, ref)


@dataclass(frozen=True)
class IdentifiedItem:
    """Anything with an ``id`` that other items, monitoring data or versions can point at."""

    kind: str
    id: str
    path: FieldPath
    item: object


def identified_items(plan: Plan) -> Iterator[IdentifiedItem]:
    """Items sharing the plan's one id namespace (pillars and dimensions have their own)."""
    for i, org in enumerate(plan.organisations):
        yield IdentifiedItem("organisation", org.id, ("organisations", i), org)
    for ref in results(plan):
        yield IdentifiedItem(ref.tier.value, ref.item.id, ref.path, ref.item)
    for ind in indicators(plan):
        yield IdentifiedItem("indicator", ind.indicator.id, ind.path, ind.indicator)
    for bl in budget_lines(plan):
        yield IdentifiedItem("budget_line", bl.line.id, bl.path, bl.line)
    for i, body in enumerate(plan.governance.bodies):
        path: FieldPath = ("governance", "bodies", i)
        yield IdentifiedItem("coordination_body", body.id, path, body)
        for j, meeting in enumerate(body.meetings):
            at: FieldPath = (*path, "meetings", j)
            yield IdentifiedItem("meeting", meeting.id, at, meeting)
            for k, decision in enumerate(meeting.decisions):
                yield IdentifiedItem("decision", decision.id, (*at, "decisions", k), decision)
            for k, todo in enumerate(meeting.action_items):
                yield IdentifiedItem("action_item", todo.id, (*at, "action_items", k), todo)
    for i, consultation in enumerate(plan.consultations):
        path = ("consultations", i)
        yield IdentifiedItem("consultation", consultation.id, path, consultation)
        for j, item in enumerate(consultation.inputs):
            yield IdentifiedItem("consultation_input", item.id, (*path, "inputs", j), item)
    if plan.baseline_study is not None:
        for i, action in enumerate(plan.baseline_study.actions):
            path = ("baseline_study", "actions", i)
            yield IdentifiedItem("existing_action", action.id, path, action)
    for i, risk in enumerate(plan.risks):
        yield IdentifiedItem("risk", risk.id, ("risks", i), risk)


def item_index(plan: Plan) -> dict[str, IdentifiedItem]:
    """Items by id (the first one wins where ids repeat; validation reports the repeat)."""
    index: dict[str, IdentifiedItem] = {}
    for found in identified_items(plan):
        index.setdefault(found.id, found)
    return index


def item_label(item: object) -> str:
    """What people call an item: its title, name or summary ('' when it has none)."""
    return str(
        getattr(item, "title", None)
        or getattr(item, "name", None)
        or getattr(item, "summary", None)
        or getattr(item, "text", "")
    )
