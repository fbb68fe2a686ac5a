"""A plan's lookups are made once and agree with walking the plan."""

from __future__ import annotations

from napkit.core.plan import planfile, walk
from napkit.core.plan.index import index
from tests.conftest import DEMO_FILE


def test_the_index_is_kept_with_its_plan_and_agrees_with_a_walk() -> None:
    plan = planfile.load(DEMO_FILE)
    found = index(plan)
    assert index(plan) is found
    assert list(found.items) == list(walk.item_index(plan))
    assert [i.indicator.id for i in found.indicators] == [
        i.indicator.id for i in walk.indicators(plan)
    ]


def test_a_copy_of_a_plan_gets_its_own_index() -> None:
    plan = planfile.load(DEMO_FILE)
    data = planfile.to_data(plan)
    data["objectives"] = data["objectives"][:1]
    smaller = type(plan).model_validate(data)
    assert len(index(smaller).indicators) < len(index(plan).indicators)
    copied = plan.model_copy()
    assert index(copied) is not index(plan)


def test_what_an_organisation_is_responsible_for_and_sees() -> None:
    plan = planfile.load(DEMO_FILE)
    found = index(plan)
    own = found.organisation_items("mod")
    assert own
    seen = found.visible_to("mod")
    assert own <= seen
    # what is seen beyond its own items is the results above them
    above = seen - own
    assert above <= {r.item.id for r in found.results}
    assert found.organisation_items("nobody") == frozenset()
