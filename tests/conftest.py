"""Fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from napkit.core.plan import planfile
from napkit.core.plan.model import Plan

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DEMO_FILE = EXAMPLES / "valdoria-nap-2025.yaml"
WEAK_FILE = EXAMPLES / "weak-plan.yaml"


@pytest.fixture(scope="session")
def demo_plan() -> Plan:
    return planfile.load(DEMO_FILE)


@pytest.fixture(scope="session")
def weak_plan() -> Plan:
    return planfile.load(WEAK_FILE)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Each test starts with an empty cache (the public site caches rendered pages)."""
    from django.core.cache import cache

    from napkit import memo

    cache.clear()
    memo.forget_everything()


def pytest_report_header() -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    return f"napkit database: {db['ENGINE'].rsplit('.', 1)[-1]} ({db.get('HOST') or db['NAME']})"
