"""Counting the queries of a request, the same way in every test of query counts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext

from napkit import memo


@contextmanager
def cold_queries() -> Iterator[CaptureQueriesContext]:
    """Capture the queries of what runs inside, with no parsed plan kept from before: a
    count then includes reading the plan's document, whichever request came first."""
    memo.forget_everything()
    with CaptureQueriesContext(connection) as ctx:
        yield ctx
