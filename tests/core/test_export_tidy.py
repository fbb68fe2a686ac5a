"""The tidy CSV export: one row per indicator × period × disaggregation, codes and labels."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from napkit.core.exports.tidy import COLUMNS, plain, tidy_csv, tidy_rows
from napkit.core.monitoring.progress import Observation
from napkit.core.plan import walk
from napkit.core.plan.model import Plan
from napkit.core.publishing.release import Release
from tests.core.releases import ROUNDS, demo_release

NUMERIC = ("value", "numerator", "denominator", "actual", "baseline", "target")


@pytest.fixture(scope="module")
def release(demo_plan: Plan) -> Release:
    return demo_release(demo_plan)


@pytest.fixture(scope="module")
def rows(release: Release) -> list[dict[str, str]]:
    return tidy_rows(release)


def parse(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def totals(rows: list[dict[str, str]], indicator: str) -> list[dict[str, str]]:
    return [r for r in rows if r["indicator_id"] == indicator and not r["dimension_id"]]


def with_observations(release: Release, indicator: str, found: list[Observation]) -> Release:
    return replace(release, observations={**release.observations, indicator: found})


def test_one_total_row_per_indicator_and_round_plus_one_row_per_part(
    release: Release, rows: list[dict[str, str]]
) -> None:
    expected = 0
    for ref in walk.indicators(release.plan):
        for r in release.rounds:
            found = [
                o
                for o in release.observations.get(ref.indicator.id, [])
                if (o.start, o.end) == (r.start, r.end)
            ]
            expected += 1 + sum(len(cats) for o in found for cats in o.parts.values())
    assert len(rows) == expected
    assert any(r["dimension_id"] for r in rows)  # the demo has disaggregated values


@pytest.mark.parametrize(
    ("indicator", "measure", "spelled"),
    [
        ("SO1-i1", "percentage", plain),
        ("OP2.3-i1", "number", str),
        ("OP2.2-i1", "yes_no", lambda v: "true" if v else "false"),
        ("SO2-i1", "ordinal", str),
        ("R1.1-i2", "narrative", str),
    ],
)
def test_reported_values_match_the_observations(
    release: Release,
    rows: list[dict[str, str]],
    indicator: str,
    measure: str,
    spelled: Callable[[object], str],
) -> None:
    found = sorted(release.observations[indicator], key=lambda o: o.end)
    mine = totals(rows, indicator)
    assert [r["measure"] for r in mine] == [measure] * len(ROUNDS)
    assert [r["value"] for r in mine] == [spelled(o.value) for o in found]
    assert [r["period"] for r in mine] == [r.key for r in ROUNDS]
    assert [r["note"] for r in mine] == [o.note for o in found]


def test_parts_carry_codes_labels_and_values(release: Release, rows: list[dict[str, str]]) -> None:
    first = sorted(release.observations["OP2.3-i1"], key=lambda o: o.end)[0]
    parts = [
        r
        for r in rows
        if r["indicator_id"] == "OP2.3-i1" and r["period"] == ROUNDS[0].key and r["dimension_id"]
    ]
    got = {(r["dimension_id"], r["category_id"]): r["value"] for r in parts}
    assert got == {(d, c): plain(v) for d, cats in first.parts.items() for c, v in cats.items()}
    army = next(r for r in parts if r["category_id"] == "army")
    assert (army["dimension_label"], army["category_label"]) == ("Service branch", "Army")
    # Indicator-level columns repeat; the computed ones are on the total row only.
    assert army["indicator_name"] and army["unit"] == totals(rows, "OP2.3-i1")[0]["unit"]
    assert army["actual"] == army["target"] == army["status"] == ""


def test_codes_and_labels_of_the_result_chain(rows: list[dict[str, str]]) -> None:
    row = totals(rows, "OP2.3-i1")[0]
    assert row["plan_id"] == "valdoria-nap-2025"
    assert row["plan_version"] == "1"
    assert row["result_tier"] == "output"
    assert row["objective_id"] == "SO2"
    assert row["pillar_ids"] and " " not in row["pillar_ids"]
    assert row["status"] in {"achieved", "on_track", "at_risk", "off_track", "no_data"}
    assert row["target_source"] == "milestone"


def test_percent_of_target_is_direction_aware(release: Release, rows: list[dict[str, str]]) -> None:
    falling = [r for r in rows if r["direction"] == "decrease" and r["percent_of_target"]]
    assert falling
    ends = {i.indicator.id: i.indicator.target for i in walk.indicators(release.plan)}
    for r in falling:
        actual, base = float(r["actual"]), float(r["baseline"])
        end = ends[r["indicator_id"]]
        assert end is not None
        target = float(end.value)  # type: ignore[arg-type]
        percent = float(r["percent_of_target"])
        assert target < base  # a decrease
        # The one definition of progress: from the baseline to the END target.
        assert percent == pytest.approx(100 * (actual - base) / (target - base), abs=0.05)
    # Not yet down to the target, yet some of the way: a naive actual ÷ target says > 100.
    r = totals(rows, "R3.1-i1")[0]
    assert float(r["actual"]) > float(r["target"])
    assert 0 < float(r["percent_of_target"]) < 100 < 100 * float(r["actual"]) / float(r["target"])


def test_a_round_without_data_keeps_its_total_row(release: Release) -> None:
    first = sorted(release.observations["SO1-i1"], key=lambda o: o.end)[0]
    gap = with_observations(release, "SO1-i1", [first])
    mine = totals(tidy_rows(gap), "SO1-i1")
    assert [r["period"] for r in mine] == [r.key for r in ROUNDS]
    assert mine[1]["value"] == ""
    # Nothing reported: no earlier figure stands in for the period (one definition).
    assert (mine[1]["actual"], mine[1]["percent_of_target"]) == ("", "")
    assert mine[1]["status"] == "no_data"


def test_a_plan_without_rounds_gives_only_the_header(weak_plan: Plan) -> None:
    empty = Release(plan=weak_plan, version=1, published=date(2025, 1, 1), as_of=date(2025, 6, 1))
    assert tidy_rows(empty) == []
    assert tidy_csv(empty) == (",".join(COLUMNS) + "\r\n").encode("utf-8")


def test_the_csv_parses_back_with_the_exact_columns(
    release: Release, rows: list[dict[str, str]]
) -> None:
    data = tidy_csv(release)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.split(b"\n", 1)[0].endswith(b"\r")
    fields, parsed = parse(data)
    assert fields == list(COLUMNS)
    assert parsed == rows


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1234567, "1234567"),
        (1234567.0, "1234567"),
        (1234567.25, "1234567.25"),
        (1e16, "10000000000000000"),
        (0.00001, "0.00001"),
        (True, "true"),
        (None, ""),
    ],
)
def test_numbers_are_plain(number: object, text: str) -> None:
    assert plain(number) == text


def test_no_thousands_separators(release: Release) -> None:
    first = sorted(release.observations["OP3.1.2-i1"], key=lambda o: o.end)
    big = [replace(o, value=1234567, parts={}) for o in first]
    rows = tidy_rows(with_observations(release, "OP3.1.2-i1", big))
    assert totals(rows, "OP3.1.2-i1")[0]["value"] == "1234567"
    for r in rows:
        if r["measure"] == "narrative":
            continue
        for column in (*NUMERIC, "percent_of_target"):
            assert not re.search(r"\d,\d", r[column]), (column, r[column])


def test_narrative_text_survives_quoting(release: Release) -> None:
    text = 'Ministers said "yes, at last", then\nwaited; 3,000 signed.\r\nSee annex, p. 4'
    found = [replace(o, value=text) for o in release.observations["R1.1-i2"]]
    _, parsed = parse(tidy_csv(with_observations(release, "R1.1-i2", found)))
    assert [r["value"] for r in totals(parsed, "R1.1-i2")] == [text] * len(ROUNDS)
