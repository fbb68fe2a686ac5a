"""What the public site and the CLI share: a published plan's release, its standing, its
scorecard, its exports and its annual report — each built once per stamp and cached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from uuid import UUID

from django.utils.translation import get_language

from napkit.core.exports import EXPORTS
from napkit.core.plan import planfile
from napkit.core.publishing.release import Release
from napkit.core.publishing.standing import Standing, standing
from napkit.core.scorecard import Assessment
from napkit.monitoring import queries as monitoring
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan, PlanVersion
from napkit.public import cache, releases

PLAN_FILE = "yaml"  # the published plan file, beside the open-data exports


class NotPublished(Exception):
    """No such plan, or none of its versions is published (the public sees neither)."""


@dataclass(frozen=True)
class Published:
    record: Plan
    version: PlanVersion
    stamp: UUID  # of the stored release: what every cached thing of this plan is keyed on

    @property
    def key(self) -> str:
        return self.record.key


@dataclass(frozen=True)
class Download:
    content: bytes
    filename: str
    media_type: str


def published(key: str) -> Published:
    record = Plan.objects.light().filter(key=key).first()
    stamp = None if record is None else releases.stamp(record)
    version = None if record is None or stamp is None else plan_queries.latest_version(record)
    if record is None or stamp is None or version is None:
        raise NotPublished(key)
    return Published(record, version, stamp)


def release_of(pub: Published, today: date) -> Release:
    found = releases.current(pub.record, today)
    if found is None:
        raise NotPublished(pub.key)
    return found


def standing_of(pub: Published, release: Release) -> Standing:
    """Where the release stands on its day, worked out once per release and day."""
    thresholds = monitoring.thresholds()
    return releases.memo.kept(
        ("standing", pub.stamp, release.as_of, thresholds),
        lambda: standing(release, thresholds),
    )


def assessment_of(pub: Published, today: date) -> Assessment:
    """The scorecard of the published version (the whole of it: a scorecard judges what is
    kept private too, and shows none of it), with what the monitoring cycle has shown."""
    plan = plan_queries.version_plan(pub.version)
    return releases.memo.kept(
        ("assessment", pub.stamp, today, get_language()),
        lambda: monitoring.assessment(plan, today, pub.record),
    )


def export_file(pub: Published, name: str, today: date) -> Download:
    """One of the open-data exports (or the published plan file) of the release."""

    def build() -> Download:
        release = release_of(pub, today)
        if name == PLAN_FILE:
            text = planfile.dumps(release.plan, planfile.Format.YAML)
            return Download(
                text.encode(), f"{release.plan.id}-v{release.version}.yaml", "application/yaml"
            )
        export = EXPORTS[name]
        generated = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
        return Download(
            export.write(release, generated), export.filename(release), export.media_type
        )

    return cache.cached(pub, f"export:{name}", build)
