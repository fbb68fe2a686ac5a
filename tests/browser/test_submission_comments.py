"""A civil-society partner comments on a value of a submitted report, the ministry's focal
point answers and the coordinator resolves the thread: in English on a desktop and in
French on a phone. Selectors are field names and ids, so both languages click through the
same steps; what the person reads is checked in their language."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from napkit.monitoring import services
from napkit.monitoring.models import IndicatorReport, Submission, SubmissionComment
from tests.browser.conftest import serious_violations
from tests.browser.test_start_flow import DESKTOP, PHONE, no_sideways_scroll, open_page
from tests.monitoring.rounds import fy2025
from tests.personas import PASSWORD, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "en": {"required": "Write your comment first.", "resolved": "resolved by coordinator"},
    "fr": {"required": "Écrivez d’abord votre commentaire.", "resolved": "résolu par coordinator"},
}
QUESTION = "Does the 14% count reservists?"
ANSWER = "No: active personnel only, from the December payroll."


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button.button[type=submit]").click()
    expect(page.get_by_text(username, exact=True)).to_be_visible()


def submitted_report() -> Submission:
    """Organisation A's report, one value filled in, submitted for review."""
    from napkit.plans.models import Plan

    record = Plan.objects.get(key="matrix")
    fy2025(record)
    found = Submission.objects.select_related("round").get(organisation="mod")
    IndicatorReport.objects.create(
        submission=found, indicator="I-MOD", value=14, note="Payroll, December 2025"
    )
    services.submit(None, found, accept_blanks=True)
    return found


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", DESKTOP), ("fr", PHONE)], ids=["en-desktop", "fr-phone"]
)
def test_a_partner_comments_on_a_value_the_focal_point_answers_the_coordinator_resolves(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    language: str,
    viewport: dict[str, int],
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    words = WORDS[language]
    make_personas(PLAN, names=("coordinator", "focal_a", "partner"))
    submission = submitted_report()
    detail = f"{base}/plans/matrix/monitoring/submissions/{submission.pk}/"
    shot = f"submission-comments-{language}"

    # the partner: from beside the value to its thread; an empty comment is refused
    partner = open_page(browser, language, viewport)
    sign_in(partner, base, "partner")
    partner.goto(detail)
    partner.locator("#comments-I-MOD a").click()
    expect(partner.locator("dl.reported")).to_contain_text("Payroll, December 2025")
    new = partner.locator("#thread-I-MOD > form")
    new.locator("button[type=submit]").click()
    expect(partner.locator("#id_body_errors")).to_have_text(words["required"])
    new = partner.locator("#thread-I-MOD > form")
    new.locator("textarea[name=body]").fill(QUESTION)
    new.locator("button[type=submit]").click()
    expect(partner.locator("#thread-I-MOD li.comment")).to_contain_text(QUESTION)
    no_sideways_scroll(partner)
    assert serious_violations(partner) == []
    partner.screenshot(path=screenshots / f"{shot}-1-partner.png", full_page=True)

    # the focal point reads it beside the value and answers in the thread
    focal = open_page(browser, language, viewport)
    sign_in(focal, base, "focal_a")
    focal.goto(detail)
    expect(focal.locator("#comments-I-MOD")).to_contain_text(QUESTION)
    focal.locator("#comments-I-MOD a").click()
    thread = focal.locator("#thread-I-MOD li.comment").first
    thread.locator("details.answer > summary").click()
    thread.locator("textarea[name=body]").fill(ANSWER)
    thread.locator("details.answer button[type=submit]").click()
    expect(focal.locator("#thread-I-MOD li.reply")).to_contain_text(ANSWER)
    expect(focal.locator("#thread-I-MOD button[name=resolved]")).to_have_count(0)  # not theirs
    focal.screenshot(path=screenshots / f"{shot}-2-focal-point.png", full_page=True)

    # the coordinator sees both beside the value and in the timeline, and resolves
    coordinator = open_page(browser, language, viewport)
    sign_in(coordinator, base, "coordinator")
    coordinator.goto(detail)
    expect(coordinator.locator("#comments-I-MOD")).to_contain_text(ANSWER)
    timeline = coordinator.locator("ol.timeline")
    expect(timeline).to_contain_text(QUESTION)
    expect(timeline).to_contain_text(ANSWER)
    no_sideways_scroll(coordinator)
    coordinator.locator("#comments-I-MOD a").click()
    coordinator.locator("#thread-I-MOD button[name=resolved][value='1']").click()
    expect(coordinator.locator("#thread-I-MOD li.comment.resolved")).to_contain_text(
        words["resolved"]
    )
    coordinator.goto(detail)
    expect(coordinator.locator("#comments-I-MOD li.comment.resolved")).to_be_visible()
    no_sideways_scroll(coordinator)
    assert serious_violations(coordinator) == []
    coordinator.screenshot(path=screenshots / f"{shot}-3-coordinator.png", full_page=True)

    first = SubmissionComment.objects.get(reply_to__isnull=True)
    assert (first.author_name, first.indicator, first.text) == ("partner", "I-MOD", QUESTION)
    assert first.resolved_by is not None and first.resolved_by.username == "coordinator"
    assert SubmissionComment.objects.get(reply_to=first).author_name == "focal_a"
