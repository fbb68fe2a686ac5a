"""View-models of the public site, built from a release and its standing.

Every figure on these pages comes from ``napkit.core.publishing.standing`` over a release
(the latest published version, approved data only), so the site, the annual report and the
exports agree. Templates only lay the dataclasses out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from napkit.core.monitoring.periods import ReportingPeriod
from napkit.core.monitoring.progress import IndicatorProgress, Status, shown, status_labels
from napkit.core.monitoring.rollup import Execution, Rollup
from napkit.core.plan import display, walk
from napkit.core.plan import model as core
from napkit.core.plan.labels import words
from napkit.core.publishing import charts
from napkit.core.publishing.release import Release, ShadowAssessment, report_periods
from napkit.core.publishing.standing import Standing
from napkit.core.publishing.subplans import SubPlans
from napkit.monitoring.pages import Crumb, tier_name
from napkit.plans.models import Plan as PlanRecord


@dataclass(frozen=True)
class StatusCount:
    code: str
    label: str
    count: int


def status_counts(statuses: dict[Status, int]) -> list[StatusCount]:
    labels = status_labels()
    return [StatusCount(s.value, labels[s], statuses.get(s, 0)) for s in charts.STATUS_ORDER]


def activity_label(code: str) -> str:
    return words(code)


@dataclass(frozen=True)
class Masthead:
    """What every page of a published plan shows at its top: the plan and the data's date."""

    key: str
    title: str
    short_title: str
    country: str
    period: str
    version: int
    published: date
    as_of: date
    budget_public: bool


def masthead(release: Release) -> Masthead:
    meta = release.plan.metadata
    period = f"{meta.period.start.year}–{meta.period.end.year}" if meta.period else ""
    return Masthead(
        key=release.plan.id,
        title=meta.title,
        short_title=meta.short_title or meta.title,
        country=meta.country_name or meta.country,
        period=period,
        version=release.version,
        published=release.published,
        as_of=release.as_of,
        budget_public=release.budget_public,
    )


@dataclass(frozen=True)
class ResultSummary:
    id: str
    tier: str
    title: str
    progress: float | None
    indicators: int
    statuses: list[StatusCount]
    qualitative: int

    @property
    def progress_text(self) -> str:
        return display.format_share(self.progress)


def summarise(rolled: Rollup, tier: str, title: str) -> ResultSummary:
    return ResultSummary(
        rolled.key,
        tier,
        title,
        rolled.progress,
        rolled.indicators,
        [c for c in status_counts(rolled.statuses) if c.count],
        rolled.qualitative,
    )


@dataclass(frozen=True)
class IndicatorLine:
    id: str
    name: str
    owner: str
    baseline: str
    actual: str
    target: str
    status: str
    progress: float | None
    responsible: str

    @property
    def progress_text(self) -> str:
        return display.format_share(self.progress)


def indicator_line(
    plan: core.Plan, ref: walk.IndicatorRef, found: IndicatorProgress, names: dict[str, str]
) -> IndicatorLine:
    indicator = ref.indicator
    actual = (
        display.format_value(indicator, shown(indicator, found.actual.value))
        if found.actual
        else "—"
    )
    return IndicatorLine(
        indicator.id,
        indicator.name,
        ref.owner.item.id,
        display.baseline_text(indicator),
        actual,
        display.target_text(indicator, indicator.target, plan),
        found.status.value,
        found.progress,
        names.get(indicator.responsible or "", "—"),
    )


@dataclass(frozen=True)
class MoneyLine:
    label: str
    execution: Execution


@dataclass(frozen=True)
class ActivityLine:
    id: str
    title: str
    lead: str | None
    lead_name: str
    status: str
    status_label: str
    percent_complete: int | None
    period: str
    note: str


def activity_lines(
    activities: list[core.Activity], standing: Standing, names: dict[str, str]
) -> list[ActivityLine]:
    out = []
    for a in activities:
        state = standing.activities.get(a.id)
        code = state.status if state else "unreported"
        lead = a.responsibility.lead
        out.append(
            ActivityLine(
                a.id,
                a.title,
                lead,
                names.get(lead or "", "—"),
                code,
                activity_label(code),
                state.percent_complete if state else None,
                state.label if state else "",
                state.note if state else "",
            )
        )
    return out


# --- the overview -----------------------------------------------------------------


@dataclass(frozen=True)
class PillarCard:
    id: str
    name: str
    description: str | None
    summary: ResultSummary
    objectives: list[str]


@dataclass(frozen=True)
class LeadCard:
    id: str
    name: str
    type: str
    activities: int
    indicators: int


