"""The annual report and the open-data exports of the stored demo plan, as the site and the
CLI serve them: the IATI file validates against the official schema and its codes are in
the codelists; the report has every section and renders to PDF."""

from __future__ import annotations

import io
import json
from datetime import date

import openpyxl
import pytest
from django.test import Client

from napkit.core.exports.iati import codelist_errors, schema_errors
from napkit.core.plan import model as core
from napkit.core.publishing.annual_report import annual_report
from napkit.core.publishing.release import find_period
from napkit.public import report, services
from tests.public.helpers import published_demo

pytestmark = pytest.mark.django_db


def download(plan: core.Plan, name: str) -> tuple[bytes, str, str]:
    response = Client().get(f"/public/{plan.id}/downloads/{name}/")
    assert response.status_code == 200
    return response.content, response["Content-Type"], response["Content-Disposition"]


def test_the_iati_export_of_the_demo_validates_and_uses_the_codelists(
    demo_plan: core.Plan,
) -> None:
    published_demo(demo_plan)
    xml, media, disposition = download(demo_plan, "iati")
    assert media == "application/xml"
    assert "-iati.xml" in disposition
    assert schema_errors(xml) == []
    assert codelist_errors(xml) == []
    for element in (b"<participating-org", b"<policy-marker", b"<sector", b"<budget"):
        assert element in xml
    for transaction_type in (b'<transaction-type code="2"', b'code="3"', b'code="4"'):
        assert transaction_type in xml
    assert b"<dimension" in xml and b"<actual" in xml and b"<baseline" in xml


@pytest.mark.parametrize(
    ("name", "media", "check"),
    [
        ("csv", "text/csv", lambda b: b.startswith(b"plan_id,")),
        ("json", "application/json", lambda b: json.loads(b)["format"] == "napkit-open-data"),
        ("yaml", "application/yaml", lambda b: b"id: valdoria-nap-2025" in b),
        (
            "iptt",
            "spreadsheetml",
            lambda b: "IPTT" in openpyxl.load_workbook(io.BytesIO(b)).sheetnames,
        ),
    ],
)
def test_downloads(demo_plan: core.Plan, name: str, media: str, check: object) -> None:
    published_demo(demo_plan)
    content, content_type, disposition = download(demo_plan, name)
    assert media in content_type
    assert disposition.startswith("attachment; filename=")
    assert check(content)  # type: ignore[operator]


def test_the_annual_report_has_every_section(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    response = Client().get(f"/public/{demo_plan.id}/reports/fy-2025-26.html")
    assert response.status_code == 200
    assert "script-src" not in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    html = response.content.decode()
    for words in (
        "Annual progress report FY 2025-26",
        "1. Summary",
        "2. Progress by pillar",
        "3. Progress by objective",
        "Target for the period",
        "% of the way to target",
        "Activities",
        "4. Budget",
        "Allocated",
        "Disbursed",
        "Spent",
        "5. Reporting compliance",
        "submissions reached the coordinator by the deadline",
        "6. Civil-society shadow assessment",
        "Shadow report on NAP III, year one",
        "7. Methodology",
        "<svg",
    ):
        assert words in html, words
    # disaggregated values of an indicator reported by sex
    assert "Female" in html


def test_the_report_renders_to_pdf(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    response = Client().get(f"/public/{demo_plan.id}/reports/fy-2025-26.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    release = services.release_of(services.published(demo_plan.id), date(2026, 11, 26))
    found = annual_report(release, find_period(release, "2025-26"))
    pages = report.pdf_document(found).pages
    assert len(pages) >= 10  # cover, contents, a chapter per section, objectives


def test_a_later_period_is_not_in_an_earlier_report(demo_plan: core.Plan) -> None:
    published_demo(demo_plan)
    html = Client().get(f"/public/{demo_plan.id}/reports/fy-2025-26.html").content.decode()
    assert "H1 FY 2026-27" not in html
    later = Client().get(f"/public/{demo_plan.id}/reports/fy-2026-27.html").content.decode()
    assert "H1 FY 2026-27" in later
