"""Screening, round 23 (issue 13): rules taken from the fresh57–59 sets once measured: leads
named by a defined acronym in any leading phrasing, lines of the list of acronyms run together,
and baselines said to be missing in more ways. Passages are written for the test, not taken
from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _one as _screened


def _one(text: str, finding: str) -> str:
    return _screened(text, finding)[0]


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Lines of the list of acronyms with no full stop between them read as one sentence.
        (
            _EN + "MoD       Ministry of Defence\nMoWSA     Ministry of Women and Social Affairs\n"
            "NAP       National Action Plan\n\n"
            "MoWSA shall lead and coordinate the implementation of this NAP.",
            "lead_institution",
            "Ministry of Women and Social Affairs",
        ),
        # The agent of a passive.
        (
            _EN + "MSD     Ministry of Social Development\n\n"
            "Coordination of the implementation of the Plan shall be carried out by the MSD, "
            "which works with gender focal points in the ministries.",
            "lead_institution",
            "Ministry of Social Development",
        ),
        (
            _FR + "MFAS     Ministère de la Femme et de l'Action sociale\n\n"
            "La coordination technique de la mise en œuvre est assurée par le MFAS à travers le "
            "Secrétariat permanent du PAN (SP/PAN).",
            "lead_institution",
            "Ministère de la Femme et de l'Action sociale",
        ),
        # The subject, with an aside before the verb.
        (
            _FR + "AMT     Affaires mondiales Tarvanie\n\n"
            "AMT, par l'entremise de son Centre pour l'égalité, dirige la mise en œuvre du Plan et "
            "en coordonne le suivi.",
            "lead_institution",
            "Affaires mondiales Tarvanie",
        ),
        (
            _EN + "MLSP – Ministry of Labour and Social Protection\n\n"
            "The MLSP is the authorised state body responsible for the coordination of the "
            "implementation of the Plan.",
            "lead_institution",
            "Ministry of Labour and Social Protection",
        ),
        # What it coordinates must be the plan.
        (
            _EN + "MoWSA     Ministry of Women and Social Affairs\n\n"
            "MoWSA coordinates the Protection Cluster's working group on shelters.",
            "lead_institution",
            "not_stated",
        ),
        # A steering committee known by its acronym coordinates; it is not the lead.
        (
            _EN + "NSC     National Steering Committee\n\n"
            "Coordination of the implementation of the Plan shall be carried out by the NSC.",
            "lead_institution",
            "not_stated",
        ),
        # Baselines missing when the plan was drafted, to come or replaced by targets.
        (
            _EN + "Baseline values were not collected for this cycle; the Gender Directorate will "
            "establish them with the statistics office during 2025.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "Baseline data were not available when the plan was drafted; the matrix "
            "therefore sets targets to be reached by 2027 for each indicator.",
            "baselines_targets",
            "partial",
        ),
        # (a past situation alone, with nothing to come, is not read as this plan's)
        (
            _EN + "Baseline data were not available for the first plan.",
            "baselines_targets",
            "not_stated",
        ),
        (
            _EN + "The indicators do not yet have baselines or targets; these will be set after "
            "a baseline study in 2025.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Les indicateurs retenus ne sont assortis ni de valeurs de référence ni de "
            "cibles chiffrées.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Lorsque la situation de référence n'était pas disponible, elle sera établie par "
            "l'enquête de référence prévue en 2025.",
            "baselines_targets",
            "partial",
        ),
    ],
)
def test_round23(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
