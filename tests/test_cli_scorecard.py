"""`napkit assess` and `napkit compare`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from napkit.cli import main
from tests.conftest import DEMO_FILE, WEAK_FILE

AS_OF = ["--as-of", "2026-11-26"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_text_output_names_the_gaps_and_advice(runner: CliRunner) -> None:
    result = runner.invoke(main, ["assess", str(WEAK_FILE), *AS_OF])
    assert result.exit_code == 0, result.output
    assert "weak" in result.output
    assert "Budget status: none" in result.output
    assert "4 of 6 activities have no lead organisation" in result.output
    assert "→ Name one lead organisation" in result.output


def test_json_output_is_stable_and_follows_the_schema(runner: CliRunner) -> None:
    import jsonschema

    first = runner.invoke(main, ["assess", str(DEMO_FILE), "--format", "json", *AS_OF])
    again = runner.invoke(main, ["assess", str(DEMO_FILE), "--format", "json", *AS_OF])
    assert first.exit_code == 0
    assert first.output == again.output
    data = json.loads(first.output)
    assert data["level"] == "high_impact"
    schema = json.loads((Path("docs") / "assessment.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markdown_and_html(runner: CliRunner, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"card.{fmt}"
    result = runner.invoke(
        main, ["assess", str(WEAK_FILE), "--format", fmt, "-o", str(out), *AS_OF]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "One lead per activity" in text
    assert "O1.1.a" in text


def test_fail_under_gates_a_draft(runner: CliRunner) -> None:
    low = runner.invoke(main, ["assess", str(WEAK_FILE), "--fail-under", "50", *AS_OF])
    assert low.exit_code == 1
    assert "below 50" in low.output
    high = runner.invoke(main, ["assess", str(DEMO_FILE), "--fail-under", "50", *AS_OF])
    assert high.exit_code == 0


def test_an_invalid_file_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nmetadata: {}\n", encoding="utf-8")
    result = runner.invoke(main, ["assess", str(bad)])
    assert result.exit_code == 1
    assert "missing required field 'title'" in result.output


def test_a_bad_threshold_is_a_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(main, ["assess", str(WEAK_FILE), "--fail-under", "120"]).exit_code == 2


def test_compare_counts_what_a_study_reports(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["compare", str(DEMO_FILE), str(WEAK_FILE), "--format", "json", *AS_OF]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [r["plan"] for r in data["rows"]] == ["valdoria-nap-2025", "osterra-nap-2024"]
    headline = {h["id"]: (h["plans"], h["of"]) for h in data["headlines"]}
    assert headline["budget_allocated"] == (1, 2)
    assert data["budget_status"]["none"] == 1


def test_compare_csv_has_one_row_per_plan(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["compare", str(DEMO_FILE), str(WEAK_FILE), "--format", "csv", *AS_OF]
    )
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("plan,title,country,score,level,budget_status,focus,")
    assert len(lines) == 3


def test_compare_refuses_invalid_files_unless_asked(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("[", encoding="utf-8")
    refused = runner.invoke(main, ["compare", str(DEMO_FILE), str(bad)])
    assert refused.exit_code == 1
    assert "nothing compared" in refused.output
    skipped = runner.invoke(
        main, ["compare", str(DEMO_FILE), str(bad), "--skip-invalid", "--format", "csv"]
    )
    assert skipped.exit_code == 1
    assert "valdoria-nap-2025" in skipped.output


@pytest.mark.django_db
def test_stored_plans_are_assessed_by_id(runner: CliRunner) -> None:
    assert runner.invoke(main, ["import", str(WEAK_FILE)]).exit_code == 0
    result = runner.invoke(main, ["assess", "osterra-nap-2024", "--format", "json", *AS_OF])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["plan"]["id"] == "osterra-nap-2024"
    missing = runner.invoke(main, ["assess", "no-such-plan"])
    assert missing.exit_code == 1
    assert "no stored plan 'no-such-plan'" in missing.output


def test_compare_in_several_processes_gives_the_same_table(tmp_path: Path) -> None:
    """Plans are assessed one at a time, or --jobs at a time: the rows come back in the
    order given and the counts are the same."""
    files = []
    for n in range(5):
        source = DEMO_FILE if n % 2 else WEAK_FILE
        target = tmp_path / f"plan-{n}.yaml"
        text = source.read_text(encoding="utf-8")
        first_id = next(line for line in text.splitlines() if line.startswith("id:"))
        target.write_text(text.replace(first_id, f"id: plan-{n}", 1), encoding="utf-8")
        files.append(str(target))
    args = ["compare", *files, "--format", "json", "--as-of", "2026-11-26"]
    one = CliRunner().invoke(main, args)
    two = CliRunner().invoke(main, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert json.loads(one.output) == json.loads(two.output)
    assert [r["plan"] for r in json.loads(two.output)["rows"]] == [f"plan-{n}" for n in range(5)]
