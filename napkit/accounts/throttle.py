"""Slowing down password guessing: a user name gets a few sign-in attempts per window.

Every attempt is taken before the password is checked, by one conditional update that the
database applies atomically (``attempts = attempts + 1 WHERE attempts < LIMIT``): thirty
simultaneous guesses get exactly ``LIMIT`` tries, on SQLite and PostgreSQL alike and across
every app process. A successful sign-in gives the attempts back. Failures are also kept,
with the address they came from, for whoever investigates.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from napkit.accounts.models import LoginAttempts, LoginFailure

LIMIT = 5
WINDOW = timedelta(minutes=15)


def _key(username: str) -> str:
    return username.strip().lower()[:150]


def take_attempt(username: str) -> bool:
    """Take one sign-in attempt for ``username``; False when none is left in this window."""
    key, now = _key(username), timezone.now()
    rows = LoginAttempts.objects.filter(username=key)
    for _ in range(3):
        if rows.filter(since__lt=now - WINDOW).update(attempts=1, since=now):
            return True  # a new window
        if rows.filter(since__gte=now - WINDOW, attempts__lt=LIMIT).update(
            attempts=F("attempts") + 1
        ):
            return True
        if rows.exists():
            return False
        try:
            with transaction.atomic():
                LoginAttempts.objects.create(username=key, attempts=1, since=now)
            return True
        except IntegrityError:
            continue  # someone else's attempt created it meanwhile: take from it
    return False


def record_failure(username: str, address: str | None) -> None:
    LoginFailure.objects.create(username=username[:150], address=address)
    LoginFailure.objects.filter(at__lt=timezone.now() - 4 * WINDOW).delete()


def clear(username: str) -> None:
    """A successful sign-in gives its attempts back."""
    LoginAttempts.objects.filter(username=_key(username)).delete()
    LoginFailure.objects.filter(username__iexact=username).delete()
