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

from napkit.core import plan as core
from napkit.core.problems import Problem
from napkit.core.reports import COLUMNS, REQUIRED_COLUMNS, Coverage
from napkit.core.validation import dimensions

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
    csv.writer(out, lineterminator="\n").writerows(template_rows(plan, coverage))
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
    book.save(out)
    return out.getvalue()


class Unreadable(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def read_rows(name: str, data: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, {column: value}) of a CSV or XLSX upload; ``Unreadable`` if it is not."""
    if len(data) > MAX_BYTES:
        raise Unreadable(Problem(_("the file is too large (at most 50 MB)"), file=name))
    if name.lower().endswith(".xlsx") or data[:2] == b"PK":
        yield from _xlsx(name, data)
    else:
        yield from _csv(name, data)


def _header(name: str, cells: list[Any]) -> list[str]:
    header = [str(c or "").strip().lower() for c in cells]
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
    try:
        header = _header(name, next(reader))
    except StopIteration:
        raise Unreadable(Problem(_("the file is empty"), file=name)) from None
    for number, cells in enumerate(reader, start=2):
        yield number, dict(zip(header, cells, strict=False))


def _xlsx(name: str, data: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken file
        raise Unreadable(
            Problem(_("this is not a readable Excel (.xlsx) file"), file=name)
        ) from None
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    try:
        header = _header(name, list(next(rows)))
    except StopIteration:
        raise Unreadable(Problem(_("the sheet is empty"), file=name)) from None
    for number, cells in enumerate(rows, start=2):
        yield number, dict(zip(header, cells, strict=False))
    book.close()
