"""What the public may see of a plan: its latest published version and approved data only.

The storage layer builds a :class:`Release` from the latest published version and the
approved submissions; the public site, the annual report and every export are drawn from
a release and from nothing else, so a draft item or an unapproved value has no way in.

Within a release the plan's own disclosure choices hold: contacts not marked public are
removed, the minutes, agenda and action items of meetings not marked public are removed, so
is every decision not public, and the inputs of consultations not published; when the
plan does not publish its budget no amount, allocation or spending figure is shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from napkit.core.monitoring.approved import (
    ActivityState,
    Approved,
    ComplianceRecord,
    Filing,
    Round,
)
from napkit.core.monitoring.approved import from_data as approved_from_data
from napkit.core.monitoring.approved import to_data as approved_to_data
from napkit.core.monitoring.periods import ReportingPeriod, fiscal_year_of
from napkit.core.monitoring.progress import Observation, Status
from napkit.core.monitoring.rollup import Spending
from napkit.core.plan import planfile
from napkit.core.plan.index import index
from napkit.core.plan.model import Plan
from napkit.core.scorecard.model import Level


@dataclass(frozen=True)
class ShadowFinding:
    """A civil-society partner's view of one part of the plan."""

    text: str
    item: str | None = None  # objective or other item id; None for the plan as a whole
    rating: Status | None = None
    criterion: str | None = None  # a scorecard criterion's id, when it is about one
    level: Level | None = None  # civil society's level for that criterion


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
    id: int | None = None  # its number on the public site (None in releases stored before)


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


# --- building and storing a release ---------------------------------------------


def build(
    version_plan: Plan,
    version: int,
    published: date,
    approved: Approved,
    shadow: tuple[ShadowAssessment, ...],
    today: date,
) -> Release:
    """The release of a published version: its plan without what is kept private, and the
    approved data of what that version holds (an item added to the working copy since, or
    removed from it, brings no data with it)."""
    plan = disclosed(version_plan)
    found = index(plan)
    activities = {a.item.id for a in found.activities}
    lines = {b.line.id for b in found.budget_lines}
    return Release(
        plan=plan,
        version=version,
        published=published,
        as_of=today,
        rounds=approved.rounds,
        observations={k: v for k, v in approved.observations.items() if k in found.indicator_refs},
        activities={k: v for k, v in approved.activities.items() if k in activities},
        spending=tuple(s for s in approved.spending if s.line in lines)
        if plan.budget.published
        else (),
        compliance=approved.compliance(today),
        shadow=shadow,
    )


def to_data(release: Release) -> dict[str, Any]:
    """The release as JSON (its day is not kept: it is the reader's)."""
    approved = Approved(
        rounds=release.rounds,
        observations=release.observations,
        activities=release.activities,
        spending=release.spending,
    )
    return {
        "plan": planfile.to_data(release.plan, json_mode=True),
        "version": release.version,
        "published": release.published.isoformat(),
        "approved": approved_to_data(approved),
        "compliance": [
            [
                c.round,
                c.organisation,
                c.status,
                *(None if d is None else d.isoformat() for d in (c.submitted, c.approved)),
            ]
            for c in release.compliance
        ],
        "shadow": [
            {
                "title": a.title,
                "authors": list(a.authors),
                "start": a.start.isoformat(),
                "end": a.end.isoformat(),
                "published": a.published.isoformat(),
                "summary": a.summary,
                "url": a.url,
                "findings": [_finding_data(f) for f in a.findings],
                "id": a.id,
            }
            for a in release.shadow
        ],
    }


def from_data(data: Mapping[str, Any], today: date) -> Release:
    """A stored release as of ``today`` (which submissions count as late depends on it)."""
    base = approved_from_data(data["approved"])
    filings = tuple(
        Filing(r, org, status, *(None if d is None else date.fromisoformat(d) for d in days))
        for r, org, status, *days in data.get("compliance", [])
    )
    approved = replace(base, filings=filings)
    return Release(
        plan=Plan.model_validate(data["plan"]),
        version=data["version"],
        published=date.fromisoformat(data["published"]),
        as_of=today,
        rounds=approved.rounds,
        observations=approved.observations,
        activities=approved.activities,
        spending=approved.spending,
        compliance=approved.compliance(today),
        shadow=tuple(
            ShadowAssessment(
                title=a["title"],
                authors=tuple(a["authors"]),
                start=date.fromisoformat(a["start"]),
                end=date.fromisoformat(a["end"]),
                published=date.fromisoformat(a["published"]),
                summary=a["summary"],
                url=a["url"],
                findings=tuple(_finding(f) for f in a["findings"]),
                id=a.get("id"),
            )
            for a in data.get("shadow", [])
        ),
    )


def _finding_data(f: ShadowFinding) -> list[Any]:
    row: list[Any] = [f.text, f.item, None if f.rating is None else f.rating.value]
    if f.criterion:  # a finding about a criterion carries two more; older ones three
        row += [f.criterion, None if f.level is None else f.level.value]
    return row


def _finding(row: list[Any]) -> ShadowFinding:
    text, item, rating, *more = row
    criterion, level = [*more, None, None][:2]
    return ShadowFinding(
        text,
        item,
        None if rating is None else Status(rating),
        criterion,
        None if level is None else Level(level),
    )


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


def _strip_meeting(node: dict[str, Any]) -> None:
    """A meeting's minutes, agenda and action items go out only with public minutes; each
    decision only when it is public (by its own mark, or by its meeting's when unmarked)."""
    minutes_public = bool(node.get("public"))
    node["decisions"] = [
        d
        for d in node.get("decisions") or []
        if (minutes_public if d.get("public") is None else d.get("public"))
    ]
    if not minutes_public:
        node.update(minutes_url=None, agenda=[], action_items=[])


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
    if "attendance" in node and "minutes_url" in node:
        _strip_meeting(node)
    if "inputs" in node and "participants" in node and not node.get("public"):
        # What was said at a consultation not published stays with the plan's owners.
        node["inputs"] = []
    if not budget_public:
        if "amount" in node and "currency" in node:
            node["amount"] = None
        if "total" in node and "statement" in node:
            node["total"] = None
        if "resourcing" in node and "budget" in node:
            node["budget"] = None
    for value in node.values():
        _strip(value, budget_public)
