"""Years of past monitoring data, read from a tidy table into approved reporting rounds.

A secretariat's history is a table with one row per indicator × period (× category of a
breakdown): the indicator (by id or by name), the period as people write it, the value,
and optionally the breakdown, a note and the source. ``check`` reads every row against
the plan and what is already stored, and returns the rounds and values to write, or
every problem with its row and column: an import is all or nothing, so a file with one
problem writes nothing and the person fixes everything in one pass.

Rules that keep the approved data true:

- a value is never overwritten: an indicator already holding a value for the same
  period (in any round, approved or not) is a conflict, and so is a period that
  overlaps one of its stored periods (a running total would count it twice);
- a period found in the file that is exactly an existing round's fills that round (it
  must be closed; an organisation's submission in it must be approved or empty), any
  other period becomes a new closed round;
- periods lie within the plan's period and are over (an open cycle is reported, not
  imported).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from napkit.core.i18n import _
from napkit.core.monitoring import history_columns as cols
from napkit.core.monitoring.history_cells import (
    Matcher,
    breakdown,
    decimal_comma,
    number_of,
    text_of,
)
from napkit.core.monitoring.period_text import Period, read_period
from napkit.core.monitoring.periods import periods_between
from napkit.core.monitoring.quality import breakdown_warning
from napkit.core.monitoring.submissions import parse_value
from napkit.core.monitoring.tables import Cell, Table, blank
from napkit.core.plan.model import Indicator, Plan
from napkit.core.plan.problems import Problem
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Frequency, Measure

Report = Callable[[int, str, str], None]  # (row, field, message): a located problem

PERIODS_ACCEPTED = (
    "2019, 2019-Q2, Q2 2019, T2 2019, 2019-H1, S1 2019, FY2019-20, Exercice 2019-2020, "
    "2019-04-01..2020-03-31"
)


@dataclass(frozen=True)
class StoredRound:
    """A round already in the database, as the check needs it."""

    key: str
    label: str
    start: date
    end: date
    closed: bool
    # organisation → status (as shown), for submissions with entries that are not approved: imported
    # values cannot join them without approving what nobody reviewed
    unreviewed: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredValue:
    """An indicator's stored value (approved or not) for a round's period."""

    indicator: str
    start: date
    end: date
    label: str


@dataclass
class Value:
    """One indicator's imported value for one period."""

    indicator: str
    organisation: str
    row: int
    value: Any = None
    numerator: float | None = None
    denominator: float | None = None
    parts: dict[str, dict[str, float]] = field(default_factory=dict)
    note: str = ""


@dataclass
class ImportRound:
    start: date
    end: date
    label: str
    frequency: str
    key: str | None  # the existing round it fills; None: a new round
    values: list[Value] = field(default_factory=list)

    @property
    def organisations(self) -> list[str]:
        return sorted({v.organisation for v in self.values})


@dataclass
class History:
    """What an import would write, or why it cannot."""

    rounds: list[ImportRound]
    problems: list[Problem]
    warnings: list[str]
    rows: int  # rows read (blank ones left out)
    skipped: int = 0  # rows with an indicator and a period but no value

    @property
    def values(self) -> int:
        return sum(len(r.values) for r in self.rounds)

    @property
    def new_rounds(self) -> int:
        return sum(1 for r in self.rounds if r.key is None)


def organisation_of(plan: Plan, indicator: Indicator) -> str | None:
    """Whose submission holds an imported value: the responsible organisation, else the
    coordinating one (someone must have reported it)."""
    if indicator.responsible:
        return indicator.responsible
    coordinator = plan.governance.coordinator if plan.governance else None
    return coordinator.organisation if coordinator else None


def round_label(period: Period, start_month: int) -> str:
    """The name a round of that period would get when opened in napkit (Q2 FY 2025-26)."""
    for frequency in (
        Frequency.ANNUAL,
        Frequency.SEMI_ANNUAL,
        Frequency.QUARTERLY,
        Frequency.MONTHLY,
    ):
        found = periods_between(period.start, period.end, frequency, start_month)
        if len(found) == 1 and (found[0].start, found[0].end) == period.key:
            return found[0].label
    return period.label


