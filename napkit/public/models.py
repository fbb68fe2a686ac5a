"""What the public sees of a plan, built once per change and stored for every server
process to read."""

from __future__ import annotations

import uuid

from django.conf import settings
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


class IssuedReport(models.Model):
    """One edition of an annual report as a coordinator issued it: frozen, so the public
    reads exactly what parliament was given whatever is published or approved later.

    It keeps the published version and the approved data it rests on (the release, as
    stored when it was issued) and the rendered documents (``IssuedFile``). A correction is
    a new edition, with its reason; editions are never changed or deleted."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="issued_reports")
    period = models.CharField(max_length=40, help_text="The period's slug (fy-2025-26).")
    period_label = models.CharField(max_length=80)
    period_start = models.DateField()
    period_end = models.DateField()
    edition = models.PositiveIntegerField()
    version = models.PositiveIntegerField(help_text="The published version it rests on.")
    data = models.JSONField(help_text="The release it was built from (plan and approved data).")
    reason = models.TextField(blank=True, help_text="Why a later edition was issued.")
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    issued_by_name = models.CharField(max_length=150, blank=True)
    issued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["period_end", "-edition"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "period", "edition"], name="one_edition_number_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.plan.key} {self.period} edition {self.edition}"


class IssuedFile(models.Model):
    """The bytes of an issued edition in one language and format, served unchanged."""

    issued = models.ForeignKey(IssuedReport, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(max_length=8)
    fmt = models.CharField(max_length=4)
    filename = models.CharField(max_length=200)
    content = models.BinaryField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issued", "language", "fmt"], name="one_file_per_language_and_format"
            )
        ]
