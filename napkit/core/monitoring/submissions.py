"""What an organisation reports in a round, and checking what it sent.

An organisation reports on the indicators it is responsible for, the activities it leads
and their budget lines. Values are checked against the indicator (a percentage from 0 to
100, a level of the ordinal scale, yes or no); disaggregated parts against the
indicator's dimensions. A breakdown that does not add up to its total is a warning (the
rules are in ``quality``): the total stands and the reporter is told.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from napkit.core.i18n import _
from napkit.core.monitoring.quality import breakdown_warning, tidy
from napkit.core.plan import walk
from napkit.core.plan.model import Activity, BudgetLine, Dimension, Indicator, Plan
from napkit.core.plan.problems import Problem
from napkit.core.plan.types import MAX_VALUE
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Measure

COLUMNS = (
    "indicator",
    "indicator_name",
    "dimension",
    "category",
    "value",
    "numerator",
    "denominator",
    "note",
)
REQUIRED_COLUMNS = ("indicator", "value")


@dataclass(frozen=True)
class Coverage:
    organisation: str
    indicators: list[Indicator]
    activities: list[Activity]
    budget_lines: list[BudgetLine]

    @property
    def empty(self) -> bool:
        return not (self.indicators or self.activities)


def coverage(plan: Plan, organisation: str) -> Coverage:
    """The indicators an organisation is responsible for, the activities it leads, and the
    budget lines of those activities (or held by it)."""
    indicators = [
        i.indicator for i in walk.indicators(plan) if i.indicator.responsible == organisation
    ]
    activities: list[Activity] = []
    lines: list[BudgetLine] = []
    for ref in walk.activities(plan):
        activity = ref.item
        assert isinstance(activity, Activity)
        if activity.responsibility.lead == organisation:
            activities.append(activity)
            lines += [b for b in activity.budget_lines if b.currency]
    seen = {b.id for b in lines}
    lines += [
        b.line
        for b in walk.budget_lines(plan)
        if b.line.organisation == organisation and b.line.id not in seen and b.line.currency
    ]
    return Coverage(organisation, indicators, activities, lines)


def reporting_organisations(plan: Plan) -> list[str]:
    """Organisations with something to report, in the plan's order."""
    return [o.id for o in plan.organisations if not coverage(plan, o.id).empty]


@dataclass
class Reported:
    """A checked value for one indicator."""

    indicator: str
    value: bool | int | float | str | None = None
    numerator: float | None = None
    denominator: float | None = None
    parts: dict[str, dict[str, float]] = field(default_factory=dict)
    note: str = ""


_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")


class BadNumber(ValueError):
    """Not a number we accept; the message says why."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def number_text(text: str) -> str | None:
    """A typed number as Python reads it ("1,500" → "1500", "42%" → "42"), or None when
    it is not one: a comma only separates thousands, in a correct grouping (1,500 or
    12,345.6); a decimal comma (12,5) is not a number here, never read as something else."""
    cleaned = text.strip()
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].strip()
    if _PLAIN.fullmatch(cleaned):
        return cleaned
    if _GROUPED.fullmatch(cleaned):
        return cleaned.replace(",", "")
    return None


def _number(text: Any) -> float | None:
    """A reported number, or None if blank; ``BadNumber`` saying what is wrong otherwise.

    A comma is only accepted as a thousands separator in a correct grouping (1,500 or
    12,345.6): a decimal comma (12,5) is refused, never read as something else.
    """
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    expected = _("expected a number, got {value}").format(value=repr(text))
    if isinstance(text, bool):
        raise BadNumber(expected)
    if isinstance(text, int | float):
        try:
            number = float(text)
        except OverflowError:
            number = math.inf
    else:
        cleaned = number_text(str(text))
        if cleaned is not None:
            number = float(cleaned)
        elif "," in str(text):
            raise BadNumber(
                _(
                    "{value}: use a point for decimals (12.5), not a comma; a comma may only "
                    "separate thousands (1,500)"
                ).format(value=repr(text))
            )
        else:
            raise BadNumber(expected)
    if math.isnan(number):
        raise BadNumber(expected)
    if not abs(number) <= MAX_VALUE:
        raise BadNumber(
            _("{value} is too large: numbers are at most 1,000,000,000,000,000 (1e15)").format(
                value=repr(text)
            )
        )
    return number


def _blank(cell: Any) -> bool:
    return cell is None or str(cell).strip() == ""


def parse_value(indicator: Indicator, raw: Any) -> tuple[Any, str | None]:
    """A typed value for the indicator, or an explanation of what was expected."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    measure = indicator.measure
    if measure is Measure.YES_NO:
        text = str(raw).strip().lower()
        if raw is True or text in ("yes", "true", "1", "oui", "vrai"):
            return True, None
        if raw is False or text in ("no", "false", "0", "non", "faux"):
            return False, None
        return None, _("expected yes or no, got {value}").format(value=repr(raw))
    if measure is Measure.ORDINAL:
        if str(raw).strip() in indicator.scale:
            return str(raw).strip(), None
        return None, _("expected one of the levels {levels}, got {value}").format(
            levels=", ".join(indicator.scale), value=repr(raw)
        )
    if measure is Measure.NARRATIVE:
        return str(raw).strip(), None
    try:
        number = _number(raw)
    except BadNumber as error:
        return None, error.message
    assert number is not None
    if number < 0:
        return None, _("expected a number of 0 or more, got {value}").format(value=repr(raw))
    if measure is Measure.PERCENTAGE and number > 100:
        return None, _("a percentage is from 0 to 100, got {value}").format(value=repr(raw))
    return tidy(number), None


