"""Screening, round 21 (issue 13): rules taken from the fresh51–53 sets once measured: leads
named by an acronym as the sentence's subject. Passages are written for the test, not taken
from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "ANCW Almaran National Commission for Women\n\n"
            "ANCW is the lead institution for the NAP and hosts its secretariat.",
            "lead_institution",
            "Almaran National Commission for Women",
        ),
        (
            _EN + "CWFA Committee on Women and Family Affairs under the Government\n\n"
            "The CWFA coordinates the implementation of the Plan.",
            "lead_institution",
            "Committee on Women and Family Affairs under the Government",
        ),
        (
            _EN + "OFW Office for Women\n\n"
            "OFW chairs the working group and is responsible for coordinating the "
            "implementation of the National Action Plan.",
            "lead_institution",
            "Office for Women",
        ),
        # A steering committee coordinates; it is not the lead.
        (
            _EN + "NSC National Steering Committee\n\n"
            "The NSC coordinates the implementation of the Plan.",
            "lead_institution",
            "not_stated",
        ),
        # An acronym the document does not spell out is not a name.
        (
            _EN + "ANCW is the lead institution for the NAP.",
            "lead_institution",
            "not_stated",
        ),
        (
            _FR + "DSH : Division Sécurité humaine\n\n"
            "La DSH préside le groupe de travail et assure la coordination de la mise en œuvre "
            "du PAN.",
            "lead_institution",
            "Division Sécurité humaine",
        ),
        (
            _FR + "MFFPE : Ministère de la Femme et de la Famille\n\n"
            "Le MFFPE est le ministère chef de file du PAN.",
            "lead_institution",
            "Ministère de la Femme et de la Famille",
        ),
    ],
)
def test_round21(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
