"""Issue 10.6: a number of thousands of digits in a plan file is a located problem, never a
traceback, in `napkit validate` and `napkit import`, in JSON and in YAML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from napkit.cli import main
from tests.conftest import WEAK_FILE

HUGE = "9" * 10_000


def _files(tmp_path: Path) -> list[Path]:
    import yaml

    text = WEAK_FILE.read_text(encoding="utf-8")
    as_yaml = tmp_path / "huge.yaml"
    as_yaml.write_text(re.sub(r"edition: \d+", f"edition: {HUGE}", text, count=1))
    data = json.dumps(yaml.safe_load(text), default=str)
    as_json = tmp_path / "huge.json"
    as_json.write_text(data.replace('"edition": 1', f'"edition": {HUGE}', 1))
    float_json = tmp_path / "huge-float.json"
    float_json.write_text(data.replace('"edition": 1', f'"edition": {HUGE}.5', 1))
    return [as_yaml, as_json, float_json]


@pytest.mark.parametrize("command", ["validate", "import"])
def test_a_huge_number_is_a_located_problem(tmp_path: Path, command: str) -> None:
    for path in _files(tmp_path):
        assert HUGE in path.read_text()
        result = CliRunner().invoke(main, [command, str(path)])
        assert result.exit_code == 1, (path.name, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output
        assert f"{path.name}:" in result.output and "digits" in result.output
