"""The indicator catalogue in the browser and the CLI: browsing and searching it, adapting an
indicator into a plan with its reference kept, and which published plans use which global
indicator (the catalogue page, a public indicator page, `compare`)."""

from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from django.test import Client

from napkit.cli import main
from napkit.core.catalogue import usage
from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.core.scorecard import assess
from napkit.core.scorecard.compare import compare
from napkit.core.scorecard.render import comparison_markdown
from napkit.plans import queries
from tests.personas import Personas, make_personas, store
from tests.plans.test_permissions import PLAN
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db
ADD = "/plans/matrix/add/indicator/?parent=OP1&adapt={}"


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


def text(response: Any) -> str:
    return html.unescape(response.content.decode())


def with_refs(plan_id: str, *refs: tuple[str, str], title: str = "A plan") -> core.Plan:
    data = planfile.to_data(PLAN)
    data["id"] = plan_id
    data["metadata"]["title"] = title
    indicator = data["objectives"][0]["outputs"][0]["indicators"][0]
    indicator["catalogue"] = [{"set": s, "code": c} for s, c in refs]
    return core.Plan.model_validate(data)


def form_of(client: Client, url: str) -> dict[str, Any]:
    form = client.get(url).context["form"]
    data: dict[str, Any] = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, list):
            data[name] = value
        elif value is True:
            data[name] = "on"
        elif value not in (None, False):
            data[name] = str(value)
    return data


# -- browsing -------------------------------------------------------------------------------


def test_anyone_browses_every_set_with_its_source() -> None:
    page = text(Client().get("/catalogue/"))
    assert "Indicator catalogue" in page
    assert "S/2010/498" in page and "A/RES/71/313" in page
    assert "Proportion of seats held by women in (a) national parliaments" in page
    # The incomplete sets say so rather than pretend to be whole.
    assert "The source has 26 indicators; 23 of them are not in napkit yet" in page


@pytest.mark.parametrize(
    ("query", "set_id", "shown", "hidden"),
    [
        ("violence", "", ["sdg:5.2.1", "un_1325:1a"], ["sdg:5.5.1"]),
        ("5.5", "", ["sdg:5.5.1", "sdg:5.5.2"], ["sdg:5.2.1"]),
        ("", "sdg", ["sdg:16.7.1"], ["un_1325:1a"]),
        ("VIOLENCE", "un_1325", ["un_1325:1a"], ["sdg:5.2.1"]),
        ("no such words at all", "", [], ["sdg:5.5.1", "un_1325:1a"]),
        ("violence", "not-a-set", ["sdg:5.2.1", "un_1325:1a"], []),
    ],
)
def test_searching_by_words_codes_and_set(
    query: str, set_id: str, shown: list[str], hidden: list[str]
) -> None:
    response = Client().get("/catalogue/", {"q": query, "set": set_id})
    assert response.status_code == 200
    refs = {i.ref for s in response.context["page"].sets for i in s.shown}
    assert set(shown) <= refs
    assert not refs & set(hidden)


def test_a_long_query_is_cut_not_refused() -> None:
    response = Client().get("/catalogue/", {"q": "violence " * 100})
    assert response.status_code == 200
    assert len(response.context["page"].query) <= 200


def test_the_catalogue_names_the_published_plans_that_use_each_indicator() -> None:
    store(with_refs("alpha", ("sdg", "5.5.1(a)"), title="Alpha NAP"), publish=True)
    store(with_refs("beta", ("sdg", "5.5.1"), title="Beta NAP"), publish=True)
    store(with_refs("draft", ("sdg", "5.5.1"), title="Draft NAP"))  # never published
    page = Client().get("/catalogue/", {"q": "5.5.1"}).context["page"]
    [line] = [i for s in page.sets for i in s.shown if i.ref == "sdg:5.5.1"]
    # A lettered part counts as its indicator; a plan nobody published is not named.
    assert [u.plan_title for u in line.used_by] == ["Alpha NAP", "Beta NAP"]
    assert line.used_by[0].url == "/public/alpha/indicators/I-MOD/"


def test_publishing_another_plan_shows_at_once(team: Personas) -> None:
    assert not Client().get("/catalogue/?q=16.7.1").context["page"].sets[2].shown[0].used_by
    store(with_refs("gamma", ("sdg", "16.7.1"), title="Gamma NAP"), publish=True)
    [line] = Client().get("/catalogue/?q=16.7.1").context["page"].sets[2].shown
    assert [u.plan_title for u in line.used_by] == ["Gamma NAP"]


