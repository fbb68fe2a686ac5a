"""The indicator catalogue: the shipped sets load and cite their sources, lookups and search work,
national sets can be added from a folder, and a broken set file says which file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from napkit.core import catalogue
from napkit.core.catalogue import (
    AmbiguousReference,
    CatalogueFileError,
    find,
    find_ref,
    load_sets,
    plan_reference,
    search,
    shipped_sets,
)
from napkit.core.plan.vocabulary import CatalogueSet, Measure

NATIONAL = """\
# Valdoria NAP III national indicators (fictional, for tests).
id: xv_nap3
title: Valdoria NAP III indicators
publisher: Ministry of Foreign Affairs of Valdoria
date: 2025-01-15
url: https://example.org/nap3.pdf
language: fr
indicators:
  - code: '1.1'
    pillar: Participation
    text: Pourcentage de femmes dans les opérations de maintien de la paix
    measure: percentage
    disaggregation: [grade]
  - code: 5.5.1
    text: Proportion de sièges occupés par des femmes au parlement national
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def by_id() -> dict[str, catalogue.IndicatorSet]:
    return {s.id: s for s in shipped_sets()}


# -- the shipped sets ----------------------------------------------------------------------


def test_every_shipped_set_loads_under_its_plan_vocabulary_id() -> None:
    sets = load_sets()
    assert [s.id for s in sets] == ["un_1325", "eu_1325", "sdg"]
    for s in sets:
        assert s.catalogue_set == CatalogueSet(s.id)
    assert shipped_sets() is shipped_sets(), "the shipped sets are read once"


def test_the_un_set_is_numbered_within_the_26_indicators_of_s_2010_498() -> None:
    un = by_id()["un_1325"]
    assert un.reference == "S/2010/498"
    assert un.date == "2010-09-28"
    assert un.declared_count == 26
    numbers = {int("".join(ch for ch in i.code if ch.isdigit())) for i in un.indicators}
    assert numbers <= set(range(1, 27))
    # The file is incomplete on purpose (only sourced wordings); what is missing is known.
    assert sorted(numbers | set(un.missing_numbers())) == list(range(1, 27))
    assert un.get("11a") is not None
    assert {i.pillar for i in un.indicators} <= {
        "Prevention",
        "Participation",
        "Protection",
        "Relief and recovery",
    }


def test_the_eu_set_cites_11948_10_and_its_2016_revision() -> None:
    eu = by_id()["eu_1325"]
    assert eu.reference == "11948/10"
    assert eu.declared_count == 17
    assert "12525/16" in {r.reference for r in eu.related}
    eight = eu.get("8")
    assert eight is not None and eight.paraphrase


@pytest.mark.parametrize("indicator_set", shipped_sets(), ids=lambda s: s.id)
def test_codes_are_unique_within_a_set(indicator_set: catalogue.IndicatorSet) -> None:
    codes = [i.code.casefold() for i in indicator_set.indicators]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("indicator_set", shipped_sets(), ids=lambda s: s.id)
def test_every_indicator_has_a_text_and_every_set_a_source(
    indicator_set: catalogue.IndicatorSet,
) -> None:
    assert indicator_set.url.startswith(("http://", "https://"))
    assert indicator_set.title and indicator_set.publisher and indicator_set.date
    for indicator in indicator_set.indicators:
        assert indicator.text.strip()
        assert indicator.set_id == indicator_set.id
        if indicator.paraphrase:
            assert indicator.note, f"{indicator.ref} is a paraphrase without a note"


def test_the_sdg_set_has_the_wps_indicators_worded_as_the_framework() -> None:
    sdg = by_id()["sdg"]
    wanted = [
        *("5.1.1", "5.2.1", "5.2.2", "5.3.1", "5.5.1", "5.5.2", "5.c.1"),
        *("16.1.1", "16.1.2", "16.1.3", "16.1.4", "16.2.3", "16.3.1", "16.7.1", "16.7.2", "16.b.1"),
    ]
    assert [c for c in wanted if sdg.get(c) is None] == []
    seats = sdg.get("5.5.1")
    assert seats is not None
    assert seats.text == (
        "Proportion of seats held by women in (a) national parliaments and (b) local governments"
    )
    assert seats.measure is Measure.PERCENTAGE
    assert [p.label for p in seats.parts] == ["a", "b"]
    positions = sdg.get("16.7.1")
    assert positions is not None and [p.label for p in positions.parts] == ["a", "b", "c"]
    assert "sex" in positions.disaggregation
    homicide = sdg.get("16.1.1")
    assert homicide is not None and homicide.disaggregation == ("sex", "age")
    assert homicide.goal is not None and homicide.goal.startswith("Goal 16.")


# -- looking up ----------------------------------------------------------------------------


def test_find_takes_set_and_code_a_bare_code_an_alias_or_a_part() -> None:
    seats = find("sdg:5.5.1")
    assert seats is not None and seats.ref == "sdg:5.5.1"
    assert find("5.5.1") == seats
    assert find("SDG: 5.5.1 (a)") == seats
    assert find("5.5.1b") == seats
    assert find("C050501") == seats, "the UNSD code is an alias"
    assert find("sdg:5.5.1(z)") is None
    assert find("sdg:99.9.9") is None
    assert find("nosuchset:1") is None


def test_find_ref_reads_a_plan_file_reference() -> None:
    mediators = find_ref(CatalogueSet.UN_1325, "11a")
    assert mediators is not None and mediators.set_id == "un_1325"
    assert find_ref("sdg", "16.7.2") is not None
    assert find_ref(CatalogueSet.OTHER, "11a") is None, "other needs '<set>:<code>'"
    assert plan_reference(mediators) == (CatalogueSet.UN_1325, "11a")


