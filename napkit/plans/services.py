"""Writes to stored plans. The CLI, the web views and the API call these, never the ORM."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import transaction

from napkit.core.plan import Plan as CorePlan
from napkit.core.problems import PlanInvalid, Problem
from napkit.core.validation import validate
from napkit.plans import mapping
from napkit.plans.models import Plan


@dataclass(frozen=True)
class Imported:
    key: str
    replaced: bool


def import_plans(plans: Sequence[CorePlan], *, replace: bool = False) -> list[Imported]:
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
        existing = set(Plan.objects.filter(key__in=keys).values_list("key", flat=True))
        if existing and not replace:
            raise PlanInvalid(
                Problem(f"plan {key!r} already exists (use --replace to overwrite it)")
                for key in sorted(existing)
            )
        Plan.objects.filter(key__in=existing).delete()
        for plan in plans:
            mapping.create_rows(plan)
            done.append(Imported(plan.id, plan.id in existing))
    return done
