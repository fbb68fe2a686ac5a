"""The logframe workbook in the browser: a plan downloads as the workbook its reader may read,
the template in the reader's language, and a filled workbook imports through the same
preview as a plan file, all or nothing."""

from __future__ import annotations

import html
import io
from typing import Any

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from napkit.core.plan import planfile, workbook
from napkit.plans import queries
from napkit.plans.models import Plan
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN

pytestmark = pytest.mark.django_db


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


def text(response: Any) -> str:
    return html.unescape(response.content.decode())


def sheets(content: bytes) -> list[str]:
    return openpyxl.load_workbook(io.BytesIO(content), read_only=True).sheetnames


def test_the_team_downloads_the_working_copy_as_a_workbook(team: Personas) -> None:
    response = team.client("coordinator").get("/plans/matrix/logframe.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="matrix-logframe-en.xlsx"'
    plan = workbook.read(response.content, "matrix.xlsx")
    assert planfile.to_data(plan) == planfile.to_data(queries.plan_document("matrix"))


@pytest.mark.parametrize(
    ("language", "query", "sheet"),
    [("en", "", "Indicators"), ("fr", "", "Indicateurs"), ("en", "?language=fr", "Indicateurs")],
)
def test_the_template_speaks_the_readers_language(language: str, query: str, sheet: str) -> None:
    response = Client(headers={"accept-language": language}).get(f"/plans/template.xlsx{query}")
    assert response.status_code == 200
    assert sheet in sheets(response.content)


def test_an_edited_workbook_imports_through_the_preview(team: Personas) -> None:
    client = team.client("coordinator")
    content = client.get("/plans/matrix/logframe.xlsx").content
    book = openpyxl.load_workbook(io.BytesIO(content))
    data = planfile.to_data(workbook.read(content, "x.xlsx"))
    data["id"] = "matrix-copy"
    book.remove(book["napkit"])  # a workbook filled by hand has no hidden copy
    sheet = book["Plan"]
    for row in sheet.iter_rows():
        if row[0].value and row[0].value == "Plan id":
            row[1].value = "matrix-copy"
    out = io.BytesIO()
    book.save(out)
    upload = SimpleUploadedFile("logframe.xlsx", out.getvalue())
    response = client.post("/plans/import/", {"file": upload})
    assert response.status_code == 302, text(response)
    preview = client.get(response["Location"])
    assert "is a valid plan file" in text(preview)
    assert client.post(response["Location"]).status_code == 302
    assert Plan.objects.filter(key="matrix-copy").exists()


def test_a_workbook_with_a_mistake_names_its_cell_and_stores_nothing(team: Personas) -> None:
    client = team.client("coordinator")
    content = client.get("/plans/matrix/logframe.xlsx").content
    book = openpyxl.load_workbook(io.BytesIO(content))
    indicators = book["Indicators"]
    header = [c.value for c in indicators[1]]
    target = header.index(next(h for h in header if h == "Target"))
    indicators.cell(row=2, column=target + 1).value = "about 40"
    out = io.BytesIO()
    book.save(out)
    upload = SimpleUploadedFile("logframe.xlsx", out.getvalue())
    response = client.post("/plans/import/", {"file": upload, "replace": "on"})
    assert response.status_code == 422
    page = text(response)
    assert "sheet Indicators, row 2, column" in page and "about 40" in page
    stored = queries.plan_document("matrix").objectives[0].outputs[0].indicators[0]
    assert stored.target.value == 20
