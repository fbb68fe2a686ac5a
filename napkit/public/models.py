"""What the public sees of a plan, built once per change and stored for every server
process to read."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils import timezone

from napkit.plans.models import Plan


class Release(models.Model):
    """A plan's release: its latest published version without what it keeps private, with
    its approved monitoring data and published shadow assessments
    (``napkit.core.publishing.release.to_data``). Rebuilt when any of those change; the
    public site, the annual report and the exports read only this."""

    plan = models.OneToOneField(Plan, on_delete=models.CASCADE, related_name="release")
    stamp = models.UUIDField(default=uuid.uuid4, help_text="New at every rebuild.")
    version = models.PositiveIntegerField()
    built_at = models.DateTimeField(default=timezone.now)
    data = models.JSONField()

    def __str__(self) -> str:
        return f"{self.plan.key} release (v{self.version})"
