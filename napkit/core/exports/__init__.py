"""Open-data exports of a public release: tidy CSV, JSON, IATI 2.03 activity XML and the
indicator performance tracking table (IPTT) as an Excel workbook.

Every export takes a :class:`napkit.core.publishing.release.Release` (the published version with
approved data only) and returns the file's bytes; the site and the CLI serve the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from napkit.core.publishing.release import Release


@dataclass(frozen=True)
class Export:
    name: str  # the --format value
    title: str
    media_type: str
    extension: str
    write: Callable[[Release, datetime], bytes]

    def filename(self, release: Release) -> str:
        return f"{release.plan.id}-v{release.version}{self.extension}"


def _csv(release: Release, generated: datetime) -> bytes:
    from napkit.core.exports.tidy import tidy_csv

    return tidy_csv(release)


def _json(release: Release, generated: datetime) -> bytes:
    from napkit.core.exports.opendata import open_data_json

    return open_data_json(release, generated)


def _iati(release: Release, generated: datetime) -> bytes:
    from napkit.core.exports.iati import iati_activity_xml

    return iati_activity_xml(release, generated)


def _iptt(release: Release, generated: datetime) -> bytes:
    from napkit.core.exports.iptt import iptt_workbook

    return iptt_workbook(release, generated)


EXPORTS: dict[str, Export] = {
    e.name: e
    for e in (
        Export("csv", "Indicator data (tidy CSV)", "text/csv; charset=utf-8", "-data.csv", _csv),
        Export("json", "Plan and data (JSON)", "application/json", "-open-data.json", _json),
        Export("iati", "IATI 2.03 activity (XML)", "application/xml", "-iati.xml", _iati),
        Export(
            "iptt",
            "Indicator performance tracking table (Excel)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "-iptt.xlsx",
            _iptt,
        ),
    )
}


def export(name: str, release: Release, generated: datetime | None = None) -> bytes:
    return EXPORTS[name].write(release, generated or datetime.now(UTC))
