"""Text that a spreadsheet would run as a formula, made harmless in every file napkit writes.

A unit, a name or a note typed as ``=HYPERLINK("http://…")`` or ``@SUM(…)`` becomes a live
formula when a CSV file or a workbook cell is opened in a spreadsheet (CSV injection, see
OWASP's advice on it). In CSV files such text starts with an apostrophe, which spreadsheets
show as text; numbers written as text ("-12.5") are left alone. In workbooks napkit writes
every cell as a value, never as a formula.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?$")


def csv_safe(value: Any) -> Any:
    """``value`` as a CSV cell that no spreadsheet runs."""
    if isinstance(value, str) and value.startswith(STARTS) and not NUMBER.match(value):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_safe(v) for v in values]


class SafeWriter:
    """A ``csv.writer`` whose every cell goes through ``csv_safe``."""

    def __init__(self, writer: Any):
        self.writer = writer

    def writerow(self, row: Iterable[Any]) -> Any:
        return self.writer.writerow(csv_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def workbook_safe(book: Workbook) -> Workbook:
    """Every cell that openpyxl would write as a formula written as text instead."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
    return book
