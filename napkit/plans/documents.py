"""Parsed plans shared by every request of a process, one per (plan, version).

A stored plan document is parsed (and its lookups built, see ``napkit.core.plan.index``)
once per version, not once per request: the key holds the version, so a change makes a
new entry and the old one ages out of the small LRU; no process has to be told to forget
anything, which keeps several server processes consistent. Entries are only added for
versions that were committed (see ``remember``), so a rolled-back edit never leaves a
document no one stored. Plans are never changed in place, which makes sharing them safe.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from threading import Lock
from typing import Any

from napkit.core.plan.model import Plan as CorePlan

SIZE = 48  # a national plan parses to a few MB; 48 covers a regional instance's working set


class _Cache:
    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict[tuple[Any, ...], CorePlan] = OrderedDict()
        self.lock = Lock()

    def get(self, key: tuple[Any, ...]) -> CorePlan | None:
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], plan: CorePlan) -> None:
        with self.lock:
            self.entries[key] = plan
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


_cache = _Cache(SIZE)


def get(key: tuple[Any, ...]) -> CorePlan | None:
    return _cache.get(key)


def parsed(key: tuple[Any, ...], load: Callable[[], dict[str, Any]]) -> CorePlan:
    """The plan stored under ``key``, parsed from ``load()`` the first time it is asked."""
    found = _cache.get(key)
    if found is None:
        found = CorePlan.model_validate(load())
        _cache.put(key, found)
    return found


def remember(key: tuple[Any, ...], plan: CorePlan) -> None:
    """Keep a plan just written (call once its transaction has committed)."""
    _cache.put(key, plan)


def forget_all() -> None:
    """Empty the cache (tests that rewrite the database under a running process)."""
    _cache.clear()
