"""The one-pass ``History`` gives exactly what the value-by-value reference gives: every
period's actual, every date's progress (status, series, warnings) and every baseline,
for every measure and aggregation, on observations in any order, overlapping or not."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from napkit.core.monitoring.progress import History, Observation, Status
from napkit.core.plan import model as core
from napkit.core.plan.vocabulary import Measure
from tests.core import progress_oracle as oracle
from tests.core.strategies import END, START, day_in, indicators


@st.composite
def observation_sets(draw: st.DrawFn, indicator: core.Indicator) -> list[Observation]:
    out = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(day_in(START, END - timedelta(days=1)))
        end = draw(day_in(start, min(END, start + timedelta(days=400))))
        if indicator.measure is Measure.NUMBER:
            value: object = draw(st.one_of(st.none(), st.integers(0, 500), st.floats(0, 500)))
        elif indicator.measure is Measure.PERCENTAGE:
            value = draw(st.one_of(st.none(), st.floats(0, 100)))
        elif indicator.measure is Measure.YES_NO:
            value = draw(st.one_of(st.none(), st.booleans()))
        elif indicator.measure is Measure.ORDINAL:
            value = draw(st.one_of(st.none(), st.sampled_from(indicator.scale)))
        else:
            value = draw(st.one_of(st.none(), st.text(max_size=5)))
        numerator = draw(st.one_of(st.none(), st.floats(0, 50)))
        denominator = draw(st.one_of(st.none(), st.just(0.0), st.floats(1, 100)))
        parts = {}
        if draw(st.booleans()):
            parts = {
                "sex": {"female": draw(st.integers(0, 300)), "male": draw(st.integers(0, 300))}
            }
        out.append(
            Observation(
                start,
                end,
                value,  # type: ignore[arg-type]
                numerator,
                denominator,
                parts=parts,
                assessment=draw(st.one_of(st.none(), st.sampled_from(list(Status)))),
                label=f"P{len(out)}",
            )
        )
    return out


@st.composite
def cases(draw: st.DrawFn) -> tuple[core.Indicator, list[Observation], list[date]]:
    indicator = draw(indicators(count(), ["org"]))
    found = draw(observation_sets(indicator))
    days = draw(st.lists(day_in(START - timedelta(days=30), END + timedelta(days=30)), max_size=4))
    return indicator, found, days + [o.end for o in found] + [o.start for o in found]


PLAN = core.Plan(
    id="p",
    metadata=core.PlanMetadata(
        title="Plan", country="XV", period=core.Period(start=START, end=END)
    ),
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_history_agrees_with_the_reference(
    case: tuple[core.Indicator, list[Observation], list[date]],
) -> None:
    indicator, found, days = case
    history = History(indicator, found)
    assert history.baseline() == oracle.baseline_of(indicator, found)
    for day in days:
        for start in [*days, day - timedelta(days=90)]:
            if start <= day:
                assert history.actual(start, day) == oracle.period_actual(
                    indicator, found, start, day
                )
        assert history.progress(PLAN, day) == oracle.indicator_progress(indicator, PLAN, found, day)
