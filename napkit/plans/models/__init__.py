"""The plan in the database: its content, its history (versions, audit, edit counters) and
the comments on its working copy."""

from napkit.plans.models.comments import Comment
from napkit.plans.models.content import (
    BodyMember,
    BudgetLine,
    Consultation,
    ConsultationInput,
    CoordinationBody,
    Endorsement,
    ExistingAction,
    Indicator,
    Meeting,
    ObjectivePillar,
    Organisation,
    Pillar,
    Plan,
    ResultNode,
    Risk,
    Support,
    Target,
    TargetRevision,
    choices,
)
from napkit.plans.models.history import AuditEntry, ItemVersion, PlanVersion

__all__ = [
    "AuditEntry",
    "BodyMember",
    "BudgetLine",
    "Comment",
    "Consultation",
    "ConsultationInput",
    "CoordinationBody",
    "Endorsement",
    "ExistingAction",
    "Indicator",
    "ItemVersion",
    "Meeting",
    "ObjectivePillar",
    "Organisation",
    "Pillar",
    "Plan",
    "PlanVersion",
    "ResultNode",
    "Risk",
    "Support",
    "Target",
    "TargetRevision",
    "choices",
]
