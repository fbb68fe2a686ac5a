"""The open-data JSON export: valid against its own schema, complete, exact and stable."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import jsonschema
import pytest

from napkit.core.exports.opendata import json_schema, open_data, open_data_json
from napkit.core.monitoring.rollup import execution
from napkit.core.plan import planfile, walk
from napkit.core.plan.model import Plan
from napkit.core.publishing.release import Release, disclosed
from napkit.core.publishing.tracking import indicator_periods
from tests.core.releases import ROUNDS, demo_release

GENERATED = datetime(2026, 11, 26, 12, 30, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def release(demo_plan: Plan) -> Release:
    return demo_release(demo_plan)


@pytest.fixture(scope="module")
def doc(release: Release) -> dict[str, Any]:
    return open_data(release, GENERATED)


@pytest.fixture(scope="module")
def private_budget(demo_plan: Plan) -> Release:
    data = planfile.to_data(demo_plan, json_mode=True)
    data["budget"]["published"] = False
    plan = Plan.model_validate(data)
    return replace(demo_release(plan), plan=disclosed(plan))


def validate(document: dict[str, Any]) -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    jsonschema.Draft202012Validator(schema, format_checker=checker).validate(document)


def by_id(doc: dict[str, Any], section: str) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in doc[section]}


def test_the_document_validates_against_its_schema(doc: dict[str, Any]) -> None:
    validate(doc)


def test_without_rounds_and_without_a_public_budget_it_still_validates(
    weak_plan: Plan, private_budget: Release
) -> None:
    empty = Release(plan=weak_plan, version=2, published=date(2025, 1, 1), as_of=date(2025, 6, 1))
    validate(open_data(empty, GENERATED))
    validate(open_data(private_budget, GENERATED))


def test_the_schema_catches_a_broken_document(doc: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(doc))
    broken["indicators"][0]["periods"][0]["status"] = "fine"
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


def test_the_header(doc: dict[str, Any], release: Release) -> None:
    assert doc["format"] == "napkit-open-data"
    assert doc["format_version"] == 1
    assert doc["generated"] == "2026-11-26T12:30:05Z"
    assert (doc["plan_id"], doc["version"]) == (release.plan.id, release.version)
    assert (doc["published"], doc["as_of"]) == ("2025-03-10", "2026-11-26")
    assert [p["key"] for p in doc["periods"]] == [r.key for r in ROUNDS]


def test_it_round_trips_through_json(doc: dict[str, Any], release: Release) -> None:
    data = open_data_json(release, GENERATED)
    assert data.endswith(b"\n")
    assert json.loads(data) == doc


def test_the_plan_section_is_the_plan_file(doc: dict[str, Any], release: Release) -> None:
    assert doc["plan"] == planfile.to_data(release.plan, json_mode=True)
    assert Plan.model_validate(doc["plan"]) == release.plan


@pytest.mark.parametrize("indicator", ["SO1-i1", "OP2.3-i1", "R3.1-i1", "SO2-i1", "R1.1-i2"])
def test_indicator_figures_are_the_tracking_figures(
    doc: dict[str, Any], release: Release, indicator: str
) -> None:
    ref = next(r for r in walk.indicators(release.plan) if r.indicator.id == indicator)
    rows = indicator_periods(release, ref.indicator)
    mine = by_id(doc, "indicators")[indicator]
    assert mine["result"] == ref.owner.item.id
    assert [p["period"] for p in mine["periods"]] == [r.round.key for r in rows]
    for got, row in zip(mine["periods"], rows, strict=True):
        assert got["value"] == (row.reported.value if row.reported else None)
        assert got["parts"] == (row.reported.parts if row.reported else {})
        assert got["actual"] == (row.actual.value if row.actual else None)
        assert got["target"] == row.target
        assert got["percent_of_target"] == row.percent_of_target
        assert got["status"] == row.progress.status.value
    assert mine["latest"]["status"] == rows[-1].progress.status.value
    assert mine["latest"]["progress"] == rows[-1].progress.progress


def test_activities_have_their_latest_state_and_history(
    doc: dict[str, Any], release: Release
) -> None:
    activities = by_id(doc, "activities")
    assert list(activities) == [ref.item.id for ref in walk.activities(release.plan)]
    for key, states in release.activities.items():
        mine = activities[key]
        assert [s["period"] for s in mine["history"]] == [r.key for r in ROUNDS]
        latest = release.latest_activity(key)
        assert latest is not None
        assert mine["latest"]["status"] == latest.status
        assert mine["latest"] == mine["history"][-1]
        assert len(states) == len(mine["history"])


def test_budget_amounts_are_exact_decimal_strings(doc: dict[str, Any], release: Release) -> None:
    report = execution(release.plan, list(release.spending))
    totals = {t["currency"]: t for t in doc["budget"]["totals"]}
    for found in report.plan:
        mine = totals[found.currency]
        assert Decimal(mine["allocated"]) == found.allocated
        assert Decimal(mine["spent"]) == found.spent
        assert mine["spending_rate"] == found.spending_rate
    reported = {s.line for s in release.spending}
    lines = {line["id"]: line for line in doc["budget"]["lines"]}
    assert reported <= set(lines)
    line = lines[next(iter(sorted(reported)))]
    assert [p["period"] for p in line["periods"]] == [ROUNDS[0].key]


def test_budget_is_absent_when_the_plan_does_not_publish_it(private_budget: Release) -> None:
    assert not private_budget.budget_public
    document = open_data(private_budget, GENERATED)
    assert "budget" not in document
    assert "budget" not in json.loads(open_data_json(private_budget, GENERATED))
    validate(document)


def test_reporting_and_shadow_assessments(doc: dict[str, Any], release: Release) -> None:
    assert len(doc["reporting"]) == len(release.compliance)
    assert {r["period"] for r in doc["reporting"]} == {r.key for r in ROUNDS}
    [shadow] = doc["shadow_assessments"]
    assert shadow["authors"] == ["Women's Peace Network"]
    assert shadow["findings"][0]["rating"] == "at_risk"


def test_the_same_release_and_time_give_the_same_bytes(release: Release) -> None:
    first = open_data_json(release, GENERATED)
    assert open_data_json(release, GENERATED) == first
    later = open_data_json(release, datetime(2027, 1, 1, tzinfo=UTC))
    differ = [k for k, v in json.loads(later).items() if json.loads(first)[k] != v]
    assert differ == ["generated"]
