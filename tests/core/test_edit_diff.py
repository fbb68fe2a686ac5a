"""Editing a plan in the core, and comparing two versions."""

from __future__ import annotations

from datetime import date

import pytest

from napkit.core.plan import diff, edit
from napkit.core.plan import model as core
from napkit.core.plan.problems import PlanInvalid
from tests.core.test_validation import fresh

TODAY = date(2026, 11, 26)


def test_update_keeps_the_items_an_item_holds() -> None:
    plan = edit.update_item(fresh(), "OP1", {"title": "Mediators trained and deployed"})
    output = plan.objectives[0].outputs[0]
    assert output.title == "Mediators trained and deployed"
    assert [a.id for a in output.activities] == ["A1"]


def test_children_cannot_be_edited_as_a_field() -> None:
    with pytest.raises(PlanInvalid, match="one by one"):
        edit.update_item(fresh(), "OP1", {"activities": []})


@pytest.mark.parametrize(
    ("parent", "kind", "fields", "where"),
    [
        (None, "objective", {"id": "O2", "title": "Prevention"}, lambda p: p.objectives[1].id),
        (
            "O1",
            "outcome",
            {"id": "OC1", "title": "Institutions change"},
            lambda p: p.objectives[0].outcomes[0].id,
        ),
        (
            "OP1",
            "activity",
            {"id": "A2", "title": "Second"},
            lambda p: p.objectives[0].outputs[0].activities[1].id,
        ),
        (
            "A1",
            "budget_line",
            {"id": "B1", "amount": 10, "currency": "EUR"},
            lambda p: p.objectives[0].outputs[0].activities[0].budget_lines[0].id,
        ),
        (
            None,
            "existing_action",
            {"id": "X1", "title": "Police gender unit"},
            lambda p: p.baseline_study.actions[0].id,
        ),
        (
            None,
            "coordination_body",
            {"id": "CB", "name": "Council"},
            lambda p: p.governance.bodies[0].id,
        ),
    ],
)
def test_items_are_added_where_they_belong(parent, kind, fields, where) -> None:  # type: ignore[no-untyped-def]
    assert where(edit.add_item(fresh(), parent, kind, fields)) == fields["id"]


@pytest.mark.parametrize(
    ("parent", "kind", "words"),
    [
        ("A1", "objective", "cannot go under a activity"),
        ("I1", "activity", "cannot go under a indicator"),
        ("NOPE", "activity", "no item 'NOPE'"),
    ],
)
def test_items_cannot_go_just_anywhere(parent: str, kind: str, words: str) -> None:
    with pytest.raises(PlanInvalid, match=words):
        edit.add_item(fresh(), parent, kind, {"id": "X", "title": "x"})


def test_an_addition_that_breaks_the_plan_is_refused() -> None:
    with pytest.raises(PlanInvalid) as caught:
        edit.add_item(fresh(), "OP1", "activity", {"id": "A1", "title": "Same id"})
    assert "duplicate id 'A1'" in str(caught.value)


def test_deleting_a_referenced_organisation_is_refused_and_names_the_referrer() -> None:
    with pytest.raises(PlanInvalid) as caught:
        edit.delete_item(fresh(), "MFA")
    assert "responsibility.lead" in str(caught.value)


def test_moves_reorder_and_reparent() -> None:
    plan = edit.add_item(fresh(), "O1", "output", {"id": "OP2", "title": "Second output"})
    moved = edit.move_item(plan, "OP2", -1)
    assert [o.id for o in moved.objectives[0].outputs] == ["OP2", "OP1"]
    assert edit.move_item(moved, "OP2", -1) == moved  # already first
    again = edit.reparent_item(plan, "A1", "OP2")
    assert [a.id for a in again.objectives[0].outputs[1].activities] == ["A1"]
    assert again.objectives[0].outputs[0].activities == []
    with pytest.raises(PlanInvalid, match="under itself"):
        edit.reparent_item(plan, "O1", "OP1")


