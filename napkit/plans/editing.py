"""Writes to a plan's working copy: every edit, publication and import goes through here.

An edit is a pure function over the core plan. It runs inside a transaction that locks
the plan's row, on the plan as it stands now, so two edits of different items never
overwrite each other; two edits of the *same* item are caught by the item's version counter
and the second is refused with what changed meanwhile. The new plan is validated by the
core, stored as one document with the next version, and audited, all in that transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from napkit.accounts import permissions
from napkit.accounts.permissions import Access
from napkit.core.i18n import _
from napkit.core.plan import edit as core_edit
from napkit.core.plan import planfile, walk
from napkit.core.plan.index import index
from napkit.core.plan.model import Indicator
from napkit.core.plan.model import Plan as CorePlan
from napkit.plans import documents, queries
from napkit.plans.models import AuditEntry, Plan, PlanVersion, index_fields
from napkit.plans.signals import public_changed

SECTION = "~"  # section keys ("~metadata") cannot clash with item ids


class Conflict(Exception):
    """Someone else saved the same item since the editor opened it."""

    def __init__(self, key: str, expected: int, current: int, entries: list[AuditEntry]):
        self.key, self.expected, self.current, self.entries = key, expected, current, entries
        names = ", ".join(sorted({e.username or "someone" for e in entries})) or "someone"
        super().__init__(f"{names} changed this since you opened it")


class Forbidden(PermissionDenied):
    """What was asked is not this user's to change; the message says what (a view that does
    not catch it answers 403)."""


@dataclass(frozen=True)
class Saved:
    plan: CorePlan
    key: str
    version: int


def section_key(name: str) -> str:
    return SECTION + name


def version_of(record: Plan, key: str) -> int:
    return int(record.item_counters.get(key, 0))


def versions(record: Plan) -> dict[str, int]:
    return dict(record.item_counters)


def lock(record: Plan) -> Plan:
    """The plan's row, locked for this transaction (without its document: the parsed
    working copy of the locked version is read through the shared cache)."""
    return Plan.objects.select_for_update().defer("document").get(pk=record.pk)


def store(locked: Plan, plan: CorePlan, bumped: str | None = None) -> int:
    """Write ``plan`` as the new working copy of the locked row: the next version, the
    copied columns, and (when given) one more save of item ``bumped``. Returns the item's
    new version. The parsed plan joins the shared cache once the transaction commits."""
    locked.document = planfile.to_data(plan, json_mode=True)
    locked.version += 1
    locked.revision = uuid.uuid4()
    item = 0
    if bumped is not None:
        item = version_of(locked, bumped) + 1
        locked.item_counters = {**locked.item_counters, bumped: item}
    for name, value in index_fields(plan).items():
        setattr(locked, name, value)
    locked.save()
    key = ("working", locked.revision)
    transaction.on_commit(lambda: documents.remember(key, plan))
    return item


def item_data(plan: CorePlan, key: str) -> dict[str, Any] | None:
    """An item (or a section) in the plan file's shape, without the items it holds."""
    if key.startswith(SECTION):
        holder: Any = plan
        for part in core_edit.SECTIONS[key[1:]][0]:
            holder = getattr(holder, part, None) if holder is not None else None
        return (
            None
            if holder is None
            else holder.model_dump(
                mode="json", exclude={"actions"} if key == section_key("baseline_study") else None
            )
        )
    found = index(plan).items.get(key)
    if found is None:
        return None
    return found.item.model_dump(  # type: ignore[attr-defined,no-any-return]
        mode="json", exclude=core_edit.NESTED & set(type(found.item).model_fields)
    )


def kind_label(plan: CorePlan, key: str) -> tuple[str, str]:
    if key.startswith(SECTION):
        return "section", key[1:]
    found = index(plan).items.get(key)
    return ("", "") if found is None else (found.kind, walk.item_label(found.item))