@dataclass(frozen=True)
class Overview:
    head: Masthead
    plan: core.Plan
    whole: ResultSummary
    status_chart: str
    pillars: list[PillarCard]
    pillar_chart: str
    objectives: list[ResultSummary]
    leads: list[LeadCard]
    activities: list[tuple[str, str, int]]  # state code, label, count
    money: list[Execution] | None
    budget_status: str
    score: float | None
    level: str
    reports: list[ReportingPeriod]
    shadow: list[ShadowAssessment]
    review_due: bool
    expired: bool


def _leads(plan: core.Plan) -> list[LeadCard]:
    led: dict[str, int] = {}
    for ref in walk.activities(plan):
        assert isinstance(ref.item, core.Activity)
        if ref.item.responsibility.lead:
            led[ref.item.responsibility.lead] = led.get(ref.item.responsibility.lead, 0) + 1
    owned: dict[str, int] = {}
    for i in walk.indicators(plan):
        if i.indicator.responsible:
            owned[i.indicator.responsible] = owned.get(i.indicator.responsible, 0) + 1
    cards = [
        LeadCard(o.id, o.name, o.type.value, led.get(o.id, 0), owned.get(o.id, 0))
        for o in plan.organisations
        if led.get(o.id) or owned.get(o.id) or o.id == plan.metadata.lead_organisation
    ]
    lead = plan.metadata.lead_organisation
    return sorted(cards, key=lambda c: (c.id != lead, -c.activities, c.name))


def overview(
    release: Release,
    standing: Standing,
    score: float | None,
    level: str,
    budget_status: str,
) -> Overview:
    plan = release.plan
    rolled = standing.rolled
    pillars = [
        PillarCard(
            p.id,
            p.name,
            p.description,
            summarise(rolled.pillars[p.id], "pillar", p.name),
            [o.id for o in plan.objectives if p.id in o.pillars],
        )
        for p in plan.framework.pillars
    ]
    bars = [charts.Bar(c.name, c.summary.progress, c.summary.progress_text) for c in pillars]
    meta = plan.metadata
    return Overview(
        head=masthead(release),
        plan=plan,
        whole=summarise(rolled.plan, "plan", meta.title),
        status_chart=charts.status_chart(
            "statuses", _("Indicators by status"), rolled.plan.statuses, status_labels()
        ),
        pillars=pillars,
        pillar_chart=charts.bar_chart("pillars", _("Progress by pillar"), bars),
        objectives=[
            summarise(rolled.results[o.id], tier_name(plan, "objective"), o.title)
            for o in plan.objectives
        ],
        leads=_leads(plan),
        activities=[(k, activity_label(k), n) for k, n in standing.activity_counts().items()],
        money=standing.money.plan if standing.money else None,
        budget_status=budget_status,
        score=score,
        level=level,
        reports=report_periods(release),
        shadow=list(release.shadow),
        review_due=meta.review_date is not None and meta.review_date <= release.as_of,
        expired=meta.period is not None and meta.period.end < release.as_of,
    )


# --- pillar and result pages -------------------------------------------------------


@dataclass(frozen=True)
class PillarPage:
    head: Masthead
    pillar: core.Pillar
    summary: ResultSummary
    objectives: list[ResultSummary]
    indicators: list[IndicatorLine]
    money: list[Execution] | None


def pillar_page(release: Release, standing: Standing, pillar: core.Pillar) -> PillarPage:
    plan = release.plan
    names = display.short_names(plan)
    chosen = [o for o in plan.objectives if pillar.id in o.pillars]
    ids = {o.id for o in chosen}
    return PillarPage(
        head=masthead(release),
        pillar=pillar,
        summary=summarise(standing.rolled.pillars[pillar.id], "pillar", pillar.name),
        objectives=[
            summarise(standing.rolled.results[o.id], tier_name(plan, "objective"), o.title)
            for o in chosen
        ],
        indicators=[
            indicator_line(plan, ref, standing.progress[ref.indicator.id], names)
            for ref in walk.indicators(plan)
            if ref.owner.objective.id in ids
        ],
        money=standing.money.pillars.get(pillar.id, []) if standing.money else None,
    )


@dataclass(frozen=True)
class ResultPage:
    head: Masthead
    id: str
    tier: str
    tier_name: str
    title: str
    description: str | None
    ancestors: list[Crumb]
    pillars: list[core.Pillar]
    summary: ResultSummary
    children: list[ResultSummary]
    indicators: list[IndicatorLine]
    activities: list[ActivityLine]
    activity_counts: list[tuple[str, str, int]]
    money: list[Execution] | None


