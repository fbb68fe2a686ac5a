"""Screening, round 27 (issue 13): rules taken from the fresh69–71 sets once measured: a
coordinating body's membership given inline as government only (in more verbs, "exclusively",
a roll of "the Ministries of …"), civil society sitting as observers, reports sent to more
kinds of legislature, and another body's own report. Passages are written for the test, not
taken from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Government-only membership, listed in the sentence.
        (
            _EN + "A National Steering Committee coordinates the implementation of the Plan. It "
            "will consist of representatives of the Ministry of Foreign Affairs, the Ministry of "
            "Home Affairs, the Armed Forces Division, the National Police and the Ministry of "
            "Information.",
            "cs_on_coordination",
            "no",
        ),
        (
            _FR + "Le Groupe interdépartemental coordonne la mise en œuvre du plan. Il se compose "
            "exclusivement de représentantes et représentants de l'administration fédérale.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "A National Steering Committee (NSC) shall coordinate the implementation of "
            "the Plan. The NSC shall consist of the Minister of Women and Social Welfare as Chair "
            "and the Directors responsible for gender in the Ministries of Defence, Police "
            "Affairs, Justice, Foreign Affairs, Interior, Education and Health.",
            "cs_on_coordination",
            "no",
        ),
        # (civil society among the members listed is a seat)
        (
            _EN + "A National Steering Committee coordinates the implementation of the Plan. It "
            "will consist of representatives of the Ministry of Foreign Affairs, the Ministry of "
            "Home Affairs, the National Police and two representatives of women's organisations.",
            "cs_on_coordination",
            "yes",
        ),
        # Civil society as observers: partial; other observers after civil society's seats: yes.
        (
            _FR + "Le Comité national de pilotage coordonne la mise en œuvre du plan. Il est "
            "composé des représentants des ministères concernés. Les organisations de la "
            "société civile et les partenaires techniques y siègent en qualité d'observateurs.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _FR + "Le Comité national de pilotage coordonne la mise en œuvre du plan. Il comprend "
            "les représentants des départements ministériels concernés, quatre représentantes "
            "des organisations de la société civile et, en qualité d'observateurs, les "
            "partenaires techniques et financiers.",
            "cs_on_coordination",
            "yes",
        ),
        # Reports sent to more kinds of legislature.
        (
            _EN + "The progress reports will be shared with the Parliamentary Standing Committee "
            "on Foreign Affairs.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Le rapport annuel adopté est transmis par la Ministre à l'Assemblée "
            "législative de transition.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "L'Institut présente périodiquement un rapport de suivi à la Commission Égalité "
            "des chances de la Chambre des représentants.",
            "public_reporting",
            "partial",
        ),
        # Another body's own report; no report at all.
        (
            _EN + "Separately, the Commission will continue to publish its own annual status "
            "report on gender equality.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "No separate progress report will be prepared on this Plan; progress will be "
            "discussed at the annual review meeting.",
            "public_reporting",
            "no",
        ),
        # Accounts given without a rhythm (the plural verb); perpetrators held to account are
        # not reporting; a treaty body's periodic reports are another report.
        (
            _FR + "Les départements concernés rendent compte au Conseil de Gouvernement de "
            "l'avancement des engagements qui relèvent de leur compétence.",
            "regular_reporting",
            "partial",
        ),
        (
            _FR + "Objectif 2 – Les femmes sont protégées contre la violence, et les auteurs "
            "rendent compte de leurs actes.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "Le pays fait rapport tous les quatre ans au Comité pour l'élimination de la "
            "discrimination à l'égard des femmes ; ses derniers rapports périodiques, présentés "
            "en 2018, comportaient une section sur les femmes et la paix.",
            "regular_reporting",
            "not_stated",
        ),
    ],
)
def test_round27(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
