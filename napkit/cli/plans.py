"""Plan files and stored plans: validate, import, list, export, demo."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.table import Table

from napkit import config
from napkit.cli import EXIT_INVALID, main, needs_database, output
from napkit.core.plan import planfile
from napkit.core.plan.model import Plan
from napkit.core.plan.problems import PlanInvalid, Problem

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
DEMO_FILES = ("valdoria-nap-2025.yaml", "weak-plan.yaml")


def max_bytes() -> int:
    try:
        return config.load().max_plan_file_bytes
    except config.ConfigError:
        return planfile.DEFAULT_MAX_BYTES


def read_plan(name: str, limit: int | None = None) -> Plan:
    """One plan file (``-`` is standard input) or logframe workbook (.xlsx, .xlsm);
    ``PlanInvalid`` with every problem."""
    from napkit.core.plan import workbook

    limit = max_bytes() if limit is None else limit
    if workbook.is_workbook(name):
        return workbook.load(name, max_bytes=limit)
    if name == "-":
        data = planfile.read_bounded(sys.stdin.buffer, limit, "<stdin>")
        return planfile.loads(planfile.decode(data, "<stdin>"), name="<stdin>")
    return planfile.load(name, max_bytes=limit)


def read_plans(files: tuple[str, ...]) -> tuple[list[Plan], list[Problem]]:
    """Read every file; return the plans that are valid and every problem found."""
    plans: list[Plan] = []
    problems: list[Problem] = []
    limit = max_bytes()
    for name in output.progress(files, "Reading plan files"):
        try:
            plans.append(read_plan(name, limit))
        except PlanInvalid as error:
            problems += error.problems
    return plans, problems


@main.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE…")
@click.option("-q", "--quiet", is_flag=True, help="Print problems only.")
def validate(files: tuple[str, ...], quiet: bool) -> None:
    """Check plan files (YAML or JSON; - reads standard input) or logframe workbooks (.xlsx).

    Every problem is printed as FILE:LINE:COLUMN: FIELD: MESSAGE (in a workbook: FILE: sheet
    SHEET, row ROW, column COLUMN: MESSAGE). Exits 1 if any file is invalid.
    """
    plans, problems = read_plans(files)
    output.problems(problems)
    if not quiet:
        for plan in plans:
            output.ok(f"{plan.id}: valid ({_summary(plan)})")
    if problems:
        bad = len({p.file for p in problems})
        output.fail(f"{bad} of {len(files)} file(s) invalid, {len(problems)} problem(s)")
        sys.exit(EXIT_INVALID)


def _summary(plan: Plan) -> str:
    from napkit.core.plan import walk

    plural = {
        "objective": "objectives",
        "outcome": "outcomes",
        "output": "outputs",
        "activity": "activities",
        "indicator": "indicators",
    }
    counts: dict[str, int] = {}
    for ref in walk.results(plan):
        counts[ref.tier.value] = counts.get(ref.tier.value, 0) + 1
    counts["indicator"] = sum(1 for _ in walk.indicators(plan))
    return ", ".join(f"{n} {word if n == 1 else plural[word]}" for word, n in counts.items())


@main.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE…")
@click.option("--replace", is_flag=True, help="Overwrite stored plans that have the same id.")
@needs_database
def import_(files: tuple[str, ...], replace: bool) -> None:
    """Store plan files or logframe workbooks (.xlsx) in the database, all of them or none.

    If any file is invalid, or a plan already exists and --replace is not given, nothing
    is written and the command exits 1.
    """
    from napkit.plans import services

    plans, problems = read_plans(files)
    if problems:
        output.problems(problems)
        output.fail("nothing was imported")
        sys.exit(EXIT_INVALID)
    try:
        with output.working(f"Importing {len(plans)} plan(s)"):
            done = services.import_plans(plans, replace=replace)
    except PlanInvalid as error:
        output.problems(error.problems)
        output.fail("nothing was imported")
        sys.exit(EXIT_INVALID)
    for item in done:
        output.ok(f"{item.key}: {'replaced' if item.replaced else 'imported'}")


@main.command("plans")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "ids", "json"]),
    default="table",
    show_default=True,
    help="ids prints one plan id per line, for scripts.",
)
@needs_database
def list_plans(fmt: str) -> None:
    """List the stored plans."""
    from napkit.plans import queries

    records = queries.plan_list()
    if fmt == "ids":
        for record in records:
            click.echo(record.key)
        return
    rows = [
        {
            "id": r.key,
            "title": r.title,
            "country": r.country,
            "edition": r.edition,
            "status": r.status,
            "period": [str(r.period_start or ""), str(r.period_end or "")],
        }
        for r in records
    ]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    table = Table("id", "country", "edition", "status", "period", "title")
    for row in rows:
        table.add_row(
            row["id"],
            row["country"],
            str(row["edition"] or ""),
            row["status"],
            " – ".join(row["period"]),
            row["title"],
        )
    output.out.print(table if rows else "No plans stored yet (try `napkit demo`).")


OPEN_DATA = ("csv", "iati", "iptt")
WORKBOOK_LANGUAGES = ("en", "fr")


@main.command()
@click.argument("plan_id", metavar="PLAN")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*(f.value for f in planfile.Format), "xlsx", *OPEN_DATA]),
    default="yaml",
    show_default=True,
    help="yaml and json: the plan file; xlsx: the logframe workbook; csv, iati and iptt: "
    "open data of the published plan.",
)
@click.option(
    "--language",
    type=click.Choice(WORKBOOK_LANGUAGES),
    default="en",
    show_default=True,
    help="Language of the xlsx workbook's headers and instructions.",
)
@click.option(
    "--published",
    is_flag=True,
    help="Export what the public sees: the latest published version with approved monitoring "
    "data only (json: the open-data document of the plan and its data; yaml: the published "
    "plan file). Implied by csv, iati and iptt.",
)
@output.output_option
@needs_database
def export(plan_id: str, fmt: str, language: str, published: bool, output_file: str | None) -> None:
    """Write a stored plan as a plan file, or its published data as open data.

    \b
    yaml, json  the working copy as a plan file (loss-free: `napkit import` reads it back)
    xlsx        the working copy as a logframe workbook (loss-free too: a hidden sheet
                keeps what the visible sheets do not show; edits to them are imported)
    csv         indicator data, one row per indicator × period × disaggregation
    json        with --published: the published plan and all its approved data
    iati        the plan as an IATI 2.03 activity (validated against the schema)
    iptt        the indicator performance tracking table (Excel)
    """
    if published and fmt == "xlsx":
        output.fail("xlsx exports the working copy; --published is for yaml, json and open data")
        sys.exit(EXIT_INVALID)
    if published or fmt in OPEN_DATA:
        content = _published_export(plan_id, fmt)
    else:
        from napkit.plans import queries

        plan = queries.plan_document(plan_id)
        if plan is None:
            output.fail(f"no plan {plan_id!r} (see `napkit plans`)")
            sys.exit(EXIT_INVALID)
        if fmt == "xlsx":
            from napkit.core.plan import workbook

            content = workbook.write(plan, language)
        else:
            content = planfile.dumps(plan, planfile.Format(fmt)).encode()
    output.write(content, output_file, plan_id)


@main.command()
@click.option(
    "--language",
    type=click.Choice(WORKBOOK_LANGUAGES),
    default="en",
    show_default=True,
    help="Language of the headers and instructions (either is read back).",
)
@output.output_option
def template(language: str, output_file: str | None) -> None:
    """Write the empty logframe workbook (.xlsx) to fill in and import.

    It has the instructions, one sheet per part of the plan with its headers and
    drop-down lists; `napkit import FILE.xlsx` reads it once filled in.
    """
    from napkit.core.plan import workbook

    output.write(workbook.template(language), output_file, "template")


def _published_export(plan_id: str, fmt: str) -> bytes:
    from django.utils import timezone

    from napkit.public import services

    try:
        pub = services.published(plan_id)
    except services.NotPublished:
        output.fail(f"no published plan {plan_id!r} (publish a version first: `napkit publish`)")
        sys.exit(EXIT_INVALID)
    name = services.PLAN_FILE if fmt == "yaml" else fmt
    return services.export_file(pub, name, timezone.localdate()).content


@main.command()
@click.option(
    "--examples",
    "folder",
    type=click.Path(file_okay=False, exists=True),
    default=str(EXAMPLES_DIR),
    show_default="the source tree's examples/",
    help="Folder holding the demo plan files.",
)
@click.option(
    "--password",
    help="Give every demo account this password (default: a new random one each, printed).",
)
@needs_database
def demo(folder: str, password: str | None) -> None:
    """Load the demo plans, publish them, and create one demo account per role.

    Earlier copies of the demo plans are replaced (their versions and history stay).
    """
    from napkit.accounts import demo as accounts
    from napkit.plans import editing, services
    from napkit.plans.models import Plan as PlanRecord
    from napkit.plans.models import PlanVersion

    files = tuple(str(Path(folder) / name) for name in DEMO_FILES)
    plans, problems = read_plans(files)
    if problems:
        output.problems(problems)
        output.fail("the demo data is invalid; nothing was loaded")
        sys.exit(EXIT_INVALID)
    for item in services.import_plans(plans, replace=True, by="demo"):
        record = PlanRecord.objects.get(key=item.key)
        if not PlanVersion.objects.filter(plan=record).exists():
            editing.publish(None, record, "Adopted plan (demo)")
        output.ok(f"{item.key}: demo plan loaded and published")
    table = Table("user", "password", "role")
    for account, secret in accounts.create_accounts(password):
        table.add_row(account.username, secret, account.description)
    from napkit.monitoring import demo as monitoring

    made = monitoring.load()
    output.ok(f"valdoria-nap-2025: 3 reporting rounds, {made} submissions")
    from napkit.plans import demo as discussion

    output.ok(f"valdoria-nap-2025: {discussion.load()} comments on the working copy")
    output.out.print("Demo accounts (sign in at /accounts/login/):")
    output.out.print(table)


@main.command()
@click.option(
    "--size",
    type=click.Choice(["demo", "national", "regional"]),
    default="national",
    show_default=True,
    help="demo: the demo's size; national: 10 objectives, 60 outputs, 400 activities, 300 "
    "indicators, 25 organisations, 1,200 budget lines; regional: 30 national plans.",
)
@click.option(
    "--rounds",
    type=click.IntRange(0, 200),
    default=None,
    help="Approved quarterly rounds per plan [default: 40 national and regional, 8 demo].",
)
@click.option(
    "--files",
    "folder",
    type=click.Path(file_okay=False),
    help="Write the plan files into this folder instead of storing plans.",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same plans.")
def generate(size: str, rounds: int | None, folder: str | None, seed: int) -> None:
    """Make plausible plans (and years of approved monitoring) at the size of real ones.

    For measuring napkit as a ministry or a regional organisation would use it. The plans
    are fictional (user-assigned country codes XA–XZ); stored plans of the same ids are
    replaced, with their rounds, and published.
    """
    from napkit.core.plan import generate as maker

    count = maker.REGIONAL_PLANS if size == "regional" else 1
    kind = "national" if size == "regional" else size
    plans = [maker.plan(kind, seed, n) for n in range(count)]
    if folder is not None:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for plan in plans:
            planfile.dump(plan, Path(folder) / f"{plan.id}.yaml")
            output.ok(f"{plan.id}: written ({_summary(plan)})")
        return
    _store_generated(plans, 8 if rounds is None and size == "demo" else rounds or 40)


@needs_database
def _store_generated(plans: list[Plan], rounds: int) -> None:
    from napkit.monitoring import generate as monitoring
    from napkit.plans import editing, services
    from napkit.plans.models import Plan as PlanRecord

    for item in services.import_plans(plans, replace=True, by="generate"):
        record = PlanRecord.objects.light().get(key=item.key)
        editing.publish(None, record, "Generated plan")
        made = monitoring.load(record, rounds) if rounds else 0
        output.ok(f"{item.key}: stored and published, {rounds} rounds, {made} submissions")
