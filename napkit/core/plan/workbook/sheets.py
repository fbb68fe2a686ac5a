"""Opening a workbook safely and reading its sheets into located rows.

Before openpyxl sees the bytes they are checked as a zip archive: an .xls, a renamed CSV
or an archive that is not a workbook is refused with a clear problem, and so is one whose
members would unpack to more than ``MAX_UNPACKED`` bytes or whose sheets hold more than
``MAX_ROWS`` rows (a zip bomb expands a few kilobytes into gigabytes).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from napkit.core.i18n import _
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.core.plan.workbook import cells
from napkit.core.plan.workbook import headers as h
from napkit.core.plan.workbook.write import CHUNK_MARK

MAX_UNPACKED = 100 * 1024 * 1024
MAX_ROWS = 50_000  # in any one sheet; a national plan has a few thousand
MAX_MEMBERS = 2_000
HEADER_SEARCH = 30  # title rows above the header: the header is looked for this far down
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ROW = re.compile(rb"<(?:\w+:)?row[\s>]")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>]")

Cell = tuple[int, int, str]  # row, column (1-based) and header of a value


@dataclass
class Located:
    """Problems found while reading, each with its place in the workbook for sorting."""

    name: str
    order: dict[str, int] = field(default_factory=dict)
    found: list[tuple[tuple[int, int, int], Problem]] = field(default_factory=list)

    def add(
        self,
        message: str,
        sheet: str | None = None,
        row: int | None = None,
        column: int | None = None,
        header: str = "",
    ) -> None:
        if sheet is None:
            text = message
        elif row is None:
            text = _("sheet {sheet}: {message}").format(sheet=sheet, message=message)
        elif column is None:
            text = _("sheet {sheet}, row {row}: {message}").format(
                sheet=sheet, row=row, message=message
            )
        else:
            text = _("sheet {sheet}, row {row}, column {column} ({header}): {message}").format(
                sheet=sheet, row=row, column=letter(column), header=header, message=message
            )
        key = (self.order.get(sheet or "", -1), row or 0, column or 0)
        self.found.append((key, Problem(text, file=self.name)))

    def problems(self) -> list[Problem]:
        return [p for _key, p in sorted(self.found, key=lambda item: item[0])]


def letter(column: int) -> str:
    out = ""
    while column:
        column, rest = divmod(column - 1, 26)
        out = chr(65 + rest) + out
    return out


@dataclass
class Row:
    number: int
    values: dict[str, Any]  # column key → value read from the cell (only cells not blank)
    at: dict[str, Cell]  # column key → where it is (every column the sheet has)


@dataclass
class Table:
    sheet: h.Sheet
    title: str  # as the workbook names it
    rows: list[Row]
    keys: set[str]  # the columns the sheet shows: their fields come from it, not the copy


@dataclass
class Book:
    tables: dict[str, Table]
    hidden: dict[str, Any] | None
    problems: Located


# --- the archive -------------------------------------------------------------------


def _refuse(name: str, message: str) -> PlanInvalid:
    return PlanInvalid([Problem(message, file=name)])


def check_archive(content: bytes, name: str) -> bool:
    """Refuse what is not a workbook or would unpack too far; say if it has formulas."""
    if not content:
        raise _refuse(name, _("the file is empty; expected an Excel workbook (.xlsx)"))
    if content.startswith(OLE_MAGIC):
        raise _refuse(
            name,
            _(
                "this is an old Excel file (.xls) or a password-protected workbook: save it "
                "in Excel as an .xlsx workbook without a password"
            ),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError):
        kind = _("a text file (CSV?)") if _is_text(content) else _("not a zip archive")
        raise _refuse(
            name,
            _("this is not an Excel workbook (.xlsx): {kind}; save it in Excel as .xlsx").format(
                kind=kind
            ),
        ) from None
    with archive:
        members = archive.infolist()
        names = {m.filename for m in members}
        if "xl/workbook.xml" not in names:
            raise _refuse(
                name,
                _(
                    "this archive is not an Excel workbook (it has no xl/workbook.xml); "
                    "save it in Excel as .xlsx"
                ),
            )
        unpacked = sum(m.file_size for m in members)
        if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED:
            raise _refuse(
                name,
                _(
                    "the workbook would unpack to {size} MB in {count} parts; at most {limit} "
                    "MB are read (is it a zip bomb?)"
                ).format(
                    size=round(unpacked / 1024 / 1024, 1),
                    count=len(members),
                    limit=MAX_UNPACKED // 1024 // 1024,
                ),
            )
        formulas = False
        for member in members:
            if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                rows, has = _scan(archive, member, name)
                formulas = formulas or has
                if rows > MAX_ROWS:
                    raise _refuse(
                        name,
                        _("a sheet has {rows} rows; at most {limit} are read").format(
                            rows=rows, limit=MAX_ROWS
                        ),
                    )
    return formulas


def _scan(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> tuple[int, bool]:
    """Rows of one sheet, and whether it has formulas, read in pieces (never all at once)."""
    rows, formulas, tail = 0, False, b""
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(1 << 20):
                data = tail + chunk
                # A tag cut at the end of a piece is counted in the next one.
                cut = max(0, len(data) - 16)
                rows += len(_ROW.findall(data, 0, cut))
                formulas = formulas or bool(_FORMULA.search(data))
                tail = data[cut:]
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as error:
        raise _refuse(name, _("the workbook is damaged ({reason})").format(reason=error)) from None
    return rows + len(_ROW.findall(tail)), formulas


def _is_text(content: bytes) -> bool:
    try:
        content[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in content[:4096]


# --- the sheets --------------------------------------------------------------------


def open_book(content: bytes, name: str) -> Book:
    formulas = check_archive(content, name)
    try:
        book = load_workbook(io.BytesIO(content), data_only=True)
        unsaved = _formula_cells(content) if formulas else set()
    except PlanInvalid:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise _refuse(
            name, _("the workbook cannot be read ({reason})").format(reason=str(error)[:200])
        ) from None
    found = Located(name)
    found.order = {title: n for n, title in enumerate(book.sheetnames)}
    specs = _identify(book.worksheets)
    tables: dict[str, Table] = {}
    hidden: dict[str, Any] | None = None
    for ws in book.worksheets:
        if ws.title == h.HIDDEN:
            hidden = _hidden(ws, found)
            continue
        spec = specs.get(ws.title)
        if spec is None:
            continue
        grid = _grid(ws, unsaved)
        if spec is h.PLAN:
            tables[spec.key] = _form(ws.title, grid, found)
        else:
            table = _table(spec, ws.title, grid, found)
            if table is not None:
                tables[spec.key] = table
    return Book(tables, hidden, found)


def _formula_cells(content: bytes) -> set[tuple[str, int, int]]:
    """Cells holding a formula (read again without the saved results)."""
    book = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    out: set[tuple[str, int, int]] = set()
    try:
        for ws in book.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    value = getattr(cell, "value", None)
                    if isinstance(value, str) and value.startswith("="):
                        out.add((ws.title, cell.row or 0, cell.column or 0))
    finally:
        book.close()
    return out


def _identify(sheets: Sequence[Any]) -> dict[str, h.Sheet]:
    """Each sheet's kind, by its name in English or French, else by its headers."""
    out: dict[str, h.Sheet] = {}
    taken: set[str] = set()
    for ws in sheets:
        title = h.normalise(ws.title)
        for spec in h.SHEETS:
            if spec.key not in taken and title in spec.names():
                out[ws.title] = spec
                taken.add(spec.key)
                break
    skip = {h.normalise(h.HIDDEN), *(h.normalise(t) for t in h.INSTRUCTIONS)}
    for ws in sheets:
        if ws.title in out or h.normalise(ws.title) in skip:
            continue
        for spec in h.SHEETS[1:]:
            if spec.key in taken:
                continue
            top = [list(r) for r in ws.iter_rows(max_row=HEADER_SEARCH, values_only=True)]
            _row, columns = _header(spec, top)
            if all(c.key in columns for c in spec.columns if c.required) and len(columns) >= 3:
                out[ws.title] = spec
                taken.add(spec.key)
                break
    return out


