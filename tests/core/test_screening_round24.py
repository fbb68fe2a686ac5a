"""Screening, round 24 (issue 13): rules taken from the fresh60–62 sets once measured: more
shapes of an announced list (bullets, items run together on one line, numbered headings over
whole sections after "the following five areas.") and stated negatives on baselines. Passages
are written for the test, not taken from the documents; each rule has a case where it applies
and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_SECTION = (
    "Objective: more women in decision-making.\n\nSpecific actions:\n\n"
    "(a) Train women candidates.\n\n(b) Support women mediators.\n\n(c) Fund shelters.\n\n"
    "Indicators: number of women trained.\n\n"
)


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Bullets after an announcement with a colon.
        (
            _FR + "Le plan s'articule autour de trois domaines d'action prioritaires :\n\n"
            "- Prévention des conflits et des violences ;\n\n"
            "- Participation des femmes ;\n\n- Relèvement et consolidation de la paix.\n\n"
            "Chaque domaine comporte des actions.",
            "pillars",
            "Prévention des conflits et des violences; Participation des femmes; Relèvement et "
            "consolidation de la paix",
        ),
        # (bullets after a sentence without a colon are not its parts)
        (
            _FR + "Le plan retient trois domaines d'action prioritaires.\n\n"
            "- Former les élues locales ;\n\n- Équiper les commissariats ;\n\n"
            "- Financer les refuges.",
            "pillars",
            "not_stated",
        ),
        # Items run together on one line, with no full stop between them.
        (
            _FR + "Le PAN poursuit trois objectifs stratégiques (OS) :\n\n"
            "OS1 : Renforcer la participation des femmes\nOS2 : Prévenir les violences\n\n"
            "OS3 : Soutenir le relèvement économique\n\nLa matrice d'actions suit.",
            "pillars",
            "Renforcer la participation des femmes; Prévenir les violences; Soutenir le "
            "relèvement économique",
        ),
        # "the following five areas." then numbered headings, each over a whole section.
        (
            _EN + "The Plan sets out the following three areas.\n\n"
            "For each area, it sets an objective, actions and indicators.\n\n"
            "1. Participation\n\n"
            + _SECTION
            + "2. Protection\n\n"
            + _SECTION
            + "3. Relief and Recovery\n\n"
            + _SECTION,
            "pillars",
            "Participation; Protection; Relief and Recovery",
        ),
        # A document's parts ("PART 2 – …") are its chapters, not the plan's parts.
        (
            _EN + "It keeps the three pillars of the original plan and adds new activities.\n\n"
            "PART 1 – BACKGROUND\n\nThe plan was reviewed in 2021.\n\n"
            "PART 2 – FINANCES\n\nThe budget was revised.\n\nPART 3 – REPORTING\n\n"
            "Reports are annual.",
            "pillars",
            "not_stated",
        ),
        # Stated negatives on baselines.
        (
            _EN + "The indicators are used to follow trends over time; no numerical targets or "
            "baselines are set for them.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "This Strategy does not itself contain indicators, baselines, or targets; each "
            "agency will define performance metrics in its implementation plan.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Le présent plan ne comporte ni indicateurs ni valeurs de référence ; ceux-ci "
            "seront définis dans un plan opérationnel.",
            "baselines_targets",
            "no",
        ),
    ],
)
def test_round24(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
