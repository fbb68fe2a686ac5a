"""Inside a benchmark instance: whether each load-test submission was submitted holding
the values last saved (prints JSON).

Usage: load_check.py '{"<pk>": ["<value>", ["<indicator id>", …]], …}'
"""

from __future__ import annotations

import json
import sys

import django

django.setup()

from napkit.monitoring.models import IN_REVIEW, IndicatorReport, Submission  # noqa: E402


def main(last: dict[str, list[object]]) -> None:
    lost = submitted = 0
    details = []
    for key, (value, indicators) in last.items():
        sub = Submission.objects.get(pk=int(key))
        values = {
            str(r.value)
            for r in IndicatorReport.objects.filter(submission=sub)
            if r.value is not None and r.indicator in indicators  # type: ignore[operator]
        }
        ok = sub.status in IN_REVIEW and values == ({value} if indicators else set())
        submitted += sub.status in IN_REVIEW
        lost += not ok
        if not ok:
            details.append([key, sub.status, sorted(values), value])
    json.dump({"lost": lost, "submitted": submitted, "details": details}, sys.stdout)


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
