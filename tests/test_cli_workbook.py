"""The napkit command with logframe workbooks: export, import, validate and the template."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from napkit.cli import main
from napkit.core.plan import planfile, workbook
from tests.conftest import DEMO_FILE, WEAK_FILE


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _workbook(tmp_path: Path, source: Path = DEMO_FILE, name: str = "plan.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(workbook.write(planfile.load(source)))
    return path


def test_validate_accepts_workbooks(runner: CliRunner, tmp_path: Path) -> None:
    path = _workbook(tmp_path)
    result = runner.invoke(main, ["validate", str(path), str(WEAK_FILE)])
    assert result.exit_code == 0, result.output
    assert "valdoria-nap-2025: valid" in result.output


def test_validate_prints_located_workbook_problems(runner: CliRunner, tmp_path: Path) -> None:
    path = _workbook(tmp_path, WEAK_FILE)
    book = openpyxl.load_workbook(path)
    ws = book["Indicators"]
    target = next(c.column for c in ws[1] if c.value == "Target")
    measure = next(c.column for c in ws[1] if c.value == "Measure")
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, measure).value == "number")
    ws.cell(row, target, "about 40")
    book.save(path)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    letter = openpyxl.utils.get_column_letter(target)
    assert (
        f"{path}: error: sheet Indicators, row {row}, column {letter} (Target): expected a number, "
        'found "about 40"'
    ) in result.output.replace("\n", "")
    assert "1 of 1 file(s) invalid" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"id,name\n1,x\n", "not an Excel workbook (.xlsx): a text file (CSV?)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "an old Excel file (.xls)"),
    ],
)
def test_validate_refuses_what_is_not_a_workbook(
    runner: CliRunner, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "renamed.xlsx"
    path.write_bytes(content)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert expected in result.output
    assert "Traceback" not in result.output


def test_template_writes_the_empty_workbook(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "modele.xlsx"
    result = runner.invoke(main, ["template", "--language", "fr", "-o", str(out)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    assert "Indicateurs" in book.sheetnames and "napkit" not in book.sheetnames
    checked = runner.invoke(main, ["validate", str(out)])
    assert checked.exit_code == 1
    assert "sheet Plan, row 2, column B (Identifiant du plan): missing required field 'id'" in (
        checked.output.replace("\n", "")
    )


@pytest.mark.django_db
def test_export_xlsx_then_import_gives_back_the_plan(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(main, ["import", str(DEMO_FILE)]).exit_code == 0
    out = tmp_path / "valdoria.xlsx"
    result = runner.invoke(
        main,
        ["export", "valdoria-nap-2025", "--format", "xlsx", "--language", "fr", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert workbook.read(out.read_bytes(), out.name) == planfile.load(DEMO_FILE)
    result = runner.invoke(main, ["import", "--replace", str(out)])
    assert result.exit_code == 0, result.output
    assert "valdoria-nap-2025: replaced" in result.output
    yaml_out = tmp_path / "valdoria.yaml"
    runner.invoke(main, ["export", "valdoria-nap-2025", "-o", str(yaml_out)])
    assert planfile.load(yaml_out) == planfile.load(DEMO_FILE)


@pytest.mark.django_db
def test_export_xlsx_of_the_published_plan_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(main, ["export", "x", "--format", "xlsx", "--published"])
    assert result.exit_code == 1
    assert "--published is for yaml, json and open data" in result.output


@pytest.mark.django_db
def test_import_of_an_invalid_workbook_imports_nothing(runner: CliRunner, tmp_path: Path) -> None:
    good = _workbook(tmp_path, WEAK_FILE, "weak.xlsx")
    bad = tmp_path / "template.xlsx"
    bad.write_bytes(workbook.template())
    result = runner.invoke(main, ["import", str(good), str(bad)])
    assert result.exit_code == 1
    assert "nothing was imported" in result.output
    assert f"{bad}: error: sheet Plan" in result.output
    assert runner.invoke(main, ["plans", "--format", "ids"]).output == ""
