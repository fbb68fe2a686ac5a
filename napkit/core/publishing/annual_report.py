"""The annual progress report of a plan: what a ministry tables in parliament.

Built from a release cut at the end of the reporting period (``Release.until``), so the
report shows the published plan and the data approved for periods ending by then, and
nothing else. Sections: key figures and highlights, progress by pillar and by objective
(with the results, indicators with their disaggregation, and activities under each),
budget allocated, disbursed and spent, reporting compliance, civil society's shadow
assessment of the period when one was published, and notes on method.

Everything here is text and numbers ready to lay out; the HTML and PDF renderings use one
template, so they say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from napkit.core.i18n import _
from napkit.core.monitoring.periods import ReportingPeriod
from napkit.core.monitoring.progress import Status, Thresholds, shown
from napkit.core.monitoring.rollup import Execution, ExecutionReport
from napkit.core.plan import display, walk
from napkit.core.plan import model as core
from napkit.core.plan.display import format_share
from napkit.core.plan.labels import dimension_words, tier_name, words
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Measure
from napkit.core.publishing import charts, shadow_compare
from napkit.core.publishing.methodology import methodology
from napkit.core.publishing.release import Release, ShadowAssessment
from napkit.core.publishing.shadow_compare import Comparison
from napkit.core.publishing.standing import Standing, standing
from napkit.core.publishing.subplans import SubPlans
from napkit.core.publishing.tracking import (
    PeriodResult,
    indicator_periods,
    latest_row,
    progress_words,
    tidy_target,
)
from napkit.core.scorecard.model import Assessment

HIGHLIGHTS = 6  # indicators named in each highlight list


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class Count:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class PartTable:
    dimension: str
    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    name: str
    result: str
    baseline: str
    target: str  # the period's target
    interpolated: bool
    end_target: str
    actual: str
    percent: str
    status: str
    status_label: str
    parts: list[PartTable] = field(default_factory=list)
    evidence: str = ""
    warnings: list[str] = field(default_factory=list)
    progress_words: str = ""  # what ``percent`` measures (``tracking.progress_words``)


@dataclass(frozen=True)
class ResultRow:
    id: str
    tier: str
    title: str
    progress: str
    indicators: int


@dataclass(frozen=True)
class ActivityRow:
    id: str
    title: str
    lead: str
    status: str
    status_label: str
    complete: str
    note: str


@dataclass(frozen=True)
class ObjectiveSection:
    id: str
    title: str
    pillars: list[str]
    progress: str
    statuses: list[Count]
    results: list[ResultRow]
    indicators: list[IndicatorRow]
    activities: list[ActivityRow]


@dataclass(frozen=True)
class PillarRow:
    id: str
    name: str
    progress: str
    indicators: int
    statuses: list[Count]
    spent: str


@dataclass(frozen=True)
class MoneyRow:
    label: str
    currency: str
    allocated: str
    disbursed: str
    spent: str
    disbursement_rate: str
    spending_rate: str


@dataclass(frozen=True)
class ComplianceRow:
    round: str
    organisation: str
    submitted: str
    on_time: str
    status: str


@dataclass(frozen=True)
class AnnualReport:
    title: str
    plan_title: str
    short_title: str
    country: str
    plan_id: str
    period: ReportingPeriod
    version: int
    published: date
    as_of: date
    language: str
    figures: list[Figure]
    statuses: list[Count]
    status_chart: str
    achieved: list[IndicatorRow]
    behind: list[IndicatorRow]
    pillars: list[PillarRow]
    pillar_chart: str
    objective_chart: str
    objectives: list[ObjectiveSection]
    activities: list[Count]
    budget_public: bool
    money_total: list[MoneyRow]
    money_by_organisation: list[MoneyRow]
    money_by_pillar: list[MoneyRow]
    budget_chart: str
    compliance: list[ComplianceRow]
    compliance_summary: str
    shadow: list[ShadowAssessment]
    methodology: list[str]
    rounds: list[str]
    interim: bool = False  # the period had not ended when the report was made
    sub_plans: list[SubPlanRow] = field(default_factory=list)  # those that roll up into it
    # Each shadow assessment (as ``shadow``) beside the government's account, the rows
    # civil society assessed only (see shadow_compare).
    shadow_compared: list[Comparison] = field(default_factory=list)


@dataclass(frozen=True)
class SubPlanRow:
    """A sub-plan as it stood at the end of the report's period (or all of them together)."""

    title: str
    place: str
    progress: str
    indicators: int
    good: int  # achieved or on track
    behind: int  # at risk or off track
    activities: str  # "12 of 30 completed"
    spent: str  # "45% (EUR)", or "" when no budget is published
    total: bool = False


