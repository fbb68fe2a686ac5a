"""The plan in a workbook's rows: linked by ids, laid over the hidden copy, then checked by
the same model and validation as a plan file, with every problem taken back to its cell.

The visible sheets win for the fields they show (their columns); every other field of an
item comes from the hidden copy's item of the same id. A workbook without the hidden copy
is read from its visible sheets alone.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from typing import Any

from napkit.core.i18n import _
from napkit.core.plan import planfile
from napkit.core.plan.model import Plan
from napkit.core.plan.problems import FieldPath, PlanInvalid, Problem, format_path
from napkit.core.plan.workbook import cells, merge
from napkit.core.plan.workbook import headers as h
from napkit.core.plan.workbook.sheets import Book, Located, Percent, Row, Table

Data = dict[str, Any]
CHILDREN = {"outcome": "outcomes", "output": "outputs", "activity": "activities"}
PARENTS = {
    "objective": (),
    "outcome": ("objective",),
    "output": ("objective", "outcome"),
    "activity": ("output",),
}
# Columns of the Results sheet that only some levels have.
ONLY = {
    "pillars": ("objective",),
    "responsibility.lead": ("activity",),
    "responsibility.supporting": ("activity",),
    "start": ("activity",),
    "end": ("activity",),
    "priority": ("activity",),
}


class Assembly:
    def __init__(self, book: Book, name: str):
        self.book, self.name = book, name
        self.found: Located = book.problems
        self.hidden: Data = book.hidden or {}
        self.tables = book.tables
        # id(item dict) → the sheet and row it came from
        self.origins: dict[int, tuple[str, Row]] = {}
        self.index = merge.index(self.hidden)

    def at(self, table: Table, row: Row, key: str, message: str) -> None:
        r, c, header = row.at[key]
        self.found.add(message, table.title, r, c, header)

    def hidden_item(self, kind: str, key: Any) -> Data | None:
        return self.index.get(kind, {}).get(key) if isinstance(key, str) else None

    def item(self, table: Table, row: Row, kind: str, skip: Iterable[str] = ()) -> Data:
        made = merge.overlay(self.hidden_item(kind, row.values.get("id")), row, table.keys, skip)
        self.origins[id(made)] = (table.title, row)
        return made

    # --- the parts of a plan ------------------------------------------------------

    def build(self) -> Data:
        data = copy.deepcopy(self.hidden)
        plan = self.tables.get("plan")
        if plan is not None:
            data = merge.overlay(data, plan.rows[0], plan.keys)
            data.setdefault("metadata", {})
            self.origins[id(data)] = (plan.title, plan.rows[0])
        self._organisations(data)
        self._framework(data)
        self._results(data)
        self._governance(data)
        return data

    def _organisations(self, data: Data) -> None:
        table = self.tables.get("organisations")
        if table is not None:
            data["organisations"] = [self.item(table, r, "organisations") for r in table.rows]

    def _framework(self, data: Data) -> None:
        framework = data.setdefault("framework", {})
        table = self.tables.get("pillars")
        if table is not None:
            pillars = [self.item(table, r, "pillars") for r in table.rows]
            # An empty sheet means the default (the UN pillars), unless the copy says more.
            if pillars:
                framework["pillars"] = pillars
            elif "pillars" in self.hidden.get("framework", {}):
                framework["pillars"] = copy.deepcopy(self.hidden["framework"]["pillars"])
            else:
                framework.pop("pillars", None)
        table = self.tables.get("dimensions")
        if table is not None:
            framework["dimensions"] = self._dimensions(table)
        if not framework:
            data.pop("framework")

    def _dimensions(self, table: Table) -> list[Data]:
        dims: dict[str, Data] = {}
        own = {k for k in table.keys if not k.startswith("category.")}
        for row in table.rows:
            key = row.values.get("id")
            if not isinstance(key, str):
                self.at(table, row, "id", _("expected the id of the dimension"))
                continue
            if key not in dims:
                dims[key] = self.item(table, row, "dimensions", skip=table.keys - own)
                dims[key]["categories"] = []
            cat = row.values.get("category.id")
            if cat is None:
                continue
            hidden = self.hidden_item("categories", f"{key}/{cat}")
            made = copy.deepcopy(hidden) if hidden else {}
            for part in ("id", "name"):
                made.pop(part, None)
                if f"category.{part}" in row.values:
                    made[part] = row.values[f"category.{part}"]
            dims[key]["categories"].append(made)
            self.origins[id(made)] = (table.title, merge.category_row(row))
        for dim in dims.values():
            if not dim["categories"]:
                dim.pop("categories")
        return list(dims.values())

    def _level(self, table: Table, row: Row, data: Data) -> str | None:
        tiers = data.get("framework", {}).get("tiers", {})
        own = {h.normalise(str(name)).replace(" ", "_"): tier for tier, name in tiers.items()}
        raw = row.values.get("level")
        if raw is None:
            self.at(
                table, row, "level", _("expected the level: objective, outcome, output or activity")
            )
            return None
        try:
            return cells.choice(raw, h.LEVELS, own)
        except cells.CellError as error:
            self.at(
                table,
                row,
                "level",
                _("{expected}, found {found}").format(
                    expected=error.expected, found=cells.shown(raw)
                ),
            )
            return None

    def _results(self, data: Data) -> None:
        table = self.tables.get("results")
        strip = [
            key
            for key, sheet in (("indicators", "indicators"), ("budget_lines", "budget"))
            if sheet in self.tables
        ]
        if table is None:
            objectives = data.get("objectives", [])
            for _tier, item in merge.walk(objectives):
                for key in strip:
                    item.pop(key, None)
        else:
            objectives = self._chain(table, data, strip)
            data["objectives"] = objectives
        results = {
            item["id"]: (tier, item)
            for tier, item in merge.walk(objectives)
            if isinstance(item.get("id"), str)
        }
        self._attach(results, "indicators", "indicators", ("objective", "outcome", "output"))
        self._attach(results, "budget", "budget_lines", ("output", "activity"))
        if not objectives:
            data.pop("objectives", None)

    def _chain(self, table: Table, data: Data, strip: list[str]) -> list[Data]:
        made: dict[str, tuple[str, Data, Row]] = {}
        order: list[str] = []
        for row in table.rows:
            key = row.values.get("id")
            level = self._level(table, row, data)
            if not isinstance(key, str):
                self.at(table, row, "id", _("expected the id of the result"))
                continue
            if key in made:
                first = made[key][2].number
                self.at(
                    table,
                    row,
                    "id",
                    _("the id {id} is already used in row {row}").format(id=repr(key), row=first),
                )
                continue
            if level is None:
                continue
            for column, levels in ONLY.items():
                if column in row.values and level not in levels:
                    self.at(
                        table,
                        row,
                        column,
                        _("only for level {levels}; leave it empty at level {level}").format(
                            levels=", ".join(levels), level=level
                        ),
                    )
            item = self.item(table, row, "results", skip=("parent", "level"))
            for child in ("outcomes", "outputs", "activities", *strip):
                item.pop(child, None)
            made[key] = (level, item, row)
            order.append(key)
        objectives: list[Data] = []
        for key in order:
            level, item, row = made[key]
            parent = row.values.get("parent")
            if level == "objective":
                if parent is not None:
                    self.at(table, row, "parent", _("an objective has no parent; leave it empty"))
                objectives.append(item)
                continue
            expected = " / ".join(PARENTS[level])
            if parent is None:
                self.at(
                    table,
                    row,
                    "parent",
                    _("expected the id of the parent (a result of level {expected})").format(
                        level=level, expected=expected
                    ),
                )
            elif parent not in made:
                self.at(
                    table,
                    row,
                    "parent",
                    _("no result has the id {id} (expected a result of level {expected})").format(
                        id=repr(parent), expected=expected
                    ),
                )
            elif made[parent][0] not in PARENTS[level]:
                self.at(
                    table,
                    row,
                    "parent",
                    _(
                        "{id} is of level {found}; at level {level} the parent must be of "
                        "level {expected}"
                    ).format(
                        id=repr(parent), found=made[parent][0], level=level, expected=expected
                    ),
                )
            else:
                made[parent][1].setdefault(CHILDREN[level], []).append(item)
        return objectives

    def _attach(
        self, results: dict[str, tuple[str, Data]], sheet: str, field: str, tiers: tuple[str, ...]
    ) -> None:
        table = self.tables.get(sheet)
        if table is None:
            return
        for row in table.rows:
            target = row.values.get("result")
            if not isinstance(target, str):
                self.at(
                    table,
                    row,
                    "result",
                    _("expected the id of a result (of level {expected})").format(
                        expected=" / ".join(tiers)
                    ),
                )
                continue
            if target not in results:
                self.at(
                    table,
                    row,
                    "result",
                    _("no result has the id {id} (see the Results sheet)").format(id=repr(target)),
                )
                continue
            tier, owner = results[target]
            if tier not in tiers:
                self.at(
                    table,
                    row,
                    "result",
                    _("{id} is of level {found}; expected a result of level {expected}").format(
                        id=repr(target), found=tier, expected=" / ".join(tiers)
                    ),
                )
                continue
            if sheet == "indicators":
                item = self._indicator(table, row)
            else:
                item = self.item(table, row, field, skip=("result",))
            owner.setdefault(field, []).append(item)

    def _indicator(self, table: Table, row: Row) -> Data:
        values = ("baseline.value", "target.value", "milestones")
        item = self.item(table, row, "indicators", skip=("result", *values))
        measure = str(item.get("measure") or "number")
        for key in ("baseline.value", "target.value"):
            if key in table.keys:
                merge.delete_field(item, key)
            raw = row.values.get(key)
            if raw is None:
                continue
            try:
                value = cells.indicator_value(raw, measure, isinstance(raw, Percent))
                merge.set_field(item, key, value)
            except cells.CellError as error:
                self.at(
                    table,
                    row,
                    key,
                    _("{expected}, found {found}").format(
                        expected=error.expected, found=cells.shown(raw)
                    ),
                )
        if "milestones" in table.keys:
            before = item.pop("milestones", [])
            raw = row.values.get("milestones")
            try:
                found = cells.milestones(raw, measure) if raw is not None else []
            except cells.CellError as error:
                self.at(
                    table,
                    row,
                    "milestones",
                    _("{expected}, found {found}").format(
                        expected=error.expected, found=cells.shown(raw)
                    ),
                )
                found = []
            # Labels, notes and revisions of a milestone are kept by its place in the list.
            merged = [{**(before[i] if i < len(before) else {}), **m} for i, m in enumerate(found)]
            for i, m in enumerate(found):
                if "date" not in m and i < len(before):
                    merged[i].pop("date", None)
            if merged:
                item["milestones"] = merged
        return item

    def _governance(self, data: Data) -> None:
        table = self.tables.get("governance")
        gov = data.setdefault("governance", {})
        if table is not None:
            bodies = []
            for row in table.rows:
                item = self.item(table, row, "bodies", skip=("members",))
                if "members" in table.keys:
                    item["members"] = merge.members(
                        item.get("members", []), row.values.get("members", [])
                    )
                if "meetings" in self.tables:
                    item.pop("meetings", None)
                bodies.append(item)
            gov["bodies"] = bodies
        meetings = self.tables.get("meetings")
        if meetings is not None:
            by_id = {b.get("id"): b for b in gov.get("bodies", [])}
            for body in by_id.values():
                body.pop("meetings", None)
            for row in meetings.rows:
                owner = by_id.get(row.values.get("body"))
                if owner is None:
                    self.at(
                        meetings,
                        row,
                        "body",
                        _("no coordination body has the id {id} (see the Governance sheet)").format(
                            id=repr(row.values.get("body"))
                        ),
                    )
                    continue
                owner.setdefault("meetings", []).append(
                    self.item(meetings, row, "meetings", skip=("body",))
                )
        for body in gov.get("bodies", []):
            if not body.get("members"):
                body.pop("members", None)
        if not gov.get("bodies"):
            gov.pop("bodies", None)
        if not gov:
            data.pop("governance")

    # --- checking -----------------------------------------------------------------

    def check(self, data: Data) -> Plan:
        if self.found.found:
            raise PlanInvalid(self.found.problems())
        text = json.dumps(data, ensure_ascii=False)
        try:
            return planfile.loads(text, self.name, planfile.Format.JSON)
        except PlanInvalid as error:
            places = dict(merge.places(data, self.origins))
            for problem in error.problems:
                self._locate(problem, places)
            raise PlanInvalid(self.found.problems()) from None

    def _locate(self, problem: Problem, places: dict[FieldPath, tuple[str, Row]]) -> None:
        path = problem.path
        for cut in range(len(path), -1, -1):
            if path[:cut] in places:
                title, row = places[path[:cut]]
                rest = path[cut:]
                break
        else:
            self.found.add(_hidden_message(problem, bool(self.hidden)))
            return
        keys = sorted(row.at, key=lambda k: -len(k.split(".")))
        for key in keys:
            parts = tuple(key.split("."))
            if rest[: len(parts)] == parts:
                r, c, header = row.at[key]
                self.found.add(problem.message, title, r, c, header)
                return
        if not row.number:
            # Only the Plan sheet's form has no row of its own: the field is not on it.
            self.found.add(_hidden_message(problem, bool(self.hidden)))
            return
        shown = format_path(rest)
        message = f"{shown}: {problem.message}" if shown else problem.message
        self.found.add(message, title, row.number)


def _hidden_message(problem: Problem, hidden: bool) -> str:
    where = format_path(problem.path)
    text = f"{where}: {problem.message}" if where else problem.message
    if not hidden:
        return text
    return _("{problem} (in the plan kept in the hidden sheet napkit)").format(problem=text)


def assemble(book: Book, name: str) -> Plan:
    assembly = Assembly(book, name)
    return assembly.check(assembly.build())
