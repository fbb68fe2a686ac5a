"""Comparing two versions of a plan: items added, removed, moved and changed, field by field.

Items are matched by their id, so renaming a title is a change and a new id is an
addition. Nested value objects are compared leaf by leaf (``target.value``,
``baseline.date``, ``responsibility.lead``), so revised targets show exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from napkit.core.i18n import _
from napkit.core.plan import walk
from napkit.core.plan.display import format_number
from napkit.core.plan.edit import NESTED
from napkit.core.plan.labels import WORDS, gender_marker_words, words
from napkit.core.plan.model import Plan

# Plan parts without ids, compared as wholes of fields.
SECTIONS = ("metadata", "framework", "budget", "monitoring")


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ItemChange:
    kind: str
    id: str
    label: str
    change: str  # added, removed, changed
    fields: list[FieldChange] = field(default_factory=list)


@dataclass(frozen=True)
class PlanDiff:
    items: list[ItemChange]
    sections: list[FieldChange]

    @property
    def empty(self) -> bool:
        return not self.items and not self.sections

    def count(self, change: str) -> int:
        return sum(1 for i in self.items if i.change == change)


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Leaf values by dotted path: {'target.value': 40, 'milestones[0].date': …}."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, inner in value.items():
            out.update(flatten(inner, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        out = {}
        for i, inner in enumerate(value):
            out.update(flatten(inner, f"{prefix}[{i}]"))
        return out
    return {prefix: value}


def _fields(item: Any) -> dict[str, Any]:
    data = item.model_dump(mode="json", exclude=NESTED & set(type(item).model_fields))
    return flatten(data)


_HISTORY = re.compile(r"^(?P<owner>.*)\.history(\[(?P<i>\d+)\]\.(?P<field>\w+))?$")


def _changes(before: dict[str, Any], after: dict[str, Any]) -> list[FieldChange]:
    """Leaf by leaf, with a target's revision history folded into the reason for the
    revision: the new value already shows as a change, its bookkeeping need not."""
    keys = list(dict.fromkeys([*before, *after]))
    out = []
    for k in keys:
        old, new = before.get(k), after.get(k)
        if old == new or _empty_vs_absent(old, new):
            continue
        found = _HISTORY.match(k)
        if found is None:
            out.append(FieldChange(k, old, new))
        elif found["field"] == "reason" and old is None:
            out.append(FieldChange(f"{found['owner']}.revision_reason", None, new))
    return out


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[FieldChange]:
    """What changed between two items in the plan file's shape (for the audit trail)."""
    return _changes(flatten(before), flatten(after))


def _empty_vs_absent(a: Any, b: Any) -> bool:
    """An empty list and no list are the same (a list that gains its first item shows as
    that item's fields)."""
    return a in (None, []) and b in (None, [])


def _label(item: Any) -> str:
    return walk.item_label(item) or str(getattr(item, "id", ""))


def _parents(plan: Plan) -> dict[str, str | None]:
    """Item id → the id of the item holding it (None at the top)."""
    items = list(walk.identified_items(plan))
    out: dict[str, str | None] = {}
    for found in items:
        holders = [
            h
            for h in items
            if len(h.path) < len(found.path) and found.path[: len(h.path)] == h.path
        ]
        out[found.id] = max(holders, key=lambda h: len(h.path)).id if holders else None
    return out


