"""Named reads of stored plans: rows without their documents, and documents parsed once per
version and shared (``napkit.plans.documents``)."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

from napkit.accounts import permissions
from napkit.accounts.permissions import Access, Need
from napkit.core.plan import walk
from napkit.core.plan.index import index, organisation_part
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.publishing.release import disclosed
from napkit.memo import Store
from napkit.plans import documents
from napkit.plans.models import Plan, PlanVersion

# Focal points' parts of working copies, by (revision, organisation).
_parts = Store(64)


def plan_list() -> list[Plan]:
    return list(Plan.objects.light().listed())


def plan_record(key: str) -> Plan | None:
    """The plan's row without its document (``working_copy`` reads that, once per version)."""
    return Plan.objects.light().filter(key=key).first()


def working_copy(record: Plan) -> CorePlan:
    """The plan's working copy at the row's version, parsed once per process.

    When the row was read without its document and the plan changed in between, the row is
    brought up to the version of the document read, so what a page shows and the item
    versions it sends back to the editor agree.
    """
    key = ("working", record.revision)
    if "document" not in record.get_deferred_fields():
        document = record.document
        return documents.parsed(key, lambda: document)
    found = documents.get(key)
    if found is not None:
        return found
    document, version, revision, counters = (
        Plan.objects.filter(pk=record.pk)
        .values_list("document", "version", "revision", "item_counters")
        .get()
    )
    record.version, record.revision, record.item_counters = version, revision, counters
    return documents.parsed(("working", revision), lambda: document)


def plan_document(key: str) -> CorePlan | None:
    """The stored plan as a core document, or None when there is no such plan."""
    record = plan_record(key)
    return None if record is None else working_copy(record)


def plan_documents(keys: list[str]) -> list[CorePlan] | None:
    """Several stored plans, in the order asked; None if any key is unknown."""
    records = {r.key: r for r in Plan.objects.light().filter(key__in=keys)}
    if any(k not in records for k in keys):
        return None
    return [working_copy(records[k]) for k in keys]


def latest_version(record: Plan) -> PlanVersion | None:
    """The latest published version's row, without its snapshot."""
    return PlanVersion.objects.filter(plan=record).defer("snapshot").order_by("-number").first()


def version_plan(version: PlanVersion) -> CorePlan:
    """A published version's plan, parsed once per process (versions never change)."""

    def load() -> dict[str, object]:
        if "snapshot" not in version.get_deferred_fields():
            return version.snapshot  # type: ignore[no-any-return]
        return PlanVersion.objects.values_list("snapshot", flat=True).get(pk=version.pk)  # type: ignore[no-any-return]

    return documents.parsed(("version", version.pk, version.published_at.isoformat()), load)


def identified(plan: CorePlan) -> list[walk.IdentifiedItem]:
    return list(index(plan).items.values())


@dataclass(frozen=True)
class Source:
    """Which state of the plan a page shows."""

    working_copy: bool
    version: int | None = None
    published_at: object = None
    partial: bool = False  # a focal point's part of the working copy


def working_copy_for(record: Plan, access: Access) -> CorePlan:
    """The working copy as this member may read it: all of it, or (a focal point) its
    organisation's part (see ``permissions.part_only``), made once per revision."""
    plan = working_copy(record)
    organisation = permissions.part_only(access)
    if organisation is None:
        return plan
    return _parts.kept(
        (record.revision, organisation), lambda: organisation_part(plan, organisation)
    )


def readable(record: Plan, access: Access, *, whole: bool = False) -> tuple[CorePlan, Source]:
    """The working copy for members (a focal point: its organisation's part); the latest
    published version for everyone else, without what the plan keeps private unless
    ``whole`` (for a scorecard, which judges a whole plan and shows none of its private
    details: a focal point's scorecard is the published plan's). Http404 when there is none."""
    partial = permissions.part_only(access) is not None
    if access.allows(Need.WORKING_COPY) and not (whole and partial):
        return working_copy_for(record, access), Source(working_copy=True, partial=partial)
    version = latest_version(record)
    if version is None:
        raise Http404("No such plan")
    document = version_plan(version)
    return document if whole else for_reader(document, access), Source(
        False, version.number, version.published_at
    )


def for_reader(plan: CorePlan, access: Access) -> CorePlan:
    """A published version as this reader may see it: the plan's team sees all of it; anyone
    else sees it without what the plan keeps private (contacts, minutes, an unpublished
    budget's figures)."""
    return plan if access.member else disclosed(plan)


def taken_keys() -> list[str]:
    """Every stored plan's id (a new plan's id must be none of them)."""
    return list(Plan.objects.values_list("key", flat=True))


def parent_choices(user: object) -> list[Plan]:
    """The plans a sub-plan may roll up into: national and regional plans the user reads."""
    return list(
        permissions.readable_plans(user)
        .filter(kind__in=["national", "regional"])
        .only("key", "title")
    )
