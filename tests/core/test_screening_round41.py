"""Screening, round 41 (issue 13): rules taken from the fresh111–113 sets once measured (Kenyan,
Nigerian, British, Bosnian, Philippine, Norwegian, Georgian, Irish, Canadian, Finnish, Jordanian,
Liberian, Korean, Malian, Congolese, French, Cameroonian, Senegalese, Swiss, Belgian and Ivorian
plans): scopes "at national and county levels and … abroad" and "within the Lumarines"; a group
that meets "the IDB"; "The members of the NSC-WPS are …"; a civil-society group that "will review
the draft annual progress report"; results "disclosed to the public"; "reports annually … to the
Foreign Affairs Committee of Parliament"; "shall reflect the budget required … in its annual
budget request"; « Les ressources … seront mobilisées »; « ont versé au total 11,4 millions …
au titre des mesures du présent plan »; « Le pilotage du plan est assuré par la Direction … »;
« pas été possible d'organiser des consultations »; « pas de dispositif formel de suivi »;
"Each participating ministry shall submit … to MGEY by the end of February"; « Chaque
partenaire communique au point focal … avant le 31 janvier »; acronyms listed inline
("Abbreviations: MGEY – …; HICA – …"); a drafting group that "included" civil society; "prepared
with the participation of 11 ministries, civil society and experts" (partial); a treaty body's
periodic reports and another body's "special report"; a programme "funded by a group of donors";
parts announced by "addresses" and numbered "Area of action 1", "iii."; Passages are written for
the test, not taken from the documents; each rule has a case where it applies and one where it
must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (
            _EN + "The NAP applies at national and county levels and to Tavora's engagement "
            "abroad, in particular the deployment of personnel to peace support operations.",
            "focus",
            "both",
        ),
        (
            "LUMARINES\nNATIONAL ACTION PLAN\n\n" + _EN + "Scope: The NAP covers conflict-affected "
            "and conflict-vulnerable communities within the Lumarines.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The Implementation Board (IDB) coordinates the implementation of the Plan. It "
            "is composed of the Ministry of Justice, the Ministry of Defence and the Ministry of "
            "the Interior. Representatives of the Women's Network meet the IDB twice a year.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _EN + "The National Steering Committee (NSC) coordinates the implementation of the "
            "Plan. The members of the NSC are the Department of Justice, the Department of "
            "Defense and two representatives of women's civil society organizations.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _EN + "The Civil Society Advisory Group (CSAG) meets with the committee twice a year. "
            "It will review the draft annual progress report each year and provide written "
            "advice.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "The results of the annual evaluation shall be disclosed to the public on the "
            "ministry's website.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The follow-up group meets three times a year. It reports annually on the "
            "implementation of the Action Plan to the Foreign Affairs Committee of Parliament.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The follow-up group meets three times a year. It reports annually on the "
            "implementation of the Action Plan to the Government.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "Each participating ministry shall reflect the budget required for its tasks in "
            "its annual budget request.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "Les ressources nécessaires à la mise en œuvre du présent plan seront mobilisées "
            "sur le budget de l'État.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "En 2023 et 2024, les offices concernés ont versé au total 11,4 millions de "
            "francs au titre des mesures du présent plan.",
            "budget",
            "disbursed",
        ),
        (
            _FR + "Le pilotage du plan est assuré par la Direction des Nations unies et des droits "
            "humains du ministère, en lien avec les ministères concernés.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _FR + "En raison de la situation sécuritaire, il n'a pas été possible d'organiser des "
            "consultations avec les organisations de la société civile lors de l'élaboration du "
            "Plan.",
            "cs_design",
            "no",
        ),
        (
            _FR + "Compte tenu de la situation, le Plan ne prévoit pas de dispositif formel de "
            "suivi-évaluation.",
            "me_framework",
            "no",
        ),
        (
            _EN + "Abbreviations: MGEY – Ministry of Gender Equality and Youth; HICA – Hanbora "
            "International Cooperation Agency.\n\nMGEY shall coordinate the implementation of "
            "the Plan among the participating ministries.",
            "lead_institution",
            "Ministry of Gender Equality and Youth",
        ),
        (
            _EN + "Each participating ministry shall submit the results of the previous year's "
            "implementation to MGEY by the end of February each year. MGEY shall prepare an "
            "annual implementation report by the end of May.",
            "me_framework",
            "yes",
        ),
        (
            _FR + "Chaque partenaire communique au point focal du ministère, avant le 31 janvier, "
            "les données relatives aux indicateurs. Sur cette base, le groupe établit le rapport "
            "annuel de mise en œuvre.",
            "me_framework",
            "yes",
        ),
        (
            _EN + "The fourth Action Plan was prepared by a working group appointed by the "
            "Ministry. The working group included representatives of the six ministries, as well "
            "as the 1325 Network and other civil society organisations.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "This Plan was prepared with the participation of 11 ministries, civil "
            "society and experts.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "Le pays rend compte de la mise en œuvre de la CEDEF dans ses rapports "
            "périodiques au Comité pour l'élimination de la discrimination à l'égard des femmes.",
            "me_framework",
            "not_stated",
        ),
        (
            _EN + "The Public Defender also publishes an annual special report on the rights of "
            "women in conflict-affected areas.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The work is supported by a programme of the Agency funded by a group of donors "
            "with EUR 2 million.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The NAP addresses three thematic areas:\n\ni. Prevention and Early Warning\nii. "
            "Participation and Representation\niii. Protection and Prohibition of SGBV\n\n3.3 "
            "Coordination",
            "pillars",
            "Prevention and Early Warning; Participation and Representation; Protection and "
            "Prohibition of SGBV",
        ),
        (
            _EN + "Everything in this Plan is organised around two areas of action.\n\nArea of "
            "action 1 — Women's leadership in peace processes\nText.\n\nArea of action 2 — "
            "Protection and human rights\nText.",
            "pillars",
            "Women's leadership in peace processes; Protection and human rights",
        ),
    ],
)
def test_round41(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


def test_round41_a_strategy_by_its_scope() -> None:
    """A first version of this round lost the scope of a plan called a strategy (its vocabulary
    vote tipped); the statement itself now reads: "The Strategy addresses the foreign policy,
    defense, development, and security assistance activities of the Federal Government"."""
    text = (
        _EN + "The Strategy addresses the foreign policy, defense, development, and security "
        "assistance activities of the Federal Government."
    )
    assert _one(text, "focus") == "international"


def test_round41_another_strategy_described() -> None:
    """ "The Strategy, which covers all domestic policies, …" describes another strategy (a
    national gender equality strategy): the plan's own scope statement decides."""
    text = (
        _EN + "The Strategy, which covers all domestic policies, including the prevention of "
        "violence, is implemented by the Ministry of Social Affairs. This Action Plan concerns "
        "foreign policy, diplomacy and development cooperation."
    )
    assert _one(text, "focus") == "international"
