"""Reporting periods: fiscal years (which need not start in January), halves and quarters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from napkit.core.i18n import _
from napkit.core.plan.vocabulary import Frequency

MONTHS = {
    Frequency.ANNUAL: 12,
    Frequency.SEMI_ANNUAL: 6,
    Frequency.QUARTERLY: 3,
    Frequency.MONTHLY: 1,
}


@dataclass(frozen=True)
class ReportingPeriod:
    label: str
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                _("a period cannot end ({end}) before it starts ({start})").format(
                    end=self.end, start=self.start
                )
            )

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def fiscal_year_label(start: date) -> str:
    """'2025' for a calendar year, 'FY 2025-26' for a year starting in another month."""
    if start.month == 1:
        return str(start.year)
    return f"FY {start.year}-{(start.year + 1) % 100:02d}"


def fiscal_year_of(day: date, start_month: int = 1) -> ReportingPeriod:
    year = day.year if day.month >= start_month else day.year - 1
    start = date(year, start_month, 1)
    end = _add_months(start, 12) - timedelta(days=1)
    return ReportingPeriod(fiscal_year_label(start), start, end)


def periods_between(
    first: date, last: date, frequency: Frequency, start_month: int = 1
) -> list[ReportingPeriod]:
    """The reporting periods of ``frequency`` that overlap ``first``–``last``, aligned on the
    fiscal year (annual, semi-annual, quarterly or monthly)."""
    if frequency not in MONTHS:
        raise ValueError(
            _(
                "periods are annual, semi-annual, quarterly or monthly; for other "
                "rhythms give the dates"
            )
        )
    step = MONTHS[frequency]
    year = fiscal_year_of(first, start_month)
    cursor = year.start
    out = []
    while cursor <= last:
        end = _add_months(cursor, step) - timedelta(days=1)
        if end >= first:
            fy = fiscal_year_label(fiscal_year_of(cursor, start_month).start)
            index = (
                cursor.year * 12 + cursor.month - year.start.year * 12 - year.start.month
            ) % 12 // step + 1
            if frequency is Frequency.ANNUAL:
                label = fy
            elif frequency is Frequency.SEMI_ANNUAL:
                label = f"H{index} {fy}"
            elif frequency is Frequency.QUARTERLY:
                label = f"Q{index} {fy}"
            else:
                label = cursor.strftime("%Y-%m")
            out.append(ReportingPeriod(label, cursor, end))
        cursor = _add_months(cursor, step)
    return out
