"""Screening, round 46 (issue 13): rules taken from the fresh126–128 sets once measured (Ghanaian,
Australian, Philippine, Montenegrin, Kenyan, Mauritian, Cameroonian, Monegasque, Beninese,
Central African, Ugandan, Finnish, Nigerian, Georgian, New Zealand, Ivorian, Chadian, Belgian,
Guinean, Haitian, South Sudanese, Norwegian, Jordanian, Armenian, Malawian, Malian, Togolese,
Luxembourg, Djiboutian and Quebec plans): a human rights commission's, defender's or
ombudsman's yearly report; a report "on the implementation of that document"; "the National
Action Plan for 2024–2026 on Combating Violence …" and « un plan d'action national pour les
droits des femmes, doté de crédits propres »; amounts that « ne constituent pas le budget du
présent plan »; the plan's own "no report" beside the Secretary-General's report; « ne prévoit
pas de dispositif … ni de rapports d'étape »; funds "provided in the Law on the Budget"; "No
separate (dedicated) funding … is envisaged"; a UN programme that "received … from four donor
countries"; « un état d'avancement …, qui sera rendu public »; « dressera périodiquement »; the
Secretary-General who « a invité les États à consulter la société civile … de ces plans ».
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
            _EN + "The Lisamba Human Rights Commission publishes an annual report to Parliament "
            "which includes the situation of women in detention.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Human Rights Defender of the Republic publishes annual reports which also "
            "address the situation of residents of the border communities.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The annual progress report on the NAP is published on the website of the "
            "Human Rights Commission.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The Ministry for Human and Minority Rights prepares an annual report on the "
            "implementation of that document, which is published on the website of the "
            "Government.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Secretary of State will submit each year a report on the implementation of "
            "this Strategy, which will be made publicly available.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The National Action Plan for 2024–2026 on Combating Violence against Women and "
            "Domestic Violence is approved by a separate resolution; the annual report on its "
            "implementation is prepared by the Council and published on its website.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Il a adopté en 2020 un plan d'action national pour les droits des femmes, doté "
            "de crédits propres et assorti d'indicateurs de suivi, et publie chaque année un "
            "rapport d'activité.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Ces montants, qui sont rendus publics dans le rapport annuel publié chaque "
            "année par le MAEC, relèvent de la politique de coopération et ne constituent pas le "
            "budget du présent plan.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Il ne sera pas élaboré de rapport d'avancement spécifique au PAN : les progrès "
            "seront présentés dans les contributions nationales au rapport annuel du Secrétaire "
            "général.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "Les progrès seront présentés dans les contributions nationales au rapport "
            "annuel "
            "du Secrétaire général.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Compte tenu du contexte sécuritaire, le présent Plan ne prévoit pas de "
            "dispositif de suivi-évaluation ni de rapports d'étape.",
            "public_reporting",
            "no",
        ),
        (
            _EN + "Funds for the implementation of the activities planned for 2018, in the amount "
            "of 61,900 talirs, have been provided in the Law on the Budget of Brdava for 2018.",
            "budget",
            "appropriated",
        ),
        (
            _EN + "No separate (dedicated) funding from the State Budget is envisaged for the "
            "implementation of the Action Plan.",
            "budget",
            "none",
        ),
        (
            _EN + "In 2023, the regional programme of UN Women received USD 9.5 million from four "
            "donor countries, of which part was spent in Qaradan.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "As of 31 December 2023, QD 3.42 million had been disbursed from the pooled fund "
            "of this plan to 27 implementing entities.",
            "budget",
            "disbursed",
        ),
        (
            _FR + "Le DAEC dressera périodiquement un état d'avancement des engagements, qui sera "
            "rendu public sur le site internet du Gouvernement.",
            "public_reporting",
            "yes",
        ),
        (
            _FR + "Le DAEC dressera périodiquement un état d'avancement des engagements.",
            "regular_reporting",
            "partial",
        ),
        (
            _FR + "Le Secrétaire général a, pour sa part, invité les États à consulter la société "
            "civile lors de l'élaboration et de la mise en œuvre de ces plans.",
            "cs_design",
            "not_stated",
        ),
        (
            _FR + "Le Ministère a consulté la société civile lors de l'élaboration du présent "
            "plan.",
            "cs_design",
            "yes",
        ),
    ],
)
def test_round46(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
