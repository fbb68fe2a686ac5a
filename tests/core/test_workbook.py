"""Logframe workbooks: written from a plan, read back loss-free, and hand-made ones read
with every problem located by sheet, row and column."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from napkit.core.plan import generate, planfile, workbook
from napkit.core.plan.model import Plan
from napkit.core.plan.problems import PlanInvalid
from napkit.core.plan.workbook import cells, sheets
from napkit.core.plan.workbook.columns import Column
from tests.conftest import DEMO_FILE, WEAK_FILE

Rows = list[list[Any]]


def save(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def opened(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def problems(content: bytes, name: str = "logframe.xlsx") -> list[str]:
    with pytest.raises(PlanInvalid) as caught:
        workbook.read(content, name)
    return [str(p) for p in caught.value.problems]


def without_copy(content: bytes) -> bytes:
    book = opened(content)
    del book["napkit"]
    return save(book)


@pytest.fixture(scope="module")
def demo() -> Plan:
    return planfile.load(DEMO_FILE)


# --- round trips ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    "make",
    [
        lambda: planfile.load(DEMO_FILE),
        lambda: planfile.load(WEAK_FILE),
        lambda: generate.plan("national", 1),
    ],
    ids=["valdoria", "weak", "national"],
)
def test_read_gives_back_the_plan_written(make: Callable[[], Plan], language: str) -> None:
    plan = make()
    back = workbook.read(workbook.write(plan, language), "plan.xlsx")
    assert planfile.to_data(back) == planfile.to_data(plan)


@pytest.mark.parametrize("path", [DEMO_FILE, WEAK_FILE], ids=["valdoria", "weak"])
def test_without_the_hidden_copy_the_visible_sheets_make_a_valid_plan(path: Any) -> None:
    plan = planfile.load(path)
    back = workbook.read(without_copy(workbook.write(plan)), "plan.xlsx")
    assert back.id == plan.id and back.metadata.title == plan.metadata.title
    assert back.metadata.period == plan.metadata.period
    assert [o.id for o in back.organisations] == [o.id for o in plan.organisations]
    from napkit.core.plan import walk

    def shown(p: Plan) -> list[tuple[Any, ...]]:
        return [
            (r.indicator.id, r.indicator.target, r.indicator.baseline.value, r.owner.item.id)
            for r in walk.indicators(p)
        ]

    targets = [(i, t.value if t else None, b, o) for i, t, b, o in shown(plan)]
    assert [(i, t.value if t else None, b, o) for i, t, b, o in shown(back)] == targets
    assert [r.item.id for r in walk.results(back)] == [r.item.id for r in walk.results(plan)]
    assert [b.line.amount for b in walk.budget_lines(back)] == [
        b.line.amount for b in walk.budget_lines(plan)
    ]


def _column(ws: Any, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def _row_of(ws: Any, key: str) -> int:
    return next(c.row for c in ws["A"] if c.value == key)


def test_an_edited_cell_is_imported_and_nothing_else_changes(demo: Plan) -> None:
    book = opened(workbook.write(demo))
    ws = book["Indicators"]
    first = next(r for r in _indicators(demo) if r.indicator.target is not None)
    ws.cell(_row_of(ws, first.indicator.id), _column(ws, "Target"), 77)
    back = workbook.read(save(book), "edited.xlsx")
    expected = planfile.to_data(demo)
    target = _dig(expected, first.path)["target"]
    target["value"] = 77
    assert planfile.to_data(back) == expected
    # The revision history, label and date of the target came from the hidden copy.
    assert _dig(planfile.to_data(back), first.path)["target"] == target


def test_a_cleared_cell_clears_its_field(demo: Plan) -> None:
    book = opened(workbook.write(demo))
    ws = book["Organisations"]
    ws.cell(_row_of(ws, demo.organisations[0].id), _column(ws, "Acronym")).value = None
    back = workbook.read(save(book), "edited.xlsx")
    assert demo.organisations[0].acronym is not None
    assert back.organisations[0].acronym is None
    assert back.organisations[1:] == demo.organisations[1:]


def test_a_deleted_column_keeps_its_field_from_the_hidden_copy(demo: Plan) -> None:
    book = opened(workbook.write(demo))
    ws = book["Indicators"]
    ws.delete_cols(_column(ws, "Method"))
    back = workbook.read(save(book), "edited.xlsx")
    assert planfile.to_data(back) == planfile.to_data(demo)


def test_a_long_plan_is_kept_in_several_cells() -> None:
    plan = planfile.load(WEAK_FILE)
    plan.metadata.summary = "word " * 20000
    content = workbook.write(plan)
    assert opened(content)["napkit"].max_row >= 5
    assert workbook.read(content, "long.xlsx").metadata.summary == plan.metadata.summary


def _indicators(plan: Plan) -> list[Any]:
    from napkit.core.plan import walk

    return list(walk.indicators(plan))


def _dig(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


# --- the written workbook ------------------------------------------------------------


def test_written_sheets_have_headers_drop_downs_and_a_hidden_copy(demo: Plan) -> None:
    book = opened(workbook.write(demo, "fr"))
    assert book.sheetnames[:3] == ["Instructions", "Plan", "Organisations"]
    assert "Résultats" in book.sheetnames and "Indicateurs" in book.sheetnames
    results = book["Résultats"]
    assert [c.value for c in results[1]][:4] == [
        "Identifiant",
        "Identifiant du parent",
        "Niveau",
        "Intitulé",
    ]
    assert results.freeze_panes == "B2"
    lists = [v.formula1 for v in results.data_validations.dataValidation]
    assert '"objective,outcome,output,activity"' in lists
    assert any("Organisations" in f for f in lists)
    assert book["napkit"].sheet_state == "hidden"


def test_template_is_empty_with_instructions_and_reads_as_clearly_invalid() -> None:
    book = opened(workbook.template("fr"))
    assert "napkit" not in book.sheetnames
    assert book["Indicateurs"].max_row == 1
    assert "Cadre logique" in str(book["Instructions"]["A1"].value)
    found = problems(workbook.template())
    assert found == [
        "logframe.xlsx: sheet Plan, row 2, column B (Plan id): missing required field 'id'",
        "logframe.xlsx: sheet Plan, row 3, column B (Title): missing required field 'title'",
        "logframe.xlsx: sheet Plan, row 5, column B (Country (ISO code)): missing required "
        "field 'country'",
    ]


# --- a hand-made logframe ------------------------------------------------------------


def logframe(baseline: str = "Baseline", target: str = "Target") -> dict[str, Rows]:
    """A ministry's workbook: French and English headers, a title row, notes columns."""
    return {
        "Plan": [
            ["Logframe of the national action plan"],
            [],
            ["Identifiant du plan", "test-nap"],
            ["Titre", "Test NAP"],
            ["Pays", "XT"],
            ["Début de la période", "01/01/2025"],
            ["Fin de la période", "December 2029"],
        ],
        "Organisations": [
            ["Code", "Name", "Type", "Comments"],
            ["mfa", "Ministry of Foreign Affairs", "Gouvernement", "lead"],
            ["wpn", "Women's Peace Network", "société civile", None],
        ],
        "Cadre logique": [
            ["NAP results framework"],
            [],
            ["Niveau", "Code", "Énoncé", "Parent", "Responsable", "Partenaires", "Notes"],
            ["Objectif", "1", "Women participate", None, None, None, "x"],
            [],
            ["produit", "1.1", "Women trained", "1", None, None, None],
            ["Activité", "1.1.1", "Train mediators", "1.1", "mfa", "wpn", None],
            ["Activité", "1.1.2", "Train police", "1.1", "mfa", None, None],
        ],
        "Indicators": [
            [
                "Id",
                "Result",
                "Indicator",
                "Measure",
                baseline,
                "Baseline year",
                target,
                "Target date",
                "Frequency",
            ],
            [
                "i1",
                "1.1",
                "Share of women trained",
                "Pourcentage",
                "22%",
                "2024",
                "40",
                "31.12.2029",
                "Annuel",
            ],
            ["i2", "1", "Women mediators", "number", "1 234,5", None, 2000, "2029", "trimestriel"],
        ],
    }


