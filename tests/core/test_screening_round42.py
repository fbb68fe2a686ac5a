"""Screening, round 42 (issue 13): rules taken from the fresh114–116 sets once measured (Sierra
Leonean, Nepali, Namibian, Kosovan, New Zealand, Chadian, Comorian, Luxembourg, Beninese,
Moroccan, Ghanaian, Solomon Islands, Armenian, Bangladeshi, German, Burundian, Mauritanian,
Gabonese, Guinean, Rwandan, Iraqi, Timor-Leste, Montenegrin, Malawian, Danish, Congolese,
Nigerien, Djiboutian, Swiss and Senegalese plans): a sentence that ends on two capitals
("… of KalNAP II."); baselines and targets that "have not been set"; « ne fixe pas davantage de
situation de référence ni de cible »; « ne prévoit pas l'élaboration de rapports d'étape »; a
report presented « à la commission … de la Chambre des députés »; a regional action plan's
reports, the SDG's indicators, a national fund's credits; a report that « ne constitue pas un
rapport de mise en œuvre du présent Plan »; "Its final report" after a truth commission, a
state's "ninth periodic report"; a unit "within" an office as the lead; a ministry that is
"the focal ministry for the NWAP" (a policy); « assume la responsabilité de la mise en œuvre du
PAN »; a body that "meets" civil society to discuss the implementation; an invitation beside a
seat on the monitoring body; « la Coalition … des femmes » as observers; a civil-society
platform that « regroupe 38 organisations »; a composition "of the following state bodies:" on
unmarked lines; « Son comité de suivi » after a national policy; a « Commissariat » that
coordinates; data collected for a plan that will have no reports; "The Advisory Group" as the
end of the name of the civil-society group introduced just before. Passages are written for the
test, not taken from the documents; each rule has a case where it applies and one where it must
not."""

from __future__ import annotations

import pytest

