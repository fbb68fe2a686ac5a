"""How far the scorecard agrees with expert reviewers on the same plans.

A *coding* is what a reviewer decided from a plan's published sources, before napkit ran:
each headline finding (``yes`` / ``partial`` / ``no`` / ``not_stated``; the budget on its
scale; focus as ``domestic`` / ``international`` / ``both``; lead institution and pillars
as text) and a verdict per criterion (``strong`` / ``adequate`` / ``weak`` / ``not_stated``),
keyed by criterion number. Reviewers give verdicts in three grades where the scorecard has
four levels, so levels are read as verdicts by ``VERDICT``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from napkit.core.scorecard.model import Assessment, HeadlineFinding, Level

# The scorecard's level as a reviewer's verdict: "solid" and "partial" are both key elements
# present with visible gaps ("adequate"); a criterion with no score is "not stated".
VERDICT: dict[Level | None, str] = {
    Level.HIGH_IMPACT: "strong",
    Level.SOLID: "adequate",
    Level.PARTIAL: "adequate",
    Level.WEAK: "weak",
    None: "not_stated",
}

# Findings whose answer is the plan's own words: they agree when both say something, or
# both say nothing.
TEXT = frozenset({"lead_institution", "pillars"})
NOT_STATED = "not_stated"


@dataclass(frozen=True)
class Compared:
    plan: str
    kind: str  # "finding" or "criterion"
    key: str  # finding id, or criterion number
    expected: str
    found: str
    reason: str  # the reviewer's reason (criteria) or note (findings), if any

    @property
    def agrees(self) -> bool:
        return self.expected == self.found


def _finding_value(h: HeadlineFinding) -> str:
    if h.id in TEXT:
        return NOT_STATED if h.answer == NOT_STATED else "stated"
    return h.answer


def _expected_finding(key: str, coded: Mapping[str, Any]) -> str:
    value = coded.get("value", NOT_STATED)
    if key in TEXT:
        return NOT_STATED if value in (None, NOT_STATED, [], "") else "stated"
    return str(value)


def compare_with(a: Assessment, coding: Mapping[str, Any]) -> list[Compared]:
    """Every finding and criterion the coding decides, beside what the scorecard says."""
    out = []
    for h in a.headlines:
        coded = coding.get("findings", {}).get(h.id)
        if coded is None:
            continue
        out.append(
            Compared(
                a.plan.id,
                "finding",
                h.id,
                _expected_finding(h.id, coded),
                _finding_value(h),
                str(coded.get("note") or ""),
            )
        )
    verdicts = coding.get("criteria", {})
    for c in a.criteria:
        coded = verdicts.get(c.number) or verdicts.get(str(c.number))
        if coded is None:
            continue
        out.append(
            Compared(
                a.plan.id,
                "criterion",
                str(c.number),
                str(coded["verdict"]),
                VERDICT[c.level],
                str(coded.get("reason") or ""),
            )
        )
    return out


@dataclass(frozen=True)
class Rate:
    agreed: int
    of: int

    @property
    def share(self) -> float:
        return self.agreed / self.of if self.of else 1.0

    def __str__(self) -> str:
        return f"{self.agreed} of {self.of} ({self.share:.0%})"


def rate(rows: Iterable[Compared]) -> Rate:
    rows = list(rows)
    return Rate(sum(r.agrees for r in rows), len(rows))


def by_key(rows: Iterable[Compared], kind: str) -> dict[str, Rate]:
    keys: dict[str, list[Compared]] = {}
    for r in rows:
        if r.kind == kind:
            keys.setdefault(r.key, []).append(r)
    return {k: rate(v) for k, v in keys.items()}
