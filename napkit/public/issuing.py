"""Issuing an annual report: a coordinator freezes the report on a period, so what
parliament was given stays what the public reads.

An edition keeps the published version number, the release it was built from (the plan
and the approved data), and its documents rendered once, in every language of the site,
as HTML and PDF. Later publications and approvals change the draft, never an edition; a
correction is the next edition, with the reason it was issued. Editions are never edited
or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import uuid4

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from napkit.accounts import permissions
from napkit.core.monitoring.periods import ReportingPeriod
from napkit.core.publishing.annual_report import annual_report
from napkit.core.publishing.release import Release as CoreRelease
from napkit.core.publishing.release import find_period, period_slug, report_periods
from napkit.monitoring import queries as monitoring
from napkit.plans.models import Plan
from napkit.public import cache, releases, services, subplans
from napkit.public.models import IssuedFile, IssuedReport, Release
from napkit.public.report import (
    FORMATS,
    HTML_TYPE,
    PDF,
    Edition,
    filename,
    rates_criteria,
    render_html,
    render_pdf,
)
from napkit.public.services import Download, NotPublished, Published


class Refused(Exception):
    """Issuing was refused; the message says why, in the reader's words."""


@dataclass(frozen=True)
class PeriodEditions:
    """A reporting period with its editions, the latest first (none: a draft, not issued)."""

    period: ReportingPeriod
    slug: str
    editions: list[IssuedReport]

    @property
    def issued(self) -> bool:
        return bool(self.editions)


def may_issue(user: object, record: Plan) -> bool:
    """Those who may publish the plan issue its reports (its coordinators and
    administrators); the command line (``user`` None) is the server's operator."""
    if user is None:
        return True
    return permissions.access_for(user, record).allows(permissions.Need.PUBLISH)


def issue(user: object, record: Plan, period: str | None, reason: str = "") -> IssuedReport:
    """Issue the report on ``period`` (see ``find_period``) from what is published and
    approved now: the next edition, with ``reason`` required from the second on.

    Refused when the user may not publish the plan, nothing is published, the period is
    unknown or has not ended, or a later edition has no reason."""
    if not may_issue(user, record):
        raise Refused(_("Only the plan's coordinators and administrators issue its reports."))
    today = timezone.localdate()
    release = releases.current(record, today)
    if release is None:
        raise Refused(_("Publish the plan before issuing a report on it."))
    try:
        chosen = find_period(release, period)
    except ValueError as error:
        raise Refused(str(error)) from None
    if chosen.end >= today:
        raise Refused(
            _("{period} has not ended yet: issue its report once the period is over.").format(
                period=chosen.label
            )
        )
    reason = reason.strip()
    slug = period_slug(chosen)
    number = _next_edition(record, slug)
    if number > 1 and not reason:
        raise Refused(
            _(
                "The report on {period} was already issued (edition {n}): say why a new "
                "edition is issued, e.g. what it corrects."
            ).format(period=chosen.label, n=number - 1)
        )
    issued_at = timezone.now()
    edition = Edition(number, issued_at, reason, release.version)
    # Rendered before the transaction: a PDF takes seconds, and no lock is held meanwhile.
    rendered = _render(record, release, chosen, edition, today)
    with transaction.atomic():
        # Lock the plan's row, then check no one issued the same edition meanwhile.
        Plan.objects.select_for_update().filter(pk=record.pk).first()
        if _next_edition(record, slug) != number:
            raise Refused(_("Another edition was issued meanwhile: reload and try again."))
        stored = Release.objects.filter(plan=record).values_list("data", flat=True).first()
        row = IssuedReport.objects.create(
            plan=record,
            period=slug,
            period_label=chosen.label,
            period_start=chosen.start,
            period_end=chosen.end,
            edition=number,
            version=release.version,
            data=stored,
            reason=reason,
            issued_by=user if getattr(user, "is_authenticated", False) else None,
            issued_by_name=getattr(user, "username", "") or "",
            issued_at=issued_at,
        )
        IssuedFile.objects.bulk_create(
            IssuedFile(issued=row, language=language, fmt=fmt, filename=name, content=content)
            for (language, fmt), (name, content) in rendered.items()
        )
        # The downloads page and the overview list editions: a new stamp rebuilds them.
        Release.objects.filter(plan=record).update(stamp=uuid4())
    return row


def _next_edition(record: Plan, slug: str) -> int:
    last = (
        IssuedReport.objects.filter(plan=record, period=slug)
        .order_by("-edition")
        .values_list("edition", flat=True)
        .first()
    )
    return 1 if last is None else last + 1


