"""View-models of the monitoring pages: dashboards, rounds and indicator pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from napkit.core.catalogue.usage import Reference, references
from napkit.core.monitoring.progress import (
    IndicatorProgress,
    Status,
    Thresholds,
    shown,
    status_labels,
)
from napkit.core.monitoring.rollup import Execution, ExecutionReport, PlanRollup, execution
from napkit.core.monitoring.workflow import Step, allowed
from napkit.core.plan import display, labels, walk
from napkit.core.plan import model as core
from napkit.core.plan.index import index
from napkit.core.plan.labels import dimension_words
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Measure
from napkit.core.publishing import charts
from napkit.core.publishing.release import Release
from napkit.core.publishing.tracking import (
    PeriodResult,
    indicator_periods,
    progress_words,
    tidy_target,
)
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


@dataclass(frozen=True)
class Closing:
    """What closing a round leaves unfinished, asked before it closes: the submissions not
    approved, those that may still be approved afterwards and those that then stay as
    they are (``core.monitoring.workflow``)."""

    pending: list[SubmissionRow]
    reviewable: int
    frozen: int


def closing(view: RoundView) -> Closing:
    pending = [r for r in view.rows if r.submission.status != SubmissionStatus.APPROVED]
    reviewable = sum(1 for r in pending if allowed(Step.APPROVE, r.submission.status, False))
    return Closing(pending, reviewable, len(pending) - reviewable)


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


@dataclass(frozen=True)
class Crumb:
    id: str
    title: str


def tier_name(plan: core.Plan, tier: str) -> str:
    return labels.tier_name(plan.framework.tiers, tier)


@dataclass(frozen=True)
class PeriodLine:
    label: str
    start: date
    end: date
    reported: str
    actual: str
    target: str
    interpolated: bool
    percent: str
    expected: str  # the progress the planned path expected by the period's end
    status: str
    note: str


@dataclass(frozen=True)
class Breakdown:
    """One dimension of a disaggregated indicator: a row per category, a column per period."""

    dimension: str
    periods: list[str]
    rows: list[tuple[str, list[str]]]
    chart: str


@dataclass(frozen=True)
class IndicatorView:
    """An indicator as the workspace and the public site both show it: where it stands,
    its planned path and actuals, every period, every breakdown and what it is."""

    indicator: core.Indicator
    owner: Crumb
    tier_name: str
    ancestors: list[Crumb]
    responsible: str | None
    responsible_name: str
    responsible_url: str | None
    progress: IndicatorProgress
    actual: str
    baseline: str
    target: str
    milestones: list[str]
    revisions: list[core.TargetRevision]
    chart: str
    periods: list[PeriodLine]
    breakdowns: list[Breakdown]
    narrative: bool
    warnings: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)  # global indicators it adapts
    # What the progress figure measures, in words (``tracking.progress_words``).
    progress_words: str = ""

    @property
    def progress_text(self) -> str:
        return display.format_share(self.progress.progress)

    @property
    def expected_text(self) -> str:
        return display.format_share(self.progress.expected)


def _period_line(indicator: core.Indicator, row: PeriodResult) -> PeriodLine:
    value = row.reported.value if row.reported else None
    actual = row.actual.value if row.actual else None
    target = shown(indicator, tidy_target(indicator, row)) if row.target is not None else None
    return PeriodLine(
        row.round.label,
        row.round.start,
        row.round.end,
        display.format_value(indicator, value),
        display.format_value(indicator, shown(indicator, actual)),
        display.format_value(indicator, target),
        row.target_source == "interpolated",
        "—" if row.percent_of_target is None else f"{row.percent_of_target:g}%",
        "—" if row.percent_of_target is None else display.format_share(row.progress.expected),
        row.progress.status.value,
        row.reported.note if row.reported else "",
    )


def _breakdowns(plan: core.Plan, indicator: core.Indicator, release: Release) -> list[Breakdown]:
    found = sorted(release.observations.get(indicator.id, []), key=lambda o: o.end)
    dims = dimensions(plan)
    out = []
    for key in indicator.disaggregation:
        dimension = dims.get(key)
        reported = [o for o in found if o.parts.get(key)]
        if dimension is None or not reported:
            continue
        cats = [(c.id, dimension_words(c.name)) for c in dimension.categories]
        extra = sorted({c for o in reported for c in o.parts[key]} - {c for c, _n in cats})
        cats += [(c, c) for c in extra]
        rows = [
            (
                name,
                [
                    display.format_number(o.parts[key][cid]) if cid in o.parts[key] else "—"
                    for o in reported
                ],
            )
            for cid, name in cats
        ]
        latest = reported[-1].parts[key]
        top = max(latest.values(), default=0) or 1
        bars = [
            charts.Bar(name, latest[cid] / top, display.format_number(latest[cid]))
            for cid, name in cats
            if cid in latest
        ]
        title = _("{indicator} by {dimension}, {period}").format(
            indicator=indicator.id,
            dimension=dimension_words(dimension.name),
            period=reported[-1].label,
        )
        out.append(
            Breakdown(
                dimension_words(dimension.name),
                [o.label for o in reported],
                rows,
                charts.bar_chart(f"by-{key}", title, bars),
            )
        )
    return out


def indicator_view(
    release: Release,
    ref: walk.IndicatorRef,
    thresholds: Thresholds,
    found: IndicatorProgress,
    responsible_url: str | None,
) -> IndicatorView:
    """The view of ``ref`` in ``release`` (a published release, or the working copy with its
    approved data), with its progress on the release's day already worked out."""
    plan = release.plan
    indicator = ref.indicator
    names = display.short_names(plan)
    chart = charts.indicator_chart(indicator.name, indicator.unit, found)
    history = [rev for t in (*indicator.milestones, indicator.target) if t for rev in t.history]
    rows = indicator_periods(release, indicator, thresholds)
    return IndicatorView(
        indicator=indicator,
        owner=Crumb(ref.owner.item.id, ref.owner.item.title),
        tier_name=tier_name(plan, ref.owner.tier.value),
        ancestors=[Crumb(a.item.id, a.item.title) for a in reversed(ref.owner.ancestors)],
        responsible=indicator.responsible,
        responsible_name=names.get(indicator.responsible or "", "—"),
        responsible_url=responsible_url,
        progress=found,
        actual=display.format_value(indicator, shown(indicator, found.actual.value))
        if found.actual
        else "—",
        baseline=display.baseline_text(indicator),
        target=display.target_text(indicator, indicator.target, plan),
        milestones=[display.target_text(indicator, m, plan) for m in indicator.milestones],
        revisions=sorted(history, key=lambda r: r.changed_on),
        chart=chart,
        periods=[_period_line(indicator, r) for r in rows],
        breakdowns=_breakdowns(plan, indicator, release),
        narrative=indicator.measure is Measure.NARRATIVE,
        warnings=found.warnings,
        references=references(indicator),
        progress_words=progress_words(indicator, plan, found),
    )