# -- adapting into a plan -------------------------------------------------------------------


def test_the_workspace_catalogue_offers_where_to_add(team: Personas) -> None:
    response = team.client("coordinator").get("/plans/matrix/catalogue/?parent=OP1")
    page = text(response)
    assert response.status_code == 200
    assert 'action="/plans/matrix/add/indicator/"' in page
    assert '<option value="OP1" selected>' in page
    assert 'name="adapt" value="sdg:5.5.1"' in page


def test_adapting_prefills_the_form_and_keeps_the_reference(team: Personas) -> None:
    client = team.client("coordinator")
    response = client.get(ADD.format("sdg:5.5.1"))
    assert response.status_code == 200
    assert "Adapt a catalogue indicator" in text(response)
    data = form_of(client, ADD.format("sdg:5.5.1"))
    assert data["name"].startswith("Proportion of seats held by women")
    assert data["catalogue_ref"] == "sdg:5.5.1"
    assert data["id"] == "OP1-sdg-5.5.1"
    data["name"] = "Women's share of seats in the national parliament"
    response = client.post("/plans/matrix/add/indicator/?parent=OP1", data)
    assert response.status_code == 302, response.context["form"].errors
    plan = queries.plan_document("matrix")
    added = plan.objectives[0].outputs[0].indicators[-1]
    assert added.id == "OP1-sdg-5.5.1"
    assert added.name == "Women's share of seats in the national parliament"
    assert [(r.set.value, r.code) for r in added.catalogue] == [("sdg", "5.5.1")]
    assert added.measure.value == "percentage"


def test_an_id_already_taken_is_not_suggested_twice(team: Personas) -> None:
    client = team.client("coordinator")
    data = form_of(client, ADD.format("sdg:5.5.1"))
    assert client.post("/plans/matrix/add/indicator/?parent=OP1", data).status_code == 302
    assert form_of(client, ADD.format("sdg:5.5.1"))["id"] == "OP1-sdg-5.5.1-2"
    page = team.client("coordinator").get("/plans/matrix/catalogue/?q=5.5.1")
    [line] = page.context["page"].sets[2].shown
    assert line.in_plan == ["OP1-sdg-5.5.1"]


@pytest.mark.parametrize("ref", ["sdg:99.9.9", "nowhere:1", "zzz"])
def test_adapting_an_unknown_indicator_is_not_found(team: Personas, ref: str) -> None:
    assert team.client("coordinator").get(ADD.format(ref)).status_code == 404


@pytest.mark.parametrize(
    ("typed", "stored", "problem"),
    [
        ("sdg:5.5.1, un_1325:11a", [("sdg", "5.5.1"), ("un_1325", "11a")], None),
        ("5.c.1", [("sdg", "5.c.1")], None),
        ("", [], None),
        ("sdg:77.7", None, "sdg:77.7 is not in the indicator catalogue."),
    ],
)
def test_an_indicator_says_which_global_indicators_it_adapts(
    team: Personas, typed: str, stored: list[tuple[str, str]] | None, problem: str | None
) -> None:
    client = team.client("coordinator")
    url = "/plans/matrix/items/I-MOD/edit/"
    response = client.post(url, {**form_of(client, url), "catalogue_ref": typed})
    if problem is not None:
        assert response.status_code == 422
        assert problem in text(response)
        assert (
            queries.plan_document("matrix").objectives[0].outputs[0].indicators[0].catalogue == []
        )
        return
    assert response.status_code == 302
    found = queries.plan_document("matrix").objectives[0].outputs[0].indicators[0].catalogue
    assert [(r.set.value, r.code) for r in found] == stored


def first_indicator() -> core.Indicator:
    return queries.plan_document("matrix").objectives[0].outputs[0].indicators[0]


def test_a_focal_point_does_not_see_the_reference_field(team: Personas) -> None:
    client = team.client("focal_a")
    form = client.get("/plans/matrix/items/I-MOD/edit/").context["form"]
    assert "catalogue_ref" not in form.fields


# -- where plans show what they adapt -------------------------------------------------------


