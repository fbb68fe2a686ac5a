"""What an assessment says: results per check, per criterion and overall.

These are pydantic models so the JSON output has a published schema
(``docs/assessment.schema.json``) and stays stable for scripts.
"""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from napkit.core.i18n import N_, _
from napkit.core.plan.vocabulary import BudgetStatus

ASSESSMENT_FORMAT: Literal[1] = 1


class Outcome(StrEnum):
    PASS = "pass"
    PARTIAL = "partial"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"
    NOT_STATED = "not_stated"  # the plan's document is silent: left out of the score


class Basis(StrEnum):
    """What a headline finding rests on."""

    PLAN = "plan"  # the plan's own details (bodies, indicators, budget lines, …)
    STATEMENT = "statement"  # what the plan's document states, quoted in the plan file
    NONE = "none"  # nothing: not stated, or (a plan authored in napkit) absent


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
    score: float | None = Field(
        description="0 to 100; null when no check applies or the question is not stated."
    )
    level: Level | None
    not_stated: bool = Field(
        False, description="The plan's document does not answer the criterion's key question."
    )
    checks: list[CheckResult]


class PlanRef(Result):
    id: str
    title: str
    country: str
    edition: int | None = None
    period_start: date | None = None
    period_end: date | None = None
    global_indicators: list[str] = Field(
        default_factory=list,
        description="Catalogue indicators ('sdg:5.5.1', 'un_1325:11a') its indicators adapt.",
    )


class Tally(Result):
    passed: int
    partial: int
    failed: int
    not_applicable: int
    not_stated: int = 0

    @property
    def scored(self) -> int:
        return self.passed + self.partial + self.failed


class HeadlineFinding(Result):
    """One of the facts comparative studies code for every NAP (see scorecard.headlines)."""

    id: str
    question: str
    answer: str = Field(
        description="yes, partial, no or not_stated; for the budget its status on the scale; "
        "for focus, lead institution and pillars the plan's own words."
    )
    basis: Basis
    summary: str
    quote: str | None = Field(None, description="The document's words, when it is the basis.")
    source: str | None = None


class Assessment(Result):
    format: Literal[1] = ASSESSMENT_FORMAT
    plan: PlanRef
    as_of: date
    score: float = Field(description="0 to 100, the weighted mean of the criteria scores.")
    level: Level
    budget_status: BudgetStatus = Field(description="The highest status the plan supports.")
    tally: Tally
    stage: Literal["design", "implementation"] = Field(
        "design",
        description="'design' until reporting rounds exist: checks of tracking then apply.",
    )
    headlines: list[HeadlineFinding] = Field(default_factory=list)
    criteria: list[CriterionResult]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def coverage(self) -> str:
        """'scored on 41 of 56 checks; 15 not stated in the plan', in the reader's words."""
        total = self.tally.scored + self.tally.not_stated + self.tally.not_applicable
        text = _("scored on {scored} of {total} checks").format(
            scored=self.tally.scored, total=total
        )
        if self.tally.not_stated:
            text += _("; {n} not stated in the plan").format(n=self.tally.not_stated)
        return text

    def to_json(self) -> str:
        """The assessment as JSON (docs/assessment.schema.json): one serialisation for the
        web, the API, the public site and the command line, so they agree byte for byte."""
        return json.dumps(self.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"

    def headline(self, key: str) -> HeadlineFinding:
        return next(h for h in self.headlines if h.id == key)

    def criterion(self, criterion_id: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == criterion_id)

    def check(self, check_id: str) -> CheckResult:
        return next(k for c in self.criteria for k in c.checks if k.id == check_id)
