"""Screening, round 33 (issue 13): rules taken from the fresh87–89 sets once measured (Nordic,
Baltic and Balkan, South-East Asian and Pacific, Southern and West African plans): later
resolutions and "it calls for … in the implementation of the resolution" speak to every state;
another programme's or a law's yearly report and the SDG indicators are not the plan's; a lead
that chairs the body "and is the lead agency"; women's groups whose answers shaped the plan;
civil society listed among the participants « Ont participé à … : »; a foundation that « met en
œuvre » measures; civil society meeting « l'IMAG »; partners that finance their actions « au
moyen de leurs propres crédits »; a cooperation strategy's axes; scopes "at national, provincial
and community level" and "focused on Zemlovia itself". Passages are written for the test, not
taken from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "Later resolutions added that civil society, and in particular women's "
            "organisations, should be involved in the implementation of the agenda.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "It also calls for the participation of civil society in peace processes and in "
            "the implementation of the resolution.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Civil society organisations take part in the implementation of the Plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "The Agency publishes an annual report on the implementation of the Programme "
            "for Gender Equality.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Government's annual report on the implementation of the Gender Equality "
            "Act is published every spring.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Agency publishes an annual report on the implementation of the Plan.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The country reports on SDG indicator 5.5.1 through the statistics office, "
            "which publishes the statistical booklet every year.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "LIST OF ACRONYMS\n\nOPARU   Office of the Presidential Adviser on Reconciliation"
            " and Unity\n\nOPARU chairs the Steering Committee and is the lead agency for this "
            "Plan.",
            "lead_institution",
            "Office of the Presidential Adviser on Reconciliation and Unity",
        ),
        (
            _EN + "Women's groups were asked what makes them feel unsafe, and their answers shaped "
            "the outcome areas and actions of this Plan.",
            "cs_design",
            "yes",
        ),
        (
            _FR
            + "Ont participé à l'exercice de mise à jour : le ministère, la police et le Cercle "
            "des ONG de développement.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "La fondation, organisation de la société civile mandatée par le Département, "
            "met en œuvre les mesures 3.2 et 4.1.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "LISTE DES ACRONYMES\n\nIMAG     Groupe de travail interdépartemental\n\n"
            "L'IMAG coordonne la mise en œuvre du plan. La plateforme de la société civile "
            "rencontre l'IMAG deux fois par an.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _FR + "Les partenaires financent les actions qui les concernent au moyen de leurs "
            "propres crédits de fonctionnement.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "La Stratégie de coopération 2023-2027 s'articule autour de trois axes : santé, "
            "éducation et insertion socio-économique.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "This NAP addresses women, peace and security in the Islands, at national, "
            "provincial and community level.",
            "focus",
            "domestic",
        ),
        (
            _EN + "This Action Plan is focused on Zemlovia itself.",
            "focus",
            "domestic",
        ),
    ],
)
def test_round33(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
