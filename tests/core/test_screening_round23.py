"""Screening, round 23 (issue 13): rules taken from the fresh57–59 sets once measured: leads
named by a defined acronym in any leading phrasing, lines of the list of acronyms run together,
and baselines said to be missing in more ways. Passages are written for the test, not taken
from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


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
        # Reports sent to parliament, in the base form of the verb or to a committee of the
        # chamber: partial (reporting to parliament is not publication).
        (
            _EN + "The Directorate shall prepare a consolidated annual report, which the "
            "committee shall submit to the Government and to the Parliament by 1 April.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Le ministère rédige un rapport annuel de mise en œuvre, que la ministre "
            "transmet à la Commission des Relations extérieures de la Chambre avant le 30 avril.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Le ministère rend compte périodiquement de l'état d'avancement du plan à la "
            "Commission des affaires étrangères de la Chambre des députés.",
            "public_reporting",
            "partial",
        ),
        # (a report to the government alone is not to parliament)
        (
            _EN + "The committee shall submit the annual report to the Government by 1 April.",
            "public_reporting",
            "not_stated",
        ),
        # Another body's titled publication.
        (
            _EN + "The National Peace Council publishes an annual State of Peace report.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The Ministry publishes an annual progress report on the Plan.",
            "public_reporting",
            "yes",
        ),
        # A roll of offices, all of them government.
        (
            _EN + "The National Coordinating Committee (NCC) coordinates the implementation of "
            "the Plan and meets every quarter. Its members are the Chief Directors, or their "
            "representatives, of the Ministries of Defence, the Interior, Foreign Affairs, "
            "Finance, and Local Government, together with the Chief of Defence Staff, the "
            "Inspector-General of Police and the Executive Secretary of the Electoral Office.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "The National Coordinating Committee (NCC) coordinates the implementation of "
            "the Plan. Its members are the Chief Directors of the Ministries of Defence, the "
            "Interior and Finance, and two representatives of the Coalition of Women's NGOs.",
            "cs_on_coordination",
            "yes",
        ),
        # No body for the plan.
        (
            _EN + "There will be no separate steering committee for the Plan; the Bureau will "
            "coordinate implementation through the gender focal points.",
            "cs_on_coordination",
            "no",
        ),
        (
            _FR + "Le plan ne crée pas d'organe de coordination ; la Direction de la femme suit "
            "sa mise en œuvre avec les points focaux.",
            "cs_on_coordination",
            "no",
        ),
        # The body meets civil society: no seat, partial.
        (
            _FR + "Un Comité national de pilotage (CNP) coordonne la mise en œuvre du plan.\n\n"
            "Le CNP tient chaque semestre une séance de concertation avec les organisations de "
            "la société civile.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _FR + "Le Groupe de travail interdépartemental (GTI) coordonne la mise en œuvre du "
            "plan.\n\nLe GTI se réunit deux fois par an avec les organisations de la société "
            "civile pour un échange sur l'avancement du plan.",
            "cs_on_coordination",
            "partial",
        ),
    ],
)
def test_round23(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