def build(
    book_rows: dict[str, Rows], edit: Callable[[openpyxl.Workbook], None] | None = None
) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in book_rows.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    if edit is not None:
        edit(book)
    return save(book)


@pytest.mark.parametrize(
    ("baseline", "target"),
    [
        ("Baseline", "Target"),
        ("Base line", "Cible"),
        ("Valeur de référence", "valeur cible"),
        ("  SITUATION DE RÉFÉRENCE ", "Target value"),
        ("Baseline value", "End target"),
    ],
)
def test_a_hand_made_logframe_is_read_by_its_headers(baseline: str, target: str) -> None:
    plan = workbook.read(build(logframe(baseline, target)), "ministry.xlsx")
    assert plan.metadata.period is not None
    assert plan.metadata.period.start == date(2025, 1, 1)
    assert plan.metadata.period.end == date(2029, 12, 31)
    assert [o.type.value for o in plan.organisations] == ["government", "civil_society"]
    output = plan.objectives[0].outputs[0]
    assert [a.id for a in output.activities] == ["1.1.1", "1.1.2"]
    assert output.activities[0].responsibility.supporting == ["wpn"]
    share, mediators = output.indicators[0], plan.objectives[0].indicators[0]
    assert share.measure.value == "percentage" and share.baseline.value == 22
    assert share.baseline.date == date(2024, 12, 31)
    assert share.target is not None and share.target.value == 40
    assert share.target.date == date(2029, 12, 31)
    assert share.frequency is not None and share.frequency.value == "annual"
    assert mediators.baseline.value == 1234.5
    assert mediators.frequency is not None and mediators.frequency.value == "quarterly"


