"""Small constrained types shared by the plan model.

Each type carries its own JSON Schema (so the published schema says what is
expected) and its own one-line error message (so a plan file's author reads
"an identifier: letters, digits, …" rather than a regular expression).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError, PydanticKnownError

from napkit.core.i18n import N_, _

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
_ID_RE = re.compile(ID_PATTERN)


def _check_id(value: str) -> str:
    if not _ID_RE.match(value):
        raise PydanticCustomError(
            "napkit_id",
            _(
                "expected an identifier: 1 to 64 letters, digits, '.', '_' or '-', "
                "starting with a letter or digit (got {value})"
            ),
            {"value": repr(value)},
        )
    return value


ItemId = Annotated[
    str,
    AfterValidator(_check_id),
    WithJsonSchema({"type": "string", "pattern": ID_PATTERN}),
]
"""A stable identifier, unique within its plan (monitoring data and versions refer to it)."""

PlanId = ItemId


LINK_SCHEMES = ("http://", "https://", "mailto:")
LINK_PATTERN = r"^(https?://|mailto:)\S+$"


def _check_link(value: str) -> str:
    text = value.strip()
    # A scheme is case-insensitive, and browsers ignore leading spaces and control characters
    # ("  JaVaScRiPt:", "java\tscript:"): judge the link as a browser would read it.
    seen = re.sub(r"[\x00-\x20]", "", text).lower()
    if not seen.startswith(LINK_SCHEMES) or not text or any(c.isspace() for c in text):
        raise PydanticCustomError(
            "napkit_link",
            _("expected a web address (http:// or https://) or a mailto: link, got {value}"),
            {"value": repr(value[:80])},
        )
    return text


Link = Annotated[
    str,
    AfterValidator(_check_link),
    WithJsonSchema({"type": "string", "pattern": LINK_PATTERN, "format": "uri"}),
]
"""A link shown to readers and exported: http(s) or mailto only (never ``javascript:``)."""


def _check_text(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("napkit_blank", _("expected some text, got an empty string"))
    return value


Text = Annotated[
    str, AfterValidator(_check_text), WithJsonSchema({"type": "string", "minLength": 1})
]
"""Text that must say something (titles, names, reasons)."""


def _pattern_type(pattern: str, what: str, example: str) -> Any:
    """``what`` is marked with ``N_`` where it is given, and translated when a value fails."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.match(value):
            raise PydanticCustomError(
                "napkit_code",
                _("expected {what} such as {example} (got {value})"),
                {"what": _(what), "example": repr(example), "value": repr(value)},
            )
        return value

    return Annotated[
        str, AfterValidator(check), WithJsonSchema({"type": "string", "pattern": pattern})
    ]


CountryCode = _pattern_type(r"^[A-Z]{2}$", N_("an ISO 3166-1 alpha-2 country code"), "KE")
CurrencyCode = _pattern_type(r"^[A-Z]{3}$", N_("an ISO 4217 currency code"), "EUR")
LanguageCode = _pattern_type(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", N_("a language tag"), "fr")
FiscalYear = _pattern_type(r"^[0-9]{4}(-[0-9]{2}|-[0-9]{4})?$", N_("a fiscal year"), "2025-26")


def _money_out(value: Decimal) -> int | float:
    # Written as a plain number in YAML and JSON; amounts are limited to 15 significant
    # digits (13 before the point, 2 after), which a float carries exactly.
    return int(value) if value == value.to_integral_value() else float(value)


def _money_in(value: Any) -> Any:
    if isinstance(value, bool):
        raise PydanticCustomError("napkit_money", _("expected an amount of money, got yes/no"))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise PydanticCustomError("napkit_money", _("expected a finite amount"))
        return Decimal(repr(value))
    return value


Money = Annotated[
    Decimal,
    BeforeValidator(_money_in),
    Field(ge=0, max_digits=15, decimal_places=2),
    PlainSerializer(_money_out, when_used="json"),
    WithJsonSchema({"type": "number", "minimum": 0, "multipleOf": 0.01}),
]


MAX_VALUE = 10**15
"""The largest size of a number in a plan (an indicator value, a weight, a count of staff):
far beyond any real figure, and small enough for every sum and ratio napkit computes."""


def _check_size(value: int | float | Decimal) -> None:
    if value > MAX_VALUE:
        raise PydanticKnownError("less_than_equal", {"le": MAX_VALUE})
    if value < -MAX_VALUE:
        raise PydanticKnownError("greater_than_equal", {"ge": -MAX_VALUE})


def _value_in(value: Any) -> bool | int | float | str:
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        _check_size(value)
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise PydanticCustomError("napkit_value", _("expected a finite number"))
        _check_size(value)
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise PydanticCustomError("napkit_value", _("expected a finite number"))
        _check_size(value)
        return int(value) if value == value.to_integral_value() else float(value)
    raise PydanticCustomError(
        "napkit_value",
        _("expected a number, yes/no (true/false) or text, got {kind}"),
        {"kind": type(value).__name__},
    )


Value = Annotated[
    bool | int | float | str,
    PlainValidator(_value_in),
    WithJsonSchema(
        {
            "oneOf": [
                {"type": "number", "minimum": -MAX_VALUE, "maximum": MAX_VALUE},
                {"type": "boolean"},
                {"type": "string"},
            ]
        }
    ),
]
"""An indicator value: a number (also a percentage) of at most 10^15 either side of zero,
yes/no, an ordinal level or text."""

MAX_COUNT = 10**9
"""The most of anything a plan counts (participants, people): the database stores counts
as integers of 32 bits or more."""

NonNegative = Annotated[float, Field(ge=0, le=MAX_VALUE, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Month = Annotated[int, Field(ge=1, le=12)]
Edition = Annotated[int, Field(ge=1, le=1000)]
PerYear = Annotated[int, Field(ge=0, le=366)]


def is_number(value: object) -> bool:
    """An int or a float, not a bool (checked by exact type: this runs for every value of
    every indicator a page shows, and a union isinstance is several times slower)."""
    kind = type(value)
    return kind is float or kind is int or (isinstance(value, int | float) and kind is not bool)


__all__ = [
    "MAX_COUNT",
    "MAX_VALUE",
    "Count",
    "CountryCode",
    "CurrencyCode",
    "Edition",
    "FiscalYear",
    "ItemId",
    "LanguageCode",
    "Link",
    "Money",
    "Month",
    "NonNegative",
    "PerYear",
    "PlanId",
    "Text",
    "Value",
    "is_number",
]
