"""The plan in the database: its working copy as one validated document with a version.

The working copy is the plan file's JSON (``napkit.core.plan.planfile.to_data``), exactly as
published versions are kept, so reading it is one row and one parse (shared per version,
see ``napkit.plans.queries``) and writing it is one row (see ``napkit.plans.editing``).

A few fields are copied out of the document into columns because real queries need them
across plans without parsing any document: listing and ordering plans (title, country,
edition, status), finding a plan's sub-plans and its next edition (parent, predecessor),
and the public list by period. ``editing.store`` keeps them in step with the document; no
one writes them otherwise.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import models

from napkit.core.plan import model as core
from napkit.core.plan import vocabulary as v


def choices(enum: type) -> list[tuple[str, str]]:
    return [(m.value, m.value.replace("_", " ")) for m in enum]  # type: ignore[attr-defined]


class PlanQuerySet(models.QuerySet["Plan"]):
    def listed(self) -> PlanQuerySet:
        return self.order_by("country", "-edition", "key")

    def light(self) -> PlanQuerySet:
        """Rows without their documents: what permission checks and lists need."""
        return self.defer("document")


class Plan(models.Model):
    key = models.CharField(max_length=64, unique=True)
    # --- the working copy
    document = models.JSONField(help_text="The working copy, as the plan file's JSON.")
    version = models.PositiveIntegerField(
        default=1, help_text="Counts every change of the working copy."
    )
    revision = models.UUIDField(
        default=uuid.uuid4,
        help_text="New at every change: names this exact document (a version number alone "
        "can come back after a restore), so a parsed copy is shared under it.",
    )
    item_counters = models.JSONField(
        default=dict,
        help_text="Times each item (or section) was saved: detects two people editing the "
        "same thing while edits of different items go through.",
    )
    # --- copied from the document for queries across plans
    title = models.TextField()
    short_title = models.TextField(blank=True)
    country = models.CharField(max_length=2)
    country_name = models.TextField(blank=True)
    edition = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20, choices=choices(v.PlanKind))
    region = models.TextField(blank=True)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=choices(v.PlanStatus))
    predecessor_key = models.CharField(max_length=64, blank=True, db_index=True)
    parent_key = models.CharField(max_length=64, blank=True, db_index=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = PlanQuerySet.as_manager()

    def __str__(self) -> str:
        return self.key


def index_fields(plan: core.Plan) -> dict[str, Any]:
    """The columns copied out of a plan document."""
    meta = plan.metadata
    return {
        "title": meta.title,
        "short_title": meta.short_title or "",
        "country": meta.country,
        "country_name": meta.country_name or "",
        "edition": meta.edition,
        "kind": meta.kind.value,
        "region": meta.region or "",
        "period_start": meta.period.start if meta.period else None,
        "period_end": meta.period.end if meta.period else None,
        "status": meta.status.value,
        "predecessor_key": meta.predecessor or "",
        "parent_key": meta.parent or "",
    }
