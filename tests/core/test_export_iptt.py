"""The IPTT workbook: its sheets, headers and figures, the status fills, determinism."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from napkit.core.exports.iptt import (
    FIRST_ROW,
    GROUP_ROW,
    HEADER_ROW,
    PER_ROUND,
    STATUS_COLOURS,
    headers,
    iptt_workbook,
    latest_status,
    status_label,
)
from napkit.core.exports.tidy import category_label, dimension_label, ordered_parts
from napkit.core.monitoring.progress import Status
from napkit.core.plan import walk
from napkit.core.plan.model import Plan
from napkit.core.plan.validation import dimensions
from napkit.core.publishing.release import Release
from napkit.core.publishing.tracking import indicator_periods
from tests.core.releases import ROUNDS, demo_release

GENERATED = datetime(2026, 11, 26, 12, 30, tzinfo=UTC)
FIXED = 10  # columns before the first round


@pytest.fixture(scope="module")
def release(demo_plan: Plan) -> Release:
    return demo_release(demo_plan)


@pytest.fixture(scope="module")
def data(release: Release) -> bytes:
    return iptt_workbook(release, GENERATED)


@pytest.fixture(scope="module")
def book(data: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data))


def sheet(book: Workbook, name: str) -> Worksheet:
    ws = book[name]
    assert isinstance(ws, Worksheet)
    return ws


def table(ws: Worksheet) -> dict[str, list[object]]:
    """The IPTT rows by indicator id (column D)."""
    rows = ws.iter_rows(min_row=FIRST_ROW, values_only=True)
    return {str(row[3]): list(row) for row in rows}


def test_three_sheets_and_the_properties(book: Workbook, release: Release) -> None:
    assert book.sheetnames == ["IPTT", "Disaggregation", "About"]
    assert book.properties.creator == "napkit"
    assert release.plan.metadata.title in (book.properties.title or "")
    assert book.properties.created == book.properties.modified == datetime(2026, 11, 26, 12, 30)


def test_the_title_block(book: Workbook, release: Release) -> None:
    ws = sheet(book, "IPTT")
    block = [ws.cell(row=r, column=1).value for r in range(1, 6)]
    assert block[0] == release.plan.metadata.title
    assert "version 1" in str(block[1])
    assert "2026-11-26" in str(block[2])
    assert "2026-11-26 12:30" in str(block[3])
    assert block[4] == "Approved data only"


def test_headers_and_the_round_groups(book: Workbook) -> None:
    ws = sheet(book, "IPTT")
    row = [c.value for c in ws[HEADER_ROW]]
    assert row == headers(ROUNDS)
    assert row[:FIXED] == [
        "Tier",
        "Result ID",
        "Result",
        "Indicator ID",
        "Indicator",
        "Unit",
        "Direction",
        "Value",
        "Date",
        "Target",
    ]
    assert row[FIXED : FIXED + PER_ROUND] == ["Target", "Actual", "% of the way to target"]
    assert row[-1] == "Status"
    merged = {str(m) for m in ws.merged_cells.ranges}
    for i, r in enumerate(ROUNDS):
        first = FIXED + 1 + i * PER_ROUND
        assert ws.cell(row=GROUP_ROW, column=first).value == r.label
        start = ws.cell(row=GROUP_ROW, column=first).coordinate
        end = ws.cell(row=GROUP_ROW, column=first + PER_ROUND - 1).coordinate
        assert f"{start}:{end}" in merged


def test_frozen_panes_filter_and_widths(book: Workbook) -> None:
    ws = sheet(book, "IPTT")
    assert ws.freeze_panes == f"F{FIRST_ROW}"
    assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
    assert ws.column_dimensions["E"].width >= 40


def test_one_row_per_indicator(book: Workbook, release: Release) -> None:
    ids = list(table(sheet(book, "IPTT")))
    assert ids == [ref.indicator.id for ref in walk.indicators(release.plan)]


@pytest.mark.parametrize("indicator", ["SO1-i1", "OP1.1.1-i1", "OP2.3-i1", "R3.1-i1", "SO4-i1"])
def test_figures_are_the_tracking_figures(book: Workbook, release: Release, indicator: str) -> None:
    ref = next(r for r in walk.indicators(release.plan) if r.indicator.id == indicator)
    rows = indicator_periods(release, ref.indicator)
    mine = table(sheet(book, "IPTT"))[indicator]
    assert mine[1] == ref.owner.item.id
    for i, p in enumerate(rows):
        target, actual, percent = mine[FIXED + i * PER_ROUND : FIXED + (i + 1) * PER_ROUND]
        assert target == p.target
        assert actual == (p.actual.value if p.actual else None)
        assert percent == p.percent_of_target
    assert mine[-1] == status_label(latest_status(rows))


def test_interpolated_targets_are_marked(book: Workbook) -> None:
    ws = sheet(book, "IPTT")
    row = FIRST_ROW  # SO1-i1: a milestone in the first round, interpolated in the second
    milestone = ws.cell(row=row, column=FIXED + 1)
    interpolated = ws.cell(row=row, column=FIXED + 1 + PER_ROUND)
    assert not milestone.font.i and "~" not in milestone.number_format
    assert interpolated.font.i and "~" in interpolated.number_format


def test_yes_no_and_ordinal_read_in_their_own_terms(book: Workbook) -> None:
    rows = table(sheet(book, "IPTT"))
    assert rows["OP2.2-i1"][FIXED + 1] == "Yes"
    assert rows["SO2-i1"][FIXED + 1] == "Systematic"


def test_each_status_has_its_words_and_its_fill(book: Workbook) -> None:
    ws = sheet(book, "IPTT")
    column = len(headers(ROUNDS))
    seen = set()
    for row in range(FIRST_ROW, ws.max_row + 1):
        cell = ws.cell(row=row, column=column)
        status = next(s for s in Status if status_label(s) == cell.value)
        assert cell.fill.fgColor.rgb.endswith(STATUS_COLOURS[status][0])
        seen.add(status)
    assert {Status.ON_TRACK, Status.AT_RISK, Status.ACHIEVED} <= seen


def test_disaggregation_rows_match_the_parts(book: Workbook, release: Release) -> None:
    known = dimensions(release.plan)
    expected = [
        (
            ref.indicator.id,
            p.round.label,
            dimension_label(known, dim),
            category_label(known, dim, cat),
            number,
        )
        for ref in walk.indicators(release.plan)
        for p in indicator_periods(release, ref.indicator)
        for dim, cat, number in ordered_parts(ref.indicator, known, p.reported)
    ]
    ws = sheet(book, "Disaggregation")
    assert [c.value for c in ws[1]] == [
        "Indicator ID",
        "Indicator",
        "Period",
        "Dimension",
        "Category",
        "Value",
    ]
    got = [(r[0], r[2], r[3], r[4], r[5]) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert got == expected
    assert expected  # the demo has disaggregated values


def test_the_about_sheet_explains_the_numbers(book: Workbook, release: Release) -> None:
    text = " ".join(str(c.value) for c in sheet(book, "About")["A"])
    assert release.plan.id in text and "version 1" in text
    for words in (
        "Non-cumulative",
        "Cumulative",
        "interpolated",
        "% of the way to target",
        "Approved data",
    ):
        assert words in text


def test_the_same_input_gives_the_same_bytes(release: Release, data: bytes) -> None:
    # Zip entries and workbook properties are stamped with the generation time, not the clock.
    assert iptt_workbook(release, GENERATED) == data
    assert iptt_workbook(release, datetime(2027, 1, 1, tzinfo=UTC)) != data


def test_a_plan_without_rounds_has_no_round_columns(weak_plan: Plan) -> None:
    empty = Release(plan=weak_plan, version=1, published=date(2025, 1, 1), as_of=date(2025, 6, 1))
    ws = sheet(load_workbook(io.BytesIO(iptt_workbook(empty, GENERATED))), "IPTT")
    assert [c.value for c in ws[HEADER_ROW]] == headers([])
    rows = table(ws)
    assert list(rows) == [ref.indicator.id for ref in walk.indicators(weak_plan)]
    assert all(row[-1] == status_label(Status.NO_DATA) for row in rows.values())
