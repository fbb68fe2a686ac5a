"""Data-quality checks: a table of reported values and the warnings they give."""

from __future__ import annotations

from typing import Any

import pytest

from napkit.core.monitoring.quality import (
    Previous,
    QualityWarning,
    breakdown_warning,
    indicator_warnings,
    spending_warnings,
)
from napkit.core.plan.model import Indicator, builtin_dimensions

# Sex is exhaustive (its parts must add up to the total); location is not.
DIMS = {d.id: d for d in builtin_dimensions()}
COUNT = Indicator(
    id="I-N",
    name="Women trained",
    measure="number",
    disaggregation=["sex", "location"],
)
SHARE = Indicator(id="I-P", name="Share of women", measure="percentage", disaggregation=["sex"])
LEVEL = Indicator(id="I-O", name="Law adopted", measure="yes_no")


def _warned(found: list[QualityWarning]) -> list[tuple[str, str, str]]:
    return [(w.item, w.field, w.message) for w in found]


CASES: list[tuple[str, Indicator, dict[str, Any], list[tuple[str, str]]]] = [
    # (case, indicator, reported, [(field, words in the message)])
    ("a plain count", COUNT, {"value": 30}, []),
    ("sex adds up", COUNT, {"value": 30, "parts": {"sex": {"female": 20, "male": 10}}}, []),
    (
        "sex does not add up",
        COUNT,
        {"value": 10, "parts": {"sex": {"female": 50, "male": 70}}},
        [("parts", "I-N: the sex breakdown adds up to 120, but the total is 10")],
    ),
    (
        "a partial location breakdown is fine",
        COUNT,
        {"value": 30, "parts": {"location": {"north": 12}}},
        [],
    ),
    (
        "a location larger than the total",
        COUNT,
        {"value": 30, "parts": {"location": {"north": 45}}},
        [("parts", "in the location breakdown, north 45 is more than the total 30")],
    ),
    ("a share that agrees", SHARE, {"value": 14.5, "numerator": 29, "denominator": 200}, []),
    ("rounded to a point", SHARE, {"value": 14, "numerator": 29, "denominator": 200}, []),
    (
        "numerator over denominator",
        SHARE,
        {"value": 30, "numerator": 300, "denominator": 100},
        [("numerator", "the numerator (300) is larger than the denominator (100)")],
    ),
    (
        "a share that disagrees with its parts",
        SHARE,
        {"value": 40, "numerator": 29, "denominator": 200},
        [("value", "29 of 200 is 14.5%, but the value given is 40%")],
    ),
    (
        "a percentage over 100 (from an upload)",
        SHARE,
        {"value": 140},
        [("value", "a percentage is at most 100, got 140")],
    ),
    (
        "a part of a percentage over 100",
        SHARE,
        {"value": 50, "parts": {"sex": {"female": 120, "male": 40}}},
        [("parts", "the sex breakdown has female 120")],
    ),
    ("yes or no is never checked", LEVEL, {"value": True}, []),
    ("blank", COUNT, {"value": None}, []),
    (
        "ten times the last value",
        COUNT,
        {"value": 4000, "previous": Previous(300, "FY 2024")},
        [("value", "4000 is far from the last approved value, 300 (FY 2024)")],
    ),
    ("a plausible rise", COUNT, {"value": 450, "previous": Previous(300, "FY 2024")}, []),
    (
        "a percentage jumping 60 points",
        SHARE,
        {"value": 72, "previous": Previous(12, "FY 2024")},
        [("value", "72 is far from the last approved value, 12 (FY 2024)")],
    ),
]


@pytest.mark.parametrize(
    ("indicator", "reported", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_indicator_warnings(
    indicator: Indicator, reported: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    found = _warned(indicator_warnings(indicator, DIMS, **reported))
    assert [field for _item, field, _message in found] == [field for field, _ in expected]
    for (_item, _field, message), (_, words) in zip(found, expected, strict=True):
        assert words in message
    assert all(item == indicator.id for item, _f, _m in found)


MONEY = [
    ("all in order", (1000, 800, 500), []),
    ("nothing given", (None, None, None), []),
    (
        "the issue's example",
        (1000, 5000, 99_999_999),
        [("spent", "more spent (99999999) than disbursed (5000)"), ("disbursed", "than allocated")],
    ),
    ("spent over allocated", (1000, None, 1500), [("spent", "more spent (1500) than allocated")]),
    ("disbursed over allocated", (1000, 1200, 100), [("disbursed", "disbursed (1200)")]),
]


@pytest.mark.parametrize(("figures", "expected"), [m[1:] for m in MONEY], ids=[m[0] for m in MONEY])
def test_spending_warnings(
    figures: tuple[float | None, float | None, float | None], expected: list[tuple[str, str]]
) -> None:
    found = _warned(spending_warnings("B-1", *figures))
    assert [field for _i, field, _m in found] == [field for field, _ in expected]
    for (_i, _f, message), (_, words) in zip(found, expected, strict=True):
        assert message.startswith("B-1: ") and words in message


def test_uploads_and_imports_use_the_same_rule() -> None:
    assert breakdown_warning(COUNT, DIMS, 30, {"sex": {"female": 20, "male": 9}}) == [
        "I-N: the sex breakdown adds up to 29, but the total is 30"
    ]
