"""The monitoring cycle: reporting rounds, one submission per responsible organisation, the
values, activity status and spending it reports, and every step of its review."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from napkit.core.monitoring.workflow import Step, allowed
from napkit.plans.models import Plan


class ReportingRound(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="rounds")
    key = models.SlugField(max_length=64)
    label = models.CharField(max_length=100)
    frequency = models.CharField(max_length=20, default="annual")
    period_start = models.DateField()
    period_end = models.DateField()
    opens = models.DateField()
    deadline = models.DateField()
    closed_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["plan", "-period_end", "key"]
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="round_key")]

    def __str__(self) -> str:
        return f"{self.plan.key} {self.label}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    RETURNED = "returned", _("returned")
    RESUBMITTED = "resubmitted", _("resubmitted")
    APPROVED = "approved", _("approved")


EDITABLE = {Status.DRAFT, Status.RETURNED}
IN_REVIEW = {Status.SUBMITTED, Status.RESUBMITTED}


class Submission(models.Model):
    round = models.ForeignKey(ReportingRound, on_delete=models.CASCADE, related_name="submissions")
    organisation = models.CharField(max_length=64, help_text="Id of the plan organisation.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    version = models.PositiveIntegerField(default=0)
    narrative = models.TextField(blank=True)
    first_submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["round", "organisation"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "organisation"], name="one_submission_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.round} {self.organisation}"

    @property
    def editable(self) -> bool:
        """Filled in, saved, submitted: a draft or a returned one, while its round is open."""
        return self.may(Step.EDIT)

    def may(self, step: Step) -> bool:
        """Whether ``step`` may happen to it now (the one rule: ``core.monitoring.workflow``).
        Reads its round: load submissions with ``select_related("round")``."""
        return allowed(step, self.status, self.round.is_open)

    def late_on(self, today: date) -> bool:
        """Not submitted by the deadline (or not at all, once the deadline has passed)."""
        deadline = self.round.deadline
        if self.first_submitted_at is None:
            return today > deadline
        return self.first_submitted_at.date() > deadline


class IndicatorReport(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="indicators")
    indicator = models.CharField(max_length=64, db_index=True)
    value = models.JSONField(null=True, blank=True)
    numerator = models.FloatField(null=True, blank=True)
    denominator = models.FloatField(null=True, blank=True)
    parts = models.JSONField(default=dict, blank=True)
    assessment = models.CharField(max_length=20, blank=True)
    note = models.TextField(blank=True)
    links = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "indicator"], name="one_report_per_indicator"
            )
        ]


class ActivityStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    ON_TRACK = "on_track", _("on track")
    DELAYED = "delayed", _("delayed")
    COMPLETED = "completed", _("completed")
    CANCELLED = "cancelled", _("cancelled")


class ActivityReport(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="activities")
    activity = models.CharField(max_length=64)
    status = models.CharField(max_length=20, choices=ActivityStatus.choices, blank=True)
    percent_complete = models.PositiveSmallIntegerField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "activity"], name="one_report_per_activity"
            )
        ]


class SpendingReport(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="spending")
    budget_line = models.CharField(max_length=64)
    currency = models.CharField(max_length=3)
    allocated = models.DecimalField(max_digits=15, decimal_places=2, null=True, blank=True)
    disbursed = models.DecimalField(max_digits=15, decimal_places=2, null=True, blank=True)
    spent = models.DecimalField(max_digits=15, decimal_places=2, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "budget_line"], name="one_report_per_budget_line"
            )
        ]


def evidence_path(instance: Evidence, filename: str) -> str:
    return f"evidence/{instance.submission.round.plan.key}/{instance.submission.pk}/{filename}"


class Evidence(models.Model):
    """A file backing a reported value or activity status."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="evidence")
    item = models.CharField(max_length=64, blank=True)
    file = models.FileField(upload_to=evidence_path)
    name = models.CharField(max_length=255)
    size = models.PositiveIntegerField(default=0)
    description = models.TextField(blank=True)
    uploaded = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )


class Contribution(models.Model):
    """A note from a supporting organisation on an activity it supports."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="contributions"
    )
    activity = models.CharField(max_length=64)
    organisation = models.CharField(max_length=64)
    text = models.TextField()
    at = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )


class Event(models.Model):
    """One step of a submission's life: who, when, what and why."""

    CREATED, SAVED, SUBMITTED, RETURNED = "created", "saved", "submitted", "returned"
    RESUBMITTED, APPROVED, REOPENED, UPLOADED = "resubmitted", "approved", "reopened", "uploaded"
    IMPORTED = "imported"  # past data brought in from a file (``napkit.monitoring.history``)
    ACTIONS = [
        (CREATED, _("Created")),
        (SAVED, _("Saved")),
        (SUBMITTED, _("Submitted")),
        (RETURNED, _("Returned")),
        (RESUBMITTED, _("Resubmitted")),
        (APPROVED, _("Approved")),
        (REOPENED, _("Reopened")),
        (UPLOADED, _("Uploaded")),
        (IMPORTED, _("Imported")),
    ]

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="events")
    # Now by default; set when history is loaded (the demo, generated or imported rounds).
    at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=20, choices=ACTIONS)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]