def diff(before: Plan, after: Plan) -> PlanDiff:
    old = {i.id: i for i in walk.identified_items(before)}
    new = {i.id: i for i in walk.identified_items(after)}
    old_parent, new_parent = _parents(before), _parents(after)
    items: list[ItemChange] = []
    for key, found in new.items():
        if key not in old:
            items.append(
                ItemChange(
                    found.kind, key, _label(found.item), "added", _changes({}, _fields(found.item))
                )
            )
            continue
        changes = _changes(_fields(old[key].item), _fields(found.item))
        if old_parent[key] != new_parent[key]:
            changes.insert(0, FieldChange("parent", old_parent[key], new_parent[key]))
        if changes:
            items.append(ItemChange(found.kind, key, _label(found.item), "changed", changes))
    items += [
        ItemChange(
            found.kind, key, _label(found.item), "removed", _changes(_fields(found.item), {})
        )
        for key, found in old.items()
        if key not in new
    ]
    sections: list[FieldChange] = []
    for name in SECTIONS:
        sections += [
            FieldChange(f"{name}.{c.field}", c.before, c.after)
            for c in _changes(
                flatten(getattr(before, name).model_dump(mode="json")),
                flatten(getattr(after, name).model_dump(mode="json")),
            )
        ]
    gov_before = before.governance.model_dump(mode="json", exclude={"bodies"})
    gov_after = after.governance.model_dump(mode="json", exclude={"bodies"})
    sections += [
        FieldChange(f"governance.{c.field}", c.before, c.after)
        for c in _changes(flatten(gov_before), flatten(gov_after))
    ]
    study_before = (
        before.baseline_study.model_dump(mode="json", exclude={"actions"})
        if before.baseline_study
        else {}
    )
    study_after = (
        after.baseline_study.model_dump(mode="json", exclude={"actions"})
        if after.baseline_study
        else {}
    )
    sections += [
        FieldChange(f"baseline_study.{c.field}", c.before, c.after)
        for c in _changes(flatten(study_before), flatten(study_after))
    ]
    return PlanDiff(items, sections)


# Fields whose values are organisation ids, and fields of the users' own text (never read
# as vocabulary codes, whatever they say).
ORGANISATION_FIELDS = frozenset(
    {"lead", "lead_organisation", "supporting", "responsible", "organisation", "organisations"}
    | {"owner", "collects", "analyses", "reports", "uses", "chair"}
)
FREE_TEXT = frozenset(
    {"title", "short_title", "name", "description", "definition", "text", "label", "note"}
    | {"agenda", "summary", "source", "reason", "revision_reason", "how_addressed", "unit"}
)
_CODE = re.compile(r"[a-z][a-z0-9_]*")


def value_words(path: str, value: Any, organisations: dict[str, str]) -> str | None:
    """A changed value as a reader sees it: organisations by name, vocabulary codes in words,
    yes/no, numbers and dates in the reader's notation, lists joined; None stays None."""
    if value is None or value == []:
        return None
    name = path.rsplit(".", 1)[-1].partition("[")[0]
    if isinstance(value, list):
        return ", ".join(value_words(path, v, organisations) or "—" for v in value)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if name == "gender_marker":
        return gender_marker_words(value)
    if isinstance(value, int | float):
        return format_number(value)
    if not isinstance(value, str):
        return str(value)
    if name in ORGANISATION_FIELDS and value in organisations:
        return organisations[value]
    if name not in FREE_TEXT and _CODE.fullmatch(value) and value in WORDS:
        return words(value)
    return value


def in_words(d: PlanDiff, *plans: Plan) -> PlanDiff:
    """The diff with its values as a reader sees them (see ``value_words``); organisations
    are named as the given plans (before and after) name them."""
    names = {o.id: o.name for plan in plans for o in plan.organisations}

    def shown(changes: list[FieldChange]) -> list[FieldChange]:
        return [
            FieldChange(
                c.field, value_words(c.field, c.before, names), value_words(c.field, c.after, names)
            )
            for c in changes
        ]

    return PlanDiff(
        [replace(i, fields=shown(i.fields)) for i in d.items],
        shown(d.sections),
    )


def diff_text(d: PlanDiff) -> str:
    """A readable account of a diff, for the CLI and logs."""
    if d.empty:
        return "No differences.\n"
    lines = [
        f"{d.count('added')} added, {d.count('removed')} removed, "
        f"{d.count('changed')} changed items; {len(d.sections)} plan fields changed."
    ]
    sign = {"added": "+", "removed": "-", "changed": "~"}
    for item in d.items:
        lines.append(f"{sign[item.change]} {item.kind.replace('_', ' ')} {item.id}: {item.label}")
        if item.change == "changed":
            lines += [f"    {c.field}: {c.before!r} → {c.after!r}" for c in item.fields]
    lines += [f"~ {c.field}: {c.before!r} → {c.after!r}" for c in d.sections]
    return "\n".join(lines) + "\n"
