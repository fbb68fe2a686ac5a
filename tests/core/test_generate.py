"""`napkit generate` makes valid plans of the sizes it promises, the same for the same seed."""

from __future__ import annotations

import pytest

from napkit.core.plan import generate
from napkit.core.plan.index import index
from napkit.core.plan.validation import validate


@pytest.mark.parametrize(
    ("size", "objectives", "outputs", "activities", "indicators", "organisations", "lines"),
    [("demo", 4, 12, 43, 35, 12, 43), ("national", 10, 60, 400, 300, 25, 1200)],
)
def test_a_generated_plan_has_its_size_and_is_valid(
    size: str,
    objectives: int,
    outputs: int,
    activities: int,
    indicators: int,
    organisations: int,
    lines: int,
) -> None:
    plan = generate.plan(size)
    found = index(plan)
    assert validate(plan) == []
    assert len(plan.objectives) == objectives
    assert sum(1 for r in found.results if r.tier.value == "output") == outputs
    assert len(found.activities) == activities
    assert len(found.indicators) == indicators
    assert len(plan.organisations) == organisations
    assert len(found.budget_lines) == lines


def test_the_same_seed_gives_the_same_plan_and_plans_of_a_region_differ() -> None:
    assert generate.plan_data("national", 7) == generate.plan_data("national", 7)
    first, second = generate.plan("national", 1, 0), generate.plan("national", 1, 1)
    assert first.id != second.id
    assert first.metadata.country != second.metadata.country


def test_number_indicators_are_disaggregated_by_sex_and_age() -> None:
    plan = generate.plan("national")
    counts = [i.indicator for i in index(plan).indicators if i.indicator.measure.value == "number"]
    assert counts
    assert all(i.disaggregation == ["sex", "age_band"] for i in counts)
