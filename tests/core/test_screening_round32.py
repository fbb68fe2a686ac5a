"""Screening, round 32 (issue 13): rules taken from the fresh84–86 sets once measured (East and
Central African, Western European, South Asian and West African Francophone plans): a treaty
body's periodic reports whatever plan the sentence names; another body's yearly report on a
subject; the resolution as the subject of a call; a team set up to prepare the plan; the SDG
indicators; a year is no costing figure; county governments and a plan's international and
national components; targets "to be reached by"; indicators for some goals only or not for
"the other actions"; « valeurs de départ »; the gender budget annex of the finance law; reports
that « ne font pas l'objet de publication »; « le ministère porteur du PAN ». Passages are
written for the test, not taken from the documents; each rule has a case where it applies and
one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "The country has submitted eight periodic reports to the CEDAW Committee; in "
            "2019 the Committee recommended that it adopt a national action plan.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The Government reports on the implementation of resolution 1325 in its "
            "national reports to the CEDAW Committee.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The Steering Committee prepares an annual progress report on the Plan.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "The Human Rights Commission publishes an annual report on violence against "
            "women.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The resolution and those that followed also call for the participation of "
            "civil society in the implementation of the agenda.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "In 2023 the Ministry set up a technical team of six officers, assisted by a "
            "consultant, to prepare the NAP.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Le suivi de ces actions contribuera également au renseignement des indicateurs "
            "des ODD relatifs à l'égalité des sexes.",
            "indicators",
            "not_stated",
        ),
        (
            _EN + "This draft carries no dedicated budget. Next steps: 3. Preparation of the "
            "results framework and costing (November 2024).",
            "budget",
            "none",
        ),
        (
            _EN + "The costing of the Plan amounts to USD 12.4 million.",
            "budget",
            "costed",
        ),
        (
            _EN + "The NAP applies to the national government and the 47 county governments.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The NAP has an international component, covering diplomacy and defence, and a "
            "national component, covering the reception of refugees.",
            "focus",
            "both",
        ),
        (
            _EN + "For each indicator the matrix sets a target to be reached by 2022.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The table sets out the indicators for Goals 1, 2 and 4. Indicators for the "
            "actions under Goals 3 and 5 will be defined during the first year.",
            "indicators",
            "partial",
        ),
        (
            _EN + "Indicators have been set only for the twelve priority actions listed below; "
            "the other actions do not yet have indicators.",
            "indicators",
            "partial",
        ),
        (
            _EN + "The Plan does not have indicators.",
            "indicators",
            "no",
        ),
        (
            _FR + "Chaque mesure est assortie d'un indicateur, d'une valeur de départ et d'une "
            "cible pour 2027.",
            "baselines_targets",
            "yes",
        ),
        (
            _FR + "Depuis 2021, la loi de finances comporte une annexe sur les dépenses sensibles "
            "au genre, qui a identifié 48,6 milliards de crédits.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Les rapports semestriels de suivi sont destinés à l'usage exclusif de "
            "l'administration et ne font pas l'objet de publication.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "En 2015, le pays a versé 1,2 million d'euros au fonds fiduciaire des Nations "
            "unies pour l'élimination de la violence à l'égard des femmes.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "LISTE DES ACRONYMES\n\nMASS     Ministère des Affaires sociales et de la "
            "Solidarité\n\nLe MASS est le ministère porteur du PAN.",
            "lead_institution",
            "Ministère des Affaires sociales et de la Solidarité",
        ),
    ],
)
def test_round32(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
