"""View-models of a published plan's indicator and organisation pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse

from napkit.core.monitoring.progress import Status, Thresholds
from napkit.core.monitoring.rollup import Execution
from napkit.core.plan import display, walk
from napkit.core.plan import model as core
from napkit.core.publishing.release import Release
from napkit.core.publishing.standing import Standing
from napkit.monitoring.pages import IndicatorView, indicator_view
from napkit.public.pages import (
    ActivityLine,
    IndicatorLine,
    Masthead,
    StatusCount,
    activity_label,
    activity_lines,
    indicator_line,
    masthead,
    status_counts,
)

# --- indicators ----------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorPage:
    head: Masthead
    view: IndicatorView


def indicator_page(
    release: Release, standing: Standing, ref: walk.IndicatorRef, thresholds: Thresholds
) -> IndicatorPage:
    organisation = ref.indicator.responsible
    return IndicatorPage(
        masthead(release),
        indicator_view(
            release,
            ref,
            thresholds,
            standing.progress[ref.indicator.id],
            reverse("public-organisation", args=[release.plan.id, organisation])
            if organisation
            else None,
        ),
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
