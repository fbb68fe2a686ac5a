"""Named reads of stored plans."""

from __future__ import annotations

from datetime import date

from napkit.core.plan import walk
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.scorecard import Assessment, assess
from napkit.plans import mapping
from napkit.plans.models import Plan


def plan_list() -> list[Plan]:
    return list(Plan.objects.listed())


def plan_record(key: str) -> Plan | None:
    return Plan.objects.filter(key=key).first()


def plan_document(key: str) -> CorePlan | None:
    """The stored plan as a core document, or None when there is no such plan."""
    record = plan_record(key)
    return None if record is None else mapping.to_core(record)


def plan_documents(keys: list[str]) -> list[CorePlan] | None:
    """Several stored plans, in the order asked; None if any key is unknown."""
    records = {r.key: r for r in Plan.objects.filter(key__in=keys)}
    if any(k not in records for k in keys):
        return None
    return [mapping.to_core(records[k]) for k in keys]


def plan_assessment(plan: CorePlan, as_of: date, record: Plan | None = None) -> Assessment:
    """The plan's scorecard as of a date, with what its monitoring cycle has shown (rounds
    on time, current data, spending) when the stored plan is given."""
    if record is None:
        return assess(plan, as_of)
    from napkit.monitoring import queries as monitoring

    return assess(plan, as_of, monitoring.facts(record, plan, as_of))


def identified(plan: CorePlan) -> list[walk.IdentifiedItem]:
    return list(walk.identified_items(plan))
