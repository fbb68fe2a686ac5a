"""A big plan's page lists its objectives; each objective's results chain is a page of its
own, loaded in place with htmx, and every action stays reachable without JavaScript."""

from __future__ import annotations

import pytest

from napkit.core.plan import generate
from napkit.core.plan.index import index
from napkit.plans import pages
from tests.personas import ORG_A, make_personas

pytestmark = pytest.mark.django_db


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    # The demo-size generated plan, treated as big: the same pages at a tenth of the cost.
    monkeypatch.setattr(pages, "LAZY_OVER", 20)
    plan = generate.plan("demo")
    assert ORG_A in index(plan).organisations  # the focal point's organisation is in it
    return make_personas(plan, names=["coordinator", "focal_a"])


def test_the_plan_page_lists_objectives_and_links_each_to_its_page(big) -> None:  # type: ignore[no-untyped-def]
    plan = generate.plan("demo")
    found = index(plan)
    html = big.client("coordinator").get(f"/plans/{plan.id}/").content.decode()
    for objective in plan.objectives:
        assert f"/plans/{plan.id}/results/{objective.id}/" in html
    first_activity = found.activities[0].item.id
    assert f'id="item-{first_activity}"' not in html  # not rendered on the plan page
    assert 'hx-trigger="toggle once"' in html


def test_an_objective_page_holds_its_chain_with_every_action(big) -> None:  # type: ignore[no-untyped-def]
    plan = generate.plan("demo")
    found = index(plan)
    objective = plan.objectives[0]
    mine = [a.item.id for a in found.activities if a.objective is objective]
    client = big.client("coordinator")
    page = client.get(f"/plans/{plan.id}/results/{objective.id}/").content.decode()
    for key in mine:
        assert f'id="item-{key}"' in page
        assert f"/plans/{plan.id}/items/{key}/edit/" in page
    fragment = client.get(f"/plans/{plan.id}/results/{objective.id}/", HTTP_HX_REQUEST="true")
    assert "<html" not in fragment.content.decode()
    assert all(f'id="item-{key}"' in fragment.content.decode() for key in mine)


def test_a_saved_item_opens_its_objective_on_the_plan_page(big) -> None:  # type: ignore[no-untyped-def]
    plan = generate.plan("demo")
    last = index(plan).activities[-1]
    html = big.client("coordinator").get(f"/plans/{plan.id}/?saved={last.item.id}").content
    assert f'id="item-{last.item.id}"'.encode() in html


def test_a_focal_point_sees_only_its_part_of_an_objective(big) -> None:  # type: ignore[no-untyped-def]
    plan = generate.plan("demo")
    found = index(plan)
    lead = found.activities[0].item.responsibility.lead  # type: ignore[union-attr]
    from napkit.accounts.models import PlanRole

    PlanRole.objects.filter(plan=big.record, role="focal_point").update(organisation=lead)
    objective = found.activities[0].objective
    page = big.client("focal_a").get(f"/plans/{plan.id}/results/{objective.id}/").content
    for ref in found.activities:
        if ref.objective is not objective:
            continue
        shown = f'id="item-{ref.item.id}"'.encode() in page
        assert shown == (ref.item.id in found.visible_to(lead))  # type: ignore[arg-type]


def test_an_activity_or_unknown_result_has_no_page(big) -> None:  # type: ignore[no-untyped-def]
    plan = generate.plan("demo")
    client = big.client("coordinator")
    activity = index(plan).activities[0].item.id
    assert client.get(f"/plans/{plan.id}/results/{activity}/").status_code == 404
    assert client.get(f"/plans/{plan.id}/results/nothing/").status_code == 404
