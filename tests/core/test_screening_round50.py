"""Screening, round 50 (issue 13): rules taken from the fresh138–140 sets once measured (Nigerian,
Sri Lankan, Danish, Albanian, Samoan, Malian, Belgian, Chadian, Comorian, Quebec, Kenyan,
Japanese, Serbian, Tajik, Vanuatu, Senegalese, Swiss, Gabonese, Haitian, Burundian, Ghanaian,
Philippine, Swedish, Georgian, Palestinian, Togolese, French, Congolese, Tunisian and Malagasy
plans): « confidentiel » only of reports; an internal review is no internal report; « dépenses
effectivement exécutées »; « la valeur de départ … n'était pas connue »; « vise tant l'action
internationale … que la situation, au pays »; « … est responsable du Plan d'action »; "neither
quantitative targets nor baselines"; funds "provided by the Law on the Budget"; consultations
that "were not held"; "shall annually … submit … information on the implementation"; indicators
for "Priority Areas 3 and 4" and "the remaining interventions" still to come; « le PAN VBG »;
a strategy that "had its own results framework"; « ne constituent pas un financement du présent
Plan »; "in its annual report for 2019"; a logframe row "Establishing a … council";
civil-society "briefers"; "The first NAPWPS"; « On a coutume de les résumer en quatre
piliers »; a fund that "set aside … for a programme"; a lettered indicator "(a) Number of …";
"OPAPR, as Chair of the NSCWPS, shall be the lead agency"; "rarely involved".
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
            _FR + "Action 6.3 : Mettre en place, au sein de la Défense, un dispositif de "
            "signalement confidentiel des comportements transgressifs.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Le rapport de suivi du plan est confidentiel.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "À la date du 31 décembre 2022, les dépenses effectivement exécutées au titre du "
            "présent PAN s'élèvent à 1 184 500 000 FDJ.",
            "budget",
            "spent",
        ),
        (
            _FR + "Chaque indicateur est assorti d'une cible pour 2028. Lorsque la valeur de "
            "départ d'un indicateur n'était pas connue au moment de l'approbation du Plan, elle "
            "sera établie au cours de l'année 2024-2025.",
            "baselines_targets",
            "partial",
        ),
        (
            _FR + "Le Plan d'action vise tant l'action internationale du pays – diplomatie, aide "
            "internationale – que la situation, au pays, des femmes réfugiées.",
            "focus",
            "both",
        ),
        (
            "Affaires mondiales Laurentie est responsable du Plan d'action et de sa mise en œuvre.",
            "lead_institution",
            "Affaires mondiales Laurentie",
        ),
        (
            _EN + "The action plan contains neither quantitative targets nor baselines.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "Funds for the implementation of the activities in 2017 are provided by the Law "
            "on the Budget of the Republic for 2017 in the amount of DRK 61,350,000.",
            "budget",
            "appropriated",
        ),
        (
            _EN + "Due to the short time limits, consultations with public associations and "
            "other civil society organizations were not held during its drafting.",
            "cs_design",
            "no",
        ),
        (
            _EN + "The Committee shall annually, before 1 February, submit to the Government "
            "information on the implementation of the Plan.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "Indicators have been identified for the activities under Priority Areas 1 and "
            "2; indicators for Priority Areas 3 and 4 will be developed during 2021.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Le PAN VBG, coordonné par l'Institut, dispose d'un budget de 52 millions "
            "d'écus et fait l'objet d'un rapport d'évaluation annuel publié.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The strategy had its own results framework with 34 indicators and was costed "
            "at 18.6 million dinars.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Le Fonds humanitaire commun a consacré en 2022 environ 4,6 millions de dollars "
            "à la protection ; ces montants ne constituent pas un financement du présent Plan.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The ICHR recorded in its annual report for 2019 an increase in complaints.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "\n\n| 3.6 Establishing a women's advisory council for reconciliation | Council "
            "established | Presidential office |",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _EN + "During its term on the Security Council, the country will invite women civil "
            "society briefers to the Council's meetings.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "The first NAPWPS (2010–2016) was implemented without a dedicated budget.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "On a coutume de les résumer en quatre piliers : la prévention des conflits, la "
            "participation des femmes, la protection contre la violence et le relèvement.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "The Peace and Stabilisation Fund has set aside VMK 60 million for the period "
            "2024–2026 for a programme on justice for survivors.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "\n\n(a) Number of survivors who received support through projects funded by the "
            "Government",
            "budget",
            "not_stated",
        ),
        (
            "OPAPR Office of the Presidential Adviser on Peace and Reconciliation\n\n"
            + _EN
            + "OPAPR, as Chair of the NSCWPS, shall be the lead agency in the implementation, "
            "monitoring and evaluation of the NAPWPS.",
            "lead_institution",
            "Office of the Presidential Adviser on Peace and Reconciliation",
        ),
        (
            _EN + "Women-led organisations are first responders, but they are rarely involved in "
            "the planning of humanitarian response.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "Women-led organisations were involved in the drafting of this Plan.",
            "cs_design",
            "yes",
        ),
    ],
)
def test_round50(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
