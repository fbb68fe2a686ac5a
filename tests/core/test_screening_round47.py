"""Screening, round 47 (issue 13): rules taken from the fresh129–131 sets once measured (Irish,
Zambian, Sri Lankan, Ukrainian, Papua New Guinean, Malian, Burundian, Swiss, Moroccan, Canadian,
Kosovar, Finnish, Fijian, Kyrgyz, Belgian, Nigerien, Swedish, Afghan, Bosnian, Tongan,
Tunisian and Congolese plans): a scope declared in French (« porte tant sur … que sur »,
« comporte une dimension nationale … et une dimension internationale », the cover's adjective
for the country); « Elle » after « La Politique Nationale … »; « ne prévoit ni organe de
coordination propre ni dispositif … de suivi-évaluation »; "No separate body or mechanism for
coordinating … is established"; the State Strategy and the National Action Plan on Gender
Equality as other policies; "shall be the central executive body responsible for"; "will lead
and oversee"; expenditures that "amounted to"; money "released to"; « à même leurs niveaux de
référence »; a development bank's project; "Rs."; the ORAP; another body's "own annual report";
reports on CEDAW; "the second NAP", "the first and second Action Plans", "NAP 1325-IV" and
"Fourth <Country> National Action Plan"; "Nor are baselines … established"; the Security
Council's briefers; a drafting committee « mis en place … pour conduire le processus »; a
logframe's "Not published"; « l'Assemblée des représentants du peuple »; "co-executors";
"not later than"; "submits the results … each year"; « valeurs atteintes pour les
indicateurs »; « qui réunit »; a « dialogue » with civil society; a list of resolutions.
Passages are written for the test, not taken from the documents; each rule has a case where it
applies and one where it must not."""

from __future__ import annotations

import pytest

