"""A plan survives being written and read back, in YAML and in JSON, whatever its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from napkit.core.plan import planfile
from napkit.core.plan.model import Plan
from napkit.core.plan.validation import validate
from tests.core.strategies import plans

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(plans())
def test_generated_plans_are_valid(plan: Plan) -> None:
    assert validate(plan) == []


@SETTINGS
@given(plans())
def test_yaml_round_trip_is_loss_free(plan: Plan) -> None:
    text = planfile.dumps(plan, planfile.Format.YAML)
    assert planfile.loads(text, name="plan.yaml") == plan


@SETTINGS
@given(plans())
def test_json_round_trip_is_loss_free(plan: Plan) -> None:
    text = planfile.dumps(plan, planfile.Format.JSON)
    assert planfile.loads(text, name="plan.json") == plan
