"""Whether a sentence speaks of another policy than the plan: a national gender policy, a
strategy on gender-based violence, with its own indicators, budget and reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from napkit.core.screening.findings.base import Hit
from napkit.core.screening.segment import Sentence

# A sentence that names this plan: "this plan", "the Plan" (capitalised: the document's own),
# "the plan's", "NAP", "le présent plan", "este plan". Such a sentence speaks of
# the plan's own money, period or indicators, not of the state's or another policy's.
_OWN_PLAN = re.compile(
    # (not "the NAP-GBV": another plan, by its acronym)
    # (nor « le PAN VBG »)
    r"\b(?-i:NAP|PAN|PNA)\b(?!\s?-?\s?(?-i:GBV|SGBV|VAWG?|EVAW|VBG|VFF|DV)\b)"
    r"|\b(?:this|the present)\s+(?:national\s+)?(?:action\s+)?plan\b|\bthe plan's\b"
    # (not "The National Plan to End Violence against Women and Children 2022–2032")
    r"|\bthe\s+(?:national\s+)?(?:action\s+)?(?-i:Plan)\b(?!\s+(?:to\s+(?:End|Prevent|Combat|"
    r"Eliminate|Reduce|Stop)|against|for\s+the\s+(?:Elimination|Prevention)|on\s+(?:Gender-Based|"
    r"Domestic|Sexual)\s+Violence|(?:for\s+\d{4}[–-]\d{4}\s+)?on\s+Combat\w*|(?:for|on)\s+"
    r"(?:Gender\s+)?Equality)\b)"
    r"|\b(?:le présent|ce|du présent|de ce|au présent|à ce)\s+plan\b|\b(?:este|el presente)\s+plan"
    r"\b",
    re.IGNORECASE,
)

# Another policy's own framework ("Le Plan gouvernemental pour l'égalité comporte 58
# indicateurs", "the National Gender Policy's indicators"), unless the sentence ties it to this
# plan: not this plan's indicators.
_OTHER_POLICY = re.compile(
    # (« … un rapport sur la mise en œuvre de la politique de genre »)
    r"\b(plan gouvernemental (pour|de) l'égalité|(politique|stratégie) (nationale )?(du |de |pour |"
    r"d')?(genre|l'égalité|égalité|équité|l'équité)|"
    # ("… to the implementation of the NAP-GBV": a plan on violence, by its acronym)
    r"(?-i:NAP|PAN)\s?-?\s?(?-i:GBV|SGBV|VAWG?|EVAW|VBG|VFF|DV)\b|"
    r"national (gender|gender equality) (policy|strategy|plan)|"
    r"gender equality (policy|strategy|act)|política nacional de (género|igualdad)|"
    # "The National Policy on Women's Empowerment (2022) is accompanied by a monitoring framework
    # of 42 indicators"; « un Plan national de lutte contre les violences faites aux femmes »
    r"national policy (on|for) (women|gender)|plan (d'action )?national de lutte contre|"
    r"plan (nacional "
    r")?de igualdad|"
    # The SDGs' review and the Secretary-General's global indicators for resolution 1325.
    r"voluntary national review|rapport national volontaire|informe nacional voluntario|"
    r"indicateurs (des|de l'|du) ?ODD|SDG( \d+)? indicators|indicadores (de los|del) ODS|"
    # A national fund named with capitals (« des crédits au Fonds national de solidarité, qui
    # finance les filets sociaux »): its money, not the plan's.
    r"(?-i:Fonds national|National Fund|Fondo Nacional) (de|du|des|d'|pour|for|of|para)|"
    # A regional plan ("the Pacific Regional Action Plan on WPS; its progress reports are
    # prepared and published by the PIFS"), with its own reports and indicators.
    # (not "the Regional Action Plan" of a regional organisation's own document)
    r"(?-i:[A-Z][a-z]+ Regional Action Plan)|(?-i:[A-Z]\w+ )plan d'action régional|"
    r"(?-i:[A-Z]\w+ )plan de acción regional|"
    # "The National Plan to End Violence against Women and Children 2022–2032, led by …", "The
    # National GBV Plan of Action is coordinated by the National GBV Task Force, which …"
    r"(?-i:National (?:Action )?Plan) (?:to (?:End|Prevent|Combat|Eliminate|Reduce|Stop)|against|"
    r"for the (?:Elimination|Prevention)|(?:for|on) (?:Gender )?Equality|on (?:Gender-Based|"
    r"Domestic|Sexual) Violence)|"
    # (« le Cadre de résultats continental de l'Union africaine … comprend 28 indicateurs »)
    r"Cadre de résultats continental|Continental Results Framework|"
    # (« relèvent du Plan d'action national pour l'égalité des femmes et des hommes 2023-2027,
    # qui dispose de ses propres indicateurs »)
    r"plan (?:d'action )?national (?:pour|de) l'égalité|"
    r"plan (?:d'action )?national pour les droits des femmes|"
    # "The National Action Plan for 2024–2026 on Combating Violence against Women …"
    r"(?-i:National Action Plan)(?: for \d{4}[–-]\d{4})? on Combat\w+|"
    r"(?-i:National (?:S?GBV|Gender-Based Violence|Domestic Violence) (?:Action )?"
    r"(?:Plan|Strategy|Policy))|"
    # A national strategy or policy named with capitals ("the National Strategy for Combating
    # Violence against Women (NSCVAW) 2013–2017, whose implementation committee issues an annual
    # report", « La SNDD (Stratégie nationale de développement durable) … dispose d'un dispositif
    # de suivi fondé sur 42 indicateurs »)
    # ("Under the Safe Futures Strategy, third sector organisations are funded to deliver …")
    r"^\W*under the (?-i:(?:[A-Z][\w'’-]+\s+){1,4}(?:Strategy|Policy))|"
    r"(?-i:National (?:Strategy|Policy)) (?:for|on|to)|"
    # ("The National GESI Policy 2021–2030 is the overarching policy … . Its implementation is
    # coordinated by the GESI Policy Steering Committee")
    r"(?-i:National (?:[A-Z][\w-]*\s+){1,3}(?:Policy|Strategy))\b|"
    # ("The State Strategy for Ensuring Equal Rights …, whose implementation is coordinated by
    # the Government Commissioner", "the State Targeted Social Programme for Preventing …")
    r"(?-i:State (?:Targeted )?(?:Social )?(?:Strategy|Programme|Program|Policy)) (?:for|on|of)|"
    r"(?-i:Stratégie|Politique) (?-i:nationale) "
    r"(?:de|du|des|d'|pour)|(?-i:Estrategia|Política) (?-i:Nacional) (?:de|para|contra)|"
    r"(?:Secretary-General|Secrétaire général|Secretario General)\b[^.]*\b(?:indicators|"
    r"indicateurs|indicadores))\b",
    re.IGNORECASE,
)


def _of_another_policy(h: Hit) -> bool:
    text = h.sentence.read
    if _DISCLAIMED.search(text):
        # « … ; ce rapport ne constitue pas un rapport de mise en œuvre du présent Plan »
        return True
    if (
        (m := _HAS_ITS_OWN.search(text))
        and _ANOTHER_SUBJECT.search(text[: m.start()])
        # (the plan named only in an aside: "The NSF-GBVF, which covers many of the issues
        # addressed by the NAP, has its own costed implementation plan")
        and not _OWN_PLAN.search(_ASIDE.sub("", _clause(text, h.cue)))
    ):
        # "Le PGE dispose de son propre Comité … et de son propre cadre …, qui comporte 96
        # indicateurs": another plan's own apparatus (not "each ministry has its own
        # indicators", whose subject is one of this plan's actors).
        return True
    if _in_its_relative_clause(text, h.cue):
        return True
    # (the plan named in another clause than the cue's: « La Stratégie nationale … est dotée
    # de son propre Comité …, et son rapport annuel est publié par le MSNASG ; le présent PAN
    # s'y réfère … »)
    return bool(_OTHER_POLICY.search(text) or _NATIONAL_POLICY.match(text)) and not (
        _OWN_PLAN.search(_clause(text, h.cue))
    )


def _in_its_relative_clause(text: str, cue: str) -> bool:
    """The cue inside a relative clause on another policy, whatever else the sentence names:
    « Le PAN s'inscrit dans … la Politique nationale de promotion de la femme 2021-2030, dont la
    mise en œuvre relève de la Direction générale … » (the policy's lead, not the plan's)."""
    at = text.find(cue) if cue else -1
    if at < 0:
        return False
    for m in _OTHER_POLICY.finditer(text, 0, at):
        between = text[m.end() : at]
        if _RELATIVE.search(between) and ";" not in between and not _OWN_PLAN.search(between):
            return True
    return False


_RELATIVE = re.compile(r",\s*(?:dont|whose|cuy[oa]s?)\b", re.IGNORECASE)


def _clause(text: str, cue: str) -> str:
    """The part of the sentence between semicolons where the cue stands (all of it when the
    cue is not found)."""
    start, end = _clause_span(text, cue)
    return text[start:end]


def _clause_span(text: str, cue: str) -> tuple[int, int]:
    """Where that part starts and ends in ``text``."""
    at = text.find(cue) if cue else -1
    if at < 0 or ";" not in text:
        return 0, len(text)
    end = text.find(";", at)
    return text.rfind(";", 0, at) + 1, end if end >= 0 else len(text)


# A report the document says is not the plan's.
_DISCLAIMED = re.compile(
    r"\bne (?:constitue|constituent|tient|tiennent) pas (?:lieu de )?(?:un |le |les |des )?"
    r"rapports? (?:de mise en œuvre|d'étape|de suivi|d'avancement)\b"
    # (« Ces montants, … publié chaque année par le MAEC, … ne constituent pas le budget du
    # présent plan »)
    # (« … ces montants relèvent de la réponse humanitaire et ne constituent pas un financement
    # du présent Plan »)
    r"|\bne (?:constitue|constituent) pas (?:le|un) (?:budget|financement) (?:du|de ce) "
    r"(?:présent )?plan\b"
    # ("…; this is reported as part of the overall development cooperation budget and is not
    # a budget of the National Action Plan")
    r"|\b(?:is|are) not (?:the|a) budget (?:of|for) (?:this|the) (?:national )?(?:action )?"
    r"(?:plan|NAP)\b"
    r"|\b(?:is|are) not (?:a |the )?(?:progress |implementation |monitoring )?reports? "
    r"(?:on|of|for) "
    r"(?:the implementation of )?(?:this|the) (?:plan|NAP|action plan)\b"
    r"|\bno (?:constituye|constituyen) (?:un |el )?informes? de (?:seguimiento|avance|ejecución)\b"
    # ("…; this report is prepared independently and is not part of the reporting on the NAP")
    r"|\b(?:is|are) not part of the reporting (?:on|of|for) (?:this|the) (?:plan|NAP|action plan)\b"
    # ("These reports, … published on the SCW website, … are distinct from the Annual NAPWPS
    # Accomplishment Report.")
    r"|\b(?:is|are) distinct from the\b[^.;]{0,40}\b(?:NAP\w*|plan|Plan)\b"
    r"|\bne fai(?:t|ent) pas partie (?:du|des) rapports? (?:sur|du) (?:le )?(?:présent )?"
    r"(?:plan|PAN)\b",
    re.IGNORECASE,
)

_ASIDE = re.compile(r",\s*(?:which|who|qui|dont|que)\b[^,;]*,", re.IGNORECASE)

_ANOTHER_SUBJECT = re.compile(
    r"(?-i:\b[A-Z][A-Z0-9]{1,9}\b)|\b(?:politique|policy|stratégie|strategy|programme|program|"
    # ("… monitors the implementation of the Women's Charter …; it has its own governing board")
    r"loi|law|act|código|code|charter|charte|carta|"
    # (« … au Plan d'action régional … de la Commission du Bassin …, qui dispose de son propre
    # comité régional de coordination »)
    r"plan d'action régional|regional action plan|plan de acción regional)\b",
    re.IGNORECASE,
)

_HAS_ITS_OWN = re.compile(
    r"\b(?:dispose|disposent|possède|possèdent) (?:de|d')\s?(?:son|sa|ses|leurs?) propres?\b"
    # (« la SNIG … dotée de son propre plan d'action budgétisé »)
    r"|\bdotée?s? (?:de|d')\s?(?:son|sa|ses|leurs?) propres?\b"
    # (« … un plan d'action national pour les droits des femmes, doté de crédits propres … »)
    r"|\bdotée?s? de (?:crédits|moyens|ressources) propres\b"
    # ("The strategy had its own results framework with 34 indicators and was costed at …")
    r"|\b(?:has|have|had) (?:its|their) own\b|\b(?:tiene|cuenta con) (?:su|sus) propi[oa]s?\b"
    # ("The MPA-EVAWC is coordinated by its own National Protection Committee, …")
    r"|\b(?:coordinated|monitored|overseen|governed) by (?:its|their) own\b"
    r"|\b(?:coordonnée?s?|suivie?s?|pilotée?s?) par (?:son|sa|ses|leurs?) propres?\b",
    re.IGNORECASE,
)

# A national strategy or policy as the sentence's subject: « La Stratégie nationale de lutte
# contre les violences … dispose d'un cadre de suivi comprenant 24 indicateurs ».
_NATIONAL_POLICY = re.compile(
    r"^\s*(?:\d[\d.]*\.?\s+)?(?:La|Le|L')\s?(?:Stratégie|Politique) [Nn]ationale (?:de|du|des|d'|"
    r"pour)\b"
)

# A pronoun that carries on the sentence before ("La Stratégie nationale d'égalité des chances
# (SNEC), adoptée en 2017, constitue le cadre … . Dotée d'un budget …, elle fait l'objet d'un
# rapport annuel publié par le Ministère du Plan."): still the other policy.
# (and a possessive that opens the sentence: « La Politique nationale d'équité … (PNEEG) …
# constitue le cadre … . Son comité de suivi, présidé par le Commissaire général, comprend … »)
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|,\s+)(?:elle|il|it|ella)\s+(?!y\b)|^\W*(?:son|sa|ses|its|their|su|sus)\s",
    re.IGNORECASE,
)


def _continues_another_policy(s: Sentence, sentences: list[Sentence]) -> bool:
    return _carries_on(
        s,
        sentences,
        _PRONOUN_SUBJECT,
        lambda text: bool(_OTHER_POLICY.search(text) or _NATIONAL_POLICY.match(text)),
    )


def _carries_on(
    s: Sentence,
    sentences: list[Sentence],
    opening: re.Pattern[str],
    other: Callable[[str], bool],
) -> bool:
    """Whether ``s`` opens with a pronoun or possessive (``opening``) that carries on the
    sentence before it on the same page, which speaks of something else (``other``), and
    neither names the plan."""
    if not opening.search(s.read) or _OWN_PLAN.search(s.read):
        return False
    i = next((i for i, t in enumerate(sentences) if t is s), 0)
    before = sentences[i - 1] if i else None
    return (
        before is not None
        and before.page == s.page
        and other(before.read)
        and not _OWN_PLAN.search(before.read)
    )
