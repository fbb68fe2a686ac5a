"""Cross-item validation: contradictions are errors with paths; missing content is not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.core.plan.validation import validate
from napkit.core.plan.vocabulary import (
    Aggregation,
    BudgetStatus,
    Direction,
    GovernmentLevel,
    Measure,
    OrganisationType,
    Sector,
)
from tests.core.test_planfile_errors import GOOD

BASE = planfile.loads(GOOD, name="plan.yaml")


def fresh() -> core.Plan:
    return BASE.model_copy(deep=True)


def indicator(p: core.Plan) -> core.Indicator:
    return p.objectives[0].indicators[0]


def activity(p: core.Plan) -> core.Activity:
    return p.objectives[0].outputs[0].activities[0]


def add_line(p: core.Plan, **fields: object) -> None:
    activity(p).budget_lines.append(core.BudgetLine(id="B1", **fields))


IND = "objectives[0].indicators[0]"
ACT = "objectives[0].outputs[0].activities[0]"

Edit = Callable[[core.Plan], None]

CASES: list[tuple[str, Edit, str, str]] = [
    (
        "id shared by an output and an indicator",
        lambda p: setattr(p.objectives[0].outputs[0], "id", "I1"),
        "objectives[0].indicators[0].id",
        "duplicate id 'I1'",
    ),
    (
        "repeated pillar id",
        lambda p: p.framework.pillars.append(core.Pillar(id="protection", name="Again")),
        "framework.pillars[4].id",
        "duplicate pillar id",
    ),
    (
        "lead is also supporting",
        lambda p: activity(p).responsibility.supporting.append("MFA"),
        f"{ACT}.responsibility.supporting",
        "both the lead and a supporting",
    ),
    (
        "dangling supporting organisation",
        lambda p: activity(p).responsibility.supporting.append("MOD"),
        f"{ACT}.responsibility.supporting[0]",
        "unknown organisation 'MOD'",
    ),
    (
        "dangling indicator responsible",
        lambda p: setattr(indicator(p), "responsible", "NSO"),
        f"{IND}.responsible",
        "unknown organisation 'NSO'",
    ),
    (
        "member with neither organisation nor name",
        lambda p: p.governance.bodies.append(
            core.CoordinationBody(id="CB", name="Council", members=[core.Member(role="observer")])
        ),
        "governance.bodies[0].members[0]",
        "needs an organisation or a name",
    ),
    (
        "member by name without sector",
        lambda p: p.governance.bodies.append(
            core.CoordinationBody(
                id="CB", name="Council", members=[core.Member(name="Dr A. Mwangi")]
            )
        ),
        "governance.bodies[0].members[0]",
        "needs a sector",
    ),
    (
        "unknown disaggregation",
        lambda p: indicator(p).disaggregation.append("religion"),
        f"{IND}.disaggregation[0]",
        "unknown disaggregation dimension 'religion'",
    ),
    (
        "consultation input shaping an unknown item",
        lambda p: p.consultations.append(
            core.Consultation(
                id="C1",
                title="Workshop",
                inputs=[
                    core.ConsultationInput(id="C1.1", summary="Add a pillar", addressed_in=["O9"])
                ],
            )
        ),
        "consultations[0].inputs[0].addressed_in[0]",
        "unknown plan item 'O9'",
    ),
    (
        "plan is its own predecessor",
        lambda p: setattr(p.metadata, "predecessor", "small"),
        "metadata.predecessor",
        "its own predecessor",
    ),
    (
        "period ends before it starts",
        lambda p: setattr(
            p.metadata, "period", core.Period(start=date(2028, 1, 1), end=date(2025, 1, 1))
        ),
        "metadata.period.end",
        "ends (2025-01-01) before it starts",
    ),
    (
        "activity ends before it starts",
        lambda p: (
            setattr(activity(p), "start", date(2026, 5, 1)),
            setattr(activity(p), "end", date(2026, 1, 1)),
        ),
        f"{ACT}.end",
        "ends (2026-01-01) before it starts",
    ),
    (
        "activity outside the period",
        lambda p: setattr(activity(p), "end", date(2029, 1, 1)),
        f"{ACT}.end",
        "outside the plan period",
    ),
    (
        "milestone without a date",
        lambda p: indicator(p).milestones.append(core.Target(value=20)),
        f"{IND}.milestones[0]",
        "a milestone needs a date",
    ),
    (
        "milestone after the end target",
        lambda p: (
            indicator(p).milestones.append(core.Target(value=20, date=date(2028, 6, 1))),
            setattr(indicator(p).target, "date", date(2027, 12, 31)),
        ),
        f"{IND}.milestones[0].date",
        "falls after the end target",
    ),
    (
        "milestone not after the baseline",
        lambda p: indicator(p).milestones.append(core.Target(value=20, date=date(2024, 12, 31))),
        f"{IND}.milestones[0].date",
        "outside the plan period",
    ),
    (
        "two milestones on one date",
        lambda p: indicator(p).milestones.extend(
            [
                core.Target(value=20, date=date(2026, 1, 1)),
                core.Target(value=25, date=date(2026, 1, 1)),
            ]
        ),
        f"{IND}.milestones",
        "two milestones share the date 2026-01-01",
    ),
    (
        "revisions out of order",
        lambda p: indicator(p).target.history.extend(
            [  # type: ignore[union-attr]
                core.TargetRevision(value=50, changed_on=date(2026, 3, 1), reason="budget cut"),
                core.TargetRevision(value=45, changed_on=date(2025, 3, 1), reason="new census"),
            ]
        ),
        f"{IND}.target.history[1].changed_on",
        "oldest first",
    ),
    (
        "ordinal without a scale",
        lambda p: (
            setattr(indicator(p), "measure", Measure.ORDINAL),
            setattr(indicator(p), "baseline", core.Baseline()),
            setattr(indicator(p), "target", None),
        ),
        f"{IND}.scale",
        "needs a scale of at least two levels",
    ),
    (
        "scale on a number",
        lambda p: setattr(indicator(p), "scale", ["low", "high"]),
        f"{IND}.scale",
        "only for ordinal",
    ),
    (
        "ordinal value off the scale",
        lambda p: (
            setattr(indicator(p), "measure", Measure.ORDINAL),
            setattr(indicator(p), "scale", ["none", "draft", "adopted"]),
            setattr(indicator(p), "baseline", core.Baseline(value="none")),
            setattr(indicator(p), "target", core.Target(value="enacted")),
        ),
        f"{IND}.target.value",
        "expected a level of the scale (none, draft, adopted)",
    ),
    (
        "yes/no given a number",
        lambda p: (
            setattr(indicator(p), "measure", Measure.YES_NO),
            setattr(indicator(p), "baseline", core.Baseline(value=False)),
            setattr(indicator(p), "target", core.Target(value=1)),
        ),
        f"{IND}.target.value",
        "expected yes/no",
    ),
    (
        "number given text",
        lambda p: (
            setattr(indicator(p), "measure", Measure.NUMBER),
            setattr(indicator(p), "target", core.Target(value="many")),
        ),
        f"{IND}.target.value",
        "expected a number",
    ),
    (
        "narrative given a number",
        lambda p: (
            setattr(indicator(p), "measure", Measure.NARRATIVE),
            setattr(indicator(p), "baseline", core.Baseline()),
            setattr(indicator(p), "target", core.Target(value=3)),
        ),
        f"{IND}.target.value",
        "expected text",
    ),
    (
        "baseline not applicable yet valued",
        lambda p: setattr(indicator(p).baseline, "not_applicable", True),
        f"{IND}.baseline.value",
        "not applicable cannot have a value",
    ),
    (
        "cumulative increase that falls",
        lambda p: (
            setattr(indicator(p), "measure", Measure.NUMBER),
            setattr(indicator(p), "aggregation", Aggregation.CUMULATIVE),
            indicator(p).milestones.append(core.Target(value=60, date=date(2026, 12, 31))),
        ),
        f"{IND}.target.value",
        "cannot fall from 60 to 40",
    ),
    (
        "cumulative decrease that rises",
        lambda p: (
            setattr(indicator(p), "measure", Measure.NUMBER),
            setattr(indicator(p), "direction", Direction.DECREASE),
            setattr(indicator(p), "aggregation", Aggregation.CUMULATIVE),
            indicator(p).milestones.append(core.Target(value=5, date=date(2026, 12, 31))),
        ),
        f"{IND}.target.value",
        "cannot rise from 5 to 40",
    ),
    (
        "amount without currency",
        lambda p: add_line(p, amount=Decimal(1000), status=BudgetStatus.COSTED),
        f"{ACT}.budget_lines[0].currency",
        "needs a currency",
    ),
    (
        "unknown currency",
        lambda p: add_line(p, amount=Decimal(1000), currency="XYZ", status=BudgetStatus.COSTED),
        f"{ACT}.budget_lines[0].currency",
        "unknown currency code 'XYZ'",
    ),
    (
        "allocated without amount",
        lambda p: add_line(p, status=BudgetStatus.ALLOCATED),
        f"{ACT}.budget_lines[0].amount",
        "status 'allocated' needs an amount",
    ),
    (
        "plan total without currency",
        lambda p: setattr(p.budget, "total", Decimal(5)),
        "budget.currency",
        "needs a currency",
    ),
    (
        "coordinator budget without currency",
        lambda p: setattr(p.governance, "coordinator", core.Coordinator(budget=Decimal(9))),
        "governance.coordinator.currency",
        "needs a currency",
    ),
    (
        "level on a civil-society organisation",
        lambda p: p.organisations.append(
            core.Organisation(
                id="WPN",
                name="Women's Peace Network",
                type=OrganisationType.CIVIL_SOCIETY,
                level=GovernmentLevel.NATIONAL,
            )
        ),
        "organisations[1].level",
        "only for government",
    ),
    (
        "exhaustive dimension without categories",
        lambda p: p.framework.dimensions.append(core.Dimension(id="rank", name="Rank")),
        "framework.dimensions[0].categories",
        "needs its categories",
    ),
]


@pytest.mark.parametrize(("case", "edit", "field", "words"), CASES, ids=[c[0] for c in CASES])
def test_contradiction_is_reported(case: str, edit: Edit, field: str, words: str) -> None:
    plan = fresh()
    edit(plan)
    found = [(p.field, p.message) for p in validate(plan)]
    assert any(f == field and words in m for f, m in found), found


def test_the_base_plan_is_valid() -> None:
    assert validate(fresh()) == []


def test_missing_content_is_never_an_error() -> None:
    bare = core.Plan(id="bare", metadata=core.PlanMetadata(title="A plan", country="XV"))
    assert validate(bare) == []
    hollow = fresh()
    hollow.objectives[0].indicators[0] = core.Indicator(id="I1", name="Something measured")
    hollow.objectives[0].outputs[0].activities[0].responsibility = core.Responsibility()
    hollow.organisations = []
    assert validate(hollow) == []


def test_sector_defaults_need_no_name() -> None:
    plan = fresh()
    plan.governance.bodies.append(
        core.CoordinationBody(
            id="CB",
            name="Council",
            members=[
                core.Member(organisation="MFA"),
                core.Member(name="Women's Peace Network", sector=Sector.CIVIL_SOCIETY),
            ],
        )
    )
    assert validate(plan) == []
