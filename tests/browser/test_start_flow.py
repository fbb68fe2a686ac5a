"""A ministry starts a plan in the browser, in English on a desktop and in French on a phone:
a new plan from the guided form, an objective and an output, three indicators adapted from
the catalogue, published; then the next edition; then a plan file with a mistake, refused
with its line and nothing stored. Selectors are the forms' field names, so both languages
click through the same steps; what the person reads is checked in their language."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan
from tests.browser.conftest import serious_violations
from tests.personas import PASSWORD, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
WORDS = {
    "en": {"adapt": "Adapt a catalogue indicator"},
    "fr": {"adapt": "Adapter un indicateur du catalogue"},
}
ADAPTED = ("sdg:5.5.1", "sdg:16.7.1", "un_1325:11a")
BROKEN = """id: broken-plan
metadata:
  title: A plan with a mistake
  country: KE
  period: {start: 2026-01-01, end: 2025-12-31}
objectives: []
"""


def open_page(browser: Browser, language: str, viewport: dict[str, int]) -> Page:
    context = browser.new_context(viewport=viewport, locale=language)  # type: ignore[arg-type]
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def sign_in(page: Page, base: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill("coordinator")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button.button[type=submit]").click()
    expect(page.get_by_text("coordinator", exact=True)).to_be_visible()


WIDE = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .filter(e => !e.closest('.table-scroll') || e.matches('.table-scroll'))
  .slice(0, 8).map(e => `${e.tagName}.${e.className}#${e.id}`)"""


def no_sideways_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, (page.url, page.evaluate(WIDE))  # type: ignore[index]


def save_item_form(page: Page) -> None:
    page.locator("main form button[type=submit]").first.click()


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", DESKTOP), ("fr", PHONE)], ids=["en-desktop", "fr-phone"]
)
def test_a_coordinator_starts_adapts_publishes_and_carries_forward(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    language: str,
    viewport: dict[str, int],
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    words = WORDS[language]
    make_personas(PLAN, names=["coordinator"])
    page = open_page(browser, language, viewport)
    sign_in(page, base)

    # 1. A new plan from the guided form, the country chosen by name.
    page.goto(f"{base}/")
    page.locator("a[href='/plans/new/']").first.click()
    page.locator("select[name=country]").select_option("KE")
    page.locator("input[name=edition]").fill("3")
    page.locator("input[name=title]").fill("Kenya National Action Plan III")
    page.locator("input[name=start]").fill("2026-01-01")
    page.locator("input[name=end]").fill("2030-12-31")
    page.locator("input[name=framework][value=un]").check()
    no_sideways_scroll(page)
    page.screenshot(path=screenshots / f"start-new-{language}.png", full_page=True)
    assert serious_violations(page) == []
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/plans/kenya-nap-2026/?saved=**")
    key = "kenya-nap-2026"

    # 2. An objective and an output to hang indicators on.
    page.goto(f"{base}/plans/{key}/add/objective/")
    page.locator("input[name=id]").fill("O1")
    page.locator("input[name=title]").fill("Women take part in peace and security decisions")
    page.locator("input[name=pillars][value=participation]").check()
    save_item_form(page)
    page.wait_for_url("**saved=**")
    page.goto(f"{base}/plans/{key}/add/output/?parent=O1")
    page.locator("input[name=id]").fill("OP1")
    page.locator("input[name=title]").fill("Women candidates and officials supported")
    save_item_form(page)
    page.wait_for_url("**saved=**")

    # 3. Three indicators adapted from the catalogue, each reviewed in the prefilled form.
    page.goto(f"{base}/plans/{key}/")
    page.locator(f"a[href='/plans/{key}/catalogue/']").click()
    expect(page.locator("select[name=parent]")).to_be_visible()
    no_sideways_scroll(page)
    page.screenshot(path=screenshots / f"catalogue-{language}.png", full_page=False)
    assert serious_violations(page) == []
    for ref in ADAPTED:
        page.goto(f"{base}/plans/{key}/catalogue/")
        page.locator("select[name=parent]").select_option("OP1")
        page.locator(f"button[name=adapt][value='{ref}']").click()
        expect(page.get_by_role("heading", name=words["adapt"])).to_be_visible()
        expect(page.locator("input[name=catalogue_ref]")).to_have_value(ref)
        if ref == ADAPTED[0]:
            no_sideways_scroll(page)
            page.screenshot(path=screenshots / f"adapt-{language}.png", full_page=True)
        save_item_form(page)
        page.wait_for_url("**saved=**")
    plan = plan_queries.plan_document(key)
    indicators = plan.objectives[0].outputs[0].indicators
    assert [f"{i.catalogue[0].set.value}:{i.catalogue[0].code}" for i in indicators] == list(
        ADAPTED
    )

    # 4. Published: the public page quotes the global indicator it reports against.
    page.goto(f"{base}/plans/{key}/publish/")
    page.locator("input[name=note]").fill("Adopted by cabinet")
    page.locator("main form button[type=submit]").first.click()
    page.goto(f"{base}/public/{key}/indicators/{indicators[0].id}/")
    expect(page.locator("a[href='/catalogue/#sdg551']")).to_be_visible()
    no_sideways_scroll(page)

    # 5. The next edition carries the structure forward as a draft.
    page.goto(f"{base}/plans/{key}/")
    page.locator(f"a[href='/plans/{key}/next-edition/']").first.click()
    page.locator("input[name=start]").fill("2031-01-01")
    page.locator("input[name=end]").fill("2035-12-31")
    no_sideways_scroll(page)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/plans/kenya-nap-2031/**")
    successor = plan_queries.plan_document("kenya-nap-2031")
    assert successor.metadata.predecessor == key
    assert len(successor.objectives[0].outputs[0].indicators) == 3

    # 6. A plan file with a mistake: its line shown, nothing stored.
    page.goto(f"{base}/plans/import/")
    page.locator("input[name=file]").set_input_files(
        {"name": "broken.yaml", "mimeType": "text/yaml", "buffer": BROKEN.encode()}
    )
    page.locator("main form button[type=submit]").first.click()
    expect(page.get_by_text("broken.yaml:5", exact=False).first).to_be_visible()
    no_sideways_scroll(page)
    page.screenshot(path=screenshots / f"import-problem-{language}.png", full_page=True)
    assert not Plan.objects.filter(key="broken-plan").exists()
    page.context.close()
