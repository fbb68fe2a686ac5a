"""Progress arithmetic: every aggregation × direction × measure, and the known traps."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from napkit.core.monitoring.periods import fiscal_year_of, periods_between
from napkit.core.monitoring.progress import (
    Observation,
    Point,
    Status,
    Thresholds,
    expected_at,
    indicator_progress,
    period_actual,
    progress_of,
    status_of,
)
from napkit.core.monitoring.rollup import Spending, execution, rollup
from napkit.core.plan import model as core
from napkit.core.plan.vocabulary import Aggregation, BudgetStatus, Direction, Frequency, Measure

PLAN = core.Plan(
    id="p",
    metadata=core.PlanMetadata(
        title="Plan",
        country="XV",
        period=core.Period(start=date(2025, 1, 1), end=date(2028, 12, 31)),
    ),
)
Y1 = (date(2025, 1, 1), date(2025, 12, 31))
Y2 = (date(2026, 1, 1), date(2026, 12, 31))
Q1 = (date(2025, 1, 1), date(2025, 3, 31))
Q2 = (date(2025, 4, 1), date(2025, 6, 30))


def ind(
    measure: Measure = Measure.NUMBER,
    aggregation: Aggregation = Aggregation.LATEST,
    direction: Direction = Direction.INCREASE,
    baseline: object = None,
    target: object = None,
    scale: list[str] | None = None,
    milestones: list[tuple[date, object]] | None = None,
    baseline_day: date = date(2024, 12, 31),
) -> core.Indicator:
    return core.Indicator(
        id="I",
        name="indicator",
        measure=measure,
        aggregation=aggregation,
        direction=direction,
        scale=scale or [],
        baseline=core.Baseline(value=baseline, date=baseline_day if baseline is not None else None),
        target=None if target is None else core.Target(value=target, date=date(2028, 12, 31)),
        milestones=[core.Target(value=v, date=d) for d, v in milestones or []],
    )


def obs(
    span: tuple[date, date],
    value: object = None,
    n: float | None = None,
    d: float | None = None,
    **parts: dict[str, float],
) -> Observation:
    return Observation(span[0], span[1], value, n, d, parts=dict(parts), label=str(span[0]))


SCALE = ["none", "draft", "adopted", "enforced"]

# (case, indicator, observations, period, expected actual, expected method)
ACTUALS = [
    (
        "number non-cumulative sums inside the period",
        ind(aggregation=Aggregation.NON_CUMULATIVE),
        [obs(Q1, 10), obs(Q2, 15), obs(Y2, 99)],
        Y1,
        25,
        "sum",
    ),
    (
        "number non-cumulative leaves earlier periods out",
        ind(aggregation=Aggregation.NON_CUMULATIVE),
        [obs(Y1, 10), obs(Y2, 15)],
        Y2,
        15,
        "sum",
    ),
    (
        "number cumulative keeps a running total",
        ind(aggregation=Aggregation.CUMULATIVE),
        [obs(Y1, 10), obs(Y2, 15)],
        Y2,
        25,
        "running total",
    ),
    (
        "number cumulative at the first period",
        ind(aggregation=Aggregation.CUMULATIVE),
        [obs(Y1, 10), obs(Y2, 15)],
        Y1,
        10,
        "running total",
    ),
    ("number latest takes the most recent", ind(), [obs(Y1, 10), obs(Y2, 15)], Y2, 15, "latest"),
    ("percentage latest", ind(Measure.PERCENTAGE), [obs(Y1, 40), obs(Y2, 45)], Y2, 45, "latest"),
    (
        "percentages are never summed: numerators and denominators are",
        ind(Measure.PERCENTAGE, Aggregation.NON_CUMULATIVE),
        [obs(Q1, 30, 30, 100), obs(Q2, 20, 10, 50)],
        Y1,
        pytest.approx(100 * 40 / 150),
        "ratio of sums",
    ),
    (
        "cumulative percentages sum numerators over all periods",
        ind(Measure.PERCENTAGE, Aggregation.CUMULATIVE),
        [obs(Y1, 30, 30, 100), obs(Y2, 20, 10, 50)],
        Y2,
        pytest.approx(100 * 40 / 150),
        "ratio of sums",
    ),
    (
        "a percentage without numerators falls back to the latest",
        ind(Measure.PERCENTAGE, Aggregation.NON_CUMULATIVE),
        [obs(Q1, 30), obs(Q2, 20)],
        Y1,
        20,
        "latest",
    ),
    (
        "yes/no counts as 0 or 1",
        ind(Measure.YES_NO),
        [obs(Y1, False), obs(Y2, True)],
        Y2,
        1.0,
        "latest",
    ),
    (
        "ordinal counts by its level",
        ind(Measure.ORDINAL, scale=SCALE),
        [obs(Y1, "draft")],
        Y1,
        1.0,
        "latest",
    ),
    (
        "narrative keeps its evidence",
        ind(Measure.NARRATIVE),
        [obs(Y1, "Law adopted")],
        Y1,
        "Law adopted",
        "evidence",
    ),
]


@pytest.mark.parametrize(
    ("case", "indicator", "observations", "span", "value", "method"),
    ACTUALS,
    ids=[c[0] for c in ACTUALS],
)
def test_period_actual(
    case: str,
    indicator: core.Indicator,
    observations: list[Observation],
    span: tuple[date, date],
    value: object,
    method: str,
) -> None:
    found = period_actual(indicator, observations, *span)
    assert found is not None
    assert (found.value, found.method) == (value, method)


def test_no_value_before_the_period_end_is_no_actual() -> None:
    assert period_actual(ind(), [obs(Y2, 5)], *Y1) is None


def test_correcting_an_earlier_period_carries_into_later_totals() -> None:
    indicator = ind(aggregation=Aggregation.CUMULATIVE)
    before = period_actual(indicator, [obs(Y1, 10), obs(Y2, 15)], *Y2)
    after = period_actual(indicator, [obs(Y1, 12), obs(Y2, 15)], *Y2)
    assert (before and before.value, after and after.value) == (25, 27)


@pytest.mark.parametrize(
    ("value", "base", "target", "direction", "progress"),
    [
        (50, 0, 100, Direction.INCREASE, 0.5),
        (120, 0, 100, Direction.INCREASE, 1.2),
        (-10, 0, 100, Direction.INCREASE, -0.1),
        (25, 40, 10, Direction.DECREASE, 0.5),  # a decrease indicator that falls is progress
        (50, 40, 10, Direction.DECREASE, -1 / 3),
        (10, 40, 10, Direction.DECREASE, 1.0),
        (85, 90, 90, Direction.MAINTAIN, 1 - 5 / 90),
        (90, 90, 90, Direction.MAINTAIN, 1.0),
        (30, 20, 20, Direction.INCREASE, 1.0),  # target equal to baseline: reached or not
        (10, 20, 20, Direction.INCREASE, 0.0),
    ],
)
def test_progress_is_direction_aware(
    value: float, base: float, target: float, direction: Direction, progress: float
) -> None:
    assert progress_of(value, base, target, direction) == pytest.approx(progress)


POINTS = [
    Point(date(2025, 1, 1), 0.0),
    Point(date(2026, 1, 1), 40.0),
    Point(date(2028, 1, 1), 100.0),
]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 6, 1), 0.0),
        (date(2025, 1, 1), 0.0),
        (date(2025, 7, 2), 20.0),
        (date(2026, 1, 1), 40.0),
        (date(2027, 1, 1), 70.0),
        (date(2030, 1, 1), 100.0),
    ],
)
def test_expected_runs_linearly_through_the_milestones(day: date, expected: float) -> None:
    assert expected_at(POINTS, day) == pytest.approx(expected, abs=0.1)


@pytest.mark.parametrize(
    ("progress", "expected", "achieved", "status"),
    [
        (None, 0.5, False, Status.NO_DATA),
        (1.0, 1.0, True, Status.ACHIEVED),
        (0.5, 0.5, False, Status.ON_TRACK),
        (0.43, 0.5, False, Status.ON_TRACK),  # 14% short of expected
        (0.40, 0.5, False, Status.AT_RISK),  # 20% short
        (0.25, 0.5, False, Status.OFF_TRACK),  # 50% short
        (0.0, 0.0, False, Status.ON_TRACK),  # nothing expected yet
        (-0.1, 0.0, False, Status.AT_RISK),  # moving the wrong way early on
    ],
)
def test_status_compares_progress_with_what_was_expected(
    progress: float | None, expected: float, achieved: bool, status: Status
) -> None:
    assert status_of(progress, expected, achieved, Thresholds()) is status


def test_thresholds_are_settings() -> None:
    strict = Thresholds(on_track=0.05, at_risk=0.1)
    assert status_of(0.47, 0.5, False, strict) is Status.AT_RISK
    assert status_of(0.47, 0.5, False, Thresholds()) is Status.ON_TRACK


def progress(
    indicator: core.Indicator, observations: list[Observation], as_of: date = date(2026, 12, 31)
):  # type: ignore[no-untyped-def]
    return indicator_progress(indicator, PLAN, observations, as_of)


def test_a_decrease_indicator_on_its_way_down() -> None:
    found = progress(
        ind(direction=Direction.DECREASE, baseline=40, target=10), [obs(Y1, 35), obs(Y2, 28)]
    )
    # Two years of four: expected 40 → 25 (progress 0.5); actual 28 is progress 0.4.
    assert found.progress == pytest.approx(0.4)
    assert found.expected == pytest.approx(0.5, abs=0.01)
    assert found.status is Status.AT_RISK


def test_a_decrease_indicator_below_its_target_is_achieved() -> None:
    found = progress(ind(direction=Direction.DECREASE, baseline=40, target=10), [obs(Y2, 9)])
    assert found.status is Status.ACHIEVED


def test_a_revised_target_is_measured_against_its_current_value() -> None:
    indicator = ind(baseline=0, target=60)
    assert indicator.target is not None
    revised = indicator.model_copy(
        update={
            "target": indicator.target.model_copy(
                update={
                    "history": [
                        core.TargetRevision(
                            value=40, changed_on=date(2026, 6, 1), reason="funding doubled"
                        )
                    ]
                }
            )
        }
    )
    found = progress(revised, [obs(Y2, 30)])
    assert found.progress == pytest.approx(0.5)


def test_no_data_is_no_data() -> None:
    found = progress(ind(baseline=0, target=10), [])
    assert (found.status, found.actual, found.progress) == (Status.NO_DATA, None, None)


def test_values_after_the_date_do_not_count_yet() -> None:
    found = progress(ind(baseline=0, target=10), [obs(Y2, 5)], as_of=date(2025, 6, 1))
    assert found.status is Status.NO_DATA


def test_counts_without_a_baseline_start_from_zero() -> None:
    found = progress(
        ind(aggregation=Aggregation.CUMULATIVE, target=100), [obs(Y1, 30), obs(Y2, 20)]
    )
    assert (found.baseline, found.progress) == (0.0, 0.5)


def test_a_level_without_a_baseline_starts_from_its_first_value() -> None:
    found = progress(ind(Measure.PERCENTAGE, target=50), [obs(Y1, 20), obs(Y2, 35)])
    assert (found.baseline, found.progress) == (20.0, 0.5)


def test_ordinal_progress_counts_levels() -> None:
    found = progress(
        ind(Measure.ORDINAL, baseline="none", target="enforced", scale=SCALE), [obs(Y2, "adopted")]
    )
    assert found.progress == pytest.approx(2 / 3, abs=1e-4)


def test_narrative_indicators_report_evidence_and_their_rating() -> None:
    rated = Observation(*Y2, value="Bill tabled in parliament", assessment=Status.ON_TRACK)
    found = progress(ind(Measure.NARRATIVE, target="Law adopted"), [rated])
    assert found.actual is not None and found.actual.value == "Bill tabled in parliament"
    assert (found.progress, found.status) == (None, Status.ON_TRACK)
    unrated = progress(ind(Measure.NARRATIVE), [obs(Y2, "Bill drafted")])
    assert unrated.status is Status.NO_DATA


def test_a_disaggregation_that_does_not_add_up_is_a_warning() -> None:
    indicator = ind(baseline=0, target=100)
    good = progress(indicator, [obs(Y1, 30, sex={"female": 20, "male": 10})])
    assert good.warnings == []
    bad = progress(indicator, [obs(Y1, 30, sex={"female": 20, "male": 8})])
    assert bad.warnings == [
        "2025-01-01: the sex breakdown adds up to 28, but the total reported is 30"
    ]
    assert bad.progress == pytest.approx(0.3)  # the total stands
    open_ended = progress(indicator, [obs(Y1, 30, location={"North": 5})])
    assert open_ended.warnings == []


def test_the_series_follows_each_period() -> None:
    found = progress(
        ind(aggregation=Aggregation.CUMULATIVE, baseline=0, target=100), [obs(Y1, 30), obs(Y2, 20)]
    )
    assert [(p.day, p.value) for p in found.actuals] == [(Y1[1], 30.0), (Y2[1], 50.0)]
    assert [p.value for p in found.trajectory] == [0.0, 100.0]


# --- roll-up and budget execution ---------------------------------------------------


def tree() -> core.Plan:
    def i(key: str, measure: Measure = Measure.NUMBER, weight: float = 1.0) -> core.Indicator:
        return core.Indicator(id=key, name=key, measure=measure, weight=weight)

    return PLAN.model_copy(
        update={
            "organisations": [core.Organisation(id="mod", name="Defence", type="government")],
            "objectives": [
                core.Objective(
                    id="O1",
                    title="One",
                    pillars=["participation", "protection"],
                    indicators=[i("I1")],
                    outcomes=[
                        core.Outcome(
                            id="OC1",
                            title="Outcome",
                            indicators=[i("I2")],
                            outputs=[
                                core.Output(
                                    id="OP1",
                                    title="Output",
                                    indicators=[
                                        i("I3", weight=3),
                                        i("I4"),
                                        i("I5", Measure.NARRATIVE),
                                    ],
                                    activities=[
                                        core.Activity(
                                            id="A1",
                                            title="A",
                                            responsibility=core.Responsibility(lead="mod"),
                                            budget_lines=[
                                                core.BudgetLine(
                                                    id="B1",
                                                    amount=Decimal(1000),
                                                    currency="EUR",
                                                    status=BudgetStatus.ALLOCATED,
                                                )
                                            ],
                                        )
                                    ],
                                )
                            ],
                        )
                    ],
                ),
                core.Objective(
                    id="O2",
                    title="Two",
                    pillars=["prevention"],
                    indicators=[i("I6")],
                    outputs=[
                        core.Output(
                            id="OP2",
                            title="Output 2",
                            budget_lines=[
                                core.BudgetLine(
                                    id="B2",
                                    amount=Decimal(500),
                                    currency="USD",
                                    status=BudgetStatus.COSTED,
                                )
                            ],
                        )
                    ],
                ),
            ],
        }
    )


def made(key: str, value: float | None, status: Status):  # type: ignore[no-untyped-def]
    from napkit.core.monitoring.progress import IndicatorProgress

    return IndicatorProgress(key, None, 0, 1, value, None, status)


def test_rollup_weights_indicators_and_counts_narratives_apart() -> None:
    found = {
        "I1": made("I1", 1.0, Status.ACHIEVED),
        "I2": made("I2", 0.5, Status.ON_TRACK),
        "I3": made("I3", 1.5, Status.ACHIEVED),
        "I4": made("I4", 0.0, Status.OFF_TRACK),
        "I5": made("I5", None, Status.ON_TRACK),
    }
    result = rollup(tree(), found)
    # OP1: (1.0 × 3 + 0 × 1) / 4 — progress beyond the target counts as 1.
    assert result.results["OP1"].progress == pytest.approx(0.75)
    assert result.results["OP1"].qualitative == 1
    # OC1: its own I2 (0.5) and OP1 (0.75) count alike.
    assert result.results["OC1"].progress == pytest.approx(0.625)
    assert result.results["O1"].progress == pytest.approx((1.0 + 0.625) / 2)
    assert result.results["O1"].statuses[Status.ACHIEVED] == 2
    assert result.results["O1"].indicators == 5
    assert result.results["O2"].statuses[Status.NO_DATA] == 1
    assert result.results["O2"].progress is None
    assert result.pillars["protection"].progress == result.results["O1"].progress
    assert result.pillars["relief_and_recovery"].progress is None
    assert result.plan.progress == result.results["O1"].progress  # O2 has no data yet
    assert result.plan.indicators == 6


def test_budget_execution_by_line_organisation_pillar_and_currency() -> None:
    report = execution(tree(), [Spending("B1", Decimal(1200), Decimal(900), Decimal(600))])
    line = report.lines["B1"]
    assert (line.disbursement_rate, line.spending_rate) == (0.75, 0.5)
    [mod] = report.organisations["mod"]
    assert mod.allocated == Decimal(1200)
    # Split equally between the objective's two pillars.
    assert report.pillars["participation"][0].allocated == Decimal(600)
    assert report.pillars["protection"][0].spent == Decimal(300)
    # A costed line is not allocated: nothing to execute yet.
    assert report.lines["B2"].allocated == Decimal(0)
    assert report.lines["B2"].disbursement_rate is None
    assert {e.currency for e in report.plan} == {"EUR", "USD"}


def test_an_allocated_line_never_reported_counts_its_planned_amount() -> None:
    report = execution(tree(), [])
    assert report.lines["B1"].allocated == Decimal(1000)
    assert report.lines["B1"].spending_rate == 0.0


# --- periods -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "month", "label", "start", "end"),
    [
        (date(2025, 6, 1), 1, "2025", date(2025, 1, 1), date(2025, 12, 31)),
        (date(2025, 6, 1), 4, "FY 2025-26", date(2025, 4, 1), date(2026, 3, 31)),
        (date(2026, 2, 1), 4, "FY 2025-26", date(2025, 4, 1), date(2026, 3, 31)),
        (date(2025, 6, 30), 7, "FY 2024-25", date(2024, 7, 1), date(2025, 6, 30)),
    ],
)
def test_fiscal_years(day: date, month: int, label: str, start: date, end: date) -> None:
    year = fiscal_year_of(day, month)
    assert (year.label, year.start, year.end) == (label, start, end)


def test_quarters_follow_the_fiscal_year() -> None:
    quarters = periods_between(date(2025, 4, 1), date(2026, 3, 31), Frequency.QUARTERLY, 4)
    assert [q.label for q in quarters] == [
        "Q1 FY 2025-26",
        "Q2 FY 2025-26",
        "Q3 FY 2025-26",
        "Q4 FY 2025-26",
    ]
    assert quarters[2].start == date(2025, 10, 1)


def test_other_rhythms_need_their_dates() -> None:
    with pytest.raises(ValueError, match="give the dates"):
        periods_between(date(2025, 1, 1), date(2026, 1, 1), Frequency.AD_HOC)


def test_a_running_total_starts_where_the_baseline_stood() -> None:
    indicator = ind(aggregation=Aggregation.CUMULATIVE, baseline=80, target=400)
    found = period_actual(indicator, [obs(Y1, 60), obs(Y2, 100)], *Y2)
    assert found is not None and found.value == 240
    assert progress(indicator, [obs(Y1, 60), obs(Y2, 100)]).progress == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("measure", "value", "expected"),
    [
        (Measure.YES_NO, 1.0, True),
        (Measure.YES_NO, 0.0, False),
        (Measure.ORDINAL, 2.0, "adopted"),
        (Measure.NUMBER, 2.0, 2.0),
    ],
)
def test_computed_values_are_shown_in_the_indicators_terms(
    measure: Measure, value: float, expected: object
) -> None:
    from napkit.core.monitoring.progress import shown

    assert shown(ind(measure, scale=SCALE if measure is Measure.ORDINAL else None), value) == (
        expected
    )
