"""What checks look at: the plan, facts derived from it once, and monitoring data if any.

Several criteria ask about the same thing (the seed's budget lesson and Inclusive
Security's resources criterion both look at the budget status): each fact is
computed here, once, and every check that needs it reads it from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property

from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.plan.vocabulary import (
    BudgetStatus,
    ContextLens,
    Focus,
    Measure,
    OrganisationType,
    PlanStage,
    Sector,
)

UN_PILLARS: dict[str, tuple[str, ...]] = {
    "participation": ("participation",),
    "prevention": ("prevention",),
    "protection": ("protection",),
    "relief_and_recovery": ("relief", "recovery"),
}
CAPACITY_TAGS = {"training", "expert_pool", "capacity", "capacity_building", "education"}
CAPACITY_WORDS = re.compile(
    r"\b(train\w*|capacit\w*|expert\w*|roster\w*|curricul\w*|course\w*|gender advis\w*|"
    r"formation|sensibilis\w*|skills?|competences?|institutionali[sz]\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MonitoringFacts:
    """What the monitoring cycle has shown so far (from the reporting rounds)."""

    rounds: int = 0  # reporting rounds opened so far
    submissions_due: int = 0
    submissions_on_time: int = 0
    indicators_total: int = 0
    indicators_with_current_data: int = 0
    allocated: Decimal | None = None
    disbursed: Decimal | None = None
    spent: Decimal | None = None


def org_sector(org: core.Organisation) -> Sector:
    return Sector(org.type.value)


class Context:
    """The plan under assessment, with derived facts computed on first use."""

    def __init__(self, plan: core.Plan, as_of: date, monitoring: MonitoringFacts | None = None):
        self.plan = plan
        self.as_of = as_of
        self.monitoring = monitoring

    @property
    def running(self) -> bool:
        """Reporting rounds exist: the plan is judged on its tracking, not only its design."""
        return self.monitoring is not None and self.monitoring.rounds > 0

    # --- items ---------------------------------------------------------------------

    @staticmethod
    def act(ref: walk.ResultRef) -> core.Activity:
        """The activity a reference from ``activities`` points at."""
        assert isinstance(ref.item, core.Activity)
        return ref.item

    @cached_property
    def results(self) -> list[walk.ResultRef]:
        return list(walk.results(self.plan))

    @cached_property
    def activities(self) -> list[walk.ResultRef]:
        return [r for r in self.results if isinstance(r.item, core.Activity)]

    @cached_property
    def outputs(self) -> list[walk.ResultRef]:
        return [r for r in self.results if isinstance(r.item, core.Output)]

    @cached_property
    def indicators(self) -> list[walk.IndicatorRef]:
        return list(walk.indicators(self.plan))

    @cached_property
    def quantitative(self) -> list[walk.IndicatorRef]:
        return [i for i in self.indicators if i.indicator.measure.is_quantitative]

    @cached_property
    def qualitative(self) -> list[walk.IndicatorRef]:
        return [i for i in self.indicators if not i.indicator.measure.is_quantitative]

    @cached_property
    def budget_lines(self) -> list[walk.BudgetRef]:
        return list(walk.budget_lines(self.plan))

    @cached_property
    def orgs(self) -> dict[str, core.Organisation]:
        return {o.id: o for o in self.plan.organisations}

    def orgs_of_type(self, kind: OrganisationType) -> set[str]:
        return {o.id for o in self.plan.organisations if o.type is kind}

    @cached_property
    def cso(self) -> set[str]:
        return self.orgs_of_type(OrganisationType.CIVIL_SOCIETY)

    @cached_property
    def government(self) -> set[str]:
        return self.orgs_of_type(OrganisationType.GOVERNMENT)

    # --- budget --------------------------------------------------------------------

    @cached_property
    def budget_status(self) -> BudgetStatus:
        """The highest status the plan supports: its own statement or any budget line's."""
        statuses = [
            self.plan.budget.effective_status,
            *(b.line.effective_status for b in self.budget_lines),
        ]
        return max(statuses, key=lambda s: s.rank)

    def lines_of(self, activity: walk.ResultRef) -> list[core.BudgetLine]:
        """An activity's budget lines: its own, else its output's."""
        lines = self.act(activity).budget_lines
        parent = activity.parent
        if not lines and parent is not None and isinstance(parent.item, core.Output):
            lines = parent.item.budget_lines
        return lines

    # --- civil society -------------------------------------------------------------

    def member_sectors(self, body: core.CoordinationBody) -> list[Sector]:
        sectors = []
        for member in body.members:
            if member.sector is not None:
                sectors.append(member.sector)
            elif member.organisation in self.orgs:
                sectors.append(org_sector(self.orgs[member.organisation]))
        return sectors

    def has_cso(self, body: core.CoordinationBody) -> bool:
        return Sector.CIVIL_SOCIETY in self.member_sectors(body)

    def has_government(self, body: core.CoordinationBody) -> bool:
        return Sector.GOVERNMENT in self.member_sectors(body) or body.chair in self.government

    @cached_property
    def bodies_with_cso(self) -> list[core.CoordinationBody]:
        return [b for b in self.plan.governance.bodies if self.has_cso(b)]

    def cso_took_part(self, consultation: core.Consultation) -> bool:
        counted = consultation.participants is not None and consultation.participants.civil_society
        named = any(o in self.cso for o in consultation.organisations)
        gave_input = any(i.source in self.cso for i in consultation.inputs)
        return bool(counted or named or gave_input)

    @cached_property
    def design_consultations_with_cso(self) -> list[core.Consultation]:
        return [
            c
            for c in self.plan.consultations
            if c.stage is PlanStage.DESIGN and self.cso_took_part(c)
        ]

    @cached_property
    def cso_leads(self) -> list[walk.ResultRef]:
        return [a for a in self.activities if self.act(a).responsibility.lead in self.cso]

    @cached_property
    def cso_supports(self) -> list[walk.ResultRef]:
        return [a for a in self.activities if self.cso & set(self.act(a).responsibility.supporting)]

    # --- focus and capacity --------------------------------------------------------

    def focus_of(self, activity: walk.ResultRef) -> Focus | None:
        """An activity's focus, else its objective's, else none."""
        own = getattr(activity.item, "focus", None)
        return own if own is not None else activity.objective.focus

    def builds_capacity(self, activity: walk.ResultRef) -> bool:
        item = activity.item
        assert isinstance(item, core.Activity)
        if CAPACITY_TAGS & {t.lower() for t in item.tags}:
            return True
        return bool(CAPACITY_WORDS.search(f"{item.title} {item.description or ''}"))

    # --- framework -----------------------------------------------------------------

    @cached_property
    def pillar_names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.plan.framework.pillars}

    def un_pillars_of(self, pillar_id: str) -> list[str]:
        """The UN pillars a plan pillar names ("Prevention and protection" names two)."""
        text = f"{pillar_id} {self.pillar_names.get(pillar_id, '')}".lower()
        return [un for un, words in UN_PILLARS.items() if any(word in text for word in words)]

    @cached_property
    def un_pillars_covered(self) -> dict[str, list[str]]:
        """UN pillar → ids of the objectives that address it."""
        covered: dict[str, list[str]] = {p: [] for p in UN_PILLARS}
        for objective in self.plan.objectives:
            for pillar in objective.pillars:
                for un in self.un_pillars_of(pillar):
                    if objective.id not in covered[un]:
                        covered[un].append(objective.id)
        return covered

    @cached_property
    def contexts_used(self) -> set[ContextLens]:
        """Context lenses used by the plan, its objectives or its activities."""
        used = set(self.plan.framework.context_lens)
        for ref in self.results:
            used |= set(getattr(ref.item, "contexts", []))
        return used

    # --- time ----------------------------------------------------------------------

    @property
    def period(self) -> core.Period | None:
        return self.plan.metadata.period

    def target_day(self, target: core.Target) -> date | None:
        return target.date or (self.period.end if self.period else None)

    def is_measured(self, indicator: core.Indicator) -> bool:
        return indicator.measure is not Measure.NARRATIVE
