"""Screening, round 49 (issue 13): rules taken from the fresh135–137 sets once measured (Ugandan,
Nepali, Irish, South Sudanese, Fijian, Malian, Quebec, Congolese, Guinean, Tunisian, Georgian,
Australian, Ghanaian, Bosnian, Indonesian, Burkinabe, French, Cameroonian, Rwandan, Djiboutian,
Canadian, Philippine, Ukrainian, Norwegian, Iraqi, Ivorian, Moroccan, Central African, Lebanese
and Monegasque plans): « inscrits au Budget Primitif »; « sur la durée du plan » as a time frame;
« Il n'est pas créé d'instance de coordination »; « ne fait pas l'objet d'un dispositif de
suivi-évaluation »; « ne concerne pas l'action extérieure »; « ne comporte, à ce stade, ni
indicateurs »; regional consultations that could not be held; « Ont pris part au processus
d'élaboration … »; only data published in a statistical yearbook; a title that gives its
edition after 40 characters; « Affaires extérieures Boréalie est le ministère responsable »;
« Le MPFE, à travers le Secrétariat permanent, … »; a committee « dissous après la validation »;
a logframe row split by tabs; the resolution's pillars that « s'articulent traditionnellement »;
"N¢"; "does not have a dedicated budget"; "provide the financial resources necessary for";
"reports … to the President periodically"; "no annual or other periodic progress reports shall
be prepared"; "table each annual progress report in Parliament"; "indicators in the matrix";
"are not implementing or monitoring parties"; an annual performance report; a human rights
commission's report in M&E; "is not a budget of the National Action Plan"; "are distinct from
the … Report"; reports of the Secretary-General; a civil society report card; "in its Annual
Report 2023"; a budget law that "appropriates"; "GAT leads the Action Plan"; "the national
focal point responsible for leading"; "as lead agency of the NAPWPS"; baselines "for
indicators 4.1–5.3 shall be determined"; "targets to be achieved by the end of 2028".
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
            _FR + "Les crédits nécessaires à la mise en œuvre du présent Plan pour l'exercice "
            "2024, soit 1 240 000 florins, ont été inscrits au Budget Primitif 2024.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "Selon ces rapports, les partenaires ont consacré, sur la durée du plan, plus "
            "de 1,9 milliard à des programmes liés aux femmes, à la paix et à la sécurité.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Le Gouvernement a consacré 2 milliards à la mise en œuvre du plan.",
            "budget",
            "allocated",
        ),
        (
            _FR + "Il n'est pas créé d'instance de coordination spécifique pour la mise en œuvre "
            "du présent Plan.",
            "coordination_mechanism",
            "no",
        ),
        (
            _FR + "Il n'est pas créé d'instance de coordination spécifique pour la mise en œuvre "
            "du présent Plan.",
            "cs_on_coordination",
            "no",
        ),
        (
            _FR + "Le présent Plan ne fait pas l'objet d'un dispositif de suivi-évaluation "
            "spécifique.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Le Plan porte sur la situation des femmes sur le territoire national ; il ne "
            "concerne pas l'action extérieure de l'État.",
            "focus",
            "domestic",
        ),
        (
            _FR + "Le présent Plan ne comporte, à ce stade, ni indicateurs, ni valeurs de "
            "référence, ni cibles chiffrées.",
            "indicators",
            "no",
        ),
        (
            _FR + "En raison de la pandémie, aucune consultation régionale n'a pu être organisée.",
            "cs_design",
            "not_stated",
        ),
        (
            _FR + "Aucune consultation des organisations de la société civile n'a été organisée.",
            "cs_design",
            "no",
        ),
        (
            _FR + "Ont pris part au processus d'élaboration les départements ministériels "
            "concernés, la Police nationale et des associations féminines.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "Les données désagrégées par sexe collectées dans le cadre du PAN seront "
            "publiées chaque année dans l'Annuaire national des statistiques.",
            "public_reporting",
            "partial",
        ),
        (
            "Affaires extérieures Boréalie est le ministère responsable du Plan.",
            "lead_institution",
            "Affaires extérieures Boréalie",
        ),
        (
            "MPFE : Ministère de la Parité et de la Famille\n\n"
            + _FR
            + "Le MPFE, à travers le Secrétariat permanent, est responsable de la mise en œuvre "
            "du PAN.",
            "lead_institution",
            "Ministère de la Parité et de la Famille",
        ),
        (
            _FR + "Le Comité national 1325 coordonne la mise en œuvre du plan. Le comité de "
            "rédaction, composé de représentants des ministères et de deux organisations de "
            "défense des droits humains, a été dissous après la validation du plan.",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _FR + "Le Comité national 1325 coordonne la mise en œuvre du plan.\n\n4.1.3 Appuyer "
            "les familles des disparus\tProportion de femmes parmi les membres de la "
            "Commission\tÀ déterminer\t50 %\tMinistère de la Justice, OSC",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _FR + "Ses dispositions s'articulent traditionnellement autour de quatre piliers : la "
            "participation, la protection, la prévention, ainsi que les secours et le relèvement.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "Out of this amount, the MoF released a total of N¢ 2.15 million to the "
            "Ministry in 2021 and 2022.",
            "budget",
            "disbursed",
        ),
        (
            _EN + "As with its predecessors, this Plan does not have a dedicated budget.",
            "budget",
            "none",
        ),
        (
            _EN + "The Government shall endeavour to provide the financial resources necessary "
            "for the implementation of the Plan within the federal budget.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "The Coordinating Minister reports the implementation of the RAN P3AKS to the "
            "President periodically.",
            "regular_reporting",
            "partial",
        ),
        (
            _EN + "No annual or other periodic progress reports shall be prepared on the "
            "implementation of this Action Plan.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "No annual or other periodic progress reports shall be prepared on the "
            "implementation of this Action Plan.",
            "public_reporting",
            "no",
        ),
        (
            _EN + "The Minister for External Affairs will table each annual progress report in "
            "Parliament.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The indicators in the matrix are accompanied by targets to be achieved by the "
            "end of 2028.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The indicators in the matrix are accompanied by targets to be achieved by the "
            "end of 2028.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "Implementing and monitoring responsibilities are assigned to public "
            "institutions; non-governmental organisations are not implementing or monitoring "
            "parties to this Action Plan.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "Gender focal persons shall collect data on the indicators every quarter and "
            "submit it to the Ministry, which shall consolidate it into an annual performance "
            "report by 30 September of each year.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "The National Human Rights Commission publishes an annual report on the "
            "implementation of the recommendations received.",
            "me_framework",
            "not_stated",
        ),
        (
            _EN + "Vara Aid disbursed IVP 11.3 million to WPS-related programming in 2023; this "
            "is not a budget of the National Action Plan.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "These reports, which are published on the SCW website, are distinct from the "
            "Annual NAPWPS Accomplishment Report.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Security Council has listed armed groups in the annexes to the annual "
            "reports of the Secretary-General on conflict-related sexual violence.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The annual civil society report card prepared by the Women's Peace Network "
            "will be published by the Network.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The KNHP, in its Annual Report 2023 published in March 2024, documented 117 "
            "cases of sexual violence.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "For Fiscal Year 2024, Law Number 21 of 2023 concerning the State Revenue and "
            "Expenditure Budget appropriates MRp 46.8 billion for the implementation of the "
            "RAN P3AKS.",
            "budget",
            "appropriated",
        ),
        (
            "GAT Global Affairs Tarvonia\n\n"
            + _EN
            + "GAT leads the Action Plan on behalf of the Government and chairs the working "
            "group.",
            "lead_institution",
            "Global Affairs Tarvonia",
        ),
        (
            "WED Women's Empowerment Directorate\n\n"
            + _EN
            + "WED shall be the national focal point responsible for leading the implementation "
            "of the Plan.",
            "lead_institution",
            "Women's Empowerment Directorate",
        ),
        (
            "OPAPU Office of the Presidential Adviser on Peace and Unity\n\n"
            + _EN
            + "OPAPU, as lead agency of the NAPWPS and chair of the NSC-WPS, shall provide "
            "overall direction to the implementation of the Plan.",
            "lead_institution",
            "Office of the Presidential Adviser on Peace and Unity",
        ),
        (
            _EN + "Target values of the indicators are established for 2025; baseline values "
            "are established for indicators 1.1–3.4, while baseline values for indicators "
            "4.1–5.3 shall be determined by the Ministry.",
            "baselines_targets",
            "partial",
        ),
    ],
)
def test_round49(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


def test_round49_edition_after_forty_characters() -> None:
    cover = (
        "RÉPUBLIQUE DE MARSALIE\nPlan d'action national de deuxième génération pour la mise en "
        "œuvre de la résolution 1325 du Conseil de sécurité des Nations Unies « Femmes, paix et "
        "sécurité » et des résolutions connexes\n2023 – 2027\nPAN I : Plan d'action national de "
        "première génération (2017-2021)"
    )
    assert own_edition([cover]) == 2
