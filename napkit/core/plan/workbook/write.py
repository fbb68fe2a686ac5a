"""A plan as a logframe workbook, and the empty template.

The visible sheets are for people: one row per item, headers in the plan's working
language, drop-downs for closed vocabularies. The hidden sheet ``napkit`` keeps the whole
plan file, so that fields no sheet shows survive a trip through Excel.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from napkit.core.exports.cells import workbook_safe
from napkit.core.plan import planfile
from napkit.core.plan.model import Plan
from napkit.core.plan.workbook import headers as h
from napkit.core.plan.workbook import words
from napkit.core.plan.workbook.cells import written_value
from napkit.core.plan.workbook.columns import CELL_LIMIT, CUT

CHUNK = CELL_LIMIT
CHUNK_MARK = "|"  # before each chunk, so no chunk is ever taken for a formula
HIDDEN_TITLE = "napkit plan file (JSON) in chunks: do not edit"
DROP_DOWN_ROWS = 500  # drop-downs reach this far below the last row, for new rows
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters a workbook cannot hold

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")


def get(data: dict[str, Any], key: str) -> Any:
    value: Any = data
    for part in key.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def cell_value(column: h.Column, value: Any) -> Any:
    """A plan-file value as the cell of ``column`` shows it."""
    if value is None or value == []:
        return None
    if column.kind == "date":
        return date.fromisoformat(value)
    if column.kind in ("ids", "enums"):
        return "; ".join(str(v) for v in value)
    if column.kind == "texts":
        # Decisions and action items are objects: the sheet shows their text, the hidden
        # copy keeps the rest (merge.keep_objects puts them back together).
        return "\n".join(v["text"] if isinstance(v, dict) else v for v in value)
    if column.kind == "milestones":
        return "; ".join(
            f"{m['date']}: {written_value(m['value'])}"
            if m.get("date")
            else written_value(m["value"])
            for m in value
        )
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        return value if len(value) <= CELL_LIMIT else value[:CELL_LIMIT] + CUT
    return value


# --- rows of each sheet -----------------------------------------------------------


def _rows(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Each table sheet's rows as plan-file data, keyed as the sheet's columns."""
    rows: dict[str, list[dict[str, Any]]] = {s.key: [] for s in h.SHEETS}
    rows["organisations"] = data.get("organisations", [])
    framework = data.get("framework", {})
    rows["pillars"] = framework.get("pillars", [])
    for dim in framework.get("dimensions", []):
        base = {"id": dim["id"], "name": dim["name"], "exhaustive": dim.get("exhaustive")}
        cats = dim.get("categories") or [None]
        rows["dimensions"] += [{**base, "category": cat} for cat in cats]
    for objective in data.get("objectives", []):
        _result(rows, objective, "objective", None)
        for outcome in objective.get("outcomes", []):
            _result(rows, outcome, "outcome", objective["id"])
            for output in outcome.get("outputs", []):
                _output(rows, output, outcome["id"])
        for output in objective.get("outputs", []):
            _output(rows, output, objective["id"])
    for body in data.get("governance", {}).get("bodies", []):
        members = [m["organisation"] for m in body.get("members", []) if m.get("organisation")]
        rows["governance"].append({**body, "members": members})
        rows["meetings"] += [{**m, "body": body["id"]} for m in body.get("meetings", [])]
    return rows


def _result(
    rows: dict[str, list[dict[str, Any]]], item: dict[str, Any], level: str, parent: str | None
) -> None:
    rows["results"].append({**item, "level": level, "parent": parent})
    rows["indicators"] += [{**i, "result": item["id"]} for i in item.get("indicators", [])]
    rows["budget"] += [{**b, "result": item["id"]} for b in item.get("budget_lines", [])]


def _output(rows: dict[str, list[dict[str, Any]]], output: dict[str, Any], parent: str) -> None:
    _result(rows, output, "output", parent)
    for activity in output.get("activities", []):
        _result(rows, activity, "activity", output["id"])


# --- writing sheets ---------------------------------------------------------------


def _header(ws: Worksheet, titles: list[str], widths: list[int]) -> None:
    for col, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = ws.cell(1, col, title)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "B2"


def _sources(language: str, counts: dict[str, int]) -> dict[str, str]:
    """Ranges that drop-downs of ids take their values from."""

    def column_a(sheet: h.Sheet, col: int = 1) -> str:
        last = counts.get(sheet.key, 0) + DROP_DOWN_ROWS + 1
        letter = get_column_letter(col)
        return f"{quote_sheetname(sheet.title(language))}!${letter}$2:${letter}${last}"

    return {
        "organisations": column_a(h.ORGANISATIONS),
        "results": column_a(h.RESULTS),
        "bodies": column_a(h.GOVERNANCE),
    }


def _validation(column: h.Column, sources: dict[str, str]) -> DataValidation | None:
    if column.kind == "enum":
        formula = '"' + ",".join(column.choices) + '"'
    elif column.source and column.kind == "id":
        formula = sources[column.source]
    else:
        return None
    # Ids of other sheets only warn: a row may name an organisation added later.
    strict = column.kind == "enum"
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
    )


