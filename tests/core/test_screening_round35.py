"""Screening, round 35 (issue 13): rules taken from the fresh93–95 sets once measured (Nordic,
Irish, Caucasus, West African and Belgian; Anglophone African, British, Balkan, French, Swiss,
Canadian and Central African; Asian, Jordanian, Ukrainian, Maghreb, Central African and
Luxembourg plans): leads that "serve as the lead agency", have "lead responsibility for the
Plan", are "the institution in charge of the Plan", « assure la maîtrise d'ouvrage » or are
« l'administration chargée de la conduite »; a ministry "is the coordinator"; the Security
Council and many local forums are not the body; "no separate inter-departmental coordination
committee"; targets by "the end of fiscal year"; an annual review meeting is no report;
"seven of the sixteen" actions with indicators; a WPS network met by the body; departments that
"report … using" the indicators; frameworks "also" set out later; resolutions asking for
"national action plans" in general; another plan's, a commission's or a cooperation's yearly
report, and periodic reports to the CEDEF; a predecessor "like" this plan and a plan of earlier
years; civil society observing "in a clause of its own"; a board that "has 14 members"; French
budgets « à partir de leurs ressources existantes », baselines « ni … ni … », reports « devant »
a committee of the Assembly, « Il n'existe pas, à ce jour, d'organe de coordination », a finished
draft shown to associations, « seules les douze actions » with indicators, amounts that « ne
constituent pas une enveloppe propre au plan ». Passages are written for the test, not taken
from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "The Ministry of Social Affairs is the coordinator of the implementation of the "
            "Plan.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "The agenda was established by UN Security Council Resolution 1325 in 2000.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "2.1 Establish and run women's peace forums in 30 districts.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The Government will establish a National Steering Committee on Women, Peace and "
            "Security.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "There is no separate inter-departmental coordination committee for this plan.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "For each activity the matrix sets an indicator and a target to be reached by "
            "the end of fiscal year 2026/27.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The Ministry convenes an annual review meeting of the focal points to take "
            "stock of progress.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The Ministry prepares an annual review of the Plan for the Cabinet.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "No separate progress report will be prepared on this Plan.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "Indicators have been defined for seven of the sixteen priority actions.",
            "indicators",
            "partial",
        ),
        (
            _EN + "The Steering Group coordinates the implementation of the Plan. The Steering "
            "Group will meet the Norland WPS Network twice a year.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _EN + "Ministries report to the Secretariat on the implementation of their actions "
            "twice a year, by 31 January and 31 July, using a common template and the indicators "
            "of the results framework.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "Arrangements for collecting data will also be set out in that Framework.",
            "me_framework",
            "not_stated",
        ),
        (
            _EN + "Resolution 2122 urges Member States to consult women's civil society "
            "organisations in the design of national action plans.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "The annual reports on the Government Action Plan for Gender Equality are "
            "published by the Ministry and also cover some measures of this plan.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Equality Commission publishes its annual status report on gender equality.",
            "public_reporting",
            "not_stated",
        ),
        (
            "The National Action Plan 2022–2026 on women, peace and security is adopted. The "
            "implementation report on the 2018–2020 Plan was published on the Government's "
            "website in 2021.",
            "public_reporting",
            "not_stated",
        ),
        (
            "The National Action Plan 2022–2026 on women, peace and security is adopted. The "
            "implementation report on the 2022–2026 Plan will be published on the Government's "
            "website every year.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "Like its predecessor, this plan applies both to our international engagement "
            "and to policy at home.",
            "focus",
            "both",
        ),
        (
            _EN + "The Coordination Board coordinates the Plan. The Coordination Board has 14 "
            "members, appointed from among the staff of the following institutions:\n\n- the "
            "Ministry of Defence;\n- the Ministry of the Interior;\n- the Ministry of Justice.",
            "cs_on_coordination",
            "no",
        ),
        (
            _FR + "Le Comité national de pilotage coordonne la mise en œuvre du plan. Le Comité "
            "national de pilotage est composé des représentants des ministères ; les "
            "organisations de la société civile y siègent en qualité d'observatrices.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _FR + "Les ministères mettent en œuvre leurs engagements à partir de leurs ressources "
            "existantes.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "En 2022, la coopération a consacré 312 millions EUR à des interventions en "
            "faveur de l'égalité ; ces montants ne constituent pas une enveloppe propre au plan.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Le plan ne fixe ni valeurs de référence ni valeurs cibles chiffrées.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Le ministère présente chaque année un rapport de mise en œuvre du plan devant "
            "la commission des affaires étrangères de l'Assemblée nationale.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Il n'existe pas, à ce jour, d'organe de coordination dédié au plan.",
            "coordination_mechanism",
            "no",
        ),
        (
            _FR + "Le projet finalisé a été présenté aux associations lors d'une réunion tenue "
            "avant son adoption.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "À ce stade, seules les douze actions prioritaires sont assorties d'indicateurs.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Le pays présente périodiquement ses rapports au Comité de la CEDEF.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Le Comité de suivi de la politique de genre publie chaque année un rapport sur "
            "la mise en œuvre de la politique de genre.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Le plan ne prévoit pas de mécanisme de suivi formel ni de rapports d'étape.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "Les ONGD agréées mettront en œuvre une partie des engagements 4 et 5.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "Les ONG membres du comité participent au suivi du plan : elles examinent le "
            "rapport annuel et peuvent proposer des mesures.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "Les associations féminines membres de la coordination nationale ont été "
            "consultées.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        # Leads.
        (
            _EN + "The Federal Ministry of Women Affairs (FMWA) was created in 1995. FMWA shall "
            "serve as the lead agency for the implementation of this NAP.",
            "lead_institution",
            "Federal Ministry of Women Affairs",
        ),
        (
            _EN + "The Department of External Affairs has lead responsibility for the Plan.",
            "lead_institution",
            "Department of External Affairs",
        ),
        (
            _EN + "The Ministry of Defence is the institution in charge of the Plan and chairs "
            "the Coordination Body.",
            "lead_institution",
            "Ministry of Defence",
        ),
        (
            _FR + "Le MPF/PE assure la maîtrise d'ouvrage du PAN.",
            "lead_institution",
            "MPF/PE",
        ),
        (
            _FR + "La création du Ministère de la Femme et de la Cohésion Familiale (MINFECOF) "
            "date de 2004. Le MINFECOF est l'administration chargée de la conduite et de la "
            "coordination de la mise en œuvre du PAN.",
            "lead_institution",
            "Ministère de la Femme et de la Cohésion Familiale",
        ),
        (
            _FR + "Le MINFEC est l'administration chargée de la paie des agents.",
            "lead_institution",
            "not_stated",
        ),
    ],
)
def test_round35(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
