"""A focal point fills values (one with a warning) and presses Submit without saving first:
nothing is lost, the blank indicator is named before anything is sent; the coordinator
returns it with a reason, which leads the focal point's inbox; the focal point follows it,
fills the blank and resubmits without saving; the coordinator sees the warning and must give
a reason to approve. In English on a desktop and in French
on a 390 px phone, with no sideways scrolling. Selectors are field names and URLs, so they
read the same in both languages."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from napkit.monitoring.models import Event, Submission
from tests.browser.conftest import serious_violations
from tests.browser.test_start_flow import DESKTOP, PHONE, no_sideways_scroll
from tests.monitoring.rounds import fy2025
from tests.monitoring.test_submit_keeps_data import PLAN
from tests.personas import PASSWORD, make_personas

pytestmark = pytest.mark.django_db(transaction=True)

TYPED = {
    "ind-I-1-value": "14.5",
    "ind-I-1-numerator": "29",
    "ind-I-1-denominator": "200",
    "ind-I-2-value": "10",  # female 50 + male 70 against a total of 10: a warning
    "ind-I-2-part~sex~female": "50",
    "ind-I-2-part~sex~male": "70",
    "act-A-MOD-percent": "40",
    "bl-B-MOD-allocated": "1000",
    "bl-B-MOD-disbursed": "800",
    "bl-B-MOD-spent": "500",
    "narrative": "Recruitment fairs in three provinces.",
}


def open_as(browser: Browser, base: str, username: str, language: str, viewport: dict) -> Page:
    context = browser.new_context(viewport=viewport, locale=language)  # type: ignore[arg-type]
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button.button[type=submit]").click()
    expect(page.get_by_text(username, exact=True)).to_be_visible()
    return page


def fits(page: Page) -> None:
    """No sideways scrolling, measured once the page and its stylesheet have loaded."""
    page.wait_for_load_state("load")
    no_sideways_scroll(page)


def kept(page: Page) -> None:
    """Every typed value is in the form (a number may come back as 29.0 or 1000.00)."""
    for name, typed in TYPED.items():
        shown = page.locator(f'[name="{name}"]').input_value()
        if name == "narrative":
            assert shown == typed
        else:
            assert float(shown) == float(typed), (name, shown)


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", DESKTOP), ("fr", PHONE)], ids=["en-desktop", "fr-phone"]
)
def test_submit_without_saving_then_approve_over_a_warning(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    language: str,
    viewport: dict[str, int],
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    team = make_personas(PLAN)
    opened = fy2025(team.record, deadline=timezone.localdate() + timedelta(days=20))
    pk = Submission.objects.get(round=opened, organisation="mod").pk
    url = f"{base}/plans/matrix/monitoring/submissions/{pk}/"
    shot = f"{language}-{viewport['width']}"

    focal = open_as(browser, base, "focal_a", language, viewport)
    focal.goto(url)
    for name, value in TYPED.items():
        focal.locator(f'[name="{name}"]').fill(value)
    focal.locator('[name="act-A-MOD-status"]').select_option("on_track")
    # I-3 is left blank. Submit straight away, without pressing Save first.
    focal.locator("button[formaction$='/submit/']").click()

    # Saved, not submitted: the blank indicator is named, with a second explicit confirm.
    blanks = focal.locator("#blanks")
    expect(blanks).to_be_visible()
    expect(blanks.locator("a[href='#ind-I-3']")).to_be_visible()
    expect(focal.locator(".facts .badge.sub-draft")).to_be_visible()
    kept(focal)
    expect(focal.locator("#ind-I-2 .field-warning")).to_contain_text("120")
    focal.screenshot(path=screenshots / f"cycle-{shot}-blanks.png", full_page=True)
    fits(focal)
    assert serious_violations(focal) == []

    focal.locator("button[name=accept_blanks]").click()
    expect(focal.locator(".facts .badge.sub-submitted")).to_be_visible()
    kept(focal)  # nothing typed was lost, now read only
    expect(focal.locator('[name="act-A-MOD-status"]')).to_have_value("on_track")
    expect(focal.locator("#ind-I-2 .field-warning")).to_be_visible()
    fits(focal)

    coordinator = open_as(browser, base, "coordinator", language, viewport)
    coordinator.goto(url)
    # Returned for the blank indicator; the focal point's inbox leads with the reason.
    why = "I-3 is missing: give the figure from the annual HR report."
    coordinator.locator("#return-reason").fill(why)
    coordinator.locator("form[action$='/return/'] button[type=submit]").click()
    expect(coordinator.locator(".facts .badge.sub-returned")).to_be_visible()
    focal.goto(f"{base}/inbox/")
    entry = focal.locator("#fix .inbox-entry").first
    expect(entry.locator(".inbox-reason")).to_contain_text(why)
    focal.screenshot(path=screenshots / f"cycle-{shot}-inbox.png", full_page=True)
    fits(focal)
    entry.locator("a.inbox-title").click()
    focal.wait_for_url(url)
    kept(focal)  # the returned submission holds everything sent
    focal.locator('[name="ind-I-3-value"]').fill("7")
    focal.locator("button[formaction$='/submit/']").click()  # resubmit, again without saving
    expect(focal.locator(".facts .badge.sub-resubmitted")).to_be_visible()
    expect(focal.locator('[name="ind-I-3-value"]')).to_have_value("7")

    coordinator.goto(url)
    expect(coordinator.locator("#quality a[href='#ind-I-2']")).to_contain_text("120")
    expect(coordinator.locator("#approve-reason")).to_be_visible()
    coordinator.screenshot(path=screenshots / f"cycle-{shot}-review.png", full_page=True)
    fits(coordinator)
    assert serious_violations(coordinator) == []

    approve = coordinator.locator("form[action$='/approve/'] button[type=submit]")
    approve.click()  # without a reason: refused, the reason field shown
    expect(coordinator.locator(".notice.error")).to_be_visible()
    expect(coordinator.locator(".facts .badge.sub-resubmitted")).to_be_visible()
    expect(coordinator.locator("#approve-reason")).to_be_visible()
    coordinator.screenshot(path=screenshots / f"cycle-{shot}-refused.png", full_page=True)
    fits(coordinator)

    reason = "Confirmed with the ministry: the sex breakdown is from another survey."
    coordinator.locator("#approve-reason").fill(reason)
    approve.click()
    expect(coordinator.locator(".facts .badge.sub-approved")).to_be_visible()
    expect(coordinator.locator("ol.timeline")).to_contain_text(reason)
    coordinator.screenshot(path=screenshots / f"cycle-{shot}-approved.png", full_page=True)
    fits(coordinator)
    approved = Submission.objects.get(pk=pk)
    assert approved.events.get(action=Event.APPROVED).reason == reason
    assert approved.narrative == TYPED["narrative"]
