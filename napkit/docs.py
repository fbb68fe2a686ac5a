"""Documentation pages generated from the code, so they cannot drift from it."""

from __future__ import annotations

import json

import click

from napkit import config
from napkit.core import planfile


def cli_reference() -> str:
    from napkit.cli import main

    lines = ["# CLI reference", "",
             "<!-- Generated from the commands' --help by `napkit docs`; do not edit. -->", ""]
    ctx = click.Context(main, info_name="napkit", terminal_width=100, max_content_width=100)
    lines += ["## napkit", "", "```", main.get_help(ctx), "```", ""]
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        assert command is not None
        sub = click.Context(command, info_name=name, parent=ctx, terminal_width=100,
                            max_content_width=100)
        lines += [f"## napkit {name}", "", "```", command.get_help(sub), "```", ""]
    return "\n".join(lines)


def pages() -> dict[str, str]:
    return {
        "configuration.md": config.markdown() + "\n",
        "cli.md": cli_reference(),
        "plan.schema.json": json.dumps(planfile.json_schema(), indent=2, ensure_ascii=False) + "\n",
    }
