"""The public site's cache: entries keyed by what the public sees of a plan.

A key holds the plan's stamp (latest version, latest approval, shadow assessments: see
``queries.stamp``), the language, the day (progress is judged against what was expected by
that date) and the progress thresholds. Publishing a version or approving data changes the
stamp, so the next request builds a fresh entry and stale ones age out: no process has to
be told to forget anything, which keeps several server processes consistent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from napkit import __version__
from napkit.plans.models import Plan
from napkit.public import queries

T = TypeVar("T")


def key_for(record: Plan, name: str) -> str:
    parts = (
        __version__,
        str(record.pk),
        queries.stamp(record),
        get_language() or "",
        timezone.localdate().isoformat(),
        str(settings.PROGRESS_ON_TRACK_WITHIN),
        str(settings.PROGRESS_AT_RISK_WITHIN),
        name,
    )
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]
    return f"napkit:public:{record.pk}:{digest}"


def cached(record: Plan, name: str, build: Callable[[], T]) -> T:
    """The entry for ``name``, built (and kept) when there is none for the current stamp."""
    key = key_for(record, name)
    found = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found)
    return found  # type: ignore[no-any-return]
