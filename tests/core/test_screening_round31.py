"""Screening, round 31 (issue 13): rules taken from the fresh81–83 sets once measured (Western
European and North American, West African, Middle Eastern and North African plans): a sentence
that sets itself apart from the plan (« Pour rappel, … », "For context, …", « ce rapport est
distinct du suivi du présent plan »); a truth commission's report, a voluntary national review,
the Secretary-General's global indicators; a law calling on the government, a resolution that
« souligne l'importance »; "this first Plan" naming the plan's own edition; a list of acronyms
whose first line the pattern does not take; leads that are departments named by their field,
"staff will lead and coordinate", "will be coordinated by the Ministry"; observers in a
composition list; parliamentary committees named by the parliament's acronym; "Pillar One:"
headings. Passages are written for the test, not taken from the documents; each rule has a case
where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_EN_ACRONYMS = """LIST OF ACRONYMS

MMDAs       Metropolitan, Municipal and District Assemblies
MoGFSP      Ministry of Gender, Family and Social Protection
GRN         Global Relations Norvale
ECNS        Executive Council on National Security
NWN         National Women's Network Norvale

"""

_FR_ACRONYMS = """LISTE DES ACRONYMES

FEGB     Femmes et Égalité des genres Bellerive
PPC      Plateforme Paix de la société civile

