"""Tidy data as people keep it: a CSV or an Excel sheet read into a table of cells.

A CSV may use any common delimiter (comma, semicolon, tab, pipe) and encoding (UTF-8 with
or without a byte-order mark, UTF-16 with one, Windows-1252 or Latin-1). An Excel workbook
is read with the values it last saved (``data_only``): merged cells give their value to every
cell they cover, a number formatted as a percentage reads as the percentage it shows (45 %,
not 0.45), and a formula without a saved result is a located problem, never a silent blank.
Rows above the header (a title, an export date) and blank rows are left out; every row
keeps its number in the file, so each problem can name it.

Nothing here knows about plans: ``napkit.core.monitoring.history`` gives the cells meaning.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from napkit.core.i18n import _
from napkit.core.plan.problems import Problem

Cell = str | int | float | bool | date | None

MAX_BYTES = 20 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
SNIFF_LINES = 50


class Unreadable(Exception):
    """The file cannot be read as a table; ``problem`` says why."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


@dataclass(frozen=True)
class Row:
    number: int  # the row's number in the file (1-based, as a spreadsheet shows it)
    cells: tuple[Cell, ...]  # one per column of the table


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    header_row: int = 1
    sheet: str | None = None  # the sheet read, for a workbook
    sheets: tuple[str, ...] = ()  # every sheet of the workbook
    encoding: str | None = None  # for a CSV
    delimiter: str | None = None  # for a CSV
    problems: tuple[Problem, ...] = field(default=())  # cells that could not be read

    def column(self, name: str) -> int:
        return self.columns.index(name)

    def values(self, name: str) -> list[Cell]:
        index = self.columns.index(name)
        return [row.cells[index] for row in self.rows]


def blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def letter(index: int) -> str:
    """A spreadsheet column letter: 0 → A, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def read_table(
    name: str, data: bytes, sheet: str | None = None, max_bytes: int = MAX_BYTES
) -> Table:
    """The table in a CSV or XLSX file; ``Unreadable`` with the reason if it is none."""
    if len(data) > max_bytes:
        raise Unreadable(
            Problem(
                _("the file is too large (at most {size} MB)").format(
                    size=max_bytes // (1024 * 1024)
                ),
                file=name,
            )
        )
    if not data.strip():
        raise Unreadable(Problem(_("the file is empty"), file=name))
    lower = name.lower()
    if lower.endswith((".xls", ".ods")) or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise Unreadable(
            Problem(
                _("this spreadsheet format cannot be read: save it as Excel (.xlsx) or CSV"),
                file=name,
            )
        )
    if lower.endswith((".xlsx", ".xlsm")) or data[:2] == b"PK":
        return _xlsx(name, data, sheet)
    return _csv(name, data)


# --- CSV -------------------------------------------------------------------------------


def decode(name: str, data: bytes) -> tuple[str, str]:
    """The text of a CSV and the encoding it was written in."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise Unreadable(
                Problem(_("the file says it is UTF-16 text but is not"), file=name)
            ) from None
    if b"\x00" in data[:4096]:
        raise Unreadable(Problem(_("this is not a CSV or Excel file"), file=name))
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff(text: str) -> str:
    """The delimiter that splits the first lines into the most columns, most evenly."""
    lines = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    best, score = ",", (-1, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [
                len(r) for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
            ]
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        widest = max(counts)
        # the rows as wide as the widest, then how wide: a title line does not decide
        found = (sum(1 for c in counts if c == widest), widest)
        if found > score:
            best, score = delimiter, found
    return best


def _csv(name: str, data: bytes) -> Table:
    text, encoding = decode(name, data)
    delimiter = sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[Cell]]] = []
    number = 0
    try:
        for cells in reader:
            number += 1
            records.append((number, [c.strip() for c in cells]))
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            message = _("row {row}: a cell is too long (over {limit} characters)").format(
                row=number + 1, limit=csv.field_size_limit()
            )
        else:
            message = _("row {row} could not be read: {error}").format(row=number + 1, error=error)
        raise Unreadable(Problem(message, file=name, line=number + 1)) from None
    table = _table(name, records)
    return Table(
        table.name,
        table.columns,
        table.rows,
        table.header_row,
        encoding=encoding,
        delimiter=delimiter,
    )


# --- the header and the rows ------------------------------------------------------------


def _distinct(cells: list[Cell]) -> int:
    return len({str(c).strip() for c in cells if not blank(c)})


