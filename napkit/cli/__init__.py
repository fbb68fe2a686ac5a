"""The ``napkit`` command.

Exit codes scripts can rely on: 0 all went well, 1 the input was invalid (a plan
file, a plan id, the database state), 2 the command was used wrongly (unknown
option, bad argument, unusable configuration). Any Django management command not
named here passes straight through (``napkit migrate``, ``napkit createsuperuser``).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from napkit.cli import output

F = TypeVar("F", bound=Callable[..., Any])

EXIT_INVALID = 1
EXIT_USAGE = 2


def setup_django() -> None:
    """Configure Django once; a bad setting is a usage error with the setting named."""
    from django.core.exceptions import ImproperlyConfigured

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "napkit.settings")
    try:
        import django

        django.setup()
    except ImproperlyConfigured as error:
        output.fail(f"configuration: {error}")
        sys.exit(EXIT_USAGE)


def needs_database(func: F) -> F:
    """Set Django up first, and turn database failures into a message and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        setup_django()
        from django.db import DatabaseError

        try:
            return func(*args, **kwargs)
        except DatabaseError as error:
            output.fail(f"database: {str(error).strip()} (has `napkit migrate` been run?)")
            sys.exit(EXIT_INVALID)

    return wrapper  # type: ignore[return-value]


class NapkitGroup(click.Group):
    """napkit's own commands, then any Django management command by name."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is not None:
            return found
        setup_django()
        from django.core.management import get_commands

        if cmd_name in get_commands():
            return _django_command(cmd_name)
        return None


def _django_command(name: str) -> click.Command:
    def run(args: tuple[str, ...]) -> None:
        from django.core.management import execute_from_command_line

        execute_from_command_line(["napkit", name, *args])

    return click.Command(
        name,
        callback=run,
        params=[click.Argument(["args"], nargs=-1, type=click.UNPROCESSED)],
        context_settings={"ignore_unknown_options": True, "help_option_names": []},
        help=f"Django's `{name}` management command.",
        add_help_option=False,
    )


@click.group(
    cls=NapkitGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Django management commands (migrate, createsuperuser, shell, check, …) run as "
    "`napkit COMMAND`; `napkit help-django` lists them.",
)
@click.version_option(package_name="napkit")
def main() -> None:
    """napkit: design, monitor and report a Women, Peace and Security National Action Plan."""


@main.command("help-django")
def help_django() -> None:
    """List the Django management commands napkit passes through."""
    setup_django()
    from django.core.management import get_commands

    for name in sorted(get_commands()):
        output.out.print(name)


from napkit.cli import accounts as _accounts  # noqa: E402,F401  (registers commands)
from napkit.cli import backup as _backup  # noqa: E402,F401
from napkit.cli import catalogue as _catalogue  # noqa: E402,F401
from napkit.cli import history as _history  # noqa: E402,F401
from napkit.cli import plans as _plans  # noqa: E402,F401
from napkit.cli import remind as _remind  # noqa: E402,F401
from napkit.cli import reports as _reports  # noqa: E402,F401
from napkit.cli import scorecard as _scorecard  # noqa: E402,F401
from napkit.cli import screen as _screen  # noqa: E402,F401
from napkit.cli import server as _server  # noqa: E402,F401
from napkit.cli import versions as _versions  # noqa: E402,F401
