"""Screening, round 48 (issue 13): rules taken from the fresh132–134 sets once measured (Sierra
Leonean, Timorese, Dutch, Armenian, Kenyan, Nigerien, Belgian, Gabonese, Comorian, Haitian,
Bangladeshi, Liberian, German, Moldovan, Solomon Islands, Togolese, Luxembourg, Burundian,
Mauritanian, Congolese, Jordanian, Zimbabwean, Finnish, Kyrgyz, Papua New Guinean, Senegalese,
Swiss, Beninese, Malagasy and Chadian plans): peacekeeping operations abroad; « relèvent du Plan
d'action national de lutte contre … »; « a une portée nationale »; "the NAP-GBV"; « pour
l'Équité »; a national policy named with its acronym ("the National GESI Policy"); a relative
clause on another policy (« …, dont la mise en œuvre relève de … »); what the Security Council
and the resolutions ask of every state; the reports asked of the Secretary-General; a periodic
report to the CEDAW Committee further on; « a alloué au MAEE une enveloppe de »; « a été
effectivement dépensé »; a programme "under which" money was earmarked; a colon before the
ministry that coordinates without a body; another policy's drafting; "not part of the reporting
on the NAP"; "placed before the Parliamentary Standing Committee"; "the Federal Diet"; "for
approval"; state administration bodies as members; "written progress reports"; "regular
development and revenue budgets"; an online monitoring tool; proposals on indicators still to
come; "non-commercial organisations"; indicators "set out in section 4"; "coordinate the
response to"; a logframe row that establishes a network; « n'ont été fixées que pour »; « Le
pilotage du plan est confié au SFRE »; a « Service » as an institution; a name that runs into a
date; "shall lead the implementation of ZANAP II"; parts « déclinés en » what they hold.
Passages are written for the test, not taken from the documents; each rule has a case where it
applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "The Action Plan covers measures implemented within the territory of the "
            "Republic, as well as the participation of servicewomen in international "
            "peacekeeping operations.",
            "focus",
            "both",
        ),
        (
            _EN + "The Action Plan covers measures implemented within the territory of the "
            "Republic.",
            "focus",
            "domestic",
        ),
        (
            _FR + "Le présent plan porte sur l'action extérieure du pays ; les violences commises "
            "sur le territoire national relèvent du Plan d'action national de lutte contre les "
            "violences basées sur le genre.",
            "focus",
            "international",
        ),
        (
            _FR + "Le présent plan a une portée nationale et couvre les trois îles de l'Union.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The Government allocated TSD 1.2 million in the 2017 State Budget to the "
            "implementation of the NAP-GBV.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The Government allocated TSD 1.2 million in the 2017 State Budget to the "
            "implementation of the NAP-WPS.",
            "budget",
            "allocated",
        ),
        (
            _FR + "PNEEG : Politique Nationale pour l'Équité et l'Égalité de Genre\n\nLa PNEEG "
            "dispose d'un plan d'action quinquennal, ainsi que d'un rapport annuel de suivi "
            "élaboré par le Ministère.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The National GESI Policy 2021–2030 is the overarching policy of the Government "
            "on gender equality. Its implementation is coordinated by the GESI Policy Steering "
            "Committee, which reports annually to the Council.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Le PAN s'inscrit dans le cadre de la Politique nationale de promotion de la "
            "femme 2021-2030, dont la mise en œuvre relève de la Direction générale de la "
            "Promotion de la Femme.",
            "lead_institution",
            "not_stated",
        ),
        (
            _FR + "La mise en œuvre du présent plan relève de la Direction générale de la "
            "Promotion de la Femme.",
            "lead_institution",
            "Direction générale de la Promotion de la Femme",
        ),
        (
            _FR + "Elles appellent également les États à consulter la société civile, y compris "
            "les organisations de femmes, lors de l'élaboration de leurs stratégies.",
            "cs_design",
            "not_stated",
        ),
        (
            _FR + "Le Conseil de sécurité a invité à plusieurs reprises les États membres à "
            "élaborer des plans d'action nationaux et les a encouragés à associer la société "
            "civile à leur mise en œuvre.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _FR + "Elle demande instamment aux États membres d'agir et prie le Secrétaire "
            "général de lui présenter des rapports sur sa mise en œuvre.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Le dernier rapport périodique de la République de Mbélanga au Comité de la "
            "CEDEF a été examiné en 2018.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Pour la durée du présent plan, le Gouvernement a alloué au MAEE une enveloppe "
            "de 4,8 millions de FMB, destinée au financement des engagements 2, 7 et 8.",
            "budget",
            "allocated",
        ),
        (
            _FR + "En 2022, un montant de 146,5 millions FT a été effectivement dépensé sur le "
            "budget national pour l'exécution des actions du Plan.",
            "budget",
            "spent",
        ),
        (
            _EN + "UN Women supports the first two years through a regional programme, under "
            "which an amount of TSD 350,000 has been earmarked for activities in the country.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Aucun organe de coordination distinct n'est créé : le SFRE assure la "
            "coordination de la mise en œuvre avec l'appui des points focaux désignés au sein de "
            "chaque département.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _FR + "Aucun organe de coordination distinct n'est créé.",
            "coordination_mechanism",
            "no",
        ),
        (
            _EN + "The National Strategy on ensuring equality between women and men was "
            "developed in broad consultation with civil society.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "The National Human Rights Commission publishes an annual report on the human "
            "rights situation; this report is prepared independently and is not part of the "
            "reporting on the NAP.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The annual progress report will be placed before the Parliamentary Standing "
            "Committee on Foreign Affairs.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The Federal Government will report to the Federal Diet on the implementation "
            "of this Action Plan.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The finalised draft was presented for approval to representatives of "
            "non-governmental organisations at a round table.",
            "cs_design",
            "partial",
        ),
        (
            _EN + "The NAP Taskforce is established to coordinate the implementation of the Plan. "
            "The Taskforce shall consist of deputy heads of the state administration bodies.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "The NAP will not produce written progress reports; instead, progress will be "
            "discussed at the meetings of the Taskforce.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "Implementing ministries will finance the activities of this NAP from their "
            "regular development and revenue budgets.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "All partners report annually, by 1 March, on the results achieved through the "
            "online NAP monitoring tool; the Secretariat prepares the annual progress report.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "The Working Group shall, within six months, submit proposals on the "
            "performance indicators of the Plan. The Ministry shall submit to the Government, "
            "by 1 March of each year, a report on the progress of implementation of the Plan.",
            "me_framework",
            "partial",
        ),
        (
            _EN + "Non-commercial organisations are not designated as executors of the measures "
            "of this Plan, and no role is assigned to them in its implementation or monitoring.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "The indicators of implementation of the measures of the Plan are set out in "
            "section 4.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The FVAC brings together Government, churches and civil society to coordinate "
            "the response to family and sexual violence.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "\n\n| Establish a women officers' network in the police | Police | CSOs | "
            "2023–2024 |",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Des valeurs de référence n'ont été fixées que pour les indicateurs pour "
            "lesquels des données fiables étaient disponibles. Chaque indicateur est assorti "
            "d'une cible pour 2028.",
            "baselines_targets",
            "partial",
        ),
        (
            "SFRE : Service fédéral des Relations extérieures\n\n"
            + _FR
            + "Le pilotage du plan est confié au SFRE, par l'intermédiaire de sa Direction des "
            "Droits humains.",
            "lead_institution",
            "Service fédéral des Relations extérieures",
        ),
        (
            _EN + "The IMSC, which was reconstituted by decision of the Prime Minister in April "
            "2022, is the body responsible for coordinating the implementation of the Plan.",
            "lead_institution",
            "not_stated",
        ),
        (
            "ZNCW Zaharani National Commission for Women\n\n"
            + _EN
            + "The ZNCW shall lead the implementation of ZANAP II and shall act as the technical "
            "secretariat of the Committee.",
            "lead_institution",
            "Zaharani National Commission for Women",
        ),
        (
            _FR + "Il est structuré en quatre axes stratégiques, déclinés en résultats attendus "
            "et en actions, et comporte un cadre de résultats doté d'indicateurs.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "This plan addresses the situation of women in the country; the country does "
            "not contribute troops to international peacekeeping operations.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The Federal Ministry of Women Affairs (FMWA), as the custodian of NAP II, shall "
            "chair the National Steering Committee and host its Secretariat.",
            "lead_institution",
            "Federal Ministry of Women Affairs",
        ),
        (
            _FR + "Le rapport annuel de suivi du plan est présenté chaque année à la Commission "
            "des Relations extérieures de la Chambre des représentants. Il est publié sur le site "
            "internet du Ministère.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Le Comité se réunit deux fois par an. Il est publié sur le site internet du "
            "Ministère.",
            "public_reporting",
            "not_stated",
        ),
    ],
)
def test_round48(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
