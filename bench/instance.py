"""A napkit instance for measuring: its own data folder and database (SQLite, or a fresh
PostgreSQL database), set up through the napkit command as a ministry would."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid

from bench.common import BIN, run

NATIONAL = "nation-a-nap-2016"
DEMO = "valdoria-nap-2025"


class Instance:
    def __init__(self, postgres: str | None = None):
        self.folder = tempfile.mkdtemp(prefix="napkit-bench-")
        self.admin_url = postgres
        self.database = None
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(
            NAPKIT_DATA_DIR=self.folder,
            NAPKIT_ALLOWED_HOSTS="127.0.0.1,localhost",
            DJANGO_SETTINGS_MODULE="napkit.settings",
        )
        if postgres:
            self.database = f"napkit_bench_{uuid.uuid4().hex[:8]}"
            self._admin(f'CREATE DATABASE "{self.database}"')
            base, _, _name = postgres.rpartition("/")
            env["DATABASE_URL"] = f"{base}/{self.database}"
        self.env = env
        self.kind = "PostgreSQL" if postgres else "SQLite"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def napkit(self, *args: str) -> str:
        return run([str(BIN / "napkit"), *args], self.env)

    def python(self, script: str, *args: str) -> str:
        return run([str(BIN / "python"), script, *args], self.env)

    def load(self) -> dict[str, object]:
        """The demo and a national plan with 40 approved quarterly rounds, published, and
        what the benchmarks need of them (accounts, sessions, tokens, addresses, counts)."""
        self.napkit("migrate", "--noinput", "-v", "0")
        self.napkit("demo", "--password", "bench-password-123")
        self.napkit("generate", "--size", "national")
        found: dict[str, object] = json.loads(self.python("bench/prepare.py", DEMO, NATIONAL))
        return found

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.database:
            self._admin(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