def test_merged_cells_give_their_value_to_every_cell() -> None:
    rows = logframe()
    rows["Cadre logique"][7][4] = None  # the second activity's lead: merged from the first

    def merge(book: openpyxl.Workbook) -> None:
        book["Cadre logique"].merge_cells("E7:E8")

    plan = workbook.read(build(rows, merge), "merged.xlsx")
    assert [a.responsibility.lead for a in plan.objectives[0].outputs[0].activities] == [
        "mfa",
        "mfa",
    ]


def test_a_percentage_formatted_cell_reads_as_a_percentage() -> None:
    def percent(book: openpyxl.Workbook) -> None:
        cell = book["Indicators"]["G2"]
        cell.value, cell.number_format = 0.45, "0%"

    plan = workbook.read(build(logframe(), percent), "percent.xlsx")
    target = plan.objectives[0].outputs[0].indicators[0].target
    assert target is not None and target.value == 45


def test_a_formula_without_a_saved_result_is_located() -> None:
    def formula(book: openpyxl.Workbook) -> None:
        book["Indicators"]["G3"] = "=1000*2"
        book["Indicators"]["J3"] = "=NOW()"  # a column napkit does not read: ignored

    found = problems(build(logframe(), formula))
    assert found == [
        "logframe.xlsx: sheet Indicators, row 3, column G (Target): a formula without a saved "
        "result: open the workbook in Excel or LibreOffice and save it, so the result is stored"
    ]


