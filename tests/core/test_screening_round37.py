"""Screening, round 37 (issue 13): rules taken from the fresh99–101 sets once measured (German,
Austrian, Namibian, Pacific, Balkan, Central Asian, Palestinian, US, New Zealand, South Asian,
West and Central African, French, Swiss and Luxembourg plans): a lead that "shall be the body
coordinating the implementation of the Plan"; baselines "not collected" after a semicolon;
a ministry coordinating "through the gender focal points" or to which coordination "is
entrusted" and which works with focal points (partial); a report a council "forwards" to
parliament; "consultations … were not held"; « la société civile a pris part au processus
d'élaboration » (partial). Passages are written for the test, not taken from the documents;
each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "The Ministry of Labour and Social Affairs shall be the body coordinating the "
            "implementation of the Plan.",
            "lead_institution",
            "Ministry of Labour and Social Affairs",
        ),
        (
            _EN + "The matrix sets a target value for 2028 for each indicator; baseline values "
            "were not collected and will be established in the first overview.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The Women's Office will coordinate the implementation of this Plan through the "
            "gender focal points designated in line ministries.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "The Steering Committee will coordinate the implementation of this Plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "Coordination of the implementation of the Plan is entrusted to the State "
            "Committee, which works with focal points designated by each executing body.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "The Working Group prepares an annual implementation report, which the Council "
            "of Ministers forwards to the National Council (parliament).",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "Public consultations with public associations were not held during its "
            "preparation.",
            "cs_design",
            "no",
        ),
        (
            _EN + "Public consultations with women's associations were held in every region.",
            "cs_design",
            "yes",
        ),
        (
            _FR + "Outre les ministères et les partenaires, la société civile a pris part au "
            "processus d'élaboration.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "La société civile a pris part à la rédaction des axes du plan.",
            "cs_design",
            "yes",
        ),
    ],
)
def test_round37(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
