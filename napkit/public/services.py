"""What the public site and the CLI share: a published plan's release, its standing, its
scorecard, its exports and its annual report — each built once per stamp and cached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from napkit.core.exports import EXPORTS
from napkit.core.monitoring.standing import Standing, standing
from napkit.core.plan import planfile
from napkit.core.publishing.release import Release
from napkit.core.scorecard import Assessment
from napkit.monitoring import queries as monitoring
from napkit.plans.models import Plan, PlanVersion
from napkit.public import cache, queries

PLAN_FILE = "yaml"  # the published plan file, beside the open-data exports


class NotPublished(Exception):
    """No such plan, or none of its versions is published (the public sees neither)."""


@dataclass(frozen=True)
class Published:
    record: Plan
    version: PlanVersion

    @property
    def key(self) -> str:
        return self.record.key


@dataclass(frozen=True)
class Download:
    content: bytes
    filename: str
    media_type: str


def published(key: str) -> Published:
    found = queries.published_record(key)
    if found is None:
        raise NotPublished(key)
    return Published(*found)


def release_of(pub: Published, today: date) -> Release:
    return queries.release(pub.record, pub.version, today)


def standing_of(release: Release) -> Standing:
    return standing(release, monitoring.thresholds())


def assessment_of(pub: Published, today: date) -> Assessment:
    """The scorecard of the published version, with what the monitoring cycle has shown."""
    from napkit.core.scorecard import assess

    plan = queries.published_document(pub.version)
    return assess(plan, today, monitoring.facts(pub.record, plan, today))


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

    return cache.cached(pub.record, f"export:{name}", build)
