"""Versions, differences between them, and the audit trail."""

from __future__ import annotations

import csv
import json

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.core.exports.cells import SafeWriter
from napkit.core.plan import diff as core_diff
from napkit.core.plan import model as core
from napkit.plans import editing, pages, queries
from napkit.plans.models import AuditEntry, Plan, PlanVersion

WORKING = "working"


def _version(record: Plan, number: str) -> PlanVersion:
    found = (
        PlanVersion.objects.filter(plan=record, number=int(number)).first()
        # isascii: "²".isdigit() is true but int("²") fails; a version number has few digits
        if number.isascii() and number.isdigit() and len(number) <= 9
        else None
    )
    if found is None:
        raise Http404("No such version")
    return found


def _state(record: Plan, which: str, access: permissions.Access) -> tuple[core.Plan, str]:
    """A version by number, or the working copy (members only)."""
    if which == WORKING:
        if not access.allows(Need.WORKING_COPY):
            raise Http404("No such version")
        return queries.working_copy_for(record, access), _("working copy")
    version = _version(record, which)
    document = queries.for_reader(editing.version_document(version), access)
    return document, _("version %(n)s") % {"n": version.number}


def version_list(request: HttpRequest, key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.READ)
    versions = list(PlanVersion.objects.filter(plan=record).select_related("published_by"))
    return render(
        request,
        "plans/versions.html",
        {
            "record": record,
            "versions": versions,
            "access": access,
            "can_publish": access.allows(Need.PUBLISH),
            "can_see_working": access.allows(Need.WORKING_COPY),
        },
    )


def version_detail(request: HttpRequest, key: str, number: int) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.READ)
    version = _version(record, str(number))
    page = pages.plan_page(
        queries.for_reader(editing.version_document(version), access),
        timezone.localdate(),
        source=queries.Source(False, version.number, version.published_at),
    )
    return render(request, "plans/plan_detail.html", {"page": page, "record": record})


# What happened to an item between two versions, in the reader's words.
CHANGE_WORDS = {
    "added": pgettext_lazy("an item in a diff", "added"),
    "removed": pgettext_lazy("an item in a diff", "removed"),
    "changed": pgettext_lazy("an item in a diff", "changed"),
}
# What an entry of the audit trail records.
ACTION_WORDS = {
    "create": pgettext_lazy("an audit entry", "created"),
    "update": pgettext_lazy("an audit entry", "changed"),
    "delete": pgettext_lazy("an audit entry", "deleted"),
    "move": pgettext_lazy("an audit entry", "moved"),
    "import": pgettext_lazy("an audit entry", "imported"),
    "publish": pgettext_lazy("an audit entry", "published"),
}


def version_diff(request: HttpRequest, key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.READ)
    numbers = list(PlanVersion.objects.filter(plan=record).values_list("number", flat=True))
    default_to = WORKING if access.allows(Need.WORKING_COPY) else str(max(numbers or [0]))
    old = request.GET.get("from") or (
        str(numbers[1]) if len(numbers) > 1 else str(numbers[0]) if numbers else WORKING
    )
    new = request.GET.get("to") or default_to
    before, before_label = _state(record, old, access)
    after, after_label = _state(record, new, access)
    found = core_diff.in_words(core_diff.diff(before, after), before, after)
    counts = {c: found.count(c) for c in ("added", "removed", "changed")}
    return render(
        request,
        "plans/diff.html",
        {
            "record": record,
            "diff": found,
            "counts": counts,
            "from": old,
            "to": new,
            "from_label": before_label,
            "to_label": after_label,
            "numbers": numbers,
            "can_see_working": access.allows(Need.WORKING_COPY),
            "change_words": CHANGE_WORDS,
            "kind_words": pages.KIND_LABELS,
        },
    )


def history(request: HttpRequest, key: str, item: str | None = None) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
    entries = AuditEntry.objects.filter(plan=record).select_related("user")
    if item is not None:
        entries = entries.filter(key=item)
    if access.focal_point and access.organisation:
        own = permissions.organisation_keys(queries.working_copy(record), access.organisation)
        entries = entries.filter(key__in=own)
    if request.GET.get("format") == "csv":
        return _csv(record, list(entries), item)
    names = {o.id: o.name for o in queries.working_copy(record).organisations}
    rows = [
        (
            e,
            [
                core_diff.FieldChange(
                    c.field,
                    core_diff.value_words(c.field, c.before, names),
                    core_diff.value_words(c.field, c.after, names),
                )
                for c in e.fields
            ],
        )
        for e in entries[:500]
    ]
    return render(
        request,
        "plans/history.html",
        {
            "record": record,
            "rows": rows,
            "item": item,
            "kind_words": pages.KIND_LABELS,
            "action_words": ACTION_WORDS,
        },
    )


def _csv(record: Plan, entries: list[AuditEntry], item: str | None) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = f"{record.key}-{item}-history.csv" if item else f"{record.key}-history.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    writer = SafeWriter(csv.writer(response))
    writer.writerow(
        [
            "at",
            "user",
            "action",
            "kind",
            "id",
            "label",
            "version",
            "reason",
            "field",
            "before",
            "after",
        ]
    )
    for e in entries:
        base = [e.at.isoformat(), e.username, e.action, e.kind, e.key, e.label, e.version, e.reason]
        changes = e.fields or [None]
        for change in changes:
            if change is None:
                writer.writerow([*base, "", "", ""])
            else:
                writer.writerow(
                    [*base, change.field, json.dumps(change.before), json.dumps(change.after)]
                )
    return response
