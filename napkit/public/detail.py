"""View-models of a published plan's indicator and organisation pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from napkit.core.monitoring.progress import IndicatorProgress, Status, Thresholds, shown
from napkit.core.monitoring.rollup import Execution
from napkit.core.plan import display, walk
from napkit.core.plan import model as core
from napkit.core.plan.labels import dimension_words
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Measure
from napkit.core.publishing import charts
from napkit.core.publishing.release import Release
from napkit.core.publishing.standing import Standing
from napkit.core.publishing.tracking import PeriodResult, indicator_periods, tidy_target
from napkit.public.pages import (
    ActivityLine,
    Crumb,
    IndicatorLine,
    Masthead,
    StatusCount,
    activity_label,
    activity_lines,
    indicator_line,
    masthead,
    status_counts,
    tier_name,
)

# --- indicators ----------------------------------------------------------------------


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
class IndicatorPage:
    head: Masthead
    indicator: core.Indicator
    owner: Crumb
    tier_name: str
    ancestors: list[Crumb]
    responsible: str | None
    responsible_name: str
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


def indicator_page(
    release: Release, standing: Standing, ref: walk.IndicatorRef, thresholds: Thresholds
) -> IndicatorPage:
    plan = release.plan
    indicator = ref.indicator
    found = standing.progress[indicator.id]
    names = display.short_names(plan)
    chart = charts.indicator_chart(indicator.name, indicator.unit, found)
    history = [rev for t in (*indicator.milestones, indicator.target) if t for rev in t.history]
    rows = indicator_periods(release, indicator, thresholds)
    return IndicatorPage(
        head=masthead(release),
        indicator=indicator,
        owner=Crumb(ref.owner.item.id, ref.owner.item.title),
        tier_name=tier_name(plan, ref.owner.tier.value),
        ancestors=[Crumb(a.item.id, a.item.title) for a in reversed(ref.owner.ancestors)],
        responsible=indicator.responsible,
        responsible_name=names.get(indicator.responsible or "", "—"),
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
    )


@dataclass(frozen=True)
class IndicatorIndex:
    head: Masthead
    rows: list[IndicatorLine]
    statuses: list[StatusCount]


def indicator_index(release: Release, standing: Standing) -> IndicatorIndex:
    plan = release.plan
    names = display.short_names(plan)
    return IndicatorIndex(
        masthead(release),
        [
            indicator_line(plan, ref, standing.progress[ref.indicator.id], names)
            for ref in walk.indicators(plan)
        ],
        status_counts(standing.rolled.plan.statuses),
    )


# --- organisations -----------------------------------------------------------------


@dataclass(frozen=True)
class ComplianceLine:
    round: str
    status: str
    submitted: date | None
    approved: date | None
    on_time: bool | None


@dataclass(frozen=True)
class OrganisationPage:
    head: Masthead
    organisation: core.Organisation
    activities: list[ActivityLine]
    activity_counts: list[tuple[str, str, int]]
    supporting: list[ActivityLine]
    indicators: list[IndicatorLine]
    statuses: list[StatusCount]
    money: list[Execution] | None
    reporting: list[ComplianceLine]


def organisation_page(
    release: Release, standing: Standing, organisation: core.Organisation
) -> OrganisationPage:
    plan = release.plan
    names = display.short_names(plan)
    led, supported = [], []
    for ref in walk.activities(plan):
        activity = ref.item
        assert isinstance(activity, core.Activity)
        if activity.responsibility.lead == organisation.id:
            led.append(activity)
        elif organisation.id in activity.responsibility.supporting:
            supported.append(activity)
    indicators = [
        indicator_line(plan, ref, standing.progress[ref.indicator.id], names)
        for ref in walk.indicators(plan)
        if ref.indicator.responsible == organisation.id
    ]
    counts: dict[Status, int] = dict.fromkeys(Status, 0)
    for line in indicators:
        counts[Status(line.status)] += 1
    labels = {r.key: r.label for r in release.rounds}
    return OrganisationPage(
        head=masthead(release),
        organisation=organisation,
        activities=activity_lines(led, standing, names),
        activity_counts=[
            (k, activity_label(k), n)
            for k, n in standing.activity_counts([a.id for a in led]).items()
            if n
        ],
        supporting=activity_lines(supported, standing, names),
        indicators=indicators,
        statuses=[c for c in status_counts(counts) if c.count],
        money=standing.money.organisations.get(organisation.id, []) if standing.money else None,
        reporting=[
            ComplianceLine(
                labels.get(c.round, c.round), c.status, c.submitted, c.approved, c.on_time
            )
            for c in release.compliance
            if c.organisation == organisation.id
        ],
    )
