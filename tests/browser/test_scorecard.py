"""A researcher compares two plans and reads one's scorecard."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from napkit.core.plan import model as core
from napkit.core.plan import planfile
from tests.browser.conftest import serious_violations
from tests.personas import store

pytestmark = pytest.mark.django_db(transaction=True)


def test_compare_two_plans_then_open_a_scorecard(
    page: Page, live_server: object, demo_plan: core.Plan, weak_plan: core.Plan, screenshots: Path
) -> None:
    store(demo_plan, weak_plan, publish=True)
    page.goto(f"{live_server.url}/")  # type: ignore[attr-defined]
    page.get_by_label(f"Compare {demo_plan.metadata.title}").check()
    page.get_by_label(f"Compare {weak_plan.metadata.title}").check()
    page.get_by_role("button", name="Compare selected plans").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Plans compared")
    rows = page.locator("table.heatmap tbody tr")
    expect(rows).to_have_count(2)
    page.screenshot(path=screenshots / "comparison.png")
    assert serious_violations(page) == []

    page.get_by_role("link", name=weak_plan.metadata.title).click()
    expect(page.locator(".big-score .value")).to_have_text("15")
    check = page.locator("li.check", has_text="5.1 One lead per activity")
    expect(check.locator(".outcome")).to_have_text("fail")
    check.get_by_text("4 items fall short").click()
    check.get_by_role("link", name="O1.1.a").click()
    expect(page).to_have_url(f"{live_server.url}/plans/{weak_plan.id}/#item-O1.1.a")  # type: ignore[attr-defined]


def test_the_scorecard_prints(
    page: Page, live_server: object, weak_plan: core.Plan, screenshots: Path, tmp_path: Path
) -> None:
    store(weak_plan, publish=True)
    page.goto(f"{live_server.url}/plans/{weak_plan.id}/scorecard/")  # type: ignore[attr-defined]
    page.screenshot(path=screenshots / "scorecard.png")
    assert serious_violations(page) == []
    page.emulate_media(media="print")
    expect(page.locator("header.site")).to_be_hidden()
    # Evidence lists are folded on screen and all shown on paper.
    expect(page.locator("ul.evidence").first).to_be_visible()
    page.pdf(path=str(tmp_path / "scorecard.pdf"), format="A4")
    assert (tmp_path / "scorecard.pdf").stat().st_size > 10_000


REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real_naps" / "canada-nap-2017.yaml"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_real_plans_scorecard_on_a_phone(
    browser: Browser, live_server: object, screenshots: Path, language: str
) -> None:
    """A plan read from its published document: headline findings with their quotes, 'not
    stated' where the document is silent, nothing spilling sideways at 390 px."""
    plan = planfile.load(REAL)
    store(plan, publish=True)
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        locale=language,
        extra_http_headers={"Accept-Language": language},
    )
    phone = context.new_page()
    phone.goto(f"{live_server.url}/public/{plan.id}/scorecard/")  # type: ignore[attr-defined]
    headlines = phone.locator("table.headlines")
    expect(headlines).to_be_visible()
    stated = {"en": "not stated", "fr": "non indiqué"}[language]
    expect(headlines.locator("td.answer-not_stated").first).to_have_text(stated)
    expect(headlines.locator("blockquote").first).to_contain_text("Canada")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert serious_violations(phone) == []
    if language == "en":
        phone.screenshot(path=screenshots / "scorecard-real-plan-phone.png")
    context.close()
