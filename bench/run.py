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
    at_least: bool = False  # the target is a floor (throughput), not a ceiling (time)

    @property
    def ok(self) -> bool:
        if self.target is None:
            return True
        return self.value >= self.target if self.at_least else self.value <= self.target


def median_seconds(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def scorecard() -> list[Figure]:
    from napkit.core.plan import planfile
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

    if os.environ.get("BENCH_DJANGO_READY"):
        return
    os.environ["NAPKIT_DATA_DIR"] = tempfile.mkdtemp(prefix="napkit-bench-")
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "napkit.settings"
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    os.environ["BENCH_DJANGO_READY"] = "1"


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
    from napkit.core.monitoring.submissions import check_rows, coverage
    from napkit.core.plan import planfile
    from napkit.monitoring import bulk, services
    from napkit.monitoring.models import IndicatorReport, Submission
    from napkit.plans import mapping
    from napkit.plans import services as plan_services

    text = UPLOAD_PLAN + "".join(
        f"      - {{id: I{n}, name: Indicator {n}, responsible: mod, disaggregation: [location]}}\n"
        for n in range(10)
    )
    plan = planfile.loads(text, name="bench.yaml")
    plan_services.import_plans([plan], replace=True)
    from napkit.plans.models import Plan

    record = Plan.objects.get(key="bench")
    opened = services.open_round(
        None,
        record,
        label=f"Round {time.time()}",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        opens=date(2026, 1, 1),
        deadline=date(2026, 3, 1),
    )
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
    checked = check_rows(
        core_plan, covered.indicators, bulk.read_rows("bench.csv", data), "bench.csv"
    )
    checking = time.perf_counter() - start
    assert not checked.problems and checked.rows == 100_000
    start = time.perf_counter()
    services.apply_upload(None, submission, checked, expected=submission.version)
    writing = time.perf_counter() - start
    assert IndicatorReport.objects.filter(submission=submission).count() == 10
    return [
        Figure(
            "check a 100,000-row CSV upload (read, validate every row)",
            checking,
            "s",
            60.0,
            f"{len(data) / 1e6:.1f} MB, 10 indicators × 10,000 localities",
        ),
        Figure("write it (one transaction)", writing, "s", 30.0, ""),
    ]


DEMO_ID = "valdoria-nap-2025"


def demo_loaded() -> None:
    """The demo plan, published, with its three monitoring rounds and demo accounts."""
    django_ready()
    if os.environ.get("BENCH_DEMO_LOADED"):
        return
    from napkit.accounts import demo as accounts
    from napkit.core.plan import planfile
    from napkit.monitoring import demo
    from napkit.plans import editing
    from napkit.plans import services as plan_services
    from napkit.plans.models import Plan

    plan = planfile.load(ROOT / "examples" / f"{DEMO_ID}.yaml")
    plan_services.import_plans([plan], replace=True)
    editing.publish(None, Plan.objects.get(key=plan.id), "bench")
    accounts.create_accounts("bench-password-123")
    demo.load(plan.id)
    os.environ["BENCH_DEMO_LOADED"] = "1"


def dashboard() -> list[Figure]:
    demo_loaded()
    from django.test import Client

    plan_id = DEMO_ID
    client = Client(HTTP_HOST="localhost")
    assert client.login(username="coordinator", password="bench-password-123")

    def get(path: str) -> None:
        assert client.get(path).status_code == 200

    seconds = median_seconds(lambda: get(f"/plans/{plan_id}/monitoring/"), runs=5)
    page = median_seconds(lambda: get(f"/plans/{plan_id}/"), runs=5)
    return [
        Figure(
            "monitoring dashboard of the demo plan (3 rounds, 35 indicators)",
            seconds,
            "s",
            1.0,
            "server time, Django test client",
        ),
        Figure("plan page of the demo plan (working copy)", page, "s", 1.0, ""),
    ]


def public_pages() -> list[Figure]:
    """Building the public pages, the report and the exports once (a cold cache)."""
    demo_loaded()
    from django.core.cache import cache
    from django.test import Client

    client = Client(HTTP_HOST="localhost")

    def cold(path: str) -> Callable[[], None]:
        def run() -> None:
            cache.clear()
            assert client.get(path).status_code == 200

        return run

    base = f"/public/{DEMO_ID}/"
    return [
        Figure(
            "public plan overview, built (cold cache)",
            median_seconds(cold(base)),
            "s",
            1.0,
            "release, standing and scorecard of the demo plan, rendered",
        ),
        Figure(
            "public indicator page, built (cold cache)",
            median_seconds(cold(f"{base}indicators/OP3.1.2-i1/")),
            "s",
            1.0,
            "",
        ),
        Figure(
            "annual report FY 2025-26 as PDF, built",
            median_seconds(cold(f"{base}reports/fy-2025-26.pdf"), runs=3),
            "s",
            15.0,
            "WeasyPrint, about 20 A4 pages",
        ),
        Figure(
            "IATI 2.03 XML, built and served",
            median_seconds(cold(f"{base}downloads/iati/")),
            "s",
            2.0,
            "",
        ),
        Figure(
            "IPTT workbook, built and served",
            median_seconds(cold(f"{base}downloads/iptt/")),
            "s",
            2.0,
            "",
        ),
    ]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, path: str, seconds: float = 30) -> None:
    import http.client

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", path)
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server on port {port} did not answer {path}")


def _hammer(port: int, path: str, clients: int, seconds: float) -> tuple[int, list[float]]:
    """``clients`` keep-alive connections requesting ``path`` for ``seconds``."""
    import http.client
    import threading

    latencies: list[float] = []
    failures = [0]
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.monotonic() < stop:
            start = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - start)
            if response.status != 200:
                failures[0] += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures[0], latencies


def public_load() -> list[Figure]:
    """The public plan page under load: gunicorn as docs/deployment.md describes it."""
    import subprocess

    demo_loaded()
    port = _free_port()
    workers, clients, seconds = 2, 8, 15.0
    env = {**os.environ, "NAPKIT_ALLOWED_HOSTS": "127.0.0.1,localhost"}
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "napkit.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    path = f"/public/{DEMO_ID}/"
    try:
        _wait_for(port, path)
        _hammer(port, path, clients, 2.0)  # every worker builds and caches the page
        failures, latencies = _hammer(port, path, clients, seconds)
    finally:
        server.terminate()
        server.wait(timeout=30)
    if failures:
        raise RuntimeError(f"{failures} requests failed under load")
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)]
    note = (
        f"gunicorn, {workers} workers × 4 threads, SQLite, {clients} keep-alive clients for "
        f"{seconds:g} s on the same machine; {len(latencies)} requests"
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
        Figure("… median response time", statistics.median(latencies), "s", 0.25, ""),
        Figure("… 95th percentile response time", p95, "s", 0.5, ""),
    ]


BENCHMARKS: dict[str, Callable[[], list[Figure]]] = {
    "Scorecard": scorecard,
    "Monitoring uploads": upload,
    "Pages": dashboard,
    "Public site, reports and exports": public_pages,
    "Public plan page under load": public_load,
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
            bound = "≥" if f.at_least else "≤"
            target = "—" if f.target is None else f"{bound} {f.target:g} {f.unit}"
            mark = "" if f.ok else " ❌"
            lines.append(f"| {f.name} | {f.value:.4g} {f.unit}{mark} | {target} | {f.note} |")
            failed |= not f.ok
            print(f"{title}: {f.name}: {f.value:.4g} {f.unit}", file=sys.stderr)
        lines.append("")
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
