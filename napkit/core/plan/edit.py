"""Editing a plan: add, change, move and delete items, each returning a new valid plan.

Every edit works on the plan as plain data (the plan file's shape), then reads it back
through the model and the cross-item validation, so an edit can never leave a plan
that a plan file could not hold. Problems come back as ``PlanInvalid`` with the field
paths of the *new* plan.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from pydantic import ValidationError

from napkit.core.i18n import _
from napkit.core.plan import walk
from napkit.core.plan.model import (
    BaselineStudy,
    BudgetSummary,
    Coordinator,
    Framework,
    Indicator,
    Model,
    MonitoringArrangements,
    Plan,
    PlanMetadata,
    Statements,
    Target,
    TargetRevision,
)
from napkit.core.plan.problems import FieldPath, PlanInvalid, Problem
from napkit.core.plan.validation import validate

# Where each kind of item lives under its parent's kind ("plan" is the top).
CHILDREN: dict[str, dict[str, tuple[str, ...]]] = {
    "plan": {
        "objective": ("objectives",),
        "organisation": ("organisations",),
        "risk": ("risks",),
        "consultation": ("consultations",),
        "coordination_body": ("governance", "bodies"),
        "existing_action": ("baseline_study", "actions"),
    },
    "objective": {"outcome": ("outcomes",), "output": ("outputs",), "indicator": ("indicators",)},
    "outcome": {"output": ("outputs",), "indicator": ("indicators",)},
    "output": {
        "activity": ("activities",),
        "indicator": ("indicators",),
        "budget_line": ("budget_lines",),
    },
    "activity": {"budget_line": ("budget_lines",)},
    "consultation": {"consultation_input": ("inputs",)},
    "coordination_body": {"meeting": ("meetings",)},
    "meeting": {"decision": ("decisions",), "action_item": ("action_items",)},
}
# The parts of a plan without an id that are edited as a whole: where each sits, its model.
SECTIONS: dict[str, tuple[tuple[str, ...], type[Model]]] = {
    "metadata": (("metadata",), PlanMetadata),
    "framework": (("framework",), Framework),
    "budget": (("budget",), BudgetSummary),
    "monitoring": (("monitoring",), MonitoringArrangements),
    "coordinator": (("governance", "coordinator"), Coordinator),
    "baseline_study": (("baseline_study",), BaselineStudy),
    "statements": (("statements",), Statements),
}
# Lists of identified items an item holds; an edit of the item's own fields keeps them.
NESTED = {
    "outcomes",
    "outputs",
    "activities",
    "indicators",
    "budget_lines",
    "inputs",
    "meetings",
    "decisions",
    "action_items",
}


def _data(plan: Plan) -> dict[str, Any]:
    return plan.model_dump(mode="python")


def _rebuild(data: dict[str, Any]) -> Plan:
    try:
        plan = Plan.model_validate(data)
    except ValidationError as error:
        raise PlanInvalid(
            Problem(str(e["msg"]).removeprefix("Value error, "), tuple(e["loc"]))
            for e in error.errors()
        ) from None
    problems = validate(plan)
    if problems:
        raise PlanInvalid(problems)
    return plan


def _at(data: Any, path: FieldPath) -> Any:
    for part in path:
        data = data[part]
    return data


def locate(plan: Plan, key: str) -> walk.IdentifiedItem:
    for found in walk.identified_items(plan):
        if found.id == key:
            return found
    raise PlanInvalid([Problem(_("no item {key} in this plan").format(key=repr(key)))])


def parent_of(plan: Plan, key: str) -> walk.IdentifiedItem | None:
    """The item holding ``key`` (None for items directly under the plan)."""
    path = locate(plan, key).path
    best: walk.IdentifiedItem | None = None
    for found in walk.identified_items(plan):
        n = len(found.path)
        if n < len(path) and path[:n] == found.path and (best is None or n > len(best.path)):
            best = found
    return best


def update_item(plan: Plan, key: str, changes: dict[str, Any]) -> Plan:
    """Change some fields of one item; lists of child items it holds are kept.

    A change merges into what is there: ``{"responsibility": {"contact": {"name": …}}}``
    changes the contact's name and keeps the lead, the supporting organisations and the
    contact's other fields. Lists and plain values are replaced as given."""
    found = locate(plan, key)
    data = _data(plan)
    target = _at(data, found.path)
    for name in changes:
        if name in NESTED:
            raise PlanInvalid(
                [Problem(_("{field} are edited one by one, not as a field").format(field=name))]
            )
    merge(target, changes)
    return _rebuild(data)


def merge(target: dict[str, Any], changes: dict[str, Any]) -> None:
    """Write ``changes`` into ``target``, into nested objects where both hold one."""
    for name, value in changes.items():
        if isinstance(value, dict) and isinstance(target.get(name), dict):
            merge(target[name], value)
        else:
            target[name] = value


