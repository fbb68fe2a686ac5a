"""A coordinator issues the annual report in the browser; a new version of the plan is then
published; a reader opening the report on the public site still reads the issued edition,
unchanged. In English on a desktop and in French at 390 px."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from napkit.accounts.models import Role
from napkit.core.plan import model as core
from napkit.public.models import IssuedReport
from tests.browser.test_start_flow import DESKTOP, PHONE, no_sideways_scroll, open_page, sign_in
from tests.personas import PASSWORD
from tests.public.helpers import published_demo
from tests.public.test_issued_reports import PERIOD, person, publish_version_2

pytestmark = pytest.mark.django_db(transaction=True)

EDITION = {"en": "Edition 1, issued", "fr": "Édition 1, émise"}


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", DESKTOP), ("fr", PHONE)], ids=["en-desktop", "fr-phone"]
)
def test_an_issued_report_stays_as_issued(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    demo_plan: core.Plan,
    language: str,
    viewport: dict[str, int],
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    record = published_demo(demo_plan)
    user = person(record, "coordinator", Role.COORDINATOR)
    user.set_password(PASSWORD)  # type: ignore[attr-defined]
    user.save()  # type: ignore[attr-defined]
    page = open_page(browser, language, viewport)
    sign_in(page, base)

    page.goto(f"{base}/plans/{demo_plan.id}/reports/")
    no_sideways_scroll(page)
    form = page.locator(f"form:has(input[name=period][value='{PERIOD}'])")
    form.locator("button[type=submit]").click()
    expect(page.locator(f"a[href$='/reports/{PERIOD}/edition-1.html']").first).to_be_visible()
    page.screenshot(path=screenshots / f"issued-{language}.png", full_page=True)
    assert IssuedReport.objects.filter(plan=record, edition=1).exists()

    reader = open_page(browser, language, viewport)
    url = f"{base}/public/{demo_plan.id}/reports/{PERIOD}.html"
    reader.goto(url)
    issued = reader.content()
    expect(reader.get_by_text(EDITION[language]).first).to_be_visible()
    publish_version_2(demo_plan, record)
    reader.goto(url)
    assert reader.content() == issued
    reader.goto(f"{base}/public/{demo_plan.id}/downloads/")
    no_sideways_scroll(reader)
    reader.screenshot(path=screenshots / f"editions-{language}.png", full_page=True)
    page.context.close()
    reader.context.close()