def sub_plan_rows(found: SubPlans | None) -> list[SubPlanRow]:
    """One row per sub-plan, then their total when there are two or more."""
    if found is None:
        return []

    def row(
        title: str,
        place: str,
        progress: float | None,
        statuses: dict[Status, int],
        activities: dict[str, int],
        money: tuple[Execution, ...] | None,
        total: bool = False,
    ) -> SubPlanRow:
        spent = "; ".join(f"{format_share(e.spending_rate)} ({e.currency})" for e in money or ())
        return SubPlanRow(
            title,
            place,
            format_share(progress),
            sum(statuses.values()),
            statuses.get(Status.ACHIEVED, 0) + statuses.get(Status.ON_TRACK, 0),
            statuses.get(Status.AT_RISK, 0) + statuses.get(Status.OFF_TRACK, 0),
            _("{done} of {total} completed").format(
                done=activities.get("completed", 0), total=sum(activities.values())
            ),
            spent,
            total,
        )

    rows = [
        row(p.title, p.region or words(p.kind), p.progress, p.statuses, p.activities, p.money)
        for p in found.plans
    ]
    if len(found.plans) > 1:
        rows.append(
            row(
                _("All sub-plans"),
                "",
                found.progress,
                found.statuses,
                found.activities,
                found.money,
                total=True,
            )
        )
    return rows


# --- building blocks -----------------------------------------------------------------


def _counts(statuses: dict[Status, int]) -> list[Count]:
    return [Count(s.value, words(s), statuses.get(s, 0)) for s in charts.STATUS_ORDER]


def _money_row(label: str, e: Execution) -> MoneyRow:
    return MoneyRow(
        label,
        e.currency,
        display.format_amount(e.allocated),
        display.format_amount(e.disbursed),
        display.format_amount(e.spent),
        format_share(e.disbursement_rate),
        format_share(e.spending_rate),
    )


def _parts(plan: core.Plan, indicator: core.Indicator, row: PeriodResult | None) -> list[PartTable]:
    if row is None or row.reported is None:
        return []
    names = dimensions(plan)
    out = []
    for key, parts in row.reported.parts.items():
        dimension = names.get(key)
        labels = {c.id: dimension_words(c.name) for c in dimension.categories} if dimension else {}
        out.append(
            PartTable(
                dimension_words(dimension.name) if dimension else key,
                [(labels.get(c, c), display.format_number(v)) for c, v in parts.items()],
            )
        )
    return out


def _indicator_row(
    plan: core.Plan, ref: walk.IndicatorRef, rows: list[PeriodResult], state: Standing
) -> IndicatorRow:
    indicator = ref.indicator
    # The latest period with an approved value: the row the indicator's public page and the
    # exports call its headline (``tracking.latest_row``), judged as ``state`` judges it.
    last = latest_row(rows) or (rows[-1] if rows else None)
    found = state.progress[indicator.id]
    actual = found.actual.value if found.actual else None
    target = shown(indicator, tidy_target(indicator, last)) if last else None
    evidence = ""
    if indicator.measure is Measure.NARRATIVE and found.actual is not None:
        evidence = str(found.actual.value)
    return IndicatorRow(
        id=indicator.id,
        name=indicator.name,
        result=ref.owner.item.id,
        baseline=display.baseline_text(indicator),
        target=display.format_value(indicator, target),
        interpolated=bool(last and last.target_source == "interpolated"),
        end_target=display.target_text(indicator, indicator.target, plan),
        actual=display.format_value(indicator, shown(indicator, actual))
        if indicator.measure is not Measure.NARRATIVE
        else ("—" if actual is None else _("see evidence")),
        percent="—"
        if last is None or last.percent_of_target is None
        else f"{last.percent_of_target:g}%",
        status=found.status.value,
        status_label=words(found.status),
        parts=_parts(plan, indicator, last if last and last.reported else None),
        evidence=evidence,
        warnings=found.warnings,
        progress_words=progress_words(indicator, plan, found),
    )


def _activity_row(activity: core.Activity, state: Standing, names: dict[str, str]) -> ActivityRow:
    found = state.activities.get(activity.id)
    code = found.status if found else "unreported"
    return ActivityRow(
        activity.id,
        activity.title,
        names.get(activity.responsibility.lead or "", "—"),
        code,
        words(code),
        "—" if found is None or found.percent_complete is None else f"{found.percent_complete}%",
        found.note if found else "",
    )


