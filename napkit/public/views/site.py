"""The public site: no sign-in, published versions and approved data only.

Each page's content is rendered once per stamp (see ``napkit.public.cache``) and laid into
the site's frame per request, so the header (language, sign-in) stays personal while the
content is shared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from napkit.core.exports import EXPORTS
from napkit.core.plan import walk
from napkit.core.publishing import shadow_compare
from napkit.core.publishing.release import Release, report_periods
from napkit.core.publishing.standing import Standing
from napkit.core.scorecard.model import LEVELS
from napkit.public import cache, detail, issuing, pages, queries, report, services, subplans
from napkit.public import participation as people
from napkit.public.services import Published

DOWNLOADS = (*EXPORTS, services.PLAN_FILE)


@dataclass(frozen=True)
class Rendered:
    title: str
    body: str


def _published(key: str) -> Published:
    try:
        return services.published(key)
    except services.NotPublished:
        raise Http404("No such plan") from None


def _page(
    request: HttpRequest,
    pub: Published,
    name: str,
    build: Callable[[], tuple[str, str, dict[str, Any]]],
) -> HttpResponse:
    """``build`` gives the title, the template and its context; its rendering is cached."""

    def rendered() -> Rendered:
        title, template, context = build()
        return Rendered(title, render_to_string(template, {**context, "key": pub.key}))

    page = cache.cached(pub, f"page:{name}", rendered)
    return render(request, "public/frame.html", {"page": page, "key": pub.key})


def _context(pub: Published) -> tuple[Release, Standing]:
    release = services.release_of(pub, timezone.localdate())
    return release, services.standing_of(pub, release)


def plan_list(request: HttpRequest) -> HttpResponse:
    cards = pages.plan_cards(queries.published_plans())
    return render(request, "public/plan_list.html", {"cards": cards})


def overview(request: HttpRequest, key: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release, standing = _context(pub)
        assessment = services.assessment_of(pub, release.as_of)
        page = pages.overview(
            release,
            standing,
            assessment.score,
            assessment.level.label,
            assessment.budget_status,
        )
        # Every period's editions (issued ones cannot change; a draft says it is one).
        slugs = issuing.by_period(pub.record, list(page.reports))
        # A sub-plan's release changing gives this plan's a new stamp (releases.rebuild), so
        # what is kept of this page never shows an old state of its sub-plans.
        table = pages.sub_plan_table(subplans.rolled(key, release.as_of))
        parent = subplans.parent_of(pub.record.parent_key)
        context = {"page": page, "reports": slugs, "subplans": table, "parent": parent}
        return page.head.short_title, "public/overview.html", context

    return _page(request, pub, "overview", build)


def pillar(request: HttpRequest, key: str, pillar: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release, standing = _context(pub)
        found = next((p for p in release.plan.framework.pillars if p.id == pillar), None)
        if found is None:
            raise Http404("No such pillar")
        page = pages.pillar_page(release, standing, found)
        return found.name, "public/pillar.html", {"page": page}

    return _page(request, pub, f"pillar:{pillar}", build)


def result(request: HttpRequest, key: str, item: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release, standing = _context(pub)
        ref = next((r for r in walk.results(release.plan) if r.item.id == item), None)
        if ref is None or ref.tier.value == "activity":
            raise Http404("No such result")
        page = pages.result_page(release, standing, ref)
        contacts = people.contacts_under(release.plan, ref)
        context = {"page": page, "contacts": contacts}
        return f"{page.id} {page.title}", "public/result.html", context

    return _page(request, pub, f"result:{item}", build)


def indicators(request: HttpRequest, key: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release, standing = _context(pub)
        page = detail.indicator_index(release, standing)
        return _("Indicators"), "public/indicators.html", {"page": page}

    return _page(request, pub, "indicators", build)


def indicator(request: HttpRequest, key: str, item: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release, standing = _context(pub)
        ref = next((i for i in walk.indicators(release.plan) if i.indicator.id == item), None)
        if ref is None:
            raise Http404("No such indicator")
        page = detail.indicator_page(release, standing, ref, services.monitoring.thresholds())
        return f"{item} {ref.indicator.name}", "public/indicator.html", {"page": page}

    return _page(request, pub, f"indicator:{item}", build)


def organisation(request: HttpRequest, key: str, org: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release, standing = _context(pub)
        found = next((o for o in release.plan.organisations if o.id == org), None)
        if found is None:
            raise Http404("No such organisation")
        page = detail.organisation_page(release, standing, found)
        contacts = people.contacts_of(release.plan, found.id)
        context = {"page": page, "contacts": contacts}
        return found.name, "public/organisation.html", context

    return _page(request, pub, f"organisation:{org}", build)


def scorecard(request: HttpRequest, key: str) -> HttpResponse:
    pub = _published(key)
    if request.GET.get("format") == "json":
        release = services.release_of(pub, timezone.localdate())
        found = services.assessment_of(pub, release.as_of)
        return HttpResponse(found.to_json(), content_type="application/json")

    def build() -> tuple[str, str, dict[str, Any]]:
        release = services.release_of(pub, timezone.localdate())
        assessment = services.assessment_of(pub, release.as_of)
        return (
            _("Scorecard"),
            "public/scorecard.html",
            {
                "head": pages.masthead(release),
                "assessment": assessment,
                "levels": LEVELS,
                "plan_url": f"/plans/{pub.key}/",
                "link_items": True,
            },
        )

    return _page(request, pub, "scorecard", build)


def downloads(request: HttpRequest, key: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release = services.release_of(pub, timezone.localdate())
        periods = issuing.by_period(pub.record, report_periods(release))
        exports = [(e.name, e.title, e.filename(release)) for e in EXPORTS.values()]
        return (
            _("Reports and open data"),
            "public/downloads.html",
            {"head": pages.masthead(release), "periods": periods, "exports": exports},
        )

    return _page(request, pub, "downloads", build)


def download(request: HttpRequest, key: str, name: str) -> HttpResponse:
    pub = _published(key)
    if name not in DOWNLOADS:
        raise Http404("No such download")
    found = services.export_file(pub, name, timezone.localdate())
    response = HttpResponse(found.content, content_type=found.media_type)
    response["Content-Disposition"] = f'attachment; filename="{found.filename}"'
    return response


def annual_report(request: HttpRequest, key: str, period: str, fmt: str) -> HttpResponse:
    """The latest issued edition of the report on ``period``, unchanged since it was issued;
    the draft, built from what is published and approved now, while none was issued."""
    pub = _published(key)
    if fmt not in report.FORMATS:
        raise Http404("No such format")
    found = issuing.issued_file(pub, period, fmt, get_language() or "en")
    if found is None:
        try:
            found = report.cached_report(pub, period, fmt, timezone.localdate()).file
        except ValueError:
            raise Http404("No such reporting period") from None
    return _document(found, fmt)


def report_edition(
    request: HttpRequest, key: str, period: str, edition: int, fmt: str
) -> HttpResponse:
    """One issued edition (an earlier one stays readable after a correction)."""
    pub = _published(key)
    if fmt not in report.FORMATS:
        raise Http404("No such format")
    found = issuing.issued_file(pub, period, fmt, get_language() or "en", edition)
    if found is None:
        raise Http404("No such edition")
    return _document(found, fmt)


def _document(found: services.Download, fmt: str) -> HttpResponse:
    response = HttpResponse(found.content, content_type=found.media_type)
    if fmt == "pdf":
        response["Content-Disposition"] = f'inline; filename="{found.filename}"'
    else:
        # A standalone document with its own styles and no script at all.
        response["Content-Security-Policy"] = report.REPORT_CSP
    return response


# --- consultations, decisions (issue 14): how the plan is run with others ----------------


def participation(request: HttpRequest, key: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release = services.release_of(pub, timezone.localdate())
        page = people.participation_page(release)
        return _("Consultations and decisions"), "public/participation.html", {"page": page}

    return _page(request, pub, "participation", build)


def consultation(request: HttpRequest, key: str, item: str) -> HttpResponse:
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release = services.release_of(pub, timezone.localdate())
        found = next((c for c in people.public_consultations(release.plan) if c.id == item), None)
        if found is None:
            raise Http404("No such consultation")
        page = people.consultation_page(release, found)
        return found.title, "public/consultation.html", {"page": page}

    return _page(request, pub, f"consultation:{item}", build)


# --- civil society's shadow assessment beside the government's (issue 14) ---------------


def shadow_assessment(request: HttpRequest, key: str, number: int) -> HttpResponse:
    """One published shadow assessment, row by row beside the government's own account."""
    pub = _published(key)

    def build() -> tuple[str, str, dict[str, Any]]:
        release = services.release_of(pub, timezone.localdate())
        found = shadow_compare.find(release.shadow, number)
        if found is None:
            raise Http404("No such shadow assessment")
        place, shadow = found
        assessment = services.assessment_of(pub, release.as_of)
        thresholds = services.monitoring.thresholds()
        page = shadow_compare.at_period_end(release, shadow, assessment, thresholds, place)
        context = {"head": pages.masthead(release), "page": page}
        return shadow.title, "public/shadow.html", context

    return _page(request, pub, f"shadow:{number}", build)
