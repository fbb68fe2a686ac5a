"""Bulk entry: a template per submission (CSV or Excel), and reading an upload back.

The template has one row per value: each indicator's total, then a row per category of
each breakdown. Reading an upload never writes anything: it returns the rows, or every
problem with its row and column, and the caller writes all of it or nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from django.utils.translation import gettext as _

from napkit.core.exports.cells import SafeWriter, workbook_safe
from napkit.core.monitoring.submissions import COLUMNS, REQUIRED_COLUMNS, Coverage
from napkit.core.monitoring.tables import Unreadable, opened_workbook
from napkit.core.plan import model as core
from napkit.core.plan.problems import Problem
from napkit.core.plan.validation import dimensions

MAX_BYTES = 50 * 1024 * 1024


def template_rows(plan: core.Plan, coverage: Coverage) -> list[list[str]]:
    dims = dimensions(plan)
    rows = [list(COLUMNS)]
    for indicator in coverage.indicators:
        rows.append([indicator.id, indicator.name, "", "", "", "", "", ""])
        for dim_id in indicator.disaggregation:
            dim = dims.get(dim_id)
            for category in dim.categories if dim else []:
                rows.append([indicator.id, indicator.name, dim_id, category.id, "", "", "", ""])
    return rows


def template_csv(plan: core.Plan, coverage: Coverage) -> str:
    out = io.StringIO()
    SafeWriter(csv.writer(out, lineterminator="\n")).writerows(template_rows(plan, coverage))
    return out.getvalue()


def template_xlsx(plan: core.Plan, coverage: Coverage) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "values"
    for row in template_rows(plan, coverage):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (14, 48, 14, 14, 12, 12, 12, 30), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    workbook_safe(book).save(out)
    return out.getvalue()


def read_rows(
    name: str, data: bytes, problems: list[Problem] | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, {column: value}) of a CSV or XLSX upload; ``Unreadable`` if it is not.

    Problems with single cells found while reading (an Excel formula with no saved result)
    are added to ``problems``, and their rows left out; without a list, the first one
    raises ``Unreadable``.
    """
    if len(data) > MAX_BYTES:
        raise Unreadable(Problem(_("the file is too large (at most 50 MB)"), file=name))
    if name.lower().endswith(".xlsx") or data[:2] == b"PK":
        yield from _xlsx(name, data, problems)
    else:
        yield from _csv(name, data)


def _header(name: str, cells: list[Any]) -> list[str]:
    header = [str(c or "").strip().lower() for c in cells]
    seen: dict[str, int] = {}
    for number, column in enumerate(header, start=1):
        if column and column in seen:
            raise Unreadable(
                Problem(
                    _(
                        "the column {column} appears twice (columns {first} and {second}); keep one"
                    ).format(column=column, first=seen[column], second=number),
                    (column,),
                    file=name,
                    line=1,
                )
            )
        seen.setdefault(column, number)
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise Unreadable(
            Problem(
                _(
                    "missing column(s): {missing} (expected the template's columns: {columns})"
                ).format(missing=", ".join(missing), columns=", ".join(COLUMNS)),
                file=name,
                line=1,
            )
        )
    return header


def _csv_error(name: str, number: int, error: csv.Error) -> Unreadable:
    if "field larger than field limit" in str(error):
        message = _("row {row}: a cell is too long (over {limit} characters)").format(
            row=number, limit=csv.field_size_limit()
        )
    else:
        message = _("row {row} could not be read: {error}").format(row=number, error=error)
    return Unreadable(Problem(message, file=name, line=number))


def _csv(name: str, data: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    if b"\x00" in data[:4096]:
        raise Unreadable(Problem(_("this is not a CSV or Excel file"), file=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise Unreadable(
            Problem(_("not UTF-8 text; save the CSV as UTF-8"), file=name, line=line)
        ) from None
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    number = 1  # the row being read, for a row that cannot be
    try:
        header = _header(name, next(reader))
        number = 2
        for cells in reader:
            yield number, dict(zip(header, cells, strict=False))
            number += 1
    except StopIteration:
        raise Unreadable(Problem(_("the file is empty"), file=name)) from None
    except csv.Error as error:
        raise _csv_error(name, number, error) from None


# Columns the upload reads (the indicator's name is only there for the reader).
READ = frozenset(COLUMNS) - {"indicator_name"}


def _xlsx(
    name: str, data: bytes, problems: list[Problem] | None
) -> Iterator[tuple[int, dict[str, Any]]]:
    with opened_workbook(name, data, read_only=True) as (book, written):
        if not book.worksheets:
            raise Unreadable(Problem(_("the workbook has no sheet"), file=name))
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        formulas = written.worksheets[0].iter_rows(values_only=True)
        try:
            header = _header(name, list(next(rows)))
            next(formulas)
        except StopIteration:
            raise Unreadable(
                Problem(
                    _("the first sheet, {sheet}, is empty (values are read from it)").format(
                        sheet=sheet.title
                    ),
                    file=name,
                )
            ) from None
        for number, (cells, as_written) in enumerate(zip(rows, formulas, strict=False), start=2):
            unsaved = [
                column
                for column, value, formula in zip(header, cells, as_written, strict=False)
                if column in READ and value is None and _is_formula(formula)
            ]
            for column in unsaved:
                problem = Problem(
                    _(
                        "a formula with no saved result: type the value, or open and save the "
                        "file in a spreadsheet program first"
                    ),
                    (column,),
                    file=name,
                    line=number,
                )
                if problems is None:
                    raise Unreadable(problem)
                problems.append(problem)
            if not unsaved:
                yield number, dict(zip(header, cells, strict=False))


def _is_formula(cell: Any) -> bool:
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    if isinstance(cell, str):
        return cell.startswith("=")
    return isinstance(cell, ArrayFormula | DataTableFormula)
