"""Past monitoring data checked against a plan: rounds and values, or every problem."""

from __future__ import annotations

from datetime import date

import pytest

from napkit.core.monitoring import history_columns as cols
from napkit.core.monitoring.history import StoredRound, StoredValue, check, round_label
from napkit.core.monitoring.period_text import read_period
from napkit.core.monitoring.tables import Row, Table, read_table
from napkit.core.plan import planfile

PLAN = planfile.loads(
    """
id: hist
metadata: {title: History plan, country: XV, period: {start: 2019-01-01, end: 2026-12-31}}
organisations:
  - {id: mod, name: Ministry of Defence, type: government}
  - {id: mfa, name: Ministry of Foreign Affairs, type: government}
governance: {coordinator: {organisation: mfa}}
monitoring: {fiscal_year_start: 4}
objectives:
  - id: O1
    title: Security institutions serve women
    indicators:
      - {id: I-TRAIN, name: Personnel trained, measure: number, aggregation: cumulative,
         responsible: mod, disaggregation: [sex]}
      - {id: I-SHARE, name: "Women among officers (%)", measure: percentage, responsible: mod}
      - {id: I-LAW, name: Code of conduct adopted, measure: yes_no}
""",
    name="hist.yaml",
)
TODAY = date(2025, 6, 1)
HEAD = ("indicator", "period", "value", "dimension", "category", "note", "source")


def table(*rows: tuple[object, ...], columns: tuple[str, ...] = HEAD) -> Table:
    return Table(
        "h.csv",
        columns,
        tuple(
            Row(n, tuple(list(r) + [None] * (len(columns) - len(r))))  # type: ignore[arg-type]
            for n, r in enumerate(rows, 2)
        ),
    )


def test_rows_become_rounds_and_values() -> None:
    found = check(
        PLAN,
        table(
            ("I-TRAIN", "FY2019-20", "30", "", "", "HR", "payroll"),
            ("I-TRAIN", "FY2019-20", 18, "sex", "female"),
            ("I-TRAIN", "FY2019-20", 12, "Sex", "Male"),
            ("women among officers %", "2020-2021", "12.5%"),
            ("I-LAW", "2020/21", "oui"),
            ("I-SHARE", "FY2021-22", ""),  # no value: left out
        ),
        cols.guess(HEAD),
        today=TODAY,
    )
    assert found.problems == []
    assert found.skipped == 1
    assert [(r.label, r.key, len(r.values)) for r in found.rounds] == [
        ("FY 2019-20", None, 1),
        ("FY 2020-21", None, 2),
    ]
    [train] = found.rounds[0].values
    assert (train.value, train.parts, train.organisation) == (
        30,
        {"sex": {"female": 18, "male": 12}},
        "mod",
    )
    assert train.note == "HR\nSource: payroll"
    share, law = found.rounds[1].values
    assert (share.indicator, share.value) == ("I-SHARE", 12.5)
    # no responsible organisation: filed under the coordinating one
    assert (law.value, law.organisation) == (True, "mfa")


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        (("nope", "2020", "1"), "indicator", "not an indicator"),
        (("", "2020", "1"), "indicator", "no indicator"),
        (("I-TRAIN", "soon", "1"), "period", "not a period"),
        (("I-TRAIN", "2018", "1"), "period", "outside the plan's period"),
        (("I-TRAIN", "2025", "1"), "period", "not over yet"),
        (("I-TRAIN", "2020", "many"), "value", "expected a number"),
        (("I-TRAIN", "2020", "-3"), "value", "0 or more"),
        (("I-TRAIN", "2020", "12,5"), "value", "use a point"),
        (("I-SHARE", "2020", "120"), "value", "from 0 to 100"),
        (("I-LAW", "2020", "maybe"), "value", "yes or no"),
        (("I-TRAIN", "2020", "3", "age", "under_18"), "dimension", "not broken down by"),
        (("I-TRAIN", "2020", "3", "sex", "other"), "category", "not a category"),
        (("I-TRAIN", "2020", "3", "sex", ""), "category", "needs a category"),
        (("I-LAW", "2020", "yes", "", "female"), "category", "not a category"),
    ],
)
def test_each_problem_is_located(row: tuple[object, ...], column: str, words: str) -> None:
    found = check(PLAN, table(row), cols.guess(HEAD), today=TODAY)
    [problem] = found.problems
    assert (problem.file, problem.line, problem.path) == ("h.csv", 2, (column,))
    assert words in problem.message
    assert found.rounds == []


def test_every_problem_at_once_and_nothing_to_write() -> None:
    found = check(
        PLAN,
        table(
            ("I-TRAIN", "2020", "1"),
            ("I-TRAIN", "2020-01-01..2020-12-31", "2"),  # the same period written otherwise
            ("I-TRAIN", "2020-Q2", "3"),  # overlaps 2020: counted twice in a running total
            ("I-SHARE", "2020", "x"),
        ),
        cols.guess(HEAD),
        today=TODAY,
    )
    assert [(p.line, p.path[0]) for p in found.problems] == [
        (3, "indicator"),
        (4, "period"),
        (5, "value"),
    ]
    assert "repeats row 2" in found.problems[0].message
    assert found.rounds == []


