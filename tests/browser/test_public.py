"""A member of the public reads a published plan: overview, pillar, objective, indicator,
organisation, downloads and the annual report — accessible, and usable on a phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from napkit.core.plan import model as core
from tests.browser.conftest import serious_violations
from tests.public.helpers import published_demo

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reader_walks_from_the_overview_to_an_indicator(
    page: Page, live_server: object, demo_plan: core.Plan, screenshots: Path
) -> None:
    published_demo(demo_plan)
    base = live_server.url  # type: ignore[attr-defined]
    page.goto(f"{base}/public/")
    page.get_by_role("link", name=demo_plan.metadata.short_title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(demo_plan.metadata.title)
    expect(page.get_by_text("Overall progress")).to_be_visible()
    page.screenshot(path=screenshots / "public-plan.png", full_page=True)
    assert serious_violations(page) == []

    page.get_by_role("link", name="Protection", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Protection")
    assert serious_violations(page) == []
    page.get_by_role("link", name="SO3", exact=True).first.click()
    expect(page.locator("main p.eyebrow").nth(1)).to_contain_text("SO3")
    assert serious_violations(page) == []

    page.goto(f"{base}/public/{demo_plan.id}/indicators/OP3.1.2-i1/")
    expect(page.locator("svg.chart").first).to_be_visible()
    expect(page.get_by_role("heading", name="By Sex")).to_be_visible()
    page.screenshot(path=screenshots / "public-indicator.png", full_page=True)
    assert serious_violations(page) == []

    page.get_by_role("link", name="MoJ").first.click()
    expect(page.get_by_role("heading", name="Activities it leads")).to_be_visible()
    assert serious_violations(page) == []


def test_downloads_and_the_report(
    page: Page, live_server: object, demo_plan: core.Plan, screenshots: Path
) -> None:
    published_demo(demo_plan)
    base = live_server.url  # type: ignore[attr-defined]
    page.goto(f"{base}/public/{demo_plan.id}/downloads/")
    assert serious_violations(page) == []
    with page.expect_download() as got:
        page.get_by_role("link", name=f"{demo_plan.id}-v1-iati.xml").click()
    assert got.value.suggested_filename == f"{demo_plan.id}-v1-iati.xml"
    page.get_by_role("link", name="read online").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Annual progress report")
    expect(page.locator("svg").first).to_be_visible()
    page.screenshot(path=screenshots / "public-report.png")
    assert serious_violations(page) == []


def test_on_a_phone_nothing_spills_sideways(
    browser: Browser, live_server: object, demo_plan: core.Plan, screenshots: Path
) -> None:
    published_demo(demo_plan)
    base = live_server.url  # type: ignore[attr-defined]
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    phone = context.new_page()
    for path in ("", "indicators/OP3.1.2-i1/", "organisations/moj/", "results/SO3/"):
        phone.goto(f"{base}/public/{demo_plan.id}/{path}")
        wide = phone.evaluate("document.documentElement.scrollWidth")
        assert wide <= 390, f"{path or 'overview'} is {wide}px wide"
    phone.goto(f"{base}/public/{demo_plan.id}/")
    phone.screenshot(path=screenshots / "public-phone.png")
    context.close()


def test_in_french(browser: Browser, live_server: object, demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    context = browser.new_context(locale="fr-FR", extra_http_headers={"Accept-Language": "fr"})
    french = context.new_page()
    french.goto(f"{live_server.url}/public/{demo_plan.id}/")  # type: ignore[attr-defined]
    expect(french.locator("html")).to_have_attribute("lang", "fr")
    assert serious_violations(french) == []
    context.close()
