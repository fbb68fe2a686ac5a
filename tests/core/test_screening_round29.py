"""Screening, round 29 (issue 13): rules taken from the fresh75–77 sets once measured: leads
named "the lead agency" or « la structure responsable », a Belgian federal service by its
short name (« Le SPF Affaires étrangères assure la coordination générale du plan »), and
scopes that look inward and outward. (The evaluator's reading of a name with its acronym in
brackets is tested with the other name comparisons in round 9.) Passages are written for the
test, not taken from the documents; each rule has a case where it applies and one where it
must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_ACRONYMS = """LIST OF ACRONYMS

OFW      Office for Women
MoWCSP   Ministry of Women, Children and Social Protection

"""


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + _ACRONYMS + "OFW is the lead coordinating agency for the Plan.",
            "lead_institution",
            "Office for Women",
        ),
        (
            _EN + _ACRONYMS + "The MoWCSP is the lead agency responsible for coordinating the "
            "implementation of the Plan.",
            "lead_institution",
            "Ministry of Women, Children and Social Protection",
        ),
        # (each ministry leading its own actions is no lead of the plan)
        (
            _EN + _ACRONYMS + "Each line ministry is the lead agency for the actions under "
            "its mandate.",
            "lead_institution",
            "not_stated",
        ),
        (
            _FR + "Le Ministère de la Promotion de la Femme et du Genre est la structure "
            "responsable du présent plan.",
            "lead_institution",
            "Ministère de la Promotion de la Femme et du Genre",
        ),
        (
            _FR + "Le SPF Affaires étrangères assure la coordination générale du plan et la "
            "présidence du groupe de travail.",
            "lead_institution",
            "SPF Affaires étrangères",
        ),
        # Scopes that look both ways.
        (
            _EN + "The NAP looks inward, to the safety and participation of women in the "
            "country's own communities, and outward, to its role in peacekeeping and mediation.",
            "focus",
            "both",
        ),
        (
            _EN + "The NAP and this Implementation Plan cover action within Orumba as well as "
            "Orumba's contribution to peace support operations beyond its borders.",
            "focus",
            "both",
        ),
        (
            _FR + "Le plan s'applique à la politique étrangère, de défense et de coopération du "
            "pays ainsi qu'aux politiques intérieures qui concernent l'agenda.",
            "focus",
            "both",
        ),
        # (outward only)
        (
            _FR + "Le plan s'applique à la politique étrangère, de défense et de coopération du "
            "pays.",
            "focus",
            "international",
        ),
    ],
)
def test_round29(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
