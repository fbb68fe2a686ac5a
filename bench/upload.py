"""Inside a benchmark instance: check and write a 100,000-row CSV upload (prints JSON).

Run by bench/run.py with the instance's settings.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import time
from datetime import date

import django

django.setup()

from napkit.core.monitoring.submissions import check_rows, coverage  # noqa: E402
from napkit.core.plan import planfile  # noqa: E402
from napkit.monitoring import bulk, services  # noqa: E402
from napkit.monitoring.models import IndicatorReport, Submission  # noqa: E402
from napkit.plans import queries  # noqa: E402
from napkit.plans import services as plan_services  # noqa: E402
from napkit.plans.models import Plan  # noqa: E402

PLAN = """
id: bench-upload
metadata: {title: Upload benchmark, country: XV, period: {start: 2025-01-01, end: 2028-12-31}}
organisations: [{id: mod, name: Ministry of Defence, type: government}]
objectives:
  - id: O1
    title: Benchmark
    indicators:
"""


def main() -> None:
    text = PLAN + "".join(
        f"      - {{id: I{n}, name: Indicator {n}, responsible: mod, disaggregation: [location]}}\n"
        for n in range(10)
    )
    plan_services.import_plans([planfile.loads(text, name="bench.yaml")], replace=True)
    record = Plan.objects.light().get(key="bench-upload")
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
    plan = queries.working_copy(record)
    covered = coverage(plan, "mod")
    start = time.perf_counter()
    checked = check_rows(plan, covered.indicators, bulk.read_rows("bench.csv", data), "bench.csv")
    checking = time.perf_counter() - start
    assert not checked.problems and checked.rows == 100_000
    start = time.perf_counter()
    services.apply_upload(None, submission, checked, expected=submission.version)
    writing = time.perf_counter() - start
    assert IndicatorReport.objects.filter(submission=submission).count() == 10
    json.dump({"checking": checking, "writing": writing, "megabytes": len(data) / 1e6}, sys.stdout)


if __name__ == "__main__":
    main()
