"""Plan files uploaded in the browser: read within the size limit, parsed with the same
located problems as `napkit validate`, and summed up for the preview."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from napkit.core.plan import planfile, walk
from napkit.core.plan.model import Activity, Plan
from napkit.core.plan.problems import PlanInvalid, Problem

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def read_limited(upload: UploadedFile) -> bytes:
    """The upload's bytes, or a problem when it is larger than plans may be."""
    limit = settings.CONFIG.max_plan_file_bytes
    if upload.size is not None and upload.size > limit:
        raise PlanInvalid(
            [
                Problem(
                    _("the file is %(size)s MB; plan files may be up to %(limit)s MB")
                    % {"size": round(upload.size / 1e6, 1), "limit": round(limit / 1e6)},
                    file=upload.name,
                )
            ]
        )
    return upload.read()


def parse(name: str, content: bytes) -> Plan:
    """The plan in an uploaded file (a plan file in YAML or JSON, or a logframe workbook)."""
    if name.lower().endswith(WORKBOOK_SUFFIXES):
        from napkit.core.plan import workbook

        return workbook.read(content, name)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanInvalid(
            [
                Problem(
                    _("the file is not UTF-8 text; save it as UTF-8 and upload it again"), file=name
                )
            ]
        ) from None
    return planfile.loads(text, name)


@dataclass(frozen=True)
class Summary:
    organisations: int
    objectives: int
    results: int
    activities: int
    indicators: int
    budget_lines: int


def summary(plan: Plan) -> Summary:
    found = list(walk.results(plan))
    return Summary(
        organisations=len(plan.organisations),
        objectives=len(plan.objectives),
        results=sum(not isinstance(r.item, Activity) for r in found),
        activities=sum(isinstance(r.item, Activity) for r in found),
        indicators=sum(1 for _ in walk.indicators(plan)),
        budget_lines=sum(1 for _ in walk.budget_lines(plan)),
    )
