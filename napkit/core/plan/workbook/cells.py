"""What a cell holds, read the way people type it: numbers and dates stored as text,
French decimal commas, percentages, vocabulary words in English or French.

Every reader returns the value in plan-file form (dates as ISO text, identifiers as text)
or raises ``CellError`` saying what was expected; the caller adds sheet, row and column.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from napkit.core.i18n import _
from napkit.core.plan.workbook.headers import VALUE_SYNONYMS, Column, normalise


class CellError(Exception):
    def __init__(self, expected: str):
        super().__init__(expected)
        self.expected = expected


class NoSavedResult:
    """A formula cell whose result was never saved (the file was not written by Excel)."""


NO_RESULT = NoSavedResult()


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """A cell as text: 2.0 is "2" (an id typed as a number), a date is ISO."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def shown(value: object, limit: int = 60) -> str:
    """The found value, quoted, for a message."""
    found = text(value)
    return '"' + (found if len(found) <= limit else found[: limit - 1] + "…") + '"'


# --- numbers -----------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_CURRENCY = re.compile(r"^(?:[A-Z]{3}|[$€£¥])\s*|\s*(?:[A-Z]{3}|[$€£¥])$")


def _number_text(raw: str) -> Decimal | None:
    """ "1 234,5", "1,234.5", "1.234,5", "12,5" and "45%" as numbers; None if not one."""
    value = _CURRENCY.sub("", raw.strip()).strip()
    value = _SPACES.sub("", value)
    if value.endswith("%"):
        value = value[:-1]
    if value.count(",") and value.count("."):
        # The last separator is the decimal one: "1,234.5" or "1.234,5".
        separator = "," if value.rfind(",") < value.rfind(".") else "."
        value = value.replace(separator, "").replace(",", ".")
    elif value.count(",") > 1:
        value = value.replace(",", "")
    elif value.count(",") == 1:
        whole, _sep, part = value.partition(",")
        # "1,234" is a thousand and more in English; "0,234" and "12,5" are decimals.
        grouped = len(part) == 3 and whole.lstrip("+-") not in ("", "0")
        value = whole + part if grouped else whole + "." + part
    elif value.count(".") > 1:
        value = value.replace(".", "")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", value):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def _plain(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)


def number(value: object, percent_format: bool = False) -> int | float:
    if isinstance(value, bool):
        raise CellError(_("expected a number"))
    if isinstance(value, int | float):
        # A cell formatted as a percentage holds 0.45 for 45%: plans count percentages 0-100.
        return _plain(Decimal(repr(value)) * 100) if percent_format else value
    if isinstance(value, str):
        found = _number_text(value)
        if found is not None:
            return _plain(found)
    raise CellError(_("expected a number"))


def integer(value: object) -> int:
    found = number(value)
    if isinstance(found, float) and not found.is_integer():
        raise CellError(_("expected a whole number"))
    return int(found)


def money(value: object) -> int | float:
    found = number(value)
    if found < 0:
        raise CellError(_("expected an amount of money (0 or more)"))
    return found


# --- dates -------------------------------------------------------------------------

MONTHS = {
    **{normalise(calendar.month_name[m]): m for m in range(1, 13)},
    **{normalise(calendar.month_abbr[m]): m for m in range(1, 13)},
    **{
        name: m
        for m, names in enumerate(
            (
                ("janvier", "janv"),
                ("fevrier", "fevr", "fev"),
                ("mars",),
                ("avril", "avr"),
                ("mai",),
                ("juin",),
                ("juillet", "juil"),
                ("aout",),
                ("septembre", "sept"),
                ("octobre", "oct"),
                ("novembre", "nov"),
                ("decembre", "dec"),
            ),
            start=1,
        )
        for name in names
    },
    "sept": 9,
}

