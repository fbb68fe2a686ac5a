"""Reading one row of a history file: which indicator, which breakdown, which number.

The cells are matched the forgiving way people type them (an id or a name, any case,
accents or not); what cannot be matched is said, with what was expected.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from napkit.core.i18n import _
from napkit.core.monitoring import history_columns as cols
from napkit.core.monitoring.period_text import fold
from napkit.core.monitoring.submissions import number_text
from napkit.core.monitoring.tables import Cell, blank
from napkit.core.plan import walk
from napkit.core.plan.model import Dimension, Indicator, Plan


class Matcher:
    """Indicators by id, then case-blind id, then normalised name."""

    def __init__(self, plan: Plan):
        self.by_id: dict[str, Indicator] = {}
        self.by_fold: dict[str, list[Indicator]] = {}
        for ref in walk.indicators(plan):
            found = ref.indicator
            self.by_id[found.id] = found
            for text in {fold(found.id), fold(found.name)}:
                self.by_fold.setdefault(text, []).append(found)

    def find(self, text: str) -> tuple[Indicator | None, str | None]:
        if text in self.by_id:
            return self.by_id[text], None
        found = {i.id: i for i in self.by_fold.get(fold(text), [])}
        if len(found) == 1:
            return next(iter(found.values())), None
        if found:
            return None, _("{text} names several indicators ({ids}): give the id").format(
                text=repr(text), ids=", ".join(sorted(found))
            )
        return None, _("{text} is not an indicator of this plan (by id or name)").format(
            text=repr(text)
        )


def text_of(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


_COMMA_DECIMAL = re.compile(r"^(-?)(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?(\s*%)?$")


def decimal_comma(text: str) -> str:
    """A number written with a decimal comma ("14,5", "1 234,5", "1.234,5") as Python
    reads it ("14.5", "1234.5"); any other text unchanged (to be judged as typed)."""
    match = _COMMA_DECIMAL.match(text.strip())
    if match is None:
        return text
    sign, whole, decimals, percent = match.groups()
    whole = re.sub(r"[ \u00a0\u202f.]", "", whole)
    return f"{sign}{whole}{'.' + decimals if decimals else ''}{'%' if percent else ''}"


def number_of(cell: Cell) -> tuple[float | None, str | None]:
    if blank(cell):
        return None, None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell), None
    cleaned = number_text(str(cell))
    if cleaned is None:
        return None, _("expected a number, got {value}").format(value=repr(cell))
    return float(cleaned), None


def category_of(dim: Dimension, text: str) -> str | None:
    """A category of the dimension by id or by normalised name."""
    for category in dim.categories:
        if text == category.id or fold(text) in (fold(category.id), fold(category.name)):
            return category.id
    return None


def breakdown(
    indicator: Indicator, dims: Mapping[str, Dimension], dimension: str, category: str
) -> tuple[str, str, str | None, str]:
    """(dimension id, category id, problem, column of the problem)."""
    if not category:
        return "", "", _("a breakdown row needs a category"), cols.CATEGORY
    if dimension:
        found = next(
            (
                d
                for d in indicator.disaggregation
                if d in dims and fold(dimension) in (fold(d), fold(dims[d].name))
            ),
            None,
        )
        if found is None:
            return (
                "",
                "",
                _(
                    "{indicator} is not broken down by {dimension} (its dimensions: {allowed})"
                ).format(
                    indicator=indicator.id,
                    dimension=repr(dimension),
                    allowed=", ".join(indicator.disaggregation) or _("none"),
                ),
                cols.DIMENSION,
            )
        candidates = [found]
    else:  # a category alone: the one dimension of the indicator that has it
        candidates = [d for d in indicator.disaggregation if d in dims]
    matches = [(d, c) for d in candidates if (c := category_of(dims[d], category)) is not None]
    if len(matches) == 1:
        dim_id, cat_id = matches[0]
        return dim_id, cat_id, None, cols.CATEGORY
    if matches:
        return (
            "",
            "",
            _("{category} is in several breakdowns: give the dimension").format(
                category=repr(category)
            ),
            cols.DIMENSION,
        )
    known = sorted({c.id for d in candidates for c in dims[d].categories})
    return (
        "",
        "",
        _(
            "{category} is not a category of {indicator}'s breakdown (expected one of: {known})"
        ).format(
            category=repr(category), indicator=indicator.id, known=", ".join(known) or _("none")
        ),
        cols.CATEGORY,
    )
