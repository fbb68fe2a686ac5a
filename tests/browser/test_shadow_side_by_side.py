"""A civil-society partner records a shadow assessment with a rating of a scorecard criterion
and of an objective, and publishes it; the public page shows it beside the government's
account with the differences marked: two columns on a desktop (in English), stacked at
390 px (in French)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from napkit.accounts.models import Role
from napkit.core.plan import model as core
from napkit.monitoring.models import ShadowAssessment
from tests.browser.conftest import serious_violations
from tests.browser.test_start_flow import DESKTOP, PHONE, no_sideways_scroll, open_page
from tests.personas import PASSWORD
from tests.public.helpers import published_demo
from tests.public.test_issued_reports import person

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Year one, seen from the provinces"
CRITERION_FINDING = "Partners saw the draft a week before adoption."
OBJECTIVE_FINDING = "Legal aid does not reach the provinces."


def sign_in_as(page: Page, base: str, name: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(name)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button.button[type=submit]").click()
    expect(page.get_by_text(name, exact=True)).to_be_visible()


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", DESKTOP), ("fr", PHONE)], ids=["en-desktop", "fr-phone"]
)
def test_a_partner_publishes_and_the_public_sees_both_sides(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    demo_plan: core.Plan,
    language: str,
    viewport: dict[str, int],
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    record = published_demo(demo_plan)
    user = person(record, "partner", Role.CIVIL_SOCIETY, "wpn")
    user.set_password(PASSWORD)  # type: ignore[attr-defined]
    user.save()  # type: ignore[attr-defined]
    page = open_page(browser, language, viewport)
    sign_in_as(page, base, "partner")

    # 1. The partner writes the assessment: the plan, an objective and a criterion rated.
    page.goto(f"{base}/plans/{demo_plan.id}/monitoring/shadow/new/")
    page.locator("input[name=title]").fill(TITLE)
    page.locator("input[name=authors]").fill("Women's Peace Network")
    page.locator("input[name=period_start]").fill("2025-04-01")
    page.locator("input[name=period_end]").fill("2026-03-31")
    page.locator("textarea[name=summary]").fill("Participation moved; protection lags.")
    page.locator("select[name=rating-SO3]").select_option("off_track")
    page.locator("textarea[name=finding-SO3]").fill(OBJECTIVE_FINDING)
    page.locator("select[name=rating-criterion-inclusive_design]").select_option("weak")
    page.locator("textarea[name=finding-criterion-inclusive_design]").fill(CRITERION_FINDING)
    no_sideways_scroll(page)
    page.locator("main form.stacked button[type=submit]").click()
    page.wait_for_url("**/monitoring/shadow/?saved=**")
    found = ShadowAssessment.objects.get(title=TITLE)
    article = page.locator(f"#assessment-{found.pk}")
    expect(article).to_contain_text(CRITERION_FINDING)
    article.locator("form[action$='/publish/'] button[type=submit]").click()
    page.wait_for_url("**/monitoring/shadow/?saved=**")
    page.screenshot(path=screenshots / f"shadow-list-{language}.png", full_page=True)

    # 2. A reader finds it from the overview and reads it beside the government's account.
    reader = open_page(browser, language, viewport)
    reader.goto(f"{base}/public/{demo_plan.id}/")
    reader.locator(f"a[href='/public/{demo_plan.id}/shadow/{found.pk}/']").click()
    reader.wait_for_url(f"**/shadow/{found.pk}/")
    expect(reader.locator("h1")).to_have_text(TITLE)
    row = reader.locator("#criterion-inclusive_design")
    expect(row.locator(".compare-side.civil-society")).to_contain_text(CRITERION_FINDING)
    expect(row.locator(".compare-side.government .badge")).to_be_visible()
    objective = reader.locator("#objective-SO3")
    expect(objective.locator(".compare-side.civil-society")).to_contain_text(OBJECTIVE_FINDING)
    expect(objective).to_have_class("compare-row mark-lower")
    expect(objective.locator(".mark.mark-lower")).to_be_visible()
    no_sideways_scroll(reader)
    government = objective.locator(".compare-side.government").bounding_box()
    civil = objective.locator(".compare-side.civil-society").bounding_box()
    assert government is not None and civil is not None
    if viewport is DESKTOP:  # two columns
        assert abs(government["y"] - civil["y"]) < 2 and civil["x"] > government["x"]
    else:  # stacked
        assert civil["y"] >= government["y"] + government["height"] - 1
    objective.scroll_into_view_if_needed()
    reader.screenshot(path=screenshots / f"shadow-side-by-side-{language}.png", full_page=False)
    reader.screenshot(path=screenshots / f"shadow-page-{language}.png", full_page=True)
    assert serious_violations(reader) == []
    page.context.close()
    reader.context.close()
