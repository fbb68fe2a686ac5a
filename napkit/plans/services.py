"""Writes to stored plans. The CLI, the web views and the API call these, never the ORM."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import transaction

from napkit.core.plan import planfile
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.core.plan.validation import validate
from napkit.plans import documents, editing
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
