"""Past monitoring data from a spreadsheet or a database export: ``napkit import-data``."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape

from napkit.cli import EXIT_INVALID, EXIT_USAGE, main, needs_database, output


def _mapping(columns: tuple[str, ...], given: tuple[str, ...]) -> dict[str, str]:
    """The guessed mapping, corrected by ``--map COLUMN=FIELD`` (``COLUMN=`` leaves a column
    out)."""
    from napkit.core.monitoring import history_columns as cols

    mapping = cols.guess(columns)
    for item in given:
        column, sep, wanted = item.partition("=")
        if not sep:
            output.fail(f"--map {item!r}: expected COLUMN=FIELD (fields: {', '.join(cols.FIELDS)})")
            sys.exit(EXIT_USAGE)
        column, wanted = column.strip(), wanted.strip()
        # a field is in one column only: the one named here takes it from the guess
        for other in [c for c, f in mapping.items() if f == wanted]:
            del mapping[other]
        if wanted:
            mapping[column] = wanted
        else:
            mapping.pop(column, None)
    return mapping


@main.command("import-data")
@click.argument("plan_id", metavar="PLAN")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="COLUMN=FIELD",
    help="Say which field a column holds when its header is not recognised (repeatable). "
    "Fields: indicator, indicator_name, period, value, dimension, category, numerator, "
    "denominator, note, source; COLUMN= leaves a column out.",
)
@click.option("--sheet", help="The sheet of a workbook to read (default: the first with data).")
@click.option("--dry-run", is_flag=True, help="Check the file and show what would be imported.")
@needs_database
def import_data(
    plan_id: str, file: Path, maps: tuple[str, ...], sheet: str | None, dry_run: bool
) -> None:
    """Import past monitoring data (CSV or XLSX) into a stored plan as closed, approved rounds.

    One row per indicator and period (and category of a breakdown): the indicator's id or
    name, the period (2019, 2019-Q2, FY2019-20, 2019-04-01..2020-03-31, …) and the value.
    Existing values are never overwritten. Every problem is printed as FILE:ROW: COLUMN:
    MESSAGE and nothing is written; exits 1 if there is any.
    """
    from napkit.monitoring import history
    from napkit.plans.models import Plan

    record = Plan.objects.light().filter(key=plan_id).first()
    if record is None:
        output.fail(f"no plan {plan_id!r} (see `napkit plans`)")
        sys.exit(EXIT_INVALID)
    try:
        data = file.read_bytes()
    except OSError as error:
        output.fail(f"cannot read {file}: {error.strerror or error}")
        sys.exit(EXIT_INVALID)
    try:
        table = history.read(file.name, data, sheet)
        mapping = _mapping(table.columns, maps)
        if dry_run:
            checked = history.preview(record, table, mapping)
            if checked.problems:
                raise history.HistoryInvalid(checked.problems, checked)
            for round_ in checked.rounds:
                what = "new round" if round_.key is None else "fills the existing round"
                output.out.print(f"{round_.label}: {len(round_.values)} value(s), {what}")
            for warning in checked.warnings:
                output.err.print(f"[yellow]warning[/]: {escape(warning)}")
            output.ok(
                f"{file.name}: {checked.values} value(s) in {len(checked.rounds)} round(s) "
                "would be imported (dry run: nothing was written)"
            )
            return
        with output.working(f"Importing {file.name}"):
            done = history.import_history(None, record, file.name, data, mapping, sheet=sheet)
    except history.HistoryInvalid as error:
        output.problems(error.problems)
        output.fail(f"{len(error.problems)} problem(s): nothing was imported")
        sys.exit(EXIT_INVALID)
    output.ok(
        f"{plan_id}: {done.values} value(s) imported into {done.rounds_created} new and "
        f"{done.rounds_filled} existing round(s)"
    )
