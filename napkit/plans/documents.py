"""Parsed plans shared by every request of a process, one per stored document.

A stored plan document is parsed (and its lookups built, see ``napkit.core.plan.index``)
once per revision, not once per request: the key names the exact document (a revision is
new at every change), so a change makes a new entry and the old one ages out. Entries are
only added for documents that were committed (see ``remember``), so a rolled-back edit
never leaves a document no one stored.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from napkit.core.plan.model import Plan as CorePlan
from napkit.memo import Store

# A national plan parses to a few MB; 48 covers a regional instance's working set.
_plans = Store(48)


def get(key: Hashable) -> CorePlan | None:
    return _plans.get(key)  # type: ignore[no-any-return]


def parsed(key: Hashable, load: Callable[[], dict[str, Any]]) -> CorePlan:
    """The plan stored under ``key``, parsed from ``load()`` the first time it is asked."""
    return _plans.kept(key, lambda: CorePlan.model_validate(load()))


def remember(key: Hashable, plan: CorePlan) -> None:
    """Keep a plan just written (call once its transaction has committed)."""
    _plans.put(key, plan)
