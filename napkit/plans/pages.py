"""View-models of the plan pages: small dataclasses built from a core ``Plan``.

Templates stay free of logic: every lookup (an organisation's name from its id,
a tier's name in this plan, a value with its unit) is done here, once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy, ngettext

from napkit.core.plan import coordination, display, walk
from napkit.core.plan import model as core
from napkit.core.plan.index import index
from napkit.core.plan.labels import tier_name, tier_names
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Sector, Tier
from napkit.plans.queries import Source

WORKING_COPY = Source(working_copy=True)

# What each kind of item is called on pages, in the reader's language.
KIND_LABELS = {
    "objective": gettext_lazy("objective"),
    "outcome": gettext_lazy("outcome"),
    "output": gettext_lazy("output"),
    "activity": gettext_lazy("activity"),
    "indicator": gettext_lazy("indicator"),
    "budget_line": gettext_lazy("budget line"),
    "organisation": gettext_lazy("organisation"),
    "risk": gettext_lazy("risk"),
    "consultation": gettext_lazy("consultation"),
    "consultation_input": gettext_lazy("consultation input"),
    "coordination_body": gettext_lazy("coordination body"),
    "meeting": gettext_lazy("meeting"),
    "decision": gettext_lazy("decision"),
    "action_item": gettext_lazy("action item"),
    "existing_action": gettext_lazy("existing action"),
}


@dataclass(frozen=True)
class OrgRef:
    id: str
    name: str
    short: str
    type: str


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    name: str
    definition: str | None
    measure: str
    direction: str
    aggregation: str
    baseline: str
    baseline_source: str | None
    milestones: list[str]
    target: str
    revised: bool
    responsible: OrgRef | None
    disaggregation: list[str]
    catalogue: list[str]
    source: str | None
    frequency: str | None


@dataclass(frozen=True)
class BudgetRow:
    id: str
    description: str | None
    amount: str
    status: str
    fiscal_year: str | None
    funding: str | None
    gender_marker: int | None
    holder: OrgRef | None


@dataclass(frozen=True)
class Node:
    id: str
    tier: str
    tier_name: str
    title: str
    description: str | None
    pillars: list[str] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    lead: OrgRef | None = None
    supporting: list[OrgRef] = field(default_factory=list)
    dates: str | None = None
    priority: str | None = None
    focus: str | None = None
    budget: list[BudgetRow] = field(default_factory=list)
    addable: tuple[str, ...] = ()
    lazy: bool = False  # only its heading: the rest is on its own page (a big plan)
    contents: str = ""  # what a lazy node holds, in words


@dataclass(frozen=True)
class MemberRow:
    name: str
    sector: str
    role: str | None


@dataclass(frozen=True)
class ActionRow:
    item: core.ActionItem
    owner: OrgRef | None
    overdue: bool


@dataclass(frozen=True)
class MeetingRow:
    meeting: core.Meeting
    missed: bool  # planned, not held, and its date has passed
    actions: list[ActionRow]

    @property
    def private_decisions(self) -> int:
        return sum(1 for d in self.meeting.decisions if not self.meeting.decision_public(d))


@dataclass(frozen=True)
class BodyView:
    body: core.CoordinationBody
    chair: OrgRef | None
    members: list[MemberRow]
    civil_society_members: int
    meetings: list[MeetingRow] = field(default_factory=list)

    @property
    def held(self) -> int:
        return sum(1 for m in self.meetings if m.meeting.held)

    @property
    def missed(self) -> int:
        return sum(1 for m in self.meetings if m.missed)

    @property
    def overdue(self) -> int:
        return sum(1 for m in self.meetings for a in m.actions if a.overdue)


@dataclass(frozen=True)
class TotalRow:
    status: str
    amounts: list[str]


@dataclass(frozen=True)
class OrgRow:
    org: OrgRef
    level: str | None
    leads: int
    supports: int


def plural(word: str) -> str:
    """English plural of a tier name ("Activity" → "Activities", "Action" → "Actions")."""
    if word.endswith("y") and word[-2:-1].lower() not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


@dataclass(frozen=True)
class TierLabels:
    objectives: str
    outputs: str
    activities: str


@dataclass(frozen=True)
class EditRights:
    """What the page offers to change: item ids the user may edit, and whether they may
    change the structure (add, move, delete, settings), comment and publish."""

    items: frozenset[str] = frozenset()
    structure: bool = False
    publish: bool = False
    comment: bool = False
    discuss: bool = False  # read the comments (every member)
    manage: bool = False  # roles and members

    @property
    def any(self) -> bool:
        return bool(self.items) or self.structure


ADDABLE: dict[str, tuple[str, ...]] = {
    "objective": ("outcome", "output", "indicator"),
    "outcome": ("output", "indicator"),
    "output": ("activity", "indicator", "budget_line"),
    "activity": ("budget_line",),
}


@dataclass(frozen=True)
class Paths:
    """Where an item's actions live, as prefixes: ``items`` + id + "/edit/" and so on.
    Reversed once per page, not once per link (a page of a big plan has thousands)."""

    items: str
    add: str


def paths(plan_id: str) -> Paths:
    edit = reverse("item-edit", args=[plan_id, "~"])
    add = reverse("item-add", args=[plan_id, "~"])
    return Paths(edit[: edit.index("~")], add[: add.index("~")])


@dataclass(frozen=True)
class PlanPage:
    plan: core.Plan
    tiers: core.TierNames
    tier_plurals: TierLabels
    pillars: list[core.Pillar]
    tree: list[Node]
    organisations: list[OrgRow]
    budget_totals: list[TotalRow]
    budget_status: str
    bodies: list[BodyView]
    counts: dict[str, int]
    review_due: bool
    expired: bool
    edit: EditRights = EditRights()
    source: Source = WORKING_COPY
    versions: dict[str, int] = field(default_factory=dict)
    opened: frozenset[str] = frozenset()
    saved: str | None = None
    comments: dict[str, int] = field(default_factory=dict)  # open comments per item

    @property
    def open_comments(self) -> int:
        return sum(self.comments.values())

    @cached_property
    def paths(self) -> Paths:
        return paths(self.plan.id)


# Past this many results and indicators, the plan page lists its objectives and each
# objective's results chain is shown on its own page (loaded in place with htmx): a
# national plan's 2,000 items and their 13,000 links never go into one page.
LAZY_OVER = 250


@dataclass(frozen=True)
class ResultPage:
    plan: core.Plan
    node: Node
    above: list[tuple[str, str, str]]  # (tier name, id, title) of the results above it
    edit: EditRights = EditRights()
    source: Source = WORKING_COPY
    comments: dict[str, int] = field(default_factory=dict)
    opened: frozenset[str] = frozenset()

    @property
    def tiers(self) -> core.TierNames:
        """The plan's names for its levels, napkit's own in the reader's language."""
        return tier_names(self.plan.framework.tiers)

    @cached_property
    def paths(self) -> Paths:
        return paths(self.plan.id)