def _set(sheet: str, row: int, column: int, value: Any) -> Callable[[dict[str, Rows]], None]:
    def change(rows: dict[str, Rows]) -> None:
        line = rows[sheet][row - 1]
        line.extend([None] * (column - len(line)))
        line[column - 1] = value

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _set("Indicators", 2, 7, "about 40"),
            'sheet Indicators, row 2, column G (Target): expected a number, found "about 40"',
        ),
        (
            _set("Indicators", 3, 6, "soon"),
            "sheet Indicators, row 3, column F (Baseline year): expected a date such as "
            '2025-03-31, 31/03/2025 or March 2025, found "soon"',
        ),
        (
            _set("Indicators", 2, 9, "sometimes"),
            "sheet Indicators, row 2, column I (Frequency): expected one of: monthly, quarterly, "
            'semi_annual, annual, biennial, once, ad_hoc, found "sometimes"',
        ),
        (
            _set("Indicators", 2, 2, "1.1.1"),
            "sheet Indicators, row 2, column B (Result): '1.1.1' is of level activity; expected "
            "a result of level objective / outcome / output",
        ),
        (
            _set("Indicators", 3, 2, "9"),
            "sheet Indicators, row 3, column B (Result): no result has the id '9'",
        ),
        (
            _set("Cadre logique", 6, 4, "7"),
            "sheet Cadre logique, row 6, column D (Parent): no result has the id '7'",
        ),
        (
            _set("Cadre logique", 7, 4, "1"),
            "sheet Cadre logique, row 7, column D (Parent): '1' is of level objective; at level "
            "activity the parent must be of level output",
        ),
        (
            _set("Cadre logique", 8, 1, "goalpost"),
            "sheet Cadre logique, row 8, column A (Niveau): expected one of: objective, outcome, "
            'output, activity, found "goalpost"',
        ),
        (
            _set("Cadre logique", 8, 2, "1.1.1"),
            "sheet Cadre logique, row 8, column B (Code): the id '1.1.1' is already used in row 7",
        ),
        (
            _set("Cadre logique", 7, 5, "moj"),
            "sheet Cadre logique, row 7, column E (Responsable): unknown organisation 'moj'",
        ),
        (
            _set("Cadre logique", 4, 5, "mfa"),
            "sheet Cadre logique, row 4, column E (Responsable): only for level activity; leave "
            "it empty at level objective",
        ),
        (
            _set("Organisations", 3, 3, None),
            "sheet Organisations, row 3, column C (Type): missing required field 'type'",
        ),
        (
            _set("Organisations", 3, 1, "w p n"),
            "sheet Organisations, row 3, column A (Code): expected an identifier",
        ),
        (_set("Plan", 5, 2, "Testland"), "sheet Plan, row 5, column B (Pays): expected an ISO"),
        (
            _set("Indicators", 1, 3, "Label"),
            'sheet Indicators: no column "Indicator" / "Indicateur"',
        ),
    ],
)
def test_each_problem_is_located(change: Callable[[dict[str, Rows]], None], expected: str) -> None:
    rows = logframe()
    change(rows)
    found = problems(build(rows))
    assert any(p.startswith(f"logframe.xlsx: {expected}") for p in found), found


def test_every_problem_is_reported_at_once() -> None:
    rows = logframe()
    _set("Indicators", 2, 7, "about 40")(rows)
    _set("Indicators", 3, 6, "soon")(rows)
    _set("Cadre logique", 6, 4, "7")(rows)
    assert len(problems(build(rows))) == 3


def test_a_damaged_hidden_copy_is_a_problem(demo: Plan) -> None:
    book = opened(workbook.write(demo))
    book["napkit"]["A2"] = "|{not json"
    assert problems(save(book)) == [
        "logframe.xlsx: sheet napkit: the hidden copy of the plan is damaged; delete this "
        "sheet to read the visible sheets alone"
    ]


# --- cells ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("40", 40),
        (" 1 234,5 ", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234", 1234),
        ("0,125", 0.125),
        ("12,5", 12.5),
        ("45%", 45),
        ("45 %", 45),
        ("-3", -3),
        ("EUR 1 000", 1000),
        (12.5, 12.5),
    ],
)
def test_numbers_typed_as_text(typed: Any, number: float) -> None:
    assert cells.number(typed) == number


@pytest.mark.parametrize("typed", ["about 40", "", "1.2.3,4,5", "40 ans", True])
def test_what_is_not_a_number(typed: Any) -> None:
    with pytest.raises(cells.CellError):
        cells.number(typed)


