"""The annual progress report of a published plan, as the site serves it."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from napkit.cli import EXIT_INVALID, main, needs_database, output


@main.command()
@click.argument("plan_id", metavar="PLAN")
@click.option(
    "--period",
    help="The reporting period: a fiscal year ('FY 2025-26', '2025-26', '2025'), a round, or "
    "YYYY-MM-DD..YYYY-MM-DD. Default: the latest fiscal year with approved data.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["pdf", "html"]), default="pdf", show_default=True
)
@click.option(
    "--language",
    type=click.Choice(["en", "fr"]),
    default="en",
    show_default=True,
    help="Language of the report's own text (the plan's text stays as written).",
)
@click.option(
    "-o",
    "--output",
    "target",
    help="Where to write it ('-' for standard output). Default: a file named after the plan "
    "and the period, in the current folder.",
)
@needs_database
def report(plan_id: str, period: str | None, fmt: str, language: str, target: str | None) -> None:
    """Write the annual progress report of a published plan.

    It shows the latest published version and monitoring data approved for periods ending
    by the end of the reporting period: a summary, progress by pillar and objective with
    charts and indicator tables, activities, budget, reporting compliance, the
    civil-society shadow assessment when one was published, and notes on method.
    """
    from django.utils import timezone, translation

    from napkit.public import report as documents
    from napkit.public import services

    try:
        pub = services.published(plan_id)
    except services.NotPublished:
        output.fail(f"no published plan {plan_id!r} (publish a version first: `napkit publish`)")
        sys.exit(EXIT_INVALID)
    today = timezone.localdate()
    with translation.override(language):
        try:
            with output.working(f"Writing the {fmt.upper()} report"):
                made = documents.cached_report(pub, period, fmt, today)
        except ValueError as error:
            output.fail(str(error))
            sys.exit(EXIT_INVALID)
    if target == "-":
        output.binary(made.file.content)
        return
    path = Path(target or made.file.filename)
    output.write_file(path, made.file.content)
    output.ok(f"{plan_id}: {made.period.label} report written to {path}")
