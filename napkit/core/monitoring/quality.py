"""Data-quality checks on reported values: what is possible but probably a typing mistake.

A check never refuses a value (errors, such as a percentage of 140 or a word where a number
goes, are for ``submissions.parse_value``): the value is saved, the reporter sees a warning
beside the field, the reviewer sees the list, and approving over a warning needs a reason.
One rule per check, used by the submission form, the review, spreadsheet uploads and the
history import alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, overload

from napkit.core.i18n import _
from napkit.core.plan.model import Dimension, Indicator
from napkit.core.plan.vocabulary import Measure

# How far a percentage may differ from its numerator over its denominator (in points)
# before it reads as a mistake rather than rounding.
RATIO_TOLERANCE = 0.5
# A number more than JUMP times (or less than 1/JUMP of) the last approved one, or a
# percentage more than JUMP_POINTS points away from it, is probably a slip of the keyboard
# (an extra zero, a count typed where a percentage goes).
JUMP = 10.0
JUMP_POINTS = 50.0


@dataclass(frozen=True)
class QualityWarning:
    """One data-quality warning. ``item`` is an indicator or budget line id; ``field`` the
    figure it is about ("value", "numerator", "denominator", "parts", "allocated",
    "disbursed", "spent"), so a form can show it beside that field; ``dimension`` names
    the breakdown when ``field`` is "parts"."""

    item: str
    field: str
    message: str
    dimension: str = ""


@dataclass(frozen=True)
class Previous:
    """The last approved value of an indicator before the period being reported."""

    value: float
    label: str


@overload
def tidy(number: float) -> int | float: ...
@overload
def tidy(number: Decimal) -> int | Decimal: ...
def tidy(number: float | Decimal) -> int | float | Decimal:
    """A whole number as people write it (29, not 29.0 or 1000.00); any other (a fraction,
    an infinity) unchanged."""
    if isinstance(number, Decimal):
        whole = number.is_finite() and number == number.to_integral_value()
        return int(number) if whole else number
    return int(number) if float(number).is_integer() else number


def _number(value: Any) -> float | None:
    """A reported value as a number, or None (blank, yes/no, a level or text)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | Decimal):
        return float(value)
    return None


def _named(dims: Mapping[str, Dimension], dimension: str) -> str:
    """A dimension in the reader's words ("age_band" → "age band", "sex" → "sexe")."""
    dim = dims.get(dimension)
    return _(dim.name).lower() if dim is not None else dimension


def _differs(a: float, b: float) -> bool:
    return abs(a - b) > 1e-6 * max(1.0, abs(a), abs(b))


def breakdown_warnings(
    indicator: Indicator,
    dims: Mapping[str, Dimension],
    total: Any,
    parts: Mapping[str, Mapping[str, float]],
) -> list[QualityWarning]:
    """Breakdowns of a number that contradict its total: the parts of an exhaustive
    dimension (sex, say) must add up to it; no part of any dimension may exceed it. The
    parts of a percentage are rates of their own group: none may be over 100."""
    out: list[QualityWarning] = []
    if indicator.measure is Measure.PERCENTAGE:
        for dimension, values in parts.items():
            over = [c for c, v in values.items() if v > 100]
            if over:
                out.append(
                    QualityWarning(
                        indicator.id,
                        "parts",
                        _(
                            "{indicator}: a percentage is at most 100, but the {dimension} "
                            "breakdown has {values}"
                        ).format(
                            indicator=indicator.id,
                            dimension=_named(dims, dimension),
                            values=", ".join(f"{c} {tidy(values[c])}" for c in over),
                        ),
                        dimension,
                    )
                )
        return out
    number = _number(total)
    if indicator.measure is not Measure.NUMBER or number is None:
        return out
    for dimension, values in parts.items():
        dim = dims.get(dimension)
        if dim is None or not values:
            continue
        added = sum(values.values())
        if dim.exhaustive and _differs(added, number):
            message = _(
                "{indicator}: the {dimension} breakdown adds up to {parts}, but the "
                "total is {total}"
            ).format(
                indicator=indicator.id,
                dimension=_named(dims, dimension),
                parts=tidy(added),
                total=total,
            )
        else:
            over = [c for c, v in values.items() if v > number + 1e-9]
            if not over:
                continue
            message = _(
                "{indicator}: in the {dimension} breakdown, {parts} is more than the total {total}"
            ).format(
                indicator=indicator.id,
                dimension=_named(dims, dimension),
                parts=", ".join(f"{c} {tidy(values[c])}" for c in over),
                total=total,
            )
        out.append(QualityWarning(indicator.id, "parts", message, dimension))
    return out


