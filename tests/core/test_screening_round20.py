"""Screening, round 20 (issue 13): rules taken from the fresh48–50 sets once measured, chiefly
what the resolutions and the Security Council ask of every state (not this plan's statements).
Passages are written for the test, not taken from the documents; each rule has a case where it
applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # What the resolutions ask of every state is not what this plan does.
        (
            "Women, Peace and Security Strategy 2021–2025\n\nUNSCR 1325 (2000) and UNSCR 2242 "
            "(2015) call on Member States to consult civil society, including women's "
            "organisations, in the development of their national strategies.",
            "cs_design",
            "not_stated",
        ),
        (
            "Stratégie 2020–2024\n\nElle invite les États membres à rendre compte de sa mise en "
            "œuvre et à associer les femmes à tous les niveaux de décision.",
            "regular_reporting",
            "not_stated",
        ),
        (
            "Strategy 2017–2021\n\nIn 2010 the Security Council welcomed a set of global "
            "indicators to track implementation of resolution 1325, and UN entities report "
            "against them each year.",
            "regular_reporting",
            "not_stated",
        ),
        # … unless the sentence names this plan.
        (
            _EN + "As UNSCR 2242 calls on Member States to consult civil society, this Plan was "
            "drafted in consultation with civil society organisations.",
            "cs_design",
            "yes",
        ),
        # The resolution's four pillars are not the plan's structure.
        (
            _FR + "La résolution 1325 s'articule autour de quatre piliers : la participation, la "
            "prévention, la protection, ainsi que les secours et le relèvement.",
            "pillars",
            "not_stated",
        ),
        (
            _FR + "Le présent Plan reprend les quatre piliers de la résolution : la participation, "
            "la prévention, la protection, ainsi que les secours et le relèvement.",
            "pillars",
            "Participation; Prévention; Protection; Secours et relèvement",
        ),
        # French plans that say what they lack.
        (
            _FR + "À ce stade, le PAN ne dispose pas d'un mécanisme de suivi et d'évaluation.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Le présent plan ne prévoit pas de rapports d'étape.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Il n'existe pas de mécanisme de coordination propre au plan.",
            "coordination_mechanism",
            "no",
        ),
        (
            _FR + "Il n'existe pas de mécanisme de coordination propre au plan.",
            "cs_on_coordination",
            "no",
        ),
        (
            _FR + "Le comité dispose d'un mécanisme de suivi et d'évaluation.",
            "me_framework",
            "not_stated",
        ),
        # Leads: « assure le pilotage du plan », "the national coordinator of the NAP".
        (
            _FR + "MAECAE : Ministère des Affaires étrangères et de la Coopération\n\n"
            "Le MAECAE assure le pilotage du plan.",
            "lead_institution",
            "Ministère des Affaires étrangères et de la Coopération",
        ),
        (
            _EN + "MLSP Ministry of Labour and Social Policy\n\n"
            "The MLSP is the national coordinator of the NAP.",
            "lead_institution",
            "Ministry of Labour and Social Policy",
        ),
    ],
)
def test_round20(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
