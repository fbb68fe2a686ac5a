"""Plain-text renderings of plan values, shared by pages, reports and the CLI."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from napkit.core.i18n import _, number
from napkit.core.plan import walk
from napkit.core.plan.model import Indicator, Plan, Target
from napkit.core.plan.vocabulary import BudgetStatus, Measure


def format_number(value: float | int | Decimal) -> str:
    """A number in the reader's notation, whole numbers without decimals ("443", not
    "443.0"), others with at most two ("58.8"; "58,8" in French)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    if isinstance(value, int):
        return number(value)
    rounded = Decimal(str(value)).quantize(Decimal("0.01")).normalize()
    if rounded == rounded.to_integral_value():
        return number(int(rounded))
    return number(rounded, max(0, -int(rounded.as_tuple().exponent)))


def short_names(plan: Plan) -> dict[str, str]:
    """Each organisation's short name (its acronym, or its name), by id."""
    return {o.id: o.acronym or o.name for o in plan.organisations}


def format_share(value: float | None) -> str:
    """A share (0.42) as a reader's percentage ("42%"); "—" when unknown."""
    return "—" if value is None else _("{n}%").format(n=round(value * 100))


def format_value(indicator: Indicator, value: object) -> str:
    """A value as a reader expects it: '42 %', 'Yes', '1,250 officers', 'Adopted'."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = format_number(value)
        if indicator.measure is Measure.PERCENTAGE:
            return _("{value} %").format(value=text)
        return f"{text} {indicator.unit}" if indicator.unit else text
    return str(value)


def format_amount(amount: Decimal | float | int | None) -> str:
    """A sum of money in whole units with thousands separators ("7,389,196"): totals of
    several lines, shares and rates make cents meaningless."""
    if amount is None:
        return "—"
    return format_number(Decimal(str(amount)).quantize(Decimal(1)))


def format_money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return "—"
    return f"{currency or ''} {format_number(amount)}".strip()


def format_date(day: date | None) -> str:
    return day.isoformat() if day else "—"


def target_text(indicator: Indicator, target: Target | None, plan: Plan) -> str:
    if target is None:
        return "—"
    day = target.date or (plan.metadata.period.end if plan.metadata.period else None)
    value = format_value(indicator, target.value)
    return _("{value} (by {date})").format(value=value, date=day.isoformat()) if day else value


def baseline_text(indicator: Indicator) -> str:
    b = indicator.baseline
    if b.not_applicable:
        return _("not applicable")
    if b.value is None:
        return "—"
    when = f" ({b.date.isoformat()})" if b.date else ""
    return f"{format_value(indicator, b.value)}{when}"


def budget_totals(plan: Plan) -> dict[BudgetStatus, dict[str, Decimal]]:
    """Amounts of the plan's budget lines, by status and currency (scale order)."""
    totals: dict[BudgetStatus, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for ref in walk.budget_lines(plan):
        line = ref.line
        if line.amount is not None and line.currency:
            totals[line.effective_status][line.currency] += line.amount
    return {s: dict(totals[s]) for s in BudgetStatus if s in totals}
