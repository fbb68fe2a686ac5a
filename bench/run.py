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


def django_ready() -> None:
    """A throw-away SQLite database for the benchmarks that need one."""
    import django

    if os.environ.get("NAPKIT_BENCH_READY"):
        return
    os.environ["NAPKIT_DATA_DIR"] = tempfile.mkdtemp(prefix="napkit-bench-")
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "napkit.settings"
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    os.environ["NAPKIT_BENCH_READY"] = "1"


UPLOAD_PLAN = """
id: bench
metadata: {title: Upload benchmark, country: XV, period: {start: 2025-01-01, end: 2028-12-31}}
organisations: [{id: mod, name: Ministry of Defence, type: government}]
objectives:
  - id: O1
    title: Benchmark
    indicators:
"""


def upload() -> list[Figure]:
    import csv
    import io
    from datetime import date

    django_ready()
    from napkit.core import planfile
    from napkit.core.reports import check_rows, coverage
    from napkit.monitoring import bulk, services
    from napkit.monitoring.models import IndicatorReport, Submission
    from napkit.plans import mapping, services as plan_services

    text = UPLOAD_PLAN + "".join(
        f"      - {{id: I{n}, name: Indicator {n}, responsible: mod, "
        f"disaggregation: [location]}}\n" for n in range(10))
    plan = planfile.loads(text, name="bench.yaml")
    plan_services.import_plans([plan], replace=True)
    from napkit.plans.models import Plan

    record = Plan.objects.get(key="bench")
    opened = services.open_round(None, record, label=f"Round {time.time()}",
                                 period_start=date(2025, 1, 1), period_end=date(2025, 12, 31),
                                 opens=date(2026, 1, 1), deadline=date(2026, 3, 1))
    submission = Submission.objects.get(round=opened, organisation="mod")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["indicator", "indicator_name", "dimension", "category", "value"])
    for n in range(10):
        for place in range(10_000):
            writer.writerow([f"I{n}", "", "location", f"Locality {place}", place % 97])
    data = out.getvalue().encode()
    core_plan = mapping.to_core(record)
    covered = coverage(core_plan, "mod")
    start = time.perf_counter()
    checked = check_rows(core_plan, covered.indicators, bulk.read_rows("bench.csv", data),
                         "bench.csv")
    checking = time.perf_counter() - start
    assert not checked.problems and checked.rows == 100_000
    start = time.perf_counter()
    services.apply_upload(None, submission, checked, expected=submission.version)
    writing = time.perf_counter() - start
    assert IndicatorReport.objects.filter(submission=submission).count() == 10
    return [
        Figure("check a 100,000-row CSV upload (read, validate every row)", checking, "s", 60.0,
               f"{len(data) / 1e6:.1f} MB, 10 indicators × 10,000 localities"),
        Figure("write it (one transaction)", writing, "s", 30.0, ""),
    ]


def dashboard() -> list[Figure]:
    django_ready()
    from django.test import Client

    from napkit.accounts import demo as accounts
    from napkit.core import planfile
    from napkit.monitoring import demo
    from napkit.plans import editing
    from napkit.plans import services as plan_services
    from napkit.plans.models import Plan

    plan = planfile.load(ROOT / "examples" / "valdoria-nap-2025.yaml")
    plan_services.import_plans([plan], replace=True)
    record = Plan.objects.get(key=plan.id)
    editing.publish(None, record, "bench")
    accounts.create_accounts("bench-password-123")
    demo.load(plan.id)
    client = Client(HTTP_HOST="localhost")
    assert client.login(username="coordinator", password="bench-password-123")

    def get(path: str) -> None:
        assert client.get(path).status_code == 200

    seconds = median_seconds(lambda: get(f"/plans/{plan.id}/monitoring/"), runs=5)
    page = median_seconds(lambda: get(f"/plans/{plan.id}/"), runs=5)
    return [
        Figure("monitoring dashboard of the demo plan (3 rounds, 35 indicators)", seconds, "s",
               1.0, "server time, Django test client"),
        Figure("plan page of the demo plan (working copy)", page, "s", 1.0, ""),
    ]


BENCHMARKS: dict[str, Callable[[], list[Figure]]] = {
    "Scorecard": scorecard,
    "Monitoring uploads": upload,
    "Pages": dashboard,
}


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