def _table(
    ws: Worksheet,
    sheet: h.Sheet,
    rows: list[dict[str, Any]],
    language: str,
    sources: dict[str, str],
) -> None:
    _header(ws, [c.header(language) for c in sheet.columns], [c.width for c in sheet.columns])
    for r, item in enumerate(rows, start=2):
        for c, column in enumerate(sheet.columns, start=1):
            value = cell_value(column, get(item, column.key))
            if value is None:
                continue
            cell = ws.cell(r, c, value)
            if column.kind == "date":
                cell.number_format = "yyyy-mm-dd"
            elif column.kind in ("id", "ids", "text", "texts", "milestones"):
                cell.number_format = "@"  # "1.10" stays an id, not the number 1.1
    last = len(rows) + DROP_DOWN_ROWS + 1
    for c, column in enumerate(sheet.columns, start=1):
        check = _validation(column, sources)
        if check is not None:
            letter = get_column_letter(c)
            check.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(check)


def _plan_sheet(
    ws: Worksheet, data: dict[str, Any], language: str, sources: dict[str, str]
) -> None:
    """One field a row: the plan's own details are a form, not a table."""
    w = words.words(language)
    _header(ws, [w["field"], w["value"], w["expected"]], [38, 60, 50])
    for r, column in enumerate(h.PLAN.columns, start=2):
        ws.cell(r, 1, column.header(language)).font = HEADER_FONT
        value = cell_value(column, get(data, column.key))
        if value is not None:
            cell = ws.cell(r, 2, value)
            cell.alignment = WRAP
            if column.kind == "date":
                cell.number_format = "yyyy-mm-dd"
            elif column.kind in ("id", "ids", "text"):
                cell.number_format = "@"
        ws.cell(r, 3, words.expected(column, language)).alignment = WRAP
        check = _validation(column, sources)
        if check is not None:
            check.add(f"B{r}")
            ws.add_data_validation(check)


def _instructions(ws: Worksheet, language: str) -> None:
    w = words.words(language)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 50
    ws.cell(1, 1, w["title"]).font = Font(bold=True, size=14)
    row = 3
    for paragraph in w["intro"].split("\n"):
        ws.cell(row, 1, paragraph)
        row += 1
    for sheet in h.SHEETS:
        row += 1
        ws.cell(row, 1, sheet.title(language)).font = Font(bold=True, size=12)
        ws.cell(row, 2, words.about(sheet, language)).alignment = WRAP
        row += 1
        for col, title in enumerate((w["column"], w["expected"], w["example"]), start=1):
            cell = ws.cell(row, col, title)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        for column in sheet.columns:
            row += 1
            mark = " *" if column.required else ""
            ws.cell(row, 1, column.header(language) + mark)
            ws.cell(row, 2, words.expected(column, language)).alignment = WRAP
            ws.cell(row, 3, words.example(sheet, column))
    ws.cell(row + 2, 1, w["required"])


def _hidden(wb: Workbook, plan: Plan) -> None:
    ws = wb.create_sheet(h.HIDDEN)
    ws.sheet_state = "hidden"
    text = json.dumps(
        planfile.to_data(plan, json_mode=True), ensure_ascii=False, separators=(",", ":")
    )
    ws.cell(1, 1, HIDDEN_TITLE)
    for n, start in enumerate(range(0, len(text), CHUNK), start=2):
        ws.cell(n, 1, CHUNK_MARK + text[start : start + CHUNK])


def _book(data: dict[str, Any], language: str) -> Workbook:
    language = "fr" if language.lower().startswith("fr") else "en"
    rows = _rows(data)
    sources = _sources(language, {k: len(v) for k, v in rows.items()})
    wb = Workbook()
    first = wb.active
    assert isinstance(first, Worksheet)
    first.title = h.INSTRUCTIONS[language == "fr"]
    _instructions(first, language)
    _plan_sheet(wb.create_sheet(h.PLAN.title(language)), data, language, sources)
    for sheet in h.SHEETS[1:]:
        _table(wb.create_sheet(sheet.title(language)), sheet, rows[sheet.key], language, sources)
    wb.properties.creator = "napkit"
    return wb


def _bytes(wb: Workbook) -> bytes:
    raw = io.BytesIO()
    workbook_safe(wb).save(raw)
    return raw.getvalue()


def write(plan: Plan, language: str = "en") -> bytes:
    """The plan as an .xlsx logframe; ``read`` gives back the same plan."""
    wb = _book(plan.model_dump(mode="json"), language)
    wb.properties.title = plan.metadata.title[:200]
    _hidden(wb, plan)
    return _bytes(wb)


def template(language: str = "en") -> bytes:
    """The empty logframe: instructions, headers and drop-downs, no hidden plan copy."""
    return _bytes(_book({}, language))
