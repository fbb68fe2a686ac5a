"""The read-only plan pages."""

from __future__ import annotations

import pytest
from django.test import Client

from napkit.core.plan import model as core
from tests.personas import store
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db


def queries_for(client: Client, url: str) -> int:
    with cold_queries() as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_list_invites_loading_the_demo_when_empty(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "napkit demo" in response.content.decode()


def test_the_list_shows_stored_plans(
    client: Client, demo_plan: core.Plan, weak_plan: core.Plan
) -> None:
    store(demo_plan, weak_plan, publish=True)
    html = client.get("/").content.decode()
    assert demo_plan.metadata.title in html
    assert f'href="/plans/{weak_plan.id}/"' in html


def test_the_list_takes_one_query_however_many_plans(
    client: Client, demo_plan: core.Plan, weak_plan: core.Plan
) -> None:
    store(weak_plan, publish=True)
    one = queries_for(client, "/")
    copies = [weak_plan.model_copy(update={"id": f"copy-{i}"}) for i in range(5)]
    store(demo_plan, *copies, publish=True)
    assert queries_for(client, "/") == one == 1


def test_the_plan_page_shows_the_whole_chain(client: Client, demo_plan: core.Plan) -> None:
    store(demo_plan, publish=True)
    html = client.get(f"/plans/{demo_plan.id}/").content.decode()
    first = demo_plan.objectives[0]
    assert first.title in html
    for section in (
        "results",
        "organisations",
        "budget",
        "governance",
        "consultations",
        "baseline-study",
        "risks",
    ):
        assert f'id="{section}"' in html
    from napkit.core.plan import walk

    for ref in walk.results(demo_plan):
        assert f'id="item-{ref.item.id}"' in html
    for ind in walk.indicators(demo_plan):
        assert f'id="item-{ind.indicator.id}"' in html


def test_an_activity_without_lead_is_flagged(client: Client, weak_plan: core.Plan) -> None:
    store(weak_plan, publish=True)
    html = client.get(f"/plans/{weak_plan.id}/").content.decode()
    assert "no lead" in html
    assert "No budget lines." in html


def test_the_plan_page_costs_the_same_queries_for_any_plan(
    client: Client, demo_plan: core.Plan, weak_plan: core.Plan
) -> None:
    store(demo_plan, weak_plan, publish=True)
    assert queries_for(client, f"/plans/{demo_plan.id}/") == queries_for(
        client, f"/plans/{weak_plan.id}/"
    )


def test_an_unknown_plan_is_404(client: Client) -> None:
    assert client.get("/plans/nope/").status_code == 404


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("Activity", "Activities"),
        ("Action", "Actions"),
        ("Output", "Outputs"),
        ("Day", "Days"),
        ("Process", "Processes"),
    ],
)
def test_tier_names_take_english_plurals(word: str, plural: str) -> None:
    from napkit.plans.pages import plural as make_plural

    assert make_plural(word) == plural


def test_paragraphs_join_wrapped_lines_and_escape() -> None:
    from napkit.plans.templatetags.napkit_text import paragraphs

    text = "First line\nwrapped here.\n\nSecond <b>para</b>."
    assert (
        paragraphs(text) == "<p>First line wrapped here.</p><p>Second &lt;b&gt;para&lt;/b&gt;.</p>"
    )
