"""Bad input at the command line: a located message and exit 1 (or 2 for a usage error),
never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from napkit.cli import main
from tests.conftest import WEAK_FILE
from tests.core.test_planfile_errors import GOOD


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def clean(result: Result, code: int) -> None:
    """Exited with ``code`` through a message, not through an exception."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output


@pytest.mark.parametrize("day", ["2025-02-30", "2025-13-01", "2025-02-29"])
@pytest.mark.parametrize("command", [["validate"], ["assess"], ["diff", str(WEAK_FILE)]])
def test_an_impossible_date_is_a_located_problem(
    runner: CliRunner, tmp_path: Path, command: list[str], day: str
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(GOOD.replace("  country: XV\n", f"  country: XV\n  review_date: {day}\n"))
    result = runner.invoke(main, [*command, str(plan)])
    clean(result, 1)
    assert f"{plan}:5:3: error: metadata.review_date:" in result.output
    assert repr(day) in result.output


@pytest.mark.parametrize(
    "text",
    ["id: p\nmetadata: &m {title: t, country: XO, x: *m}\n", "id: p\nkey: &m [1, *m]\n"],
)
def test_a_self_referencing_alias_is_a_located_problem(
    runner: CliRunner, tmp_path: Path, text: str
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(text)
    result = runner.invoke(main, ["validate", str(plan)])
    clean(result, 1)
    assert f"{plan}:2:" in result.output
    assert "alias refers to the anchor of a collection that contains it" in result.output


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("edit", "field"),
    [
        ("  country: XV\n  edition: " + "9" * 40 + "\n", "metadata.edition"),
        (
            "  country: XV\ngovernance:\n  bodies:\n    - {id: B, name: B, meetings_per_year: "
            + "9" * 40
            + "}\n",
            "governance.bodies[0].meetings_per_year",
        ),
    ],
)
def test_numbers_too_big_for_the_database_are_refused_before_import(
    runner: CliRunner, tmp_path: Path, edit: str, field: str
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(GOOD.replace("  country: XV\n", edit))
    for command in ("validate", "import"):
        result = runner.invoke(main, [command, str(plan)])
        clean(result, 1)
        assert f"error: {field}: expected less than or equal to" in result.output


def test_a_huge_value_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(GOOD.replace("{value: 40,", "{value: 1.7e308,"))
    result = runner.invoke(main, ["validate", str(plan)])
    clean(result, 1)
    assert "target.value: expected less than or equal to 1000000000000000" in result.output


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "/dev/zero"])
    clean(result, 1)
    assert "/dev/zero: error: the file is > 10.0 MB; a plan file may be at most 10.0 MB" in (
        result.output
    )


def test_standard_input_is_read_up_to_the_limit(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NAPKIT_MAX_PLAN_FILE_MB", "1")
    result = runner.invoke(main, ["validate", "-"], input=b"#" * (1024 * 1024 + 1))
    clean(result, 1)
    assert "<stdin>: error: the file is > 1.0 MB" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["assess", str(WEAK_FILE)],
        ["assess", str(WEAK_FILE), "--format", "json"],
        ["compare", str(WEAK_FILE), "--format", "csv"],
    ],
)
def test_an_output_file_that_cannot_be_written(
    runner: CliRunner, tmp_path: Path, args: list[str]
) -> None:
    target = tmp_path / "no-such-folder" / "out.txt"
    result = runner.invoke(main, [*args, "-o", str(target)])
    clean(result, 1)
    assert f"error: cannot write {target}: No such file or directory" in result.output


@pytest.mark.django_db
def test_export_and_report_to_a_path_that_cannot_be_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    assert runner.invoke(main, ["import", str(WEAK_FILE)]).exit_code == 0
    assert runner.invoke(main, ["publish", "osterra-nap-2024"]).exit_code == 0
    missing = tmp_path / "no-such-folder" / "plan.yaml"
    result = runner.invoke(main, ["export", "osterra-nap-2024", "-o", str(missing)])
    clean(result, 1)
    assert f"error: cannot write {missing}: No such file or directory" in result.output
    result = runner.invoke(
        main, ["report", "osterra-nap-2024", "--format", "html", "-o", str(tmp_path)]
    )
    clean(result, 1)
    assert f"error: cannot write {tmp_path}: Is a directory" in result.output


@pytest.mark.parametrize(
    "reference",
    ["PLAN@abc", "PLAN@-1", "PLAN@", "PLAN@1.5", "PLAN@1@2", "PLAN@²", "PLAN@0", "PLAN@ 1", "a b"],
)
def test_a_malformed_version_reference_is_a_usage_error(runner: CliRunner, reference: str) -> None:
    for args in ([reference, str(WEAK_FILE)], [str(WEAK_FILE), reference]):
        result = runner.invoke(main, ["diff", *args])
        clean(result, 2)
        assert "Invalid value for" in result.output
        assert repr(reference) in result.output


@pytest.mark.django_db
@pytest.mark.parametrize("version", ["2", "99999999999999999999999"])
def test_an_unknown_version_exits_1(runner: CliRunner, version: str) -> None:
    assert runner.invoke(main, ["import", str(WEAK_FILE)]).exit_code == 0
    assert runner.invoke(main, ["publish", "osterra-nap-2024"]).exit_code == 0
    assert runner.invoke(main, ["diff", "osterra-nap-2024@01", "osterra-nap-2024"]).exit_code == 0
    result = runner.invoke(main, ["diff", f"osterra-nap-2024@{version}", "osterra-nap-2024"])
    clean(result, 1)
    assert f"osterra-nap-2024@{version}: no such published version" in result.output


@pytest.mark.parametrize("score", ["nan", "NaN", "-nan", "inf", "-1", "100.5"])
def test_a_threshold_outside_0_to_100_is_a_usage_error(runner: CliRunner, score: str) -> None:
    result = runner.invoke(main, ["assess", str(WEAK_FILE), "--fail-under", score])
    clean(result, 2)
    assert "--fail-under" in result.output
