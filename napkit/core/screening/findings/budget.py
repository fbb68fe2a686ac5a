"""The budget finding: the highest step of the budget scale a passage of the plan's own money
supports (spent, disbursed, appropriated, allocated, costed, none, mentioned).
"""

from __future__ import annotations

import re

from napkit.core.screening.findings.base import _NEGATIVE, by_precedence, hits
from napkit.core.screening.findings.other_policies import (
    _OWN_PLAN,
    _continues_another_policy,
    _of_another_policy,
)
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.result import Finding
from napkit.core.screening.segment import Sentence

# The state's gender-responsive budgeting ("la loi de finances comporte une annexe genre",
# "the Gender Budget Statement"), unless the sentence names the plan: not the plan's money.
_STATE_GRB = re.compile(
    r"\bgender[- ]responsive budget\w*|\bgender budget (statement|annex)|\bgender[- ]budgeting\b"
    r"|\bannexe «?\s*genre|\bbudg[ée]tisation (sensible au|tenant compte du|axée sur le) genre\b"
    r"|\bbudgets? sensibles? au genre\b|\bgender[- ]sensitive budget\w*"
    r"|\bdépenses sensibles au genre\b"
    # (the rule that five per cent of each agency's appropriations go to gender and
    # development, under the General Appropriations Act)
    r"|\bGAD\b|\bgender and development (?:budget|programs?|programmes?)\b"
    r"|\bpresupuest\w+ (sensibles? al|con perspectiva de|con enfoque de) género\b",
    re.IGNORECASE,
)

# Money for drafting the plan ("L'élaboration du plan a été financée par ONU Femmes, qui a
# décaissé …"): not money for carrying it out.
_DRAFTING_MONEY = re.compile(
    r"\b(drafting|preparation|development|elaboration|formulation|validation) of (the|this) "
    r"(national )?(action )?plan\b.*\b(funded|financed|paid|supported|disbursed)\b"
    r"|\b(élaboration|rédaction|formulation|validation) (du|de ce) (plan|PAN)\b.*\b(financ|décaiss)"
    # "The drafting process was financed by UN Women and the Embassy of Sweden."
    r"|\b(drafting|consultation|preparation|validation) process\b[^.]*\b(funded|financed|paid|"
    r"supported)\b|\bprocessus (d'élaboration|de rédaction|de consultation)\b[^.]*\bfinanc"
    r"|\b(elaboración|redacción|formulación) del (plan|PAN)\b.*\b(financ|desembols)"
    # "… which spent USD 420,000 on the consultations, the symposium and the technical
    # assistance to the Working Group": the drafting's cost.
    r"|\b(spent|disbursed|dépensé|décaissé|gastó)\b[^.]{0,40}\b(on|pour|en) (the|les|las|los) "
    r"(consultations?|drafting|preparation|validation|symposium|workshops?|ateliers?|talleres)\b"
    # Spending still to come: "The amounts actually spent will be presented in the report".
    r"|\b(amounts?|sums?|expenditure|montants?|dépenses)\b[^.]{0,30}\b(spent|dépensés?)\b[^.]{0,20}"
    r"\b(will be|seront|sera)\b",
    re.IGNORECASE,
)

# An objective or an indicator that names funded projects ("Objective 4.2: Stabilisation
# measures funded by the Government involve women", "Number of survivors reached by projects
# funded by …"): what the plan aims at or counts, not how it is funded.
_AIM_OR_COUNT = re.compile(
    # (and a lettered indicator: "(a) Number of survivors who received support through
    # projects funded by …")
    r"^\s*(?:\(?[a-z0-9]{1,3}\)\s*)?(?:[\d.]+\s+)?(?:(?:strategic |specific )?objective|outcome|"
    r"output|result|objectif|"
    # ("Indicators: Number of survivors supported by projects financed by …")
    r"résultat|objetivo|resultado)\s*[\d.]*\s*:|^\s*(?:\(?[a-z0-9]{1,3}\)\s*)?(?:[\d.]+\s+)?"
    r"(?:(?:indicators?|indicateurs?|"
    r"indicadores?)\s*:\s*)?(?:number|percentage|share|"
    r"proportion|nombre|pourcentage|proportion|número|porcentaje)\s+(?:of|de|d')\b",
    re.IGNORECASE,
)