def test_a_public_indicator_page_quotes_the_global_indicator() -> None:
    store(with_refs("alpha", ("sdg", "5.5.1"), ("other", "OECD-DAC GEM")), publish=True)
    page = text(Client().get("/public/alpha/indicators/I-MOD/"))
    assert "Reports against" in page
    assert "SDG indicator 5.5.1" in page
    assert "“Proportion of seats held by women in (a) national parliaments" in page
    assert 'href="/catalogue/#sdg551"' in page
    assert "OECD-DAC GEM" in page  # not in the catalogue, still shown as written


def test_compare_counts_the_plans_using_each_global_indicator() -> None:
    day = date(2026, 1, 1)
    plans = [
        with_refs("a", ("sdg", "5.5.1"), ("un_1325", "11a")),
        with_refs("b", ("sdg", "5.5.1(b)")),
        with_refs("c"),
    ]
    comparison = compare(assess(p, day) for p in plans)
    used = {g.ref: g.plans for g in comparison.global_indicators}
    assert used == {"sdg:5.5.1": ["a", "b"], "un_1325:11a": ["a"]}
    assert comparison.global_indicators[0].ref == "sdg:5.5.1"  # the most used first
    assert comparison.global_indicators[0].label == "SDG indicator 5.5.1"
    assert "## Global indicators used" in comparison_markdown(comparison)
    assert assess(plans[0], day).plan.global_indicators == ["un_1325:11a", "sdg:5.5.1"]


def test_the_web_comparison_lists_global_indicators(team: Personas) -> None:
    store(with_refs("alpha", ("sdg", "16.7.1"), title="Alpha NAP"), publish=True)
    page = text(Client().get("/compare/?plans=alpha"))
    assert "Global indicators used" in page and "SDG indicator 16.7.1" in page


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        ([("sdg", "5.5.1")], ["sdg:5.5.1"]),
        ([("sdg", "5.5.1a"), ("sdg", "5.5.1 (b)")], ["sdg:5.5.1"]),
        ([("un_1325", "11A")], ["un_1325:11a"]),
        ([("other", "OECD-DAC GEM")], ["OECD-DAC GEM"]),
        ([("sdg", "99.1")], ["sdg:99.1"]),
        ([("sdg", "16.7.1"), ("un_1325", "1a")], ["un_1325:1a", "sdg:16.7.1"]),
    ],
)
def test_references_resolve_to_one_catalogue_indicator(
    refs: list[tuple[str, str]], expected: list[str]
) -> None:
    assert usage.plan_references(with_refs("x", *refs)) == expected


# -- the command line -----------------------------------------------------------------------


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def test_cli_searches_the_catalogue() -> None:
    result = run("catalogue", "seats", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["ref"] for r in rows} >= {"sdg:5.5.1"}
    assert all(r["source"] and r["source_url"] for r in rows)
    listed = run("catalogue", "--set", "un_1325")
    assert listed.exit_code == 0 and "un_1325:11a" in listed.output
    assert "23 of 26 not yet in napkit" in " ".join(listed.output.split())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["catalogue", "--set", "xx"], "no such set"),
        (["catalogue", "qqqqqq"], "no indicator matches"),
    ],
)
def test_cli_catalogue_bad_requests_exit_1(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.output


def test_cli_reads_a_national_set_from_a_folder(tmp_path: Path) -> None:
    (tmp_path / "kenya.yaml").write_text(
        """
id: ke_nap
title: Kenya NAP indicators
publisher: Government of Kenya
date: 2020
url: https://example.org/kenya-nap
indicators:
  - {code: "1.1", text: Number of county action plans adopted}
""",
        encoding="utf-8",
    )
    result = run("catalogue", "county", "--dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "ke_nap:1.1" in result.output
    (tmp_path / "bad.yaml").write_text("id: sdg\n", encoding="utf-8")
    broken = run("catalogue", "--dir", str(tmp_path))
    assert broken.exit_code == 1
    assert "bad.yaml" in broken.output


@pytest.mark.parametrize("published", [1, 4])
def test_the_catalogue_page_reads_the_releases_in_two_queries(published: int) -> None:
    for n in range(published):
        store(with_refs(f"plan-{n}", ("sdg", "5.5.1"), title=f"Plan {n}"), publish=True)
    with cold_queries() as cold:
        assert Client().get("/catalogue/").status_code == 200
    with cold_queries() as warm:
        Client().get("/catalogue/?q=violence")
    # The stamps, then (once per publication) the releases: whatever the number of plans.
    assert len(cold.captured_queries) <= 3
    assert len(warm.captured_queries) <= 3
