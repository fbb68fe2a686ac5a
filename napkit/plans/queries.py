"""Named reads of stored plans."""

from __future__ import annotations

from napkit.core.plan import Plan as CorePlan
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
