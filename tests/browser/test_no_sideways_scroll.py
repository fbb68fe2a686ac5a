"""No page scrolls sideways on a 390 px phone, in French (the longer words), for each role
that opens it: every page of the workspace and the public site of the demo plan with its
data. Wide tables scroll inside their own ``.table-scroll`` box, never the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import Browser

from napkit.core.plan import model as core
from tests.browser.test_start_flow import PHONE, WIDE
from tests.pages import ROLES, demo_site, pages

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("role", ROLES)
def test_no_page_scrolls_sideways_on_a_phone(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    demo_plan: core.Plan,
    role: str,
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    personas = demo_site(demo_plan)
    context = browser.new_context(viewport=PHONE, locale="fr")  # type: ignore[arg-type]
    context.add_cookies([{"name": "django_language", "value": "fr", "url": base}])
    if role != "anonymous":
        client: Client = personas.client(role)
        session = client.cookies["sessionid"].value
        context.add_cookies([{"name": "sessionid", "value": session, "url": base}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    wide: dict[str, list[str]] = {}
    for found in pages(personas, demo_plan):
        if role not in found.roles:
            continue
        response = page.goto(base + found.url)
        assert response is not None and response.status == 200, (found.url, role)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"] + 1:
            wide[f"{found.url} ({width}px)"] = page.evaluate(WIDE)
            name = found.url.strip("/").replace("/", "-").replace("?", "-") or "root"
            page.screenshot(path=screenshots / f"wide-{role}-{name}.png", full_page=False)
    context.close()
    assert wide == {}, "\n".join(f"{url}: {elements}" for url, elements in wide.items())
