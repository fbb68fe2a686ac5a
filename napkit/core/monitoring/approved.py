"""A plan's approved monitoring data, as one value that can be stored and read back.

Only approved submissions count as data. What dashboards, the scorecard, the public site,
the annual report and the exports need of them (each indicator's values, each activity's
status, spending, who reported when) is gathered into an ``Approved`` when an approval
changes it, stored, and read back as it is: never re-queried value by value per request.
``to_data`` / ``from_data`` give its JSON form (compact lists, dates as ISO text).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from napkit.core.monitoring.progress import Observation, Status
from napkit.core.monitoring.rollup import Spending


@dataclass(frozen=True)
class Round:
    """A reporting round with approved data."""

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
class Filing:
    """One organisation's submission for a round with approved data (process facts only)."""

    round: str
    organisation: str
    status: str
    submitted: date | None
    approved: date | None


@dataclass(frozen=True)
class Approved:
    rounds: tuple[Round, ...] = ()  # oldest first
    observations: Mapping[str, list[Observation]] = field(default_factory=dict)
    activities: Mapping[str, list[ActivityState]] = field(default_factory=dict)
    spending: tuple[Spending, ...] = ()
    filings: tuple[Filing, ...] = ()

    def compliance(self, today: date) -> tuple[ComplianceRecord, ...]:
        """Who reported for each round, and whether on time as of ``today``."""
        deadlines = {r.key: r.deadline for r in self.rounds}
        out = []
        for f in self.filings:
            due = deadlines[f.round]
            on_time = (f.submitted <= due) if f.submitted else (False if today > due else None)
            out.append(
                ComplianceRecord(
                    f.round, f.organisation, f.status, f.submitted, f.approved, on_time
                )
            )
        return tuple(sorted(out, key=lambda c: (c.round, c.organisation)))


@dataclass(frozen=True)
class Summary:
    """The few figures the scorecard reads: which indicators have a value for the latest
    period with approved data, and the plan's allocated, disbursed and spent totals."""

    current: frozenset[str] = frozenset()
    allocated: Decimal | None = None
    disbursed: Decimal | None = None
    spent: Decimal | None = None


def summarise(approved: Approved) -> Summary:
    latest = max((r.end for r in approved.rounds), default=None)
    current = frozenset(
        key
        for key, found in approved.observations.items()
        if any(o.end == latest and o.value is not None for o in found)
    )
    zero = Decimal(0)
    money = approved.spending
    return Summary(
        current,
        sum((s.allocated or zero for s in money), zero) or None,
        sum((s.disbursed or zero for s in money), zero) or None,
        sum((s.spent or zero for s in money), zero) or None,
    )


def summary_to_data(summary: Summary) -> dict[str, Any]:
    return {
        "current": sorted(summary.current),
        "allocated": _money(summary.allocated),
        "disbursed": _money(summary.disbursed),
        "spent": _money(summary.spent),
    }


def summary_from_data(data: Mapping[str, Any]) -> Summary:
    return Summary(
        frozenset(data.get("current", [])),
        _decimal(data.get("allocated")),
        _decimal(data.get("disbursed")),
        _decimal(data.get("spent")),
    )


# --- JSON form ----------------------------------------------------------------------


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def to_data(approved: Approved) -> dict[str, Any]:
    return {
        "rounds": [
            [r.key, r.label, r.start.isoformat(), r.end.isoformat(), r.deadline.isoformat()]
            for r in approved.rounds
        ],
        "observations": {
            key: [
                [
                    o.start.isoformat(),
                    o.end.isoformat(),
                    o.value,
                    o.numerator,
                    o.denominator,
                    o.parts or None,
                    None if o.assessment is None else o.assessment.value,
                    o.label,
                    o.note,
                ]
                for o in found
            ]
            for key, found in approved.observations.items()
        },
        "activities": {
            key: [
                [
                    a.start.isoformat(),
                    a.end.isoformat(),
                    a.label,
                    a.status,
                    a.percent_complete,
                    a.note,
                ]
                for a in states
            ]
            for key, states in approved.activities.items()
        },
        "spending": [
            [
                s.line,
                _money(s.allocated),
                _money(s.disbursed),
                _money(s.spent),
                _iso(s.start),
                _iso(s.end),
            ]
            for s in approved.spending
        ],
        "filings": [
            [f.round, f.organisation, f.status, _iso(f.submitted), _iso(f.approved)]
            for f in approved.filings
        ],
    }


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def from_data(data: Mapping[str, Any]) -> Approved:
    rounds = tuple(
        Round(key, label, date.fromisoformat(s), date.fromisoformat(e), date.fromisoformat(d))
        for key, label, s, e, d in data.get("rounds", [])
    )
    return Approved(
        rounds=rounds,
        observations={
            key: [
                Observation(
                    date.fromisoformat(s),
                    date.fromisoformat(e),
                    value,
                    numerator,
                    denominator,
                    parts=parts or {},
                    assessment=None if rating is None else Status(rating),
                    label=label,
                    note=note,
                )
                for s, e, value, numerator, denominator, parts, rating, label, note in rows
            ]
            for key, rows in data.get("observations", {}).items()
        },
        activities={
            key: [
                ActivityState(key, date.fromisoformat(s), date.fromisoformat(e), *rest)
                for s, e, *rest in rows
            ]
            for key, rows in data.get("activities", {}).items()
        },
        spending=tuple(
            Spending(line, _decimal(a), _decimal(d), _decimal(sp), _day(s), _day(e))
            for line, a, d, sp, s, e in data.get("spending", [])
        ),
        filings=tuple(
            Filing(r, org, status, _day(sent), _day(ok))
            for r, org, status, sent, ok in data.get("filings", [])
        ),
    )
