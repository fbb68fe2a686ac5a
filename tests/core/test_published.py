"""Releases: periods a reader can ask for, cutting a release at a period's end, what the
plan keeps private, and where a published plan stands."""

from __future__ import annotations

from datetime import date

import pytest

from napkit.core.plan import model as core
from napkit.core.plan import planfile, walk
from napkit.core.publishing.release import disclosed, find_period, period_slug, report_periods
from napkit.core.publishing.standing import standing
from tests.core.releases import ROUNDS, demo_release


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        (None, "FY 2025-26", date(2025, 4, 1), date(2026, 3, 31)),  # latest that has ended
        ("FY 2025-26", "FY 2025-26", date(2025, 4, 1), date(2026, 3, 31)),
        ("2025-26", "FY 2025-26", date(2025, 4, 1), date(2026, 3, 31)),
        ("fy-2026-27", "FY 2026-27", date(2026, 4, 1), date(2027, 3, 31)),
        ("2027", "FY 2027-28", date(2027, 4, 1), date(2028, 3, 31)),
        ("h1-fy-2026-27", "H1 FY 2026-27", date(2026, 4, 1), date(2026, 9, 30)),
        ("H1 FY 2026-27", "H1 FY 2026-27", date(2026, 4, 1), date(2026, 9, 30)),
        (
            "2025-01-01..2025-12-31",
            "2025-01-01 – 2025-12-31",
            date(2025, 1, 1),
            date(2025, 12, 31),
        ),
    ],
)
def test_find_period(
    demo_plan: core.Plan, text: str | None, label: str, start: date, end: date
) -> None:
    found = find_period(demo_release(demo_plan), text)
    assert (found.label, found.start, found.end) == (label, start, end)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1990", "no reporting period '1990'"),  # outside the plan period
        ("someday", "no reporting period 'someday'"),
        ("2025-02-30..2025-12-31", "expected two dates"),
        ("2025-12-31..2025-01-01", "cannot end"),
    ],
)
def test_find_period_explains_what_it_accepts(
    demo_plan: core.Plan, text: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        find_period(demo_release(demo_plan), text)


def test_slugs_round_trip(demo_plan: core.Plan) -> None:
    release = demo_release(demo_plan)
    for period in report_periods(release):
        assert find_period(release, period_slug(period)) == period


def test_until_leaves_out_later_periods(demo_plan: core.Plan) -> None:
    release = demo_release(demo_plan)
    cut = release.until(find_period(release, "2025-26"))
    assert [r.key for r in cut.rounds] == [ROUNDS[0].key]
    assert all(o.end <= date(2026, 3, 31) for v in cut.observations.values() for o in v)
    assert all(a.end <= date(2026, 3, 31) for v in cut.activities.values() for a in v)
    assert {c.round for c in cut.compliance} == {ROUNDS[0].key}
    assert cut.as_of == date(2026, 3, 31)
    assert len(cut.shadow) == 1


def _contacts(plan: core.Plan) -> list[core.Contact]:
    found = [o.focal_point for o in plan.organisations if o.focal_point]
    if plan.governance.coordinator and plan.governance.coordinator.contact:
        found.append(plan.governance.coordinator.contact)
    return found


def test_disclosed_keeps_only_public_contacts_and_minutes(demo_plan: core.Plan) -> None:
    assert any(not c.public for c in _contacts(demo_plan))
    shown = disclosed(demo_plan)
    assert all(c.public for c in _contacts(shown))
    assert sum(1 for c in _contacts(shown)) == sum(1 for c in _contacts(demo_plan) if c.public)
    for body in shown.governance.bodies:
        for meeting in body.meetings:
            if not meeting.public:
                assert meeting.decisions == [] and meeting.minutes_url is None
    amounts = [b.line.amount for b in walk.budget_lines(demo_plan)]
    assert [b.line.amount for b in walk.budget_lines(shown)] == amounts  # the budget is public


def test_an_unpublished_budget_loses_every_amount(demo_plan: core.Plan) -> None:
    data = planfile.to_data(demo_plan)
    data["budget"]["published"] = False
    shown = disclosed(core.Plan.model_validate(data))
    text = planfile.dumps(shown, planfile.Format.JSON)
    assert '"amount"' not in text and '"total"' not in text
    assert shown.budget.status == demo_plan.budget.status  # the status scale stays public


def test_standing_counts_every_activity(demo_plan: core.Plan) -> None:
    release = demo_release(demo_plan)
    found = standing(release)
    counts = found.activity_counts()
    assert sum(counts.values()) == len(found.activity_ids) == 43
    assert counts["unreported"] == 0
    assert found.money is not None and found.money.plan
