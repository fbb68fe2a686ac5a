"""`napkit catalogue`: browse and search the indicator catalogue from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from napkit.cli import EXIT_INVALID, main, output
from napkit.core import catalogue as core
from napkit.core.plan.problems import Problem


@main.command("catalogue")
@click.argument("query", required=False, default="")
@click.option("--set", "set_id", metavar="SET", help="Only this set (un_1325, eu_1325, sdg, …).")
@click.option(
    "--dir",
    "dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Also a folder of national or regional set files (docs/catalogue.md); repeatable.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@output.output_option
def catalogue_command(
    query: str, set_id: str | None, dirs: tuple[Path, ...], fmt: str, output_file: str | None
) -> None:
    """List or search the indicator catalogue: the UN, EU and SDG indicators a plan can adapt.

    QUERY matches words of the wording (any order, accents and case ignored) or a code
    ("5.5.1", "sdg:16.7"). Without QUERY every indicator is listed, set by set, with its
    source. In a plan file, point at one with `catalogue: [{set: sdg, code: 5.5.1}]`.
    """
    try:
        sets = core.load_sets(dirs)
    except core.CatalogueError as error:
        output.problems([Problem(str(error))])
        sys.exit(EXIT_INVALID)
    ids = [s.id for s in sets]
    if set_id is not None and set_id not in ids:
        output.problems(
            [Problem(f"--set {set_id!r}: no such set; expected one of {', '.join(ids)}")]
        )
        sys.exit(EXIT_INVALID)
    if ":" in query and set_id is None:
        set_id, query = (part.strip() for part in query.split(":", 1))
    if query:
        found = core.search(query, set_id, dirs)
    else:
        found = [i for s in sets if set_id in (None, s.id) for i in s.indicators]
    if fmt == "json":
        sources = {s.id: s for s in sets}
        rows = [
            {
                **i.model_dump(mode="json", exclude={"set_id"}),
                "set": i.set_id,
                "ref": i.ref,
                "source": sources[i.set_id].reference or sources[i.set_id].title,
                "source_url": i.source_url or sources[i.set_id].url,
            }
            for i in found
        ]
        output.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", output_file)
        return
    if output_file:
        lines = [f"{i.ref}\t{i.text}" for i in found]
        output.write("\n".join(lines) + ("\n" if lines else ""), output_file)
        return
    for s in sets:
        shown = [i for i in found if i.set_id == s.id]
        if not shown:
            continue
        missing = s.missing_numbers()
        note = f"; {len(missing)} of {s.declared_count} not yet in napkit" if missing else ""
        output.out.print(
            f"[bold]{escape(s.id)}[/] {escape(s.title)}\n"
            f"[dim]{escape(s.reference or '')} {escape(s.date)} {escape(s.url)}{escape(note)}[/]"
        )
        table = Table(box=None, pad_edge=False, show_header=False)
        table.add_column("code", no_wrap=True)
        table.add_column("indicator", overflow="fold")
        for i in shown:
            mark = " [dim](paraphrase)[/]" if i.paraphrase else ""
            table.add_row(escape(i.ref), escape(i.text) + mark)
        output.out.print(table)
        output.out.print()
    if not found:
        output.fail(f"no indicator matches {query!r}" if query else "the catalogue is empty")
        sys.exit(EXIT_INVALID)
    output.ok(f"{len(found)} indicator(s)")
