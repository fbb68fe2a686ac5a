"""Screening, round 12 (issue 13): general rules taken from the fresh13, fresh14 and fresh15
sets once they had been measured (80.0%, 77.7% and 82.3% unseen). Passages are written for the
test, not taken from the documents; each rule has a case where it applies and one where it
must not."""

from __future__ import annotations

import pytest

from napkit.core.screening.draft import period
from napkit.core.screening.edition import ordinals
from napkit.core.screening.segment import sentences
from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Resourced from within the departments' annual Estimates: money mentioned.
        (
            _EN + "The actions in this Plan will be resourced by the lead departments from "
            "within their annual Estimates.",
            "budget",
            "mentioned",
        ),
        # A baseline "to be established" in the text, not only in a table cell.
        (
            _EN + "The Plan has indicators with baselines and targets. Where baseline data "
            'were not available, the baseline is shown as "to be established".',
            "baselines_targets",
            "partial",
        ),
        # Members drawn from civil society.
        (
            _EN + "An Oversight Group will oversee the implementation of the Plan. Half of the "
            "members of the Oversight Group are drawn from civil society and academia.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _EN + "A Steering Group coordinates the implementation of the Plan. Membership of "
            "the Steering Group is limited to officials of the seven federal partners.",
            "cs_on_coordination",
            "no",
        ),
        # A plan that "brings together" its domestic and international commitments.
        (
            _EN + "The Plan brings together our domestic commitments to refugee women and our "
            "international commitments in development cooperation and peacekeeping.",
            "focus",
            "both",
        ),
        # No dedicated budget, and the country's aid disbursed: none.
        (
            _EN + "The Action Plan does not have a dedicated budget. In 2024 the country "
            "disbursed $412 million in international assistance to projects with gender "
            "objectives.",
            "budget",
            "none",
        ),
        (
            _EN + "The Action Plan does not have a dedicated budget. By 2025, $3 million had been "
            "disbursed for activities under this Plan.",
            "budget",
            "disbursed",
        ),
        # Reports with data on the shared indicators by a date.
        (
            _EN + "Each partner reports on its implementation plan, including data on the shared "
            "indicators, to the Department by 30 June of each year.",
            "me_framework",
            "yes",
        ),
        # A near-final draft shared with a network of civil society.
        (
            _EN + "A near-final draft of the Action Plan was shared with members of the Women, "
            "Peace and Security Network, who were invited to comment.",
            "cs_design",
            "partial",
        ),
        # A lead named with its own place, and the institution it belongs to between commas.
        (
            _EN + "The Gender Equality Agency of Drevnica, within the Ministry for Human Rights "
            "and Refugees, is responsible for coordinating the implementation of the Action Plan.",
            "lead_institution",
            "Gender Equality Agency of Drevnica",
        ),
        # A lead followed by the short name the text will use.
        (
            _EN + 'The Inter-Agency Council for Gender Equality (hereinafter "the Council") shall '
            "coordinate the implementation of the Action Plan.",
            "lead_institution",
            "Inter-Agency Council for Gender Equality",
        ),
        # A budget law that appropriates an amount.
        (
            _EN + "The State Budget of Kartavia Law for 2024 appropriates KAL 1,240,000 to the "
            "programme Implementation of the Action Plan.",
            "budget",
            "appropriated",
        ),
        # "for information" is not data.
        (
            _EN + "The Council shall submit to the Government an annual report on the "
            "implementation of the Action Plan by 1 March. Amendments to the indicators shall be "
            "submitted to the Government for information.",
            "me_framework",
            "partial",
        ),
        # The implementers report on their activities to the coordinator by a date.
        (
            _EN + "The Council shall submit to the Government an annual report on the "
            "implementation of the Action Plan by 1 March. Institutions submit reports on the "
            "activities implemented to the Agency by 31 January.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "The annual report is forwarded to both Houses of the Parliamentary Assembly "
            "for information.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Pour chaque résultat, la matrice présente les indicateurs, la situation de "
            "référence et la cible. Lorsque les données de référence n'étaient pas disponibles "
            "au moment de l'élaboration, la situation de référence est indiquée « à déterminer ».",
            "baselines_targets",
            "partial",
        ),
        (
            _FR + "Les organisations de la société civile et les partenaires sont invités à "
            "s'approprier le PAN et à contribuer à sa mise en œuvre.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Le Ministère de la Femme et de la Famille est l'administration responsable du "
            "PAN 1325.",
            "lead_institution",
            "Ministère de la Femme et de la Famille",
        ),
        (
            _FR + "Le plan est piloté par le Département fédéral des relations extérieures (DFRE). "
            "Le DFRE en assume la responsabilité générale.",
            "lead_institution",
            "Département fédéral des relations extérieures",
        ),
        (
            _FR + "La Division Sécurité humaine assure la coordination de la mise en œuvre du "
            "plan, en lien avec les points focaux désignés par chaque département.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _FR + "Le Département établit un rapport de mise en œuvre tous les deux ans à "
            "l'intention du Conseil fédéral, qui en prend connaissance et le publie.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Le présent document n'institue pas de mécanisme de suivi et d'évaluation qui "
            "lui soit propre.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Il ne sera pas établi de rapport d'étape distinct sur la mise en œuvre de la "
            "présente Déclaration.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "Il ne sera pas établi de rapport d'étape distinct sur la mise en œuvre de la "
            "présente Déclaration.",
            "public_reporting",
            "no",
        ),
        # The country's own spelling of the predecessor: "KONAP I".
        (
            _EN + "Monitoring was weak, since KONAP I had no indicators. The indicators for each "
            "output are set out in the Implementation Matrix.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The Plan has indicators, baselines and targets. Where no reliable data exist, "
            'the baseline is marked "TBD" and will be established in the first year.',
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The National Steering Committee shall coordinate the implementation of the "
            "Plan. It shall comprise the Ministries of Defence and Justice, and three "
            "representatives of civil society organisations.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _EN + "This Plan was prepared by the Ministry of Women, Children and Social Protection "
            "(MoWCSP). The MoWCSP, through its Department of Gender, is the lead institution for "
            "the Plan.",
            "lead_institution",
            "Ministry of Women, Children and Social Protection",
        ),
        (
            _EN + "The revision was undertaken by a joint Government–civil society review team, "
            "which held validation meetings in every district and revised the draft.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "The Plan was presented to civil society organisations at a validation meeting.",
            "cs_design",
            "partial",
        ),
        (_EN + "This Plan does not itself set indicators.", "indicators", "no"),
        (
            _EN + "Nor does the Plan set baselines or targets: they will be gathered later.",
            "baselines_targets",
            "no",
        ),
        # Arrangements left to a later framework are not yet who collects.
        (
            _EN + "Detailed arrangements for the collection of data will be set out in the MEL "
            "Framework. The Department will coordinate a progress report on the implementation "
            "of the Plan every two years.",
            "me_framework",
            "partial",
        ),
        (
            _EN + "Progress reports will be provided to the Joint Standing Committee on Foreign "
            "Affairs of the Parliament.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "A Monitoring, Evaluation and Learning Framework will be developed in "
            "consultation with civil society.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "An Interdepartmental Working Group coordinates the implementation of the Plan. "
            "Once a year, representatives of civil society are invited to attend a meeting of the "
            "Interdepartmental Working Group.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _EN + "The Ministry of Social Policy is designated as the state body responsible for "
            "the implementation of the Plan.",
            "lead_institution",
            "Ministry of Social Policy",
        ),
        (
            _EN + "The Ministry of Social Policy shall coordinate the activities of the executors.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "Monitoring of the Plan is carried out on the basis of the indicators of "
            "achievement set out for each operational goal.",
            "indicators",
            "yes",
        ),
        (
            _EN + 'The Law of Dravonia "On the State Budget of Dravonia for 2024" provides DRH '
            "18.6 million under the programme for the implementation of the Plan.",
            "budget",
            "appropriated",
        ),
        (
            _EN + "Baseline values are available for 11 of the 18 indicators, and every indicator "
            "has a target.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The members of the Haldura 1325 Alliance implement activities under pillar 2.",
            "cs_implementation_monitoring",
            "yes",
        ),
        # "No. 118/21" is a number, not a negation.
        (
            _EN + "The Law on the Budget for 2022 (Official Gazette, No. 118/21) appropriates VRD "
            "96.4 million for the activities of this Action Plan.",
            "budget",
            "appropriated",
        ),
        (
            _EN + "The Multisectoral Coordination Body coordinates the work of the responsible "
            "institutions.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "The Ministry of Defence is the holder of the Action Plan.",
            "lead_institution",
            "Ministry of Defence",
        ),
        (
            _EN + "The indicators, their initial values and target values are given below.",
            "baselines_targets",
            "yes",
        ),
        (
            _EN + "The Government submits the annual report on the implementation of the Action "
            "Plan to the Committee on Human Rights and Gender Equality of the National Assembly.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "Departments will implement this Strategy within existing resources.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "Illustrative indicators are provided below for Commitments 1 to 4.",
            "indicators",
            "partial",
        ),
        (
            _EN + "Illustrative indicators are provided below for Commitments 1 to 4. Each agency "
            "will submit an annual report on the implementation of its plan by 31 August.",
            "me_framework",
            "partial",
        ),
        (
            _EN + "In developing this Strategy, the Department held eight listening sessions with "
            "more than sixty civil society organizations.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "Women's organizations in conflict-affected countries often sustain local "
            "ceasefires and deliver services when institutions fail.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "The Plan is an instrument of our foreign and development policy; it does "
            "not set domestic policy, which is addressed by separate legislation.",
            "focus",
            "international",
        ),
        (_EN + "The Plan is implemented throughout the national territory.", "focus", "domestic"),
        (
            _EN + "A draft of this Plan was released for public consultation in May 2021.",
            "cs_design",
            "yes",
        ),
        (
            _FR + "Les partenaires fédéraux financent les activités du Plan à même leurs budgets "
            "ministériels.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "Affaires mondiales Laurentie dirige la mise en œuvre du Plan d'action.",
            "lead_institution",
            "Affaires mondiales Laurentie",
        ),
        (
            _FR + "Chaque ministère dirige la mise en œuvre du plan dans son domaine.",
            "lead_institution",
            "not_stated",
        ),
        (
            _FR + "Il n'est pas institué de dispositif de suivi propre au présent Plan.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Il n'est pas créé de mécanisme de coordination spécifique pour la mise en œuvre "
            "du présent Plan.",
            "coordination_mechanism",
            "no",
        ),
        (
            _FR + "Les valeurs cibles à l'horizon 2022 ont été fixées pour les indicateurs "
            "définis ; les valeurs de référence n'ont pas pu être établies faute de données.",
            "baselines_targets",
            "partial",
        ),
        (
            _FR + "La mise en œuvre du Plan relève du Ministère de la Famille, des Affaires "
            "sociales et des Droits de la Femme, qui en est l'institution chef de file.",
            "lead_institution",
            "Ministère de la Famille, des Affaires sociales et des Droits de la Femme",
        ),
        (
            _FR + "Le Ministère de la Condition féminine (MCF) a la charge de la mise en œuvre du "
            "présent Plan.",
            "lead_institution",
            "Ministère de la Condition féminine",
        ),
        (
            _EN + "This edition does not set baseline values or numerical targets for the "
            "indicators.",
            "baselines_targets",
            "no",
        ),
        # No budget of its own, and the institutions' ordinary credits under the finance law.
        (
            _FR + "Le présent Plan ne dispose pas d'un budget propre. Les mesures sont exécutées "
            "sur les crédits des institutions, dans la limite des dotations inscrites à la loi "
            "de finances de chaque exercice.",
            "budget",
            "none",
        ),
        # A glossary entry is a definition; a field whose text says who collects is not.
        (
            _FR + "Alerte précoce : processus de collecte et d'analyse systématique "
            "d'informations permettant d'anticiper un conflit.",
            "me_framework",
            "not_stated",
        ),
        (
            _FR + "Collecte des données : les points focaux collectent les données sur les "
            "indicateurs.",
            "me_framework",
            "partial",
        ),
    ],
)
def test_findings_on_short_passages_round_12(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


def test_a_wrapped_line_with_an_indent_reads_as_one_space() -> None:
    page = "5. The drafting was guided by civil\n    society organisations and experts.\n"
    (s,) = sentences(1, page, pdf=True)
    assert "civil society organisations" in s.read
    assert s.text.startswith("5. The drafting")
    text = (
        _EN + "22. The drafting of this Plan was guided by a group of civil\n    society "
        "organisations, which reviewed the written submissions.\n"
    )
    assert _one(text, "cs_design") == "yes"


@pytest.mark.parametrize(
    ("cover", "years"),
    [
        ("National Action Plan 2023 to 2029", (2023, 2029)),
        ("Plan d'action national 2023 à 2029", (2023, 2029)),
        ("National Action Plan 2023–2029", (2023, 2029)),
        ("Report of 2023 to the Council", None),
    ],
)
def test_a_period_written_with_words(cover: str, years: tuple[int, int] | None) -> None:
    found = period([cover])
    assert ((found.start.year, found.end.year) if found else None) == years


def test_institutions_on_a_cover_are_not_the_country() -> None:
    text = (
        "RÉPUBLIQUE DE ZAGHARA\nPRÉSIDENCE DU GOUVERNEMENT\nSecrétariat général du Gouvernement\n\f"
        + _FR
        + "Le projet sera soumis au Conseil des ministres. " * 4
        + "Le Ministre de l'Intérieur et le Ministre de la Défense en sont chargés. " * 4
    )
    assert _one(text, "focus") == "not_stated"


def test_an_amount_wrapped_after_its_currency_stays_in_its_sentence() -> None:
    text = (
        _EN + "In the first two years of the Plan, the three departments spent a total of BRP\n"
        "61.3 million on programmes delivering its outcomes.\n"
    )
    assert _one(text, "budget") == "spent"


def test_a_jointly_owned_plan_names_no_lead_from_its_cover() -> None:
    cover = "NATIONAL ACTION PLAN 2023 TO 2027\n\nMinistry of Defence\n\f" + _EN
    assert _one(cover, "lead_institution") == "Ministry of Defence"
    jointly = cover + "The Plan is jointly owned by the Foreign Office and the Ministry of Defence."
    assert _one(jointly, "lead_institution") == "not_stated"
    several = "Foreign and Development Office\nMinistry of Defence\nHome Office\n\f" + _EN
    assert _one(several, "lead_institution") == "not_stated"


@pytest.mark.parametrize(
    ("text", "found"),
    [("TaNAP II", [2]), ("KONAP I", [1]), ("GHANAP III", [3]), ("Japan II", []), ("NAP II", [2])],
)
def test_a_plans_own_acronym_carries_its_number(text: str, found: list[int]) -> None:
    assert ordinals(text) == found


def test_a_chapter_on_the_predecessor_and_this_plan_is_not_the_predecessors() -> None:
    text = (
        "TaNAP II\n\nSECOND NATIONAL ACTION PLAN\n\f"
        + _EN
        + "\nCHAPTER TWO: REVIEW OF TaNAP I AND DEVELOPMENT OF TaNAP II\n\n"
        "Women's organisations took part in the consultations that shaped the drafting of the "
        "Plan.\n"
    )
    assert _one(text, "cs_design") == "yes"


def test_a_body_meeting_civil_societys_own_group_gives_it_no_seat() -> None:
    text = (
        _FR + "Le Comité directeur coordonne la mise en œuvre du plan. Le Comité directeur "
        "rencontre deux fois par année le Groupe consultatif de la société civile, composé de "
        "douze membres."
    )
    assert _one(text, "cs_on_coordination") == "partial"


def test_a_network_acronym_of_civil_society_is_read_in_a_membership() -> None:
    text = (
        _EN + "The Kerewa Women's Network for Peace (KEWNEP) took part in the review. The National "
        "Steering Committee coordinates the implementation of the Plan. It is chaired by the "
        "Minister and its members are the Ministries of Justice and Defence and three "
        "representatives of KEWNEP."
    )
    assert _one(text, "cs_on_coordination") == "yes"