def check(
    plan: Plan,
    table: Table,
    mapping: Mapping[str, str],
    *,
    today: date,
    rounds: Sequence[StoredRound] = (),
    stored: Sequence[StoredValue] = (),
) -> History:
    """The rounds and values the table holds for the plan, or every problem located."""
    name = table.name
    unusable = cols.check_mapping(name, table.columns, mapping)
    if unusable:  # no row can be read without knowing which column is which
        return History([], unusable, [], len(table.rows))
    # a formula with no result matters only in a column that is imported
    problems = [p for p in table.problems if not p.path or p.path[0] in mapping]
    column_of = {wanted: column for column, wanted in mapping.items()}
    index = {wanted: table.columns.index(column) for wanted, column in column_of.items()}
    start_month = plan.monitoring.fiscal_year_start
    span = plan.metadata.period
    matcher = Matcher(plan)
    dims = dimensions(plan)
    warnings: list[str] = []

    # A CSV split by semicolons comes from a spreadsheet set up for a language that writes
    # decimals with a comma (French, Spanish, German …): there "14,5" is fourteen and a half.
    comma_decimals = table.delimiter == ";"
    numbers = {cols.VALUE, cols.NUMERATOR, cols.DENOMINATOR}

    def cell(row: Sequence[Cell], wanted: str) -> Cell:
        found = row[index[wanted]] if wanted in index else None
        if comma_decimals and wanted in numbers and isinstance(found, str):
            return decimal_comma(found)
        return found

    def problem(line: int, wanted: str, message: str) -> None:
        problems.append(Problem(message, (column_of.get(wanted, wanted),), file=name, line=line))

    values: dict[tuple[str, tuple[date, date]], Value] = {}
    periods: dict[tuple[date, date], Period] = {}
    first_row: dict[tuple[str, tuple[date, date], str, str], int] = {}
    skipped = 0
    for row in table.rows:
        line, cells = row.number, row.cells
        given = text_of(cell(cells, cols.INDICATOR)) or text_of(cell(cells, cols.NAME))
        if not given:
            problem(
                line,
                cols.INDICATOR if cols.INDICATOR in index else cols.NAME,
                _("no indicator: give its id or its name"),
            )
            continue
        indicator, why = matcher.find(given)
        if indicator is None and why and cols.NAME in index and cols.INDICATOR in index:
            # the id column may be blank or wrong while the name column is right
            other = text_of(cell(cells, cols.NAME))
            if other and other != given:
                indicator, _why = matcher.find(other)
        if indicator is None:
            problem(line, cols.INDICATOR if cols.INDICATOR in index else cols.NAME, why or "")
            continue
        raw_period = cell(cells, cols.PERIOD)
        period = read_period(raw_period, start_month)
        if period is None:
            problem(
                line,
                cols.PERIOD,
                _("{value} is not a period we can read (expected e.g. {examples})").format(
                    value=repr(text_of(raw_period)) if not blank(raw_period) else _("nothing"),
                    examples=PERIODS_ACCEPTED,
                ),
            )
            continue
        if span and (period.start < span.start or period.end > span.end):
            problem(
                line,
                cols.PERIOD,
                _("{period} is outside the plan's period ({start} to {end})").format(
                    period=period.label, start=span.start, end=span.end
                ),
            )
            continue
        if period.end >= today:
            problem(
                line,
                cols.PERIOD,
                _(
                    "{period} is not over yet: only past periods are imported (open a round "
                    "for the current one)"
                ).format(period=period.label),
            )
            continue
        raw = cell(cells, cols.VALUE)
        dimension_text = text_of(cell(cells, cols.DIMENSION))
        category_text = text_of(cell(cells, cols.CATEGORY))
        if blank(raw) and blank(cell(cells, cols.NUMERATOR)):
            skipped += 1  # no value for that period: nothing to import, nothing wrong
            continue
        value, why = parse_value(indicator, raw)
        if why:
            problem(line, cols.VALUE, why)
            continue
        dimension, category = "", ""
        if dimension_text or category_text:
            dimension, category, why, where = breakdown(
                indicator, dims, dimension_text, category_text
            )
            if why:
                problem(line, where, why)
                continue
        slot = (indicator.id, period.key, dimension, category)
        if slot in first_row:
            problem(
                line,
                cols.INDICATOR if cols.INDICATOR in index else cols.NAME,
                _("repeats row {row} (the same indicator, period and category)").format(
                    row=first_row[slot]
                ),
            )
            continue
        first_row[slot] = line
        organisation = organisation_of(plan, indicator)
        if organisation is None:
            problem(
                line,
                cols.INDICATOR if cols.INDICATOR in index else cols.NAME,
                _(
                    "{indicator} has no responsible organisation: set one in the plan "
                    "first (its values are filed under it)"
                ).format(indicator=indicator.id),
            )
            continue
        periods.setdefault(period.key, period)
        found = values.setdefault(
            (indicator.id, period.key), Value(indicator.id, organisation, line)
        )
        if dimension:
            if value is None:
                problem(line, cols.VALUE, _("a breakdown row needs a value"))
                continue
            if isinstance(value, bool | str):
                problem(line, cols.VALUE, _("only numbers and percentages can be broken down"))
                continue
            found.parts.setdefault(dimension, {})[category] = value
        else:
            found.row, found.value = line, value
            if not _fractions(found, indicator, cells, cell, line, problem):
                continue
        note = "\n".join(
            t
            for t in (
                text_of(cell(cells, cols.NOTE)),
                _("Source: {source}").format(source=text_of(cell(cells, cols.SOURCE)))
                if text_of(cell(cells, cols.SOURCE))
                else "",
            )
            if t
        )
        if note and note not in found.note:
            found.note = f"{found.note}\n{note}".strip()
    by_id = matcher.by_id
    for (key, _period), found in values.items():
        indicator = by_id[key]
        if found.value is None and found.parts:
            if indicator.measure is not Measure.NUMBER:
                problem(
                    found.row,
                    cols.VALUE,
                    _(
                        "{indicator} has a breakdown but no total row (a row with no category)"
                    ).format(indicator=key),
                )
                continue
            first = next(iter(found.parts.values()))
            found.value = sum(first.values())
            warnings.append(
                _(
                    "{indicator}, {period}: no total given; it is the sum of its breakdown, {total}"
                ).format(indicator=key, period=periods[_period].label, total=found.value)
            )
        warnings += breakdown_warning(indicator, dims, found.value, found.parts)
    out = _rounds(plan, values, periods, rounds, stored, problem)
    problems.sort(key=lambda p: (p.line or 0, p.field))
    return History(out if not problems else [], problems, warnings, len(table.rows), skipped)