@pytest.mark.parametrize(
    ("typed", "first_day", "iso"),
    [
        ("2025-03-31", False, "2025-03-31"),
        ("31/03/2025", False, "2025-03-31"),
        ("31.03.2025", False, "2025-03-31"),
        ("31-03-2025", False, "2025-03-31"),
        ("March 2025", False, "2025-03-31"),
        ("March 2025", True, "2025-03-01"),
        ("mars 2025", False, "2025-03-31"),
        ("Févr. 2024", False, "2024-02-29"),
        ("31 mars 2025", False, "2025-03-31"),
        ("2025", False, "2025-12-31"),
        (2025, True, "2025-01-01"),
        (datetime(2025, 3, 31), False, "2025-03-31"),
        (45747, False, "2025-03-31"),
    ],
)
def test_dates_typed_as_text(typed: Any, first_day: bool, iso: str) -> None:
    assert cells.date_value(typed, first_day) == iso


@pytest.mark.parametrize("typed", ["soon", "31/02/2025", "2025-13-01", "Q3"])
def test_what_is_not_a_date(typed: str) -> None:
    with pytest.raises(cells.CellError):
        cells.date_value(typed)


def test_milestones_cell() -> None:
    assert cells.milestones("2026-12-31: 30; 31/12/2027 : 35%", "percentage") == [
        {"value": 30, "date": "2026-12-31"},
        {"value": 35, "date": "2027-12-31"},
    ]
    with pytest.raises(cells.CellError):
        cells.milestones("soon: 30", "number")


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Valeur de référence", "baseline.value"),
        ("BASE LINE", "baseline.value"),
        ("Cible", "target.value"),
        ("means of verification", "source"),
        ("Périodicité", "frequency"),
    ],
)
def test_header_variants(header: str, key: str) -> None:
    from napkit.core.plan.workbook import headers

    column = headers.INDICATORS.column(header)
    assert isinstance(column, Column) and column.key == key


# --- what is not a workbook ---------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, "an old Excel file (.xls)"),
        (b"id;name\nmfa;Ministry\n", "not an Excel workbook (.xlsx): a text file (CSV?)"),
        (bytes(range(256)) * 4, "not an Excel workbook (.xlsx): not a zip archive"),
        (_zip({"word/document.xml": b"<w/>"}), "it has no xl/workbook.xml"),
        (_zip({"xl/workbook.xml": b"<bad"}), "the workbook cannot be read"),
    ],
    ids=["empty", "xls", "csv", "binary", "docx", "broken"],
)
def test_what_is_not_a_workbook_is_refused_clearly(content: bytes, expected: str) -> None:
    found = problems(content, "plan.xlsx")
    assert len(found) == 1 and found[0].startswith("plan.xlsx: ") and expected in found[0], found


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    bomb = _zip(
        {"xl/workbook.xml": b"<x/>", "xl/worksheets/sheet1.xml": b"\0" * (sheets.MAX_UNPACKED + 1)}
    )
    assert len(bomb) < 1_000_000
    (found,) = problems(bomb)
    assert "would unpack to 100.0 MB" in found and "zip bomb" in found


def test_too_many_rows_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "MAX_ROWS", 5)
    (found,) = problems(build(logframe()))
    assert re.search(r"a sheet has \d+ rows; at most 5 are read", found), found


def test_load_reads_within_the_size_limit(tmp_path: Any) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(workbook.write(planfile.load(WEAK_FILE)))
    assert workbook.load(path).id == planfile.load(WEAK_FILE).id
    with pytest.raises(PlanInvalid) as caught:
        workbook.load(path, max_bytes=1000)
    assert "at most" in str(caught.value)
    with pytest.raises(PlanInvalid, match="no such file"):
        workbook.load(tmp_path / "missing.xlsx")


REAL_NAPS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "real_naps").glob("*.yaml"))


@pytest.mark.parametrize("path", REAL_NAPS, ids=lambda p: p.stem)
def test_real_plans_round_trip_through_the_workbook(path: Path) -> None:
    """Real plans are sparse (no targets, empty lists, texts only): each comes back whole."""
    plan = planfile.load(path)
    for language in ("en", "fr"):
        back = workbook.read(workbook.write(plan, language), f"{path.stem}.xlsx")
        assert planfile.to_data(back) == planfile.to_data(plan), language