def _org_refs(plan: core.Plan) -> dict[str, OrgRef]:
    return {
        o.id: OrgRef(o.id, o.name, o.acronym or o.name, o.type.value) for o in plan.organisations
    }


class _Builder:
    def __init__(self, plan: core.Plan, visible: set[str] | None = None):
        self.plan = plan
        self.visible = visible
        self.orgs = _org_refs(plan)
        self.pillars = {p.id: p.name for p in plan.framework.pillars}
        self.dims = dimensions(plan)
        tiers = plan.framework.tiers
        self.tier_names = {t: tier_name(tiers, t.value) for t in Tier}

    @cached_property
    def held(self) -> dict[str, dict[Tier | str, int]]:
        """What each objective holds that this reader sees: results by tier, indicators."""
        out: dict[str, dict[Tier | str, int]] = {}
        found = index(self.plan)
        for ref in found.results:
            if ref.parent is not None and self.shown(ref.item.id):
                mine = out.setdefault(ref.objective.id, {})
                mine[ref.tier] = mine.get(ref.tier, 0) + 1
        for i in found.indicators:
            if self.shown(i.indicator.id):
                mine = out.setdefault(i.owner.objective.id, {})
                mine["indicator"] = mine.get("indicator", 0) + 1
        return out

    def org(self, key: str | None) -> OrgRef | None:
        return self.orgs.get(key) if key else None

    def indicator(self, i: core.Indicator) -> IndicatorRow:
        targets = [*i.milestones, *([i.target] if i.target else [])]
        return IndicatorRow(
            id=i.id,
            name=i.name,
            definition=i.definition,
            measure=i.measure.value,
            direction=i.direction.value,
            aggregation=i.aggregation.value.replace("_", " "),
            baseline=display.baseline_text(i),
            baseline_source=i.baseline.source,
            milestones=[display.target_text(i, m, self.plan) for m in i.milestones],
            target=display.target_text(i, i.target, self.plan),
            revised=any(t.history for t in targets),
            responsible=self.org(i.responsible),
            disaggregation=[self.dims[d].name if d in self.dims else d for d in i.disaggregation],
            catalogue=[f"{c.set.value.replace('_', ' ').upper()} {c.code}" for c in i.catalogue],
            source=i.source,
            frequency=i.frequency.value.replace("_", " ") if i.frequency else None,
        )

    def budget(self, line: core.BudgetLine) -> BudgetRow:
        return BudgetRow(
            id=line.id,
            description=line.description,
            amount=display.format_money(line.amount, line.currency),
            status=line.effective_status.value,
            fiscal_year=line.fiscal_year,
            funding=line.funding_source,
            gender_marker=None if line.gender_marker is None else int(line.gender_marker),
            holder=self.org(line.organisation),
        )

    def shown(self, key: str) -> bool:
        return self.visible is None or key in self.visible

    def nodes(
        self, items: list[Any], tier: Tier, inline: frozenset[str] | None = None
    ) -> list[Node]:
        """Nodes of ``items``; with ``inline``, items not in it are headings only."""
        return [
            self.node(i, tier) if inline is None or i.id in inline else self.heading(i, tier)
            for i in items
            if self.shown(i.id)
        ]

    def heading(self, item: core.Objective, tier: Tier) -> Node:
        """An objective as a heading with a word on what it holds."""
        counts = self.held.get(item.id, {})
        words = [
            f"{n} {plural(self.tier_names[t]).lower()}"
            for t, n in counts.items()
            if isinstance(t, Tier) and n
        ]
        indicators = counts.get("indicator", 0)
        if indicators:
            label = ngettext("%(n)d indicator", "%(n)d indicators", indicators)
            words.append(label % {"n": indicators})
        return Node(
            id=item.id,
            tier=tier.value,
            tier_name=self.tier_names[tier],
            title=item.title,
            description=None,
            pillars=[self.pillars.get(p, p) for p in item.pillars],
            addable=ADDABLE[tier.value],
            lazy=True,
            contents=" · ".join(words),
        )

    def node(self, item: walk.ResultItem, tier: Tier) -> Node:
        base = {
            "id": item.id,
            "tier": tier.value,
            "tier_name": self.tier_names[tier],
            "title": item.title,
            "description": item.description,
            "addable": ADDABLE[tier.value],
        }
        lines = [self.budget(b) for b in getattr(item, "budget_lines", []) if self.shown(b.id)]
        if isinstance(item, core.Activity):
            resp = item.responsibility
            return Node(
                **base,
                lead=self.org(resp.lead),
                supporting=[o for o in map(self.org, resp.supporting) if o],
                dates=_dates(item.start, item.end),
                priority=item.priority.value if item.priority else None,
                focus=item.focus.value if item.focus else None,
                budget=lines,
            )
        indicators = [self.indicator(i) for i in item.indicators if self.shown(i.id)]
        if isinstance(item, core.Output):
            return Node(
                **base,
                indicators=indicators,
                budget=lines,
                children=self.nodes(item.activities, Tier.ACTIVITY),
            )
        if isinstance(item, core.Outcome):
            return Node(
                **base, indicators=indicators, children=self.nodes(item.outputs, Tier.OUTPUT)
            )
        return Node(
            **base,
            indicators=indicators,
            pillars=[self.pillars.get(p, p) for p in item.pillars],
            focus=item.focus.value if item.focus else None,
            children=self.nodes(item.outcomes, Tier.OUTCOME)
            + self.nodes(item.outputs, Tier.OUTPUT),
        )

    def body(self, body: core.CoordinationBody, today: date) -> BodyView:
        members = []
        for m in body.members:
            org = self.org(m.organisation)
            sector = m.sector.value if m.sector else (org.type if org else Sector.OTHER.value)
            members.append(MemberRow(org.name if org else (m.name or ""), sector, m.role))
        cso = sum(1 for m in members if m.sector == Sector.CIVIL_SOCIETY.value)
        meetings = [
            MeetingRow(
                m,
                coordination.missed(m, today),
                [
                    ActionRow(a, self.org(a.owner), coordination.overdue(a, today))
                    for a in m.action_items
                ],
            )
            for m in body.meetings
        ]
        return BodyView(body, self.org(body.chair), members, cso, meetings)


