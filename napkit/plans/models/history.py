"""A plan's history: published versions and the audit trail."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from napkit.core.plan.diff import changes
from napkit.plans.models.plan import Plan


class PlanVersionQuerySet(models.QuerySet["PlanVersion"]):
    def latest_of(self, plan: Plan) -> PlanVersion | None:
        return self.filter(plan=plan).defer("snapshot").order_by("-number").first()


class PlanVersion(models.Model):
    """A published, frozen snapshot of the plan (the core model as plan-file JSON)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    published_at = models.DateTimeField()
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)
    snapshot = models.JSONField()

    objects = PlanVersionQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "-number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="version_number")]

    def __str__(self) -> str:
        return f"{self.plan.key} v{self.number}"


class AuditEntry(models.Model):
    """Who changed what, when, and why: before and after, in the plan file's shape."""

    CREATE, UPDATE, DELETE, MOVE = "create", "update", "delete", "move"
    IMPORT, PUBLISH = "import", "publish"
    ACTIONS = [(a, a) for a in (CREATE, UPDATE, DELETE, MOVE, IMPORT, PUBLISH)]

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="audit")
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=10, choices=ACTIONS)
    kind = models.CharField(max_length=30, blank=True)
    key = models.CharField(max_length=64, blank=True, db_index=True)
    label = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=0)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["plan", "key", "version"])]

    def __str__(self) -> str:
        return f"{self.action} {self.kind} {self.key}"

    @property
    def fields(self) -> list[Any]:
        return changes(self.before or {}, self.after or {})
