"""Lookups over one plan, computed once and kept with it.

A stored plan is parsed once per version and shared by every request of a process, so
what pages, permissions and checks ask of it again and again (an item by its id, what an
organisation is responsible for, the results above an item) is worked out on first use and
kept beside the plan, never recomputed per request or per item. Plans are not changed in
place (every edit builds a new one), which is what makes keeping these safe.
"""

from __future__ import annotations

from functools import cached_property
from threading import Lock

from napkit.core.plan import walk
from napkit.core.plan.model import Activity, Indicator, Organisation, Plan

_lock = Lock()


class PlanIndex:
    def __init__(self, plan: Plan):
        self.plan = plan
        self._own: dict[str, frozenset[str]] = {}
        self._visible: dict[str, frozenset[str]] = {}

    @cached_property
    def items(self) -> dict[str, walk.IdentifiedItem]:
        """Identified items by id (the first wins where ids repeat)."""
        return walk.item_index(self.plan)

    @cached_property
    def results(self) -> tuple[walk.ResultRef, ...]:
        return tuple(walk.results(self.plan))

    @cached_property
    def result_refs(self) -> dict[str, walk.ResultRef]:
        out: dict[str, walk.ResultRef] = {}
        for ref in self.results:
            out.setdefault(ref.item.id, ref)
        return out

    @cached_property
    def activities(self) -> tuple[walk.ResultRef, ...]:
        return tuple(r for r in self.results if isinstance(r.item, Activity))

    @cached_property
    def indicators(self) -> tuple[walk.IndicatorRef, ...]:
        return tuple(walk.indicators(self.plan))

    @cached_property
    def indicator_refs(self) -> dict[str, walk.IndicatorRef]:
        out: dict[str, walk.IndicatorRef] = {}
        for ref in self.indicators:
            out.setdefault(ref.indicator.id, ref)
        return out

    @cached_property
    def budget_lines(self) -> tuple[walk.BudgetRef, ...]:
        return tuple(walk.budget_lines(self.plan))

    @cached_property
    def organisations(self) -> dict[str, Organisation]:
        return {o.id: o for o in self.plan.organisations}

    @cached_property
    def chain(self) -> frozenset[str]:
        """Ids of the results chain: results, their indicators and budget lines."""
        return frozenset(
            [r.item.id for r in self.results]
            + [i.indicator.id for i in self.indicators]
            + [b.line.id for b in self.budget_lines]
        )

    def indicator(self, key: str) -> Indicator | None:
        ref = self.indicator_refs.get(key)
        return None if ref is None else ref.indicator

    def organisation_items(self, organisation: str) -> frozenset[str]:
        """Ids of the items an organisation leads, supports or is responsible for, with
        the budget lines under the activities it works on."""
        found = self._own.get(organisation)
        if found is None:
            found = frozenset(self._organisation_items(organisation))
            with _lock:
                self._own[organisation] = found
        return found

    def _organisation_items(self, organisation: str) -> set[str]:
        own: set[str] = set()
        for ref in self.activities:
            activity = ref.item
            assert isinstance(activity, Activity)
            resp = activity.responsibility
            if resp.lead == organisation or organisation in resp.supporting:
                own.add(activity.id)
                own.update(b.id for b in activity.budget_lines)
        for ind in self.indicators:
            i, roles = ind.indicator, ind.indicator.data_roles
            named = {i.responsible} | ({roles.collects, roles.reports} if roles else set())
            if organisation in named:
                own.add(i.id)
        for bl in self.budget_lines:
            if bl.line.organisation == organisation:
                own.add(bl.line.id)
        return own

    def visible_to(self, organisation: str) -> frozenset[str]:
        """An organisation's items and the results above them."""
        found = self._visible.get(organisation)
        if found is None:
            own = self.organisation_items(organisation)
            shown = set(own)
            for ref in self.results:
                if ref.item.id in own:
                    shown.update(a.item.id for a in ref.ancestors)
            for ind in self.indicators:
                if ind.indicator.id in own:
                    shown.add(ind.owner.item.id)
                    shown.update(a.item.id for a in ind.owner.ancestors)
            found = frozenset(shown)
            with _lock:
                self._visible[organisation] = found
        return found

    def leads_supported_by(self, organisation: str) -> frozenset[str]:
        """Organisations leading an activity that ``organisation`` supports."""
        return self._supported.get(organisation, frozenset())

    @cached_property
    def _supported(self) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for ref in self.activities:
            activity = ref.item
            assert isinstance(activity, Activity)
            resp = activity.responsibility
            if resp.lead:
                for helper in resp.supporting:
                    out.setdefault(helper, set()).add(resp.lead)
        return {k: frozenset(v) for k, v in out.items()}


def index(plan: Plan) -> PlanIndex:
    """The lookups of ``plan``, made on first use and kept with it."""
    found = plan._index
    if isinstance(found, PlanIndex) and found.plan is plan:
        return found
    made = PlanIndex(plan)
    plan._index = made
    return made


def organisation_part(plan: Plan, organisation: str) -> Plan:
    """What of a plan concerns one organisation: its identity and framework, the names of
    the organisations, and the results chain as far as the organisation leads, supports or
    reports on it (with the results above, for context). The plan's governance,
    consultations, baseline study, risks, budget summary and the other organisations'
    contact points are left out: a focal point reads those in the published plan."""
    shown = index(plan).visible_to(organisation)
    data = plan.model_dump(mode="python")

    def keep(items: list[dict[str, object]]) -> list[dict[str, object]]:
        return [i for i in items if i["id"] in shown]

    def prune(node: dict[str, object]) -> dict[str, object]:
        for name in ("indicators", "budget_lines"):
            if name in node:
                node[name] = keep(node[name])  # type: ignore[arg-type]
        for name in ("outcomes", "outputs", "activities"):
            if name in node:
                node[name] = [prune(child) for child in keep(node[name])]  # type: ignore[arg-type]
        return node

    data["objectives"] = [prune(o) for o in keep(data["objectives"])]
    for org in data["organisations"]:
        if org["id"] != organisation:
            org["focal_point"] = None
    data.update(governance={}, consultations=[], baseline_study=None, risks=[], budget={})
    return Plan.model_validate(data)
