"""What an assessment says: results per check, per criterion and overall.

These are pydantic models so the JSON output has a published schema
(``docs/assessment.schema.json``) and stays stable for scripts.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from napkit.core.i18n import N_, _
from napkit.core.plan.vocabulary import BudgetStatus

ASSESSMENT_FORMAT: Literal[1] = 1


class Outcome(StrEnum):
    PASS = "pass"
    PARTIAL = "partial"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"


class Level(StrEnum):
    """Where a score lands. Thresholds are in ``LEVELS`` and in docs/criteria.md."""

    HIGH_IMPACT = "high_impact"
    SOLID = "solid"
    PARTIAL = "partial"
    WEAK = "weak"

    @property
    def label(self) -> str:
        """The level in words, in the current language ("high impact" in English)."""
        return _(LEVEL_LABELS[self])


LEVEL_LABELS: dict[Level, str] = {
    Level.HIGH_IMPACT: N_("high impact"),
    Level.SOLID: N_("solid"),
    Level.PARTIAL: N_("partial"),
    Level.WEAK: N_("weak"),
}


# (level, lowest score that reaches it), best first; a score is from 0 to 100.
LEVELS: tuple[tuple[Level, float], ...] = (
    (Level.HIGH_IMPACT, 80.0),
    (Level.SOLID, 60.0),
    (Level.PARTIAL, 40.0),
    (Level.WEAK, 0.0),
)


def level_for(score: float) -> Level:
    return next(level for level, floor in LEVELS if score >= floor)


class Result(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ItemRef(Result):
    """A plan item named as evidence: its id, what it is, and its title or name."""

    id: str
    kind: str
    label: str


class Evidence(Result):
    summary: str
    failing: list[ItemRef] = Field(default_factory=list, description="Items that fall short.")
    passing: list[ItemRef] = Field(default_factory=list, description="Items that meet it.")


class CheckResult(Result):
    id: str
    title: str
    outcome: Outcome
    score: float | None = Field(description="0 to 1; null when not applicable.")
    weight: float
    evidence: Evidence
    recommendation: str | None = None


class CriterionResult(Result):
    id: str
    number: int
    title: str
    group: str
    source: str
    weight: float
    score: float | None = Field(description="0 to 100; null when no check applies.")
    level: Level | None
    checks: list[CheckResult]


class PlanRef(Result):
    id: str
    title: str
    country: str
    edition: int | None = None
    period_start: date | None = None
    period_end: date | None = None


class Tally(Result):
    passed: int
    partial: int
    failed: int
    not_applicable: int


class Assessment(Result):
    format: Literal[1] = ASSESSMENT_FORMAT
    plan: PlanRef
    as_of: date
    score: float = Field(description="0 to 100, the weighted mean of the criteria scores.")
    level: Level
    budget_status: BudgetStatus = Field(description="The highest status the plan supports.")
    tally: Tally
    criteria: list[CriterionResult]

    def criterion(self, criterion_id: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == criterion_id)

    def check(self, check_id: str) -> CheckResult:
        return next(k for c in self.criteria for k in c.checks if k.id == check_id)