def test_sections_are_edited_in_place() -> None:
    plan = edit.update_section(fresh(), ("governance", "coordinator"), {"unit": "WPS unit"})
    assert plan.governance.coordinator == core.Coordinator(unit="WPS unit")


def indicator(value: float, day: date | None = None) -> core.Indicator:
    return core.Indicator(
        id="I1",
        name="x",
        baseline=core.Baseline(value=1),
        target=core.Target(value=value, date=day),
    )


def test_a_revised_target_needs_a_reason() -> None:
    with pytest.raises(PlanInvalid, match="needs a reason"):
        edit.with_revisions(indicator(40), indicator(45), " ", TODAY)


def test_a_revision_keeps_the_earlier_value_and_why() -> None:
    revised = edit.with_revisions(indicator(40, date(2028, 1, 1)), indicator(45), "census", TODAY)
    assert revised.target is not None
    [record] = revised.target.history
    assert (record.value, record.date, record.changed_on, record.reason) == (
        40,
        date(2028, 1, 1),
        TODAY,
        "census",
    )
    assert edit.with_revisions(indicator(40), indicator(40), "", TODAY) == indicator(40)


def test_diff_names_added_removed_changed_and_moved_items() -> None:
    before = edit.add_item(fresh(), "O1", "output", {"id": "OP2", "title": "Second"})
    after = edit.update_item(before, "OP1", {"title": "Renamed"})
    after = edit.reparent_item(after, "A1", "OP2")
    after = edit.add_item(after, None, "risk", {"id": "R1", "title": "Cuts"})
    after = edit.delete_item(after, "I1")
    found = diff.diff(before, after)
    changes = {(i.change, i.id) for i in found.items}
    assert changes == {("changed", "OP1"), ("changed", "A1"), ("added", "R1"), ("removed", "I1")}
    moved = next(i for i in found.items if i.id == "A1")
    assert moved.fields[0] == diff.FieldChange("parent", "OP1", "OP2")
    assert "~ output OP1" in diff.diff_text(found)


def test_diff_of_a_plan_with_itself_is_empty() -> None:
    assert diff.diff(fresh(), fresh()).empty
    assert diff.diff_text(diff.diff(fresh(), fresh())) == "No differences.\n"


def test_diff_sees_revised_targets_and_plan_fields() -> None:
    before = fresh()
    after = edit.update_section(before, ("metadata",), {"title": "New title"})
    after = edit.update_item(after, "I1", {"target": {"value": 45, "date": date(2028, 12, 31)}})
    found = diff.diff(before, after)
    assert diff.FieldChange("metadata.title", "Small plan", "New title") in found.sections
    fields = {c.field: (c.before, c.after) for c in found.items[0].fields}
    assert fields["target.value"] == (40, 45)


def test_a_revision_shows_as_the_new_value_and_its_reason_not_as_bookkeeping() -> None:
    before = fresh()
    earlier = {"value": 40, "changed_on": TODAY, "reason": "new census data"}
    after = edit.update_item(
        before, "I1", {"target": {"value": 45, "date": date(2028, 12, 31), "history": [earlier]}}
    )
    fields = {c.field: (c.before, c.after) for c in diff.diff(before, after).items[0].fields}
    assert fields["target.value"] == (40, 45)
    assert fields["target.revision_reason"] == (None, "new census data")
    assert not [f for f in fields if "history" in f]


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("target.value", "end target · value"),
        ("milestones[1].date", "milestone 2 · date"),
        ("target.revision_reason", "end target · reason for the revision"),
        ("responsibility.lead", "responsibility · lead organisation"),
        ("metadata.review_date", "plan details · review date"),
        ("some_new_field", "some new field"),
    ],
)
def test_field_paths_read_as_words(path: str, words: str) -> None:
    from napkit.core.plan.labels import field_words

    assert field_words(path) == words
