"""The annual progress report as a document: one template for HTML and PDF.

The HTML is a standalone file (styles inside, no script, no external resource), so it
can be saved, mailed and archived; the PDF is WeasyPrint's rendering of the same HTML
with the print rules of the same stylesheet (page size, running heads, page numbers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import get_language

from napkit.core.monitoring.periods import ReportingPeriod
from napkit.core.publishing.annual_report import AnnualReport, annual_report
from napkit.core.publishing.release import Release, find_period, period_slug
from napkit.monitoring import queries as monitoring
from napkit.public import cache, services, subplans
from napkit.public.services import Download, Published

FORMATS = ("html", "pdf")
PDF = "application/pdf"
HTML_TYPE = "text/html; charset=utf-8"
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"


@dataclass(frozen=True)
class Edition:
    """An issued edition, as its cover states it (``napkit.public.issuing``)."""

    number: int
    issued_at: datetime
    reason: str
    version: int


def render_html(found: AnnualReport, edition: Edition | None = None) -> str:
    """The report; without ``edition`` it is a draft and its cover says so."""
    return render_to_string("public/report.html", {"report": found, "edition": edition})


def pdf_document(found: AnnualReport, edition: Edition | None = None) -> Any:
    """The laid-out pages (a WeasyPrint document)."""
    from weasyprint import HTML  # heavy: loaded only when a PDF is asked for

    return HTML(string=render_html(found, edition)).render()


def render_pdf(found: AnnualReport, edition: Edition | None = None) -> bytes:
    document = pdf_document(found, edition)
    meta = document.metadata
    meta.title = f"{found.short_title} — {found.title}"
    meta.authors = [found.country]
    meta.lang = get_language() or "en"
    return bytes(document.write_pdf())


def filename(found: AnnualReport, fmt: str) -> str:
    return f"{found.plan_id}-report-{period_slug(found.period)}.{fmt}"


def rates_criteria(release: Release) -> bool:
    """A published shadow assessment rates a scorecard criterion: the report needs the
    scorecard beside it (worked out only then)."""
    return any(f.criterion for s in release.shadow for f in s.findings)


@dataclass(frozen=True)
class Report:
    period: ReportingPeriod
    file: Download


def cached_report(pub: Published, period: str | None, fmt: str, today: date) -> Report:
    """The report on the period a reader named (see ``find_period``), built once per stamp.

    ValueError when the format or the period is unknown (then nothing is built or kept).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}: expected html or pdf")

    def build() -> Report:
        release = services.release_of(pub, today)
        chosen = find_period(release, period)
        found = annual_report(
            release,
            chosen,
            monitoring.thresholds(),
            language=get_language() or "en",
            # A sub-plan's change gives this plan a new stamp (releases.rebuild): never stale.
            sub_plans=subplans.rolled(pub.key, today, chosen),
            # The scorecard's criteria, where a shadow assessment rated them.
            assessment=services.assessment_of(pub, release.as_of)
            if rates_criteria(release)
            else None,
        )
        if fmt == "pdf":
            return Report(chosen, Download(render_pdf(found), filename(found, fmt), PDF))
        return Report(
            chosen, Download(render_html(found).encode(), filename(found, fmt), HTML_TYPE)
        )

    return cache.cached(pub, f"report:{period or ''}:{fmt}", build)
