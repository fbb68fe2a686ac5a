"""What the public may see of a plan: its latest published version and approved data only.

The storage layer builds a :class:`Release` from the latest published version and the
approved submissions; the public site, the annual report and every export are drawn from
a release and from nothing else, so a draft item or an unapproved value has no way in.

Within a release the plan's own disclosure choices hold: contacts not marked public are
removed, the minutes and decisions of meetings not marked public are removed, and when the
plan does not publish its budget no amount, allocation or spending figure is shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from napkit.core.monitoring.periods import ReportingPeriod, fiscal_year_of
from napkit.core.monitoring.progress import Observation, Status
from napkit.core.monitoring.rollup import Spending
from napkit.core.plan.model import Plan


@dataclass(frozen=True)
class Round:
    """A reporting round, as the public sees it."""

    key: str
    label: str
    start: date
    end: date
    deadline: date


@dataclass(frozen=True)
class ComplianceRecord:
    """Whether one responsible organisation reported for one round, and when."""

    round: str  # round key
    organisation: str
    status: str  # draft, submitted, returned, resubmitted, approved
    submitted: date | None
    approved: date | None
    on_time: bool | None  # None while the deadline has not passed and nothing was sent


@dataclass(frozen=True)
class ActivityState:
    """An activity's approved status at the end of a reporting period."""

    activity: str
    start: date
    end: date
    label: str
    status: str  # not_started, on_track, delayed, completed, cancelled
    percent_complete: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ShadowFinding:
    """A civil-society partner's view of one part of the plan."""

    text: str
    item: str | None = None  # objective or other item id; None for the plan as a whole
    rating: Status | None = None


@dataclass(frozen=True)
class ShadowAssessment:
    """Civil society's own assessment of a period, published beside the government's."""

    title: str
    authors: tuple[str, ...]
    start: date
    end: date
    published: date
    summary: str
    url: str | None = None
    findings: tuple[ShadowFinding, ...] = ()


@dataclass(frozen=True)
class Release:
    plan: Plan
    version: int
    published: date
    as_of: date
    rounds: tuple[Round, ...] = ()
    observations: Mapping[str, list[Observation]] = field(default_factory=dict)
    activities: Mapping[str, list[ActivityState]] = field(default_factory=dict)
    spending: tuple[Spending, ...] = ()
    compliance: tuple[ComplianceRecord, ...] = ()
    shadow: tuple[ShadowAssessment, ...] = ()

    @property
    def budget_public(self) -> bool:
        return self.plan.budget.published

    def until(self, period: ReportingPeriod) -> Release:
        """The release as it stood at the end of ``period``: data of later periods left out."""
        end = period.end
        return replace(
            self,
            as_of=min(self.as_of, end) if self.as_of >= period.start else end,
            rounds=tuple(r for r in self.rounds if r.end <= end),
            observations={k: [o for o in v if o.end <= end] for k, v in self.observations.items()},
            activities={k: [a for a in v if a.end <= end] for k, v in self.activities.items()},
            spending=tuple(s for s in self.spending if s.end is None or s.end <= end),
            compliance=tuple(
                c
                for c in self.compliance
                if c.round in {r.key for r in self.rounds if r.end <= end}
            ),
            shadow=tuple(s for s in self.shadow if s.end <= end and s.start >= period.start),
        )

    def latest_activity(self, activity: str) -> ActivityState | None:
        states = self.activities.get(activity, [])
        return max(states, key=lambda a: a.end) if states else None

    def rounds_in(self, period: ReportingPeriod) -> list[Round]:
        return [r for r in self.rounds if period.start <= r.end <= period.end]

    def spending_in(self, period: ReportingPeriod) -> list[Spending]:
        return [s for s in self.spending if s.end is not None and period.contains(s.end)]


# --- reporting periods of a release ------------------------------------------------


def period_slug(period: ReportingPeriod) -> str:
    """'FY 2025-26' → 'fy-2025-26': a period's name in a web address."""
    return re.sub(r"[^a-z0-9]+", "-", period.label.lower()).strip("-")


def report_periods(release: Release) -> list[ReportingPeriod]:
    """The fiscal years for which approved data exists, oldest first."""
    month = release.plan.monitoring.fiscal_year_start
    years = {fiscal_year_of(r.end, month) for r in release.rounds}
    return sorted(years, key=lambda p: p.start)


def find_period(release: Release, text: str | None) -> ReportingPeriod:
    """A period from what a reader typed: a fiscal-year label ('FY 2025-26', '2025-26',
    '2025'), a round key or label, or 'YYYY-MM-DD..YYYY-MM-DD'. Without text, the latest
    fiscal year with approved data that has ended (or the latest with data, or the current
    one when there is no data yet)."""
    month = release.plan.monitoring.fiscal_year_start
    if not text:
        known = report_periods(release)
        ended = [p for p in known if p.end < release.as_of]
        if ended or known:
            return (ended or known)[-1]
        return fiscal_year_of(release.as_of, month)
    wanted = text.strip()
    if ".." in wanted:
        first, _, last = wanted.partition("..")
        try:
            start, end = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
        except ValueError as exc:
            raise ValueError(f"expected two dates as YYYY-MM-DD..YYYY-MM-DD, got {text!r}") from exc
        return ReportingPeriod(f"{start.isoformat()} – {end.isoformat()}", start, end)
    for p in report_periods(release):
        if wanted.lower() == period_slug(p):
            return p
    for r in release.rounds:
        if wanted.lower() in (r.key.lower(), r.label.lower()):
            return ReportingPeriod(r.label, r.start, r.end)
    normal = wanted.upper().removeprefix("FY").strip()
    if normal[:4].isdigit():
        year = int(normal[:4])
        candidate = fiscal_year_of(date(year, month, 1), month)
        if normal in (candidate.label.removeprefix("FY").strip(), str(year)) and _overlaps(
            release, candidate
        ):
            return candidate
    choices = ", ".join(p.label for p in report_periods(release)) or "none yet"
    raise ValueError(
        f"no reporting period {text!r}: give a fiscal year (with approved data: {choices}), "
        "a round or two dates as YYYY-MM-DD..YYYY-MM-DD"
    )


def _overlaps(release: Release, period: ReportingPeriod) -> bool:
    span = release.plan.metadata.period
    return span is None or (period.start <= span.end and period.end >= span.start)


# --- disclosure ----------------------------------------------------------------------


def disclosed(plan: Plan) -> Plan:
    """The plan with what its owners chose not to publish taken out."""
    data = plan.model_dump(mode="python")
    _strip(data, plan.budget.published)
    return Plan.model_validate(data)


def _strip(node: Any, budget_public: bool) -> None:
    """Walk the plan's data: private contacts, private minutes and (when the budget is not
    published) every amount are removed in place."""
    if isinstance(node, list):
        for item in node:
            _strip(item, budget_public)
        return
    if not isinstance(node, dict):
        return
    for key in ("contact", "focal_point"):
        value = node.get(key)
        if isinstance(value, dict) and not value.get("public"):
            node[key] = None
    if "attendance" in node and "minutes_url" in node and not node.get("public"):
        node.update(minutes_url=None, decisions=[], action_items=[])
    if not budget_public:
        if "amount" in node and "currency" in node:
            node["amount"] = None
        if "total" in node and "statement" in node:
            node["total"] = None
        if "resourcing" in node and "budget" in node:
            node["budget"] = None
    for value in node.values():
        _strip(value, budget_public)