def _grid(ws: Worksheet, unsaved: set[tuple[str, int, int]]) -> list[list[Any]]:
    """The sheet's values; a merged range gives its value to every cell it covers, a
    formula without a saved result is ``cells.NO_RESULT``, and a percentage-formatted
    number is marked so that 45% reads as 45."""
    grid: list[list[Any]] = []
    for row in ws.iter_rows():
        values: list[Any] = []
        for cell in row:
            value: Any = cell.value
            if value is None and (ws.title, cell.row, cell.column) in unsaved:
                value = cells.NO_RESULT
            elif isinstance(value, int | float) and "%" in str(cell.number_format or ""):
                value = Percent(value)
            values.append(value)
        grid.append(values)
    for merged in ws.merged_cells.ranges:
        top = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(grid) else None
        for r in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
            line = grid[r - 1]
            line.extend([None] * (merged.max_col - len(line)))
            for c in range(merged.min_col, merged.max_col + 1):
                line[c - 1] = top
    return grid


class Percent(float):
    """A number shown as a percentage in its cell (0.45 for 45%)."""


def _header(spec: h.Sheet, top: list[list[Any]]) -> tuple[int, dict[str, tuple[int, str]]]:
    """The header row (1-based) and its columns: the row naming most known columns."""
    best_row, best = 0, dict[str, tuple[int, str]]()
    for n, values in enumerate(top[:HEADER_SEARCH], start=1):
        columns: dict[str, tuple[int, str]] = {}
        for c, value in enumerate(values, start=1):
            column = spec.column(value)
            if column is not None and column.key not in columns:
                columns[column.key] = (c, str(value).strip())
        if len(columns) > len(best):
            best_row, best = n, columns
    return best_row, best