def test_names_are_matched_normalised() -> None:
    found = check(
        PLAN,
        table(
            ("  PERSONNEL trained ", "2020", "4"),
            columns=("Nom de l'indicateur", "Année", "Valeur"),
        ),
        {"Nom de l'indicateur": "indicator_name", "Année": "period", "Valeur": "value"},
        today=TODAY,
    )
    assert found.problems == [] and found.rounds[0].values[0].indicator == "I-TRAIN"


def test_stored_values_are_never_overwritten() -> None:
    stored = [StoredValue("I-TRAIN", date(2020, 1, 1), date(2020, 12, 31), "2020")]
    found = check(
        PLAN,
        table(("I-TRAIN", "2020", "4"), ("I-TRAIN", "2020-Q3", "4"), ("I-SHARE", "2020", "4")),
        cols.guess(HEAD),
        today=TODAY,
        stored=stored,
    )
    assert [p.line for p in found.problems] == [2, 3]
    assert "already has a value" in found.problems[0].message
    assert "overlaps" in found.problems[1].message


def test_existing_rounds_are_filled_only_when_closed_and_reviewed() -> None:
    rounds = [
        StoredRound("y2020", "2020", date(2020, 1, 1), date(2020, 12, 31), closed=True),
        StoredRound("y2021", "2021", date(2021, 1, 1), date(2021, 12, 31), closed=False),
        StoredRound(
            "y2022", "2022", date(2022, 1, 1), date(2022, 12, 31), True, {"mod": "returned"}
        ),
    ]
    rows = [("I-TRAIN", str(y), "4") for y in (2020, 2021, 2022)]
    found = check(PLAN, table(*rows), cols.guess(HEAD), today=TODAY, rounds=rounds)
    assert [(p.line, p.path[0]) for p in found.problems] == [(3, "period"), (4, "indicator")]
    ok = check(PLAN, table(rows[0]), cols.guess(HEAD), today=TODAY, rounds=rounds)
    assert [(r.key, r.label) for r in ok.rounds] == [("y2020", "2020")]


def test_a_breakdown_without_total() -> None:
    found = check(
        PLAN,
        table(("I-TRAIN", "2020", 3, "", "female"), ("I-TRAIN", "2020", 4, "", "male")),
        cols.guess(HEAD),
        today=TODAY,
    )
    assert found.problems == []
    assert found.rounds[0].values[0].value == 7
    assert "sum of its breakdown" in found.warnings[0]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ("Code indicateur", "Période", "Valeur réalisée", "Catégorie", "Commentaires"),
            ["indicator", "period", "value", "category", "note"],
        ),
        (
            ("Indicator name", "Reporting period", "Actual", "Disaggregation", "Data source"),
            ["indicator_name", "period", "value", "dimension", "source"],
        ),
        (("ID", "Year", "Result", "Numerator", "Dénominateur"), None),
    ],
)
def test_headers_are_guessed_in_english_and_french(
    headers: tuple[str, ...], expected: list[str] | None
) -> None:
    guessed = cols.guess(headers)
    if expected is None:
        expected = ["indicator", "period", "value", "numerator", "denominator"]
    assert [guessed.get(h) for h in headers] == expected


@pytest.mark.parametrize(
    ("mapping", "words"),
    [
        ({"a": "period", "b": "value"}, "no column gives the indicator"),
        ({"a": "indicator", "b": "value"}, "no column gives the period"),
        ({"a": "indicator", "b": "period", "c": "period"}, "both the"),
        ({"a": "indicator", "b": "period", "c": "value", "z": "note"}, "no column 'z'"),
        ({"a": "indicator", "b": "period", "c": "wert"}, "not a field"),
    ],
)
def test_an_unusable_mapping_reads_no_row(mapping: dict[str, str], words: str) -> None:
    found = check(
        PLAN, table(("I-TRAIN", "2020", "1"), columns=("a", "b", "c")), mapping, today=TODAY
    )
    assert found.problems and any(words in p.message for p in found.problems)
    assert all(p.line is None for p in found.problems)


def test_round_labels_follow_the_plan_fiscal_year() -> None:
    for text, label in (
        ("2019-Q2", "Q1 FY 2019-20"),
        ("FY2019-20", "FY 2019-20"),
        ("2019", "2019"),
    ):
        period = read_period(text, 4)
        assert period is not None and round_label(period, 4) == label


def test_a_real_csv_end_to_end() -> None:
    data = "Indicateur;Période;Valeur\nI-TRAIN;T1 2020;5\nI-SHARE;S1 2020;45%\n".encode("cp1252")
    t = read_table("h.csv", data)
    found = check(PLAN, t, cols.guess(t.columns), today=TODAY)
    assert found.problems == []
    assert [(r.label, r.values[0].value) for r in found.rounds] == [
        ("Q4 FY 2019-20", 5),
        ("H1 2020", 45),  # a calendar half is no half of an April fiscal year
    ]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("14,5", "14.5"),
        ("1 234,5", "1234.5"),
        ("1.234,5", "1234.5"),
        ("1\u202f234", "1234"),
        ("-0,25", "-0.25"),
        ("45,5 %", "45.5%"),
        ("12", "12"),
        ("about 40", "about 40"),
        ("1,2,3", "1,2,3"),
    ],
)
def test_a_semicolon_file_writes_decimals_with_a_comma(typed: str, read: str) -> None:
    from napkit.core.monitoring.history_cells import decimal_comma

    assert decimal_comma(typed) == read
