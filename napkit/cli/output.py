"""How the CLI talks: located problems, tables and notes, with colour when it helps."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape

from napkit.core.plan.problems import Problem

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def problems(found: Iterable[Problem]) -> int:
    """Print problems as ``file:line:column: field: message``; return how many were errors."""
    errors = 0
    for problem in found:
        colour = "red" if problem.severity == "error" else "yellow"
        errors += problem.severity == "error"
        where = f"[bold]{escape(problem.location)}[/]: " if problem.location else ""
        field = f"[cyan]{escape(problem.field)}[/]: " if problem.field else ""
        err.print(f"{where}[{colour}]{problem.severity}[/]: {field}{escape(problem.message)}")
    return errors


def progress(items: Iterable[T], what: str, total: int | None = None) -> Iterator[T]:
    """Go through ``items`` with a progress bar on standard error when it is a terminal.

    Long work shows how far it has come; pipes, files and tests get the items only, so
    nothing but the result reaches a script. ``total`` is needed for an iterator.
    """
    count = total if total is not None else len(items)  # type: ignore[arg-type]
    if count < 2 or not err.is_terminal:
        yield from items
        return
    from rich.progress import track

    yield from track(items, total=count, description=what, console=err, transient=True)


def working(what: str) -> AbstractContextManager[object]:
    """A spinner on standard error while one long step runs (on a terminal only)."""
    return err.status(what) if err.is_terminal else nullcontext()


def ok(message: str) -> None:
    out.print(f"[green]✓[/] {escape(message)}")


def fail(message: str) -> None:
    err.print(f"[red]error[/]: {escape(message)}")


def binary(content: bytes) -> None:
    """Write a file's bytes to standard output, unless that is a terminal and the bytes are
    not text (a PDF or a workbook would only garble the screen)."""
    if sys.stdout.isatty() and _looks_binary(content):
        fail("this is a binary file: give --output FILE or redirect standard output")
        sys.exit(1)
    sys.stdout.buffer.write(content)
    sys.stdout.buffer.flush()


def _looks_binary(content: bytes) -> bool:
    try:
        content[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return True
    return b"\x00" in content[:4096]


def write(content: str | bytes, target: str | None, label: str = "") -> None:
    """Into the file ``target``, or to standard output when there is none (text gets a final
    line break there; binary content is refused on a terminal)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if target:
        write_file(target, data)
        ok(f"{label}: written to {target}" if label else f"written to {target}")
        return
    if isinstance(content, str) and not content.endswith("\n"):
        data += b"\n"
    binary(data)


def write_file(target: str | Path, data: bytes) -> None:
    """Write ``data`` into the file ``target``; a path that cannot be written (no such
    folder, a directory, no permission, a full disk) is invalid input: a message, exit 1."""
    try:
        Path(target).write_bytes(data)
    except OSError as error:
        fail(f"cannot write {target}: {error.strerror or error}")
        sys.exit(1)


def output_option(func: F) -> F:
    """The ``-o/--output FILE`` option of commands that print a document."""
    return click.option(
        "-o",
        "--output",
        "output_file",
        type=click.Path(dir_okay=False, writable=True),
        help="Write to this file instead of standard output.",
    )(func)
