"""Screening, round 9 (issue 13): general rules taken from the fresh7 set once it had been
measured (83.1% unseen), and the chapter reader that keeps a review of the predecessor plan out
of this plan's evidence. Passages are written for the test, not taken from the documents."""

from __future__ import annotations

import pytest

from napkit.core.screening.evaluate import same_value
from tests.core.test_screening import _EN, _ES, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Money told as spent is spent, whatever follows the verb.
        (
            _EN + "Of the USD 2 million allocated to the Plan, USD 1.4 million had been spent by "
            "30 June 2024.",
            "budget",
            "spent",
        ),
        (_EN + "By 2024, KRS 3 million had been disbursed to the counties.", "budget", "disbursed"),
        # "No dedicated funds" is no dedicated budget.
        (_EN + "No dedicated funds have been set aside for this Plan.", "budget", "none"),
        (
            _FR + "Le plan ne fait pas l'objet d'une enveloppe budgétaire distincte.",
            "budget",
            "none",
        ),
        (_FR + "Le plan ne fait pas l'objet d'un suivi particulier.", "budget", "not_stated"),
        # No indicators for some areas only: partial.
        (
            _EN + "For priority areas 1 and 2, results indicators are set out below. For "
            "priority areas 3 and 4, no indicators are set.",
            "indicators",
            "partial",
        ),
        (_EN + "The plan has no indicators.", "indicators", "no"),
        (
            _FR + "Le plan fixe des orientations ; il ne comporte ni indicateurs ni cibles.",
            "indicators",
            "no",
        ),
        (
            _FR + "Le plan fixe des orientations ; il ne comporte ni indicateurs ni cibles.",
            "baselines_targets",
            "no",
        ),
        # A baseline cell "to be set" is a baseline still missing.
        (
            _EN + "Indicator | Baseline | Target\nWomen trained | to be set in 2025 | 300\n"
            "Shelters opened | 4 (2023) | 10",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "Indicator | Baseline | Target\nWomen trained | TBD | 300\nShelters | 4 | 10",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "Indicator | Baseline | Target\nWomen trained | 120 (2023) | 300",
            "baselines_targets",
            "yes",
        ),
        # An annual report named with the plan's acronyms in between.
        (
            _EN + "The Secretariat compiles an annual NAP WPS accomplishment report for the "
            "Cabinet.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "An annual budget of USD 2 million supports the Plan.",
            "regular_reporting",
            "not_stated",
        ),
        # Only the indicators' data are put online: partial publication. Entering data into an
        # online system is not publication.
        (
            _FR + "Les données du tableau de bord des indicateurs sont mises à jour chaque année "
            "sur le portail de l'Observatoire.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The indicator data are published each year on the Ministry's website.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "Institutions enter their data directly into the online monitoring database.",
            "public_reporting",
            "not_stated",
        ),
        # A report sent to a parliamentary committee.
        (
            _FR + "Le ministère établit chaque année un rapport qu'il transmet à la Commission des "
            "affaires étrangères du Conseil national.",
            "public_reporting",
            "partial",
        ),
        # No consultations (plural) with civil society.
        (
            _EN + "Owing to the pandemic, no consultations with civil society could be held.",
            "cs_design",
            "no",
        ),
        # The plan prepared on the basis of the predecessor's evaluation is about this plan.
        (
            _EN + "No consultations with civil society could be held; the Plan was prepared on "
            "the basis of the evaluation of the first NAP.",
            "cs_design",
            "no",
        ),
        # "May" the month is not "may" the verb.
        (
            _EN + "The draft was presented to civil society organisations at a national "
            "validation workshop on 23 May 2023.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Civil society organisations may submit a shadow report.",
            "cs_implementation_monitoring",
            "partial",
        ),
        # A general appeal is partial alone, and gives way to a role stated elsewhere.
        (
            _EN + "The Government calls upon civil society and the media to extend their "
            "cooperation in the implementation of this Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _EN + "The Government calls upon civil society and the media to extend their "
            "cooperation in the implementation of this Plan. Civil society organisations are "
            "implementing partners: they run the shelters under Pillar 2.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "J'exhorte la société civile à soutenir la mise en œuvre du plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _ES + "El Gobierno insta a las organizaciones de mujeres a apoyar el Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        # Coordinating through a network of people is not a body.
        (
            _EN + "The Directorate coordinates delivery across government through a network of "
            "named leads in each team.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _FR + "Elle coordonne sa mise en œuvre en s'appuyant sur un réseau de référents "
            "désignés dans chaque ministère.",
            "coordination_mechanism",
            "partial",
        ),
        # The plan's own name says nothing of its scope.
        (
            _FR + "Le présent plan d'action national définit la contribution du pays à la paix "
            "dans le cadre de sa politique étrangère et de sa participation aux missions "
            "internationales.",
            "focus",
            "international",
        ),
        (
            _FR + "Le plan porte à la fois sur la politique intérieure et sur l'action extérieure.",
            "focus",
            "both",
        ),
        # Leads: "leads on this Plan", "the focal ministry", the minister for the ministry.
        (
            _EN + "The Equality and Human Rights Directorate leads on this Plan.",
            "lead_institution",
            "Equality and Human Rights Directorate",
        ),
        (
            _EN + "The Ministry of Home Affairs is the focal ministry for the implementation of "
            "this Plan.",
            "lead_institution",
            "Ministry of Home Affairs",
        ),
        (
            _EN + "A Steering Committee chaired by the Minister for Home Affairs will coordinate "
            "the implementation of the Plan.",
            "lead_institution",
            "Ministry of Home Affairs",
        ),
        (
            _FR + "Article 2 : La Ministre chargée de la Femme est responsable de la mise en "
            "œuvre du plan.",
            "lead_institution",
            "Ministère chargé de la Femme",
        ),
        # Axes listed with roman numerals after the sentence that announces them.
        (
            _FR + "Le plan s'articule autour de trois priorités :\nI. Participation des femmes\n"
            "II. Prévention des violences sexuelles\nIII. Action humanitaire\n",
            "pillars",
            "Participation des femmes; Prévention des violences sexuelles; Action humanitaire",
        ),
    ],
)
def test_findings_on_short_passages_round_9(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


_REVIEW = (
    "PLAN D'ACTION NATIONAL DE TROISIÈME GÉNÉRATION (2024-2028)\n\f"
    "II. PROCESSUS D'ÉLABORATION\n\n"
    "Le plan a été rédigé par un comité technique.\n\n"
    "III. BILAN DU PAN DE DEUXIÈME GÉNÉRATION\n\n"
    "Acquis :\n- l'adoption d'une loi sur les quotas ;\n\n"
    "Insuffisances :\n- un cadre de résultats sans valeurs de référence ;\n"
    "- un comité qui ne s'est jamais réuni.\n\n"
)


def test_a_chapter_reviewing_the_predecessor_is_not_evidence_for_this_plan() -> None:
    # The predecessor's weaknesses, listed under a chapter that reviews it, are its own.
    assert _one(_REVIEW, "baselines_targets") == "not_stated"
    # The chapter ends at the next chapter title: this plan's statements count again.
    after = _REVIEW + (
        "IV. SUIVI ET ÉVALUATION\n\nChaque effet est mesuré par un indicateur, assorti d'une "
        "valeur de référence (2023) et d'une valeur cible (2028).\n"
    )
    assert _one(after, "baselines_targets") == "yes"


def test_a_sentence_naming_this_plan_inside_the_review_still_counts() -> None:
    text = _REVIEW + (
        "Pour y remédier, le présent plan ne comporte ni indicateurs chiffrés ni cibles.\n"
    )
    assert _one(text, "indicators") == "no"


@pytest.mark.parametrize(
    ("predicted", "labelled", "same"),
    [
        # A unit and its ministry, in either order: either name is the institution.
        (
            "Direction générale de la mondialisation (ministère des Affaires étrangères)",
            "Ministère des Affaires étrangères (Direction générale de la mondialisation)",
            True,
        ),
        ("Ministère des Affaires étrangères", "Ministère des Affaires étrangères (DGM)", True),
        # The minister and the ministry are one institution.
        ("Ministère de la Famille", "Ministre de la Famille", True),
        ("Ministry of Home Affairs", "Minister for Home Affairs", True),
        # An acronym in brackets inside the name adds nothing (round 29).
        (
            "Office for Women, Department of the Prime Minister and Cabinet",
            "Office for Women (OFW), Department of the Prime Minister and Cabinet",
            True,
        ),
        ("Ministry of Defence", "Ministry of Defence (MoD)", True),
        # … also before the unit's parent (round 30)
        (
            "Division Sécurité humaine du Département des relations extérieures",
            "Division Sécurité humaine (DSH) du Département des relations extérieures (DRE)",
            True,
        ),
        (
            "Division Sécurité humaine du Département des relations extérieures",
            "Division Paix (DP) du Département des relations extérieures (DRE)",
            False,
        ),
        # Different institutions still differ.
        ("Ministry of Defence", "Ministry of Home Affairs", False),
        ("Direction de la Femme (Ministère A)", "Ministère B", False),
        (
            "Office for Women, Department of the Prime Minister and Cabinet",
            "Office of the Presidential Adviser on Peace (OPAPU), Office of the President",
            False,
        ),
    ],
)
def test_lead_institution_names_compare_as_the_labelling_rules_say(
    predicted: str, labelled: str, same: bool
) -> None:
    assert same_value("lead_institution", predicted, labelled) is same


# --- From fresh6 and the DRC plan (development sets) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A ministry described by its remit is named as the document names it elsewhere.
        (
            "PLAN D'ACTION NATIONAL\n\nMinistère du Genre, Famille et Enfant\n\fLa coordination "
            "du comité de pilotage est assurée par le gouvernement central, à travers le "
            "ministère ayant le genre, l'enfant et la famille dans ses attributions.",
            "lead_institution",
            "Ministère du Genre, Famille et Enfant",
        ),
        (
            _EN + "The Ministry of Social Policy shall coordinate the implementation of the Plan.",
            "lead_institution",
            "Ministry of Social Policy",
        ),
        (
            _EN + "The National Commission for Women is the national entity mandated to "
            "coordinate the implementation of the NAP.",
            "lead_institution",
            "National Commission for Women",
        ),
        # Publishing the implementation data, or the indicators' values, is partial.
        (
            _FR + "Le secrétariat assure les missions suivantes :\n• Collecter, analyser, publier "
            "et archiver les données de mise en œuvre du PAN ;\n",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The Ministry is to publish the values of the indicators of the Plan on its "
            "official website.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The statistics office publishes data on women's employment.",
            "public_reporting",
            "not_stated",
        ),
        # The members of an evaluation committee are not those of the coordination body.
        (
            _EN + "The Steering Committee coordinates the implementation of the Plan. The "
            "Evaluation Committee, composed of academic experts and representatives of civil "
            "society organisations, reviews the Plan at mid-term.",
            "cs_on_coordination",
            "not_stated",
        ),
        # Civil society involved in implementing the plan did not draft it.
        (
            _EN + "Public associations are involved in the implementation of measures.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "Women's organisations were involved in drafting the Plan.",
            "cs_design",
            "yes",
        ),
        # The report on the fourth plan, in a fifth plan, is the predecessor's.
        (
            "CINQUIÈME PLAN D'ACTION NATIONAL\n\f" + _FR + "Le rapport final sur le quatrième "
            "plan relève que ses rapports annuels étaient trop généraux.",
            "regular_reporting",
            "not_stated",
        ),
        # A structure "according to five strategic goals", or "retained" from the last plan.
        (
            _EN + "The Plan is structured according to three strategic goals:\n1. Participation "
            "of women.\n2. Prevention of violence.\n3. Protection of survivors.\n",
            "pillars",
            "Participation of women; Prevention of violence; Protection of survivors",
        ),
        (
            _EN + "The Plan retains the three pillars of the previous plan:\n\nPillar 1: "
            "Prevention — preventing violent conflict and violence against women.\n\nPillar 2: "
            "Protection — services for survivors.\n\nPillar 3: Participation — women in "
            "decision-making.\n",
            "pillars",
            "Prevention; Protection; Participation",
        ),
        # "six priority areas, each with …:" announces the list that follows.
        (
            _EN + "The Action Plan is structured in three priority areas, each with one "
            "strategic objective:\n\n1. Crisis Prevention\n2. Participation\n3. Relief and "
            "Recovery\n",
            "pillars",
            "Crisis Prevention; Participation; Relief and Recovery",
        ),
        # Headings of axes with the objectives of each axis in between.
        (
            _FR + "\nAxe 1 : Participation\n\nObjectif 1 : Accroître le nombre de femmes élues.\n"
            "Objectif 2 : Former les candidates.\n\nAxe 2 : Prévention\n\nObjectif 3 : Réduire "
            "les violences.\n\nAxe 3 : Protection\n",
            "pillars",
            "Participation; Prévention; Protection",
        ),
        # "Intermediate goals:" opens a line of its own, not the end of the goal's name.
        (
            _EN + "The Plan sets out three strategic goals:\n\nStrategic goal 1: Increased "
            "participation of women in decision-making\nIntermediate goals: 1.1 More women "
            "elected.\n\nStrategic goal 2: Improved human security of women and girls\n"
            "Intermediate goals: 2.1 Better protection.\n\nStrategic goal 3: Stronger "
            "institutions\nIntermediate goals: 3.1 Capacities.\n",
            "pillars",
            "Increased participation of women in decision-making; Improved human security of "
            "women and girls; Stronger institutions",
        ),
    ],
)
def test_findings_on_short_passages_round_9b(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # "Between May and September" is a month; "may commission evaluations of women's
        # organisations" is not civil society's own "may".
        (
            _EN + "Between May and September 2019 the Ministry held consultations with women's "
            "groups in all regions.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "The working group may commission thematic evaluations, for example on the "
            "funding of women's organisations.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "An implementing ministry may engage civil society organisations in the "
            "delivery of activities under the Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        # A foreword's appeal to every actor at once is not a role.
        (
            _FR + "J'invite tous les acteurs, institutions publiques, organisations de la société "
            "civile et partenaires à s'approprier ce plan.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        # A ministry with a long name, found from its remit.
        (
            "MINISTÈRE DE LA SOLIDARITÉ\n\nMinistère de la Solidarité Nationale, des Affaires "
            "Sociales, des Droits de la Personne Humaine et du Genre\n\f"
            "La coordination du plan est assurée par le Gouvernement, à travers le Ministre "
            "ayant le genre dans ses attributions.",
            "lead_institution",
            "Ministère de la Solidarité Nationale, des Affaires Sociales, des Droits de la "
            "Personne Humaine et du Genre",
        ),
    ],
)
def test_findings_on_short_passages_round_9c(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # The typographic apostrophe reads as the plain one.
        (_FR + "Le présent plan ne dispose pas d’un budget propre.", "budget", "none"),
        # "structured around four pillars and it is results-oriented, with …" lists nothing.
        (
            _EN + "The Plan is structured around four pillars and it is results-oriented, with "
            "clear outcomes, outputs, indicators and targets. The Plan is organised in four "
            "pillars: Prevention; Protection; Participation; and Relief and Recovery.",
            "pillars",
            "Prevention; Protection; Participation; Relief and Recovery",
        ),
        # An internal review is not an internal report; a report tabled before a committee of
        # the National Assembly is partial publication.
        (
            _EN + "An internal annual review of the Plan will take place each year. The annual "
            "progress report is submitted to the Cabinet and tabled before the National "
            "Assembly.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "Progress reports are for internal use only.",
            "public_reporting",
            "no",
        ),
        # "overseen and coordinated by the Oversight Group".
        (
            _EN + "Implementation of the Plan is overseen and coordinated by the Oversight Group.",
            "coordination_mechanism",
            "yes",
        ),
        # A lead with its acronym before "has the primary responsibility".
        (
            _EN + "The Federal Ministry of Women Affairs (FMWA) has the primary responsibility for "
            "the implementation of this NAP.",
            "lead_institution",
            "Federal Ministry of Women Affairs",
        ),
        # No progress reports; implementation reserved to the State.
        (
            _FR + "Le Plan ne donne pas lieu à l'élaboration de rapports d'étape.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "La mise en œuvre et le suivi du Plan relèvent exclusivement des départements "
            "ministériels.",
            "cs_implementation_monitoring",
            "no",
        ),
    ],
)
def test_findings_on_short_passages_round_9d(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
