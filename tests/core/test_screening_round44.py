"""Screening, round 44 (issue 13): rules taken from the fresh120–122 sets once measured (Zambian,
Dutch, Indonesian, Kyrgyz, Papua New Guinean, Mauritanian, Central African, Swiss, Nigerien,
Haitian, Tanzanian, Swedish, Afghan, Ukrainian, Fijian, Beninese, Senegalese, Chadian,
Luxembourg, Moroccan, Sudanese, Estonian, Mongolian, Japanese, Samoan, Burundian, Gabonese,
Congolese, Rwandan and Djiboutian plans): baselines and targets "not established in this Action
Plan"; the plan's own statement first in a French sentence that also names another policy's
report, and another policy's statement read in its own clause; « ne prévoit ni mécanisme de
suivi … ni l'établissement de rapports »; « des enseignements tirés du premier plan » opening a
sentence on this plan; the agenda "often described in terms of four pillars"; « Plan d'action
national pour l'égalité » and a regional plan that « dispose de son propre comité »; "coordinated
by its own National Protection Committee"; a body that "monitors the implementation of the Basic
Plan", « coordonne l'élaboration des rapports de l'État »; a plan's drafting "with the
participation of … authorities, public associations" or that "involved … civil society
organisations" (partial); a ministry that "shall ensure the coordination", "The coordination of
the implementation of the Plan is carried out by the Ministry" (partial); leads "acts as NAP
coordinator", "is responsible for the formulation … of this Action Plan", not "Control over the
implementation of this decree", not a name that runs into ", which"; a programme "which has
allocated", a "pooled fund allocated", projects « antérieurs au présent plan »; "approved in the
State Budget Law", « la loi … concernant le budget des recettes et des dépenses … prévoit … un
crédit »; « Sur ce coût total, le Gouvernement a alloué »; « se mobiliser » is not money;
rolls numbered "(viii)"; « départements du pays » (domestic); "partners in those strategies";
"an annual account … to the Folkting's Committee on Foreign Affairs"; « saisissent … les données
»; indicators of some activities "shall be determined" later; an independent report card the
body "will consider"; organisations "not responsible for implementing" the plan. Passages are
written for the test, not taken from the documents; each rule has a case where it applies and
one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_SNIAG = "SNIAG    Stratégie nationale d'institutionnalisation de l'approche genre\n\n" + _FR


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "Baseline and target values of the indicators are not established in this "
            "Action Plan.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "Baseline and target values of the indicators are established in Annex 2.",
            "baselines_targets",
            "yes",
        ),
        (
            _SNIAG + "Aucun rapport d'étape spécifique au présent Plan ne sera élaboré ; les "
            "informations relatives à sa mise en œuvre seront intégrées au rapport annuel de la "
            "SNIAG.",
            "regular_reporting",
            "no",
        ),
        (
            _SNIAG + "Aucun rapport d'étape spécifique au présent Plan ne sera élaboré ; les "
            "informations relatives à sa mise en œuvre seront intégrées au rapport annuel de la "
            "SNIAG.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "La Stratégie nationale de lutte contre les VBG est dotée de son propre Comité "
            "national de coordination, et son rapport annuel est publié par le MSNASG ; le "
            "présent PAN s'y réfère pour la prise en charge des survivantes.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Le rapport annuel de mise en œuvre du présent PAN est publié par le MSNASG.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Compte tenu des enseignements tirés du premier plan, le présent plan ne prévoit "
            "ni mécanisme de suivi et d'évaluation propre, ni l'établissement de rapports de mise "
            "en œuvre.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "Compte tenu des enseignements tirés du premier plan, le présent plan ne prévoit "
            "ni mécanisme de suivi et d'évaluation propre, ni l'établissement de rapports de mise "
            "en œuvre.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Le premier plan ne prévoyait ni mécanisme de suivi ni rapports.",
            "me_framework",
            "not_stated",
        ),
        (
            _EN + "Resolution 1325 and the resolutions that followed form the agenda. Together "
            "they are often described in terms of four pillars: participation, prevention, "
            "protection, and relief and recovery.",
            "pillars",
            "not_stated",
        ),
        (
            _FR + "Les questions d'égalité sur le territoire national relèvent du Plan d'action "
            "national pour l'égalité des femmes et des hommes 2023-2027, qui dispose de ses "
            "propres indicateurs et de son propre budget et fait l'objet d'un rapport annuel.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Le Ouaddari participe également au Plan d'action régional « Femmes, Paix et "
            "Sécurité » de la Commission du Bassin, qui dispose de son propre comité régional de "
            "coordination.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The MPA-EVAWC is coordinated by its own National Protection Committee and its "
            "annual implementation report is published by the Ministry every December.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Council for Gender Equality, chaired by the Chief Cabinet Secretary, "
            "monitors the implementation of the Basic Plan.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The Council for Gender Equality, chaired by the Chief Cabinet Secretary, "
            "monitors the implementation of the National Action Plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR + "Le Comité interministériel des droits de la personne (CIDH) coordonne "
            "l'élaboration des rapports de l'État aux organes de traités.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The Plan was developed by the Ministry of Social Policy with the participation "
            "of central and local executive authorities, public associations, international "
            "organisations and experts.",
            "cs_design",
            "partial",
        ),
        (
            _EN + "The preparation of this RAN PPPAKS involved Ministries/Institutions, Regional "
            "Governments, academics, civil society organisations and international partners.",
            "cs_design",
            "partial",
        ),
        (
            _EN + "Civil society organisations drafted the chapter on prevention of this Plan.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "The Ministry of Social Development and Labour shall ensure the coordination of "
            "the activities of state bodies on the implementation of the Action Plan.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "The coordination of the implementation of the Plan is carried out by the "
            "Ministry of Social Policy, which cooperates with advisers in the ministries.",
            "coordination_mechanism",
            "partial",
        ),
        (
            "BUZA     Ministry of Foreign Affairs\n\n"
            + _EN
            + "BUZA acts as NAP coordinator and hosts the NAP secretariat.",
            "lead_institution",
            "Ministry of Foreign Affairs",
        ),
        (
            _EN + "The Ministry of Foreign Affairs is responsible for the formulation, follow-up "
            "and revision of this Action Plan.",
            "lead_institution",
            "Ministry of Foreign Affairs",
        ),
        (
            _EN + "5. Control over the implementation of this decree shall be entrusted to the "
            "Department of Social Development of the Government Office.",
            "lead_institution",
            "not_stated",
        ),
        (
            "MWCSP    Ministry for Women, Children and Social Protection\n\n"
            + _EN
            + "The Ministry's Department of Women houses the WPS Unit, which will serve as the "
            "secretariat for the NAP. The MWCSP is the lead agency for the implementation of "
            "this NAP.",
            "lead_institution",
            "Ministry for Women, Children and Social Protection",
        ),
        (
            _EN + "The Peace and Reintegration Programme, which has allocated USD 2.3 million to "
            "the participation of women in provincial peace committees, continues.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The humanitarian pooled fund allocated USD 2.1 million to GBV services in the "
            "camps in 2020.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "La Coopération a consacré 3,1 millions d'euros par an à des projets en faveur "
            "des droits des femmes ; ces projets sont antérieurs au présent plan.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "An amount of 1,240.0 million altan required for the implementation of the "
            "measures of this Plan in 2020 has been approved in the State Budget Law for 2020.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "La loi du 21 décembre 2023 concernant le budget des recettes et des dépenses de "
            "l'État pour l'exercice 2024 prévoit, à l'article budgétaire « Mise en œuvre du plan "
            "d'action national », un crédit de 2 350 000 florins.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "Le coût total du PAN est estimé à 7,74 milliards de FNY. Sur ce coût total, le "
            "Gouvernement a alloué une contribution de 2,4 milliards de FNY sur cinq ans.",
            "budget",
            "allocated",
        ),
        (
            _FR + "J'invite les partenaires techniques et financiers et toutes les forces vives "
            "de la Nation à se mobiliser pour sa réussite.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Les partenaires techniques et financiers seront sollicités pour mobiliser les "
            "ressources complémentaires.",
            "budget",
            "mentioned",
        ),
        (
            "NSC-WPS  National Steering Committee on Women, Peace and Security\n\n"
            + _EN
            + "The NSC-WPS coordinates the implementation of the Plan. The NSC-WPS shall "
            "comprise the following members:\n(i) the Permanent Secretary of the Ministry of "
            "Social Welfare (Chair);\n(ii) the Ministry of Defence;\n(viii) three "
            "representatives of CSOs and FBOs, nominated for a term of two years; and\n",
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "Le PAN 1325 couvre l'ensemble des douze départements du pays.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The women's organisations receiving this support are partners in those "
            "strategies and are not responsible for implementing this action plan.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "On the basis of these reports, the Government will give an annual account of "
            "the implementation of the action plan to the Folkting's Committee on Foreign "
            "Affairs.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Les unités administratives responsables saisissent chaque année, au plus tard "
            "le "
            "31 janvier, les données relatives à leurs indicateurs dans l'outil de suivi du GTI "
            "1325. Sur cette base, le secrétariat établit chaque année un rapport de mise en "
            "œuvre.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "Performance indicators are set out for the activities of Ministries at the "
            "central level; indicators for the activities carried out by Regional Governments "
            "shall be determined in the respective regional plans.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Les indicateurs des actions de l'axe 4 seront précisés ultérieurement, lors de "
            "l'élaboration du plan de suivi-évaluation.",
            "indicators",
            "partial",
        ),
        (
            _EN + "The IDWG will consider the Annual Civil Society Report Card prepared "
            "independently by the WPS Coalition and respond in writing to its recommendations.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "The IDWG will consider the annual progress report prepared by the Ministry.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Women's organisations in partner countries are partners and beneficiaries of "
            "our assistance; they are not responsible for implementing this Plan.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
    ],
)
def test_round44(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