def _user_fields(user: object) -> dict[str, Any]:
    authenticated = getattr(user, "is_authenticated", False)
    return {
        "user": user if authenticated else None,
        "username": getattr(user, "username", "") if authenticated else "",
    }


def apply(
    access: Access,
    user: object,
    record: Plan,
    key: str,
    action: str,
    change: Callable[[CorePlan], CorePlan],
    *,
    expected: int | None = None,
    reason: str = "",
) -> Saved:
    """Run ``change`` on the current plan and store the result, or raise.

    Raises ``Conflict`` when ``expected`` (the item's version the editor started from)
    is behind, ``PlanInvalid`` when the result is not a valid plan and ``Forbidden`` when the
    user may not make this change (checked here, on the plan as it stands, whatever view or
    script asked); in every case nothing is written.
    """
    structure = action != AuditEntry.UPDATE or key.startswith(SECTION)
    if structure and not access.editor:
        raise Forbidden(_("Only the plan's coordinators change its structure and settings."))
    with transaction.atomic():
        locked = lock(record)
        current_version = version_of(locked, key)
        if expected is not None and expected != current_version:
            entries = list(
                AuditEntry.objects.filter(plan=locked, key=key, version__gt=expected).order_by(
                    "at", "pk"
                )
            )
            raise Conflict(key, expected, current_version, entries)
        current = queries.working_copy(locked)
        if not structure and not permissions.can_edit_item(access, current, key):
            raise Forbidden(_("{key} is not one of your organisation's items.").format(key=key))
        new = change(current)
        version = store(locked, new, key)
        kind, label = kind_label(new if action != AuditEntry.DELETE else current, key)
        AuditEntry.objects.create(
            plan=locked,
            action=action,
            kind=kind,
            key=key,
            label=label,
            version=version,
            before=item_data(current, key),
            after=item_data(new, key),
            reason=reason,
            **_user_fields(user),
        )
        return Saved(new, key, version)


def update_item(
    access: Access,
    user: object,
    record: Plan,
    key: str,
    changes: dict[str, Any],
    *,
    expected: int | None,
    reason: str = "",
) -> Saved:
    """Change fields of one item (merged into it); a revised indicator target keeps its
    history. A focal point changes only the fields the permission module gives it."""

    def change(current: CorePlan) -> CorePlan:
        found = core_edit.locate(current, key)
        refused = permissions.refused_fields(access, found.kind, changes)
        if refused:
            raise Forbidden(
                _("a focal point cannot change {fields}").format(fields=", ".join(refused))
            )
        before = found.item
        draft = core_edit.update_item(current, key, changes)
        if not isinstance(before, Indicator):
            return draft
        after = core_edit.locate(draft, key).item
        assert isinstance(after, Indicator)
        revised = core_edit.with_revisions(before, after, reason, timezone.localdate())
        return core_edit.update_item(
            current, key, revised.model_dump(mode="python", exclude=core_edit.NESTED)
        )

    return apply(
        access, user, record, key, AuditEntry.UPDATE, change, expected=expected, reason=reason
    )


def publish(user: object, record: Plan, note: str = "") -> PlanVersion:
    """Freeze the working copy into the next numbered version."""
    with transaction.atomic():
        locked = lock(record)
        plan = queries.working_copy(locked)
        last = queries.latest_version(locked)
        version = PlanVersion.objects.create(
            plan=locked,
            number=(last.number + 1) if last else 1,
            published_at=timezone.now(),
            published_by=user if getattr(user, "is_authenticated", False) else None,
            note=note,
            snapshot=planfile.to_data(plan, json_mode=True),
        )
        AuditEntry.objects.create(
            plan=locked,
            action=AuditEntry.PUBLISH,
            kind="version",
            key=f"v{version.number}",
            label=note,
            version=version.number,
            reason=note,
            **_user_fields(user),
        )
        public_changed.send("plans", record=locked)
        return version


def version_document(version: PlanVersion) -> CorePlan:
    return queries.version_plan(version)
