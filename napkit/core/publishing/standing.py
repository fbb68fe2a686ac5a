"""Where a published plan stands on a date: every indicator's progress, the roll-up through
the results chain to pillars and the plan, budget execution, and each activity's latest
approved status. The public site and the annual report both read it, so they agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from napkit.core.monitoring.approved import ActivityState
from napkit.core.monitoring.progress import (
    IndicatorProgress,
    Observation,
    Thresholds,
    indicator_progress,
)
from napkit.core.monitoring.rollup import ExecutionReport, PlanRollup, execution, rollup
from napkit.core.plan import walk
from napkit.core.plan.model import Activity, Plan
from napkit.core.publishing.release import Release

ACTIVITY_STATES = ("completed", "on_track", "delayed", "not_started", "cancelled")


@dataclass(frozen=True)
class Standing:
    as_of: date
    progress: dict[str, IndicatorProgress]
    rolled: PlanRollup
    money: ExecutionReport | None  # None when the plan does not publish its budget
    activities: dict[str, ActivityState]  # the latest approved state of each activity
    activity_ids: tuple[str, ...] = ()  # every activity of the plan, in plan order

    def activity_counts(self, ids: Sequence[str] | None = None) -> dict[str, int]:
        """Activities by latest reported state ('unreported' for those never reported)."""
        keys = self.activity_ids if ids is None else ids
        counts = Counter(s.status if (s := self.activities.get(k)) else "unreported" for k in keys)
        return {k: counts.get(k, 0) for k in (*ACTIVITY_STATES, "unreported")}


def all_progress(
    plan: Plan,
    observations: Mapping[str, list[Observation]],
    as_of: date,
    thresholds: Thresholds | None = None,
) -> dict[str, IndicatorProgress]:
    """Every indicator's progress on ``as_of``, by indicator id."""
    return {
        ref.indicator.id: indicator_progress(
            ref.indicator, plan, list(observations.get(ref.indicator.id, [])), as_of, thresholds
        )
        for ref in walk.indicators(plan)
    }


def standing(release: Release, thresholds: Thresholds | None = None) -> Standing:
    """The release's standing on its ``as_of`` date."""
    plan = release.plan
    progress = all_progress(plan, release.observations, release.as_of, thresholds)
    states: dict[str, ActivityState] = {}
    ids = []
    for ref in walk.activities(plan):
        assert isinstance(ref.item, Activity)
        ids.append(ref.item.id)
        latest = release.latest_activity(ref.item.id)
        if latest is not None and latest.end <= release.as_of:
            states[ref.item.id] = latest
    money = execution(plan, list(release.spending)) if release.budget_public else None
    return Standing(release.as_of, progress, rollup(plan, progress), money, states, tuple(ids))
