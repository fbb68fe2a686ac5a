"""Storing a plan and reading it back gives the same plan; imports are all or nothing."""

from __future__ import annotations

import pytest

from napkit.core.plan import model as core
from napkit.core.plan.problems import PlanInvalid
from napkit.plans import mapping, services
from napkit.plans.models import Organisation, Plan, ResultNode

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("which", ["demo_plan", "weak_plan"])
def test_database_round_trip_is_loss_free(which: str, request: pytest.FixtureRequest) -> None:
    plan: core.Plan = request.getfixturevalue(which)
    services.import_plans([plan])
    assert mapping.to_core(Plan.objects.get(key=plan.id)) == plan


def test_reading_a_plan_takes_the_same_queries_whatever_its_size(
    demo_plan: core.Plan, weak_plan: core.Plan
) -> None:
    services.import_plans([demo_plan, weak_plan])
    counts = []
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for key in (demo_plan.id, weak_plan.id):
        record = Plan.objects.get(key=key)
        with CaptureQueriesContext(connection) as ctx:
            mapping.to_core(record)
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
    assert counts[0] <= 20


def test_an_invalid_plan_among_valid_ones_writes_nothing(
    demo_plan: core.Plan, weak_plan: core.Plan
) -> None:
    broken = weak_plan.model_copy(deep=True, update={"id": "broken"})
    broken.objectives[0].outputs[0].activities[0].responsibility.lead = "NOBODY"
    with pytest.raises(PlanInvalid) as caught:
        services.import_plans([demo_plan, broken])
    assert "unknown organisation 'NOBODY'" in str(caught.value)
    assert Plan.objects.count() == 0


def test_a_failure_while_writing_rolls_everything_back(
    demo_plan: core.Plan, weak_plan: core.Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = mapping.create_rows
    calls = []

    def failing(plan: core.Plan) -> Plan:
        calls.append(plan.id)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(plan)

    monkeypatch.setattr(mapping, "create_rows", failing)
    with pytest.raises(RuntimeError):
        services.import_plans([demo_plan, weak_plan])
    assert (Plan.objects.count(), Organisation.objects.count(), ResultNode.objects.count()) == (
        0,
        0,
        0,
    )


def test_an_existing_plan_is_kept_unless_replace_is_asked(weak_plan: core.Plan) -> None:
    services.import_plans([weak_plan])
    changed = weak_plan.model_copy(deep=True)
    changed.metadata.title = "Renamed plan"
    with pytest.raises(PlanInvalid, match="already exists"):
        services.import_plans([changed])
    assert Plan.objects.get(key=weak_plan.id).title == weak_plan.metadata.title
    [done] = services.import_plans([changed], replace=True)
    assert done.replaced
    assert Plan.objects.get(key=weak_plan.id).title == "Renamed plan"
    assert Plan.objects.count() == 1


def test_the_same_plan_twice_in_one_import_is_refused(weak_plan: core.Plan) -> None:
    with pytest.raises(PlanInvalid, match="more than once"):
        services.import_plans([weak_plan, weak_plan])
    assert Plan.objects.count() == 0
