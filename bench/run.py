"""Benchmarks: run them all and write docs/benchmarks.md (`make bench`).

Each figure is measured on realistic data (the demo plan and a generated national plan with
40 approved quarterly rounds) and shown beside a floor measured in the same run (a static
file through the same server, a raw parse of the same data), so figures from different
machines compare by their ratios. Targets are those the issues set; a figure past its
target fails the run.

Environment: BENCH_SECONDS (default 60) for the concurrent-editing run, BENCH_LOAD_SECONDS
(default 60) for the reporting deadline under load; BENCH_POSTGRES=0
skips PostgreSQL (by default it is measured when scripts/ensure-postgres gives a server).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import work
from bench.common import ROOT, Figure, machine, percentile
from bench.concurrency import concurrency
from bench.instance import DEMO, Instance
from bench.load import load
from bench.pages import pages
from bench.server import hammer, served


def _postgres() -> str | None:
    if os.environ.get("BENCH_POSTGRES", "1") == "0":
        return None
    found = subprocess.run(
        [str(ROOT / "scripts" / "ensure-postgres")], capture_output=True, text=True
    )
    return found.stdout.strip() or None if found.returncode == 0 else None


def public_load(instance: Instance) -> list[Figure]:
    """The public plan page under load, page cache on, as docs/deployment.md describes."""
    workers, threads, clients, seconds = 2, 4, 8, 15.0
    path = f"/public/{DEMO}/"
    with served(instance.env, workers=workers, threads=threads) as port:
        hammer(port, path, clients, 2.0)  # every worker builds and keeps the page
        failures, latencies = hammer(port, path, clients, seconds)
    note = (
        f"gunicorn, {workers} workers × {threads} threads, {instance.kind}, {clients} "
        f"keep-alive clients for {seconds:g} s on the same machine; {len(latencies)} requests"
    )
    return [
        Figure(
            "public plan page under load: throughput",
            len(latencies) / seconds,
            "req/s",
            100,
            note,
            at_least=True,
        ),
        Figure("… failed requests", failures, "requests", 0, ""),
        Figure("… median response time", statistics.median(latencies), "s", 0.25, ""),
        Figure("… 95th percentile response time", percentile(latencies, 0.95), "s", 0.5, ""),
    ]


def upload(instance: Instance) -> list[Figure]:
    found = json.loads(instance.python("bench/upload.py"))
    return [
        Figure(
            "check a 100,000-row CSV upload (read, validate every row)",
            found["checking"],
            "s",
            60.0,
            f"{found['megabytes']:.1f} MB, 10 indicators × 10,000 localities",
        ),
        Figure("write it (one transaction)", found["writing"], "s", 30.0, ""),
    ]


def _table(figures: list[Figure]) -> list[str]:
    lines = ["| measure | result | × floor | target | notes |", "|---|---|---|---|---|"]
    for f in figures:
        bound = "≥" if f.at_least else "≤"
        target = "—" if f.target is None else f"{bound} {f.target:g} {f.unit}"
        ratio = "—" if f.ratio is None else f"{f.ratio:.3g}"
        mark = "" if f.ok else " ❌"
        value = (
            f"{f.value * 1000:.1f} ms"
            if f.unit == "s" and f.value < 1
            else (f"{f.value:.4g} {f.unit}")
        )
        lines.append(f"| {f.name} | {value}{mark} | {ratio} | {target} | {f.note} |")
    return [*lines, ""]


Made = tuple[list[Figure], list[str]] | list[Figure]


def main() -> int:
    seconds = float(os.environ.get("BENCH_SECONDS", "60"))
    sections: list[tuple[str, list[str], list[Figure]]] = []

    def section(title: str, make: Callable[..., Made], *args: object) -> None:
        print(f"… {title}", file=sys.stderr)
        made = make(*args)
        figures, text = made if isinstance(made, tuple) else (made, [])
        sections.append((title, text, figures))
        for f in figures:
            mark = "" if f.ok else "  (past target)"
            print(f"  {f.name}: {f.value:.4g} {f.unit}{mark}", file=sys.stderr)

    section("Scorecard", work.scorecard)
    section("Comparing many plans", work.compare, dict(os.environ))
    section("Excel logframe", work.workbook)
    section("Screening a NAP document", work.screening)
    databases = [None]
    url = _postgres()
    if url:
        databases.append(url)
    for database in databases:
        instance = Instance(database)
        try:
            prepared = instance.load()
            section(f"Pages at national size ({instance.kind})", pages, instance, prepared)
            section(
                f"Concurrent editing ({instance.kind})", concurrency, instance, prepared, seconds
            )
            section(
                f"A reporting deadline under load ({instance.kind})",
                load,
                instance,
                float(os.environ.get("BENCH_LOAD_SECONDS", "60")),
            )
            section(f"Import and annual report ({instance.kind})", work.stored, instance)
            if database is None:
                section("Monitoring uploads (SQLite)", upload, instance)
                section("Public plan page under load (SQLite)", public_load, instance)
        finally:
            instance.close()
    lines = [
        "# Benchmarks",
        "",
        "<!-- Written by `make bench` (bench/run.py). -->",
        "",
        f"Machine: {machine()}.",
        "",
        "Every figure has the floor it is measured against in the same run where one makes "
        "sense (× floor): a static file served by the same server for pages, a raw parse of "
        "the same data for the scorecard, compare and import. Compare runs on different "
        "machines by these ratios, not by their seconds. The national plan is made by "
        "`napkit generate --size national`: 10 objectives, 60 outputs, 400 activities, 300 "
        "indicators by sex and age, 25 organisations, 1,200 budget lines, 40 approved "
        "quarterly rounds (840 submissions, 12,000 values).",
        "",
    ]
    failed = False
    for title, text, figures in sections:
        lines += [f"## {title}", "", *text, *_table(figures)]
        failed |= any(not f.ok for f in figures)
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
