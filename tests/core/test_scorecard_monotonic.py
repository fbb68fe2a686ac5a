"""Improving a plan never lowers its score on the criterion the improvement is about."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from napkit.core.plan import model as core
from napkit.core.plan import planfile, walk
from napkit.core.plan.validation import validate
from napkit.core.plan.vocabulary import (
    ActionItemStatus,
    BudgetStatus,
    Measure,
    OrganisationType,
    Sector,
)
from napkit.core.scorecard import assess
from tests.core.strategies import plans

AS_OF = date(2026, 11, 26)
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def score(plan: core.Plan, criterion: str) -> float:
    value = assess(plan, AS_OF).criterion(criterion).score
    return -1.0 if value is None else value


def improved(plan: core.Plan, criteria: tuple[str, ...], edit: object) -> None:
    """Apply ``edit`` to a copy and check the criteria scores did not fall."""
    before = {c: score(plan, c) for c in criteria}
    better = plan.model_copy(deep=True)
    edit(better)  # type: ignore[operator]
    assert validate(better) == []
    for c in criteria:
        assert score(better, c) >= before[c], c


@SETTINGS
@given(plans(), st.data())
def test_naming_a_lead_never_lowers_responsibility(plan: core.Plan, data: st.DataObject) -> None:
    leaderless = [
        r.path
        for r in walk.activities(plan)
        if isinstance(r.item, core.Activity) and r.item.responsibility.lead is None
    ]
    assume(leaderless and plan.organisations)
    index = data.draw(st.integers(0, len(leaderless) - 1))
    org = data.draw(st.sampled_from([o.id for o in plan.organisations]))

    def name_lead(p: core.Plan) -> None:
        activity = next(r.item for r in walk.activities(p) if r.path == leaderless[index])
        assert isinstance(activity, core.Activity)
        activity.responsibility.lead = org
        activity.responsibility.supporting = [
            s for s in activity.responsibility.supporting if s != org
        ]

    improved(plan, ("responsibility",), name_lead)


@SETTINGS
@given(plans(), st.data())
def test_adding_a_baseline_never_lowers_the_baseline_score(
    plan: core.Plan, data: st.DataObject
) -> None:
    missing = [
        i.path
        for i in walk.indicators(plan)
        if i.indicator.baseline.value is None
        and not i.indicator.baseline.not_applicable
        and i.indicator.measure in (Measure.NUMBER, Measure.PERCENTAGE)
    ]
    assume(missing)
    index = data.draw(st.integers(0, len(missing) - 1))
    complete = data.draw(st.booleans())

    def add_baseline(p: core.Plan) -> None:
        ind = next(i.indicator for i in walk.indicators(p) if i.path == missing[index])
        first = min([m.date for m in ind.milestones if m.date] or [date(2029, 12, 31)])
        ind.baseline = core.Baseline(
            value=0,
            date=min(first, date(2024, 12, 31)),
            source="Statistics office" if complete else None,
        )

    improved(plan, ("baseline",), add_baseline)


@SETTINGS
@given(plans(), st.data())
def test_raising_the_budget_status_never_lowers_budget_scores(
    plan: core.Plan, data: st.DataObject
) -> None:
    current = plan.budget.effective_status
    higher = [s for s in BudgetStatus if s.rank > current.rank]
    assume(higher)
    status = data.draw(st.sampled_from(higher))

    def raise_status(p: core.Plan) -> None:
        p.budget.status = status
        if status.needs_amount and p.budget.total is None:
            p.budget.total, p.budget.currency = Decimal("1000000"), "EUR"

    improved(plan, ("budget", "resources"), raise_status)


@SETTINGS
@given(plans(), st.data())
def test_raising_a_budget_line_never_lowers_budget_scores(
    plan: core.Plan, data: st.DataObject
) -> None:
    lines = [b.path for b in walk.budget_lines(plan) if b.line.amount is not None]
    assume(lines)
    index = data.draw(st.integers(0, len(lines) - 1))
    target = next(b.line for b in walk.budget_lines(plan) if b.path == lines[index])
    higher = [s for s in BudgetStatus if s.rank > target.effective_status.rank]
    assume(higher)
    status = data.draw(st.sampled_from(higher))

    def raise_line(p: core.Plan) -> None:
        line = next(b.line for b in walk.budget_lines(p) if b.path == lines[index])
        line.status = status

    improved(plan, ("budget", "resources"), raise_line)


@SETTINGS
@given(plans(), st.data())
def test_a_civil_society_member_never_lowers_civil_society_scores(
    plan: core.Plan, data: st.DataObject
) -> None:
    assume(plan.governance.bodies)
    index = data.draw(st.integers(0, len(plan.governance.bodies) - 1))
    cso = [o.id for o in plan.organisations if o.type is OrganisationType.CIVIL_SOCIETY]
    by_org = bool(cso) and data.draw(st.booleans())
    role = data.draw(st.sampled_from([None, "member", "observer"]))

    def add_member(p: core.Plan) -> None:
        member = (
            core.Member(organisation=cso[0], role=role)
            if by_org
            else core.Member(name="Women's Peace Network", sector=Sector.CIVIL_SOCIETY, role=role)
        )
        p.governance.bodies[index].members.append(member)

    improved(plan, ("civil_society", "inclusive_design"), add_member)


DEMO = planfile.load(Path(__file__).resolve().parents[2] / "examples" / "valdoria-nap-2025.yaml")


@SETTINGS
@given(st.data())
def test_holding_a_meeting_or_closing_an_action_item_never_lowers_coordination(
    data: st.DataObject,
) -> None:
    """From the demo plan with some meetings missed and some action items left open,
    holding one more meeting or closing one more item on time never lowers criterion 3."""
    meetings = [
        (b, m) for b, body in enumerate(DEMO.governance.bodies) for m in range(len(body.meetings))
    ]
    missed = data.draw(st.sets(st.sampled_from(meetings), max_size=4))
    items = [
        (b, m, a)
        for b, body in enumerate(DEMO.governance.bodies)
        for m, meeting in enumerate(body.meetings)
        for a in range(len(meeting.action_items))
    ]
    opened = data.draw(st.sets(st.sampled_from(items), max_size=4))
    worse = DEMO.model_copy(deep=True)
    for b, m in missed:
        worse.governance.bodies[b].meetings[m].held = False
    for b, m, a in opened:
        item = worse.governance.bodies[b].meetings[m].action_items[a]
        item.status, item.done = ActionItemStatus.OPEN, None
    fix_meeting = data.draw(st.sampled_from(sorted(missed))) if missed else None
    fix_item = data.draw(st.sampled_from(sorted(opened))) if opened else None
    assume(fix_meeting or fix_item)

    def better(p: core.Plan) -> None:
        if fix_meeting:
            p.governance.bodies[fix_meeting[0]].meetings[fix_meeting[1]].held = True
        if fix_item:
            b, m, a = fix_item
            item = p.governance.bodies[b].meetings[m].action_items[a]
            item.status, item.done = ActionItemStatus.DONE, item.due

    improved(worse, ("coordination",), better)
