"""The scorecard reads real published plans the way independent reviewers did.

tests/fixtures/real_naps/ holds plan files written from published NAPs (sources in each
file's header); tests/fixtures/real_nap_expectations.yaml says what reviewers found. Where
reviewers said nothing either way ("unknown"), nothing is asserted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from napkit.core.plan import planfile
from napkit.core.scorecard import Assessment, Outcome, assess

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FILES = sorted((FIXTURES / "real_naps").glob("*.yaml"))
EXPECTED = yaml.safe_load((FIXTURES / "real_nap_expectations.yaml").read_text(encoding="utf-8"))
MET = (Outcome.PASS, Outcome.PARTIAL)

# expectation → what the scorecard must say for it to agree
READINGS = {
    "has_indicators": lambda a: a.check("7.3").outcome is not Outcome.FAIL,
    "civil_society_in_coordination_body": lambda a: a.check("2.2").outcome in MET,
    "civil_society_in_design": lambda a: a.check("2.1").outcome is Outcome.PASS,
    "coordination_body": lambda a: a.check("3.1").outcome in MET,
    "m_and_e_described": lambda a: a.check("7.4").outcome in MET,
}


def assessed(path: Path) -> Assessment:
    return assess(planfile.load(path), date(2026, 11, 26))


def cases() -> list[tuple[Path, str]]:
    """Every (plan, finding) on which reviewers said something either way."""
    found = []
    for path in FILES:
        expected = EXPECTED[planfile.load(path).id]
        found += [(path, f) for f in (*READINGS, "budget_status") if expected[f] != "unknown"]
    return found


def test_there_are_real_plans_with_expectations() -> None:
    ids = {planfile.load(p).id for p in FILES}
    assert len(ids) >= 6
    assert ids == set(EXPECTED)


@pytest.mark.parametrize(("path", "field"), cases(), ids=[f"{p.stem}-{f}" for p, f in cases()])
def test_the_scorecard_agrees_with_reviewers(path: Path, field: str) -> None:
    result = assessed(path)
    expected = EXPECTED[result.plan.id][field]
    if field == "budget_status":
        assert result.budget_status.value == expected
    else:
        assert READINGS[field](result) is expected
