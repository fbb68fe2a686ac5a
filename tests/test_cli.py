"""The napkit command: exit codes scripts can rely on, and the same services as the web."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from napkit.cli import main
from napkit.core.plan import planfile
from tests.conftest import DEMO_FILE, WEAK_FILE
from tests.core.test_planfile_errors import GOOD


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_valid_files_pass(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", str(DEMO_FILE), str(WEAK_FILE)])
    assert result.exit_code == 0, result.output
    assert "valdoria-nap-2025: valid" in result.output
    assert "activities" in result.output


def test_invalid_files_exit_1_with_located_problems(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("{lead: MFA}", "{lead: MOJ}"), encoding="utf-8")
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(DEMO_FILE), str(bad), str(empty)])
    assert result.exit_code == 1
    assert f"{bad}:26:" in result.output
    assert "unknown organisation 'MOJ'" in result.output
    assert f"{empty}: error: the file is empty" in result.output
    assert "2 of 3 file(s) invalid" in result.output
    assert "Traceback" not in result.output


def test_standard_input_is_read_with_a_dash(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "-"], input=GOOD)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "args",
    [["validate"], ["validate", "--bogus", "x"], ["no-such-command"], ["plans", "--format", "xml"]],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    assert runner.invoke(main, args).exit_code == 2


@pytest.mark.django_db
def test_import_then_export_gives_back_the_plan(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["import", str(DEMO_FILE), str(WEAK_FILE)])
    assert result.exit_code == 0, result.output
    ids = runner.invoke(main, ["plans", "--format", "ids"])
    assert ids.output.split() == sorted(ids.output.split(), key=lambda k: k != "osterra-nap-2024")
    assert set(ids.output.split()) == {"valdoria-nap-2025", "osterra-nap-2024"}
    for fmt in ("yaml", "json"):
        out = tmp_path / f"demo.{fmt}"
        result = runner.invoke(
            main, ["export", "valdoria-nap-2025", "--format", fmt, "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        assert planfile.load(out) == planfile.load(DEMO_FILE)


@pytest.mark.django_db
def test_import_with_one_bad_file_imports_nothing(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [", encoding="utf-8")
    result = runner.invoke(main, ["import", str(DEMO_FILE), str(bad)])
    assert result.exit_code == 1
    assert "nothing was imported" in result.output
    assert runner.invoke(main, ["plans", "--format", "ids"]).output == ""


@pytest.mark.django_db
def test_importing_twice_needs_replace(runner: CliRunner) -> None:
    assert runner.invoke(main, ["import", str(WEAK_FILE)]).exit_code == 0
    again = runner.invoke(main, ["import", str(WEAK_FILE)])
    assert again.exit_code == 1
    assert "already exists" in again.output
    assert runner.invoke(main, ["import", "--replace", str(WEAK_FILE)]).exit_code == 0


@pytest.mark.django_db
def test_export_of_an_unknown_plan_exits_1(runner: CliRunner) -> None:
    result = runner.invoke(main, ["export", "nope"])
    assert result.exit_code == 1
    assert "no plan 'nope'" in result.output


@pytest.mark.django_db
def test_demo_loads_both_plans_and_can_run_again(runner: CliRunner) -> None:
    for _ in range(2):
        result = runner.invoke(main, ["demo"])
        assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["plans", "--format", "json"])
    assert '"valdoria-nap-2025"' in listed.output
    from napkit.plans.models import Comment

    assert Comment.objects.count() == 5  # the demo's comments, replaced, not doubled


def test_django_commands_pass_through(runner: CliRunner) -> None:
    result = runner.invoke(main, ["help-django"])
    assert "migrate" in result.output.split()