def _read(spec: h.Sheet, column: h.Column, raw: Any) -> Any:
    if column.kind in ("value", "milestones") or (spec is h.RESULTS and column.key == "level"):
        # Read later: values by the measure of their row, levels also by the plan's own
        # names for them ("Strategic objective"), once both are known.
        return raw
    return cells.read(column, raw, isinstance(raw, Percent))


def _table(spec: h.Sheet, title: str, grid: list[list[Any]], found: Located) -> Table | None:
    header_row, columns = _header(spec, grid)
    missing = [c for c in spec.columns if c.required and c.key not in columns]
    if missing:
        names = ", ".join(f'"{c.en}" / "{c.fr}"' for c in missing)
        found.add(
            _("no column {columns} (looked in the first {n} rows)").format(
                columns=names, n=HEADER_SEARCH
            ),
            title,
        )
        return None
    by_key = {c.key: c for c in spec.columns}
    rows: list[Row] = []
    for n in range(header_row + 1, len(grid) + 1):
        line = grid[n - 1]
        at = {key: (n, c, text) for key, (c, text) in columns.items()}
        values: dict[str, Any] = {}
        faulty = False
        for key, (c, text) in columns.items():
            raw = line[c - 1] if c <= len(line) else None
            if raw is cells.NO_RESULT:
                found.add(_formula_message(), title, n, c, text)
                faulty = True
            elif not cells.blank(raw):
                try:
                    values[key] = _read(spec, by_key[key], raw)
                except cells.CellError as error:
                    found.add(_found(error, raw), title, n, c, text)
                    faulty = True
        if values or faulty:
            rows.append(Row(n, values, at))
    return Table(spec, title, rows, set(columns))


def _form(title: str, grid: list[list[Any]], found: Located) -> Table:
    """The Plan sheet: a field's name in one cell, its value in the next on the right."""
    values: dict[str, Any] = {}
    at: dict[str, Cell] = {}
    for n, line in enumerate(grid, start=1):
        for c, label in enumerate(line[:4], start=1):
            column = h.PLAN.column(label)
            if column is None or column.key in at:
                continue
            at[column.key] = (n, c + 1, str(label).strip())
            raw = line[c] if c < len(line) else None
            if raw is cells.NO_RESULT:
                found.add(_formula_message(), title, n, c + 1, str(label).strip())
            elif not cells.blank(raw):
                try:
                    values[column.key] = cells.read(column, raw, isinstance(raw, Percent))
                except cells.CellError as error:
                    found.add(_found(error, raw), title, n, c + 1, str(label).strip())
            break
    return Table(h.PLAN, title, [Row(0, values, at)], set(at))


def _formula_message() -> str:
    return _(
        "a formula without a saved result: open the workbook in Excel or LibreOffice and "
        "save it, so the result is stored"
    )


def _found(error: cells.CellError, raw: Any) -> str:
    return _("{expected}, found {found}").format(expected=error.expected, found=cells.shown(raw))


def _hidden(ws: Worksheet, found: Located) -> dict[str, Any] | None:
    """The whole plan file kept by ``write``, or a problem if it was damaged."""
    chunks = [
        str(row[0])[1:]
        for row in ws.iter_rows(min_row=2, max_col=1, values_only=True)
        if isinstance(row[0], str) and row[0].startswith(CHUNK_MARK)
    ]
    if not chunks:
        return None
    try:
        data = json.loads("".join(chunks))
    except (json.JSONDecodeError, RecursionError):
        data = None
    if not isinstance(data, dict):
        found.add(
            _(
                "the hidden copy of the plan is damaged; delete this sheet to read the "
                "visible sheets alone"
            ),
            ws.title,
        )
        return None
    return data