def result_page(release: Release, standing: Standing, ref: walk.ResultRef) -> ResultPage:
    plan = release.plan
    names = display.short_names(plan)
    item = ref.item
    below = [r for r in walk.results(plan) if r.parent is not None and r.parent.item.id == item.id]
    children = [
        summarise(standing.rolled.results[r.item.id], tier_name(plan, r.tier.value), r.item.title)
        for r in below
        if not isinstance(r.item, core.Activity)
    ]
    activities = [r.item for r in below if isinstance(r.item, core.Activity)]
    inside = {ref.item.id} | {
        r.item.id for r in walk.results(plan) if any(a.item.id == item.id for a in r.ancestors)
    }
    all_activities = [
        r.item.id for r in walk.activities(plan) if r.item.id in inside and r.item.id != item.id
    ]
    money = None
    if standing.money is not None:
        money = _sum_executions([e for k in inside for e in standing.money.activities.get(k, [])])
    pillar_ids = ref.objective.pillars
    return ResultPage(
        head=masthead(release),
        id=item.id,
        tier=ref.tier.value,
        tier_name=tier_name(plan, ref.tier.value),
        title=item.title,
        description=item.description,
        ancestors=[Crumb(a.item.id, a.item.title) for a in reversed(ref.ancestors)],
        pillars=[p for p in plan.framework.pillars if p.id in pillar_ids],
        summary=summarise(
            standing.rolled.results[item.id], tier_name(plan, ref.tier.value), item.title
        ),
        children=children,
        indicators=[
            indicator_line(plan, i, standing.progress[i.indicator.id], names)
            for i in walk.indicators(plan)
            if i.owner.item.id == item.id
        ],
        activities=activity_lines(activities, standing, names),  # type: ignore[arg-type]
        activity_counts=[
            (k, activity_label(k), n)
            for k, n in standing.activity_counts(all_activities).items()
            if n
        ],
        money=money,
    )


def _sum_executions(parts: list[Execution]) -> list[Execution]:
    total: dict[str, Execution] = {}
    for e in parts:
        total.setdefault(e.currency, Execution(e.currency)).add(e.allocated, e.disbursed, e.spent)
    return list(total.values())


@dataclass(frozen=True)
class PlanCard:
    key: str
    title: str
    short_title: str
    country: str
    period: str
    version: int
    published: date | None
    status: str


def _published_on(record: PlanRecord) -> date | None:
    moment = getattr(record, "latest_published", None)
    return moment.date() if moment else None


def plan_cards(records: list[PlanRecord]) -> list[PlanCard]:
    """Cards of published plans (records annotated by ``queries.published_plans``)."""
    return [
        PlanCard(
            key=r.key,
            title=r.title,
            short_title=r.short_title or r.title,
            country=r.country,
            period=f"{r.period_start.year}–{r.period_end.year}"
            if r.period_start and r.period_end
            else "",
            version=getattr(r, "latest_version", 0),
            published=_published_on(r),
            status=r.status,
        )
        for r in records
    ]


# --- sub-plans -------------------------------------------------------------------------


@dataclass(frozen=True)
class SubPlanLine:
    key: str | None  # None for the total line
    title: str
    place: str  # region, or kind when it has none
    period: str
    progress: float | None
    indicators: int
    statuses: list[StatusCount]
    completed: int
    activities: int
    money: list[Execution] | None


@dataclass(frozen=True)
class SubPlanTable:
    lines: list[SubPlanLine]
    total: SubPlanLine | None  # only with two or more sub-plans
    unpublished: list[Any]  # napkit.public.subplans.Unpublished, for the workspace


def sub_plan_table(
    found: SubPlans | None, unpublished: list[Any] | None = None
) -> SubPlanTable | None:
    """The table of sub-plans a parent plan shows; None when it has none at all."""
    waiting = list(unpublished or [])
    if found is None and not waiting:
        return None
    plans = found.plans if found else []
    lines = [
        SubPlanLine(
            p.key,
            p.title,
            p.region or words(p.kind),
            f"{p.start.year}–{p.end.year}" if p.start and p.end else "",
            p.progress,
            p.indicators,
            [c for c in status_counts(p.statuses) if c.count],
            p.activities.get("completed", 0),
            p.activity_total,
            list(p.money) if p.money is not None else None,
        )
        for p in plans
    ]
    total = None
    if found is not None and len(plans) > 1:
        total = SubPlanLine(
            None,
            _("All sub-plans"),
            "",
            "",
            found.progress,
            found.indicators,
            [c for c in status_counts(found.statuses) if c.count],
            found.activities.get("completed", 0),
            found.activity_total,
            list(found.money),
        )
    return SubPlanTable(lines, total, waiting)
