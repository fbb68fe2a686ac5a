"""A NAP document screened in the browser, and the reviewer's decisions on what it found.

Screening proposes; a person decides. The screening's output is kept exactly as proposed
(``screening``) and the reviewer's confirmations and corrections are kept beside it
(``decisions``), never written over it: anyone can later see what the machine read, what
the reviewer changed and why. The uploaded bytes are kept too, so the review can always be
checked against the document it came from.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class ScreeningReview(models.Model):
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="screening_reviews"
    )
    created = models.DateTimeField(auto_now_add=True)
    name = models.CharField(max_length=255, help_text="The document's file name.")
    content = models.BinaryField(
        help_text="The uploaded document, within the size plan files may have."
    )
    # Copied out of ``screening`` so the list of reviews need not read every document's text.
    language = models.CharField(max_length=8, blank=True)
    screening = models.JSONField(
        help_text="What screening proposed: napkit.core.screening.Screening as JSON."
    )
    decisions = models.JSONField(
        default=dict,
        blank=True,
        help_text="The reviewer's decision per finding: "
        "{finding: {decision, answer, value, note, by, at}}.",
    )
    plan = models.ForeignKey(
        "plans.Plan",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="screening_reviews",
        help_text="The stored plan this review was saved as.",
    )

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return self.name
