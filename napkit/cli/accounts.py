"""`napkit token`: API tokens for scripts."""

from __future__ import annotations

import sys

import click

from napkit.cli import EXIT_INVALID, main, needs_database, output


@main.command("token")
@click.argument("username")
@click.option("--name", default="cli", show_default=True, help="What the token is for.")
@needs_database
def token_command(username: str, name: str) -> None:
    """Issue an API token for a user; it is shown once, keep it safe.

    Send it as `Authorization: Token <token>`; it has that user's permissions.
    """
    from django.contrib.auth import get_user_model

    from napkit.accounts.models import ApiToken

    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None:
        output.fail(f"no active user {username!r}")
        sys.exit(EXIT_INVALID)
    click.echo(ApiToken.issue(user, name))
