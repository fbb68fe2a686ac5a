"""Screening, round 10 (issue 13): general rules taken from the fresh8 and fresh9 sets once
they had been measured (82.3% and 76.2% unseen). Passages are written for the test, not taken
from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _one as _screened
from tests.core.test_screening import _value as _one

_COVER_EN = "Norland National Action Plan on Women, Peace and Security 2024–2028\n\f"
_COVER_FR = "Plan d'action national de la Sylvanie sur les femmes, la paix et la sécurité\n\f"


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A possessive that refers back to the predecessor plan.
        (
            _EN + "The fourth plan had too many commitments. Its indicators were output counts, "
            "and few had baselines or targets.",
            "baselines_targets",
            "not_stated",
        ),
        (
            _EN + "The Plan sets out five outcomes. Its indicators have baselines and targets "
            "set out in Annex B.",
            "baselines_targets",
            "yes",
        ),
        # Indicators kept in a framework of their own.
        (
            _EN + "Progress on each outcome will be measured against the indicators set out in "
            "the Monitoring and Evaluation Framework, which is published separately.",
            "indicators",
            "yes",
        ),
        (
            _EN + "Progress will be measured against indicators that will be developed in 2025.",
            "indicators",
            "not_stated",
        ),
        (
            _FR + "Les progrès seront mesurés à l'aide des indicateurs définis dans le cadre de "
            "suivi publié avec le plan.",
            "indicators",
            "yes",
        ),
        # Reporting to Parliament, the verb: the reports go to Parliament, not to the public.
        (
            _EN + "Ministers will report to Parliament on progress against this Plan every year.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "Ministers will report on progress; the reports are published on the "
            "department's website.",
            "public_reporting",
            "yes",
        ),
        # Ceasefire monitoring by women's groups abroad is not monitoring the plan.
        (
            _EN + "Women's organisations shape peace processes, including on ceasefire monitoring.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Women's organisations take part in monitoring the implementation of the Plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        # A role stated in words outranks a "may".
        (
            _FR + "Des organisations de la société civile mettent en œuvre des mesures du plan. "
            "Les organisations de la société civile peuvent présenter leurs propres analyses.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "Les organisations de la société civile peuvent présenter leurs propres "
            "analyses.",
            "cs_implementation_monitoring",
            "partial",
        ),
        # A heading is a topic, not a role.
        (
            _EN + "\nCivil society participation in implementation\n\nCivil society "
            "organisations may also engage in the implementation of the Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        # Domestic issues left to other strategies are outside the plan's scope.
        (
            _EN + "The Government decided to keep the Plan focused on its international "
            "engagement and to address domestic issues through the dedicated national "
            "strategies.",
            "focus",
            "international",
        ),
        (
            _EN + "The Plan covers both our international engagement and domestic issues.",
            "focus",
            "both",
        ),
        # A country's possessive is a place only before places.
        (
            _COVER_EN + "The Plan focuses on gender equality in Norland's development "
            "cooperation and diplomacy.",
            "focus",
            "international",
        ),
        (
            _COVER_EN + "The Plan addresses the security of women in Norland's border communities.",
            "focus",
            "domestic",
        ),
        # "The lead department".
        (
            _EN + "The Foreign, Trade and Development Office is the lead department for this Plan.",
            "lead_institution",
            "Foreign, Trade and Development Office",
        ),
        # A French lead written with its acronym.
        (
            _FR + "Le Département fédéral des affaires extérieures (DFAE) assume la "
            "responsabilité de la coordination générale du plan.",
            "lead_institution",
            "Département fédéral des affaires extérieures",
        ),
        # A body named with the resolution's number, and its acronym.
        (
            _FR + "Le groupe interdépartemental 1325 (GI 1325) coordonne la mise en œuvre du plan.",
            "coordination_mechanism",
            "yes",
        ),
        # The resolution's four pillars are not the plan's structure.
        (
            _FR + "La résolution 1325 repose sur quatre piliers : la participation ; la "
            "prévention ; la protection ; le secours et le relèvement.\n\nLe plan s'articule "
            "autour de trois objectifs : la médiation ; la protection des défenseuses ; "
            "l'égalité dans l'armée.",
            "pillars",
            "Médiation; Protection des défenseuses; Égalité dans l'armée",
        ),
        (
            _FR + "Conformément à la résolution 1325, le plan s'articule autour de trois axes : "
            "la participation ; la prévention ; la protection.",
            "pillars",
            "Participation; Prévention; Protection",
        ),
        # A list that runs on after a semicolon at the end of a long line.
        (
            _EN + "\n2.4 The Plan is organised around five strategic outcomes: decision-making;\n"
            "gender-based violence; humanitarian response; security and justice; and "
            "transnational\nthreats.\n",
            "pillars",
            "Decision-making; Gender-based violence; Humanitarian response; Security and "
            "justice; Transnational threats",
        ),
        # The state's gender budgeting is not the plan's money, unless it names the plan.
        (
            _FR + "Chaque année, la loi de finances comporte une annexe « genre » qui retrace les "
            "crédits inscrits des ministères.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The Gender Budget Statement shows that the Government has allocated EUR 5 "
            "million to this Plan.",
            "budget",
            "allocated",
        ),
        (
            _EN + "The Gender Budget Statement shows that the Government has allocated EUR 5 "
            "million to gender equality.",
            "budget",
            "not_stated",
        ),
        # Money for drafting the plan is not money for carrying it out.
        (
            _FR + "L'élaboration du plan a été financée par un partenaire, qui a décaissé 85 "
            "millions de francs en 2023.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "En 2024, 85 millions de francs ont été décaissés pour la mise en œuvre du plan.",
            "budget",
            "disbursed",
        ),
        # Money disbursed or spent, told in the active voice with its amount.
        (
            _EN + "In 2024 the Government disbursed EUR 1.2 million to the Ministry for the "
            "first year of implementation of this Plan.",
            "budget",
            "disbursed",
        ),
        (
            _EN + "Over the first period, the Department disbursed $C 41.7 million to partners "
            "for programs that deliver against the Plan's outcomes.",
            "budget",
            "disbursed",
        ),
        # Spending in years before this plan began, on programmes not tied to a plan.
        (
            _COVER_EN + "Between 2018 and 2022 the Stability Fund spent EUR 96 million on "
            "programmes with a principal WPS objective.",
            "budget",
            "not_stated",
        ),
        (
            _COVER_EN + "In 2023 the Government spent EUR 2 million on the preparatory actions "
            "of this Plan.",
            "budget",
            "spent",
        ),
        # Civil society among the partners of a strategic objective is not a role in the plan.
        (
            _EN + "Strategic objective: to build partnerships among ministries, civil society "
            "and development partners in support of the agenda.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Civil society organisations are full partners in the implementation of the "
            "Plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        # Indicators for each measure, or for each of the plan's outcomes.
        (
            _EN + "For each measure, the table sets out the indicator and the responsible agency.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The framework sets out one or more indicators for each of the Plan's four "
            "outcomes.",
            "indicators",
            "yes",
        ),
        # No role assigned to civil society, the object before the role.
        (
            _EN + "The Action Plan does not assign non-governmental organisations a role in its "
            "implementation or monitoring.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _FR + "Le plan ne confie aux organisations non gouvernementales aucun rôle dans sa "
            "mise en œuvre.",
            "cs_implementation_monitoring",
            "no",
        ),
        # Round 10g–10i, from fresh12.
        (
            _EN + "The Inter-Ministerial Liaison Meeting coordinates the implementation of the "
            "Plan across the Government.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "The Ministry of Foreign Affairs (MOFA) serves as the secretariat of the Plan "
            "and coordinates the measures of the ministries and agencies concerned.",
            "lead_institution",
            "Ministry of Foreign Affairs",
        ),
        (
            _EN + "The Evaluation Committee consists of eight experts, four of them from civil "
            "society organisations.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "The Plan consists of the following three basic areas, each with objectives "
            "(see Annex 1):\n\n   Basic Area I    Participation\n   Basic Area II   "
            "Prevention\n   Basic Area III  Protection and relief\n",
            "pillars",
            "Participation; Prevention; Protection and relief",
        ),
        (
            _EN + "3.2 The NAP is structured around two outcome areas:\n\n  Outcome Area 1 – "
            "Prevention: violence against women is prevented;\n  Outcome Area 2 – "
            "Participation: women participate equally in decision-making.\n",
            "pillars",
            "Prevention; Participation",
        ),
        (
            _EN + "The NAP addresses the security of women living in the districts bordering "
            "conflict-affected countries.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The NAP addresses the security of women in conflict-affected countries.",
            "focus",
            "international",
        ),
        (
            _FR + "Le Royaume continuera de contribuer chaque année au rapport du Secrétaire "
            "général des Nations Unies sur les femmes et la paix et la sécurité.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Le Plan ne donne pas lieu à l'établissement de rapports d'étape distincts.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "Le Plan ne donne pas lieu à l'établissement de rapports d'étape distincts.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Son élaboration n'a pas donné lieu à une consultation des organisations de la "
            "société civile.",
            "cs_design",
            "no",
        ),
        (
            _FR + "Le Plan a été élaboré par un groupe de travail réunissant les départements "
            "concernés, sous la coordination du ministère des Affaires étrangères.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Un comité de pilotage coordonne la mise en œuvre du plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR + "Le Plan gouvernemental pour l'égalité comporte 58 indicateurs de suivi "
            "assortis de valeurs cibles.",
            "indicators",
            "not_stated",
        ),
        (
            _FR + "Le présent plan comporte 24 indicateurs, repris du Plan gouvernemental pour "
            "l'égalité.",
            "indicators",
            "yes",
        ),
        (
            _EN + "Indicators have been developed for the key actions of Pillars 1 and 4.",
            "indicators",
            "partial",
        ),
        (
            _EN + "I call upon all sectors of society, business and civil society to support "
            "the implementation of this NAP.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _EN + "The NAP has both a domestic and an international dimension.",
            "focus",
            "both",
        ),
        (
            _EN + "The Department of Women, Youth and Disability (DWYD) is the custodian of the "
            "NAP on Women, Peace and Security.",
            "lead_institution",
            "Department of Women, Youth and Disability",
        ),
        (
            _FR + "Depuis la loi de finances pour 2022, une annexe « budget sensible au genre » "
            "retrace les crédits des départements ministériels.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Chaque résultat a une valeur de référence et une cible pour 2026. Pour les "
            "indicateurs sans données, la mention « VRD » (valeur de référence à déterminer) "
            "figure dans le tableau.",
            "baselines_targets",
            "partial",
        ),
        (
            _FR + "Le Secrétariat a mené une consultation auprès de 47 groupes de femmes sur le "
            "projet de plan.",
            "cs_design",
            "yes",
        ),
        (
            _FR + "Les organismes communautaires partenaires réalisent les mesures 1.3 et 2.1 du "
            "plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "Each indicator has a baseline and a target. Where baseline data were not "
            'available at the time of drafting, the baseline is shown as "TBD" and will be '
            "determined through a survey.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "Civil society organisations may submit shadow reports on the implementation "
            "of this NAP to the National Assembly.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "Indicator: number of women's groups involved in programmes to counter "
            "violent extremism.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "Women's groups were involved in drafting the plan.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "Indicators have been set for Objectives 1 to 3 (Annex B); indicators for "
            "Objectives 4 and 5 will be developed during the first year of implementation.",
            "indicators",
            "partial",
        ),
        (
            _EN + "Global Affairs Norland leads the implementation of the Action Plan.",
            "lead_institution",
            "Global Affairs Norland",
        ),
        (
            _EN + "The Government leads the implementation of the Action Plan.",
            "lead_institution",
            "not_stated",
        ),
        (
            _FR + "Aucun comité de pilotage n'est créé : le ministère coordonne la mise en œuvre "
            "du plan avec le réseau des points focaux des ministères partenaires.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _FR + "Le ministère ne coordonne pas la mise en œuvre du plan.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Le Ministre de la Promotion de la Femme est chargé de la coordination de la "
            "mise en œuvre du Plan, en liaison avec les points focaux genre.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "For priority areas 2 and 5, the Government has defined indicators, which are "
            "listed in the Annex.",
            "indicators",
            "partial",
        ),
        (
            _EN + "Indicators have been developed for priority activities only.",
            "indicators",
            "partial",
        ),
        (
            _EN + "Indicators have been developed for every priority activity.",
            "indicators",
            "yes",
        ),
        (
            _FR + "Les actions des axes 1 et 2 sont assorties d'indicateurs.",
            "indicators",
            "partial",
        ),
        (
            "El presente Plan de Acción Nacional se aprueba. Las acciones de los ejes 1 y 2 "
            "cuentan con indicadores y metas para 2023.",
            "indicators",
            "partial",
        ),
        # Round 10q, from fresh11.
        (
            _EN + "Objective 4.2: Stabilisation measures funded by the Government involve women "
            "as actors.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The measures are funded from the budgets of the ministries concerned.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "For priority areas 1 to 3, indicators have been developed (Annex 1).",
            "indicators",
            "partial",
        ),
        (
            _EN + "The implementation reports are submitted by the Federal Government to the "
            "Bundestag.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "Civil society organisations are not implementing bodies of this Plan, and the "
            "Plan does not assign them a role in its implementation or monitoring.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "The Federal Foreign Office is responsible for the Action Plan.",
            "lead_institution",
            "Federal Foreign Office",
        ),
        (
            _EN + "Line ministries will meet the cost of the actions under this NAP from their "
            "own regular budgets.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "The Ministry will report periodically on the implementation of the NAP to "
            "the Parliamentary Standing Committee on Foreign Affairs.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The drafting committee did not hold consultations with civil society "
            "organisations or the public on the NAP.",
            "cs_design",
            "no",
        ),
        (
            _EN + "Civil society organisations will be consulted at the time of the review of "
            "this NAP.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "NGOs and women's organisations may be engaged by the line ministries in the "
            "implementation of specific actions.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _EN + "The Government may consider establishing a national committee on women, "
            "peace and security at the time of the review.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The National Women Development Committee will continue to oversee the "
            "implementation of the National Women Development Policy 2011.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The Ministry will coordinate its implementation with the line ministries.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "A National Committee will oversee the implementation of the NAP.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR + "La mise en œuvre du plan ne fera pas l'objet de rapports d'étape.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "La mise en œuvre du plan ne fera pas l'objet de rapports d'étape.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Le Comité national de la population continue d'assurer la coordination et le "
            "suivi de la Politique nationale de population.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Aucun mécanisme de suivi-évaluation n'est prévu dans le cadre du présent plan.",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _FR + "Aucun comité de pilotage n'a été mis en place.",
            "cs_on_coordination",
            "no",
        ),
    ],
)
def test_findings_on_short_passages_round_10(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


_NETWORK = (
    "The Norland Women, Peace and Security Network, which brings together forty "
    "non-governmental organisations, was consulted on the draft. "
)


def test_a_civil_society_group_is_recognised_by_its_head_word() -> None:
    text = _EN + _NETWORK + "The Network is welcome to prepare its own assessment of progress."
    assert _one(text, "cs_implementation_monitoring") == "partial"
    # Without the definition, "the Network" is nobody in particular.
    alone = _EN + "The Network is welcome to prepare its own assessment of progress."
    assert _one(alone, "cs_implementation_monitoring") == "not_stated"


def test_without_a_coordinating_body_a_seat_elsewhere_is_not_a_seat_on_it() -> None:
    text = _EN + _NETWORK + "The Office will continue its regular dialogue with the Network."
    assert _one(text, "coordination_mechanism") == "not_stated"
    assert _one(text, "cs_on_coordination") == "not_stated"
    with_body = (
        _EN + "A National Steering Committee coordinates the implementation of the Plan. It is "
        "composed of six ministries and three civil society organisations."
    )
    assert _one(with_body, "cs_on_coordination") == "yes"


def test_a_body_meeting_civil_society_gives_it_no_seat() -> None:
    text = (
        _COVER_FR + _FR + "Le groupe interdépartemental 1325 (GI 1325) coordonne la mise en "
        "œuvre du plan. Le GI 1325 rencontre les organisations de la société civile deux fois "
        "par an."
    )
    assert _one(text, "cs_on_coordination") == "partial"


@pytest.mark.parametrize(
    ("members", "value"),
    [
        ("The Council is composed of the deputy ministers of Defence and Justice.", "no"),
        ("The Council is composed of six ministries and three women's organisations.", "yes"),
        ("Le Conseil est composé des ministres de la Défense et de la Justice.", "no"),
    ],
)
def test_a_body_of_ministers_has_no_civil_society_seat(members: str, value: str) -> None:
    french = members.startswith("Le ")
    body = (
        "Le Conseil national coordonne la mise en œuvre du plan. "
        if french
        else "The National Council shall coordinate the implementation of the Plan. "
    )
    assert _one((_FR if french else _EN) + body + members, "cs_on_coordination") == value


def test_a_cover_under_several_ministries_names_no_lead() -> None:
    several = (
        "Ministère de l'Action sociale\nMinistère de l'Intérieur\nMinistère de la Défense\n\n"
        "PLAN D'ACTION NATIONAL 1325\n\f" + _FR
    )
    assert _one(several, "lead_institution") == "not_stated"
    one = "Ministère de l'Action sociale\n\nPLAN D'ACTION NATIONAL 1325\n\f" + _FR
    assert _one(one, "lead_institution") == "Ministère de l'Action sociale"


def test_civil_societys_own_body_is_not_the_coordinating_body() -> None:
    text = (
        _EN + "The WPS Implementation Committee, made up of officials of the nine partner "
        "departments, coordinates implementation of the Action Plan. A Civil Society Advisory "
        "Group will be established in 2023. It will be made up of ten members drawn from "
        "women's organisations and academia. The Civil Society Advisory Group meets the WPS "
        "Implementation Committee twice a year."
    )
    assert _one(text, "cs_on_coordination") == "partial"


def test_a_coordinating_body_known_by_its_acronym() -> None:
    text = (
        "SIGLES\n\nCNC    Comité national de coordination\n\n" + _FR + "Le CNC coordonne la "
        "mise en œuvre du Plan. Les OSC sont invitées à une session du CNC une fois par an."
    )
    found = _screened(text, "coordination_mechanism")[1]
    assert found.answer == "yes"
    # The body's name is read, not its words: a session of the CNC coordinates nothing.
    assert [e.quote for e in found.evidence] == ["Le CNC coordonne la mise en œuvre du Plan."]


def test_a_membership_of_ministries_named_by_their_acronyms() -> None:
    text = (
        _EN + "The Federal Foreign Office (AA), the Federal Ministry of Defence (BMVg) and the "
        "Federal Ministry of the Interior (BMI) implement the Plan. The Interministerial Working "
        "Group (IMWG) coordinates the implementation of the Action Plan. The IMWG is composed of "
        "representatives of the AA, the BMVg and the BMI."
    )
    assert _one(text, "cs_on_coordination") == "no"
