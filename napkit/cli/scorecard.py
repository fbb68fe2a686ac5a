"""`napkit assess` and `napkit compare`: the scorecard from the command line."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from napkit.cli import EXIT_INVALID, main, output, setup_django
from napkit.cli.plans import max_bytes, read_plan, read_plans
from napkit.core.i18n import _, ngettext
from napkit.core.plan.model import Plan
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.core.scorecard import Assessment, Outcome, assess
from napkit.core.scorecard import render as md
from napkit.core.scorecard.compare import Comparison, Summary, Tally, summary

FORMATS = ["text", "json", "markdown", "html"]
SYMBOL = {
    Outcome.PASS: "[green]✓[/]",
    Outcome.PARTIAL: "[yellow]◐[/]",
    Outcome.FAIL: "[red]✗[/]",
    Outcome.NOT_APPLICABLE: "[dim]–[/]",
    Outcome.NOT_STATED: "[dim]?[/]",
}
LEVEL_COLOUR = {"high_impact": "green", "solid": "cyan", "partial": "yellow", "weak": "red"}


def _is_file(target: str) -> bool:
    return (
        target == "-"
        or Path(target).exists()
        or Path(target).suffix.lower() in (".yaml", ".yml", ".json")
    )


def load_targets(targets: tuple[str, ...]) -> tuple[list[Plan], list[Problem]]:
    """Plans from files, or from the database by plan id; every problem found."""
    files = tuple(t for t in targets if _is_file(t))
    plans, problems = read_plans(files)
    stored = [t for t in targets if not _is_file(t)]
    if stored:
        setup_django()
        from napkit.plans import queries

        for key in stored:
            plan = queries.plan_document(key)
            if plan is None:
                problems.append(Problem(f"no such file, and no stored plan {key!r}"))
            else:
                plans.append(plan)
    order = {t: i for i, t in enumerate(targets)}
    plans.sort(key=lambda p: order.get(p.id, len(order)))
    return plans, problems


class Score(click.FloatRange):
    """A score from 0 to 100; NaN (which no comparison can fail) is refused too."""

    name = "score"

    def __init__(self) -> None:
        super().__init__(0, 100)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number from 0 to 100.", param, ctx)
        return number


def _as_of(value: datetime | None) -> date:
    return value.date() if value else date.today()


def _html(template: str, context: dict[str, object]) -> str:
    setup_django()
    from django.template.loader import render_to_string

    return render_to_string(template, context)


def print_assessment(a: Assessment) -> None:
    out = output.out
    colour = LEVEL_COLOUR[a.level.value]
    out.print(f"[bold]{escape(a.plan.title)}[/] ({a.plan.id})")
    out.print(
        f"[bold {colour}]{a.score:.0f}/100 {a.level.label}[/] · budget status "
        f"[bold]{a.budget_status.value}[/] · {a.tally.passed} passed, "
        f"{a.tally.partial} partial, {a.tally.failed} failed, "
        f"{a.tally.not_applicable} n/a · as of {a.as_of}"
    )
    out.print(f"[dim]{escape(a.coverage)}; {escape(_(md.STAGE[a.stage]))}[/]\n")
    findings = Table("headline finding", "answer", box=None, pad_edge=False)
    for h in a.headlines:
        findings.add_row(escape(h.question), escape(md.answer_words(h.answer)))
    out.print(findings)
    out.print()
    table = Table("#", "criterion", "score", "level", "checks", box=None, pad_edge=False)
    for c in a.criteria:
        level = md.level(c)
        score = "—" if c.score is None else f"{c.score:.0f}"
        marks = " ".join(SYMBOL[k.outcome] for k in c.checks)
        table.add_row(
            str(c.number),
            escape(c.title),
            score,
            f"[{LEVEL_COLOUR[c.level.value]}]{level}[/]" if c.level else level,
            marks,
        )
    out.print(table)
    for c in a.criteria:
        out.print(f"\n[bold]{c.number}. {escape(c.title)}[/]")
        for k in c.checks:
            out.print(
                f"  {SYMBOL[k.outcome]} {k.id} {escape(k.title)}: {escape(k.evidence.summary)}"
            )
            if k.recommendation and k.outcome is not Outcome.PASS:
                out.print(f"      [dim]→ {escape(k.recommendation)}[/]")


@main.command("assess")
@click.argument("target", metavar="FILE_OR_PLAN")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--fail-under",
    type=Score(),
    metavar="SCORE",
    help="Exit 1 when the overall score is below SCORE (0-100), to gate a draft.",
)
@click.option(
    "--as-of",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="DATE",
    help="Assess as on this date (default: today); timing checks depend on it.",
)
@output.output_option
def assess_command(
    target: str, fmt: str, fail_under: float | None, as_of: datetime | None, output_file: str | None
) -> None:
    """Assess a plan file, or a stored plan by id, against the 13 criteria.

    Prints every check with its evidence and, where it falls short, a recommendation.
    JSON output follows docs/assessment.schema.json.
    """
    day = _as_of(as_of)
    if _is_file(target):
        plans, problems = load_targets((target,))
        if problems:
            output.problems(problems)
            sys.exit(EXIT_INVALID)
        result = assess(plans[0], day)
    else:
        stored = _stored_assessment(target, day)
        if stored is None:
            output.problems([Problem(f"no such file, and no stored plan {target!r}")])
            sys.exit(EXIT_INVALID)
        result = stored
    if fmt == "text" and not output_file:
        print_assessment(result)
    else:
        output.write(_render_assessment(result, fmt), output_file)
    if fail_under is not None and result.score < fail_under:
        output.fail(f"score {result.score:.1f} is below {fail_under:g}")
        sys.exit(EXIT_INVALID)


def _stored_assessment(key: str, day: date) -> Assessment | None:
    """A stored plan's scorecard exactly as the web, the API and the public site give it:
    its working copy with what its monitoring cycle has shown."""
    setup_django()
    from napkit.monitoring import queries as monitoring_queries
    from napkit.plans import queries

    record = queries.plan_record(key)
    if record is None:
        return None
    return monitoring_queries.assessment(queries.working_copy(record), day, record)


def _render_assessment(result: Assessment, fmt: str) -> str:
    if fmt == "json":
        return result.to_json()
    if fmt == "html":
        return _html("plans/scorecard_document.html", {"assessment": result})
    return md.assessment_markdown(result)


@main.command("compare")
@click.argument("targets", nargs=-1, required=True, metavar="FILE_OR_PLAN…")
@click.option(
    "--format", "fmt", type=click.Choice([*FORMATS, "csv"]), default="text", show_default=True
)
@click.option(
    "--as-of",
    type=click.DateTime(["%Y-%m-%d"]),
    metavar="DATE",
    help="Assess as on this date (default: today).",
)
@click.option(
    "--skip-invalid",
    is_flag=True,
    help="Compare the valid plans even if some files are invalid (still exits 1).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Assess plan files in this many processes at once.",
)
@output.output_option
def compare_command(
    targets: tuple[str, ...],
    fmt: str,
    as_of: datetime | None,
    skip_invalid: bool,
    jobs: int,
    output_file: str | None,
) -> None:
    """Compare plans: a plans × criteria matrix, and summary counts.

    The counts are those a comparative study reports: how many plans reach an allocated
    budget, have indicators, give civil society a seat on the coordination body, and so on.
    Plans are read and assessed one at a time (or --jobs at a time), so memory does not
    grow with the number of plans.
    """
    day = _as_of(as_of)
    tally = Tally()
    problems: list[Problem] = []
    found = _summaries(targets, day, jobs)
    for one, trouble in output.progress(found, "Assessing plans", total=len(targets)):
        problems += trouble
        if one is not None:
            tally.add(one)
    output.problems(problems)
    if problems and not skip_invalid:
        output.fail("nothing compared (use --skip-invalid to compare the valid plans)")
        sys.exit(EXIT_INVALID)
    comparison = tally.result()
    if fmt == "text" and not output_file:
        print_comparison(comparison)
    else:
        output.write(_render_comparison(comparison, fmt), output_file)
    if problems:
        sys.exit(EXIT_INVALID)


Summarised = tuple[Summary | None, list[Problem]]


def _summarise_file(name: str, day: date, limit: int | None = None) -> Summarised:
    """Read, check and assess one plan file (in a worker process when there are jobs)."""
    try:
        return summary(assess(read_plan(name, limit), day)), []
    except PlanInvalid as error:
        return None, list(error.problems)


def _summarise_stored(key: str, day: date) -> Summarised:
    found = _stored_assessment(key, day)
    if found is None:
        return None, [Problem(f"no such file, and no stored plan {key!r}")]
    return summary(found), []


def _summaries(targets: tuple[str, ...], day: date, jobs: int) -> Iterator[Summarised]:
    """Each target's summary, in the order given."""
    files = [t for t in targets if _is_file(t) and t != "-"]
    if jobs < 2 or len(files) < 2:
        for t in targets:
            yield _summarise_file(t, day) if _is_file(t) else _summarise_stored(t, day)
        return
    limit = max_bytes()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        done = pool.map(_summarise_file, files, repeat(day), repeat(limit), chunksize=2)
        for t in targets:
            if t in files:
                yield next(done)
            else:
                yield _summarise_file(t, day) if _is_file(t) else _summarise_stored(t, day)


