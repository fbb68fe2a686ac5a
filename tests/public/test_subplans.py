"""Sub-plans roll up into their parent: its public overview, its workspace dashboard and its
annual report show each published sub-plan and their sum, and follow their publications."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from napkit.core.monitoring.progress import Status
from napkit.core.monitoring.rollup import Execution
from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.core.publishing.subplans import SubPlan, roll_up
from napkit.monitoring import demo
from napkit.plans.models import Plan
from tests.personas import make_personas, store
from tests.public.helpers import published_demo
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db
PARENT = "valdoria-nap-2025"


def sub(
    plan: core.Plan, key: str, region: str, kind: str = "provincial", parent: str = PARENT
) -> core.Plan:
    data = planfile.to_data(plan)
    data["id"] = key
    meta = data["metadata"]
    meta.update(
        title=f"{region} Action Plan", short_title=None, kind=kind, region=region, parent=parent
    )
    return core.Plan.model_validate(data)


def publish_sub(plan: core.Plan, key: str, region: str, with_data: bool = True) -> Plan:
    [record] = store(sub(plan, key, region), publish=True)
    if with_data:
        demo.load(key)
    return record


def text(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return html.unescape(response.content.decode())


# -- the arithmetic ---------------------------------------------------------------------------


def one(
    key: str,
    progress: float | None,
    statuses: dict[Status, int],
    done: int = 0,
    money: tuple[Execution, ...] | None = None,
) -> SubPlan:
    return SubPlan(
        key,
        key,
        "provincial",
        key,
        None,
        None,
        1,
        date(2026, 1, 1),
        progress,
        {s: statuses.get(s, 0) for s in Status},
        {"completed": done, "not_started": 10 - done},
        money,
    )


def eur(allocated: int, spent: int, currency: str = "EUR") -> Execution:
    return Execution(currency, Decimal(allocated), Decimal(0), Decimal(spent))


@pytest.mark.parametrize(
    ("plans", "progress", "indicators", "completed", "money"),
    [
        # Weighted by the indicators with data: 40 measured at 0.5, 2 at 1.0.
        (
            [one("a", 0.5, {Status.ON_TRACK: 40}), one("b", 1.0, {Status.ACHIEVED: 2})],
            round((0.5 * 40 + 1.0 * 2) / 42, 4),
            42,
            0,
            {},
        ),
        # Indicators without data count in the total but not in the progress.
        (
            [one("a", 0.2, {Status.AT_RISK: 5, Status.NO_DATA: 5}), one("b", None, {})],
            0.2,
            10,
            0,
            {},
        ),
        ([one("a", None, {Status.NO_DATA: 3})], None, 3, 0, {}),
        # Budgets add up by currency; a sub-plan not publishing its budget adds nothing.
        (
            [
                one("a", None, {}, 3, (eur(100, 50),)),
                one("b", None, {}, 4, (eur(300, 30), eur(10, 5, "USD"))),
                one("c", None, {}, 0, None),
            ],
            None,
            0,
            7,
            {"EUR": (400, 80), "USD": (10, 5)},
        ),
        ([], None, 0, 0, {}),
    ],
)
def test_sub_plans_add_up(
    plans: list[SubPlan],
    progress: float | None,
    indicators: int,
    completed: int,
    money: dict[str, tuple[int, int]],
) -> None:
    found = roll_up(plans)
    assert found.progress == progress
    assert found.indicators == indicators
    assert found.activities["completed"] == completed
    assert {e.currency: (e.allocated, e.spent) for e in found.money} == money


# -- the public site --------------------------------------------------------------------------


def test_a_parent_shows_its_published_sub_plans(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    publish_sub(demo_plan, "north", "North")
    publish_sub(demo_plan, "south", "South", with_data=False)
    store(sub(demo_plan, "east", "East"))  # a draft: not rolled up
    page = text(Client(), f"/public/{PARENT}/")
    assert "Sub-plans" in page
    assert 'href="/public/north/"' in page and 'href="/public/south/"' in page
    assert "North Action Plan" in page and "All sub-plans" in page
    assert "East Action Plan" not in page
    child = text(Client(), "/public/north/")
    assert "Rolls up into" in child and f'href="/public/{PARENT}/#subplans"' in child


def test_a_plan_without_sub_plans_shows_no_section(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    assert "Sub-plans" not in text(Client(), f"/public/{PARENT}/")


def test_a_sub_plan_published_later_shows_at_once(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    publish_sub(demo_plan, "north", "North")
    assert "West Action Plan" not in text(Client(), f"/public/{PARENT}/")
    publish_sub(demo_plan, "west", "West")
    assert "West Action Plan" in text(Client(), f"/public/{PARENT}/")


def test_the_overview_reads_sub_plans_in_constant_queries(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    publish_sub(demo_plan, "north", "North")
    with cold_queries() as few:
        Client().get(f"/public/{PARENT}/")
    for key in ("south", "west", "east"):
        publish_sub(demo_plan, key, key.title())
    with cold_queries() as many:
        Client().get(f"/public/{PARENT}/")
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_annual_report_has_the_sub_plans(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    publish_sub(demo_plan, "north", "North")
    publish_sub(demo_plan, "south", "South")
    report = text(Client(), f"/public/{PARENT}/reports/fy-2025-26.html")
    assert "Sub-plans" in report and "North Action Plan" in report
    assert "All sub-plans" in report and "completed" in report


# -- the workspace ----------------------------------------------------------------------------


def test_the_parent_dashboard_shows_sub_plans_and_those_not_published(
    demo_plan: core.Plan,
) -> None:
    team = make_personas(demo_plan, publish=True, names=["coordinator"])
    demo.load(team.record.key)
    publish_sub(demo_plan, "north", "North")
    store(sub(demo_plan, "east", "East"))
    page = text(team.client("coordinator"), f"/plans/{PARENT}/monitoring/")
    assert "North Action Plan" in page
    assert "Not published yet, so not rolled up" in page and 'href="/plans/east/"' in page
