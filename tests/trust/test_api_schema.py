"""Issue 10.8: the OpenAPI description is valid (every $ref resolves), and the API answers
generated calls — of every operation, as each role, on a real plan and its real items —
with no server error and with responses that match the description."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis import checks

from napkit.accounts.models import ApiToken
from napkit.api.openapi import document
from tests.personas import make_personas
from tests.plans.test_permissions import PLAN

ROLES = ("coordinator", "focal_a", "partner", "viewer", "anonymous")
ITEMS = ["A-MOD", "A-MOI", "I-MOD", "OP1", "O1", "B-MOD", "mod", "R1", "nothing"]


def test_the_description_is_valid_and_every_reference_resolves() -> None:
    validate(document())


schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


def _pick(options: list[str], generated: object) -> str:
    """One of ``options``, chosen by what was generated (the same each run): generated
    calls reach the real plan and its items, and sometimes ones that do not exist."""
    return options[zlib.crc32(repr(generated).encode()) % len(options)]


@pytest.fixture
def tokens(db: None) -> Iterator[dict[str, str]]:
    # The application is called as a server would call it; like Django's test client, it
    # must leave the test's database connection (and its transaction) open.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield _tokens()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def _tokens() -> dict[str, str]:
    team = make_personas(PLAN, publish=True)
    return {r: ApiToken.issue(team.users[r], "fuzz") for r in ROLES if r != "anonymous"}


@pytest.mark.parametrize("role", ROLES)
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_generated_calls_get_no_server_error(  # type: ignore[no-untyped-def]
    case, role: str, tokens: dict[str, str]
) -> None:
    if "key" in case.path_parameters:
        case.path_parameters["key"] = _pick(["matrix", "matrix", "nope"], case.path_parameters)
    headers = {"Authorization": f"Token {tokens[role]}"} if role in tokens else {}
    # An item's address is tried with every item of the plan (and one that does not exist).
    for item in ITEMS if "item_id" in case.path_parameters else [None]:
        if item is not None:
            case.path_parameters["item_id"] = item
        # Every check but "valid data is accepted": a call can match the description and
        # still be refused for what it means (an edit that would make the plan invalid: 422).
        case.call_and_validate(headers=headers, excluded_checks=[checks.positive_data_acceptance])
