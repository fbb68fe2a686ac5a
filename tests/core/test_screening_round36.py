"""Screening, round 36 (issue 13): rules taken from the fresh96–98 sets once measured (Nordic,
Baltic, Liberian, South Sudanese, Timorese, Rwandan, Haitian, Togolese, Malagasy and small-state;
Canadian, Iraqi, Ghanaian, Serbian, Japanese, Beninese, Gabonese, Central African, Moroccan and
subnational; Dutch, Danish, Zimbabwean, Mozambican, Sri Lankan, Burundian, Djiboutian,
Mauritanian, Comorian and Belgian plans): money "separate from this plan", "managed and
reported under its own authorities" or "For information:"; the drafting process's funding; an
indicator's "projects financed by"; a budget report and a yearly report on violence by other
bodies; another clause's report; another policy's committee and monitoring framework; a summary
of the follow-up published, a report launched at a public event, one a minister "submits" to
Parliament; money "appropriated in the Law on the Budget"; indicators "for each area"; "numerical
baselines or targets"; "target levels have been set for 2026"; a network's representatives met;
a body that "has eleven members"; a roll named three sentences after its body; ministries and
agencies that "report on" their measures; civil society "responsible for" actions, whatever
"may" follows; « ont également participé au processus »; « consacre … une enveloppe »; a lead
that "leads the Action Plan". Passages are written for the test, not taken from the documents;
each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "Within the development cooperation strategy, which is separate from this plan, "
            "EUR 35 million a year is allocated to women's rights organisations.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "EUR 35 million a year is allocated to the implementation of this plan.",
            "budget",
            "allocated",
        ),
        (
            _EN + "For information: in 2021 the Ministry allocated EUR 640,000 to projects of "
            "women's organisations.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The programme disbursed N$142 million in 2023 and contributes to this plan, but "
            "its budget is managed and reported under its own authorities.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The drafting process was financed by UN Women and a partner embassy.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "Indicators: Number of survivors supported by projects financed by the "
            "Government.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "Funds for the measures in 2024 in the amount of DRD 61,400,000 are appropriated "
            "in the Law on the Budget of the Republic for 2024.",
            "budget",
            "appropriated",
        ),
        (
            _FR + "Le Gouvernement consacre à la mise en œuvre du présent plan une enveloppe de "
            "1,2 million d'euros.",
            "budget",
            "allocated",
        ),
        (
            _EN + "The Ministry of Finance publishes quarterly budget performance reports, which "
            "will track the funds released to NAP activities.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "L'Observatoire publie un rapport annuel sur les violences basées sur le genre.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Le rapport annuel du plan est rendu public et mis en ligne ; l'Observatoire en "
            "présente une synthèse dans son rapport annuel sur l'état de l'égalité.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "A summary of the annual follow-up is published on the Government's website.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The annual progress report shall be launched at a public event and distributed "
            "to the media.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The working group prepares an annual report on the plan, which the Minister "
            "submits to Parliament's Foreign Policy Committee.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "For each area, the Plan sets out a goal, measures, the ministries responsible "
            "and indicators.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The indicators in this Plan are not accompanied by numerical baselines or "
            "targets.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "Target levels have been set for 2026 for every indicator.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The Working Group coordinates the Plan. The Working Group meets representatives "
            "of the Norland 1325 Network twice a year.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _EN + "The Steering Committee coordinates the Plan. It has eleven members: four "
            "ministries, six representatives of civil society organisations and one university.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "Le Comité national de pilotage (CNP) est l'organe de coordination du PAN. Il "
            "adopte les plans de travail annuels. Il est présidé par le Ministre et comprend :\n"
            "• un représentant de chacun des ministères ;\n• quatre représentants des "
            "organisations de la société civile ;\n• un représentant des autorités religieuses.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _EN + "Relevant ministries and agencies report on the implementation of their "
            "measures to the Ministry of Foreign Affairs by the end of June each year.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "The National Policy on Women's Empowerment is accompanied by a monitoring "
            "framework of 42 indicators.",
            "indicators",
            "not_stated",
        ),
        (
            _EN + "NGOs are responsible for several awareness-raising activities, and the working "
            "group may involve them as partners in other activities.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "The working group may involve NGOs as partners in some activities.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Des organisations de la société civile, des responsables religieux et des "
            "universitaires ont également participé au processus.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "Des organisations de la société civile ont participé à la rédaction des axes.",
            "cs_design",
            "yes",
        ),
        (
            _FR + "Le pays dispose d'un Plan national de lutte contre les violences faites aux "
            "femmes, doté d'un comité de suivi qui réunit les ministères et les organisations de "
            "femmes.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "External Affairs Norland (EAN) leads the Action Plan and chairs the Directors "
            "General Committee.",
            "lead_institution",
            "External Affairs Norland",
        ),
    ],
)
def test_round36(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
