"""The suite runs on the database DATABASE_URL names: a PostgreSQL run is never SQLite."""

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_the_database_is_the_one_asked_for() -> None:
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres", "pgsql")) else "sqlite"
    assert connection.vendor == expected
    if expected == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA foreign_keys")
            assert cursor.fetchone()[0] == 1