def _dates(start: date | None, end: date | None) -> str | None:
    if start is None and end is None:
        return None
    return f"{display.format_date(start)} – {display.format_date(end)}"


def plan_page(
    plan: core.Plan,
    today: date,
    *,
    edit: EditRights | None = None,
    source: Source | None = None,
    visible: set[str] | None = None,
    versions: dict[str, int] | None = None,
    saved: str | None = None,
    comments: dict[str, int] | None = None,
) -> PlanPage:
    """The plan page's model. ``visible`` limits the results chain (a focal point's view)."""
    b = _Builder(plan, visible)
    leads: dict[str, int] = {}
    supports: dict[str, int] = {}
    counts = {t.value: 0 for t in Tier}
    for ref in walk.results(plan):
        counts[ref.tier.value] += 1
        if isinstance(ref.item, core.Activity):
            resp = ref.item.responsibility
            if resp.lead:
                leads[resp.lead] = leads.get(resp.lead, 0) + 1
            for org in resp.supporting:
                supports[org] = supports.get(org, 0) + 1
    counts["indicator"] = sum(1 for _ in walk.indicators(plan))
    totals = [
        TotalRow(status.value, [display.format_money(a, c) for c, a in sorted(by.items())])
        for status, by in display.budget_totals(plan).items()
    ]
    meta = plan.metadata
    tiers = tier_names(plan.framework.tiers)
    return PlanPage(
        plan=plan,
        tiers=tiers,
        tier_plurals=TierLabels(
            plural(tiers.objective), plural(tiers.output), plural(tiers.activity)
        ),
        pillars=plan.framework.pillars,
        tree=b.nodes(plan.objectives, Tier.OBJECTIVE, _inline(plan, saved)),
        organisations=[
            OrgRow(
                b.orgs[o.id],
                o.level.value if o.level else None,
                leads.get(o.id, 0),
                supports.get(o.id, 0),
            )
            for o in plan.organisations
        ],
        budget_totals=totals,
        budget_status=plan.budget.effective_status.value,
        bodies=[b.body(x, today) for x in plan.governance.bodies],
        counts=counts,
        review_due=meta.review_date is not None and meta.review_date <= today,
        expired=meta.period is not None and meta.period.end < today,
        edit=edit or EditRights(),
        source=source or WORKING_COPY,
        versions=versions or {},
        opened=_opened(plan, saved),
        saved=saved,
        comments=comments or {},
    )


