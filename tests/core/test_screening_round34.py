"""Screening, round 34 (issue 13): rules taken from the fresh90–92 sets once measured (Western
European, Baltic and Caucasus, West and Central African, Asian, Pacific, Middle Eastern and North
African plans): measures "implemented using the appropriations approved for" their institutions;
a donor's money for a project of its own; « l'Assemblée … a ouvert au budget … un crédit »;
indicators "set for 22 of the 47 measures" or "provided for the actions for which data are
available"; Baltic "evaluation criteria (value to be reached by …)"; a plan that "does not
assign … tasks" to civil society, civil society "called upon" to support it, observers and "the
community may participate"; a body's "composition, which includes" civil society, « Présidé par
…, il comprend … » and « Le CNP est composé : »; a sentence set apart (« Indépendamment du PAN »);
an ombudsperson's report on complaints and the Government's report on "its Programme";
« en rend compte » and « ne comporte pas, à ce stade, de dispositif de suivi »; "Unlike the NSC
of the first NAP, …" speaks of this plan. Passages are written for the test, not taken from the
documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "The actions of the Plan are carried out using the appropriations approved for "
            "the responsible ministries in the State budget of each year.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "The appropriations for the defence sector are approved in the State budget.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The European Union has allocated EUR 3.5 million to the project on women "
            "mediators run by UNDP.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The Government has allocated EUR 3.5 million to the project of the Plan on "
            "women mediators.",
            "budget",
            "allocated",
        ),
        (
            _FR + "Pour 2025, le Parlement a ouvert au budget de l'État un crédit de 2,4 millions "
            "de francs destiné à la mise en œuvre du présent plan.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "Les actions sont conduites par les ministères, dans la limite de leurs "
            "dotations annuelles.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "Les actions sont conduites par les ministères dans la limite de leurs "
            "compétences.",
            "budget",
            "not_stated",
        ),
        (_FR + "Le plan ne dispose pas de budget spécifique.", "budget", "none"),
        (
            _EN + "Indicators have been set for 14 of the 40 actions; the others are followed "
            "qualitatively.",
            "indicators",
            "partial",
        ),
        (
            _EN + "Indicators are provided for the actions for which data are available.",
            "indicators",
            "partial",
        ),
        (
            _EN + "Each ministry collects data on the indicators for the measures for which it is "
            "responsible.",
            "indicators",
            "not_stated",
        ),
        (
            _EN + "Indicators are provided for the actions for which data are available.",
            "me_framework",
            "not_stated",
        ),
        (
            _EN + "Evaluation criteria (values to be reached by the end of 2026)",
            "indicators",
            "yes",
        ),
        (
            _EN + "Evaluation criteria (values to be reached by the end of 2026)",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The indicators are not accompanied by baseline values or targets.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "The Plan does not assign implementation or monitoring tasks to civil society "
            "organisations.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "Women's organisations and community leaders are called upon to support the "
            "implementation of the Plan in their districts.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _EN + "Women's organisations implement the Plan's awareness activities in their "
            "districts.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "The community may participate in the implementation of the Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Le ministère accueillera favorablement les analyses que les associations "
            "féminines voudront produire sur le plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Les OSC sont chargées de mettre en œuvre les actions de sensibilisation "
            "prévues par la matrice.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "Des représentantes de la société civile participent à ses réunions en qualité "
            "d'observatrices.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Le Conseil souligne le rôle des femmes et appelle les États à adopter des "
            "mesures qui associent les organisations de femmes à la mise en œuvre des accords de "
            "paix.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Civil society members of the drafting group wrote the first draft of two "
            "pillars.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "The following women's organisations also participated in the process: the "
            "Women's Forum, the Peace Circle and the Mothers' Union.",
            "cs_design",
            "partial",
        ),
        (
            _EN + "The Steering Committee coordinates the implementation of the Plan. Its "
            "composition, which includes four representatives of women's organisations elected "
            "by the network, is given in the Annex.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "Le Comité de pilotage coordonne la mise en œuvre du plan. Présidé par la "
            "Ministre de la Femme, il comprend les ministères concernés et trois représentantes "
            "des organisations de la société civile.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "Le Comité de pilotage coordonne la mise en œuvre du plan.\n\nLe Comité de "
            "pilotage est composé :\n- des représentants des ministères concernés ;\n- de trois "
            "représentantes des organisations de la société civile.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _EN + "Unlike the committee of the first NAP, membership of the Steering Group is "
            "restricted to government institutions.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "The Steering Group of the first NAP was restricted to government institutions.",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _EN + "The Equality Ombudsperson publishes an annual report on complaints of "
            "discrimination.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Government's annual report on the implementation of its Programme is "
            "published online.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Indépendamment du PAN, la Commission publie chaque année son rapport "
            "d'activité.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "La Commission publie chaque année le rapport de mise en œuvre du PAN.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Le rapport est adressé au Premier ministre ; il n'est pas prévu de le rendre "
            "public.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Le comité assure le suivi de la mise en œuvre du plan et en rend compte "
            "périodiquement au ministre.",
            "me_framework",
            "partial",
        ),
        (
            _FR + "Le plan ne comporte pas, à ce stade, de dispositif de suivi-évaluation.",
            "me_framework",
            "no",
        ),
    ],
)
def test_round34(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
