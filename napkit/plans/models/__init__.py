"""The plan in the database: its working copy (one document with a version), its history
(versions, audit) and the comments on its working copy."""

from napkit.plans.models.comments import Comment
from napkit.plans.models.history import AuditEntry, PlanVersion
from napkit.plans.models.pending import PendingImport
from napkit.plans.models.plan import Plan, choices, index_fields
from napkit.plans.models.screening import ScreeningReview

__all__ = [
    "AuditEntry",
    "Comment",
    "PendingImport",
    "Plan",
    "PlanVersion",
    "ScreeningReview",
    "choices",
    "index_fields",
]
