"""Screening, round 18 (issue 13): rules found while the fresh42–44 sets were being written
(the years of a war are not a plan's period; "PAN 1" is the first plan), then rules taken from
those sets once measured. Passages are written for the test, not taken from the documents; each
rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _one as _screened

_COVER_EN = "National Action Plan on Women, Peace and Security 2020–2024\n\n"
_COVER_FR = "Plan d'action national 1325, 2021-2025\n\n"


def _one(text: str, finding: str) -> str:
    return _screened(text, finding)[0]


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # The years of a war or a crisis near the plan's name are not a predecessor's period.
        (
            _COVER_EN + "The Action Plan addresses the consequences of the 1998-1999 war, and the "
            "Government has allocated EUR 5 million to it.",
            "budget",
            "allocated",
        ),
        (
            _COVER_FR + "Le PAN tient compte des conséquences de la crise de 2010-2011 ; le "
            "Gouvernement a alloué 2 milliards de francs CFA au Plan.",
            "budget",
            "allocated",
        ),
        # A plan dated before this one's period is still the predecessor.
        (
            _COVER_EN + "The Government allocated EUR 5 million to the Action Plan 2015-2018.",
            "budget",
            "not_stated",
        ),
        # "PAN 1", "NAP1": the first plan, in a later plan's text.
        (
            _FR + "Le rapport de collecte des données sur la mise en œuvre du PAN1 a été validé "
            "par le comité de suivi, qui publie chaque année un rapport.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "Civil society organisations took part in drafting NAP 1.",
            "cs_design",
            "not_stated",
        ),
        (
            _EN + "Civil society organisations took part in drafting this Plan.",
            "cs_design",
            "yes",
        ),
        # "PAN 1325" is this plan.
        (
            _FR + "Les organisations de la société civile ont participé à l'élaboration du "
            "PAN 1325.",
            "cs_design",
            "yes",
        ),
    ],
)
def test_findings_on_short_passages_round_18(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
