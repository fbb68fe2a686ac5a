"""A coordinator records a meeting with a decision and an action item, answers a
consultation input and publishes; the public pages show the public decision and "you said,
we did" (English on a desktop, French on a 390 px phone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from napkit.plans import queries as plan_queries
from tests.browser.conftest import serious_violations
from tests.browser.test_workspace import sign_in
from tests.personas import make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)


def fill_and_save(page: Page, url: str, fields: dict[str, str], saved: str) -> None:
    """Open an add form and fill it by field name (labels are translated, names are not)."""
    page.goto(url)
    form = page.locator("form").filter(has=page.locator('[name="id"]')).first
    for name, value in fields.items():
        field = form.locator(f'[name="{name}"]').first
        kind = field.evaluate("e => e.tagName + ':' + (e.type || '')")
        if kind.startswith("SELECT"):
            field.select_option(value)
        elif kind.endswith(":checkbox"):
            field.check()
        else:
            field.fill(value)
    form.get_by_role("button", name="Save").click()
    expect(page.get_by_text(f"Saved {saved}.")).to_be_visible()


def test_a_coordinator_records_the_body_at_work_and_the_public_sees_it(
    page: Page, browser: Browser, live_server: object, screenshots: Path
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    team = make_personas(PLAN)
    sign_in(page, base, "coordinator")
    add = f"{base}/plans/matrix/add"
    fill_and_save(
        page,
        f"{add}/coordination_body/",
        {"id": "CB1", "name": "WPS steering committee", "meeting_frequency": "quarterly"},
        "CB1",
    )
    fill_and_save(
        page,
        f"{add}/meeting/?parent=CB1",
        {"id": "CB1-M1", "date": "2025-03-10", "attendance": "mod", "women": "6", "men": "4"},
        "CB1-M1",
    )
    fill_and_save(
        page,
        f"{add}/decision/?parent=CB1-M1",
        {"id": "CB1-M1.d1", "text": "Shelter funding doubled from 2026.", "public": "on"},
        "CB1-M1.d1",
    )
    fill_and_save(
        page,
        f"{add}/decision/?parent=CB1-M1",
        {"id": "CB1-M1.d2", "text": "Staffing of the police unit reviewed in camera."},
        "CB1-M1.d2",
    )
    fill_and_save(
        page,
        f"{add}/action_item/?parent=CB1-M1",
        {
            "id": "CB1-M1.a1",
            "text": "MoD to cost the recruitment drive.",
            "owner": "mod",
            "due": "2025-05-31",
        },
        "CB1-M1.a1",
    )
    fill_and_save(
        page,
        f"{add}/consultation_input/?parent=C1",
        {
            "id": "C1.in2",
            "summary": "Train judges on survivor-centred hearings.",
            "source": "wpn",
            "response": "not_adopted",
            "how_addressed": "Judicial training belongs to the Justice Academy's own plan.",
        },
        "C1.in2",
    )
    plan = plan_queries.plan_document(team.record.key)
    meeting = plan.governance.bodies[0].meetings[0]
    assert [d.public for d in meeting.decisions] == [True, False]
    assert meeting.action_items[0].owner == "mod"
    # The action item is overdue on the plan page, for members.
    page.goto(f"{base}/plans/matrix/#governance")
    expect(page.get_by_text("1 action item overdue")).to_be_visible()
    expect(page.get_by_text("meeting missed")).to_have_count(0)
    assert meeting.held
    page.locator("#governance").screenshot(path=screenshots / "coordination-governance.png")
    assert serious_violations(page) == []

    page.goto(f"{base}/plans/matrix/publish/")
    page.get_by_label("What this version is").fill("With the steering committee")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published version 1")).to_be_visible()

    page.goto(f"{base}/public/matrix/")
    page.get_by_role("link", name="You said, we did").click()
    expect(page.get_by_text("Shelter funding doubled from 2026.")).to_be_visible()
    expect(page.get_by_text("Staffing of the police unit")).to_have_count(0)
    page.screenshot(path=screenshots / "coordination-public-list.png", full_page=True)
    page.get_by_role("link", name="Design workshop").click()
    expect(page.get_by_role("heading", name="You said, we did")).to_be_visible()
    expect(page.get_by_text("Train judges on survivor-centred hearings.")).to_be_visible()
    expect(page.get_by_text("Justice Academy's own plan")).to_be_visible()
    page.screenshot(path=screenshots / "coordination-you-said-we-did.png", full_page=True)
    assert serious_violations(page) == []
    page.goto(f"{base}/public/matrix/consultations/C2/")
    expect(page.get_by_text("Closed hearing")).to_have_count(0)

    phone = browser.new_context(
        locale="fr-FR",
        extra_http_headers={"Accept-Language": "fr"},
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
    )
    french = phone.new_page()
    for path, shot in (("consultations/", "list"), ("consultations/C1/", "page")):
        french.goto(f"{base}/public/matrix/{path}")
        expect(french.locator("html")).to_have_attribute("lang", "fr")
        wide = french.evaluate("document.documentElement.scrollWidth")
        assert wide <= 390, f"{path} is {wide}px wide"
        french.screenshot(path=screenshots / f"coordination-fr-390-{shot}.png", full_page=True)
    expect(french.get_by_text("Train judges on survivor-centred hearings.")).to_be_visible()
    phone.close()
