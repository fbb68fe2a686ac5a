"""The reporting round most monitoring tests start from: FY 2025 of the matrix plan, opened
in January 2026 (the deadline and who opens it vary by test)."""

from __future__ import annotations

from datetime import date

from napkit.monitoring import services
from napkit.monitoring.models import ReportingRound
from napkit.plans.models import Plan


def fy2025(
    record: Plan,
    *,
    deadline: date = date(2026, 2, 28),
    user: object = None,
    **extra: object,
) -> ReportingRound:
    return services.open_round(
        user,
        record,
        label="FY 2025",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        opens=date(2026, 1, 1),
        deadline=deadline,
        **extra,
    )
