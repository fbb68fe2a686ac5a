"""Screening, round 30 (issue 13): rules taken from the fresh78–80 sets once measured (Nordic
and Baltic plans, Canadian, Swiss and Belgian French): a review's list of recommendations is
not what the plan has; a chapter that reviews the last plan and prepares this one is this
plan's; the Baltic "evaluation criteria and their target values"; reports to a parliament's
committee by its remit, and the government's other reports (its foreign policy report, NATO's
questionnaire); civil society meeting the body at « une séance d'échange »; leads that « porte
la responsabilité d'ensemble du plan » or "lead the work on the plan"; a count of the plan's
dimensions that must not take the pillars of the next chapter. (The evaluator's reading of a
unit named with its acronym before its parent is tested with the other name comparisons in
round 9.) Passages are written for the test, not taken from the documents; each rule has a
case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_RECOMMENDS = (
    "La revue formule les recommandations suivantes pour le prochain plan :\n\n"
    "1. Créer un comité interministériel de pilotage, présidé par le ministère.\n\n"
    "2. Prévoir un rapport annuel de mise en œuvre, publié sur le site du ministère.\n"
)
_ACRONYMS_FR = """LISTE DES ACRONYMES

AMB      Affaires mondiales Boréalie
DSH      Division Sécurité humaine
DRE      Département des relations extérieures

