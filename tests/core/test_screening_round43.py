"""Screening, round 43 (issue 13): rules taken from the fresh117–119 sets once measured (Liberian,
Canadian, Philippine, Ugandan, Irish, Ivorian, Haitian, Quebec, Burkinabè, Tunisian, Kenyan,
Australian, Sri Lankan, South Sudanese, Finnish, Malian, Belgian, Cameroonian, Central African,
French, Nigerian, Norwegian, Jordanian, Georgian, South African, Congolese, Togolese, Guinean,
Lebanese and Malagasy plans): a negation whose "were" belongs to a clause of cause ("does not
contain baselines or targets, because reliable data were not available"); "baseline and target
values have not been established"; « les valeurs de référence et les cibles seront définis »;
baselines « ND » that « seront renseignées »; indicators « pour une partie des actions »; "no
mechanism in place for monitoring"; resources that "will be mobilised"; "an appropriation of
… has been entered" in the State budget; "actual expenditure … amounted to", « crédits
effectivement consommés »; a ministry's share of the national budget; another plan's "own
costed implementation plan" with the NAP only in an aside; « n'a pas pu faire l'objet de
consultations »; "organisations contributed to the content of this Plan through … consultations";
« confie la mise en œuvre … aux seules structures publiques »; "partners in peacebuilding" as a
vision; « à l'échelle nationale ainsi que … internationales » (both); leads « l'institution
porteuse », « le pilote du présent Plan », « l'institution nationale chargée de la mise en
œuvre », "As lead agency, DEAT is accountable for the Plan", and not "the National Plan to End
Violence …, led by …"; the agenda's pillars "commonly grouped"; "…, and Relief, Recovery and
Reintegration" as one pillar; a task force "with the mandate to develop this Plan"; a body that
"shall continue to publish its annual report"; a report "on the implementation of those
documents"; a shadow report's network; "1.2.2. Establishment of a network …" (an action); «
Collecter des données … » (an action); data collection « lorsque les conditions … seront
réunies »; a meeting "with representatives of the WPSN-A (Women, Peace and Security Network
…)"; a "Coalition for 1325". Passages are written for the test, not taken from the documents;
each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_ISC = (
    "WPSN-A\tWomen, Peace and Security Network – Aldermere\n\n"
    + _EN
    + "The Interdepartmental Steering Committee (ISC) coordinates the implementation of the "
    "Plan. It is composed of the Department of Foreign Affairs, the Department of National "
    "Defence and the Department of Justice. "
)


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "The Plan does not contain baselines or targets, because reliable data were "
            "not available at the time of drafting.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "No baseline data were collected for the first plan.",
            "baselines_targets",
            "not_stated",
        ),
        (
            _EN + "The indicators of the Action Plan are output indicators; baseline and target "
            "values have not been established for them.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "The indicators of the Action Plan are output indicators; baseline and target "
            "values have been established for them.",
            "baselines_targets",
            "yes",
        ),
        (
            _FR + "Les indicateurs, les valeurs de référence et les cibles seront définis par le "
            "CNP au cours de la première année de mise en œuvre.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Les valeurs de référence et les cibles sont définies pour chaque indicateur.",
            "baselines_targets",
            "yes",
        ),
        (
            _FR + "Chaque indicateur est assorti d'une situation de référence et d'une cible à "
            "l'horizon 2023. Les situations de référence indiquées « ND » (non disponibles) "
            "seront renseignées à l'issue de l'enquête de référence.",
            "baselines_targets",
            "partial",
        ),
        (
            _FR + "Chaque indicateur est assorti d'une situation de référence et d'une cible à "
            "l'horizon 2023.",
            "baselines_targets",
            "yes",
        ),
        (
            _FR + "Des indicateurs ont été définis pour une partie des actions ; pour les autres, "
            "ils seront précisés lors de la programmation annuelle.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Des indicateurs ont été définis pour chacune des actions.",
            "indicators",
            "yes",
        ),
        (
            _EN + "At present there is no mechanism in place for monitoring and evaluation of "
            "this Plan.",
            "me_framework",
            "no",
        ),
        (
            _EN + "This Plan will be costed after its adoption, and resources for its "
            "implementation will be mobilised from the Government and development partners.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "In the State budget for 2018, an appropriation of TMK 350,000 has been entered "
            "under item 24.50.22 for the coordination and follow-up of the Action Plan.",
            "budget",
            "appropriated",
        ),
        (
            _EN + "Actual expenditure on NAP III activities during FY 2021/22 amounted to KVS "
            "3,855 million, out of KVS 4,600 million released.",
            "budget",
            "spent",
        ),
        (
            _FR + "Au titre des années 2021 et 2022, les crédits effectivement consommés pour la "
            "mise en œuvre des actions du présent plan se sont élevés à 7,8 millions de francs.",
            "budget",
            "spent",
        ),
        (
            _FR + "Il importe de souligner que le budget alloué au MASPFE ne représente que 0,4 % "
            "du budget national de développement.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Un budget de 2 milliards de francs a été alloué à la mise en œuvre du présent "
            "plan.",
            "budget",
            "allocated",
        ),
        (
            _EN + "The NSF-GBVF, which covers many of the domestic protection issues addressed by "
            "the NAP, has its own costed implementation plan, for which government has "
            "reprioritised T 21 billion.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "En raison de la situation sécuritaire, le Plan n'a pas pu faire l'objet de "
            "consultations avec les organisations de la société civile.",
            "cs_design",
            "no",
        ),
        (
            _EN + "Between 2019 and 2020, more than 350 individuals and 72 organisations "
            "contributed to the content of this Plan through written submissions, roundtables "
            "and online consultations.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "More than 72 organisations contributed to the success of the first Plan.",
            "cs_design",
            "not_stated",
        ),
        (
            _FR + "Le Plan confie la mise en œuvre et le suivi de ses actions aux seules "
            "structures publiques.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "What success looks like by 2031: women's organisations are recognised and "
            "resourced as partners in peacebuilding.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Women's organisations are partners in the implementation of this Plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "Le Plan couvre les interventions menées à l'échelle nationale ainsi que la "
            "contribution de la Zarzanie à la paix et à la sécurité internationales.",
            "focus",
            "both",
        ),
        (
            _FR + "Le Plan couvre la politique étrangère de la Zarzanie, notamment sa contribution "
            "aux opérations de maintien de la paix.",
            "focus",
            "international",
        ),
        (
            _FR + "Le Ministère à la Condition des Femmes et à l'Égalité (MCFE) est l'institution "
            "porteuse du Plan.",
            "lead_institution",
            "Ministère à la Condition des Femmes et à l'Égalité",
        ),
        (
            _FR + "Le Service public fédéral Relations extérieures (SPF REC) est le pilote du "
            "présent Plan. La coordination de la mise en œuvre du Plan est assurée par la "
            "Direction Paix et Sécurité humaine du SPF REC.",
            "lead_institution",
            "Service public fédéral Relations extérieures",
        ),
        (
            _FR + "La Commission nationale de la femme azranaise (CNFA) a été créée en 1998. La "
            "CNFA est l'institution nationale chargée de la mise en œuvre du présent Plan.",
            "lead_institution",
            "Commission nationale de la femme azranaise",
        ),
        (
            "DEAT     Department of External Affairs and Trade\n\n"
            + _EN
            + "The National Plan to End Violence against Women and Children 2022–2032, led by "
            "the Department of Social Services, has its own governance arrangements. As lead "
            "agency, DEAT is accountable for the Plan as a whole.",
            "lead_institution",
            "Department of External Affairs and Trade",
        ),
        (
            _EN + "The National Plan to End Violence against Women and Children 2022–2032, led by "
            "the Department of Social Services, has its own governance arrangements.",
            "lead_institution",
            "not_stated",
        ),
        (
            _EN + "Resolution 1325 was adopted in 2000. Its provisions are commonly grouped under "
            "four pillars: participation, protection, prevention, and relief and recovery.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "This Plan is built on four pillars, namely Prevention, Participation, "
            "Protection, and Relief, Recovery and Reintegration.",
            "pillars",
            "Prevention; Participation; Protection; Relief, Recovery and Reintegration",
        ),
        (
            _EN + "This Plan is built on four pillars, namely Prevention, Participation, "
            "Protection, and Relief and Recovery.",
            "pillars",
            "Prevention; Participation; Protection; Relief and Recovery",
        ),
        (
            _EN + "The National Task Force on UNSCR 1325 (NTF) was established by ministerial "
            "order in March 2014 with the mandate to develop this Plan.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "The National Task Force on UNSCR 1325 (NTF) was established by ministerial "
            "order in March 2014 to coordinate the implementation of this Plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "The LCW shall continue to publish its annual report on the implementation of "
            "the WEC, which includes a chapter on women affected by armed conflict.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Gender Commission oversees the Strategy. That Commission meets twice a year "
            "and publishes an annual report on the implementation of those documents.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Steering Committee publishes an annual report on the implementation of the "
            "NAP.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The National Steering Committee (NSC) coordinates the implementation of the "
            "Plan. The CSO Monitoring Network, composed of 28 CSOs, shall submit to the NSC an "
            "annual shadow report on the implementation of the Plan.",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _EN + "1.2.2. Establishment of a network of women police officers of the Ministry of "
            "Internal Affairs",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "16. Collecter des données désagrégées par sexe sur les violences (responsable : "
            "Institut des statistiques).",
            "me_framework",
            "not_stated",
        ),
        (
            _FR + "Les points focaux collectent les données des ministères et les transmettent au "
            "secrétariat.",
            "me_framework",
            "partial",
        ),
        (
            _FR + "Le présent Plan ne comporte ni indicateurs ni cibles ; ceux-ci seront élaborés "
            "ultérieurement, lorsque les conditions de collecte des données seront réunies.",
            "me_framework",
            "not_stated",
        ),
        (
            _ISC + "The ISC will meet with representatives of the WPSN-A twice a year to discuss "
            "progress.",
            "cs_on_coordination",
            "partial",
        ),
        (_ISC, "cs_on_coordination", "no"),
        (
            "QC1325 – Qaradani Coalition for 1325\n\n"
            + _EN
            + "Member organisations of QC1325 are implementing partners for the outputs related "
            "to community mediation.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "The Steering Committee of the National Coalition for 1325 coordinates and "
            "oversees the implementation of the Plan. It is composed of the Ministry of Foreign "
            "Affairs, the Ministry of Interior, the Ministry of Social Development and four "
            "representatives of civil society organisations elected by the civil society members "
            "of the Coalition.",
            "cs_on_coordination",
            "yes",
        ),
        (
            "The Forum Secretariat, through its Gender Programme, leads and coordinates the "
            "implementation of the Regional Action Plan and reports on it to the Ministers for "
            "Women Meeting.",
            "lead_institution",
            "Forum Secretariat",
        ),
    ],
)
def test_round43(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
