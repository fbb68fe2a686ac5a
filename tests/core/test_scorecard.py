"""The scorecard as a whole: levels, evidence for the weak plan's gaps, determinism."""

from __future__ import annotations

from datetime import date

import pytest

from napkit.core.plan import model as core
from napkit.core.scorecard import Level, Outcome, assess, catalogue
from napkit.core.scorecard.model import LEVELS, level_for

AS_OF = date(2026, 11, 26)


def test_the_catalogue_has_thirteen_criteria_with_unique_checks() -> None:
    criteria = catalogue()
    assert [c.number for c in criteria] == list(range(1, 14))
    ids = [d.id for c in criteria for d in c.checks]
    assert len(ids) == len(set(ids))
    assert all(c.checks for c in criteria)
    assert all(d.explanation for c in criteria for d in c.checks)


def test_the_demo_plan_scores_high(demo_plan: core.Plan) -> None:
    result = assess(demo_plan, AS_OF)
    assert result.level is Level.HIGH_IMPACT
    assert result.score >= 90
    assert result.budget_status.value == "spent"
    assert all(c.score is not None and c.score >= 80 for c in result.criteria)


def test_the_weak_plan_scores_low(weak_plan: core.Plan) -> None:
    result = assess(weak_plan, AS_OF)
    assert result.level is Level.WEAK
    assert result.score < 25


@pytest.mark.parametrize(
    ("check_id", "words"),
    [
        ("6.2", "Budget status: none"),
        ("13.1", "Budget status: none"),
        ("6.1", "6 of 6 activities are not costed"),
        ("4.2", "have no baseline"),
        ("2.1", "No consultation is recorded"),
        ("2.2", "No coordination body"),
        ("2.3", "No activity is led or supported by a civil-society organisation"),
        ("7.1", "participation, prevention, relief and recovery not addressed"),
        ("5.1", "4 of 6 activities have no lead organisation"),
    ],
)
def test_each_gap_of_the_weak_plan_is_named(
    weak_plan: core.Plan, check_id: str, words: str
) -> None:
    result = assess(weak_plan, AS_OF).check(check_id)
    assert result.outcome is Outcome.FAIL
    assert words in result.evidence.summary
    assert result.recommendation


def test_missing_leads_are_listed_as_evidence(weak_plan: core.Plan) -> None:
    result = assess(weak_plan, AS_OF).check("5.1")
    missing = {
        a.id
        for o in weak_plan.objectives
        for out in o.outputs
        for a in out.activities
        if a.responsibility.lead is None
    }
    assert {item.id for item in result.evidence.failing} == missing
    assert all(item.kind == "activity" for item in result.evidence.failing)


def test_the_same_plan_always_gives_the_same_result(demo_plan: core.Plan) -> None:
    first = assess(demo_plan, AS_OF).model_dump_json()
    assert all(
        assess(demo_plan.model_copy(deep=True), AS_OF).model_dump_json() == first for _ in range(3)
    )


def test_an_empty_plan_is_assessed_not_rejected() -> None:
    bare = core.Plan(id="bare", metadata=core.PlanMetadata(title="A plan", country="XV"))
    result = assess(bare, AS_OF)
    assert result.level is Level.WEAK
    assert result.budget_status.value == "none"
    assert result.tally.failed > 30


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (100, Level.HIGH_IMPACT),
        (80, Level.HIGH_IMPACT),
        (79.9, Level.SOLID),
        (60, Level.SOLID),
        (59.9, Level.PARTIAL),
        (40, Level.PARTIAL),
        (39.9, Level.WEAK),
        (0, Level.WEAK),
    ],
)
def test_level_thresholds(score: float, level: Level) -> None:
    assert level_for(score) is level
    assert [floor for _, floor in LEVELS] == sorted((f for _, f in LEVELS), reverse=True)


def test_criterion_scores_are_weighted_means_of_their_checks(demo_plan: core.Plan) -> None:
    for criterion in assess(demo_plan, AS_OF).criteria:
        scored = [(k.score, k.weight) for k in criterion.checks if k.score is not None]
        expected = 100 * sum(s * w for s, w in scored) / sum(w for _, w in scored)
        assert criterion.score == pytest.approx(expected, abs=0.06)
