"""View-models of the monitoring pages: dashboards, rounds and indicator pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from napkit.core.exports.tidy import category_label, dimension_label, ordered_parts
from napkit.core.monitoring.progress import (
    IndicatorProgress,
    Observation,
    Status,
    Thresholds,
    shown,
    status_labels,
)
from napkit.core.monitoring.progress import indicator_progress as compute
from napkit.core.monitoring.rollup import Execution, ExecutionReport, PlanRollup, execution
from napkit.core.plan import display
from napkit.core.plan import model as core
from napkit.core.plan.index import index
from napkit.core.plan.labels import dimension_words
from napkit.core.plan.validation import dimensions
from napkit.core.publishing import charts
from napkit.monitoring.models import ReportingRound, Submission
from napkit.monitoring.models import Status as SubmissionStatus
from napkit.monitoring.queries import RoundSummary


@dataclass(frozen=True)
class SubmissionRow:
    submission: Submission
    organisation: str
    late: bool
    items: int


@dataclass(frozen=True)
class RoundView:
    round: ReportingRound
    rows: list[SubmissionRow]
    counts: dict[str, int]
    late: int

    @property
    def done(self) -> int:
        return self.counts.get(SubmissionStatus.APPROVED, 0)


@dataclass(frozen=True)
class IndicatorRow:
    indicator: core.Indicator
    owner: str
    progress: IndicatorProgress
    actual: str
    target: str
    responsible: str


@dataclass(frozen=True)
class MoneyRow:
    label: str
    execution: Execution


ATTENTION = 20  # indicators needing attention listed on the dashboard (the rest: a page)


@dataclass
class Dashboard:
    plan: core.Plan
    rounds: list[RoundSummary]
    rounds_total: int
    rolled: PlanRollup
    attention: list[IndicatorRow]
    by_pillar: str
    by_objective: str
    statuses: str
    status_counts: list[tuple[str, str, int]]
    money_by_organisation: list[MoneyRow]
    money_by_pillar: list[MoneyRow]
    money_total: list[Execution]
    budget_chart: str
    attention_total: int = 0
    due: list[SubmissionRow] = field(default_factory=list)


def round_views(
    plan: core.Plan, rounds: list[ReportingRound], submissions: list[Submission], today: date
) -> list[RoundView]:
    names = display.short_names(plan)
    views = []
    for r in rounds:
        mine = [s for s in submissions if s.round_id == r.pk]
        rows = [
            SubmissionRow(s, names.get(s.organisation, s.organisation), s.late_on(today), 0)
            for s in mine
        ]
        counts: dict[str, int] = {}
        for s in mine:
            counts[s.status] = counts.get(s.status, 0) + 1
        views.append(RoundView(r, rows, counts, sum(1 for row in rows if row.late)))
    return views


def _money_rows(report: dict[str, list[Execution]], names: dict[str, str]) -> list[MoneyRow]:
    return [
        MoneyRow(names.get(key, key), e) for key, executions in report.items() for e in executions
    ]


def indicator_rows(plan: core.Plan, progress: dict[str, IndicatorProgress]) -> list[IndicatorRow]:
    """Every indicator with its progress, in plan order."""
    names = display.short_names(plan)
    rows = []
    for ref in index(plan).indicators:
        p = progress[ref.indicator.id]
        actual = (
            display.format_value(ref.indicator, shown(ref.indicator, p.actual.value))
            if p.actual
            else "—"
        )
        rows.append(
            IndicatorRow(
                ref.indicator,
                ref.owner.item.id,
                p,
                actual,
                display.target_text(ref.indicator, ref.indicator.target, plan),
                names.get(ref.indicator.responsible or "", "—"),
            )
        )
    return rows


def needing_attention(rows: list[IndicatorRow]) -> list[IndicatorRow]:
    """Off track first, then at risk; the furthest behind first."""
    found = [r for r in rows if r.progress.status in (Status.OFF_TRACK, Status.AT_RISK)]
    found.sort(key=lambda r: (r.progress.status != Status.OFF_TRACK, r.progress.progress or 0))
    return found


def dashboard(
    plan: core.Plan,
    rounds: list[RoundSummary],
    rounds_total: int,
    progress: dict[str, IndicatorProgress],
    rolled: PlanRollup,
    spending: ExecutionReport | None,
    today: date,
) -> Dashboard:
    names = display.short_names(plan)
    labels = status_labels()
    attention = needing_attention(indicator_rows(plan, progress))
    pillar_bars = [
        charts.Bar(r.label, r.progress, display.format_share(r.progress))
        for r in rolled.pillars.values()
    ]
    objective_bars = [
        charts.Bar(
            f"{o.id} {o.title}",
            rolled.results[o.id].progress,
            display.format_share(rolled.results[o.id].progress),
        )
        for o in plan.objectives
    ]
    money = spending or execution(plan, [])
    budget_bars = [
        charts.Bar(
            f"{row.label} ({row.execution.currency})",
            row.execution.spending_rate,
            _("{spent} of {allocated} spent").format(
                spent=display.format_amount(row.execution.spent),
                allocated=display.format_amount(row.execution.allocated),
            ),
        )
        for row in _money_rows(money.organisations, names)
        if row.execution.allocated
    ]
    return Dashboard(
        plan=plan,
        rounds=rounds,
        rounds_total=rounds_total,
        rolled=rolled,
        attention=attention[:ATTENTION],
        attention_total=len(attention),
        by_pillar=charts.bar_chart("pillars", _("Progress by pillar"), pillar_bars),
        by_objective=charts.bar_chart("objectives", _("Progress by objective"), objective_bars),
        statuses=charts.status_chart(
            "statuses", _("Indicators by status"), rolled.plan.statuses, labels
        ),
        status_counts=[(s.value, labels[s], rolled.plan.statuses[s]) for s in charts.STATUS_ORDER],
        money_by_organisation=_money_rows(money.organisations, names),
        money_by_pillar=_money_rows(money.pillars, {p.id: p.name for p in plan.framework.pillars}),
        money_total=money.plan,
        budget_chart=charts.bar_chart(
            "spending", _("Share of the allocation spent, by organisation"), budget_bars
        ),
    )


@dataclass
class IndicatorPage:
    plan: core.Plan
    indicator: core.Indicator
    progress: IndicatorProgress
    chart: str
    periods: list[tuple[Observation, str]]
    breakdown: list[tuple[str, list[tuple[str, str]]]]


def indicator_page(
    plan: core.Plan,
    indicator: core.Indicator,
    found: list[Observation],
    today: date,
    thresholds: Thresholds,
) -> IndicatorPage:
    p = compute(indicator, plan, found, today, thresholds)
    chart = charts.indicator_chart(indicator.name, indicator.unit, p)
    periods = [
        (o, display.format_value(indicator, o.value)) for o in sorted(found, key=lambda o: o.end)
    ]
    latest = max(found, key=lambda o: o.end) if found else None
    breakdown = []
    if latest is not None:
        known = dimensions(plan)
        for dim, cat, value in ordered_parts(indicator, known, latest):
            name = dimension_words(dimension_label(known, dim))
            if not breakdown or breakdown[-1][0] != name:
                breakdown.append((name, []))
            label = dimension_words(category_label(known, dim, cat))
            breakdown[-1][1].append((label, display.format_number(value)))
    return IndicatorPage(plan, indicator, p, chart, periods, breakdown)
