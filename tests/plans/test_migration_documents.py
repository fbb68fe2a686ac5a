"""Migration 0005 turns the plan tables of 0001–0004 into one document per plan, losing
nothing: the demo data as it was stored before (a dump kept in tests/fixtures/legacy) comes
out as the same plan documents that `napkit export` gave from those tables."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor

from napkit.core.plan import model as core

LEGACY = Path(__file__).resolve().parents[1] / "fixtures" / "legacy"
BEFORE = [("plans", "0004_comment")]


def _load_rows(apps: Any, dump: list[dict[str, Any]]) -> None:
    with transaction.atomic():  # rows refer to rows further on: checked at commit
        _create(apps, dump)


def _create(apps: Any, dump: list[dict[str, Any]]) -> None:
    for obj in dump:
        model = apps.get_model(obj["model"])
        values: dict[str, Any] = {}
        for name, value in obj["fields"].items():
            field = model._meta.get_field(name)
            values[field.attname if field.is_relation else name] = value
        model.objects.create(pk=obj["pk"], **values)


@pytest.mark.django_db(transaction=True)
def test_demo_plans_survive_the_move_to_documents() -> None:
    with gzip.open(LEGACY / "plans-0004-demo.json.gz", "rt") as f:
        dump = json.load(f)
    with gzip.open(LEGACY / "plans-0004-demo-expected.json.gz", "rt") as f:
        expected = json.load(f)
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    try:
        executor.migrate(BEFORE)
        old = executor.loader.project_state(BEFORE).apps
        _load_rows(old, dump)
        executor = MigrationExecutor(connection)
        executor.migrate(latest)
        new = MigrationExecutor(connection).loader.project_state(latest).apps
        Plan = new.get_model("plans", "Plan")
        stored = {p.key: p for p in Plan.objects.all()}
        assert set(stored) == set(expected)
        for key, document in expected.items():
            # Read through the plan model: a document written before a field changed shape
            # (a meeting's decisions were plain text) reads as the same plan.
            assert core.Plan.model_validate(stored[key].document) == core.Plan.model_validate(
                document
            ), key
            assert stored[key].title == document["metadata"]["title"]
        valdoria = stored["valdoria-nap-2025"]
        legacy_counters = [o for o in dump if o["model"] == "plans.itemversion"]
        assert len(valdoria.item_counters) + len(stored["osterra-nap-2024"].item_counters) == len(
            legacy_counters
        )
    finally:
        MigrationExecutor(connection).migrate(latest)
        from napkit.plans.models import Plan as Current

        Current.objects.all().delete()
