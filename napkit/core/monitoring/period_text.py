"""Reporting periods as people write them in spreadsheets, in English or French.

``read_period`` turns a cell into a period, or None when it cannot tell which:

- a year: ``2019`` (the calendar year);
- a quarter or a half of a calendar year: ``2019-Q2``, ``Q2 2019``, ``T2 2019``,
  ``2e trimestre 2019``, ``2019-H1``, ``S1 2019``, ``1er semestre 2019``; of a fiscal year:
  ``Q2 FY2019-20``;
- a fiscal year: ``FY2019-20``, ``FY 2019/20``, ``AF 2019-20``, ``Exercice 2019-2020``,
  ``2019-2020``, ``2019/20``: the year starting in the plan's fiscal-year month of 2019.
  When the plan's fiscal year is the calendar year, ``2019-2020`` is both years;
- a range of dates: ``2019-04-01..2020-03-31``, ``01/04/2019 - 31/03/2020``,
  ``du 01/04/2019 au 31/03/2020``;
- a month: ``2019-06`` (but ``2011-12`` is read as a fiscal year), ``06/2019``;
- a single date (``2019-12-31``, ``31/12/2019``, a date cell): the plan's fiscal year
  containing it.

Dates are read day first (``01/04/2019`` is 1 April), as outside the United States.
``canonical`` writes a period back in the form a mapping file uses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from napkit.core.monitoring.periods import fiscal_year_label, fiscal_year_of

YEARS = range(1900, 2101)


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str
    frequency: str  # annual, semi_annual, quarterly, monthly, custom
    round: str | None = None  # the key of an existing round it is, when one was named

    @property
    def key(self) -> tuple[date, date]:
        return (self.start, self.end)


def _month_start(year: int, month: int) -> date:
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _span(start: date, months: int) -> date:
    """The last day of the ``months`` months from ``start`` (the first of a month)."""
    nxt = _month_start(start.year, start.month + months)
    return nxt - timedelta(days=1)


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), str(y), "annual")


def quarter(y: int, q: int) -> Period:
    start = date(y, 3 * (q - 1) + 1, 1)
    return Period(start, _span(start, 3), f"Q{q} {y}", "quarterly")


def half(y: int, h: int) -> Period:
    start = date(y, 6 * (h - 1) + 1, 1)
    return Period(start, _span(start, 6), f"H{h} {y}", "semi_annual")


def month(y: int, m: int) -> Period:
    start = date(y, m, 1)
    return Period(start, _span(start, 1), f"{y}-{m:02d}", "monthly")


def fiscal_year(y: int, start_month: int) -> Period:
    start = date(y, start_month, 1)
    return Period(start, _span(start, 12), fiscal_year_label(start), "annual")


def fiscal_part(y: int, start_month: int, months: int, index: int) -> Period:
    """Quarter (months 3) or half (6) number ``index`` of the fiscal year starting in ``y``."""
    start = _month_start(y, start_month + months * (index - 1))
    fy = fiscal_year_label(date(y, start_month, 1))
    prefix = "Q" if months == 3 else "H"
    return Period(
        start,
        _span(start, months),
        f"{prefix}{index} {fy}",
        "quarterly" if months == 3 else "semi_annual",
    )


def years(first: int, last: int, start_month: int) -> Period:
    """The calendar years from ``first`` to ``last`` (``2019-2021``)."""
    return Period(date(first, 1, 1), date(last, 12, 31), f"{first}-{last}", "custom")


def dates(start: date, end: date, start_month: int = 1) -> Period:
    """A period given by its dates (named as the year, quarter, … it is, if it is one)."""
    for found in _named(start, start_month):
        if found.end == end:
            return found
    return Period(start, end, f"{start.isoformat()} – {end.isoformat()}", "custom")


def _named(start: date, start_month: int) -> list[Period]:
    out: list[Period] = []
    if start.day != 1:
        return out
    y = start.year
    if start.month == 1:
        out.append(year(y))
    if start.month == start_month:
        out.append(fiscal_year(y, start_month))
    if start.month in (1, 7):
        out.append(half(y, 1 if start.month == 1 else 2))
    if start.month in (1, 4, 7, 10):
        out.append(quarter(y, (start.month - 1) // 3 + 1))
    out.append(month(y, start.month))
    return out


# --- reading text ----------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case, accents and punctuation gone, one space between words."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


_DAY = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_ORDINAL = r"(?:er|ere|e|eme|nd|rd|st|th)?"
_FISCAL = r"(?:fy|af|ef|exercice(?: budgetaire| fiscal)?|annee (?:fiscale|budgetaire)|fiscal year)"


def _day(text: str) -> date | None:
    text = text.strip()
    try:
        found = re.fullmatch(_ISO + r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", text)
        if found:
            return date(int(found[1]), int(found[2]), int(found[3]))
        found = re.fullmatch(_DAY + r"(?: \d{1,2}:\d{2}(?::\d{2})?)?", text)
        if found:
            return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None
    return None


def _year(text: str) -> int | None:
    y = int(text)
    return y if y in YEARS else None


def read_period(cell: object, start_month: int = 1) -> Period | None:
    """The period a cell names, or None when it does not clearly name one."""
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, datetime):
        cell = cell.date()
    if isinstance(cell, date):
        return _fiscal_of(cell, start_month)
    if isinstance(cell, int | float):
        if float(cell).is_integer() and int(cell) in YEARS:
            return year(int(cell))
        return None
    raw = str(cell).strip()
    if not raw:
        return None
    try:
        return _read(raw, start_month)
    except ValueError:  # a month 13, a 31 February
        return None


def _fiscal_of(day: date, start_month: int) -> Period:
    found = fiscal_year_of(day, start_month)
    return fiscal_year(found.start.year, start_month)


def _read(raw: str, start_month: int) -> Period | None:
    # ranges first: they contain dates
    found = re.fullmatch(
        r"(?:du |from )?\s*(\S+)\s*(?:\.\.|–|—| - | au | to )\s*(\S+)",
        raw.strip(),
        re.IGNORECASE,
    )
    if found:
        begin, finish = _day(found[1]), _day(found[2])
        if begin and finish and begin <= finish:
            return dates(begin, finish, start_month)
    day = _day(raw)
    if day is not None:
        return _fiscal_of(day, start_month)
    text = fold(raw)
    found = re.fullmatch(r"(?:(?:annee|year|an) )?(\d{4})(?: 0)?", text)  # 2019.0: a decimal
    if found:
        y = _year(found[1])
        return year(y) if y else None
    # fiscal quarters and halves: Q2 FY2019-20
    found = re.fullmatch(
        r"(q|t|h|s) ?([1-4]) " + _FISCAL + r" ?(\d{4}) (\d{2}|\d{4})", text
    ) or re.fullmatch(_FISCAL + r" ?(\d{4}) (\d{2}|\d{4}) (q|t|h|s) ?([1-4])", text)
    if found:
        groups = found.groups()
        if groups[0] in ("q", "t", "h", "s"):
            kind, index, first, second = groups
        else:
            first, second, kind, index = groups
        months = 3 if kind in ("q", "t") else 6
        if _consecutive(first, second) and int(index) <= 12 // months and start_month != 1:
            return fiscal_part(int(first), start_month, months, int(index))
        return None
    # fiscal years: FY2019-20, Exercice 2019-2020, 2019/20, 2019-2020; or a month 2019-06
    found = re.fullmatch(r"(" + _FISCAL + r" ?)?(\d{4}) (\d{2}|\d{4})", text)
    if found:
        fiscal, first, second = bool(found[1]), found[2], found[3]
        if _year(first) is None:
            return None
        if _consecutive(first, second):
            # one year to the next: a fiscal year, unless the plan's is the calendar year
            return fiscal_year(int(first), start_month) if start_month != 1 else None
        if len(second) == 4 and int(second) > int(first) and _year(second) and not fiscal:
            return years(int(first), int(second), start_month)
        if len(second) == 2 and 1 <= int(second) <= 12 and not fiscal:
            return month(int(first), int(second))
        return None
    # quarters: 2019-Q2, Q2 2019, T2 2019, 2e trimestre 2019, 2nd quarter 2019
    found = (
        re.fullmatch(r"(\d{4}) ?(?:q|t) ?([1-4])", text)
        or re.fullmatch(r"(?:q|t) ?([1-4]) ?(\d{4})", text)
        or re.fullmatch(r"([1-4])" + _ORDINAL + r" (?:trimestre|quarter) (?:de |of )?(\d{4})", text)
    )
    if found:
        a, b = found[1], found[2]
        y, q = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
        return quarter(y, q) if y in YEARS else None
    # halves: 2019-H1, S1 2019, 1er semestre 2019
    found = (
        re.fullmatch(r"(\d{4}) ?(?:h|s) ?([12])", text)
        or re.fullmatch(r"(?:h|s) ?([12]) ?(\d{4})", text)
        or re.fullmatch(r"([12])" + _ORDINAL + r" (?:semestre|half) (?:de |of )?(\d{4})", text)
    )
    if found:
        a, b = found[1], found[2]
        y, h = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
        return half(y, h) if y in YEARS else None
    found = re.fullmatch(r"(\d{1,2}) (\d{4})", text)  # 06/2019
    if found and 1 <= int(found[1]) <= 12 and int(found[2]) in YEARS:
        return month(int(found[2]), int(found[1]))
    return None


def _consecutive(first: str, second: str) -> bool:
    """``2019`` then ``20`` or ``2020``."""
    if len(second) == 2:
        return int(second) == (int(first) + 1) % 100
    return int(second) == int(first) + 1


ROUND = "round:"


def canonical(period: Period, start_month: int = 1) -> str:
    """The period as a mapping file writes it; ``read_period`` reads it back the same."""
    if period.round:
        return ROUND + period.round
    s, e = period.start, period.end
    if period == year(s.year):
        return str(s.year)
    if s.month in (1, 4, 7, 10) and period.key == quarter(s.year, (s.month - 1) // 3 + 1).key:
        return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
    if s.month in (1, 7) and period.key == half(s.year, 1 if s.month == 1 else 2).key:
        return f"{s.year}-H{1 if s.month == 1 else 2}"
    if start_month != 1 and period.key == fiscal_year(s.year, start_month).key:
        return f"FY{s.year}-{(s.year + 1) % 100:02d}"
    return f"{s.isoformat()}..{e.isoformat()}"
