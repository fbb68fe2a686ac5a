"""What a submission's saved values look like to a reviewer: data-quality warnings (the
rules are in ``napkit.core.monitoring.quality``) and the indicators left blank.

Both are worked out from what is saved, never from what was typed, so the focal point, the
reviewer and the approval step all see the same list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from napkit.core.monitoring.quality import (
    Previous,
    QualityWarning,
    indicator_warnings,
    spending_warnings,
)
from napkit.core.monitoring.submissions import coverage
from napkit.core.plan import model as core
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Measure
from napkit.monitoring import approved
from napkit.monitoring.models import IndicatorReport, SpendingReport, Submission
from napkit.plans.models import Plan


def _previous(submission: Submission, wanted: Iterable[str]) -> dict[str, Previous]:
    """The last approved value of each indicator from a period ending before this one."""
    keys = set(wanted)
    if not keys:
        return {}
    start = submission.round.period_start
    # Only the plan's key is needed to read its approved data: not its whole document.
    record = Plan(pk=submission.round.plan_id)
    out: dict[str, Previous] = {}
    for key, series in approved.current(record).observations.items():
        if key not in keys:
            continue
        for observation in series:  # in period order: the last one kept is the latest
            value = observation.value
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            if observation.end < start and numeric:
                assert isinstance(value, int | float)
                out[key] = Previous(float(value), observation.label)
    return out


def warnings(
    plan: core.Plan,
    submission: Submission,
    indicators: Mapping[str, IndicatorReport] | None = None,
    spending: Mapping[str, SpendingReport] | None = None,
) -> list[QualityWarning]:
    """Every warning about the submission's saved values, in the order of the form.
    ``indicators`` and ``spending`` are its rows when the caller has read them already."""
    covered = coverage(plan, submission.organisation)
    if indicators is None:
        indicators = {r.indicator: r for r in submission.indicators.all()}
    if spending is None:
        spending = {r.budget_line: r for r in submission.spending.all()}
    numeric = [
        i.id
        for i in covered.indicators
        if i.measure in (Measure.NUMBER, Measure.PERCENTAGE) and i.id in indicators
    ]
    previous = _previous(submission, numeric)
    dims = dimensions(plan)
    out: list[QualityWarning] = []
    for indicator in covered.indicators:
        row = indicators.get(indicator.id)
        if row is not None:
            out += indicator_warnings(
                indicator,
                dims,
                row.value,
                row.numerator,
                row.denominator,
                row.parts or {},
                previous.get(indicator.id),
            )
    for line in covered.budget_lines:
        money = spending.get(line.id)
        if money is not None:
            out += spending_warnings(line.id, money.allocated, money.disbursed, money.spent)
    return out


def blank(row: IndicatorReport | None) -> bool:
    """Nothing reported for the indicator: no value, no breakdown, no numerator."""
    if row is None:
        return True
    return (row.value is None or row.value == "") and not row.parts and row.numerator is None


def blanks(plan: core.Plan, submission: Submission) -> list[str]:
    """The ids of the submission's indicators that have no value saved."""
    rows = {r.indicator: r for r in submission.indicators.all()}
    covered = coverage(plan, submission.organisation)
    return [i.id for i in covered.indicators if blank(rows.get(i.id))]
