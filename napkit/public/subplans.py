"""A plan's sub-plans, rolled up from their stored releases (see napkit.core.publishing.subplans).

Which sub-plans a plan has, and the stamp of each one's release, is one small query; what
they add up to is worked out once per set of stamps and day in each process. A sub-plan's
release rebuilt gives its parent's release a new stamp too (``releases.rebuild``), so the
parent's kept pages and reports give way and its sub-plans' new state shows at once. Only
published sub-plans roll up: a draft has no release, and what a parent shows must be what
the public may see of its parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from napkit.core.monitoring.periods import ReportingPeriod
from napkit.core.publishing.release import from_data
from napkit.core.publishing.standing import standing
from napkit.core.publishing.subplans import SubPlans, roll_up, sub_plan
from napkit.monitoring import queries as monitoring
from napkit.plans.models import Plan
from napkit.public import releases
from napkit.public.models import Release

Signature = tuple[tuple[str, UUID], ...]


def signature(parent_key: str) -> Signature:
    """Each published sub-plan's key and release stamp (one query)."""
    rows = Release.objects.filter(plan__parent_key=parent_key).order_by("plan__key")
    return tuple(rows.values_list("plan__key", "stamp"))


def rolled(
    parent_key: str,
    today: date,
    period: ReportingPeriod | None = None,
    found: Signature | None = None,
) -> SubPlans | None:
    """The published sub-plans of ``parent_key`` on ``today`` (or as they stood at the end of
    ``period``, for a report on it); None when it has none."""
    found = signature(parent_key) if found is None else found
    if not found:
        return None
    thresholds = monitoring.thresholds()
    span = None if period is None else (period.label, period.start, period.end)

    def build() -> SubPlans:
        stamps = [s for _key, s in found]
        rows = Release.objects.filter(stamp__in=stamps).values_list("data", flat=True)
        plans = []
        for data in rows:
            release = from_data(data, today)
            if period is not None:
                release = release.until(period)
            plans.append(sub_plan(release, standing(release, thresholds)))
        return roll_up(sorted(plans, key=lambda p: ((p.region or "").casefold(), p.title)))

    return releases.memo.kept(("subplans", found, today, span, thresholds), build)


@dataclass(frozen=True)
class Unpublished:
    key: str
    title: str
    region: str


def unpublished(parent_key: str) -> list[Unpublished]:
    """Sub-plans with nothing published yet, for the parent's coordinators to chase."""
    rows = (
        Plan.objects.light()
        .filter(parent_key=parent_key, release__isnull=True)
        .order_by("region", "title")
    )
    return [Unpublished(r.key, r.short_title or r.title, r.region) for r in rows]


@dataclass(frozen=True)
class ParentLink:
    key: str
    title: str


def parent_of(key: str | None) -> ParentLink | None:
    """The published plan a sub-plan rolls up into, if it is published."""
    if not key:
        return None
    row = Release.objects.filter(plan__key=key).values_list("plan__title").first()
    return None if row is None else ParentLink(key, row[0])
