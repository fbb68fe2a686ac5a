"""A plan file uploaded in the browser and waiting for its confirmation.

The file is checked and previewed first; the person confirms, and only then is it imported.
Keeping it here between the two requests means a large workbook is sent once, and the
confirmation imports exactly what was previewed.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

KEPT = timedelta(days=1)  # an upload nobody confirmed is dropped after a day


class PendingImport(models.Model):
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=255)
    content = models.BinaryField()
    created = models.DateTimeField(auto_now_add=True)

    @classmethod
    def forget_old(cls) -> None:
        cls.objects.filter(created__lt=timezone.now() - KEPT).delete()
