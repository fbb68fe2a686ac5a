"""A focal point reports; the coordinator returns it, then approves the corrected version."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, expect

from napkit.monitoring import services
from napkit.monitoring.models import Submission
from tests.browser.conftest import serious_violations
from tests.browser.test_workspace import sign_in
from tests.personas import make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db(transaction=True)


def test_submit_return_fix_approve_lock(
    browser: Browser, live_server: object, screenshots: Path
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    team = make_personas(PLAN)
    opened = services.open_round(
        None,
        team.record,
        label="FY 2025",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        opens=date(2026, 1, 1),
        deadline=timezone.localdate() + timedelta(days=20),
    )
    pk = Submission.objects.get(round=opened, organisation="mod").pk
    url = f"{base}/plans/matrix/monitoring/submissions/{pk}/"
    focal = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    coordinator = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    sign_in(focal, base, "focal_a")
    sign_in(coordinator, base, "coordinator")

    focal.goto(f"{base}/plans/matrix/monitoring/")
    focal.get_by_role("link", name="FY 2025").first.click()
    values = focal.locator("#ind-I-MOD")
    values.get_by_label("Value (%)").fill("14")
    values.get_by_label("Numerator").fill("28")
    values.get_by_label("Denominator").fill("200")
    focal.get_by_label("Narrative").fill("Recruitment fairs in three provinces.")
    focal.get_by_role("button", name="Save draft").click()
    expect(focal.get_by_text("Saved.", exact=True)).to_be_visible()
    focal.screenshot(path=screenshots / "submission.png")
    assert serious_violations(focal) == []
    focal.get_by_role("button", name="Submit for review").click()
    expect(focal.locator(".facts .badge").first).to_have_text("submitted")

    coordinator.goto(url)
    coordinator.get_by_label("Reason for returning it").fill("Please add the source.")
    coordinator.get_by_role("button", name="Return to the organisation").click()
    expect(coordinator.locator(".facts .badge").first).to_have_text("returned")

    focal.goto(url)
    expect(focal.get_by_text("Please add the source.")).to_be_visible()
    focal.locator("#ind-I-MOD").get_by_label("Note or source").fill("HR census 2025")
    focal.get_by_role("button", name="Save draft").click()
    focal.get_by_role("button", name="Resubmit").click()
    expect(focal.locator(".facts .badge").first).to_have_text("resubmitted")

    coordinator.goto(url)
    coordinator.get_by_role("button", name="Approve").click()
    expect(coordinator.locator(".facts .badge").first).to_have_text("approved")
    expect(coordinator.get_by_text("Approved data is locked.")).to_be_visible()

    focal.goto(url)
    expect(focal.get_by_role("button", name="Save draft")).to_have_count(0)
    expect(focal.locator("#ind-I-MOD").get_by_label("Value (%)")).to_be_disabled()
    timeline = focal.locator("ol.timeline li")
    expect(timeline).to_have_count(7)
    for step in ("Created", "Saved", "Submitted", "Returned", "Resubmitted", "Approved"):
        expect(focal.locator("ol.timeline")).to_contain_text(step)
    coordinator.goto(f"{base}/plans/matrix/monitoring/")
    coordinator.screenshot(path=screenshots / "monitoring.png", full_page=False)
    assert serious_violations(coordinator) == []
