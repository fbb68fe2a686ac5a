"""Broken plan files give every problem, located by file, line, column and field."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from napkit.core.plan import planfile
from napkit.core.plan.problems import PlanInvalid, Problem

GOOD = """\
id: small
metadata:
  title: Small plan
  country: XV
  period: {start: 2025-01-01, end: 2028-12-31}
organisations:
  - id: MFA
    name: Ministry of Foreign Affairs
    type: government
objectives:
  - id: O1
    title: Women take part in peace processes
    pillars: [participation]
    indicators:
      - id: I1
        name: Share of women among negotiators
        measure: percentage
        baseline: {value: 10, date: 2024-12-31}
        target: {value: 40, date: 2028-12-31}
    outputs:
      - id: OP1
        title: Mediators trained
        activities:
          - id: A1
            title: Train women mediators
            responsibility: {lead: MFA}
"""


def problems_of(text: str | bytes, tmp_path: Path, name: str = "plan.yaml") -> list[Problem]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanInvalid) as caught:
        planfile.load(path)
    return caught.value.problems


def test_the_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(GOOD, encoding="utf-8")
    plan = planfile.load(path)
    assert plan.objectives[0].outputs[0].activities[0].responsibility.lead == "MFA"


# (case, edit to GOOD, expected problems as (line, field, words in the message))
CASES = [
    (
        "bad YAML syntax",
        ("  title: Small plan", "  title: [Small plan"),
        [(4, "", "YAML syntax error: while parsing a flow sequence (opened at line 3")],
    ),
    (
        "unknown field",
        ("  country: XV", "  country: XV\n  colour: purple"),
        [(5, "metadata.colour", "unknown field 'colour' (expected one of: title,")],
    ),
    (
        "wrong type",
        ("  period: {start: 2025-01-01, end: 2028-12-31}", "  period: soon"),
        [(5, "metadata.period", "expected a valid dictionary")],
    ),
    (
        "wrong enum value",
        ("    type: government", "    type: ministry"),
        [(9, "organisations[0].type", "expected 'government', 'civil_society'")],
    ),
    (
        "bad date",
        (
            "        baseline: {value: 10, date: 2024-12-31}",
            "        baseline: {value: 10, date: last year}",
        ),
        [(18, "objectives[0].indicators[0].baseline.date", "date")],
    ),
    (
        "dangling organisation",
        ("{lead: MFA}", "{lead: MOJ}"),
        [
            (
                26,
                "objectives[0].outputs[0].activities[0].responsibility.lead",
                "unknown organisation 'MOJ' (expected an id from organisations: MFA)",
            )
        ],
    ),
    (
        "target outside the period",
        ("target: {value: 40, date: 2028-12-31}", "target: {value: 40, date: 2030-06-30}"),
        [(19, "objectives[0].indicators[0].target.date", "outside the plan period")],
    ),
    (
        "target before the baseline",
        ("target: {value: 40, date: 2028-12-31}", "target: {value: 40, date: 2024-06-30}"),
        [
            (19, "objectives[0].indicators[0].target.date", "outside the plan period"),
            (19, "objectives[0].indicators[0].target.date", "not after the baseline date"),
        ],
    ),
    (
        "percentage above 100",
        ("target: {value: 40,", "target: {value: 140,"),
        [(19, "objectives[0].indicators[0].target.value", "from 0 to 100")],
    ),
    (
        "duplicate id",
        ("          - id: A1", "          - id: O1"),
        [(24, "objectives[0].outputs[0].activities[0].id", "duplicate id 'O1'")],
    ),
    (
        "duplicate key",
        ("  country: XV", "  country: XV\n  country: XO"),
        [(5, "metadata.country", "appears twice")],
    ),
    (
        "missing required field",
        ("  title: Small plan\n", ""),
        [(2, "metadata.title", "missing required field 'title'")],
    ),
    (
        "unknown pillar",
        ("pillars: [participation]", "pillars: [participation, promotion]"),
        [(13, "objectives[0].pillars[1]", "unknown pillar 'promotion'")],
    ),
]


@pytest.mark.parametrize(("case", "edit", "expected"), CASES, ids=[c[0] for c in CASES])
def test_broken_file_is_located(
    case: str, edit: tuple[str, str], expected: list[tuple[int, str, str]], tmp_path: Path
) -> None:
    old, new = edit
    assert old in GOOD
    found = problems_of(GOOD.replace(old, new, 1), tmp_path)
    assert [(p.line, p.field) for p in found] == [(line, field) for line, field, _ in expected]
    for problem, (_, _, words) in zip(found, expected, strict=True):
        assert words in problem.message
        assert problem.file == str(tmp_path / "plan.yaml")
        assert problem.column is not None


def test_several_errors_are_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace("{lead: MFA}", "{lead: MOJ, supporting: [MOD]}").replace(
        "date: 2028-12-31}", "date: 2031-01-01}"
    )
    found = problems_of(text, tmp_path)
    assert len(found) == 3
    assert [p.line for p in found] == sorted(p.line for p in found)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("", "the file is empty"),
        ("   \n\n# only a comment\n", "the file has no content"),
        ("- a\n- list\n", "expected a plan (a mapping of fields"),
        ("just text", "expected a plan"),
        ("---\nid: a\n---\nid: b\n", "expected a single document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"id: caf\xe9\n", "not UTF-8 text"),
        ("id: a\x7f\n", "is not allowed in YAML"),
    ],
)
def test_unusable_files_say_why(content: str | bytes, words: str, tmp_path: Path) -> None:
    found = problems_of(content, tmp_path)
    assert len(found) == 1
    assert words in found[0].message


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(PlanInvalid) as caught:
        planfile.load(path)
    (problem,) = caught.value.problems
    assert "50.0 MB" in problem.message
    assert "at most 10.0 MB" in problem.message


def test_alias_bombs_are_refused(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [{', '.join(['*a' + str(i - 1)] * 10)}]")
    found = problems_of("\n".join(lines) + "\n", tmp_path)
    assert "expands to more than" in found[0].message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for target, words in ((tmp_path / "nope.yaml", "no such file"), (tmp_path, "directory")):
        with pytest.raises(PlanInvalid) as caught:
            planfile.load(target)
        assert words in caught.value.problems[0].message


def test_json_errors_are_located(tmp_path: Path) -> None:
    found = problems_of(
        '{\n  "id": "x",\n  "metadata": {"title": "T",, }\n}\n', tmp_path, "plan.json"
    )
    assert (found[0].line, found[0].column) == (3, 29)
    assert found[0].message.startswith("JSON syntax error")


def test_json_schema_errors_carry_lines(tmp_path: Path) -> None:
    data = {"id": "x", "metadata": {"title": "T", "country": "XV", "colour": "red"}}
    found = problems_of(json.dumps(data, indent=2), tmp_path, "plan.json")
    assert (found[0].line, found[0].field) == (6, "metadata.colour")


def test_yaml_1_1_surprises_are_plain_text(tmp_path: Path) -> None:
    # Norway's code is NO; YAML 1.1 would read it as "false".
    path = tmp_path / "plan.yaml"
    path.write_text("id: p\nmetadata: {title: yes, country: NO}\n", encoding="utf-8")
    plan = planfile.load(path)
    assert (plan.metadata.title, plan.metadata.country) == ("yes", "NO")


def test_str_of_a_problem_reads_like_a_compiler_message() -> None:
    problem = Problem(
        "unknown organisation 'MOJ'",
        ("objectives", 0, "outputs", 1, "id"),
        file="plan.yaml",
        line=12,
        column=7,
    )
    assert str(problem) == "plan.yaml:12:7: objectives[0].outputs[1].id: unknown organisation 'MOJ'"


def test_a_control_character_is_located_after_non_ascii_text(tmp_path: Path) -> None:
    found = problems_of("id: ééé\nmetadata: x\x7f\n", tmp_path)
    assert (found[0].line, found[0].column) == (2, 12)


@pytest.mark.parametrize("day", ["2025-02-30", "2025-13-01", "2025-02-29", "0000-01-01"])
def test_an_impossible_date_is_located_in_yaml_as_in_json(day: str, tmp_path: Path) -> None:
    text = GOOD.replace("  country: XV\n", f"  country: XV\n  review_date: {day}\n  edition: 0\n")
    found = problems_of(text, tmp_path)
    assert [(p.line, p.column, p.field) for p in found] == [
        (5, 3, "metadata.review_date"),
        (6, 3, "metadata.edition"),  # the other problems are still collected
    ]
    assert "date" in found[0].message
    assert repr(day) in found[0].message
    data = {"id": "x", "metadata": {"title": "T", "country": "XV", "review_date": day}}
    (in_json,) = problems_of(json.dumps(data, indent=2), tmp_path, "plan.json")
    assert (in_json.field, in_json.message) == (found[0].field, found[0].message)


def test_a_text_that_looks_like_an_impossible_date_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(GOOD.replace("title: Small plan", "title: 2025-02-30"), encoding="utf-8")
    plan = planfile.load(path)
    assert plan.metadata.title == "2025-02-30"
    assert planfile.loads(planfile.dumps(plan)) == plan


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("id: p\nmetadata: &m {title: t, country: XO, x: *m}\n", 2, "metadata.x"),
        ("id: p\nkey: &m [1, *m]\n", 2, "key[1]"),
        ("id: p\nrisks:\n  - &r\n    id: r\n    more: [*r]\n", 3, "risks[0].more[0]"),
    ],
)
def test_an_alias_inside_its_own_anchor_is_refused(
    text: str, line: int, field: str, tmp_path: Path
) -> None:
    (problem,) = problems_of(text, tmp_path)
    assert "alias refers to the anchor of a collection that contains it" in problem.message
    assert (problem.line, problem.field) == (line, field)
    assert problem.column is not None


def test_an_alias_used_beside_its_anchor_is_fine(tmp_path: Path) -> None:
    text = GOOD.replace("    pillars: [participation]", "    pillars: &p [participation]")
    text += "  - id: O2\n    title: Again\n    pillars: *p\n"
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    assert planfile.load(path).objectives[1].pillars == ["participation"]


@pytest.mark.parametrize("flow", [True, False])
def test_deep_nesting_is_refused(flow: bool, tmp_path: Path) -> None:
    depth = 500
    if flow:
        text = "id: p\nmetadata: " + "{a: " * depth + "1" + "}" * depth + "\n"
    else:
        text = "id: p\nmetadata:\n" + "".join("  " * (i + 1) + "a:\n" for i in range(depth))
    (problem,) = problems_of(text, tmp_path)
    assert "nests more than 100 levels deep" in problem.message
    assert problem.line is not None


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (("  country: XV", "  country: XV\n  edition: " + "9" * 40), "metadata.edition", "1000"),
        (("  country: XV", "  country: XV\n  edition: 1001"), "metadata.edition", "1000"),
        (
            (
                "organisations:",
                "governance:\n  bodies: [{id: B, name: B, meetings_per_year: 367}]\norganisations:",
            ),
            "governance.bodies[0].meetings_per_year",
            "366",
        ),
        (
            (
                "organisations:",
                "consultations:\n  - {id: C, title: C, participants: {women: 10000000000}}\n"
                "organisations:",
            ),
            "consultations[0].participants.women",
            "1000000000",
        ),
        (
            ("{value: 10,", "{value: 1.7e308,"),
            "objectives[0].indicators[0].baseline.value",
            "1000000000000000",
        ),
        (
            ("{value: 40,", "{value: -" + "9" * 40 + ","),
            "objectives[0].indicators[0].target.value",
            "-1000000000000000",
        ),
        (
            ("        measure: percentage", "        weight: 1e300"),
            "objectives[0].indicators[0].weight",
            "1000000000000000",
        ),
    ],
)
def test_numbers_too_big_to_store_are_refused(
    edit: tuple[str, str], field: str, words: str, tmp_path: Path
) -> None:
    old, new = edit
    assert old in GOOD
    found = problems_of(GOOD.replace(old, new, 1), tmp_path)
    assert [p.field for p in found] == [field]
    assert words in found[0].message
    assert found[0].line is not None


def test_the_largest_numbers_are_accepted(tmp_path: Path) -> None:
    text = (
        GOOD.replace("  country: XV", "  country: XV\n  edition: 1000")
        .replace("{value: 10,", "{value: 1000000000000000,")
        .replace("        measure: percentage\n", "")
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    plan = planfile.load(path)
    assert plan.metadata.edition == 1000
    assert plan.objectives[0].indicators[0].baseline.value == 10**15


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_read_no_further_than_the_limit() -> None:
    with pytest.raises(PlanInvalid) as caught:
        planfile.load("/dev/zero", max_bytes=1024)
    (problem,) = caught.value.problems
    assert "a plan file may be at most" in problem.message
    assert problem.file == "/dev/zero"


def test_a_stream_is_read_no_further_than_the_limit() -> None:
    class Endless(io.RawIOBase):
        asked = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            Endless.asked += len(buffer)
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    with pytest.raises(PlanInvalid):
        planfile.read_bounded(io.BufferedReader(Endless()), 1000, "<stdin>")
    assert Endless.asked < 100_000
    assert planfile.read_bounded(io.BytesIO(b"id: x\n"), 6) == b"id: x\n"
