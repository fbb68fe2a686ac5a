"""A coordinator builds and publishes part of a plan; a second session hits a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from napkit.plans import queries as plan_queries
from tests.browser.conftest import serious_violations
from tests.personas import PASSWORD, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text(username, exact=True)).to_be_visible()


def add(
    page: Page, link: str, fields: dict[str, str], selects: dict[str, str] | None = None
) -> None:
    page.get_by_role("link", name=link, exact=True).first.click()
    panel = page.locator("#edit-panel")
    expect(panel).to_be_visible()
    for label, value in fields.items():
        panel.get_by_label(label, exact=True).fill(value)
    for label, value in (selects or {}).items():
        panel.get_by_label(label, exact=True).select_option(value)
    panel.get_by_role("button", name="Save").click()


def test_a_coordinator_builds_a_chain_and_publishes(
    page: Page, live_server: object, screenshots: Path
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    team = make_personas(PLAN)
    sign_in(page, base, "coordinator")
    page.goto(f"{base}/plans/matrix/")
    add(page, "+ Objective", {"Id:": "O2", "Title:": "Women lead peace processes"})
    expect(page.get_by_text("Saved O2.")).to_be_visible()
    o2 = page.locator("#item-O2")
    o2.get_by_role("link", name="+ Output").click()
    panel = page.locator("#edit-panel")
    panel.get_by_label("Id:").fill("OP2")
    panel.get_by_label("Title:").fill("Women mediators trained")
    panel.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved OP2.")).to_be_visible()
    page.locator("#item-OP2").get_by_role("link", name="+ Activity").click()
    panel = page.locator("#edit-panel")
    panel.get_by_label("Id:").fill("A-MED")
    panel.get_by_label("Title:").fill("Run a mediation course")
    panel.get_by_label("Lead:").select_option("mod")
    panel.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved A-MED.")).to_be_visible()
    page.locator("#item-OP2").get_by_role("link", name="+ indicator").first.click()
    panel = page.locator("#edit-panel")
    panel.get_by_label("Id:").fill("I-MED")
    panel.get_by_label("Name:").fill("Women mediators trained")
    panel.get_by_label("Baseline value").fill("0")
    panel.get_by_label("Baseline date").fill("2024-12-31")
    panel.get_by_label("Target value").fill("60")
    panel.get_by_label("Target date").fill("2028-12-31")
    page.screenshot(path=screenshots / "editor.png")
    assert serious_violations(page) == []
    panel.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved I-MED.")).to_be_visible()

    plan = plan_queries.plan_document(team.record.key)
    output = plan.objectives[1].outputs[0]
    assert output.activities[0].responsibility.lead == "mod"
    indicator = output.indicators[0]
    assert (indicator.baseline.value, indicator.target.value) == (0, 60)

    page.get_by_role("link", name="Publish").first.click()
    page.get_by_label("What this version is").fill("First version")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published version 1")).to_be_visible()
    page.goto(f"{base}/plans/matrix/diff/?from=1&to=working")
    expect(page.get_by_text("No differences.")).to_be_visible()


def test_the_second_editor_of_an_indicator_gets_the_conflict(
    browser: Browser, live_server: object, screenshots: Path
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    make_personas(PLAN)
    sessions = []
    for user in ("coordinator", "focal_a"):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        sign_in(page, base, user)
        page.goto(f"{base}/plans/matrix/items/I-MOD/edit/")
        sessions.append((context, page))
    (_, first), (_, second) = sessions
    first.get_by_label("Source:", exact=True).fill("Defence personnel records")
    first.get_by_role("button", name="Save").click()
    expect(first).to_have_url(f"{base}/plans/matrix/?saved=I-MOD#item-I-MOD")
    second.get_by_label("Source:", exact=True).fill("Annual HR census")
    second.get_by_role("button", name="Save").click()
    alert = second.get_by_role("alert").first
    expect(alert).to_contain_text("someone else changed this")
    expect(alert).to_contain_text("Defence personnel records")
    expect(second.get_by_label("Source:", exact=True)).to_have_value("Annual HR census")
    alert.scroll_into_view_if_needed()
    second.screenshot(path=screenshots / "conflict.png")
    for context, _ in sessions:
        context.close()


def test_editing_works_with_the_keyboard_alone(
    page: Page, live_server: object, screenshots: Path
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    team = make_personas(PLAN)
    sign_in(page, base, "focal_a")
    page.goto(f"{base}/plans/matrix/")
    edit = page.get_by_role("link", name="Edit A-MOD", exact=True)
    for item in ("OP1", "A-MOD"):  # unfold the output, then the activity
        page.locator(f"#item-{item} > details > summary").focus()
        page.keyboard.press("Enter")
    edit.focus()
    page.keyboard.press("Enter")
    description = page.get_by_label("Description:")
    expect(description).to_be_focused()
    page.keyboard.type("Recruitment fairs in every province.")
    page.get_by_role("button", name="Save").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Saved A-MOD.")).to_be_visible()
    plan = plan_queries.plan_document(team.record.key)
    assert plan.objectives[0].outputs[0].activities[0].description == (
        "Recruitment fairs in every province."
    )
    assert serious_violations(page) == []


def test_the_diff_page(page: Page, live_server: object, screenshots: Path) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    make_personas(PLAN, publish=True)
    sign_in(page, base, "coordinator")
    page.goto(f"{base}/plans/matrix/items/I-MOD/edit/")
    page.get_by_label("Target value").fill("25")
    page.get_by_label("Reason for revising a target").fill("Recruitment drive funded")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved I-MOD.")).to_be_visible()
    page.goto(f"{base}/plans/matrix/diff/?from=1&to=working")
    expect(page.get_by_text("End target · value")).to_be_visible()
    expect(page.get_by_text("Recruitment drive funded")).to_be_visible()
    page.screenshot(path=screenshots / "diff.png")
    assert serious_violations(page) == []