def test_search_finds_a_code() -> None:
    hits = search("5.5.1")
    assert hits and hits[0].ref == "sdg:5.5.1"
    assert [h.ref for h in search("5.5")] == ["sdg:5.5.1", "sdg:5.5.2"]
    assert "sdg:16.1.1" not in [h.ref for h in search("1")]


def test_search_finds_words_whatever_their_case() -> None:
    assert "un_1325:2" in [h.ref for h in search("Peacekeeping")]
    assert "un_1325:2" in [h.ref for h in search("peacekeep missions")]
    violence = [h.ref for h in search("sexual violence", set_id="sdg")]
    assert "sdg:5.2.2" in violence and all(r.startswith("sdg:") for r in violence)
    assert search("   ") == []
    assert search("peacekeeping", set_id="sdg") == []


def test_search_ignores_accents(tmp_path: Path) -> None:
    write(tmp_path / "sets", "xv.yaml", NATIONAL)
    extra = [tmp_path / "sets"]
    for query in ("maintien", "operations maintien", "OPÉRATIONS de la PAIX"):
        assert [h.ref for h in search(query, extra_dirs=extra)] == ["xv_nap3:1.1"], query
    assert [h.ref for h in search("sieges", set_id="xv_nap3", extra_dirs=extra)] == [
        "xv_nap3:5.5.1"
    ]


# -- national and regional sets ------------------------------------------------------------


def test_an_extra_folder_adds_a_national_set(tmp_path: Path) -> None:
    write(tmp_path / "sets", "xv.yaml", NATIONAL)
    write(tmp_path / "sets", "README.txt", "not a set file")
    extra = [tmp_path / "sets"]
    sets = load_sets(extra)
    assert [s.id for s in sets] == ["un_1325", "eu_1325", "sdg", "xv_nap3"]
    national = sets[-1]
    assert national.catalogue_set is CatalogueSet.OTHER
    assert national.date == "2025-01-15", "an unquoted YAML date is kept as text"
    assert national.language == "fr"
    peacekeepers = find("xv_nap3:1.1", extra)
    assert peacekeepers is not None and peacekeepers.disaggregation == ("grade",)
    assert plan_reference(peacekeepers) == (CatalogueSet.OTHER, "xv_nap3:1.1")
    assert find_ref(CatalogueSet.OTHER, "xv_nap3:1.1", extra) == peacekeepers
    with pytest.raises(AmbiguousReference, match=r"sdg:5\.5\.1"):
        find("5.5.1", extra)
    assert [s.id for s in load_sets()] == ["un_1325", "eu_1325", "sdg"], "shipped sets unchanged"


@pytest.mark.parametrize("set_id", ["sdg", "other"])
def test_an_extra_set_cannot_take_a_shipped_or_reserved_id(tmp_path: Path, set_id: str) -> None:
    path = write(tmp_path, "x.yaml", NATIONAL.replace("id: xv_nap3", f"id: {set_id}"))
    with pytest.raises(CatalogueFileError) as caught:
        load_sets([tmp_path])
    assert caught.value.path == str(path)
    assert caught.value.field == "id"


# -- broken files --------------------------------------------------------------------------


def broken(tmp_path: Path, text: str) -> CatalogueFileError:
    path = write(tmp_path, "broken.yaml", text)
    with pytest.raises(CatalogueFileError) as caught:
        load_sets([tmp_path])
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.path == str(path)
    assert str(error).startswith(f"{path}: {error.field}: ")
    return error


def test_a_missing_indicator_text_names_the_file_and_field(tmp_path: Path) -> None:
    text = NATIONAL.replace(
        "    text: Proportion de sièges occupés par des femmes au parlement national\n", ""
    )
    error = broken(tmp_path, text)
    assert error.field == "indicators[1].text"
    assert "required" in error.problem


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (("url: https://example.org/nap3.pdf\n", ""), "url", "required"),
        (("url: https://", "url: ftp://"), "url", "http"),
        (("date: 2025-01-15", "date: January 2025"), "date", "YYYY"),
        (("measure: percentage", "measure: share"), "indicators[0].measure", "percentage"),
        (("  - code: 5.5.1", "  - code: '1.1'"), "indicators[1].code", "repeats indicators[0]"),
        (("  - code: 5.5.1", "  - code: 5.5"), "indicators[1].code", "quote the code"),
        (("  - code: 5.5.1", "  - code: 'a:b'"), "indicators[1].code", "pattern"),
        (("    disaggregation", "    colour: red\n    disaggregation"), "indicators[0].colour", ""),
        (("id: xv_nap3", "id: Valdoria NAP"), "id", "pattern"),
    ],
)
def test_a_malformed_field_is_named(
    tmp_path: Path, change: tuple[str, str], field: str, words: str
) -> None:
    assert change[0] in NATIONAL
    error = broken(tmp_path, NATIONAL.replace(*change))
    assert error.field == field
    assert words in error.problem


def test_a_part_must_be_quoted_from_the_text(tmp_path: Path) -> None:
    text = NATIONAL.replace("    disaggregation: [grade]", "    parts: {a: police}")
    error = broken(tmp_path, text)
    assert error.field == "indicators[0]"
    assert "part (a)" in error.problem


@pytest.mark.parametrize(
    ("text", "field"),
    [("id: [unclosed\n", "(yaml)"), ("- just\n- a list\n", "(top level)")],
)
def test_a_file_that_is_not_a_set_says_so(tmp_path: Path, text: str, field: str) -> None:
    assert broken(tmp_path, text).field == field


def test_a_missing_extra_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CatalogueFileError) as caught:
        load_sets([tmp_path / "nowhere"])
    assert caught.value.field == "(folder)"
