"""Periods as people write them, in English and French."""

from __future__ import annotations

from datetime import date

import pytest

from napkit.core.monitoring.period_text import canonical, read_period

D = date


@pytest.mark.parametrize(
    ("text", "start_month", "start", "end"),
    [
        ("2019", 1, D(2019, 1, 1), D(2019, 12, 31)),
        (2019, 1, D(2019, 1, 1), D(2019, 12, 31)),
        (2019.0, 4, D(2019, 1, 1), D(2019, 12, 31)),
        ("Année 2019", 1, D(2019, 1, 1), D(2019, 12, 31)),
        ("2019-Q2", 1, D(2019, 4, 1), D(2019, 6, 30)),
        ("Q2 2019", 1, D(2019, 4, 1), D(2019, 6, 30)),
        ("T2 2019", 1, D(2019, 4, 1), D(2019, 6, 30)),
        ("2e trimestre 2019", 1, D(2019, 4, 1), D(2019, 6, 30)),
        ("2nd quarter 2019", 1, D(2019, 4, 1), D(2019, 6, 30)),
        ("2019-H1", 1, D(2019, 1, 1), D(2019, 6, 30)),
        ("S2 2019", 1, D(2019, 7, 1), D(2019, 12, 31)),
        ("1er semestre 2019", 1, D(2019, 1, 1), D(2019, 6, 30)),
        ("FY2019-20", 4, D(2019, 4, 1), D(2020, 3, 31)),
        ("FY 2019/20", 7, D(2019, 7, 1), D(2020, 6, 30)),
        ("AF 2019-20", 4, D(2019, 4, 1), D(2020, 3, 31)),
        ("Exercice 2019-2020", 4, D(2019, 4, 1), D(2020, 3, 31)),
        ("2019-2020", 4, D(2019, 4, 1), D(2020, 3, 31)),
        ("2019-2021", 1, D(2019, 1, 1), D(2021, 12, 31)),
        ("Q2 FY2019-20", 4, D(2019, 7, 1), D(2019, 9, 30)),
        ("H2 FY2019-20", 4, D(2019, 10, 1), D(2020, 3, 31)),
        ("2019-04-01..2020-03-31", 1, D(2019, 4, 1), D(2020, 3, 31)),
        ("01/04/2019 - 31/03/2020", 1, D(2019, 4, 1), D(2020, 3, 31)),
        ("du 01/04/2019 au 31/03/2020", 1, D(2019, 4, 1), D(2020, 3, 31)),
        ("from 2019-01-01 to 2019-03-31", 1, D(2019, 1, 1), D(2019, 3, 31)),
        ("2019-06", 1, D(2019, 6, 1), D(2019, 6, 30)),
        ("06/2019", 1, D(2019, 6, 1), D(2019, 6, 30)),
        ("31/12/2019", 4, D(2019, 4, 1), D(2020, 3, 31)),
        ("2019-12-31", 1, D(2019, 1, 1), D(2019, 12, 31)),
        (D(2020, 2, 1), 4, D(2019, 4, 1), D(2020, 3, 31)),
    ],
)
def test_reads_a_period(text: object, start_month: int, start: date, end: date) -> None:
    found = read_period(text, start_month)
    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start_month"),
    [
        ("", 1),
        (None, 1),
        (True, 1),
        ("soon", 1),
        ("2019-Q5", 1),
        ("13/2019", 1),
        ("31/02/2019", 1),
        ("2019-2020", 1),  # two calendar years or one fiscal year: not said
        ("Q2 FY2019-20", 1),  # a fiscal quarter of a plan without fiscal years
        ("FY2019-22", 4),
        ("2020-03-31..2019-04-01", 1),
        (1850, 1),
        (12.5, 1),
    ],
)
def test_refuses_what_it_cannot_tell(text: object, start_month: int) -> None:
    assert read_period(text, start_month) is None


@pytest.mark.parametrize(
    ("text", "start_month"),
    [("2019", 1), ("2019-Q3", 1), ("2019-H2", 1), ("FY2019-20", 4), ("2019-02-01..2019-05-15", 1)],
)
def test_canonical_reads_back_the_same(text: str, start_month: int) -> None:
    found = read_period(text, start_month)
    assert found is not None
    again = read_period(canonical(found, start_month), start_month)
    assert again is not None and again.key == found.key
