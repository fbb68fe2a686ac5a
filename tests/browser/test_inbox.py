"""A focal point signs in, lands on their inbox, reads why their submission was returned
and follows the entry to it: in English on a desktop and in French on a 390 px phone, with
no sideways scrolling. Selectors are field names and the inbox's own classes, so both
languages click through the same steps."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, expect

from napkit.monitoring import services
from napkit.monitoring.models import Submission
from tests.browser.conftest import serious_violations
from tests.browser.test_start_flow import DESKTOP, PHONE, no_sideways_scroll, open_page
from tests.personas import PASSWORD, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)

REASON = "The spending on A-MOD is missing: add the disbursed amount."


def returned_submission() -> Submission:
    team = make_personas(PLAN, names=["coordinator", "focal_a"])
    today = timezone.localdate()
    round_ = services.open_round(
        None,
        team.record,
        label="FY 2025",
        period_start=today.replace(month=1, day=1) - timedelta(days=365),
        period_end=today.replace(month=1, day=1) - timedelta(days=1),
        opens=today - timedelta(days=30),
        deadline=today + timedelta(days=10),
    )
    mod = Submission.objects.get(round=round_, organisation="mod")
    services.submit(team.users["focal_a"], mod)
    services.return_submission(team.users["coordinator"], mod, REASON)
    return mod


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", DESKTOP), ("fr", PHONE)], ids=["en-desktop", "fr-phone"]
)
def test_a_focal_point_lands_on_the_inbox_and_follows_a_returned_submission(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    language: str,
    viewport: dict[str, int],
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    mod = returned_submission()
    page = open_page(browser, language, viewport)
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill("focal_a")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button.button[type=submit]").click()

    # Signed in: the inbox, the returned submission first with its reason above it.
    page.wait_for_url(re.compile(r".*/inbox/$"))
    first = page.locator("section.inbox-section").first
    expect(first).to_have_attribute("id", "fix")
    expect(first.locator(".inbox-reason")).to_contain_text(REASON)
    no_sideways_scroll(page)
    page.screenshot(path=screenshots / f"inbox-{language}.png", full_page=True)
    assert serious_violations(page) == []

    # The home page sums the inbox up and still lists the plans.
    page.goto(f"{base}/")
    expect(page.locator(".inbox-summary a[href='/inbox/#fix']")).to_be_visible()
    expect(page.locator("a[href='/public/']").first).to_be_visible()
    expect(page.locator("a[href='/plans/matrix/']").first).to_be_visible()
    no_sideways_scroll(page)
    page.screenshot(path=screenshots / f"home-{language}.png", full_page=True)

    # Following the entry opens the submission to fix.
    page.goto(f"{base}/inbox/")
    first.locator("a.inbox-title").first.click()
    page.wait_for_url(f"**/plans/matrix/monitoring/submissions/{mod.pk}/")
    expect(page.locator("form button[type=submit]").first).to_be_visible()
    page.screenshot(path=screenshots / f"inbox-followed-{language}.png", full_page=False)
    page.context.close()