def _render(
    record: Plan,
    release: CoreRelease,
    chosen: ReportingPeriod,
    edition: Edition,
    today: date,
) -> dict[tuple[str, str], tuple[str, bytes]]:
    """The edition's documents by (language, format): its file name and bytes."""
    thresholds = monitoring.thresholds()
    rolled = subplans.rolled(record.key, today, chosen)
    pub = services.published(record.key)  # for the scorecard beside a shadow assessment
    out: dict[tuple[str, str], tuple[str, bytes]] = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            scorecard = (
                services.assessment_of(pub, release.as_of) if rates_criteria(release) else None
            )
            found = annual_report(
                release,
                chosen,
                thresholds,
                language=language,
                sub_plans=rolled,
                assessment=scorecard,
            )
            contents = {
                "html": render_html(found, edition).encode(),
                "pdf": render_pdf(found, edition),
            }
        for fmt in FORMATS:
            out[(language, fmt)] = (
                _issued_name(filename(found, fmt), edition.number),
                contents[fmt],
            )
    return out


def _issued_name(name: str, edition: int) -> str:
    stem, _dot, ext = name.rpartition(".")
    return f"{stem}-edition-{edition}.{ext}"


def editions(record: Plan) -> list[IssuedReport]:
    """Every edition of the plan's reports (without their data), latest period first and,
    within a period, the latest edition first."""
    rows = IssuedReport.objects.filter(plan=record).defer("data")
    return sorted(rows, key=lambda r: (r.period_end, r.edition), reverse=True)


def by_period(record: Plan, periods: list[ReportingPeriod]) -> list[PeriodEditions]:
    """The periods a report can be read on (those with data, and any issued on before),
    latest first, each with its editions."""
    issued = editions(record)
    slugs = {period_slug(p): p for p in periods}
    for row in issued:
        slugs.setdefault(
            row.period, ReportingPeriod(row.period_label, row.period_start, row.period_end)
        )
    ordered = sorted(slugs.items(), key=lambda pair: pair[1].start, reverse=True)
    return [
        PeriodEditions(period, slug, [r for r in issued if r.period == slug])
        for slug, period in ordered
    ]


def report_list(record: Plan, today: date) -> list[PeriodEditions]:
    """``by_period`` for the plan's current release (NotPublished while unpublished)."""
    release = releases.current(record, today)
    if release is None:
        raise NotPublished(record.key)
    return by_period(record, report_periods(release))


def _index(pub: Published) -> dict[tuple[str, int], dict[tuple[str, str], int]]:
    """Which documents the plan's editions have: (period, edition) → (language, format) →
    the file's id. Kept per stamp (issuing gives a new one), so a report that was never
    issued costs no query to find out."""

    def build() -> dict[tuple[str, int], dict[tuple[str, str], int]]:
        found: dict[tuple[str, int], dict[tuple[str, str], int]] = {}
        rows = IssuedFile.objects.filter(issued__plan=pub.record).values_list(
            "pk", "issued__period", "issued__edition", "language", "fmt"
        )
        for pk, period, edition, language, fmt in rows:
            found.setdefault((period, edition), {})[(language, fmt)] = pk
        return found

    return cache.cached(pub, "issued-index", build)


def issued_file(
    pub: Published, period: str, fmt: str, language: str, edition: int | None = None
) -> Download | None:
    """An issued edition's document (the latest edition unless ``edition`` is given), in
    ``language`` where it was issued in it, else in the first language it was; None when
    that period's report was never issued (or has no such edition). ``period`` is a slug
    or anything ``find_period`` reads."""
    index = _index(pub)
    if not index:
        return None
    numbers = sorted(n for p, n in index if p == period)
    if not numbers:
        try:
            release = services.release_of(pub, timezone.localdate())
            slug = period_slug(find_period(release, period))
        except ValueError:
            return None
        numbers = sorted(n for p, n in index if p == slug)
        period = slug
    if not numbers or (edition is not None and edition not in numbers):
        return None
    files = index[(period, numbers[-1] if edition is None else edition)]
    pk = files.get((language, fmt)) or next(
        (pk for (_lang, f), pk in sorted(files.items()) if f == fmt), None
    )
    if pk is None:
        return None
    row = IssuedFile.objects.only("content", "filename").get(pk=pk)
    return Download(bytes(row.content), row.filename, PDF if fmt == "pdf" else HTML_TYPE)
