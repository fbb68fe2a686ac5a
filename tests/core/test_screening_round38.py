"""Screening, round 38 (issue 13): rules taken from the fresh102–104 sets once measured
(Finnish, Ugandan, Afghan, Bosnian, Irish, West and Central African, Malagasy, Canadian,
Norwegian, Korean, Kenyan, Georgian, Fijian, Belgian, Moroccan, Australian, Philippine and
Moldovan plans): a chapter that reviews the first plan "and" tells how this one was drafted;
a composition list "of the following government agencies"; a body named by « il comprendra : »;
a pronoun for the body the sentence before created; indicators "for the priority actions
only" or none for "tasks without a ★"; reports "not disclosed to the public", produced
« périodiquement », forwarded to a transitional parliament; a review's recommendation; the
resolutions' four pillars and "four pillars and sets out …"; parts in a two-column table;
"two new outcomes"; scopes « tant à … qu'à … » and "at national level and … international";
a plan's budget "included in the budget passed by the National Assembly"; « aucune enveloppe
qui lui soit propre »; a donor-funded programme; allocations before the plan's period; a
baseline "not available at the time of writing"; "No." as a number; another body's report
whose data feed the plan; a budget report; civil-society members of the monitoring body.
Passages are written for the test, not taken from the documents; each rule has a case where
it applies and one where it must not."""

from __future__ import annotations

import pytest

from napkit.core.screening.draft import period
from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_REVIEW_AND_DRAFTING = (
    "DEUXIÈME PLAN D'ACTION NATIONAL\n\n"
    "2. BILAN DU PREMIER PAN ET DÉMARCHE D'ÉLABORATION\n\n"
    "Le premier PAN n'a pas été évalué de manière indépendante.\n\n"
    "Des ateliers de consultation ont été organisés dans les huit régions avec des associations "
    "féminines et des organisations de jeunes.\n\n"
    "3. CHAMP D'APPLICATION\n\n"
)
_REVIEW_ONLY = _REVIEW_AND_DRAFTING.replace(" ET DÉMARCHE D'ÉLABORATION", "")

