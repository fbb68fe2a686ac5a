"""Long CLI work shows progress on a terminal, and nothing of it reaches a pipe."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from rich.console import Console

from napkit.cli import main, output
from tests.conftest import DEMO_FILE, WEAK_FILE


def _stderr(monkeypatch: pytest.MonkeyPatch, terminal: bool) -> io.StringIO:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=terminal, width=100)
    monkeypatch.setattr(output, "err", console)
    return buffer


@pytest.mark.parametrize(
    ("terminal", "items", "shown"),
    [
        (True, [1, 2, 3], True),
        (True, [1], False),  # one item: nothing to count
        (False, [1, 2, 3], False),
    ],
)
def test_progress_is_shown_only_on_a_terminal_for_several_items(
    monkeypatch: pytest.MonkeyPatch, terminal: bool, items: list[int], shown: bool
) -> None:
    buffer = _stderr(monkeypatch, terminal)
    assert list(output.progress(items, "Counting sheep")) == items
    assert ("Counting sheep" in buffer.getvalue()) is shown


def test_compare_shows_progress_on_standard_error_only(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = _stderr(monkeypatch, terminal=True)
    result = CliRunner().invoke(
        main, ["compare", str(DEMO_FILE), str(WEAK_FILE), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert "Assessing plans" in buffer.getvalue()  # each file is read as it is assessed
    assert len(json.loads(result.output)["rows"]) == 2  # standard output holds the result only


def test_validate_in_a_pipe_prints_no_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = _stderr(monkeypatch, terminal=False)
    result = CliRunner().invoke(main, ["validate", str(DEMO_FILE), str(WEAK_FILE)])
    assert result.exit_code == 0, result.output
    assert buffer.getvalue() == ""
