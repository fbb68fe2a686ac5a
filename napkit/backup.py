"""Backing up and restoring a whole napkit: its database and the files people uploaded.

A backup is one archive (``.tar``) holding a manifest, the database and the uploaded
evidence files. SQLite is copied with SQLite's online backup, so the server can keep
running; PostgreSQL with ``pg_dump`` (custom format). Restoring replaces the database and
the uploaded files with the archive's, all at once: on SQLite through the backup API again
(every connection sees the old or the new database, never a mix), on PostgreSQL with
``pg_restore --clean`` in a single transaction. A backup restores into the same kind of
database it was taken from.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection

from napkit import __version__

MANIFEST = "napkit-backup.json"
FORMAT = 1


class BackupError(Exception):
    """The backup or restore could not be done; the message says why, and nothing changed."""


@dataclass(frozen=True)
class Summary:
    engine: str
    taken: str
    version: str
    files: int


def _engine() -> str:
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"backups of a {vendor} database are not supported")
    return vendor


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = settings.DATABASES["default"]
    env = {**os.environ, "PGPASSWORD": str(db.get("PASSWORD") or "")}
    args = ["--dbname", str(db["NAME"]), "--username", str(db.get("USER") or "")]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    return args, env


def _run(command: list[str], env: dict[str, str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (it comes with PostgreSQL's client)")
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()[-1500:]}")


def _uploads() -> Path:
    return Path(settings.MEDIA_ROOT)


def backup(target: Path) -> Summary:
    """Write a backup of this napkit to ``target`` (replaced only once it is complete)."""
    engine = _engine()
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="napkit-backup-") as folder:
        work = Path(folder)
        database = work / ("database.sqlite3" if engine == "sqlite" else "database.pgdump")
        if engine == "sqlite":
            connection.ensure_connection()
            raw = connection.connection
            with sqlite3.connect(database) as copy:
                raw.backup(copy)
            copy.close()
        else:
            args, env = _pg_env()
            _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(database), *args], env)
        uploads = [p for p in _uploads().rglob("*") if p.is_file()] if _uploads().exists() else []
        summary = Summary(engine, datetime.now(UTC).isoformat(), __version__, len(uploads))
        manifest = {"format": FORMAT, **summary.__dict__}
        partial = target.with_name(target.name + ".partial")
        try:
            with tarfile.open(partial, "w") as archive:
                data = json.dumps(manifest, indent=2).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
                archive.add(database, arcname=database.name)
                for path in uploads:
                    archive.add(path, arcname=f"files/{path.relative_to(_uploads())}")
            partial.replace(target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise BackupError(f"cannot write {target}: {error.strerror or error}") from None
    return summary


def _manifest(archive: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = archive.extractfile(MANIFEST)
        found = json.loads(member.read()) if member else None
    except (KeyError, ValueError):
        found = None
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise BackupError("this is not a napkit backup (no manifest of a known format)")
    return found


def restore(source: Path) -> Summary:
    """Replace this napkit's database and uploaded files with those of a backup."""
    engine = _engine()
    source = Path(source)
    try:
        archive = tarfile.open(source, "r")  # noqa: SIM115  (closed by the with below)
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"cannot read {source}: {error}") from None
    with archive, tempfile.TemporaryDirectory(prefix="napkit-restore-") as folder:
        manifest = _manifest(archive)
        if manifest.get("engine") != engine:
            raise BackupError(
                f"this backup is of a {manifest.get('engine')} database; this napkit runs "
                f"on {engine}: restore it into the same kind of database"
            )
        work = Path(folder)
        members = [m for m in archive.getmembers() if m.isfile()]
        for member in members:
            name = Path(member.name)
            if name.is_absolute() or ".." in name.parts:
                raise BackupError(f"the backup holds a file outside its folder: {member.name}")
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            archive.extractall(work, members=members, filter="data")
        else:  # the paths were checked above
            archive.extractall(work, members=members)
        if engine == "sqlite":
            database = work / "database.sqlite3"
            try:
                with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as copy:
                    copy.execute("SELECT count(*) FROM django_migrations").fetchone()
                    connection.ensure_connection()
                    copy.backup(connection.connection)
            except sqlite3.Error as error:
                raise BackupError(f"the backup's database cannot be read: {error}") from None
        else:
            args, env = _pg_env()
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    *args,
                    str(work / "database.pgdump"),
                ],
                env,
            )
        uploads = _uploads()
        if uploads.exists():
            shutil.rmtree(uploads)
        if (work / "files").exists():
            shutil.copytree(work / "files", uploads)
    return Summary(
        engine,
        str(manifest.get("taken")),
        str(manifest.get("version")),
        int(manifest.get("files") or 0),
    )
