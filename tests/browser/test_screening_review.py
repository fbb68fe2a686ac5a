"""A coordinator screens a NAP document and reviews it in the browser, in English on a
desktop and in French on a phone: the upload, the findings beside their marked passages, a
correction saved in place (htmx), a confirmation, then the draft plan saved and its
scorecard agreeing with the correction. Selectors are field names and finding ids, so both
languages click through the same steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from napkit.core.screening.result import Screening
from napkit.plans import queries
from napkit.plans.models import ScreeningReview
from tests.browser.conftest import serious_violations
from tests.browser.test_start_flow import DESKTOP, PHONE, no_sideways_scroll, open_page, sign_in
from tests.personas import make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)

DOCUMENTS = Path(__file__).parents[1] / "fixtures" / "screening" / "documents"
# The documents' countries are invented: the reviewer sets a real one when saving.
CASES = {
    "en": ("en-01-norvania-nap-2023.txt", "norvania-nap-2023", "NO"),
    "fr": ("fr-01-valmerie-pan-2022.txt", "valmerie-pan-2022", "BE"),
}


def shot(page: Page, folder: Path, name: str) -> None:
    no_sideways_scroll(page)
    page.screenshot(path=folder / f"{name}.png", full_page=False)


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", DESKTOP), ("fr", PHONE)], ids=["en-desktop", "fr-phone"]
)
def test_a_coordinator_screens_corrects_and_saves_a_draft_plan(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    language: str,
    viewport: dict[str, int],
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    name, key, country = CASES[language]
    make_personas(PLAN, names=["coordinator"])
    page = open_page(browser, language, viewport)
    sign_in(page, base)

    # 1. From the plan list to the upload; the document screened into its review.
    page.goto(f"{base}/")
    page.locator("a[href='/screening/']").first.click()
    page.locator("input[name=file]").set_input_files(str(DOCUMENTS / name))
    shot(page, screenshots, f"screening-upload-{language}")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/screening/*-*-*-*-*/")
    expect(page.locator("article.finding-review")).to_have_count(13)
    assert page.locator("mark.evidence").count() >= 10
    shot(page, screenshots, f"screening-review-{language}")
    assert serious_violations(page) == []

    # 2. A passage link leads to its mark in the document's text.
    link = page.locator("#finding-cs_design .passages a").first
    anchor = (link.get_attribute("href") or "").lstrip("#")
    link.click()
    expect(page.locator(f"mark[id='{anchor}']")).to_be_in_viewport()
    shot(page, screenshots, f"screening-passage-{language}")

    # 3. A correction with a note, saved in place; a confirmation.
    review = ScreeningReview.objects.get()
    proposed = Screening.model_validate(review.screening).finding("indicators")
    assert proposed is not None
    corrected = "no" if proposed.answer == "yes" else "yes"
    finding = page.locator("#finding-indicators")
    finding.scroll_into_view_if_needed()
    finding.locator("summary").click()
    finding.locator("select[name=answer]").select_option(corrected)
    finding.locator("textarea[name=note]").fill("Annex 1 lists the indicators, page 15.")
    finding.locator("button[name=decision][value=correct]").click()
    expect(page.locator("#finding-indicators.status-corrected")).to_be_visible()
    expect(page.locator("#finding-indicators .decision")).to_contain_text("Annex 1")
    page.locator("#finding-budget button[name=decision][value=confirm]").click()
    expect(page.locator("#finding-budget.status-confirmed")).to_be_visible()
    page.locator("#finding-indicators").scroll_into_view_if_needed()
    shot(page, screenshots, f"screening-corrected-{language}")
    review.refresh_from_db()
    assert review.decisions["indicators"]["answer"] == corrected
    assert review.decisions["budget"]["decision"] == "confirmed"

    # 4. Saved as a draft plan under the reviewer's id; its scorecard agrees.
    page.locator("select[name=country]").select_option(country)
    page.locator("input[name=plan_id]").fill(key)
    page.locator("#save").scroll_into_view_if_needed()
    shot(page, screenshots, f"screening-save-{language}")
    page.locator("#save button[type=submit]").click()
    page.wait_for_url(f"**/plans/{key}/scorecard/")
    plan = queries.plan_document(key)
    assert plan is not None and plan.statements.indicators is not None
    assert plan.statements.indicators.answer == corrected and plan.metadata.country == country
    shot(page, screenshots, f"screening-scorecard-{language}")
    page.goto(f"{base}/screening/")
    expect(page.locator(f"a[href='/plans/{key}/']")).to_be_visible()
    shot(page, screenshots, f"screening-list-{language}")
    page.context.close()
