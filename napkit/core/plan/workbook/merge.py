"""Laying a workbook's rows over the hidden copy of the plan, item by item.

A row's columns replace the fields they name in the copy's item of the same id (a blank
cell clears its field); fields the sheet has no column for stay as the copy has them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import Any

from napkit.core.plan.problems import FieldPath
from napkit.core.plan.workbook.columns import CELL_LIMIT, CUT
from napkit.core.plan.workbook.sheets import Row

Data = dict[str, Any]


def delete_field(item: Data, key: str) -> None:
    """Remove a field; a sub-object it leaves empty goes too (a cleared target is none)."""
    parts = key.split(".")
    trail = [item]
    for part in parts[:-1]:
        nxt = trail[-1].get(part)
        if not isinstance(nxt, dict):
            return
        trail.append(nxt)
    trail[-1].pop(parts[-1], None)
    for parent, part, child in reversed(list(zip(trail[:-1], parts[:-1], trail[1:], strict=True))):
        if child:
            break
        parent.pop(part, None)


def set_field(item: Data, key: str, value: Any) -> None:
    parts = key.split(".")
    for part in parts[:-1]:
        item = item.setdefault(part, {})
    item[parts[-1]] = value


def overlay(hidden: Data | None, row: Row, keys: Iterable[str], skip: Iterable[str] = ()) -> Data:
    """The hidden item with the row's columns laid over it."""
    item = copy.deepcopy(hidden) if hidden else {}
    left_out = set(skip)
    before = {key: get_field(item, key) for key in row.values}
    # An empty list in the copy shows as an empty cell: left empty, it stays an empty list
    # (not the model's default, which may differ: a plan's languages default to English).
    empty = {key for key in keys if get_field(item, key) == [] and key not in row.values}
    for key in keys:
        if key not in left_out:
            delete_field(item, key)
    for key, value in row.values.items():
        if key not in left_out:
            set_field(item, key, keep_objects(_uncut(value, before[key]), before[key]))
    for key in empty - left_out:
        set_field(item, key, [])
    return item


def get_field(item: Data, key: str) -> Any:
    value: Any = item
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def keep_objects(value: Any, before: Any) -> Any:
    """Lines of text laid over a list of objects with a text (a meeting's decisions and action
    items): the object at the same place keeps its other fields (id, owner, due date…) with
    the line as its text; a line beyond them is a new item (the model gives it an id)."""
    objects = isinstance(before, list) and any(isinstance(b, dict) for b in before)
    if not (objects and isinstance(value, list)):
        return value
    kept: list[Any] = []
    for i, line in enumerate(value):
        old = before[i] if i < len(before) else None
        kept.append({**old, "text": line} if isinstance(old, dict) and "text" in old else line)
    return kept


def _uncut(value: Any, before: Any) -> Any:
    """A text too long for a cell was written cut short: unchanged, it is the copy's."""
    cut = isinstance(value, str) and value.endswith(CUT)
    if cut and isinstance(before, str) and len(before) > CELL_LIMIT:
        return before if before.startswith(value[: -len(CUT)]) else value
    return value


def category_row(row: Row) -> Row:
    at = {k.removeprefix("category."): v for k, v in row.at.items() if k.startswith("category.")}
    return Row(row.number, {}, at)


def members(before: list[Data], ids: list[str]) -> list[Data]:
    """Members as the sheet lists them, each keeping its role from the copy; members named
    without an organisation are not on the sheet and stay."""
    wanted, used, out = set(ids), set(), []
    for member in before:
        org = member.get("organisation")
        if org is None:
            out.append(member)
        elif org in wanted and org not in used:
            out.append(member)
            used.add(org)
    out += [{"organisation": org} for org in ids if org not in used]
    return out


def walk(objectives: list[Data]) -> Iterator[tuple[str, Data]]:
    for objective in objectives:
        yield "objective", objective
        for outcome in objective.get("outcomes", []):
            yield "outcome", outcome
            yield from outputs(outcome)
        yield from outputs(objective)


def outputs(parent: Data) -> Iterator[tuple[str, Data]]:
    for output in parent.get("outputs", []):
        yield "output", output
        for activity in output.get("activities", []):
            yield "activity", activity


def index(hidden: Data) -> dict[str, dict[str, Data]]:
    """The hidden copy's items by kind and id, wherever they sit in it."""
    index: dict[str, dict[str, Data]] = {}

    def put(kind: str, items: Iterable[Any], prefix: str = "") -> None:
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                index.setdefault(kind, {}).setdefault(prefix + item["id"], item)

    put("organisations", hidden.get("organisations", []))
    framework = hidden.get("framework", {})
    put("pillars", framework.get("pillars", []))
    for dim in framework.get("dimensions", []):
        put("dimensions", [dim])
        put("categories", dim.get("categories", []), f"{dim.get('id')}/")
    for _tier, item in walk(hidden.get("objectives", [])):
        put("results", [item])
        put("indicators", item.get("indicators", []))
        put("budget_lines", item.get("budget_lines", []))
    for body in hidden.get("governance", {}).get("bodies", []):
        put("bodies", [body])
        put("meetings", body.get("meetings", []))
    return index


def places(
    value: Any, origins: dict[int, tuple[str, Row]], path: FieldPath = ()
) -> Iterator[tuple[FieldPath, tuple[str, Row]]]:
    if isinstance(value, dict):
        if id(value) in origins:
            yield path, origins[id(value)]
        for key, child in value.items():
            if isinstance(child, dict | list):
                yield from places(child, origins, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            if isinstance(child, dict | list):
                yield from places(child, origins, (*path, i))
