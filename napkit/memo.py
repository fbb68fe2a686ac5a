"""Small keep-in-memory stores shared by the requests of one server process.

What is kept is keyed by something that changes whenever it would be out of date (a
document's revision, a release's stamp, the day), so an entry is never stale: a change
makes a new key, and old entries simply age out of the least-recently-used store. No
process has to be told to forget anything, which keeps several processes consistent.
Whatever is kept must not be changed by those who read it (plans are rebuilt, never
changed in place).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Any, TypeVar

T = TypeVar("T")

_stores: list[Store] = []


class Store:
    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict[Hashable, Any] = OrderedDict()
        self.lock = Lock()
        _stores.append(self)

    def get(self, key: Hashable) -> Any:
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key: Hashable, value: Any) -> None:
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def forget(self, key: Hashable) -> None:
        with self.lock:
            self.entries.pop(key, None)

    def kept(self, key: Hashable, make: Callable[[], T]) -> T:
        """The value under ``key``, made (and kept) the first time it is asked for. Two
        requests may both make it at once; both get an equal value."""
        found = self.get(key)
        if found is None:
            found = make()
            if found is not None:
                self.put(key, found)
        return found  # type: ignore[no-any-return]

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


def forget_everything() -> None:
    """Empty every store (tests that rewrite the database under a running process)."""
    for store in _stores:
        store.clear()