from napkit.core.screening.segment import sentences
from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_ACRONYMS = (
    "MoFA     Ministry of Foreign Affairs\nMoWCA    Ministry of Women and Children Affairs\n"
    "NWAP     National Women's Advancement Policy 2012\n\n"
)
_PFPS = (
    "GTI 1325 Groupe de travail interdépartemental 1325\n"
    "PFPS     Plateforme Femmes, paix et sécurité\n\n"
)
_COMMISSION = (
    _EN + "The Inter-Agency Commission (IAC) coordinates the implementation of the Action Plan.\n\n"
    "ANNEX 2. COMPOSITION OF THE INTER-AGENCY COMMISSION\n\n"
    "7 | Training of trainers developed with the police academy | MoIA | 2025\n"
    "The Commission is composed of deputy heads of the following state bodies:\n"
    "Ministry of Labour and Social Protection (Chair)\n"
    "Ministry of Defence\n"
    "Ministry of Foreign Affairs\n"
    "Ministry of Internal Affairs\n"
)


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "Baselines and targets have not been set for the indicators in this plan.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "Baselines and targets have been set for the indicators in this plan.",
            "baselines_targets",
            "yes",
        ),
        (
            _EN + "Target values for 2026 are set for each indicator in Annex 1; baseline values "
            "have not been established.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "Target values for 2026 are set for each indicator in Annex 1, and baseline "
            "values have been established for all of them.",
            "baselines_targets",
            "yes",
        ),
        (
            _FR + "Le plan ne fixe pas davantage de situation de référence ni de cible chiffrée.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Le plan fixe une situation de référence et une cible chiffrée pour chaque "
            "indicateur.",
            "baselines_targets",
            "yes",
        ),
        (
            _FR + "Le Plan ne prévoit pas l'élaboration de rapports d'étape.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Le ministère élabore chaque année un rapport d'étape, publié sur son site "
            "internet.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Le comité de suivi présente chaque année un rapport de mise en œuvre à la "
            "commission des Affaires étrangères et européennes, de la Défense et de la "
            "Coopération de la Chambre des députés.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Le comité de suivi présente chaque année un rapport de mise en œuvre à la "
            "commission nationale de pilotage.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "In the Pacific, Forum Leaders adopted the Pacific Regional Action Plan on WPS; "
            "its progress reports are prepared and published by the PIFS.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The progress reports of the NAP are prepared and published by the Ministry.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Le Royaume suit les progrès de la parité au moyen des indicateurs de l'ODD 5, "
            "en particulier l'indicateur 5.5.1.",
            "indicators",
            "not_stated",
        ),
        (
            _FR + "Le présent plan comporte 24 indicateurs, dont l'indicateur 5.5.1 de l'ODD 5.",
            "indicators",
            "yes",
        ),
        (
            _FR + "Le budget de l'État consacre chaque année, depuis la loi de finances 2022, des "
            "crédits au Fonds national de solidarité, qui finance les filets sociaux.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "La loi de finances 2024 inscrit 300 millions de francs au titre du présent "
            "plan.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "La Stratégie dispose de son propre Observatoire, qui publie chaque année un "
            "rapport sur la situation des femmes ; ce rapport ne constitue pas un rapport de mise "
            "en œuvre du présent Plan.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Le rapport annuel de l'Observatoire constitue le rapport de mise en œuvre du "
            "présent Plan.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "The Truth and Reconciliation Commission (TRC) documented hundreds of cases of "
            "sexual violence. Its final report was made public in 2014.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Ministry prepares an annual report on the implementation of the NAP. Its "
            "final report will be made public in 2028.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "Alzara submits reports to the CEDAW Committee. Its ninth periodic report, "
            "submitted in 2021, is available on the website of the Committee.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The annual progress report on the plan is available on the website of the "
            "Ministry.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The Office for Gender Equality (OGE) within the Office of the Prime Minister "
            "is the institution responsible for coordinating and monitoring the implementation "
            "of this Action Plan.",
            "lead_institution",
            "Office for Gender Equality (Office of the Prime Minister)",
        ),
        (
            _EN + "The Office of the Prime Minister is the institution responsible for "
            "coordinating and monitoring the implementation of this Action Plan.",
            "lead_institution",
            "Office of the Prime Minister",
        ),
        (
            _ACRONYMS + _EN + "The NWAP remains the overarching framework; MoWCA is the focal "
            "ministry for the NWAP and for the Council. MoFA is the lead ministry for the "
            "implementation of this NAP.",
            "lead_institution",
            "Ministry of Foreign Affairs",
        ),
        (
            _ACRONYMS + _EN + "MoWCA is the focal ministry for the NAP and for the Council.",
            "lead_institution",
            "Ministry of Women and Children Affairs",
        ),
        (
            _FR + "Le Département fédéral des relations extérieures (DRE) est chargé de la "
            "politique étrangère. Le DRE assume la responsabilité de la mise en œuvre du PAN.",
            "lead_institution",
            "Département fédéral des relations extérieures",
        ),
        (
            _FR + "Le Département fédéral des relations extérieures (DRE) est chargé de la "
            "politique étrangère. Le DRE assume la responsabilité de la politique de paix.",
            "lead_institution",
            "not_stated",
        ),
        (
            _EN + "The IMWG 1325 meets representatives of civil society twice a year to discuss "
            "the implementation of the Action Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _EN + "Representatives of civil society are members of the IMWG 1325 and take part "
            "in monitoring the Action Plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "Il est créé un Comité national de suivi (CNS), chargé de coordonner et de "
            "suivre la mise en œuvre du plan. Il comprend les représentants des ministères de la "
            "Défense, de l'Intérieur et de la Justice et deux représentantes des organisations de "
            "femmes. Le Gouvernement invite les organisations de la société civile à appuyer la "
            "mise en œuvre du plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "Le Gouvernement invite les organisations de la société civile à appuyer la "
            "mise en œuvre du plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Le Comité technique de suivi (CTS) coordonne la mise en œuvre du plan. Le CTS "
            "comprend des représentants du Ministère de la Défense, du Ministère de la Justice et "
            "du Ministère de l'Économie. Les représentants de la Coalition mbalénaise des femmes "
            "pour la paix peuvent assister aux réunions du CTS en qualité d'observateurs.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _FR + "Le Comité technique de suivi (CTS) coordonne la mise en œuvre du plan. Le CTS "
            "comprend des représentants du Ministère de la Défense, du Ministère de la Justice et "
            "de la Coalition mbalénaise des femmes pour la paix.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _PFPS
            + _FR
            + "La PFPS regroupe 38 organisations non gouvernementales. Le GTI 1325 coordonne la "
            "mise en œuvre du plan entre les départements fédéraux. Il se compose de "
            "représentantes et représentants de la Division Paix, de la Direction des affaires "
            "multilatérales, du Service de la promotion de la paix et de l'Office fédéral de la "
            "police.",
            "cs_on_coordination",
            "no",
        ),
        (
            _PFPS
            + _FR
            + "Le GTI 1325 coordonne la mise en œuvre du plan entre les départements fédéraux. Il "
            "regroupe la Division Paix, la Direction des affaires multilatérales et deux "
            "représentantes de la PFPS.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _COMMISSION + "Ministry of Health\nStatistical Committee\n",
            "cs_on_coordination",
            "no",
        ),
        (
            _COMMISSION + "Coalition of Women's Organisations\n",
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "La Politique nationale d'équité et d'égalité de genre (PNEEG) constitue le "
            "cadre de référence. Son comité de suivi, présidé par le Commissaire général, "
            "comprend des représentants de l'administration et de la plateforme des "
            "organisations de la société civile.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Le Comité national de pilotage (CNP) coordonne la mise en œuvre du plan. Son "
            "comité technique, présidé par le Directeur général, comprend des représentants de "
            "l'administration.",
            "coordination_mechanism",
            "yes",
        ),
        (
            "CGPG     Commissariat général à la Promotion du Genre\n\n"
            + _FR
            + "Le CGPG est chargé de coordonner la mise en œuvre du présent plan.",
            "coordination_mechanism",
            "partial",
        ),
        (
            "CNS     Comité national de suivi\n\n"
            + _FR
            + "Le CNS est chargé de coordonner la mise en œuvre du présent plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR + "Le CTS recueille, auprès des points focaux des ministères, les informations "
            "relatives aux actions réalisées et établit un rapport annuel. Le Plan ne prévoit pas "
            "l'élaboration de rapports d'étape.",
            "me_framework",
            "partial",
        ),
        (
            _FR + "Le CTS recueille, auprès des points focaux des ministères, les informations "
            "relatives aux actions réalisées et établit chaque année un rapport de mise en œuvre.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "A Civil Society Advisory Group of twelve members is established. The Committee "
            "meets the Civil Society Advisory Group twice a year. The Advisory Group reviews each "
            "draft progress report before it is tabled.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "A Civil Society Advisory Group of twelve members is established. The Committee "
            "meets the Civil Society Advisory Group twice a year. The Steering Group reviews each "
            "draft progress report before it is tabled.",
            "cs_implementation_monitoring",
            "partial",
        ),
    ],
)
def test_round42(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Civil society organisations are implementing partners of KalNAP II. WoPeN will "
            "lead the dialogues.",
            [
                "Civil society organisations are implementing partners of KalNAP II.",
                "WoPeN will lead the dialogues.",
            ],
        ),
        (
            "The Ministry works with the UN. The Council meets twice a year.",
            ["The Ministry works with the UN.", "The Council meets twice a year."],
        ),
        ("Lineamiento III. Acceso a la justicia", ["Lineamiento III. Acceso a la justicia"]),
    ],
)
def test_round42_two_capitals_end_a_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(1, text)] == expected