# A donor's money for a project of its own ("The UN Peacebuilding Fund has allocated US$ 2.5
# million to the "Women in Local Governance" project (2010–2012) managed by UNDP"), unless the
# sentence ties it to the plan.
_A_PROJECTS_MONEY = re.compile(
    r"\b(allocated|disbursed|granted|committed|provided|alloué|décaissé|octroyé|versé|asignó|"
    r"desembolsó)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}\b(to the|au|al)\b[^.;]{0,80}\b(project|projet|"
    r"proyecto)\b"
    # "… the Peace and Reintegration Programme, which has allocated USD 2.3 million to …", "the
    # humanitarian pooled fund allocated USD 2.1 million to GBV services": theirs.
    r"|\b(programme|program|project|fund|projet|fonds)\b,? (which|qui) (has |a )?(allocated|"
    r"disbursed|granted|alloué|décaissé)\b"
    r"|\b(pooled|trust|humanitarian|basket) fund (has )?(allocated|disbursed|granted)\b"
    # ("The Peace and Stabilisation Fund has set aside VMK 60 million … for a programme on …")
    r"|\b(set aside|earmarked)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}\bfor a (programme|program|"
    r"project)\b"
    # ('… through the regional programme "Women's Leadership …", under which an amount of TSD
    # 350,000 has been earmarked for activities in Tasumor')
    r"|\b(programme|program|project|projet|programa|proyecto)\b[^.;]{0,160}\b(under which|dans le "
    r"cadre duquel|en virtud del cual)\b"
    # ("the regional Women, Peace and Security programme of UN Women … received USD 9.5 million
    # from four donor countries, of which part was spent in Qaradan")
    r"|\b(programme|program|project)\b[^.;]{0,120}\breceived\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\b"
    r"from\b"
    # 'The joint programme "Women for Peace and Resilience", implemented by UN Women and UNDP
    # and funded by the European Union with EUR 3.2 million for 2021–2024'
    r"|\b(project|programme|program|projet|programa|proyecto)\b[^.;]{0,160}\b(funded|financed|"
    r"financée?|financiado)\s+(by|par|por)\s+(the\s+|l['’]|la\s+|le\s+|el\s+)?(European Union|"
    r"EU|Union européenne|UE|Unión Europea|World Bank|Banque mondiale|Banco Mundial|"
    r"(UN |United Nations )?Peacebuilding Fund|PBF|Fonds pour la consolidation de la paix|"
    r"Fondo para la Consolidación de la Paz|USAID|a group of donors|several donors|"
    r"plusieurs bailleurs|"
    # ("the Northern and Eastern Livelihood Recovery Project funded by the Asian Development
    # Fund (Rs. 3,400 million, 2021–2025)")
    r"(Asian|African|Inter-American|Caribbean) Development (Bank|Fund)|ADB|AfDB|IDB|"
    r"Banque africaine de développement|Banco Interamericano de Desarrollo)\b",
    re.IGNORECASE,
)


_BEFORE_THE_PLAN = re.compile(
    r"\bantérieure?s? (?:au|à ce) (?:présent )?plan\b|\b(?:prior to|predate|predates|predated) "
    r"(?:this|the present) plan\b|\banteriores? (?:al|a este) (?:presente )?plan\b",
    re.IGNORECASE,
)

_SHARE = re.compile(
    r"\b(?:ne )?représente(?:nt)? (?:que |seulement )?[\d,.]+\s?%|\b(?:represents?|accounts? for) "
    r"(?:only |just )?[\d.,]+\s?(?:%|per ?cent)|\brepresenta(?:n)? (?:solo |sólo )?[\d,.]+\s?%",
    re.IGNORECASE,
)


def _the_plans_money(text: str) -> bool:
    if _DRAFTING_MONEY.search(text) or _AIM_OR_COUNT.search(text):
        return False
    if _A_PROJECTS_MONEY.search(text) and not _OWN_PLAN.search(text):
        return False
    if _BEFORE_THE_PLAN.search(text):
        # (« … ces projets relèvent de la programmation de la DGD et sont antérieurs au présent
        # plan »)
        return False
    if _SHARE.search(text) and not _OWN_PLAN.search(text):
        # « le budget alloué au MASPFE ne représente que 0,4 % du budget national »: a
        # ministry's share of the state's budget, not the plan's money.
        return False
    return not _STATE_GRB.search(text) or bool(_OWN_PLAN.search(text))


# Years in a sentence: "Between 2018 and 2022 the Fund spent …".
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _spent_before(s: Sentence, start: int | None) -> bool:
    """Money spent or disbursed in years that all ended before this plan's period began, on
    programmes the sentence does not tie to a plan: past spending of the country, not this
    plan's ("Between 2018 and 2022 the Fund spent WKR 96 million on programmes …")."""
    if start is None:
        return False
    years = [int(y) for y in _YEAR.findall(s.read)]
    return bool(years) and max(years) < start and not _OWN_PLAN.search(s.read)


def budget(sentences: list[Sentence], lex: Lexicon, start: int | None = None) -> Finding:
    found = [
        h
        for h in hits("budget", sentences, lex)
        if h.value in _NEGATIVE
        or (
            _the_plans_money(h.sentence.read)
            # ("in FY 2020/21 it allocated KLS 32 billion to the Women Enterprise Fund", in a
            # plan starting in 2021, or "Its annual budget, financed by the MDN, amounted to G.
            # 2,100 million in 2015" in one starting in 2016: the country's money before the plan)
            and not (
                h.value in {"spent", "disbursed", "allocated", "mentioned"}
                and _spent_before(h.sentence, start)
            )
            # (« la Politique nationale genre dispose de son propre plan d'action budgétisé »)
            and not _of_another_policy(h)
            # (« Son plan d'actions opérationnel 2011-2013, dont le coût est estimé à … » after
            # a national policy: the policy's)
            and not _continues_another_policy(h.sentence, sentences)
        )
    ]
    if any(h.value == "none" for h in found):
        # "The Action Plan does not have a dedicated budget", and elsewhere "Norhaven disbursed
        # $412 million in international assistance to projects …" or « les mesures sont
        # exécutées … dans la limite des dotations inscrites à la loi de finances »: the
        # country's money, unless the sentence ties it to the plan.
        found = [
            h
            for h in found
            if h.value not in {"spent", "disbursed", "appropriated", "allocated"}
            or _OWN_PLAN.search(h.sentence.read)
        ]
    return by_precedence("budget", found)