from napkit.core.screening.edition import own_edition
from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _FR + "Le PAN porte tant sur la politique extérieure du pays – bons offices, aide "
            "humanitaire et politique multilatérale – que sur des aspects de politique intérieure.",
            "focus",
            "both",
        ),
        (
            _FR + "Le présent Plan comporte une dimension nationale, relative à la représentation "
            "des femmes dans la police, et une dimension internationale, relative à la diplomatie.",
            "focus",
            "both",
        ),
        (
            _FR + "Le présent Plan comporte une dimension internationale, relative à la "
            "diplomatie et aux opérations de paix.",
            "focus",
            "international",
        ),
        (
            "République Valbranaise\nPlan d'action national 1325\n\n"
            + _FR
            + "Le présent Plan porte sur la situation des femmes et des filles en Valbrane ainsi "
            "que sur la contribution du pays aux opérations de maintien de la paix.",
            "focus",
            "both",
        ),
        (
            "République Valbranaise\nPlan d'action national 1325\n\n"
            + _FR
            + "Le présent Plan porte sur la situation des femmes et des filles en Afrique ainsi "
            "que sur la contribution du pays aux opérations de maintien de la paix.",
            "focus",
            "international",
        ),
        (
            _FR + "La Politique Nationale d'Équité et d'Égalité de Genre (PNEG), adoptée en 2019, "
            "est le cadre de référence de l'action gouvernementale. Elle est pilotée par un "
            "Comité national de pilotage présidé par le Commissaire national au Genre.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Le présent plan ne prévoit ni organe de coordination propre ni dispositif "
            "spécifique de suivi-évaluation.",
            "coordination_mechanism",
            "no",
        ),
        (
            _FR + "Le présent plan ne prévoit ni organe de coordination propre ni dispositif "
            "spécifique de suivi-évaluation.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Le présent plan ne prévoit ni organe de coordination propre ni dispositif "
            "spécifique de suivi-évaluation.",
            "cs_on_coordination",
            "no",
        ),
        (
            _FR + "Le présent plan prévoit un organe de coordination, le Comité national 1325, "
            "présidé par la Ministre.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "No separate body or mechanism for coordinating the implementation of the Plan "
            "is established.",
            "coordination_mechanism",
            "no",
        ),
        (
            _EN + "No separate body for monitoring the indicators is established; the National "
            "Steering Committee coordinates the implementation of the Plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "The State Strategy for Ensuring Equal Rights of Women and Men, whose "
            "implementation is coordinated by the Government Commissioner, is the main "
            "instrument.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The National Action Plan on Gender Equality for 2018–2020 has an estimated cost "
            "of 412.6 million sarym.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The estimated cost of this Plan is 412.6 million sarym.",
            "budget",
            "costed",
        ),
        (
            _EN + "The Ministry of Social Policy shall be the central executive body responsible "
            "for the implementation of the Plan and shall:",
            "lead_institution",
            "Ministry of Social Policy",
        ),
        (
            _EN + "The Ministry of Foreign Affairs will lead and oversee the implementation of the "
            "Plan with the support of all relevant institutions.",
            "lead_institution",
            "Ministry of Foreign Affairs",
        ),
        (
            _EN + "According to the reports of the Ministry, expenditures on the implementation "
            "of the measures of the Plan in 2021 – 2023 amounted to ZLK 38 412,6 thousand.",
            "budget",
            "spent",
        ),
        (
            _EN + "Of this amount, KV1.2 million was released to the Department by the Treasury "
            "in the third quarter of 2023.",
            "budget",
            "disbursed",
        ),
        (
            _EN + "The Government allocated KV2.0 million to this Plan; the rest was released "
            "for public consultation in 2023.",
            "budget",
            "allocated",
        ),
        (
            _FR + "Les ministères mettront en œuvre leurs engagements au titre du Plan à même "
            "leurs niveaux de référence existants.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "Partners support the Northern Livelihood Recovery Project funded by the Asian "
            "Development Fund (Rs. 3,400 million, 2021–2025).",
            "budget",
            "not_stated",
        ),
        (
            _EN + "Districts covered by the district-level discussions",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The costs of the activities will be covered by the ministries' annual budgets.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "ORAP Oceania Regional Action Plan on Women, Peace and Security\n\nThe ORAP "
            "includes a set of regional indicators, which are reported by the regional "
            "secretariat every two years.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The Commission may address women, peace and security in its own annual report "
            "to Parliament.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The Ministry will report to the United Nations on the implementation of CEDAW "
            "and of the Beijing Platform for Action.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The Ministry will report to Cabinet on the implementation of this Plan every "
            "year.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "The second NAP was organized into three pillars: Protection; Participation; "
            "and Promotion.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "In preparing the first and second Action Plans, the Agency organised "
            "consultations with a large number of non-governmental organisations.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "In preparing this Action Plan, the Agency organised consultations with a large "
            "number of non-governmental organisations.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "The Board considers the report on the implementation of the Action Plan "
            "prepared by the network of women's NGOs.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "Nor are baselines or quantitative targets established for the objectives of "
            "the plan.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "As this is the first NAP of the country and data are not yet available, the "
            "matrix does not set baselines or targets for the indicators.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "Vastrand will work to ensure that women from civil society are invited to "
            "brief the Council.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Women's organisations are invited to take part in the annual review of the "
            "Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Un comité technique restreint, présidé par la DPEG et comprenant des "
            "représentants des ministères ainsi que des OSC, a été mis en place en février 2020 "
            "pour conduire le processus.",
            "cs_design",
            "yes",
        ),
        (
            _FR + "Un comité technique, comprenant des représentants des ministères ainsi que des "
            "OSC, a été mis en place pour conduire le processus de mise en œuvre.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "1.2.3 Publish annual data on allegations | Annual data published | Not "
            "published | Published annually | DoD",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The annual progress report will not be published.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Ces rapports sont également transmis à la Commission des droits et des "
            "libertés de l'Assemblée des représentants du peuple.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "Public associations and crisis centres shall be involved, by agreement, as "
            "co-executors of the measures of the Plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "Public associations and crisis centres shall be involved, by agreement, as "
            "co-executors of the measures of the Plan.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "Financing shall be carried out within the limits of the funds of the state "
            "bodies; a separate budget for the Plan is not provided.",
            "budget",
            "none",
        ),
        (
            _EN + "The Ministry shall annually, not later than 1 March of the year following the "
            "reporting year, submit information on the progress of implementation of the Plan.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "The Ministry will not prepare progress reports on the Plan.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "Each ministry submits the results of its tasks, with data on the indicators, "
            "to the Ministry by the end of February each year.",
            "regular_reporting",
            "yes",
        ),
        (
            _FR + "Les unités administratives responsables rendent compte chaque année, au 31 "
            "janvier, au secrétariat du GTI 1325 de l'état de mise en œuvre des mesures et des "
            "valeurs atteintes pour les indicateurs, au moyen d'un formulaire standardisé.",
            "me_framework",
            "yes",
        ),
        (
            _FR + "La Plateforme société civile PAN 1325, qui réunit une quarantaine d'ONG, a "
            "organisé avec le Groupe de travail interdépartemental deux ateliers.",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _FR + "Le Groupe de travail interdépartemental rencontre deux fois par an les "
            "représentants de la société civile dans le cadre d'un dialogue consacré à la mise "
            "en œuvre.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "1325 (2000) Participation des femmes à la consolidation de la paix ; 2242 "
            "(2015) Rôle de la société civile dans la mise en œuvre du programme.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _FR + "Les organisations de la société civile participent à la mise en œuvre des "
            "actions du plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
    ],
)
def test_round47(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


@pytest.mark.parametrize(
    ("cover", "edition"),
    [
        ("Fourth Aldermark National Action Plan on Resolution 1325\nNAP 1325-IV\n2021–2025", 4),
        ("Women, Peace and Security\nNAP 1325-III\n2016–2020\nMinistry of Foreign Affairs", 3),
        ("Aldermark National Action Plan on Resolution 1325\n2021–2025", None),
    ],
)
def test_round47_edition(cover: str, edition: int | None) -> None:
    assert own_edition([cover]) == edition
