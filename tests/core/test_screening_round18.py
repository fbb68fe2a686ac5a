"""Screening, round 18 (issue 13): rules found while the fresh42–44 sets were being written
(the years of a war are not a plan's period; "PAN 1" is the first plan), then rules taken from
those sets once measured. Passages are written for the test, not taken from the documents; each
rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_COVER_EN = "National Action Plan on Women, Peace and Security 2020–2024\n\n"
_COVER_FR = "Plan d'action national 1325, 2021-2025\n\n"


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
        # Round 18, from fresh42–44 once measured: stated negatives on baselines, reports
        # sent to a parliament's committee, reports without a rhythm, data sent by a date,
        # money from each body's ordinary budget, bodies whose members are officials only.
        (
            _EN + "The indicators are qualitative or descriptive and have no baseline values or "
            "quantified targets.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "It does not fix baseline values or quantified targets; the annual follow-up "
            "reports will describe the trend of each indicator.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "The results framework lists indicators. It sets neither baselines nor targets.",
            "baselines_targets",
            "no",
        ),
        (
            _FR
            + "Le cadre de résultats comporte des indicateurs. Ces indicateurs ne comportent ni "
            "valeur de référence ni cible chiffrée.",
            "baselines_targets",
            "no",
        ),
        (
            _EN
            + "The Government will submit every year a follow-up report on the Plan to the Joint "
            "Committee for Equality of the National Cortes.",
            "public_reporting",
            "partial",
        ),
        (
            _EN
            + "The annual report is sent to the member of the Government responsible for equality "
            "and to the Assembly of the Republic.",
            "public_reporting",
            "partial",
        ),
        (
            _FR
            + "Le rapport de synthèse sur la mise en œuvre du Plan est communiqué à la Commission "
            "des affaires sociales de l'Assemblée nationale.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The annual results report is adopted by the Council each April and is posted on "
            "the Ministry's website within one month.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "The Council compiles the information and reports on the Plan to the Council of "
            "Ministers from time to time, as developments require.",
            "regular_reporting",
            "partial",
        ),
        (
            _EN
            + "Each responsible entity sends the CEC, by 31 January of each year, the data on the "
            "execution of its measures in the preceding year, using the indicator sheet annexed "
            "to the Plan. On the basis of this information the CEC prepares an annual interim "
            "report, which the Monitoring Group approves by 31 March of each year.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "The Office of Human Rights prepares a follow-up report every year, which is "
            "presented to the Foreign Affairs Committee of the Congress of Deputies.",
            "me_framework",
            "partial",
        ),
        (
            _FR + "Le Plan a été rédigé par le ministère ; les organisations de la société civile "
            "n'ont pas été consultées lors de son élaboration.",
            "cs_design",
            "no",
        ),
        (
            _FR + "Il n'est pas créé d'organe de coordination propre au présent plan.",
            "coordination_mechanism",
            "no",
        ),
        (
            _EN + "An Interministerial Team for Women, Peace and Security is established to "
            "coordinate the execution of the tasks and to follow progress.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR
            + "Au 31 décembre 2019, les institutions avaient dépensé 8,7 millions PRL au titre du "
            "Plan.",
            "budget",
            "spent",
        ),
        (_FR + "Le présent Plan n'est doté d'aucun crédit spécifique.", "budget", "none"),
        (
            _EN
            + "Each ministry will finance the actions for which it is responsible under this Plan "
            "from its ordinary budget.",
            "budget",
            "mentioned",
        ),
        (
            _EN
            + "Each entity implements its commitments under this Plan from its allocations in the "
            "general budget of the State.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "Le financement de la mise en œuvre du Plan est assuré par le budget de l'État "
            "conformément à la décentralisation budgétaire en vigueur.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "The Interministerial Team coordinates the Plan. It is composed exclusively of "
            "representatives of the government administration.",
            "cs_on_coordination",
            "no",
        ),
        (
            _FR + "Le Comité de pilotage coordonne le Plan. Il est composé exclusivement de "
            "représentants de l'administration.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN
            + "The Monitoring Committee coordinates the Plan. Its members are one representative "
            "each of the Ministry of Foreign Affairs, the Ministry of Defence and the Police "
            "Presidium.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN
            + "The Monitoring Committee coordinates the Plan. Its members are one representative "
            "each of the Ministry of Foreign Affairs, the Ministry of Defence and two women's "
            "organisations.",
            "cs_on_coordination",
            "yes",
        ),
    ],
)
def test_findings_on_short_passages_round_18(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


# Leads named by a decree's clause, or as "the national lead for the Plan".
@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "The Council of Ministers resolves: 1. To approve the Plan. 2. To entrust the "
            "Commission for Equality and Citizenship with the coordination of the Plan.",
            "Commission for Equality and Citizenship",
        ),
        (
            "The Council of Ministers resolves to entrust the Commission for Citizenship and "
            "Equality (CCE) with the coordination of the III NAP.",
            "Commission for Citizenship and Equality",
        ),
        (
            "The National Council for Women is the national entity responsible for the Plan.",
            "National Council for Women",
        ),
        (
            "The Ministry of State for Women's Affairs is the national lead for the Plan and its "
            "secretariat.",
            "Ministry of State for Women's Affairs",
        ),
        (
            "The Ministry of Defence will entrust the Gender Adviser with the coordination of its "
            "training courses.",
            "not_stated",
        ),
    ],
)
def test_lead_round_18(text: str, lead: str) -> None:
    found = _one(_EN + text, "lead_institution")
    assert found == lead or (lead != "not_stated" and found in lead)