def _objective(
    plan: core.Plan,
    objective: core.Objective,
    state: Standing,
    rows: dict[str, IndicatorRow],
    names: dict[str, str],
) -> ObjectiveSection:
    refs = [r for r in walk.results(plan) if r.objective.id == objective.id]
    results = [
        ResultRow(
            r.item.id,
            tier_name(plan.framework.tiers, r.tier.value),
            r.item.title,
            format_share(state.rolled.results[r.item.id].progress),
            state.rolled.results[r.item.id].indicators,
        )
        for r in refs
        if not isinstance(r.item, core.Activity) and r.item.id != objective.id
    ]
    pillar_names = {p.id: p.name for p in plan.framework.pillars}
    rolled = state.rolled.results[objective.id]
    return ObjectiveSection(
        id=objective.id,
        title=objective.title,
        pillars=[pillar_names.get(p, p) for p in objective.pillars],
        progress=format_share(rolled.progress),
        statuses=[c for c in _counts(rolled.statuses) if c.count],
        results=results,
        indicators=[
            rows[i.indicator.id]
            for i in walk.indicators(plan)
            if i.owner.objective.id == objective.id
        ],
        activities=[
            _activity_row(r.item, state, names) for r in refs if isinstance(r.item, core.Activity)
        ],
    )


# --- the report --------------------------------------------------------------------------


def _money(
    money: ExecutionReport | None, plan: core.Plan, names: dict[str, str]
) -> tuple[list[MoneyRow], list[MoneyRow], list[MoneyRow], str]:
    if money is None:
        return [], [], [], ""
    pillars = {p.id: p.name for p in plan.framework.pillars}
    by_org = [_money_row(names.get(k, k), e) for k, es in money.organisations.items() for e in es]
    by_pillar = [_money_row(pillars.get(k, k), e) for k, es in money.pillars.items() for e in es]
    bars = [
        charts.Bar(
            f"{names.get(k, k)} ({e.currency})",
            e.spending_rate,
            _("{spent} of {allocated} spent").format(
                spent=display.format_amount(e.spent), allocated=display.format_amount(e.allocated)
            ),
        )
        for k, es in money.organisations.items()
        for e in es
        if e.allocated
    ]
    chart = charts.bar_chart("budget", _("Share of the allocation spent, by organisation"), bars)
    return [_money_row(_("Whole plan"), e) for e in money.plan], by_org, by_pillar, chart


@dataclass(frozen=True)
class Compliance:
    rows: list[ComplianceRow]
    timely: int
    due: int

    @property
    def summary(self) -> str:
        if not self.due:
            return _("No submission was due in this period.")
        return _("{timely} of {due} submissions reached the coordinator by the deadline.").format(
            timely=self.timely, due=self.due
        )


def _compliance(release: Release, period: ReportingPeriod, names: dict[str, str]) -> Compliance:
    rounds = {r.key: r.label for r in release.rounds_in(period)}
    chosen = [c for c in release.compliance if c.round in rounds]
    rows = [
        ComplianceRow(
            rounds[c.round],
            names.get(c.organisation, c.organisation),
            display.format_date(c.submitted),
            _("yes") if c.on_time else (_("no") if c.on_time is False else "—"),
            _(c.status),
        )
        for c in chosen
    ]
    due = [c for c in chosen if c.on_time is not None]
    return Compliance(rows, sum(1 for c in due if c.on_time), len(due))


