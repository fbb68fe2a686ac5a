"""The public site's cache: entries keyed by what the public sees of a plan.

A key holds the stamp of the plan's stored release (new whenever a version is published,
data approved or reopened, or a shadow assessment saved: see ``releases``), the language,
the day (progress is judged against what was expected by that date) and the progress
thresholds. A change gives a new stamp, so the next request builds a fresh entry and stale
ones age out: no process has to be told to forget anything, which keeps several server
processes consistent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Protocol, TypeVar
from uuid import UUID

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from napkit import __version__

T = TypeVar("T")


class Stamped(Protocol):
    """A published plan with its release's stamp (``services.Published``)."""

    @property
    def stamp(self) -> UUID: ...


def key_for(pub: Stamped, name: str) -> str:
    parts = (
        __version__,
        str(pub.stamp),
        get_language() or "",
        timezone.localdate().isoformat(),
        str(settings.PROGRESS_ON_TRACK_WITHIN),
        str(settings.PROGRESS_AT_RISK_WITHIN),
        name,
    )
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]
    return f"napkit:public:{digest}"


def cached(pub: Stamped, name: str, build: Callable[[], T]) -> T:
    """The entry for ``name``, built (and kept) when there is none for the current stamp."""
    key = key_for(pub, name)
    found = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found)
    return found  # type: ignore[no-any-return]
