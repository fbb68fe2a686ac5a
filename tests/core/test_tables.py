"""Reading a CSV or an Excel sheet into a table of cells, whatever its delimiter,
encoding, title rows, merged cells and percentage formats."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import Workbook

from napkit.core.monitoring.tables import Unreadable, letter, read_table

ROWS = [["indicator", "period", "value"], ["I-1", "2019", "45"], ["I-2", "Q1 2020", "Été"]]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    return "\n".join(delimiter.join(r) for r in rows) + "\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_csv_in_any_delimiter_and_encoding(delimiter: str, encoding: str) -> None:
    table = read_table("h.csv", _csv(ROWS, delimiter).encode(encoding))
    assert table.columns == ("indicator", "period", "value")
    assert [r.cells for r in table.rows] == [("I-1", "2019", "45"), ("I-2", "Q1 2020", "Été")]
    assert [r.number for r in table.rows] == [2, 3]
    assert table.delimiter == delimiter


def test_title_rows_and_blank_rows_are_left_out_but_rows_keep_their_numbers() -> None:
    text = "National WPS data export\n\nindicator;period;value\n\nI-1;2019;4\n"
    table = read_table("h.csv", text.encode())
    assert table.header_row == 3
    assert [(r.number, r.cells) for r in table.rows] == [(5, ("I-1", "2019", "4"))]


def test_duplicate_and_missing_headers_get_names() -> None:
    table = read_table("h.csv", b"value,value,,x\n1,2,3,4\n")
    assert table.columns == ("value", "value (2)", "(C)", "x")


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("h.csv", b"", "empty"),
        ("h.csv", b"   \n", "empty"),
        ("h.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", ".xlsx"),
        ("h.csv", b"only\none\n", "no header row"),
        ("h.xlsx", b"PK\x03\x04 broken", "not a readable Excel"),
        ("h.csv", b"a,b\x00c\n", "not a CSV"),
    ],
)
def test_unreadable_files_say_why(name: str, data: bytes, words: str) -> None:
    with pytest.raises(Unreadable) as error:
        read_table(name, data)
    assert words in error.value.problem.message


def test_too_large() -> None:
    with pytest.raises(Unreadable, match="too large"):
        read_table("h.csv", b"a,b\n" * 100, max_bytes=10)


def _xlsx(fill: object) -> bytes:
    book = Workbook()
    book.active.title = "Cover"
    book.active["A1"] = "Read me"
    sheet = book.create_sheet("Data")
    fill(sheet)  # type: ignore[operator]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_excel_merged_cells_percentages_dates_and_formulas() -> None:
    def fill(sheet: object) -> None:
        sheet.append(["Monitoring data 2019-2020"])  # type: ignore[attr-defined]
        sheet.merge_cells("A1:D1")  # type: ignore[attr-defined]
        sheet.append(["indicator", "period", "value", "as of"])  # type: ignore[attr-defined]
        sheet.append(["I-1", 2019, 0.45, date(2019, 12, 31)])  # type: ignore[attr-defined]
        sheet.append([None, 2020, "=C3*2", None])  # type: ignore[attr-defined]
        sheet["C3"].number_format = "0%"  # type: ignore[index]
        sheet.merge_cells("A3:A4")  # type: ignore[attr-defined]

    table = read_table("h.xlsx", _xlsx(fill))
    assert table.sheet == "Data" and table.sheets == ("Cover", "Data")
    assert table.header_row == 2
    assert table.columns == ("indicator", "period", "value", "as of")
    first, second = table.rows
    assert first.cells == ("I-1", 2019, 45.0, date(2019, 12, 31))
    assert second.cells[0] == "I-1"  # the merged cell's value
    [problem] = table.problems
    assert (problem.line, problem.path) == (4, ("value",))
    assert "formula" in problem.message


def test_a_named_sheet_and_an_unknown_one() -> None:
    def fill(sheet: object) -> None:
        sheet.append(["indicator", "value"])  # type: ignore[attr-defined]
        sheet.append(["I-1", 3])  # type: ignore[attr-defined]

    data = _xlsx(fill)
    assert read_table("h.xlsx", data, sheet="Data").rows[0].cells == ("I-1", 3)
    with pytest.raises(Unreadable, match="no sheet"):
        read_table("h.xlsx", data, sheet="Nope")


@pytest.mark.parametrize(("index", "name"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ")])
def test_letters(index: int, name: str) -> None:
    assert letter(index) == name