_GOVERNMENT_LIST = (
    "The National Steering Committee shall coordinate the implementation of this NAP. The "
    "Committee is composed of the heads of the following government agencies:\n"
    "- OPAW (Chair);\n- Department of Foreign Affairs;\n- Department of National Defense;\n"
    "- Department of Justice;\n- Department of the Interior;\n- Department of Health;\n"
    "- Demining Centre.\n\n"
    "Annex 1 follows."
)


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (_FR + _REVIEW_AND_DRAFTING, "cs_design", "yes"),
        (_FR + _REVIEW_ONLY, "cs_design", "not_stated"),
        (_EN + _GOVERNMENT_LIST, "cs_on_coordination", "no"),
        (
            _EN + _GOVERNMENT_LIST.replace("- Demining Centre.", "- Women Peacebuilders Network."),
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "Un Comité national de suivi, présidé par la Ministre, coordonnera la mise en "
            "œuvre du plan. Il comprendra :\n• les points focaux genre des ministères ;\n• un "
            "représentant de la Police nationale ;\n• deux représentantes de la Plateforme des "
            "organisations féminines.\n\nLe Comité se réunit deux fois par an.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "Un Comité national de suivi du PAN, placé auprès du ministère, sera créé par "
            "arrêté. Il aura pour mission de coordonner la mise en œuvre du plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR + "Le ministère de la Femme est l'institution chef de file. Il aura pour mission "
            "de coordonner la mise en œuvre du plan.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The Evaluation Committee is independent of the Government. It evaluates the "
            "implementation of the Plan; it does not direct or coordinate the work of ministries.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Des indicateurs ont été définis pour les actions prioritaires uniquement.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Des indicateurs de performance ont été définis pour chacune des actions.",
            "indicators",
            "yes",
        ),
        (
            _EN + "Task | Performance indicator | Lead agency\n\nTasks without a ★ have no "
            "performance indicators; their progress is described qualitatively.",
            "indicators",
            "partial",
        ),
        (
            _EN + "No. | Action | Progress indicators | Deadline | Responsible\n1.1 | Training | "
            "Number of officers trained | 2025 | MD",
            "indicators",
            "yes",
        ),
        (
            _EN + "The annual implementation check results are used for internal review and "
            "are not disclosed to the public.",
            "public_reporting",
            "no",
        ),
        (
            # (not "no"; read as published since round 41)
            _EN + "The annual implementation check results are disclosed to the public.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Des rapports de suivi seront produits périodiquement sur la base de ces "
            "données.",
            "regular_reporting",
            "partial",
        ),
        (
            _FR + "Le ministère élabore des rapports de mise en œuvre, qu'il transmet au "
            "Gouvernement et au CNT.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Le ministère élabore des rapports de mise en œuvre, qu'il transmet au "
            "Gouvernement.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The mid-term review recommended that a national WPS steering committee be "
            "established to strengthen coordination.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The mid-term review recommended that a steering committee be established; "
            "this Plan creates the Steering Committee, which will coordinate its implementation.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "UNSCR 1325 (2000) and the resolutions that followed it are usually described "
            "as resting on four pillars: participation, prevention, protection, and relief and "
            "recovery.\n\nThe Plan is built around three outcomes.\n\nOutcome 1: Women lead in "
            "peace processes\nText.\n\nOutcome 2: Violence is reduced\nText.\n\nOutcome 3: "
            "Institutions are accountable\nText.",
            "pillars",
            "Women lead in peace processes; Violence is reduced; Institutions are accountable",
        ),
        (
            _EN + "In line with the structure of UNSCR 1325, KONAP II is structured around four "
            "pillars, namely Participation; Protection; Prevention; and Recovery.",
            "pillars",
            "Participation; Protection; Prevention; Recovery",
        ),
        (
            _EN + "The Plan is organised around four pillars and sets out clear outcomes, outputs, "
            "indicators and responsibilities.\n\nThe Plan has four pillars: Prevention; "
            "Protection; Participation; Relief and Recovery.",
            "pillars",
            "Prevention; Protection; Participation; Relief and Recovery",
        ),
        (
            _EN + "The Plan is organised into three policy areas, each with a goal:\n\nPolicy Area "
            "| Goal\n1. Participation | Expand women's participation\n2. Prevention | Prevent "
            "violence\n3. Protection | Protect women affected by conflict\n\n2. Scope",
            "pillars",
            "Participation; Prevention; Protection",
        ),
        (
            _EN + "Comments from the consultations led directly to two new outcomes: on women "
            "former combatants and on women in displacement.",
            "pillars",
            "not_stated",
        ),
        (
            _FR + "Le Plan s'applique tant à l'action internationale du pays, c'est-à-dire à sa "
            "diplomatie, qu'à ses politiques intérieures.",
            "focus",
            "both",
        ),
        (
            _FR + "Le présent plan porte sur l'action extérieure : diplomatie, défense, "
            "coopération de sécurité intérieure à l'international et aide au développement.",
            "focus",
            "international",
        ),
        (
            _EN + "The Programme covers the institutions of the security sector at national "
            "level and the participation of the country in international peacekeeping missions.",
            "focus",
            "both",
        ),
        (
            _EN + "For 2025, SRW 6,340 million for the tasks of this Plan is included in the 2025 "
            "budget passed by the National Assembly.",
            "budget",
            "appropriated",
        ),
        (
            _EN + "For 2025, SRW 6,340 million for the tasks of this Plan is included in the "
            "ministries' budget requests.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Le Plan n'est assorti d'aucune enveloppe budgétaire qui lui soit propre. Les "
            "partenaires mettent en œuvre leurs engagements à même leurs ressources existantes.",
            "budget",
            "none",
        ),
        (
            _EN + 'The joint programme "Women for Peace", implemented by UN Women and funded by '
            "the European Union with EUR 3.2 million for 2021–2024, supports women's groups.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The activities of this Plan are funded by the Government with EUR 3.2 million "
            "allocated for 2021–2024.",
            "budget",
            "allocated",
        ),
        (
            _EN + "Targets are set for 2024; baseline values were not available at the time of "
            "writing.",
            "baselines_targets",
            "partial",
        ),
        (
            _FR + "L'institut de statistique publie chaque année un rapport sur la situation des "
            "femmes et des hommes, dont les données alimenteront plusieurs indicateurs du plan.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Un rapport sur le budget tenant compte du genre accompagne chaque année le "
            "projet de loi de finances.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The civil society members of the Oversight Group will also prepare an "
            "independent shadow report each year.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "Civil society organisations may prepare a shadow report each year.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Le dialogue avec la plateforme des organisations féminines se poursuivra "
            "pendant la mise en œuvre.",
            "cs_implementation_monitoring",
            "partial",
        ),
    ],
)
def test_round38(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


@pytest.mark.parametrize(
    ("cover", "years"),
    [
        ("NATIONAL ACTION PLAN\n2021/22 – 2024/25\n", (2021, 2025)),
        ("PLAN D'ACTION NATIONAL 2018-2022\n", (2018, 2022)),
        ("National Action Plan 2015/2019\n", (2015, 2019)),
    ],
)
def test_financial_years_period(cover: str, years: tuple[int, int]) -> None:
    found = period([cover])
    assert found is not None
    assert (found.start.year, found.end.year) == years
