"""Screening, round 25 (issue 13): rules taken from the fresh63–65 sets once measured: each
body's account sent up to the one that compiles is the plan's data collection, and budget laws
and envelopes in more French phrasings. Passages are written for the test, not taken from the
documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Each body reports up by a date, and the compiled report has a rhythm: the whole cycle.
        (
            _EN + "Each ministry reports on the implementation of its outputs to the secretariat "
            "of the follow-up group by the end of January; the follow-up group then prepares an "
            "annual report by 31 March.",
            "me_framework",
            "yes",
        ),
        (
            _FR + "Les offices fédéraux concernés communiquent chaque année, au plus tard le 31 "
            "janvier, l'état de mise en œuvre de leurs mesures au secrétariat du groupe de "
            "travail, qui rédige le rapport annuel à l'intention du Conseil fédéral.",
            "me_framework",
            "yes",
        ),
        # (a report alone, with no one sending anything up, stays partial)
        (
            _EN + "The follow-up group prepares an annual report on the implementation of the "
            "Plan by 31 March.",
            "me_framework",
            "partial",
        ),
        # Budget laws and envelopes.
        (
            _FR + "La loi n° 2018-985 du 18 décembre 2018 portant budget de l'État pour l'année "
            "2019 inscrit au programme « Promotion du genre » du ministère une dotation de 612 "
            "millions de francs destinée à la mise en œuvre du PAN.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "Pour 2013, le budget de la Confédération adopté par l'Assemblée fédérale le 12 "
            "décembre 2012 ouvre un crédit de 2,4 millions de francs destiné à la mise en œuvre "
            "du présent plan.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "Pour la durée du plan, une enveloppe de 6 millions d'euros est allouée par le "
            "ministère des Affaires étrangères à la mise en œuvre du plan.",
            "budget",
            "allocated",
        ),
        # (an envelope for something else is not the plan's budget)
        (
            _FR + "Une enveloppe de 6 millions d'euros est allouée par le ministère à la "
            "coopération régionale.",
            "budget",
            "not_stated",
        ),
    ],
)
def test_round25(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
