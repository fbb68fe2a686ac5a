"""Middleware: a Content-Security-Policy header on every response (Django 5.2 has none
built in), and a clear answer when the database is too busy to take a write."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db.utils import OperationalError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

logger = logging.getLogger(__name__)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


def database_busy(error: BaseException) -> bool:
    """The database could not take a write in time (SQLite's file lock, or PostgreSQL's
    lock timeout if an operator sets one): nothing was written, trying again will work."""
    message = str(error).lower()
    return isinstance(error, OperationalError) and (
        "database is locked" in message or "lock timeout" in message
    )


class BusyDatabaseMiddleware:
    """Answer 503 with a page that says what happened, instead of a server error, when the
    database stays busy longer than a writer waits (the transaction rolled back whole)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not database_busy(exception):
            return None
        logger.warning("database busy: %s %s", request.method, request.path)
        response = render(request, "busy.html", status=503)
        response["Retry-After"] = "5"
        return response
