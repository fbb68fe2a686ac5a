"""A newcomer opens the demo plan and walks its results chain."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from napkit.core.plan import model as core
from tests.browser.conftest import serious_violations
from tests.personas import store

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_demo_plan_can_be_explored(
    page: Page, live_server: object, demo_plan: core.Plan, weak_plan: core.Plan, screenshots: Path
) -> None:
    store(demo_plan, weak_plan, publish=True)
    page.goto(f"{live_server.url}/")  # type: ignore[attr-defined]
    page.get_by_role("link", name=demo_plan.metadata.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(demo_plan.metadata.title)
    page.screenshot(path=screenshots / "plan-page.png")

    objective = demo_plan.objectives[0]
    output = (objective.outcomes[0].outputs if objective.outcomes else objective.outputs)[0]
    activity = output.activities[0]
    activity_item = page.locator(f"#item-{activity.id}".replace(".", r"\."))
    expect(activity_item).to_be_hidden()
    for item in [*objective.outcomes[:1], output]:
        page.locator(f"#item-{item.id}".replace(".", r"\.") + " > details > summary").click()
    expect(activity_item).to_be_visible()
    activity_item.locator("summary").click()
    lead = next(o for o in demo_plan.organisations if o.id == activity.responsibility.lead)
    expect(activity_item.locator("dd").first).to_have_text(lead.name)
    activity_item.scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "plan-tree.png")
    assert serious_violations(page) == []


def test_the_weak_plan_shows_its_gaps(
    page: Page, live_server: object, weak_plan: core.Plan, screenshots: Path
) -> None:
    store(weak_plan, publish=True)
    page.goto(f"{live_server.url}/plans/{weak_plan.id}/")  # type: ignore[attr-defined]
    expect(page.get_by_text("No budget lines.")).to_be_visible()
    expect(page.get_by_text("No coordination body is described.")).to_be_visible()
    page.screenshot(path=screenshots / "weak-plan.png", full_page=True)
    assert serious_violations(page) == []
