"""`napkit publish` and `napkit diff`: versions of a plan from the command line."""

from __future__ import annotations

import dataclasses
import json
import sys

import click

from napkit.cli import EXIT_INVALID, main, needs_database, output, setup_django
from napkit.cli.plans import read_plans
from napkit.core import diff as core_diff
from napkit.core.plan import Plan


def _stored(reference: str) -> Plan:
    """PLAN (latest version), PLAN@N (version N) or PLAN@working (the working copy)."""
    setup_django()
    from napkit.plans import editing, mapping
    from napkit.plans.models import Plan as Record
    from napkit.plans.models import PlanVersion

    key, _, which = reference.partition("@")
    record = Record.objects.filter(key=key).first()
    if record is None:
        raise click.ClickException(f"no plan {key!r} (see `napkit plans`)")
    if which == "working":
        return mapping.to_core(record)
    versions = PlanVersion.objects.filter(plan=record)
    version = (
        versions.filter(number=int(which)).first()
        if which.isdigit()
        else versions.order_by("-number").first()
    )
    if version is None:
        raise click.ClickException(f"{reference}: no such published version")
    return editing.version_document(version)


def _load(reference: str) -> Plan:
    if reference.endswith((".yaml", ".yml", ".json")) or reference == "-":
        plans, problems = read_plans((reference,))
        if problems:
            output.problems(problems)
            sys.exit(EXIT_INVALID)
        return plans[0]
    return _stored(reference)


@main.command("diff")
@click.argument("before", metavar="BEFORE")
@click.argument("after", metavar="AFTER")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def diff_command(before: str, after: str, fmt: str) -> None:
    """Show what changed between two versions of a plan.

    Each side is a plan file, or a stored plan: PLAN (its latest published version),
    PLAN@N (version N) or PLAN@working (the working copy). Items are matched by id;
    changes are listed field by field, targets included.
    """
    try:
        found = core_diff.diff(_load(before), _load(after))
    except click.ClickException as error:
        output.fail(error.message)
        sys.exit(EXIT_INVALID)
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(found), indent=2, ensure_ascii=False, default=str))
    else:
        click.echo(core_diff.diff_text(found), nl=False)


@main.command("publish")
@click.argument("plan_id", metavar="PLAN")
@click.option("--note", default="", help="What this version is (e.g. 'adopted by cabinet').")
@needs_database
def publish_command(plan_id: str, note: str) -> None:
    """Freeze a stored plan's working copy into its next published version."""
    from napkit.plans import editing
    from napkit.plans.models import Plan as Record

    record = Record.objects.filter(key=plan_id).first()
    if record is None:
        output.fail(f"no plan {plan_id!r} (see `napkit plans`)")
        sys.exit(EXIT_INVALID)
    version = editing.publish(None, record, note)
    output.ok(f"{plan_id}: published version {version.number}")