_NUMERIC_DATES = (
    (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"), ("d", "m", "y")),
)


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def date_value(value: object, first_day: bool = False) -> str:
    """A date as ISO text. Text dates read day first (31/03/2025, 31.03.2025); a month or
    a year alone ("March 2025", 2025) means its last day, or its first for a start date."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1900 <= value <= 2200:
            return _year(int(value), first_day)
        if 1 <= value < 2958466:
            # A date serial number without a date format (days since 1899-12-30).
            return (date(1899, 12, 30) + timedelta(days=int(value))).isoformat()
    if isinstance(value, str):
        found = _date_text(value.strip(), first_day)
        if found is not None:
            return found
    raise CellError(_("expected a date such as 2025-03-31, 31/03/2025 or March 2025"))


def _year(year: int, first_day: bool) -> str:
    return date(year, 1, 1).isoformat() if first_day else date(year, 12, 31).isoformat()


def _date_text(raw: str, first_day: bool) -> str | None:
    for pattern, order in _NUMERIC_DATES:
        match = pattern.fullmatch(raw)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"]).isoformat()
            except ValueError:
                return None
    words = normalise(raw).split()
    try:
        if len(words) == 1 and re.fullmatch(r"\d{4}", words[0]):
            return _year(int(words[0]), first_day)
        if len(words) == 2 and words[0] in MONTHS and re.fullmatch(r"\d{4}", words[1]):
            year, month = int(words[1]), MONTHS[words[0]]
            day = 1 if first_day else _month_end(year, month)
            return date(year, month, day).isoformat()
        if len(words) == 3 and words[1] in MONTHS and words[0].isdigit() and words[2].isdigit():
            return date(int(words[2]), MONTHS[words[1]], int(words[0])).isoformat()
        if len(words) == 3 and words[0] in MONTHS and words[1].isdigit() and words[2].isdigit():
            return date(int(words[2]), MONTHS[words[0]], int(words[1])).isoformat()
    except ValueError:
        return None
    return None


# --- words -------------------------------------------------------------------------

TRUE = {"yes", "y", "true", "x", "1", "oui", "o", "vrai"}
FALSE = {"no", "n", "false", "0", "non", "faux"}


def boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    word = normalise(text(value))
    if word in TRUE:
        return True
    if word in FALSE:
        return False
    raise CellError(_("expected yes or no"))


def choice(value: object, choices: tuple[str, ...], extra: dict[str, str] | None = None) -> str:
    word = normalise(text(value)).replace(" ", "_")
    word = (extra or {}).get(word, word)
    word = VALUE_SYNONYMS.get(word, word) if word not in choices else word
    if word in choices:
        return word
    raise CellError(_("expected one of: {choices}").format(choices=", ".join(choices)))


def split(value: object) -> list[str]:
    """Identifiers and codes separated by ; , or line breaks."""
    return [part.strip() for part in re.split(r"[;,\n]", text(value)) if part.strip()]


def lines(value: object) -> list[str]:
    return [part.strip() for part in text(value).splitlines() if part.strip()]


def read(column: Column, value: object, percent_format: bool = False) -> Any:
    """A cell of a column by the column's kind (indicator values and milestones are read
    later, by the measure of their row)."""
    kind = column.kind
    if kind == "text" and isinstance(value, str):
        return value  # as typed: a summary may end with a line break
    if kind in ("id", "text"):
        return text(value)
    if kind == "ids":
        return split(value)
    if kind == "texts":
        return lines(value)
    if kind == "enum":
        found = choice(value, column.choices)
        return int(found) if column.key == "gender_marker" else found
    if kind == "enums":
        return [choice(part, column.choices) for part in split(value)]
    if kind == "int":
        return integer(value)
    if kind == "number":
        return number(value, percent_format)
    if kind == "money":
        return money(value)
    if kind == "date":
        return date_value(value, column.first_day)
    if kind == "bool":
        return boolean(value)
    return value


# --- indicator values -------------------------------------------------------------


def indicator_value(value: object, measure: str, percent_format: bool = False) -> Any:
    """A baseline, milestone or target value as the indicator's measure wants it."""
    if measure in ("number", "percentage"):
        return number(value, percent_format and measure == "percentage")
    if measure == "yes_no":
        return boolean(value)
    return text(value)


def written_value(value: object) -> str:
    """A value inside a milestones cell."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return text(value) if not isinstance(value, float) else repr(value)


def milestones(value: object, measure: str) -> list[dict[str, Any]]:
    """ "2026-12-31: 35; 2027-12-31: 40" → milestones; a part without a date is a value."""
    out: list[dict[str, Any]] = []
    for part in re.split(r"[;\n]", text(value)):
        if not part.strip():
            continue
        day, colon, rest = part.partition(":")
        if not colon:
            out.append({"value": indicator_value(part.strip(), measure)})
            continue
        try:
            when = date_value(day.strip())
        except CellError:
            raise CellError(
                _("expected milestones as DATE: VALUE separated by ; (e.g. 2027-12-31: 40)")
            ) from None
        try:
            out.append({"value": indicator_value(rest.strip(), measure), "date": when})
        except CellError as error:
            raise CellError(
                _("milestone {date}: {expected}").format(date=when, expected=error.expected)
            ) from None
    return out
