"""Issued reports stay issued (issue 15.4): a coordinator issues the FY 2025-26 report,
version 2 is published with a new target, and the public still reads the issued edition
byte for byte; a correction is a new edition with its reason; both are listed; only those
who publish the plan issue; the CLI issues and writes editions too."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from napkit.accounts.models import PlanRole, Role
from napkit.cli import main
from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.plans import editing
from napkit.plans import services as plans
from napkit.plans.models import Plan
from napkit.public import issuing, report, services
from napkit.public.models import IssuedReport
from tests.public.helpers import published_demo

pytestmark = pytest.mark.django_db

PERIOD = "fy-2025-26"
NEW_TARGET = 96.25


def person(record: Plan, name: str, role: Role, organisation: str = "") -> object:
    user = get_user_model().objects.create_user(username=name, password="a-long-password-9")
    PlanRole.objects.create(user=user, plan=record, role=role, organisation=organisation)
    return user


def publish_version_2(demo_plan: core.Plan, record: Plan) -> None:
    """Version 2 with a new end target for the first indicator."""
    data = planfile.to_data(demo_plan)
    data["objectives"][0]["indicators"][0]["target"]["value"] = NEW_TARGET
    plans.import_plans([core.Plan.model_validate(data)], replace=True)
    editing.publish(None, record, "second")


def fetch(client: Client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content


def test_an_issued_report_does_not_change_when_version_2_is_published(
    demo_plan: core.Plan,
) -> None:
    record = published_demo(demo_plan)
    coordinator = person(record, "coord", Role.COORDINATOR)
    client = Client()
    base = f"/public/{demo_plan.id}/reports/"
    draft = fetch(client, f"{base}{PERIOD}.html").decode()
    assert "Draft, not issued" in draft

    row = issuing.issue(coordinator, record, PERIOD)
    assert (row.edition, row.version, row.issued_by) == (1, 1, coordinator)
    assert row.data["version"] == 1  # the approved data and plan it rests on
    html = fetch(client, f"{base}{PERIOD}.html")
    pdf = fetch(client, f"{base}{PERIOD}.pdf")
    assert pdf.startswith(b"%PDF")
    assert b"Edition 1, issued" in html and b"Draft, not issued" not in html

    publish_version_2(demo_plan, record)
    assert fetch(client, f"{base}{PERIOD}.html") == html
    assert fetch(client, f"{base}{PERIOD}.pdf") == pdf
    assert fetch(client, f"{base}{PERIOD}/edition-1.html") == html
    assert b"version 1, published" in html
    # The draft built now does show version 2: what issuing protects the edition from.
    live = report.cached_report(
        services.published(demo_plan.id), PERIOD, "html", timezone.localdate()
    )
    assert b"version 2, published" in live.file.content


def test_a_new_edition_needs_a_reason_and_both_are_listed(demo_plan: core.Plan) -> None:
    record = published_demo(demo_plan)
    coordinator = person(record, "coord", Role.COORDINATOR)
    first = issuing.issue(coordinator, record, PERIOD)
    with pytest.raises(issuing.Refused, match="say why"):
        issuing.issue(coordinator, record, PERIOD, "  ")
    publish_version_2(demo_plan, record)
    reason = "corrected the FY 2025-26 spending of the MoJ"
    second = issuing.issue(coordinator, record, PERIOD, reason)
    assert (second.edition, second.version, second.reason) == (2, 2, reason)

    client = Client()
    base = f"/public/{demo_plan.id}/reports/"
    latest = fetch(client, f"{base}{PERIOD}.html").decode()
    assert "Edition 2, issued" in latest and reason in latest
    old = fetch(client, f"{base}{PERIOD}/edition-1.html").decode()
    assert "Edition 1, issued" in old
    for page in ("downloads/", ""):
        text = fetch(client, f"/public/{demo_plan.id}/{page}").decode()
        assert text.index("Edition 2, issued") < text.index("Edition 1, issued"), page
        assert reason in text
        assert f"{PERIOD}/edition-1.pdf" in text and f"{PERIOD}/edition-2.html" in text
    assert client.get(f"{base}{PERIOD}/edition-9.html").status_code == 404
    assert first.pk != second.pk


def test_a_period_not_issued_is_shown_as_a_draft(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    text = fetch(Client(), f"/public/{demo_plan.id}/downloads/").decode()
    assert "draft, not issued" in text


def test_only_coordinators_and_administrators_issue(demo_plan: core.Plan) -> None:
    record = published_demo(demo_plan)
    focal = person(record, "focal", Role.FOCAL_POINT, "moj")
    viewer = person(record, "viewer", Role.VIEWER)
    admin = person(record, "admin", Role.ADMINISTRATOR)
    for user in (focal, viewer, get_user_model().objects.create_user(username="stranger")):
        with pytest.raises(issuing.Refused):
            issuing.issue(user, record, PERIOD)
    assert not IssuedReport.objects.exists()
    url = f"/plans/{demo_plan.id}/reports/"
    client = Client()
    client.force_login(focal)  # type: ignore[arg-type]
    assert client.post(url, {"period": PERIOD}).status_code == 404
    client.force_login(admin)  # type: ignore[arg-type]
    assert client.get(url).status_code == 200
    response = client.post(url, {"period": PERIOD})
    assert response.status_code == 302
    assert IssuedReport.objects.get().issued_by == admin
    # A second edition without a reason: refused, the form kept, 422.
    response = client.post(url, {"period": PERIOD, "reason": ""})
    assert response.status_code == 422
    assert "say why" in response.content.decode()
    # A period that has not ended is not issued.
    response = client.post(url, {"period": "fy-2026-27"})
    assert response.status_code == 422


def test_the_cli_issues_and_writes_editions(
    demo_plan: core.Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # `napkit report` writes the PDF beside it by default
    record = published_demo(demo_plan)
    runner = CliRunner()
    out = runner.invoke(main, ["report", demo_plan.id, "--period", "FY 2025-26", "--issue"])
    assert out.exit_code == 0, out.output
    assert "edition 1" in out.output
    refused = runner.invoke(main, ["report", demo_plan.id, "--period", "2025-26", "--issue"])
    assert refused.exit_code != 0 and "say why" in refused.output
    target = tmp_path / "r.html"
    out = runner.invoke(
        main, ["report", demo_plan.id, "--period", "2025-26", "--format", "html", "-o", str(target)]
    )
    assert out.exit_code == 0, out.output
    issued = Client().get(f"/public/{demo_plan.id}/reports/{PERIOD}.html").content
    assert target.read_bytes() == issued
    publish_version_2(demo_plan, record)
    reason = "corrected a target"
    out = runner.invoke(
        main, ["report", demo_plan.id, "--period", "2025-26", "--issue", "--reason", reason]
    )
    assert out.exit_code == 0, out.output
    out = runner.invoke(
        main,
        [
            "report",
            demo_plan.id,
            "--period",
            "2025-26",
            "--edition",
            "1",
            "--format",
            "html",
            "-o",
            str(target),
        ],
    )
    assert out.exit_code == 0, out.output
    assert target.read_bytes() == issued
