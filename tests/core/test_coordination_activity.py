"""The coordination body at work and consultations answered: plan files written before
decisions and action items were objects still load; what is not public never reaches a
release; the demo plan's scorecard follows missed meetings, overdue action items and
inputs left unanswered, and its evidence says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from napkit.core.plan import coordination, planfile
from napkit.core.plan import model as core
from napkit.core.plan.validation import validate, warnings
from napkit.core.plan.vocabulary import ActionItemStatus
from napkit.core.publishing.release import disclosed
from napkit.core.scorecard import assess

AS_OF = date(2026, 11, 26)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "real_naps"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _meeting(**fields: object) -> core.Meeting:
    return core.Meeting.model_validate({"id": "M1", "date": "2025-03-10", **fields})


def test_plain_text_decisions_and_action_items_still_load() -> None:
    m = _meeting(decisions=["Go ahead"], action_items=["MoD to report", "MoF to cost"])
    assert [(d.id, d.text, d.public) for d in m.decisions] == [("M1.d1", "Go ahead", None)]
    assert [a.id for a in m.action_items] == ["M1.a1", "M1.a2"]
    assert all(a.status is ActionItemStatus.OPEN and a.due is None for a in m.action_items)
    # A meeting recorded before "held" existed was held.
    assert m.held


def test_text_and_objects_mix_and_round_trip() -> None:
    m = _meeting(
        decisions=["Go", {"id": "D9", "text": "Stop", "public": False}],
        action_items=[{"id": "A1", "text": "Cost it", "owner": "mof", "due": "2025-06-01"}],
    )
    assert [d.id for d in m.decisions] == ["M1.d1", "D9"]
    again = core.Meeting.model_validate(m.model_dump(mode="json"))
    assert again == m


@pytest.mark.parametrize(
    "path",
    sorted(FIXTURES.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml")),
    ids=lambda p: p.stem,
)
def test_every_existing_plan_file_loads(path: Path) -> None:
    plan = planfile.load(path)
    assert validate(plan) == []


def test_a_decision_follows_its_meeting_unless_it_says_otherwise() -> None:
    m = _meeting(
        public=True,
        decisions=["Open", {"id": "X", "text": "Closed", "public": False}],
    )
    assert [m.decision_public(d) for d in m.decisions] == [True, False]
    private = _meeting(
        public=False, decisions=["Closed", {"id": "Y", "text": "Open", "public": True}]
    )
    assert [private.decision_public(d) for d in private.decisions] == [False, True]


def test_the_release_keeps_only_public_decisions_minutes_and_consultations(
    demo_plan: core.Plan,
) -> None:
    public = disclosed(demo_plan)
    texts = {d.decision.text for d in coordination.decisions(public)}
    kept = {d.decision.text for d in coordination.public_decisions(demo_plan)}
    assert texts == kept
    assert "Security arrangements for the defenders' shelter network agreed." not in texts
    assert "WPS expenditure tag to be introduced in the FY 2026-27 budget circular." in texts
    for body in public.governance.bodies:
        for m in body.meetings:
            if not m.public:
                assert m.minutes_url is None and m.action_items == [] and m.agenda == []
    for c in public.consultations:
        if not c.public:
            assert c.inputs == []
    assert any(c.inputs for c in public.consultations if c.public)


def test_missed_meetings_and_overdue_action_items(demo_plan: core.Plan) -> None:
    steering = demo_plan.governance.bodies[0]
    assert coordination.missed_meetings(steering, AS_OF) == []
    # The planned December meeting is missed once its date has passed without it.
    assert [m.id for m in coordination.missed_meetings(steering, date(2026, 12, 11))] == [
        "SC-2026-4"
    ]
    overdue = [a.item.id for a in coordination.overdue_items(demo_plan, AS_OF)]
    assert overdue == ["SC-2026-1.a1"]


def test_a_not_adopted_input_without_a_reason_is_a_warning_not_an_error(
    demo_plan: core.Plan,
) -> None:
    data = planfile.to_data(demo_plan)
    data["consultations"][0]["inputs"][0].update(response="not_adopted", how_addressed=None)
    plan = core.Plan.model_validate(data)
    assert validate(plan) == []
    [warning] = warnings(plan)
    assert warning.severity == "warning"
    assert warning.path == ("consultations", 0, "inputs", 0, "how_addressed")
    assert warnings(demo_plan) == []


def test_unknown_items_in_about_and_action_items_are_problems(demo_plan: core.Plan) -> None:
    data = planfile.to_data(demo_plan)
    data["consultations"][0]["inputs"][0]["about"] = ["NOPE"]
    meeting = data["governance"]["bodies"][0]["meetings"][0]
    meeting["action_items"][0].update(items=["GONE"], owner="nobody")
    problems = validate(core.Plan.model_validate(data))
    paths = {p.path for p in problems}
    assert ("consultations", 0, "inputs", 0, "about", 0) in paths
    assert ("governance", "bodies", 0, "meetings", 0, "action_items", 0, "items", 0) in paths
    assert ("governance", "bodies", 0, "meetings", 0, "action_items", 0, "owner") in paths


# --- the demo plan's scorecard reads the activity -----------------------------------------


def _changed(plan: core.Plan, edit: object) -> core.Plan:
    copy = plan.model_copy(deep=True)
    edit(copy)  # type: ignore[operator]
    return core.Plan.model_validate(copy.model_dump())


def test_a_missed_meeting_lowers_the_demo_scorecard_and_is_named(demo_plan: core.Plan) -> None:
    before = assess(demo_plan, AS_OF)

    def miss(p: core.Plan) -> None:
        p.governance.bodies[0].meetings[5].held = False  # SC-2026-3, 17 Sep 2026

    after = assess(_changed(demo_plan, miss), AS_OF)
    assert after.check("3.3").score < before.check("3.3").score
    assert "Missed: SC-2026-3 (2026-09-17)" in after.check("3.3").evidence.summary
    assert "SC-2026-3" in [r.id for r in after.check("3.3").evidence.failing]
    assert after.score < before.score


def test_an_input_left_unanswered_lowers_the_demo_scorecard_and_is_named(
    demo_plan: core.Plan,
) -> None:
    before = assess(demo_plan, AS_OF)

    def unanswer(p: core.Plan) -> None:
        item = p.consultations[1].inputs[0]  # CONS-2.in1, not adopted with the reason
        item.how_addressed = None

    after = assess(_changed(demo_plan, unanswer), AS_OF)
    found = after.check("2.6")
    assert found.score is not None and found.score < (before.check("2.6").score or 0)
    assert "Not answered: CONS-2.in1" in found.evidence.summary
    assert "1 of 10 not adopted without a reason" in found.evidence.summary


def test_overdue_action_items_are_counted_and_named(demo_plan: core.Plan) -> None:
    found = assess(demo_plan, AS_OF).check("3.5")
    assert "4 of 6 action items" in found.evidence.summary
    assert "Overdue: SC-2026-1.a1" in found.evidence.summary

    def close(p: core.Plan) -> None:
        for body in p.governance.bodies:
            for m in body.meetings:
                for a in m.action_items:
                    if a.due is not None and a.due < AS_OF:
                        a.status, a.done = ActionItemStatus.DONE, a.due

    assert assess(_changed(demo_plan, close), AS_OF).check("3.5").score == 1.0


def test_decisions_published_are_counted(demo_plan: core.Plan) -> None:
    found = assess(demo_plan, AS_OF).check("10.2")
    assert "14 of 17 recorded decisions are public" in found.evidence.summary
