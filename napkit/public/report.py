"""The annual progress report as a document: one template for HTML and PDF.

The HTML is a standalone file (styles inside, no script, no external resource), so it
can be saved, mailed and archived; the PDF is WeasyPrint's rendering of the same HTML
with the print rules of the same stylesheet (page size, running heads, page numbers).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import get_language

from napkit.core.annual_report import AnnualReport
from napkit.core.periods import ReportingPeriod
from napkit.core.published import period_slug
from napkit.public import cache, services
from napkit.public.services import Download, Published

FORMATS = ("html", "pdf")
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"


def render_html(found: AnnualReport) -> str:
    return render_to_string("public/report.html", {"report": found})


def pdf_document(found: AnnualReport) -> Any:
    """The laid-out pages (a WeasyPrint document)."""
    from weasyprint import HTML  # heavy: loaded only when a PDF is asked for

    return HTML(string=render_html(found)).render()


def render_pdf(found: AnnualReport) -> bytes:
    document = pdf_document(found)
    meta = document.metadata
    meta.title = f"{found.short_title} — {found.title}"
    meta.authors = [found.country]
    meta.lang = get_language() or "en"
    return bytes(document.write_pdf())


def filename(found: AnnualReport, fmt: str) -> str:
    return f"{found.plan_id}-report-{period_slug(found.period)}.{fmt}"


def build(pub: Published, period: ReportingPeriod, fmt: str, today: date) -> Download:
    found = services.report_of(pub, period, today)
    if fmt == "pdf":
        return Download(render_pdf(found), filename(found, fmt), "application/pdf")
    return Download(render_html(found).encode(), filename(found, fmt), "text/html; charset=utf-8")


def cached_report(pub: Published, period: ReportingPeriod, fmt: str, today: date) -> Download:
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}: expected html or pdf")
    name = f"report:{period.start}:{period.end}:{fmt}"
    return cache.cached(pub.record, name, lambda: build(pub, period, fmt, today))
