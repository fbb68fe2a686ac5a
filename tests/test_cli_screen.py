"""`napkit screen`: formats, csv over several documents, --evaluate, bad files."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from napkit.cli import main

SET = Path(__file__).resolve().parent / "fixtures" / "screening"
DOCS = SET / "documents"
EN01 = str(DOCS / "en-01-norvania-nap-2023.txt")
FR03 = str(DOCS / "fr-03-baldorie-pan-2019.html")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["screen", *args])
    return result.exit_code, result.output


def test_text_shows_answers_and_quoted_evidence_with_pages() -> None:
    code, out = run(EN01)
    assert code == 0
    assert "Budget status: allocated" in out
    assert "p. 14: “The Government has allocated NVD 48 million" in out


def test_json_is_the_screening_with_the_draft_scorecard() -> None:
    code, out = run(EN01, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["name"] == "en-01-norvania-nap-2023.txt"
    assert len(data["findings"]) == 13
    assert data["scorecard"]["headlines"]["budget"] == "allocated"


def test_markdown_report() -> None:
    code, out = run(FR03, "--format", "markdown")
    assert code == 0
    assert out.startswith("# fr-03-baldorie-pan-2019.html")
    assert "| Budget status | none |" in out


def test_csv_over_several_documents_with_counts(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, _out = run(EN01, FR03, "--format", "csv", "-o", str(target), "--jobs", "2")
    assert code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("document,language,pages,budget,indicators")
    assert lines[1].startswith("en-01-norvania-nap-2023.txt,en,21,allocated")
    assert "# 1 of 2 plans state an allocated budget (or more)" in lines


def test_plan_out_writes_draft_plan_files(tmp_path: Path) -> None:
    code, _out = run(EN01, "--plan-out", str(tmp_path), "--format", "csv")
    assert code == 0
    text = (tmp_path / "en-01-norvania-nap-2023.yaml").read_text(encoding="utf-8")
    assert "transcribed: true" in text


def test_evaluate_prints_agreement_tables() -> None:
    code, out = run(EN01, FR03, "--evaluate", str(SET / "labels.csv"))
    assert code == 0
    assert out.startswith("agreement: ")
    assert "precision" in out and "recall" in out


def test_bad_files_are_reported_and_the_others_screened(tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    code, out = run(str(bad), EN01, str(tmp_path / "missing.txt"), "--format", "csv")
    assert code == 1
    assert "en-01-norvania-nap-2023.txt,en,21" in out
    assert "scan.pdf: error: this PDF cannot be read" in out
    assert "missing.txt: error: cannot read the file" in out
