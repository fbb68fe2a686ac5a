"""Writes to a plan's working copy: every edit, publication and import goes through here.

An edit is a pure function over the core plan. It runs inside a transaction that locks
the plan, on the plan as it stands now, so two edits of different items never overwrite
each other; two edits of the *same* item are caught by the item's version counter and
the second is refused with what changed meanwhile. Every write leaves an audit entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from napkit.core.plan import edit as core_edit
from napkit.core.plan import planfile, walk
from napkit.core.plan.model import Indicator
from napkit.core.plan.model import Plan as CorePlan
from napkit.plans import mapping
from napkit.plans.models import AuditEntry, ItemVersion, Plan, PlanVersion

SECTION = "~"  # section keys ("~metadata") cannot clash with item ids


class Conflict(Exception):
    """Someone else saved the same item since the editor opened it."""

    def __init__(self, key: str, expected: int, current: int, entries: list[AuditEntry]):
        self.key, self.expected, self.current, self.entries = key, expected, current, entries
        names = ", ".join(sorted({e.username or "someone" for e in entries})) or "someone"
        super().__init__(f"{names} changed this since you opened it")


@dataclass(frozen=True)
class Saved:
    plan: CorePlan
    key: str
    version: int


def section_key(name: str) -> str:
    return SECTION + name


def version_of(record: Plan, key: str) -> int:
    found = ItemVersion.objects.filter(plan=record, key=key).values_list("version", flat=True)
    return next(iter(found), 0)


def versions(record: Plan) -> dict[str, int]:
    return dict(ItemVersion.objects.filter(plan=record).values_list("key", "version"))


def _bump(record: Plan, key: str) -> int:
    row, created = ItemVersion.objects.get_or_create(plan=record, key=key, defaults={"version": 1})
    if not created:
        ItemVersion.objects.filter(pk=row.pk).update(version=F("version") + 1)
        row.refresh_from_db()
    return row.version


def item_data(plan: CorePlan, key: str) -> dict[str, Any] | None:
    """An item (or a section) in the plan file's shape, without the items it holds."""
    if key.startswith(SECTION):
        from napkit.plans.forms import SECTIONS

        holder: Any = plan
        for part in SECTIONS[key[1:]][0]:
            holder = getattr(holder, part, None) if holder is not None else None
        return (
            None
            if holder is None
            else holder.model_dump(
                mode="json", exclude={"actions"} if key == section_key("baseline_study") else None
            )
        )
    for found in walk.identified_items(plan):
        if found.id == key:
            return found.item.model_dump(  # type: ignore[attr-defined,no-any-return]
                mode="json", exclude=core_edit.NESTED & set(type(found.item).model_fields)
            )
    return None


def kind_label(plan: CorePlan, key: str) -> tuple[str, str]:
    if key.startswith(SECTION):
        return "section", key[1:]
    for found in walk.identified_items(plan):
        if found.id == key:
            return found.kind, walk.item_label(found.item)
    return "", ""


def _user_fields(user: object) -> dict[str, Any]:
    authenticated = getattr(user, "is_authenticated", False)
    return {
        "user": user if authenticated else None,
        "username": getattr(user, "username", "") if authenticated else "",
    }


def apply(
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
    is behind, and ``PlanInvalid`` when the result is not a valid plan; either way
    nothing is written.
    """
    with transaction.atomic():
        locked = Plan.objects.select_for_update().get(pk=record.pk)
        current_version = version_of(locked, key)
        if expected is not None and expected != current_version:
            entries = list(
                AuditEntry.objects.filter(plan=locked, key=key, version__gt=expected).order_by(
                    "at", "pk"
                )
            )
            raise Conflict(key, expected, current_version, entries)
        current = mapping.to_core(locked)
        new = change(current)
        mapping.replace_rows(locked, new)
        version = _bump(locked, key)
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
    user: object,
    record: Plan,
    key: str,
    changes: dict[str, Any],
    *,
    expected: int | None,
    reason: str = "",
) -> Saved:
    """Change fields of one item; a revised indicator target keeps its history."""

    def change(current: CorePlan) -> CorePlan:
        before = core_edit.locate(current, key).item
        draft = core_edit.update_item(current, key, changes)
        if not isinstance(before, Indicator):
            return draft
        after = core_edit.locate(draft, key).item
        assert isinstance(after, Indicator)
        revised = core_edit.with_revisions(before, after, reason, timezone.localdate())
        return core_edit.update_item(
            current, key, revised.model_dump(mode="python", exclude=core_edit.NESTED)
        )

    return apply(user, record, key, AuditEntry.UPDATE, change, expected=expected, reason=reason)


def publish(user: object, record: Plan, note: str = "") -> PlanVersion:
    """Freeze the working copy into the next numbered version."""
    with transaction.atomic():
        locked = Plan.objects.select_for_update().get(pk=record.pk)
        plan = mapping.to_core(locked)
        last = PlanVersion.objects.latest_of(locked)
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
        return version


def version_document(version: PlanVersion) -> CorePlan:
    return CorePlan.model_validate(version.snapshot)