def _append(
    data: dict[str, Any], plan: Plan, parent: str | None, kind: str, fields: dict[str, Any]
) -> None:
    parent_kind = "plan" if parent is None else locate(plan, parent).kind
    where = CHILDREN.get(parent_kind, {}).get(kind)
    if where is None:
        raise PlanInvalid(
            [
                Problem(
                    _("a {kind} cannot go under a {parent}").format(
                        kind=kind.replace("_", " "), parent=parent_kind.replace("_", " ")
                    )
                )
            ]
        )
    holder = data if parent is None else _at(data, locate(plan, parent).path)
    for part in where[:-1]:
        if holder.get(part) is None:
            holder[part] = {}
        holder = holder[part]
    holder.setdefault(where[-1], [])
    holder[where[-1]].append(fields)


def add_item(plan: Plan, parent: str | None, kind: str, fields: dict[str, Any]) -> Plan:
    """Add an item of ``kind`` at the end of its list under ``parent`` (None: the plan)."""
    data = _data(plan)
    _append(data, plan, parent, kind, fields)
    return _rebuild(data)


def delete_item(plan: Plan, key: str) -> Plan:
    """Delete an item and everything under it; refused while others still refer to it."""
    path = locate(plan, key).path
    data = _data(plan)
    del _at(data, path[:-1])[path[-1]]
    return _rebuild(data)


def move_item(plan: Plan, key: str, offset: int) -> Plan:
    """Move an item up (offset < 0) or down among its siblings."""
    path = locate(plan, key).path
    data = _data(plan)
    siblings = _at(data, path[:-1])
    index = int(path[-1])
    new = max(0, min(len(siblings) - 1, index + offset))
    siblings.insert(new, siblings.pop(index))
    return _rebuild(data)


def reparent_item(plan: Plan, key: str, new_parent: str | None) -> Plan:
    """Move an item, with everything under it, to the end of another parent's list."""
    found = locate(plan, key)
    if new_parent is not None and locate(plan, new_parent).path[: len(found.path)] == found.path:
        raise PlanInvalid([Problem(_("{key} cannot move under itself").format(key=repr(key)))])
    data = _data(plan)
    siblings = _at(data, found.path[:-1])
    index = int(found.path[-1])
    item = siblings[index]
    gone = {"__moved__": True}  # holds the place so the other paths stay right meanwhile
    siblings[index] = gone
    _append(data, plan, new_parent, found.kind, item)
    siblings[:] = [s for s in siblings if s is not gone]
    return _rebuild(data)


def update_section(plan: Plan, section: tuple[str, ...], changes: dict[str, Any]) -> Plan:
    """Change fields of a part of the plan without an id (metadata, framework, budget, …)."""
    data = _data(plan)
    holder = data
    for part in section:
        if holder.get(part) is None:
            holder[part] = {}
        holder = holder[part]
    holder.update(changes)
    return _rebuild(data)


# --- targets keep their history ---------------------------------------------------


def target_changes(before: Indicator, after: Indicator) -> list[str]:
    """What changed in the targets of an indicator ('target', 'milestone 2', …)."""
    changed = []
    if _moved(before.target, after.target):
        changed.append("target")
    for i, (old, new) in enumerate(zip(before.milestones, after.milestones, strict=False)):
        if _moved(old, new):
            changed.append(f"milestone {i + 1}")
    return changed


def _moved(old: Target | None, new: Target | None) -> bool:
    if old is None or new is None:
        return False
    return (old.value, old.date) != (new.value, new.date)


def with_revisions(before: Indicator, after: Indicator, reason: str, today: date) -> Indicator:
    """``after`` with each revised target's earlier value added to its history.

    Milestones are matched by position. Raises ``PlanInvalid`` when a target was revised
    without a reason.
    """
    if not target_changes(before, after):
        return after
    if not reason.strip():
        raise PlanInvalid([Problem(_("a revised target needs a reason"), ("reason",))])

    def kept(old: Target, new: Target) -> Target:
        if not _moved(old, new):
            return new
        record = TargetRevision(value=old.value, date=old.date, changed_on=today, reason=reason)
        return new.model_copy(update={"history": [*old.history, record]})

    milestones = [
        kept(before.milestones[i], m) if i < len(before.milestones) else m
        for i, m in enumerate(after.milestones)
    ]
    target = after.target
    if before.target is not None and after.target is not None:
        target = kept(before.target, after.target)
    return after.model_copy(update={"milestones": milestones, "target": target})


Edit = Callable[[Plan], Plan]


def snapshot(plan: Plan) -> Plan:
    """An independent copy (edits never share state with the plan they came from)."""
    return copy.deepcopy(plan)