def annual_report(
    release: Release,
    period: ReportingPeriod,
    thresholds: Thresholds | None = None,
    language: str = "en",
    sub_plans: SubPlans | None = None,
    assessment: Assessment | None = None,
) -> AnnualReport:
    """``assessment``: the scorecard of the published version, for the criteria civil
    society rated in a shadow assessment (without it those rows are left out)."""
    thresholds = thresholds or Thresholds()
    cut = release.until(period)
    state = standing(cut, thresholds)
    plan = cut.plan
    names = display.short_names(plan)
    rows = {
        ref.indicator.id: _indicator_row(
            plan, ref, indicator_periods(cut, ref.indicator, thresholds), state
        )
        for ref in walk.indicators(plan)
    }
    ordered = list(rows.values())
    achieved = [r for r in ordered if r.status == Status.ACHIEVED]
    behind = [r for r in ordered if r.status in (Status.OFF_TRACK, Status.AT_RISK)]
    behind.sort(key=lambda r: r.status != Status.OFF_TRACK)
    money_total, by_org, by_pillar, budget_chart = _money(state.money, plan, names)
    compliance = _compliance(cut, period, names)
    pillars = [
        PillarRow(
            p.id,
            p.name,
            format_share(state.rolled.pillars[p.id].progress),
            state.rolled.pillars[p.id].indicators,
            [c for c in _counts(state.rolled.pillars[p.id].statuses) if c.count],
            ", ".join(format_share(e.spending_rate) for e in state.money.pillars.get(p.id, []))
            if state.money
            else "",
        )
        for p in plan.framework.pillars
    ]
    meta = plan.metadata
    activity_counts = state.activity_counts()
    return AnnualReport(
        title=_("Annual progress report {period}").format(period=period.label),
        plan_title=meta.title,
        short_title=meta.short_title or meta.title,
        country=meta.country_name or meta.country,
        plan_id=plan.id,
        period=period,
        version=cut.version,
        published=cut.published,
        as_of=cut.as_of,
        language=language,
        figures=_figures(state, activity_counts, compliance),
        statuses=_counts(state.rolled.plan.statuses),
        status_chart=charts.status_chart(
            "statuses",
            _("Indicators by status"),
            state.rolled.plan.statuses,
            {s: words(s) for s in Status},
        ),
        achieved=achieved[:HIGHLIGHTS],
        behind=behind[:HIGHLIGHTS],
        pillars=pillars,
        pillar_chart=charts.bar_chart(
            "pillars",
            _("Progress by pillar"),
            [charts.Bar(p.name, state.rolled.pillars[p.id].progress, p.progress) for p in pillars],
        ),
        objective_chart=charts.bar_chart(
            "objectives",
            _("Progress by objective"),
            [
                charts.Bar(
                    f"{o.id} {o.title}",
                    state.rolled.results[o.id].progress,
                    format_share(state.rolled.results[o.id].progress),
                )
                for o in plan.objectives
            ],
        ),
        objectives=[_objective(plan, o, state, rows, names) for o in plan.objectives],
        activities=[Count(k, words(k), n) for k, n in activity_counts.items() if n],
        budget_public=cut.budget_public,
        money_total=money_total,
        money_by_organisation=by_org,
        money_by_pillar=by_pillar,
        budget_chart=budget_chart,
        compliance=compliance.rows,
        compliance_summary=compliance.summary,
        shadow=list(cut.shadow),
        methodology=methodology(cut, thresholds),
        rounds=[r.label for r in cut.rounds_in(period)],
        interim=release.as_of < period.end,
        sub_plans=sub_plan_rows(sub_plans),
        shadow_compared=[
            shadow_compare.at_period_end(cut, s, assessment, thresholds, place).assessed()
            for place, s in enumerate(cut.shadow, start=1)
        ],
    )


def _figures(state: Standing, activities: dict[str, int], compliance: Compliance) -> list[Figure]:
    statuses = state.rolled.plan.statuses
    measured = sum(n for s, n in statuses.items() if s is not Status.NO_DATA)
    good = statuses[Status.ACHIEVED] + statuses[Status.ON_TRACK]
    total_activities = sum(activities.values())
    done = activities.get("completed", 0)
    figures = [
        Figure(
            _("Overall progress"),
            format_share(state.rolled.plan.progress),
            _("of the way from baselines to targets"),
        ),
        Figure(
            _("Indicators achieved or on track"),
            f"{good} / {measured}",
            _("of {total} indicators, {missing} without data").format(
                total=state.rolled.plan.indicators, missing=statuses[Status.NO_DATA]
            ),
        ),
        Figure(
            _("Activities completed"),
            f"{done} / {total_activities}",
            _("{delayed} delayed, {unreported} not reported").format(
                delayed=activities.get("delayed", 0), unreported=activities.get("unreported", 0)
            ),
        ),
    ]
    if state.money is not None:
        for e in state.money.plan:
            figures.append(
                Figure(
                    _("Budget spent ({currency})").format(currency=e.currency),
                    format_share(e.spending_rate),
                    _("{spent} of {allocated} allocated").format(
                        spent=display.format_amount(e.spent),
                        allocated=display.format_amount(e.allocated),
                    ),
                )
            )
    if compliance.due:
        figures.append(
            Figure(
                _("Reports on time"),
                f"{compliance.timely} / {compliance.due}",
                _("submissions sent by the deadline"),
            )
        )
    return figures
