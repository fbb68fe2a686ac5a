"""One scorecard everywhere: the same stored plan gives byte-identical JSON in the workspace,
the API, the public site and the command line (the first release gave 98 on the web and 99
in the CLI for the demo plan)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from napkit.cli import main
from napkit.core.plan import model as core
from tests.public.helpers import published_demo

pytestmark = pytest.mark.django_db


def test_web_api_public_and_cli_give_the_same_bytes(demo_plan: core.Plan) -> None:
    record = published_demo(demo_plan)  # with its reporting rounds: judged in implementation
    key = record.key
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
    client = Client()
    client.force_login(user)

    web = client.get(f"/plans/{key}/scorecard/?format=json")
    api = client.get(f"/api/v1/plans/{key}/scorecard/")
    public = Client().get(f"/public/{key}/scorecard/?format=json")
    cli = CliRunner().invoke(
        main, ["assess", key, "--format", "json", "--as-of", timezone.localdate().isoformat()]
    )

    assert web.status_code == api.status_code == public.status_code == 200
    assert cli.exit_code == 0, cli.output
    assert web.content == api.content == public.content == cli.output.encode()
    found = json.loads(web.content)
    assert found["stage"] == "implementation"  # the monitoring cycle was taken into account
    assert found["plan"]["id"] == key


def test_compare_reads_stored_plans_the_same_way(demo_plan: core.Plan) -> None:
    record = published_demo(demo_plan)
    single = CliRunner().invoke(main, ["assess", record.key, "--format", "json"])
    both = CliRunner().invoke(main, ["compare", record.key, "--format", "json"])
    assert single.exit_code == both.exit_code == 0
    score = json.loads(single.output)["score"]
    assert json.loads(both.output)["rows"][0]["score"] == score
