"""Benchmarks: run them all and write docs/benchmarks.md (`make bench`).

Each benchmark times real work on realistic data and reports the median of several runs.
Targets are written beside the figures; a figure above its target fails the run.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float | None
    note: str

    @property
    def ok(self) -> bool:
        return self.target is None or self.value <= self.target


def median_seconds(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def scorecard() -> list[Figure]:
    from napkit.core import planfile
    from napkit.core.scorecard import assess
    from napkit.core.scorecard.compare import compare

    text = (ROOT / "examples" / "valdoria-nap-2025.yaml").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(100):
            path = Path(folder) / f"plan-{i}.yaml"
            path.write_text(
                text.replace("id: valdoria-nap-2025", f"id: plan-{i}", 1), encoding="utf-8"
            )
            paths.append(path)
        as_of = date(2026, 11, 26)
        load = median_seconds(lambda: [planfile.load(p) for p in paths], runs=3)
        plans = [planfile.load(p) for p in paths]
        score = median_seconds(lambda: [assess(p, as_of) for p in plans], runs=3)
        total = median_seconds(
            lambda: compare([assess(planfile.load(p), as_of) for p in paths]), runs=3
        )
    return [
        Figure(
            "compare 100 demo-size plans, end to end",
            total,
            "s",
            100.0,
            "read, validate, assess and compare 100 plan files of 43 activities, 35 "
            "indicators and 59 budget lines each; target: well under 1 s per plan",
        ),
        Figure("… per plan", total / 100, "s", 0.25, "target: well under a second"),
        Figure("read and validate one plan file", load / 100, "s", None, "YAML, ~140 kB"),
        Figure("assess one plan (all 56 checks)", score / 100, "s", None, ""),
    ]


BENCHMARKS: dict[str, Callable[[], list[Figure]]] = {"Scorecard": scorecard}


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "napkit.settings")
    lines = [
        "# Benchmarks",
        "",
        "<!-- Written by `make bench` (bench/run.py); figures are medians of several runs. -->",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}.",
        "",
    ]
    failed = False
    for title, bench in BENCHMARKS.items():
        figures = bench()
        lines += [f"## {title}", "", "| measure | result | target | notes |", "|---|---|---|---|"]
        for f in figures:
            target = "—" if f.target is None else f"≤ {f.target:g} {f.unit}"
            mark = "" if f.ok else " ❌"
            lines.append(f"| {f.name} | {f.value:.4g} {f.unit}{mark} | {target} | {f.note} |")
            failed |= not f.ok
            print(f"{title}: {f.name}: {f.value:.4g} {f.unit}", file=sys.stderr)
        lines.append("")
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
