"""`napkit screen`: read NAP documents into headline findings with their evidence."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from napkit.cli import EXIT_INVALID, main, output
from napkit.core.plan import planfile
from napkit.core.plan.problems import Problem
from napkit.core.scorecard import assess
from napkit.core.scorecard.headlines import ALLOCATED_OR_MORE, QUESTIONS
from napkit.core.screening import MAX_BYTES, Page, Screening, Unreadable, screen
from napkit.core.screening.evaluate import Report, evaluate, value_of

FORMATS = ["text", "json", "markdown", "csv"]


def _screen_one(path: str) -> Screening | Problem:
    """One document, or the problem that stops it (run in a worker with --jobs)."""
    try:
        file = Path(path)
        if file.stat().st_size > MAX_BYTES:
            return Problem(
                f"the file is too large to screen (at most {MAX_BYTES // 1_048_576} MB)", file=path
            )
        return screen(file.read_bytes(), file.name)
    except Unreadable as error:
        return Problem(error.problem.message, file=path)
    except OSError as error:
        return Problem(f"cannot read the file: {error.strerror or error}", file=path)


def _results(files: tuple[str, ...], jobs: int) -> Iterator[Screening | Problem]:
    # One document at a time (or one per worker), so memory stays flat over many documents.
    if jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(_screen_one, files)
    else:
        for path in files:
            yield _screen_one(path)


def _scorecard(screening: Screening) -> dict[str, Any]:
    found = assess(screening.plan, date.today())
    return {
        "score": found.score,
        "level": found.level.value,
        "budget_status": found.budget_status.value,
        "headlines": {h.id: h.answer for h in found.headlines},
    }


def _text(screening: Screening) -> None:
    out = output.out
    out.print(
        f"[bold]{escape(screening.name)}[/] ({screening.kind}, {screening.language}, "
        f"{len(screening.pages)} pages)"
    )
    for f in screening.findings:
        value = value_of(f)
        colour = "dim" if value == "not_stated" else "green" if f.answer == "yes" else "yellow"
        out.print(
            f"  [bold]{escape(f.question)}[/]: [{colour}]{escape(value)}[/] "
            f"[dim](confidence {f.confidence:.2f})[/]"
        )
        for ev in f.evidence:
            out.print(f"    p. {ev.page}: “{escape(_short(ev.quote))}”")
    for note in screening.notes:
        out.print(f"  [yellow]note[/]: {escape(note)}")


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _markdown(screening: Screening) -> str:
    lines = [
        f"# {screening.name}",
        "",
        f"{screening.kind}, language `{screening.language}`, {len(screening.pages)} pages.",
        "",
        "| finding | answer | confidence | evidence |",
        "| --- | --- | --- | --- |",
    ]
    for f in screening.findings:
        ev = "<br>".join(
            f"p. {e.page}: “{_short(e.quote, 160)}”".replace("|", "\\|") for e in f.evidence
        )
        lines.append(f"| {f.question} | {value_of(f)} | {f.confidence:.2f} | {ev} |")
    if screening.notes:
        lines += ["", *(f"- {n}" for n in screening.notes)]
    return "\n".join(lines) + "\n"


def _csv(screenings: list[Screening]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    keys = list(QUESTIONS)
    writer.writerow(["document", "language", "pages", *keys])
    for s in screenings:
        writer.writerow(
            [
                s.name,
                s.language,
                len(s.pages),
                *(value_of(f) if (f := s.finding(k)) else "" for k in keys),
            ]
        )
    return buffer.getvalue()


def counts(screenings: list[Screening]) -> list[str]:
    """The counts a comparative study reports: "7 of 22 plans state an allocated budget"."""
    n = len(screenings)

    def count(key: str, values: set[str]) -> int:
        return sum(1 for s in screenings if (f := s.finding(key)) and value_of(f) in values)

    lines = [
        f"{count('budget', ALLOCATED_OR_MORE)} of {n} plans state an allocated budget (or more)",
        f"{count('indicators', {'yes'})} of {n} plans have indicators",
        f"{count('baselines_targets', {'yes'})} of {n} plans have baselines and targets",
        f"{count('me_framework', {'yes'})} of {n} plans describe an M&E framework in full",
        f"{count('regular_reporting', {'yes'})} of {n} plans report regularly",
        f"{count('public_reporting', {'yes'})} of {n} plans publish their reports",
        f"{count('cs_design', {'yes'})} of {n} plans involved civil society in design",
        f"{count('cs_implementation_monitoring', {'yes'})} of {n} plans give civil society a "
        "role in implementation or monitoring",
        f"{count('coordination_mechanism', {'yes'})} of {n} plans name a coordination body",
        f"{count('cs_on_coordination', {'yes'})} of {n} plans put civil society on it",
    ]
    return lines


def _report_text(report: Report) -> str:
    lines = [
        f"agreement: {report.overall.agree} of {report.overall.total} ({report.overall.rate:.1%})",
        f"evidence correct (where the value agrees): {report.evidence.agree} of "
        f"{report.evidence.total} ({report.evidence.rate:.1%})",
        "",
        "by language:",
        *(
            f"  {k}: {t.agree} of {t.total} ({t.rate:.1%})"
            for k, t in sorted(report.by_language.items())
        ),
        "",
        "by finding (precision / recall per value, labelled count):",
    ]
    for key in QUESTIONS:
        t = report.by_finding.get(key)
        if t is None:
            continue
        lines.append(f"  {key}: {t.agree} of {t.total} ({t.rate:.1%})")
        for value, (p, r, n) in report.precision_recall(key).items():
            ps = f"{p:.2f}" if p is not None else "–"
            rs = f"{r:.2f}" if r is not None else "–"
            lines.append(f"    {value}: precision {ps}, recall {rs} (n={n})")
    if report.disagreements:
        lines += ["", "disagreements (document, finding, screened, labelled):"]
        lines += [f"  {d} {k}: {p} ≠ {v}" for d, k, p, v in report.disagreements]
    if report.missing:
        lines += ["", "not in the labels: " + ", ".join(report.missing)]
    return "\n".join(lines) + "\n"


@main.command("screen")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "-o",
    "--output",
    "out_path",
    type=click.Path(dir_okay=False),
    help="Write to this file instead of standard output.",
)
@click.option(
    "--plan-out",
    type=click.Path(file_okay=False),
    help="Write each document's draft plan file (YAML) into this folder.",
)
@click.option(
    "--evaluate",
    "labels",
    type=click.Path(exists=True, dir_okay=False),
    help="Compare with a labels CSV (document,finding,value,page,evidence).",
)
@click.option(
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Screen this many documents at once.",
)
def screen_command(
    files: tuple[str, ...],
    fmt: str,
    out_path: str | None,
    plan_out: str | None,
    labels: str | None,
    jobs: int,
) -> None:
    """Read NAP documents (PDF with a text layer, Word, HTML, text) into the 13 headline
    findings, each with its answer, confidence and quoted evidence with its page.

    Unreadable files are reported and the others still screened; the exit code is then 1.
    """
    screenings: list[Screening] = []
    problems: list[Problem] = []
    chunks: list[str] = []
    for result in output.progress(_results(files, jobs), "screening", total=len(files)):
        if isinstance(result, Problem):
            problems.append(result)
            continue
        if plan_out:
            folder = Path(plan_out)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{Path(result.name).stem}.yaml"
            target.write_text(planfile.dumps(result.plan), encoding="utf-8")
        if fmt == "text" and out_path is None and labels is None:
            _text(result)
        elif fmt == "markdown":
            chunks.append(_markdown(result))
        elif fmt == "json":
            data = json.loads(result.model_dump_json())
            data["scorecard"] = _scorecard(result)
            chunks.append(json.dumps(data, ensure_ascii=False, indent=2))
        # Keep only what later steps need: the pages' text is dropped once used.
        blank = [Page(number=p.number, text="") for p in result.pages]
        screenings.append(result.model_copy(update={"pages": blank}))
    text = ""
    if labels:
        report = evaluate(screenings, Path(labels).read_text(encoding="utf-8"))
        text = _report_text(report)
    elif fmt == "csv":
        text = _csv(screenings) + "\n" + "\n".join(f"# {line}" for line in counts(screenings))
        text += "\n"
    elif fmt == "json":
        text = chunks[0] + "\n" if len(chunks) == 1 else "[\n" + ",\n".join(chunks) + "\n]\n"
    elif fmt == "markdown":
        text = "\n".join(chunks)
    elif fmt == "text" and (out_path is not None):
        buffer = io.StringIO()
        for s in screenings:
            buffer.write(f"{s.name} ({s.kind}, {s.language})\n")
            for f in s.findings:
                buffer.write(f"  {f.question}: {value_of(f)} (confidence {f.confidence:.2f})\n")
                for ev in f.evidence:
                    buffer.write(f"    p. {ev.page}: “{_short(ev.quote)}”\n")
        text = buffer.getvalue()
    if text:
        if out_path:
            Path(out_path).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    if output.problems(problems):
        sys.exit(EXIT_INVALID)