def _fractions(
    found: Value,
    indicator: Indicator,
    cells: Sequence[Cell],
    cell: Callable[[Sequence[Cell], str], Cell],
    line: int,
    problem: Report,
) -> bool:
    """Read the numerator and denominator of a percentage's total row."""
    ok = True
    for wanted in (cols.NUMERATOR, cols.DENOMINATOR):
        number, why = number_of(cell(cells, wanted))
        if why:
            problem(line, wanted, why)
            ok = False
        elif number is not None and indicator.measure is not Measure.PERCENTAGE:
            problem(line, wanted, _("only percentages have numerators and denominators"))
            ok = False
        elif wanted == cols.DENOMINATOR and number is not None and number <= 0:
            problem(line, wanted, _("the denominator must be more than 0"))
            ok = False
        setattr(found, wanted, number)
    if found.value is None and found.numerator is not None and found.denominator:
        found.value = round(100 * found.numerator / found.denominator, 6)
    return ok


def _rounds(
    plan: Plan,
    values: Mapping[tuple[str, tuple[date, date]], Value],
    periods: Mapping[tuple[date, date], Period],
    rounds: Sequence[StoredRound],
    stored: Sequence[StoredValue],
    problem: Report,
) -> list[ImportRound]:
    """Group the values into rounds; conflicts with stored rounds and values as problems."""
    start_month = plan.monitoring.fiscal_year_start
    at = cols.INDICATOR
    existing = {(r.start, r.end): r for r in rounds}
    held: dict[str, list[StoredValue]] = {}
    for s in stored:
        held.setdefault(s.indicator, []).append(s)
    mine: dict[str, list[tuple[tuple[date, date], int]]] = {}
    out: dict[tuple[date, date], ImportRound] = {}
    for (key, span), found in sorted(values.items(), key=lambda kv: kv[1].row):
        period = periods[span]
        clash = next(
            (s for s in held.get(key, []) if s.start <= span[1] and span[0] <= s.end), None
        )
        if clash is not None:
            same = (clash.start, clash.end) == span
            problem(
                found.row,
                at,
                (
                    _(
                        "{indicator} already has a value for {period} (round {round}): "
                        "nothing is overwritten; leave this row out, or correct the round"
                    )
                    if same
                    else _(
                        "{period} overlaps {indicator}'s stored period {round}: a value "
                        "would be counted twice; leave this row out"
                    )
                ).format(indicator=key, period=period.label, round=clash.label),
            )
            continue
        overlap = next(
            (
                row
                for other, row in mine.get(key, [])
                if other[0] <= span[1] and span[0] <= other[1]
            ),
            None,
        )
        if overlap is not None:
            problem(
                found.row,
                cols.PERIOD,
                _(
                    "{period} overlaps the period of row {row} for {indicator}: a value "
                    "would be counted twice; keep one"
                ).format(period=period.label, row=overlap, indicator=key),
            )
            continue
        mine.setdefault(key, []).append((span, found.row))
        round_ = existing.get(span)
        if round_ is not None and not round_.closed:
            problem(
                found.row,
                cols.PERIOD,
                _(
                    "{period} is the period of the round {round}, which is still open: "
                    "close it first, or report the value in it"
                ).format(period=period.label, round=round_.label),
            )
            continue
        if round_ is not None and found.organisation in round_.unreviewed:
            problem(
                found.row,
                at,
                _(
                    "{organisation}'s submission for {round} is {status}: finish its "
                    "review before importing values into it"
                ).format(
                    organisation=found.organisation,
                    round=round_.label,
                    status=round_.unreviewed[found.organisation],
                ),
            )
            continue
        if span not in out:
            out[span] = ImportRound(
                span[0],
                span[1],
                round_.label if round_ else round_label(period, start_month),
                period.frequency,
                round_.key if round_ else None,
            )
        out[span].values.append(found)
    return sorted(out.values(), key=lambda r: (r.end, r.start))
