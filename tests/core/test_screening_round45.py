"""Screening, round 45 (issue 13): rules taken from the fresh123–125 sets once measured (Sierra
Leonean, British, Nepali, Bosnian, Namibian, Guinean, Cameroonian, Belgian, Ivorian, Burkinabè,
Gambian, Icelandic, Korean, Kosovan, Solomon Islands, Togolese, Malian, French, Comorian,
Congolese, Rwandan, Canadian, Bangladeshi, Irish, Liberian, Nigerien, Senegalese, Swiss,
Tunisian and Malagasy plans): a national human rights institution's yearly report; "the
National Action Plan on Gender-Based Violence" and the AU's continental results framework as
other frameworks; a sentence that carries on another policy (« Son plan d'actions … », « Elle
dispose … de 24 indicateurs ») for money and indicators; "No separate steering committee will be
established" (no body); a committee "to guide the preparation of the Plan", « pour conduire
l'élaboration du plan »; a council "not responsible for the implementation of this Plan";
"MOGEF shall be the ministry in charge of the general coordination"; « Le MGFE, à travers le
SN1325, assure la coordination technique … »; an agency "within" an office; a province's
committee and « le département pilote » of an action are not the plan's lead; a name that does
not run across « est »; "Ministries and institutions … shall report … to the working group by 1
February"; "it was not possible to hold consultations"; "the preparation of Kalahian women for
service"; "advocating for the implementation of Resolution 1325"; indicators for "Priority Areas
3 and 4 have not yet been developed"; "appropriated by Law No. … on the Budget"; « procédé au
décaissement d'une première tranche »; « On les présente généralement autour de quatre piliers
»; "five pillars, each with outcomes, …" is no list; « structuré autour de cinq effets : »; "The
scope of this NAP is domestic"; civil society "not members of the working group, but the working
group meets" them (partial); a written consultation on the draft plan; « La PSC 1325 … rencontre
le GTI 1325 … pour un échange » (partial); "○" bullets. Passages are written for the test, not
taken from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from napkit.core.screening.segment import sentences
from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_WG = (
    _EN + "The Working Group (WG) coordinates the implementation of the Plan. It is composed of "
    "the "
    "Ministry of Foreign Affairs, the Ministry of Justice and the Ministry of the Interior. "
)


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "The NHRC publishes an annual report which includes a chapter on the rights of "
            "women and which is submitted to the President.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The annual progress report on the NAP is published on the website of the "
            "Ministry.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Le CNEDF publie chaque année un rapport sur la situation de la femme.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "In 2009 the Government adopted the National Action Plan on Gender-Based "
            "Violence, which is overseen by a National Committee and which has its own costed "
            "budget of KL 18.4 billion over five years.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The total estimated cost of this National Action Plan is KL 18.4 billion over "
            "five years.",
            "budget",
            "costed",
        ),
        (
            _FR + "La Politique nationale genre (PNG) a été adoptée en 2009. Son plan d'actions "
            "opérationnel 2011-2013, dont le coût est estimé à 24,6 milliards FKS, fait l'objet "
            "d'un rapport annuel.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "La Stratégie nationale de lutte contre les violences basées sur le genre a été "
            "adoptée en 2019. Elle dispose d'un comité national de coordination et d'un cadre de "
            "suivi de 24 indicateurs.",
            "indicators",
            "not_stated",
        ),
        (
            _FR + "Au niveau continental, le Cadre de résultats continental de l'Union africaine "
            "sur les femmes, la paix et la sécurité comprend 28 indicateurs communs.",
            "indicators",
            "not_stated",
        ),
        (
            _EN + "No separate steering committee will be established for the KarNAP; the Gender "
            "Directorate of the Ministry will coordinate implementation through the Gender Focal "
            "Points designated in each ministry.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "A steering committee will be established for the KarNAP to coordinate its "
            "implementation.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "In August 2023 the Ministry set up a Drafting Steering Committee, made up of "
            "representatives of five ministries, to guide the preparation of the Plan.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Le comité national de pilotage, institué par décision de la ministre pour "
            "conduire l'élaboration du plan, a réuni des représentants des ministères.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The National Peace Council, established under the Peace Council Act 2005, "
            "continues to carry out its own mandate of promoting reconciliation and is not "
            "responsible for the implementation of this Plan.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            "MOGEF    Ministry of Gender Equality and Family\n\n"
            + _EN
            + "The NAP Implementation Council shall coordinate the implementation of the Plan. "
            "MOGEF shall be the ministry in charge of the general coordination of the Plan.",
            "lead_institution",
            "Ministry of Gender Equality and Family",
        ),
        (
            "MGFE     Ministère du Genre, Famille et Enfant\n\n"
            + _FR
            + "Le MGFE, à travers le SN1325, assure la coordination technique et le suivi de la "
            "mise en œuvre du PAN.",
            "lead_institution",
            "Ministère du Genre, Famille et Enfant",
        ),
        (
            _EN + "The Agency for Gender Equality within the Office of the Prime Minister is "
            "responsible for coordinating and monitoring the implementation of the Action Plan.",
            "lead_institution",
            "Agency for Gender Equality (Office of the Prime Minister)",
        ),
        (
            _FR + "Dans chaque province, un Comité provincial de pilotage, présidé par le Ministre "
            "provincial en charge du Genre, coordonne la mise en œuvre du PAN au niveau "
            "provincial.",
            "lead_institution",
            "not_stated",
        ),
        (
            _FR + "Le département pilote est responsable de la mise en œuvre de l'action et du "
            "rapportage sur celle-ci.",
            "lead_institution",
            "not_stated",
        ),
        (
            _EN + "Ministries and institutions responsible for actions shall report on progress to "
            "the working group by 1 February each year, and the Ministry for Foreign Affairs "
            "shall compile an annual progress report on that basis.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "The Ministry for Foreign Affairs shall compile an annual progress report.",
            "me_framework",
            "partial",
        ),
        (
            _EN + "Due to the restrictions imposed during the pandemic, it was not possible to "
            "hold "
            "consultations with civil society organisations during the preparation of the NAP.",
            "cs_design",
            "no",
        ),
        (
            _EN + "The scope of this NAP is domestic: it is implemented by ministries, regional "
            "councils and civil society, and it addresses the preparation of Kalahian women for "
            "service in the security sector.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "Civil society organisations took part in the preparation of this Plan.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "Civil society organisations, and in particular women's organisations, have been "
            "active since the war in advocating for the implementation of Resolution 1325.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Indicators for the actions under Priority Areas 3 and 4 have not yet been "
            "developed and will be agreed during the first year of the Plan.",
            "indicators",
            "partial",
        ),
        (
            _EN + "For 2014, funds in the amount of VDC 214,600 for the implementation of this "
            "Action Plan are appropriated by Law No. 04/L-251 on the Budget of the Republic.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "Au titre de l'exercice 2022, l'État a procédé au décaissement d'une première "
            "tranche de 350 000 000 FEB pour le démarrage des activités du présent PAN.",
            "budget",
            "disbursed",
        ),
        (
            _FR + "La résolution 1325 est fondatrice. On les présente généralement autour de "
            "quatre piliers : la participation, la protection, la prévention ainsi que le secours "
            "et le relèvement.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "The Plan is organised in five pillars, each with outcomes, outputs and "
            "indicators, and it gives particular attention to emerging threats such as "
            "cross-border crime and online violence.",
            "pillars",
            "not_stated",
        ),
        (
            _FR + "Le Plan est structuré autour de trois effets :\n"
            "- Les femmes participent aux instances de décision ;\n"
            "- Les femmes et les filles sont protégées contre les VBG ;\n"
            "- Les conflits communautaires sont prévenus.\n",
            "pillars",
            "Les femmes participent aux instances de décision; Les femmes et les filles sont "
            "protégées contre les VBG; Les conflits communautaires sont prévenus",
        ),
        (
            _EN + "The scope of this NAP is domestic: it addresses the security of women and girls "
            "in Kalahia as well as the preparation of Kalahian women for service in "
            "international peacekeeping missions.",
            "focus",
            "domestic",
        ),
        (
            _EN + "This NAP addresses the security of women and girls in all provinces as well "
            "as the deployment of Kalahian women in international peacekeeping missions.",
            "focus",
            "both",
        ),
        (
            _WG + "Civil society organisations are not members of the working group, but the "
            "working group meets with representatives of civil society twice a year to discuss "
            "the implementation of the plan.",
            "cs_on_coordination",
            "partial",
        ),
        (_WG, "cs_on_coordination", "no"),
        (
            _FR + "Le Groupe de travail interdépartemental (GTI 1325) coordonne la mise en œuvre "
            "du "
            "plan. Un projet de plan a été soumis à une consultation écrite auprès des "
            "organisations de la société civile ; les prises de position reçues ont été examinées "
            "par le GTI 1325.",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _FR + "La PSC 1325, qui regroupe une vingtaine d'organisations non gouvernementales, "
            "rencontre le GTI 1325 deux fois par an pour un échange sur l'état de la mise en "
            "œuvre.",
            "cs_implementation_monitoring",
            "partial",
        ),
    ],
)
def test_round45(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


def test_round45_round_bullets_start_sentences() -> None:
    text = (
        "○ The revision was prepared by MOGEF in consultation with the ministries\n"
        "○ The revised draft was presented to civil society organizations at a briefing session"
    )
    assert len(sentences(1, text)) == 2
