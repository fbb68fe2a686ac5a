"""Slowing down password guessing: too many failed sign-ins lock an account for a while.

Failures are kept in the database, so every app process behind a load balancer sees them.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from napkit.accounts.models import LoginFailure

LIMIT = 5
WINDOW = timedelta(minutes=15)


def _recent(username: str) -> int:
    since = timezone.now() - WINDOW
    return LoginFailure.objects.filter(username__iexact=username, at__gte=since).count()


def locked(username: str) -> bool:
    return _recent(username) >= LIMIT


def record_failure(username: str, address: str | None) -> None:
    LoginFailure.objects.create(username=username[:150], address=address)
    LoginFailure.objects.filter(at__lt=timezone.now() - 4 * WINDOW).delete()


def clear(username: str) -> None:
    LoginFailure.objects.filter(username__iexact=username).delete()
