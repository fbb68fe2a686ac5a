"""`napkit report` and the open-data formats of `napkit export`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from napkit.cli import main
from napkit.core.exports.iati import schema_errors
from napkit.core.plan import model as core
from tests.personas import store
from tests.public.helpers import published_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_report_writes_a_pdf_named_after_the_plan_and_period(
    runner: CliRunner, demo_plan: core.Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    published_demo(demo_plan)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["report", demo_plan.id, "--period", "FY 2025-26"])
    assert result.exit_code == 0, result.output
    written = tmp_path / f"{demo_plan.id}-report-fy-2025-26.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_report_html_in_french_to_standard_output(runner: CliRunner, demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    result = runner.invoke(
        main,
        [
            *("report", demo_plan.id, "--period", "2025-26"),
            *("--format", "html", "--language", "fr", "-o", "-"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert '<html lang="fr">' in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "nope"], "no published plan 'nope'"),
        (["report", "PLAN", "--period", "1990"], "no reporting period '1990'"),
        (["report", "PLAN", "--period", "2025-13-01..2026-01-01"], "expected two dates"),
        (["export", "nope", "--format", "iati"], "no published plan 'nope'"),
    ],
)
def test_bad_requests_exit_1_with_a_message(
    runner: CliRunner, demo_plan: core.Plan, args: list[str], message: str
) -> None:
    published_demo(demo_plan)
    result = runner.invoke(main, [a.replace("PLAN", demo_plan.id) for a in args])
    assert result.exit_code == 1
    assert message in result.output


def test_an_unpublished_plan_has_no_open_data(runner: CliRunner, weak_plan: core.Plan) -> None:
    store(weak_plan)
    result = runner.invoke(main, ["export", weak_plan.id, "--format", "csv"])
    assert result.exit_code == 1
    assert "publish a version first" in result.output


def test_export_formats(runner: CliRunner, demo_plan: core.Plan, tmp_path: Path) -> None:
    published_demo(demo_plan)
    iati = runner.invoke(main, ["export", demo_plan.id, "--format", "iati"])
    assert iati.exit_code == 0
    assert schema_errors(iati.stdout_bytes) == []
    csv = runner.invoke(main, ["export", demo_plan.id, "--format", "csv"])
    assert csv.stdout.startswith("plan_id,")
    opened = runner.invoke(main, ["export", demo_plan.id, "--format", "json", "--published"])
    assert json.loads(opened.stdout)["format"] == "napkit-open-data"
    working = runner.invoke(main, ["export", demo_plan.id, "--format", "json"])
    assert json.loads(working.stdout)["id"] == demo_plan.id  # the plan file, as before
    target = tmp_path / "iptt.xlsx"
    result = runner.invoke(main, ["export", demo_plan.id, "--format", "iptt", "-o", str(target)])
    assert result.exit_code == 0
    assert "IPTT" in openpyxl.load_workbook(io.BytesIO(target.read_bytes())).sheetnames