def _render_comparison(c: Comparison, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(c.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return md.comparison_csv(c)
    if fmt == "html":
        return _html("plans/comparison_document.html", {"comparison": c})
    return md.comparison_markdown(c)


def _heat(score: float | None) -> str:
    if score is None:
        return "[dim]—[/]"
    colour = (
        "green" if score >= 80 else "cyan" if score >= 60 else "yellow" if score >= 40 else "red"
    )
    return f"[{colour}]{score:.0f}[/]"


def print_comparison(c: Comparison) -> None:
    ids = list(c.criteria)
    table = Table(box=None, pad_edge=False)
    table.add_column("plan", overflow="fold", min_width=12)
    table.add_column("score")
    table.add_column("budget", overflow="fold")
    for i in range(len(ids)):
        table.add_column(str(i + 1), justify="right")
    for row in c.rows:
        table.add_row(
            escape(row.plan),
            _heat(row.score),
            row.budget_status.value,
            *(_heat(row.criteria[i]) for i in ids),
        )
    output.out.print(table)
    output.out.print(
        "[dim]"
        + escape("; ".join(f"{n + 1} {t}" for n, t in enumerate(c.criteria.values())))
        + "[/]\n"
    )
    for h in c.headlines:
        silent = ngettext("{n} does not say", "{n} do not say", h.not_stated)
        said = f" [dim]({silent.format(n=h.not_stated)})[/]" if h.not_stated else ""
        output.out.print(f"{escape(h.sentence)}{said}")
    output.out.print(
        "\nBudget status: " + ", ".join(f"{s.value} {n}" for s, n in c.budget_status.items() if n)
    )
    if c.global_indicators:
        output.out.print(
            "Global indicators used: "
            + escape("; ".join(f"{g.label} ({len(g.plans)})" for g in c.global_indicators))
        )
