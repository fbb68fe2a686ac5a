"""`napkit publish` and `napkit diff`: versions of a plan from the command line."""

from __future__ import annotations

import dataclasses
import json
import re
import sys

import click

from napkit.cli import EXIT_INVALID, main, needs_database, output, setup_django
from napkit.cli.plans import read_plans
from napkit.core.plan import diff as core_diff
from napkit.core.plan.model import Plan
from napkit.core.plan.types import ID_PATTERN

WORKING = "working"
_VERSION = re.compile(r"[0-9]+", re.ASCII)
_PLAN_ID = re.compile(ID_PATTERN)
MAX_VERSION = 2**31 - 1  # the largest version number a database column holds


def _is_file(reference: str) -> bool:
    return reference.endswith((".yaml", ".yml", ".json")) or reference == "-"


def check_reference(ctx: click.Context, param: click.Parameter, reference: str) -> str:
    """A plan file, PLAN, PLAN@N (N a positive whole number) or PLAN@working; else a
    usage error (exit 2), before anything is read."""
    if _is_file(reference):
        return reference
    key, at, which = reference.partition("@")
    if not _PLAN_ID.fullmatch(key):
        raise click.BadParameter(
            f"{reference!r}: expected a plan file (.yaml, .yml, .json), PLAN, PLAN@N or "
            "PLAN@working, where PLAN is a plan id (see `napkit plans`)"
        )
    if at and which != WORKING and not (_VERSION.fullmatch(which) and int(which) > 0):
        raise click.BadParameter(
            f"{reference!r}: after '@' expected a version number (1, 2, …) or 'working', "
            f"got {which!r}"
        )
    return reference


def _stored(reference: str) -> Plan:
    """PLAN (latest version), PLAN@N (version N) or PLAN@working (the working copy)."""
    setup_django()
    from django.db import DatabaseError

    try:
        return _query(reference)
    except DatabaseError as error:
        raise click.ClickException(
            f"database: {str(error).strip()} (has `napkit migrate` been run?)"
        ) from None


def _query(reference: str) -> Plan:
    from napkit.plans import editing, queries
    from napkit.plans.models import Plan as Record
    from napkit.plans.models import PlanVersion

    key, at, which = reference.partition("@")
    record = Record.objects.filter(key=key).first()
    if record is None:
        raise click.ClickException(f"no plan {key!r} (see `napkit plans`)")
    if which == WORKING:
        return queries.working_copy(record)
    versions = PlanVersion.objects.filter(plan=record)
    if not at:
        version = versions.order_by("-number").first()
        if version is None:
            raise click.ClickException(f"{key}: no published version yet (`napkit publish`)")
    else:
        number = int(which)  # check_reference let through ASCII digits only
        version = versions.filter(number=number).first() if number <= MAX_VERSION else None
        if version is None:
            raise click.ClickException(f"{reference}: no such published version")
    return editing.version_document(version)


def _load(reference: str) -> Plan:
    if _is_file(reference):
        plans, problems = read_plans((reference,))
        if problems:
            output.problems(problems)
            sys.exit(EXIT_INVALID)
        return plans[0]
    return _stored(reference)


@main.command("diff")
@click.argument("before", metavar="BEFORE", callback=check_reference)
@click.argument("after", metavar="AFTER", callback=check_reference)
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
