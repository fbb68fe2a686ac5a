"""Charts never fail on the values they are given, and size their text to fit."""

from __future__ import annotations

import pytest

from napkit.core.publishing import charts


@pytest.mark.parametrize(
    ("value", "top"),
    [(0.0, 1.0), (-5.0, 1.0), (7.0, 10.0), (120.0, 200.0), (1.7e308, 1.7e308), (float("nan"), 1.0)],
)
def test_the_axis_top_is_round_and_never_overflows(value: float, top: float) -> None:
    assert charts._nice_max(value) == top


def test_bar_values_are_never_clipped() -> None:
    long = "5,344,380 of 15,685,000 spent"
    svg = charts.bar_chart("b", "Spent", [charts.Bar("MFA (EUR)", 0.34, long, "band-weak")])
    assert long in svg
    # the value column starts where it leaves room for the whole text
    x = float(svg.split('<text class="value" x="')[1].split('"')[0])
    assert x + charts.CHAR_W * len(long) <= charts.WIDTH + 1
    assert ">100%<" in svg