def _inline(plan: core.Plan, saved: str | None) -> frozenset[str] | None:
    """Objectives shown in full on the plan page: all of a plan of ordinary size; of a big
    one, only the objective holding what was just saved."""
    found = index(plan)
    if len(found.results) + len(found.indicators) <= LAZY_OVER:
        return None
    opened = _opened(plan, saved)
    return frozenset(o.id for o in plan.objectives if o.id in opened)


def result_page(
    plan: core.Plan,
    key: str,
    *,
    edit: EditRights | None = None,
    source: Source | None = None,
    visible: set[str] | None = None,
    comments: dict[str, int] | None = None,
) -> ResultPage | None:
    """One result of the chain with everything under it (None: no such result to show)."""
    ref = index(plan).result_refs.get(key)
    b = _Builder(plan, visible)
    if ref is None or isinstance(ref.item, core.Activity) or not b.shown(key):
        return None
    return ResultPage(
        plan=plan,
        node=b.node(ref.item, ref.tier),
        above=[(b.tier_names[a.tier], a.item.id, a.item.title) for a in reversed(ref.ancestors)],
        edit=edit or EditRights(),
        source=source or WORKING_COPY,
        comments=comments or {},
    )


def _opened(plan: core.Plan, key: str | None) -> frozenset[str]:
    """The results to unfold so that item ``key`` shows (it and everything above it)."""
    if not key:
        return frozenset()
    for ref in walk.results(plan):
        if ref.item.id == key:
            return frozenset({key, *(a.item.id for a in ref.ancestors)})
    for ind in walk.indicators(plan):
        if ind.indicator.id == key:
            return frozenset({ind.owner.item.id, *(a.item.id for a in ind.owner.ancestors)})
    for bl in walk.budget_lines(plan):
        if bl.line.id == key:
            return frozenset({bl.owner.item.id, *(a.item.id for a in bl.owner.ancestors)})
    return frozenset()