def check_parts(
    indicator: Indicator, dims: Mapping[str, Dimension], parts: Mapping[str, Mapping[str, Any]]
) -> list[tuple[str, str]]:
    """Problems with a breakdown, as (dimension, message)."""
    out = []
    for dimension, values in parts.items():
        if dimension not in indicator.disaggregation:
            allowed = ", ".join(indicator.disaggregation) or _("none")
            out.append(
                (
                    dimension,
                    _(
                        "{indicator} is not broken down by {dimension} (its dimensions: {allowed})"
                    ).format(indicator=indicator.id, dimension=dimension, allowed=allowed),
                )
            )
            continue
        known = {c.id for c in dims[dimension].categories}
        for category in values:
            if known and category not in known:
                out.append(
                    (
                        dimension,
                        _(
                            "unknown {dimension} category {category} (expected one of: {known})"
                        ).format(
                            dimension=dimension,
                            category=repr(category),
                            known=", ".join(sorted(known)),
                        ),
                    )
                )
    return out


@dataclass
class Upload:
    """The result of checking a bulk upload: values to write, problems, warnings."""

    values: dict[str, Reported]
    problems: list[Problem]
    warnings: list[str]
    rows: int


def check_rows(
    plan: Plan,
    indicators: Iterable[Indicator],
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    name: str,
) -> Upload:
    """Check tidy rows (indicator, dimension, category, value, numerator, denominator, note).

    Each row is (line number, {column: cell}). A row without a dimension is the total; a
    row with one is a part of the breakdown. Nothing is partial: any problem and the
    upload is refused as a whole.
    """
    by_id = {i.id: i for i in indicators}
    dims = dimensions(plan)
    values: dict[str, Reported] = {}
    first_row: dict[tuple[str, str, str], int] = {}
    total_row: dict[str, int] = {}
    problems: list[Problem] = []
    count = 0

    def problem(line: int, column: str, message: str) -> None:
        problems.append(Problem(message, (column,), file=name, line=line))

    for line, row in rows:
        count += 1
        key = str(row.get("indicator") or "").strip()
        if not key:
            if any(str(v or "").strip() for v in row.values()):
                problem(line, "indicator", _("no indicator id"))
            continue
        indicator = by_id.get(key)
        if indicator is None:
            problem(
                line,
                "indicator",
                _("{key} is not an indicator of this submission (expected one of: {known})").format(
                    key=repr(key), known=", ".join(by_id) or _("none")
                ),
            )
            continue
        dimension = str(row.get("dimension") or "").strip()
        category = str(row.get("category") or "").strip()
        raw = row.get("value")
        if all(_blank(row.get(c)) for c in ("value", "numerator", "denominator", "note")):
            continue  # a template row left empty
        slot = (key, dimension, category)
        if slot in first_row:
            problem(
                line,
                "indicator",
                _("repeats row {row} ({what})").format(
                    row=first_row[slot], what=" / ".join(p for p in slot if p)
                ),
            )
            continue
        first_row[slot] = line
        value, why = parse_value(indicator, raw)
        if why:
            problem(line, "value", why)
            continue
        reported = values.setdefault(key, Reported(key))
        if dimension:
            if not category:
                problem(line, "category", _("a breakdown row needs a category"))
                continue
            for dim, message in check_parts(indicator, dims, {dimension: {category: 0}}):
                problem(
                    line,
                    "category" if dim == dimension and "category" in message else "dimension",
                    message,
                )
            if _blank(raw):
                problem(
                    line,
                    "value",
                    _(
                        "a breakdown row needs a value; to give none, leave the whole row empty "
                        "(an empty value would erase the saved breakdown)"
                    ),
                )
            elif isinstance(value, bool | str):
                problem(line, "value", _("only numbers and percentages can be broken down"))
            for column in ("numerator", "denominator", "note"):
                if not _blank(row.get(column)):
                    problem(
                        line,
                        column,
                        _(
                            "the {column} goes on the indicator's total row (the row with no "
                            "dimension), not on a breakdown row"
                        ).format(column=column),
                    )
            if value is not None and not isinstance(value, bool | str):
                reported.parts.setdefault(dimension, {})[category] = value
            continue
        total_row[key] = line
        reported.value = value
        reported.note = str(row.get("note") or "").strip()
        for column in ("numerator", "denominator"):
            try:
                number = _number(row.get(column))
            except BadNumber as error:
                problem(line, column, error.message)
                continue
            if number is not None and indicator.measure is not Measure.PERCENTAGE:
                problem(line, column, _("only percentages have numerators and denominators"))
            setattr(reported, column, number)
        if reported.denominator is not None and reported.denominator <= 0:
            problem(line, "denominator", _("the denominator must be more than 0"))
    warnings: list[str] = []
    for key, reported in values.items():
        indicator = by_id[key]
        if reported.value is None and not reported.parts and key in total_row:
            problem(
                total_row[key],
                "value",
                _(
                    "no value for {indicator}: without it the saved value would be erased; "
                    "give the value, or leave the row empty"
                ).format(indicator=key),
            )
            continue
        if reported.value is None and reported.parts:
            first = next(iter(reported.parts.values()))
            reported.value = tidy(sum(first.values()))
            warnings.append(
                _(
                    "{indicator}: no total given; the total is taken as the sum of "
                    "its breakdown, {total}"
                ).format(indicator=key, total=reported.value)
            )
        warnings += breakdown_warning(indicator, dims, reported.value, reported.parts)
    problems.sort(key=lambda p: p.line or 0)
    return Upload(values, problems, warnings, count)
