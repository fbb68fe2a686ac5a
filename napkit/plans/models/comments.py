"""Comments on the working copy: the plan's team and civil-society partners discuss a draft."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from napkit.plans.models.plan import Plan

MAX_COMMENT = 4000


class CommentQuerySet(models.QuerySet["Comment"]):
    def open(self) -> CommentQuerySet:
        return self.filter(resolved_at__isnull=True)


class Comment(models.Model):
    """One remark on an item of the plan, or on the plan as a whole (``item`` empty).

    Comments are never edited: a thread is a record of who said what and when. A
    coordinator, or the comment's author, marks it resolved once it has been dealt with.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="comments")
    item = models.CharField(max_length=64, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Kept apart from the account so that a thread still reads right if the account goes.
    author_name = models.CharField(max_length=150)
    body = models.TextField(max_length=MAX_COMMENT)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["plan", "item"], name="comment_plan_item")]

    def __str__(self) -> str:
        return f"{self.plan.key} {self.item or '(plan)'} #{self.pk}"

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None
