"""The scorecard as a whole: levels, evidence for the weak plan's gaps, determinism."""

from __future__ import annotations

from datetime import date

import pytest

from napkit.core.plan import model as core
from napkit.core.scorecard import Level, Outcome, assess, catalogue
from napkit.core.scorecard.assess import BANDS, _level, _present_level
from napkit.core.scorecard.catalogue import Rule
from napkit.core.scorecard.model import LEVELS, CheckResult, Evidence, level_for

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
    assert all(c.level is Level.HIGH_IMPACT for c in result.criteria)


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


P, H, F, N = Outcome.PASS, Outcome.PARTIAL, Outcome.FAIL, Outcome.NOT_STATED


def _checks(**outcomes: Outcome) -> dict[str, CheckResult]:
    scores = {P: 1.0, H: 0.5, F: 0.0, N: None}
    return {
        name: CheckResult(
            id=name,
            title=name,
            outcome=o,
            score=scores[o],
            weight=1.0,
            evidence=Evidence(summary=""),
        )
        for name, o in outcomes.items()
    }


RULE = Rule(key=("k1", "k2"), full=("f1", "f2~|f3"), rescue=("r",))


@pytest.mark.parametrize(
    ("outcomes", "level"),
    [
        ({"k1": P, "k2": P, "f1": P, "f2": P}, Level.HIGH_IMPACT),
        ({"k1": P, "k2": P, "f1": P, "f2": H}, Level.HIGH_IMPACT),  # "~": partial is met
        ({"k1": P, "k2": P, "f1": P, "f2": F, "f3": P}, Level.HIGH_IMPACT),  # "|": either
        ({"k1": P, "k2": P, "f1": H, "f2": P}, Level.SOLID),
        ({"k1": P, "k2": P, "f1": N, "f2": P}, Level.SOLID),  # not stated is not met
        ({"k1": P, "k2": N, "f1": P, "f2": P}, Level.HIGH_IMPACT),  # unanswered keys left out
        ({"k1": P, "k2": H, "f1": P, "f2": P}, Level.PARTIAL),
        ({"k1": P, "k2": F, "f1": P, "f2": P}, Level.PARTIAL),
        ({"k1": F, "k2": F, "f1": P, "f2": P}, Level.WEAK),  # secondary checks cannot lift it
        ({"k1": F, "k2": F, "r": P}, Level.PARTIAL),  # the rescue can
        ({"k1": F, "k2": N, "r": H}, Level.WEAK),
        ({"k1": N, "k2": N, "f1": P, "f2": P}, None),  # the key question is not answered
    ],
)
def test_a_rule_sets_the_level_from_its_key_questions(
    outcomes: dict[str, Outcome], level: Level | None
) -> None:
    assert _level(RULE, _checks(**outcomes), {}) is level


@pytest.mark.parametrize(
    ("outcomes", "level"),
    [
        ({"a": P, "b": P, "c": P, "d": P, "e": H}, Level.HIGH_IMPACT),
        ({"a": P, "b": P, "c": H, "d": H}, Level.SOLID),
        ({"a": P, "b": F, "c": H, "d": H}, Level.SOLID),
        ({"a": P, "b": F, "c": F, "d": H}, Level.PARTIAL),
        ({"a": P, "b": F, "c": F, "d": F}, Level.WEAK),
        ({"a": N, "b": N}, None),
    ],
)
def test_factors_weighed_together(outcomes: dict[str, Outcome], level: Level | None) -> None:
    assert _present_level(list(_checks(**outcomes).values())) is level


def test_every_criterion_score_lies_in_its_band(demo_plan: core.Plan, weak_plan: core.Plan) -> None:
    for plan in (demo_plan, weak_plan):
        for criterion in assess(plan, AS_OF).criteria:
            assert criterion.score is not None and criterion.level is not None
            low, high = BANDS[criterion.level]
            assert low <= criterion.score <= high


def test_secondary_checks_never_take_a_criterion_from_pass_to_fail(demo_plan: core.Plan) -> None:
    """Fail every check that is not a key question: a criterion whose key questions pass
    stays solid at least."""
    result = assess(demo_plan, AS_OF)
    checks = {k.id: k for c in result.criteria for k in c.checks}
    found = {h.id: h for h in result.headlines}
    for criterion in catalogue():
        keys = {r.rstrip("~") for k in criterion.rule.key for r in k.split("|")}
        if not keys or criterion.rule.present:
            continue
        worst = {
            i: (k if i in keys else k.model_copy(update={"outcome": F, "score": 0.0}))
            for i, k in checks.items()
        }
        assert _level(criterion.rule, worst, found) in (Level.SOLID, Level.HIGH_IMPACT), (
            criterion.id
        )
