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
    "--issue",
    is_flag=True,
    help="Issue the report: freeze it as the period's next edition, which the public site "
    "then serves unchanged whatever is published or approved later.",
)
@click.option("--reason", default="", help="Why a new edition is issued (from the second on).")
@click.option(
    "--edition",
    type=click.IntRange(min=1),
    help="Write this issued edition (default: the latest edition, or the draft if none).",
)
@click.option(
    "-o",
    "--output",
    "target",
    help="Where to write it ('-' for standard output). Default: a file named after the plan "
    "and the period, in the current folder.",
)
@needs_database
def report(
    plan_id: str,
    period: str | None,
    fmt: str,
    language: str,
    issue: bool,
    reason: str,
    edition: int | None,
    target: str | None,
) -> None:
    """Write the annual progress report of a published plan, as the site serves it: the
    latest issued edition of the period's report, or the draft while none was issued.

    It shows the latest published version and monitoring data approved for periods ending
    by the end of the reporting period: a summary, progress by pillar and objective with
    charts and indicator tables, activities, budget, reporting compliance, the
    civil-society shadow assessment when one was published, and notes on method.
    """
    from django.utils import timezone, translation

    from napkit.public import issuing, services
    from napkit.public import report as documents

    try:
        pub = services.published(plan_id)
    except services.NotPublished:
        output.fail(f"no published plan {plan_id!r} (publish a version first: `napkit publish`)")
        sys.exit(EXIT_INVALID)
    today = timezone.localdate()
    if issue:
        try:
            with output.working("Issuing the report (HTML and PDF, every language)"):
                row = issuing.issue(None, pub.record, period, reason)
        except issuing.Refused as refused:
            output.fail(str(refused))
            sys.exit(EXIT_INVALID)
        output.ok(f"{plan_id}: {row.period_label} report issued, edition {row.edition}")
        pub = services.published(plan_id)  # issuing gave the plan a new stamp
        period = row.period
    with translation.override(language):
        try:
            with output.working(f"Writing the {fmt.upper()} report"):
                found = issuing.issued_file(pub, period or "", fmt, language, edition)
                if found is None and edition is not None:
                    raise ValueError(f"no edition {edition} of that period's report was issued")
                if found is None:
                    found = documents.cached_report(pub, period, fmt, today).file
        except ValueError as error:
            output.fail(str(error))
            sys.exit(EXIT_INVALID)
    if target == "-":
        output.binary(found.content)
        return
    path = Path(target or found.filename)
    output.write_file(path, found.content)
    output.ok(f"{plan_id}: report written to {path}")
