"""`napkit backup` and `napkit restore`: the whole napkit in one file and back."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from napkit.cli import EXIT_INVALID, main, needs_database, output


@main.command("backup")
@click.argument("target", type=click.Path(dir_okay=False, writable=True, path_type=Path))
@needs_database
def backup_command(target: Path) -> None:
    """Write the database and the uploaded files to TARGET (a .tar archive).

    Safe while the server runs: SQLite is copied with its online backup, PostgreSQL with
    pg_dump. TARGET is only replaced once the backup is complete.
    """
    from napkit import backup

    try:
        with output.working("Backing up"):
            done = backup.backup(target)
    except backup.BackupError as error:
        output.fail(str(error))
        sys.exit(EXIT_INVALID)
    output.ok(f"{target}: {done.engine} database and {done.files} uploaded file(s)")


@main.command("restore")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@needs_database
def restore_command(source: Path, yes: bool) -> None:
    """Replace the database and the uploaded files with those of a backup made by
    `napkit backup` (from the same kind of database). Everything stored since is lost:
    take a backup first. Stop the server while restoring a PostgreSQL backup."""
    from napkit import backup

    if not yes and not click.confirm(f"Replace everything in this napkit with {source}?"):
        sys.exit(EXIT_INVALID)
    try:
        with output.working("Restoring"):
            done = backup.restore(source)
    except backup.BackupError as error:
        output.fail(str(error))
        sys.exit(EXIT_INVALID)
    output.ok(f"restored the backup taken {done.taken} (napkit {done.version})")
