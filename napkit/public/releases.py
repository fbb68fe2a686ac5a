"""Releases, built once per change and read by every process.

A release is rebuilt inside the transaction that changes what the public may see (a
version published, data approved or reopened, a shadow assessment saved or published: the
``public_changed`` signal), and stored. Readers fetch its stamp (one small query), and
parse the stored release once per stamp and day in each process; where a plan was
published before releases were stored, its first reader builds it.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from django.dispatch import receiver
from django.utils import timezone

from napkit.core.monitoring.progress import Status
from napkit.core.publishing import release as core
from napkit.core.publishing.release import Release as CoreRelease
from napkit.core.publishing.release import ShadowAssessment, ShadowFinding
from napkit.core.scorecard.model import Level
from napkit.memo import Store
from napkit.monitoring import approved
from napkit.monitoring.models import ShadowAssessment as ShadowRecord
from napkit.monitoring.models import ShadowFinding as ShadowFindingRecord
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan
from napkit.plans.signals import public_changed
from napkit.public.models import Release

# Parsed releases, standings and scorecards, keyed by the release's stamp.
memo = Store(64)


def _shadow(record: Plan) -> tuple[ShadowAssessment, ...]:
    rows = ShadowRecord.objects.filter(plan=record, published_at__isnull=False).prefetch_related(
        "findings"
    )
    return tuple(
        ShadowAssessment(
            title=s.title,
            authors=tuple(a.strip() for a in s.authors.split(";") if a.strip()),
            start=s.period_start,
            end=s.period_end,
            published=s.published_at.date(),  # type: ignore[union-attr]
            summary=s.summary,
            url=s.url or None,
            findings=tuple(_finding(f) for f in s.findings.all()),
            id=s.pk,
        )
        for s in rows
    )


def _finding(f: ShadowFindingRecord) -> ShadowFinding:
    """A stored finding as the release carries it: a criterion's rating is a scorecard level,
    any other a progress status."""
    if f.criterion:
        level = Level(f.rating) if f.rating in Level._value2member_map_ else None
        return ShadowFinding(f.text, None, None, f.criterion, level)
    rating = Status(f.rating) if f.rating in Status._value2member_map_ else None
    return ShadowFinding(f.text, f.item or None, rating)


def rebuild(record: Plan) -> Release | None:
    """Build and store the plan's release (None, and nothing stored, while unpublished)."""
    version = plan_queries.latest_version(record)
    if record.parent_key:
        _parent_changed(record.parent_key)
    if version is None:
        Release.objects.filter(plan=record).delete()
        return None
    built = core.build(
        plan_queries.version_plan(version),
        version.number,
        version.published_at.date(),
        approved.current(record),
        _shadow(record),
        timezone.localdate(),
    )
    row, _created = Release.objects.update_or_create(
        plan=record,
        defaults={
            "stamp": uuid4(),
            "version": version.number,
            "built_at": timezone.now(),
            "data": core.to_data(built),
        },
    )
    return row


def _parent_changed(parent_key: str) -> None:
    """A parent plan shows its sub-plans (napkit.public.subplans): a new stamp for its
    release makes every page and report kept for the old one give way, as when it changes."""
    Release.objects.filter(plan__key=parent_key).update(stamp=uuid4())


@receiver(public_changed)
def _changed(sender: object, record: Plan, **kwargs: object) -> None:
    rebuild(record)


def stamp(record: Plan) -> UUID | None:
    """The stamp of the plan's release (built now if it was published before releases
    were kept); None while nothing is published."""
    found = Release.objects.filter(plan=record).values_list("stamp", flat=True).first()
    if found is None:
        row = rebuild(record)
        return None if row is None else row.stamp
    return found


def current(record: Plan, today: date) -> CoreRelease | None:
    """The plan's release as of ``today``, parsed once per stamp and day in this process."""
    key = stamp(record)
    if key is None:
        return None

    def parse() -> CoreRelease | None:
        data = Release.objects.filter(plan=record, stamp=key).values_list("data", flat=True)
        row = data.first()
        return None if row is None else core.from_data(row, today)

    found = memo.kept(("release", key, today), parse)
    if found is None:  # rebuilt since its stamp was read: read the new one
        return current(record, today)
    return found