class PendingUpload(models.Model):
    """A checked bulk upload waiting for confirmation (nothing is written before)."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="pending_uploads"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(max_length=255)
    rows = models.JSONField()
    created = models.DateTimeField(auto_now_add=True)


class PendingHistory(models.Model):
    """A history file being imported (upload → mapping → preview → confirm): the bytes are
    kept here between the steps, so a large workbook is sent once and the confirmation
    imports exactly the file and the columns that were previewed."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=255)
    content = models.BinaryField()
    mapping = models.JSONField(default=dict, blank=True, help_text="{column: field}")
    created = models.DateTimeField(auto_now_add=True)

    KEPT = timedelta(days=1)  # a file nobody confirmed is dropped after a day

    @classmethod
    def forget_old(cls) -> None:
        cls.objects.filter(created__lt=timezone.now() - cls.KEPT).delete()


class ShadowAssessment(models.Model):
    """Civil society's own assessment of a reporting period, published beside the
    government's report. Written by the plan's civil-society partners only: the
    coordinator neither edits nor approves it, which is what makes it independent."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="shadow_assessments")
    title = models.CharField(max_length=300)
    authors = models.CharField(
        max_length=300, help_text="The organisations that wrote it, as they wish to be named."
    )
    period_start = models.DateField()
    period_end = models.DateField()
    summary = models.TextField()
    url = models.URLField(blank=True, max_length=500)
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["plan", "-period_end", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def published(self) -> bool:
        return self.published_at is not None


class ShadowFinding(models.Model):
    """The partners' view of one objective, of one scorecard criterion, or of the plan as a
    whole. A criterion's rating is a scorecard level (high_impact … weak), an objective's or
    the plan's a progress status."""

    assessment = models.ForeignKey(
        ShadowAssessment, on_delete=models.CASCADE, related_name="findings"
    )
    item = models.CharField(max_length=64, blank=True, help_text="Objective id; blank: the plan.")
    criterion = models.CharField(
        max_length=32, blank=True, help_text="Scorecard criterion id; blank: not a criterion."
    )
    rating = models.CharField(max_length=20, blank=True)
    text = models.TextField()
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["assessment", "order", "pk"]

    @property
    def criterion_title(self) -> str:
        """'10. Inclusive design', in the reader's words ('' when not about a criterion)."""
        from napkit.core.i18n import gettext
        from napkit.core.scorecard import catalogue

        found = next((c for c in catalogue() if c.id == self.criterion), None)
        return f"{found.number}. {gettext(found.title)}" if found else self.criterion

    @property
    def level_label(self) -> str:
        """A criterion's rating (a scorecard level) in the reader's words."""
        from napkit.core.scorecard.model import Level

        return Level(self.rating).label if self.rating in Level._value2member_map_ else ""


class ApprovedData(models.Model):
    """A plan's approved monitoring data, gathered when an approval changes it (see
    ``napkit.monitoring.approved``): what dashboards, the scorecard and the public release
    read, instead of every approved value again on every request."""

    plan = models.OneToOneField(Plan, on_delete=models.CASCADE, related_name="approved_data")
    stamp = models.UUIDField(default=uuid.uuid4, help_text="New at every rebuild.")
    built_at = models.DateTimeField(default=timezone.now)
    data = models.JSONField(help_text="napkit.core.monitoring.approved.to_data")
    summary = models.JSONField(
        default=dict,
        help_text="What the scorecard needs of it (napkit.core.monitoring.approved.summary), "
        "read without the rest.",
    )

    def __str__(self) -> str:
        return f"{self.plan.key} approved data"


class Reminder(models.Model):
    """A reminder or late notice ``napkit remind`` sent to one address about one
    submission: kept so a second run the same day (or a late notice repeated too soon)
    sends nothing."""

    BEFORE, LATE = "before", "late"
    KINDS = [(BEFORE, _("Reminder before the deadline")), (LATE, _("Late notice"))]

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=KINDS)
    address = models.EmailField(max_length=254)
    day = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "kind", "address", "day"], name="one_reminder_a_day"
            )
        ]


MAX_SUBMISSION_COMMENT = 4000


class SubmissionCommentQuerySet(models.QuerySet["SubmissionComment"]):
    def open(self) -> SubmissionCommentQuerySet:
        """Threads not resolved yet (their first comments: a reply is never resolved alone)."""
        return self.filter(reply_to__isnull=True, resolved_at__isnull=True)


class SubmissionComment(models.Model):
    """One remark in a discussion of a submission: on the submission as a whole, or on one
    of its values (an indicator's, an activity's status, a budget line's spending; at most
    one of the three ids is set). A comment with ``reply_to`` answers the thread that
    comment opened; a thread (its first comment) is resolved or not as a whole. Comments
    are never edited: who may write and resolve is ``accounts.permissions``'s rule."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="comments")
    indicator = models.CharField(max_length=64, blank=True)
    activity = models.CharField(max_length=64, blank=True)
    budget_line = models.CharField(max_length=64, blank=True)
    reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Kept apart from the account so that a thread still reads right if the account goes.
    author_name = models.CharField(max_length=150)
    text = models.TextField(max_length=MAX_SUBMISSION_COMMENT)
    created = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SubmissionCommentQuerySet.as_manager()

    class Meta:
        ordering = ["created", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(indicator="", activity="")
                    | models.Q(indicator="", budget_line="")
                    | models.Q(activity="", budget_line="")
                ),
                name="submission_comment_on_one_value",
            )
        ]

    def __str__(self) -> str:
        return f"{self.submission} {self.on or '(submission)'} #{self.pk}"

    @property
    def on(self) -> str:
        """The id of the value it is on, or '' for the submission as a whole."""
        return self.indicator or self.activity or self.budget_line

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None
