"""napkit.core is pure Python: it never imports Django, nor any Django-side napkit module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "napkit" / "core"
CORE_FILES = sorted(CORE.rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_imports_no_django(path: Path) -> None:
    for name in imported_modules(path):
        assert not name.startswith("django"), f"{path.name} imports {name}"
        if name.startswith("napkit"):
            assert name.startswith("napkit.core"), f"{path.name} imports {name}"


def test_importing_the_core_loads_no_django() -> None:
    modules = [
        ".".join(p.relative_to(CORE.parent.parent).with_suffix("").parts)
        for p in CORE_FILES
        if p.stem != "__init__"
    ]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'django')\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_scan_finds_a_django_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from django.db import models\nimport os\n", encoding="utf-8")
    assert "django.db" in imported_modules(sample)
