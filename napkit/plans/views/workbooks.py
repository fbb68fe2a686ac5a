"""The logframe workbook in the browser: a plan as an Excel workbook (what the reader may read
of it), and the empty template, in English or French. Uploading a filled workbook goes
through the plan import (``uploads.parse``), with the same preview and located problems."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.core.plan import workbook
from napkit.plans import queries

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LANGUAGES = ("en", "fr")


def _language(request: HttpRequest) -> str:
    """``?language=fr`` when given, else the reader's language (English when neither fits)."""
    asked = request.GET.get("language") or (get_language() or "en")[:2]
    return asked if asked in LANGUAGES else "en"


def _download(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def plan_workbook(request: HttpRequest, key: str) -> HttpResponse:
    """The plan as its reader may read it: the working copy for its team (a focal point's part
    for a focal point), the published version without its private parts for everyone else."""
    record, access = permissions.require(request.user, key, Need.READ)
    plan, source = queries.readable(record, access)
    language = _language(request)
    suffix = "" if source.working_copy else f"-v{source.version}"
    return _download(workbook.write(plan, language), f"{plan.id}{suffix}-logframe-{language}.xlsx")


def template(request: HttpRequest) -> HttpResponse:
    language = _language(request)
    return _download(workbook.template(language), f"napkit-logframe-template-{language}.xlsx")
