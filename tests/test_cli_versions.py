"""`napkit publish` and `napkit diff`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from napkit.cli import main
from tests.conftest import DEMO_FILE, WEAK_FILE


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_diff_of_two_files_lists_changes_field_by_field(runner: CliRunner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    changed = tmp_path / "weak-v2.yaml"
    text = WEAK_FILE.read_text(encoding="utf-8").replace(
        "Awareness raised", "Awareness raised in all provinces"
    )
    changed.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["diff", str(WEAK_FILE), str(changed)])
    assert result.exit_code == 0, result.output
    assert "1 changed items" in result.output
    assert "'Awareness raised' → 'Awareness raised in all provinces'" in result.output
    data = json.loads(
        runner.invoke(main, ["diff", str(WEAK_FILE), str(changed), "--format", "json"]).output
    )
    assert data["items"][0]["fields"][0]["field"] == "title"


def test_identical_files_have_no_differences(runner: CliRunner) -> None:
    result = runner.invoke(main, ["diff", str(DEMO_FILE), str(DEMO_FILE)])
    assert result.output == "No differences.\n"


@pytest.mark.django_db
def test_publish_then_diff_against_the_working_copy(runner: CliRunner) -> None:
    assert runner.invoke(main, ["import", str(WEAK_FILE)]).exit_code == 0
    published = runner.invoke(main, ["publish", "osterra-nap-2024", "--note", "adopted"])
    assert published.exit_code == 0
    assert "published version 1" in published.output
    result = runner.invoke(main, ["diff", "osterra-nap-2024@1", "osterra-nap-2024@working"])
    assert result.output == "No differences.\n"
    missing = runner.invoke(main, ["diff", "osterra-nap-2024@7", "osterra-nap-2024"])
    assert missing.exit_code == 1
    assert "no such published version" in missing.output
    assert runner.invoke(main, ["publish", "nope"]).exit_code == 1