def _table(
    name: str,
    records: list[tuple[int, list[Cell]]],
    sheet: str | None = None,
    sheets: tuple[str, ...] = (),
    problems: tuple[Problem, ...] = (),
) -> Table:
    """Header: the first row with two or more different values (a title above it, even one
    merged across the columns, has one). Blank rows are dropped."""
    start = next((i for i, (_n, cells) in enumerate(records) if _distinct(cells) >= 2), None)
    if start is None:
        where = _("the sheet {sheet}").format(sheet=sheet) if sheet else _("the file")
        raise Unreadable(
            Problem(
                _("{where} has no header row (a row naming two or more columns)").format(
                    where=where
                ),
                file=name,
            )
        )
    header_row, header = records[start]
    body = [(n, cells) for n, cells in records[start + 1 :] if any(not blank(c) for c in cells)]
    width = max([len(header), *(len(cells) for _n, cells in body)])
    # A cell right of the header counts only if some row fills it.
    while width > len(header) and all(
        len(cells) < width or blank(cells[width - 1]) for _n, cells in body
    ):
        width -= 1
    columns: list[str] = []
    seen: dict[str, int] = {}
    for index in range(width):
        raw = header[index] if index < len(header) else None
        text = " ".join(_text(raw).split()) if not blank(raw) else f"({letter(index)})"
        if text in seen:
            seen[text] += 1
            text = f"{text} ({seen[text]})"
        else:
            seen[text] = 1
        columns.append(text)
    rows = tuple(
        Row(n, tuple((cells + [None] * width)[:width]))
        for n, cells in body
        if any(not blank(c) for c in cells[:width])
    )
    return Table(name, tuple(columns), rows, header_row, sheet, sheets, problems=problems)


def _text(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


# --- Excel -----------------------------------------------------------------------------


@contextmanager
def opened_workbook(name: str, data: bytes, *, read_only: bool) -> Iterator[tuple[Any, Any]]:
    """The workbook twice: with the values it last saved, and as written (where a formula
    shows as such, saved result or not). Whatever openpyxl raises, on opening or while the
    rows are read (a broken sheet only shows then), becomes ``Unreadable``; both are closed."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=read_only, data_only=True)
        written = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a broken file
        raise Unreadable(
            Problem(_("this is not a readable Excel (.xlsx) file"), file=name)
        ) from None
    try:
        yield book, written
    except Unreadable:
        raise
    except Exception as error:
        raise Unreadable(
            Problem(
                _("the workbook could not be read: {error}").format(
                    error=str(error) or type(error).__name__
                ),
                file=name,
            )
        ) from None
    finally:
        book.close()
        written.close()


def _xlsx(name: str, data: bytes, wanted: str | None) -> Table:
    # Not read-only: merged cells are only known to a workbook loaded whole.
    with opened_workbook(name, data, read_only=False) as (book, written):
        names = tuple(book.sheetnames)
        if not names:
            raise Unreadable(Problem(_("the workbook has no sheet"), file=name))
        if wanted is not None and wanted not in names:
            raise Unreadable(
                Problem(
                    _("the workbook has no sheet {sheet} (its sheets: {sheets})").format(
                        sheet=repr(wanted), sheets=", ".join(names)
                    ),
                    file=name,
                )
            )
        title = wanted or _first_with_data(book, names)
        sheet = book[title]
        cells = [[_cell(c) for c in row] for row in sheet.iter_rows()]
        for merged in list(sheet.merged_cells.ranges):
            value = cells[merged.min_row - 1][merged.min_col - 1] if cells else None
            for r in range(merged.min_row - 1, min(merged.max_row, len(cells))):
                for c in range(merged.min_col - 1, min(merged.max_col, len(cells[r]))):
                    cells[r][c] = value
        problems: list[Problem] = []
        formulas = written[title].iter_rows(values_only=True)
        for number, (row, as_written) in enumerate(zip(cells, formulas, strict=False), start=1):
            for index, (value, formula) in enumerate(zip(row, as_written, strict=False)):
                if value is None and _is_formula(formula):
                    problems.append(
                        Problem(
                            _(
                                "a formula with no saved result: type the value, or open and "
                                "save the file in a spreadsheet program first"
                            ),
                            (letter(index),),
                            file=name,
                            line=number,
                        )
                    )
        records = [(n, row) for n, row in enumerate(cells, start=1)]
        table = _table(name, records, title, names)
        located = tuple(
            Problem(p.message, (_column_of(table, p.path[0]),), file=name, line=p.line)
            for p in problems
            if p.line is not None and p.line > table.header_row
        )
        return Table(
            table.name,
            table.columns,
            table.rows,
            table.header_row,
            table.sheet,
            table.sheets,
            problems=located,
        )


def _first_with_data(book: Any, names: tuple[str, ...]) -> str:
    """The first sheet with two or more filled cells (a cover sheet is passed over)."""
    for title in names:
        sheet = book[title]
        filled = 0
        for row in sheet.iter_rows(values_only=True):
            filled += sum(1 for v in row if not blank(v))
            if filled >= 2:
                return str(title)
    return str(names[0])


def _column_of(table: Table, column_letter: str | int) -> str:
    for index, name in enumerate(table.columns):
        if letter(index) == column_letter:
            return name
    return str(column_letter)


def _cell(cell: Any) -> Cell:
    value = cell.value
    if isinstance(value, datetime):
        return value.date() if value.time() == time() else value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "%" in str(getattr(cell, "number_format", "") or ""):
            # What the sheet shows: 0.45 formatted as a percentage is 45 %.
            return round(value * 100, 10)
        return value
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, date | bool) or value is None:
        return value
    return str(value)


def _is_formula(cell: Any) -> bool:
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    if isinstance(cell, str):
        return cell.startswith("=")
    return isinstance(cell, ArrayFormula | DataTableFormula)