"""


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A review's recommendations are not the plan's arrangements …
        (_FR + _RECOMMENDS, "coordination_mechanism", "not_stated"),
        (_FR + _RECOMMENDS, "regular_reporting", "not_stated"),
        # … the same items without the review's announcement are.
        (
            _FR + "Le plan prévoit ce qui suit.\n\n1. Un comité interministériel de pilotage, "
            "présidé par le ministère, coordonne la mise en œuvre du plan.\n",
            "coordination_mechanism",
            "yes",
        ),
        # Only a public report is denied: an internal one may still be made.
        (
            _FR + "Le plan ne prévoit aucun rapport public sur sa mise en œuvre.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Le plan ne prévoit aucun rapport sur sa mise en œuvre.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "La direction fait périodiquement le point de la mise en œuvre du plan.",
            "regular_reporting",
            "partial",
        ),
        (
            _FR + "Le plan n'a pas institué de mécanisme de coordination.",
            "coordination_mechanism",
            "no",
        ),
        (
            _FR + "Le plan n'a pas institué de mécanisme de suivi propre. Un comité de "
            "coordination se réunit deux fois par an.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR + "Seules 6 des 16 actions du plan sont assorties d'un indicateur.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Des indicateurs n'ont été retenus que pour les mesures dont les résultats "
            "peuvent être mesurés.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Chaque action du plan est assortie d'un indicateur.",
            "indicators",
            "yes",
        ),
        # Civil society meets the body; it holds no seat.
        (
            _FR + "Des représentantes de la plateforme de la société civile sont invitées deux "
            "fois par an à une séance d'échange avec le comité de pilotage.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _EN + "The Working Group coordinates the implementation of the Plan. "
            "The Working Group meets with civil society organisations and researchers "
            "twice a year to discuss progress.",
            "cs_on_coordination",
            "partial",
        ),
        # The government's other reports are not the plan's.
        (
            _FR + "Par ailleurs, le rapport de politique extérieure du gouvernement, publié "
            "chaque année, comporte un chapitre consacré à la paix.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The country also reports on its women, peace and security work through other "
            "channels, notably the annual NATO questionnaire, whose replies are published.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The annual progress report on the Plan is published on the Ministry's website.",
            "public_reporting",
            "yes",
        ),
        # A parliament's committee by its remit.
        (
            _FR + "Le groupe établit chaque année un rapport de mise en œuvre à l'intention des "
            "commissions de politique extérieure des Chambres fédérales.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The IMWG prepares an annual progress report. The report is forwarded to the "
            "Foreign Policy Committee of the Folkeråd.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The report is forwarded to the steering committee of the Plan.",
            "public_reporting",
            "not_stated",
        ),
        # The Baltic plans' word for indicators, with targets and no baselines.
        (
            _EN + "The evaluation criteria of the objectives and measures of the Plan and their "
            "target values for 2022 and 2024 are set out in the Annex to the Plan.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The evaluation criteria of the objectives and measures of the Plan and their "
            "target values for 2022 and 2024 are set out in the Annex to the Plan.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "No separate monitoring mechanism is established for the Plan, and no interim "
            "progress reports on its implementation shall be prepared.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "No separate monitoring mechanism is established for the Plan, and no interim "
            "progress reports on its implementation shall be prepared.",
            "public_reporting",
            "no",
        ),
        # Shown a draft for comments: not drafting it.
        (
            _EN + "The draft Plan was presented to non-governmental organisations for comments "
            "before its submission to the Government.",
            "cs_design",
            "partial",
        ),
        (
            _EN + "Non-governmental organisations drafted two chapters of the Plan.",
            "cs_design",
            "yes",
        ),
        (
            _FR + "La plateforme de la société civile a également été associée à la démarche.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "La plateforme de la société civile a été associée à l'élaboration du plan.",
            "cs_design",
            "yes",
        ),
        # Bodies and members.
        (
            _EN + "The Consultative Group on Women, Peace and Security coordinates the "
            "implementation of the plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "The Working Group coordinates the implementation of the Plan. "
            "The Working Group is composed of representatives of the Ministry of Justice, "
            "the Ministry of Defence and the Women's Rights Association.",
            "cs_on_coordination",
            "yes",
        ),
        # Leads.
        (
            _EN + "The Ministry for Foreign Affairs leads the work on the plan, chairs the "
            "Consultative Group and provides its secretariat.",
            "lead_institution",
            "Ministry for Foreign Affairs",
        ),
        (
            _FR + _ACRONYMS_FR + "AMB assume la responsabilité d'ensemble du Plan et en assure "
            "le secrétariat.",
            "lead_institution",
            "Affaires mondiales Boréalie",
        ),
        (
            _FR + _ACRONYMS_FR + "La DSH du DRE assure la présidence et le secrétariat du groupe "
            "et porte la responsabilité d'ensemble du plan.",
            "lead_institution",
            "Division Sécurité humaine du Département des relations extérieures",
        ),
        (
            _FR + _ACRONYMS_FR + "La DSH assume la responsabilité de ses propres projets.",
            "lead_institution",
            "not_stated",
        ),
        # The plan's two dimensions are not the five pillars of the next chapter.
        (
            _EN + "4. SCOPE\n\nThe plan has two dimensions.\n\nThe international dimension "
            "covers foreign policy. The domestic dimension covers the reception of refugees.\n\n"
            "5. THE FIVE PILLARS\n\nThe plan rests on five pillars: Pillar I – Education; "
            "Pillar II – Participation; Pillar III – Prevention; Pillar IV – Protection; "
            "Pillar V – Partnerships.\n\nPillar I – Education\n\nTraining for all staff.\n\n"
            "Pillar II – Participation\n\nWomen in peace processes.\n",
            "pillars",
            "Education; Participation; Prevention; Protection; Partnerships",
        ),
        # Second part, from fresh78 and fresh80. A ministry coordinates (partial); a committee
        # that may be considered one day does not make it a body.
        (
            _FR + "Le ministère coordonne la mise en œuvre du plan. La création d'un comité "
            "interministériel de pilotage pourra être envisagée lors de la revue à mi-parcours.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "An Interministerial Technical Group was created to prepare the Plan, composed "
            "of representatives of six ministries.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "An Interministerial Technical Group was created to coordinate the "
            "implementation of the Plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR + "Le budget primitif 2024, adopté par le Congrès, ouvre au chapitre 934 un "
            "crédit de 46 millions au titre du présent plan.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "Le présent plan ne dispose pas d'un budget spécifique. Pour mémoire, la "
            "Politique nationale genre dispose de son propre plan d'action budgétisé.",
            "budget",
            "none",
        ),
        (
            _FR + "Le comité de pilotage coordonne la mise en œuvre du plan. Deux fois par an, "
            "le comité tient une session élargie à laquelle sont invitées les organisations de "
            "la société civile.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _FR + "Le comité de pilotage coordonne la mise en œuvre du plan. Les OSC rencontrent "
            "le comité de pilotage une fois par semestre.",
            "cs_on_coordination",
            "partial",
        ),
        # A results framework's row names who acts; it seats nobody.
        (
            _FR + "Le comité de pilotage coordonne la mise en œuvre du plan.\n\n1 | Les femmes "
            "participent aux comités de paix | Nombre de femmes membres des comités de paix | "
            "3 000 | Ministère, OSC\n",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _FR + "Le ministère élabore chaque année un rapport de mise en œuvre du Plan, qu'il "
            "transmet au Premier ministre et aux commissions parlementaires chargées des droits "
            "de la femme.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Aucun rapport de mise en œuvre n'a été produit entre 2016 et 2019.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "Baseline values have not yet been collected; the Ministry will establish them "
            "during the first year of implementation.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "LIST OF ACRONYMS\n\nMoGCCW   Ministry of Gender, Children and Community "
            "Welfare\n\nThe MoGCCW shall be responsible for the overall coordination of the "
            "implementation of this NAP. Pillar 3 includes an action on gender-responsive "
            "budgeting, led by the Ministry of Finance.",
            "lead_institution",
            "Ministry of Gender, Children and Community Welfare",
        ),
        (
            _EN + "Pillar 3 includes an action on gender-responsive budgeting, led by the "
            "Ministry of Finance.",
            "lead_institution",
            "not_stated",
        ),
        (
            _EN + "The implementation of the Plan is led by the Ministry of Gender.",
            "lead_institution",
            "Ministry of Gender",
        ),
        (
            _FR + "LISTE DES ACRONYMES\n\nMJSC     Ministère de la Justice et des Services "
            "communautaires\n\nLe Département des affaires féminines (DAF) du MJSC est "
            "l'institution chef de file du Plan.",
            "lead_institution",
            "Département des affaires féminines",
        ),
        (
            _EN + "The National Policy for Gender Equality 2021–2031 sets out eight priority "
            "areas: gender mainstreaming; economic empowerment; ending violence; health; "
            "education; leadership; climate resilience; gender statistics.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "REGIONAL ACTION PLAN ON WOMEN, PEACE AND SECURITY 2023–2030\n\nThe review "
            "of the first RAP (2012–2015) found that it had no results framework and no "
            "reporting line.",
            "regular_reporting",
            "not_stated",
        ),
    ],
)
def test_round30(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
