"""Writes to stored plans. The CLI, the web views and the API call these, never the ORM."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from napkit.accounts import permissions
from napkit.accounts.models import PlanRole, Role
from napkit.core.plan import planfile
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.core.plan.validation import validate
from napkit.plans import documents, editing
from napkit.plans.editing import Forbidden
from napkit.plans.models import AuditEntry, Plan, index_fields


@dataclass(frozen=True)
class Imported:
    key: str
    replaced: bool


def import_plans(
    plans: Sequence[CorePlan], *, replace: bool = False, by: str | None = None, note: str = ""
) -> list[Imported]:
    """Store plans all together or not at all.

    A plan whose id is already stored is refused unless ``replace`` is set, in which
    case the stored working copy is replaced by the file's content.
    """
    problems = [p for plan in plans for p in validate(plan)]
    keys = [plan.id for plan in plans]
    problems += [
        Problem(f"plan {key!r} appears more than once in this import")
        for key in sorted({k for k in keys if keys.count(k) > 1})
    ]
    if problems:
        raise PlanInvalid(problems)
    done = []
    with transaction.atomic():
        existing = {
            p.key: p
            for p in Plan.objects.select_for_update().defer("document").filter(key__in=keys)
        }
        if existing and not replace:
            raise PlanInvalid(
                Problem(f"plan {key!r} already exists (use --replace to overwrite it)")
                for key in sorted(existing)
            )
        for plan in plans:
            record = existing.get(plan.id)
            if record is None:
                record = Plan.objects.create(
                    key=plan.id,
                    document=planfile.to_data(plan, json_mode=True),
                    **index_fields(plan),
                )
                stored = ("working", record.revision)
                transaction.on_commit(lambda k=stored, p=plan: documents.remember(k, p))
            else:
                # The working copy is replaced; versions, roles and history stay.
                editing.store(record, plan)
            AuditEntry.objects.create(
                plan=record,
                action=AuditEntry.IMPORT,
                kind="plan",
                key=plan.id,
                label=plan.metadata.title,
                username=by or "",
                reason=note,
            )
            done.append(Imported(plan.id, record.key in existing))
    return done


def start_plan(
    user: object,
    plan: CorePlan,
    *,
    team_from: Plan | None = None,
    note: str = "",
    replace: bool = False,
) -> Plan:
    """Store a new plan started in the browser and give its author the coordinator's role
    (a site administrator needs none). A next edition takes its predecessor's team along:
    the same people, in the same roles, for the same organisations."""
    if not permissions.may_start_plans(user):
        raise Forbidden(_("Only administrators and coordinators start plans."))
    existing = Plan.objects.light().filter(key=plan.id).first()
    # Replacing a stored plan's working copy is editing that plan.
    if (
        existing is not None
        and replace
        and not permissions.access_for(user, existing).allows(permissions.Need.EDIT)
    ):
        raise Forbidden(_("You may not replace plan %(key)s.") % {"key": plan.id})
    with transaction.atomic():
        import_plans([plan], replace=replace, by=getattr(user, "username", None), note=note)
        record = Plan.objects.light().get(key=plan.id)
        if existing is not None:
            return record  # a replaced working copy keeps its team
        if team_from is not None:
            PlanRole.objects.bulk_create(
                PlanRole(user_id=r.user_id, plan=record, role=r.role, organisation=r.organisation)
                for r in PlanRole.objects.filter(plan=team_from)
            )
        if not getattr(user, "is_superuser", False):
            PlanRole.objects.get_or_create(
                user=user, plan=record, defaults={"role": Role.COORDINATOR, "organisation": ""}
            )
    return record


def import_upload(user: object, plan: CorePlan, *, replace: bool, name: str) -> Plan:
    """A plan file uploaded in the browser, imported as `napkit import` would."""
    return start_plan(
        user, plan, replace=replace, note=_("Imported from %(name)s") % {"name": name}
    )