def breakdown_warning(
    indicator: Indicator,
    dims: Mapping[str, Dimension],
    total: Any,
    parts: Mapping[str, Mapping[str, float]],
) -> list[str]:
    """The messages of ``breakdown_warnings`` (for uploads and the history import, which
    list warnings rather than place them beside fields)."""
    return [w.message for w in breakdown_warnings(indicator, dims, total, parts)]


def _ratio_warnings(
    indicator: Indicator, value: float | None, numerator: Any, denominator: Any
) -> list[QualityWarning]:
    num, den = _number(numerator), _number(denominator)
    if num is None or den is None:
        return []
    if num > den:
        return [
            QualityWarning(
                indicator.id,
                "numerator",
                _(
                    "{indicator}: the numerator ({numerator}) is larger than the denominator "
                    "({denominator}), a share of more than 100%"
                ).format(indicator=indicator.id, numerator=tidy(num), denominator=tidy(den)),
            )
        ]
    if den > 0 and value is not None and abs(num / den * 100 - value) > RATIO_TOLERANCE:
        return [
            QualityWarning(
                indicator.id,
                "value",
                _(
                    "{indicator}: {numerator} of {denominator} is {share}%, but the value "
                    "given is {value}%"
                ).format(
                    indicator=indicator.id,
                    numerator=tidy(num),
                    denominator=tidy(den),
                    share=tidy(round(num / den * 100, 1)),
                    value=tidy(value),
                ),
            )
        ]
    return []


def _jump_warning(indicator: Indicator, value: float, previous: Previous) -> list[QualityWarning]:
    before = previous.value
    if indicator.measure is Measure.PERCENTAGE:
        jumped = abs(value - before) > JUMP_POINTS
    else:
        jumped = before > 0 and (value > before * JUMP or value < before / JUMP)
    if not jumped:
        return []
    return [
        QualityWarning(
            indicator.id,
            "value",
            _(
                "{indicator}: {value} is far from the last approved value, {previous} "
                "({period}); check it is not a typing mistake"
            ).format(
                indicator=indicator.id,
                value=tidy(value),
                previous=tidy(before),
                period=previous.label,
            ),
        )
    ]


def indicator_warnings(
    indicator: Indicator,
    dims: Mapping[str, Dimension],
    value: Any,
    numerator: Any = None,
    denominator: Any = None,
    parts: Mapping[str, Mapping[str, float]] | None = None,
    previous: Previous | None = None,
) -> list[QualityWarning]:
    """Every warning about one indicator's reported value."""
    number = _number(value)
    out: list[QualityWarning] = []
    if indicator.measure is Measure.PERCENTAGE:
        if number is not None and number > 100:
            # An upload or import may carry one the form would refuse: still say so.
            out.append(
                QualityWarning(
                    indicator.id,
                    "value",
                    _("{indicator}: a percentage is at most 100, got {value}").format(
                        indicator=indicator.id, value=tidy(number)
                    ),
                )
            )
        out += _ratio_warnings(indicator, number, numerator, denominator)
    out += breakdown_warnings(indicator, dims, value, parts or {})
    if (
        previous is not None
        and number is not None
        and indicator.measure in (Measure.NUMBER, Measure.PERCENTAGE)
    ):
        out += _jump_warning(indicator, number, previous)
    return out


def spending_warnings(
    line: str, allocated: Any, disbursed: Any, spent: Any
) -> list[QualityWarning]:
    """Money that cannot have moved: more spent than disbursed, more disbursed than
    allocated (or, with nothing disbursed given, more spent than allocated)."""
    given = {k: _number(v) for k, v in (("a", allocated), ("d", disbursed), ("s", spent))}
    a, d, s = given["a"], given["d"], given["s"]
    out: list[QualityWarning] = []
    if s is not None and d is not None and s > d:
        out.append(
            QualityWarning(
                line,
                "spent",
                _("{line}: more spent ({spent}) than disbursed ({disbursed})").format(
                    line=line, spent=tidy(s), disbursed=tidy(d)
                ),
            )
        )
    if d is not None and a is not None and d > a:
        out.append(
            QualityWarning(
                line,
                "disbursed",
                _("{line}: more disbursed ({disbursed}) than allocated ({allocated})").format(
                    line=line, disbursed=tidy(d), allocated=tidy(a)
                ),
            )
        )
    elif d is None and s is not None and a is not None and s > a:
        out.append(
            QualityWarning(
                line,
                "spent",
                _("{line}: more spent ({spent}) than allocated ({allocated})").format(
                    line=line, spent=tidy(s), allocated=tidy(a)
                ),
            )
        )
    return out