"""


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A sentence that sets itself apart from the plan.
        (
            _FR + "Pour rappel, la direction publie chaque année un rapport d'activités couvrant "
            "toute la coopération ; ce rapport est distinct du suivi du présent plan.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "La direction publie chaque année un rapport sur la mise en œuvre du plan.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "For context, the National Assembly appropriated $45 million for the Women's "
            "Global Development Fund; that Fund is governed by separate legislation.",
            "budget",
            "not_stated",
        ),
        # Other reports and indicators.
        (
            _EN + "The TRC, whose final report was published in 2004, found that sexual violence "
            "had been used systematically.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Il rend compte chaque année des indicateurs de l'ODD 5 dans le cadre de son "
            "rapport national volontaire sur les ODD.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "En 2010, le Secrétaire général a proposé une série de 26 indicateurs mondiaux "
            "pour mesurer la mise en œuvre de la résolution.",
            "indicators",
            "not_stated",
        ),
        (
            _FR + "Un rapport de mise en œuvre avait été publié en 2021.",
            "public_reporting",
            "not_stated",
        ),
        # What a law or a resolution asks of every government.
        (
            _EN + "The WPS Act calls on the Executive Branch to consult with civil society in the "
            "development of strategies and programs.",
            "cs_design",
            "not_stated",
        ),
        (
            _FR + "La résolution 1325 souligne également l'importance de la participation de la "
            "société civile à la mise en œuvre de l'agenda.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        # "this first Plan" says which plan this is.
        (
            _EN + "No separate progress reports will be prepared on this first Plan; the "
            "information gathered will be used to prepare the second plan.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "The first plan had no progress reports; the second plan will be prepared in "
            "2026.",
            "regular_reporting",
            "not_stated",
        ),
        # Leads.
        (
            _EN + _EN_ACRONYMS + "The MoGFSP, through its Department of Gender, is the lead "
            "institution for the Plan.",
            "lead_institution",
            "Ministry of Gender, Family and Social Protection",
        ),
        (
            _EN + _EN_ACRONYMS + "GRN leads the implementation of the Action Plan.",
            "lead_institution",
            "Global Relations Norvale",
        ),
        (
            _EN + _EN_ACRONYMS + "NWN leads the implementation of the Action Plan.",
            "lead_institution",
            "not_stated",
        ),
        (
            _FR + _FR_ACRONYMS + "FEGB dirige la mise en œuvre du plan.",
            "lead_institution",
            "Femmes et Égalité des genres Bellerive",
        ),
        (
            _EN + _EN_ACRONYMS + "The ECNS staff will lead and coordinate implementation of this "
            "Strategy across the Executive Branch.",
            "lead_institution",
            "Executive Council on National Security",
        ),
        (
            _EN + "A WPS Steering Committee at the Assistant Deputy Minister level, chaired by "
            "the Ministry of Defence, coordinates implementation.",
            "lead_institution",
            "Ministry of Defence",
        ),
        (
            _EN + "Implementation of the Plan will be coordinated by the Ministry for Women "
            "through designated focal points in each agency.",
            "lead_institution",
            "Ministry for Women",
        ),
        (
            _EN + "Implementation of the Plan will be coordinated by the Ministry for Women "
            "through designated focal points in each agency.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "The implementation of the plan is coordinated by the Ministry through the "
            "Working Group on Women, Peace and Security, which meets twice a year.",
            "coordination_mechanism",
            "yes",
        ),
        # Observers in a composition list.
        (
            _FR + _FR_ACRONYMS + "Le Groupe de travail interdépartemental coordonne la mise en "
            "œuvre du plan.\n\nComposition du Groupe de travail :\n\n"
            "– Département des affaires étrangères\n\n– Département de la défense\n\n"
            "Observatrices : deux représentantes de la PPC sont invitées à deux séances par an.\n",
            "cs_on_coordination",
            "partial",
        ),
        (
            _FR + _FR_ACRONYMS + "Le Groupe de travail interdépartemental coordonne la mise en "
            "œuvre du plan.\n\nComposition du Groupe de travail :\n\n"
            "– Département des affaires étrangères\n\n– deux représentantes de la PPC\n",
            "cs_on_coordination",
            "yes",
        ),
        # Reports to a parliament's committee, the parliament by its acronym.
        (
            _EN + "The annual report is also shared with the Women, Family and Childhood "
            "Committee of the CoR.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Le rapport annuel est transmis à la Commission des droits et libertés de la "
            "femme de l'ARP.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Le rapport est ensuite porté à la connaissance des commissions de politique "
            "extérieure des deux Chambres.",
            "public_reporting",
            "partial",
        ),
        (
            _FR
            + "Le secrétariat produit des rapports d'étape périodiques à l'intention du comité.",
            "regular_reporting",
            "partial",
        ),
        # Indicators, baselines and money.
        (
            _EN + "This Strategy itself contains no performance indicators, baselines, or "
            "targets; these will be set out in departmental plans.",
            "indicators",
            "no",
        ),
        (
            _EN + "This Strategy itself contains no performance indicators, baselines, or "
            "targets; these will be set out in departmental plans.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "Indicators have been developed for the actions under Priority Areas Two and "
            "Three. No indicators have been set for the actions under Priority Areas One and Four.",
            "indicators",
            "partial",
        ),
        (
            _EN + "Indicators have been set for the 14 priority actions; indicators for the "
            "remaining activities will be defined during the first year.",
            "indicators",
            "partial",
        ),
        (
            _EN + "The implementing institutions will include the activities of the plan in "
            "their annual budgets.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "Chaque département finance les actions qui relèvent de sa compétence sur ses "
            "crédits de fonctionnement.",
            "budget",
            "mentioned",
        ),
        # Civil society in the drafting and in implementing.
        (
            _FR + "Les organisations de femmes ont commenté un avant-projet du plan, et leurs "
            "observations ont conduit à l'ajout d'un domaine d'action.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "The ministry held consultations with 32 NGOs; two drafts were circulated to "
            "NGOs for written comments, and 46 of their proposals were included in the final "
            "text.",
            "cs_design",
            "yes",
        ),
        (
            _FR + "Conformément aux recommandations de la revue du premier PAN, les ONG sont "
            "chargées de l'exécution des actions de sensibilisation.",
            "cs_implementation_monitoring",
            "yes",
        ),
        # Scope.
        (
            _FR + "Le plan comporte un volet international et un volet national.",
            "focus",
            "both",
        ),
        (
            _EN + "The Plan applies to women and girls in all governorates of the country.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The Plan operates on two levels: at the national level, it addresses women in "
            "all governorates; at the international level, it guides foreign policy.",
            "focus",
            "both",
        ),
        # "Pillar One:" headings.
        (
            _EN + "Pillar One: Prevention and Early Warning\n\nActions to prevent conflict.\n\n"
            "Pillar Two: Protection and Access to Justice\n\nActions to protect women.\n\n"
            "Pillar Three: Participation and Leadership\n\nActions for participation.\n",
            "pillars",
            "Prevention and Early Warning; Protection and Access to Justice; Participation and "
            "Leadership",
        ),
    ],
)
def test_round31(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
