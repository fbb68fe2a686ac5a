"""A civil-society partner comments on a draft; the coordinator answers and resolves it."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from napkit.plans.models import Comment
from tests.browser.conftest import serious_violations
from tests.browser.test_workspace import sign_in
from tests.personas import make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_partner_comments_and_the_coordinator_resolves(
    browser: Browser, live_server: object, screenshots: Path
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    make_personas(PLAN, names=("partner", "coordinator"))

    partner = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(partner, base, "partner")
    partner.goto(f"{base}/plans/matrix/")
    for item in ("O1", "OP1", "A-MOD"):  # open the results chain level by level
        if partner.locator(f"#item-{item} > details").get_attribute("open") is None:
            partner.locator(f"#item-{item} > details > summary").click()
    activity = partner.locator("#item-A-MOD")
    expect(activity.get_by_role("link", name="Edit")).to_have_count(0)  # comments, never edits
    activity.get_by_role("link", name="Comment A-MOD").click()
    expect(partner.get_by_role("heading", name="Comments on A-MOD")).to_be_visible()
    partner.get_by_role("button", name="Add comment").click()
    expect(partner.get_by_text("Write your comment first.")).to_be_visible()
    partner.get_by_label("Your comment").fill("Is the recruitment campaign costed?")
    partner.get_by_role("button", name="Add comment").click()
    expect(partner.get_by_text("Is the recruitment campaign costed?")).to_be_visible()
    assert serious_violations(partner) == []

    coordinator = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(coordinator, base, "coordinator")
    coordinator.goto(f"{base}/plans/matrix/")
    coordinator.get_by_role("link", name="1 open comment").click()
    expect(coordinator.get_by_text("Is the recruitment campaign costed?")).to_be_visible()
    coordinator.get_by_role("link", name="A-MOD").click()
    coordinator.get_by_label("Your comment").fill("Yes: budget line B-MOD, 1,000 EUR allocated.")
    coordinator.get_by_role("button", name="Add comment").click()
    coordinator.screenshot(path=screenshots / "comments.png", full_page=True)
    coordinator.get_by_role("button", name="Mark resolved").first.click()
    expect(coordinator.get_by_text("resolved by coordinator")).to_be_visible()

    first = Comment.objects.order_by("created_at").first()
    assert first is not None and first.author_name == "partner"
    assert first.resolved_by is not None and first.resolved_by.username == "coordinator"
    partner.goto(f"{base}/plans/matrix/comments/?state=resolved")
    expect(partner.get_by_text("Is the recruitment campaign costed?")).to_be_visible()
