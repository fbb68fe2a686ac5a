"""Scorecard, comparison and criteria pages."""

from __future__ import annotations

import pytest
from django.test import Client

from napkit.core.plan import model as core
from tests.personas import store

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(demo_plan: core.Plan, weak_plan: core.Plan) -> None:
    store(demo_plan, weak_plan, publish=True)


def test_the_scorecard_links_evidence_to_the_plan(client: Client, stored: None) -> None:
    html = client.get("/plans/osterra-nap-2024/scorecard/").content.decode()
    assert "One lead per activity" in html
    assert 'href="/plans/osterra-nap-2024/#item-O1.1.a"' in html
    assert "Name one lead organisation" in html


def test_the_scorecard_as_json(client: Client, stored: None) -> None:
    data = client.get("/plans/osterra-nap-2024/scorecard/?format=json").json()
    assert data["level"] == "weak"
    assert len(data["criteria"]) == 13


def test_comparison_shows_a_heatmap_of_the_chosen_plans(client: Client, stored: None) -> None:
    response = client.get("/compare/?plans=valdoria-nap-2025&plans=osterra-nap-2024")
    html = response.content.decode()
    assert response.status_code == 200
    heatmap = html.split('<table class="grid heatmap">')[1].split("</table>")[0]
    assert heatmap.count('<th scope="row">') == 2
    assert "1 of 2 plans state an allocated budget" in html  # the headline counts
    assert "band-weak" in html and "band-high_impact" in html


def test_comparison_of_an_unknown_plan_is_404(client: Client, stored: None) -> None:
    assert client.get("/compare/?plans=valdoria-nap-2025&plans=nope").status_code == 404


def test_comparison_without_plans_explains(client: Client) -> None:
    assert "Choose plans to compare" in client.get("/compare/").content.decode()


def test_the_criteria_page_lists_every_check(client: Client) -> None:
    from napkit.core.scorecard import catalogue

    html = client.get("/criteria/").content.decode()
    for criterion in catalogue():
        for d in criterion.checks:
            assert f"{d.id} {d.title}" in html.replace("&#x27;", "'")
