"""Plans as Excel logframes, both ways: ``write`` a plan, ``template`` an empty logframe,
``read`` a workbook back into a plan (with every problem located by sheet, row and column).

Pure Python (openpyxl); see docs/workbook.md for the sheets, their columns and what the
reader tolerates.
"""

from __future__ import annotations

from pathlib import Path

from napkit.core.i18n import _
from napkit.core.plan import planfile
from napkit.core.plan.model import Plan
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.core.plan.workbook.assemble import assemble
from napkit.core.plan.workbook.sheets import MAX_ROWS, MAX_UNPACKED, open_book
from napkit.core.plan.workbook.write import template, write

SUFFIXES = (".xlsx", ".xlsm")

__all__ = [
    "MAX_ROWS",
    "MAX_UNPACKED",
    "SUFFIXES",
    "is_workbook",
    "load",
    "read",
    "template",
    "write",
]


def is_workbook(name: str | Path) -> bool:
    return str(name).lower().endswith(SUFFIXES)


def read(content: bytes, name: str) -> Plan:
    """The plan in a logframe workbook; ``PlanInvalid`` with every problem, each located as
    sheet, row and column, and no plan at all if there is any."""
    return assemble(open_book(content, name), name)


def load(path: str | Path, max_bytes: int = planfile.DEFAULT_MAX_BYTES) -> Plan:
    """The plan in a workbook file, read within ``max_bytes``."""
    name = str(path)
    file = Path(path)
    if file.is_dir():
        raise PlanInvalid([Problem(_("this is a directory, not a workbook"), file=name)])
    try:
        with file.open("rb") as stream:
            # Never more than max_bytes + 1 bytes, whatever the file is (a device, a pipe).
            data = planfile.read_bounded(stream, max_bytes, name)
    except FileNotFoundError:
        raise PlanInvalid([Problem(_("no such file"), file=name)]) from None
    except PermissionError:
        raise PlanInvalid(
            [Problem(_("the file cannot be read (permission denied)"), file=name)]
        ) from None
    except OSError as error:
        raise PlanInvalid(
            [
                Problem(
                    _("the file cannot be read ({reason})").format(reason=error.strerror or error),
                    file=name,
                )
            ]
        ) from None
    return read(data, name)
