"""A plan's approved data and its public release are built when they change, and only then."""

from __future__ import annotations

from unittest import mock

import pytest
from django.test import Client

from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.monitoring import approved, demo, services
from napkit.monitoring.models import ApprovedData, Status, Submission
from napkit.plans import editing
from napkit.plans import services as plan_services
from napkit.public.models import Release
from tests.personas import store

pytestmark = pytest.mark.django_db


def _stamps(key: str) -> tuple[object, object]:
    data = ApprovedData.objects.get(plan__key=key).stamp
    release = Release.objects.filter(plan__key=key).values_list("stamp", flat=True).first()
    return data, release


def test_a_new_plan_starts_with_nothing_approved(weak_plan: core.Plan) -> None:
    [record] = store(weak_plan)
    assert approved.current(record).observations == {}
    assert not Release.objects.filter(plan=record).exists()  # nothing published yet


def test_approving_and_reopening_gather_the_data_again(demo_plan: core.Plan) -> None:
    [record] = store(demo_plan, publish=True)
    demo.load(demo_plan.id)
    waiting = Submission.objects.filter(round__plan=record, status=Status.SUBMITTED).first()
    assert waiting is not None
    before = _stamps(demo_plan.id)
    services.approve(None, waiting)
    after = _stamps(demo_plan.id)
    assert after[0] != before[0] and after[1] != before[1]
    assert approved.current(record) == approved.gather(record)
    services.reopen(None, Submission.objects.get(pk=waiting.pk), "A figure was wrong.")
    assert _stamps(demo_plan.id)[0] != after[0]
    assert approved.current(record) == approved.gather(record)


def test_work_in_progress_does_not_rebuild_anything(demo_plan: core.Plan) -> None:
    [record] = store(demo_plan, publish=True)
    demo.load(demo_plan.id)
    before = _stamps(demo_plan.id)
    waiting = Submission.objects.filter(round__plan=record, status=Status.SUBMITTED).first()
    services.return_submission(None, waiting, "Please add the source.")
    data = planfile.to_data(demo_plan)
    data["metadata"]["title"] = "A new title, not yet published"
    plan_services.import_plans([core.Plan.model_validate(data)], replace=True)
    assert _stamps(demo_plan.id) == before
    editing.publish(None, record, "second")
    assert _stamps(demo_plan.id)[1] != before[1]


def test_a_plan_is_parsed_once_for_many_requests(demo_plan: core.Plan) -> None:
    """No page converts the whole plan per request: the parsed working copy is shared."""
    store(demo_plan)
    from tests.personas import make_personas

    team = make_personas(demo_plan.model_copy(update={"id": "shared"}), names=["coordinator"])
    client: Client = team.client("coordinator")
    assert client.get("/plans/shared/").status_code == 200
    with mock.patch.object(core.Plan, "model_validate", wraps=core.Plan.model_validate) as parse:
        for path in ("/plans/shared/", "/plans/shared/monitoring/", "/plans/shared/scorecard/"):
            assert client.get(path).status_code == 200
    assert parse.call_count == 0
