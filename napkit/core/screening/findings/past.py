"""Which sentences speak of a predecessor plan: "the first NAP (2012–2016) had no budget" is
not this plan's. A sentence is marked past by the plan it names, its years and tense, or the
chapter it stands in (a review of the previous plan, its lessons).
"""

from __future__ import annotations

import re
from dataclasses import replace

from napkit.core.screening.edition import ordinals
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.segment import Sentence

# A plan named by its years: "the Action Plan 2018–2021", "le PAN 2015-2017".
_DATED_PLAN = re.compile(
    r"\b(?:plan|PAN|NAP|RAP|strat[ée]gi[ea])\b[^.;]{0,40}?\b(?:19|20)\d\d\s*[-–—/]\s*((?:19|20)\d\d)\b"
    # ("The implementation report on the 2018–2020 Plan was published …")
    r"|\b(?:19|20)\d\d\s*[-–—/]\s*((?:19|20)\d\d)\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP)\b",
    re.IGNORECASE,
)

# Years of an event, not of a plan: "the consequences of the 1998-1999 war", « la crise de
# 2010-2011 ».
_EVENT_YEARS = re.compile(
    r"\b(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)\d\d\s+(?:civil\s+|armed\s+)?(?:war|conflict|"
    r"crisis|hostilities|insurgency|elections?|census|drought|floods?|genocide)\b"
    r"|\b(?:war|conflict|crisis|guerre|conflit|crise|guerra|conflicto|crisis|élections|"
    r"génocide|insurrection|rébellion)s?\s+(?:post-électorale\s+|armée?\s+|civile\s+)?"
    r"(?:of|de|du|des|en|del)?\s*(?:19|20)\d\d\s*[-–—/]",
    re.IGNORECASE,
)


def _is_past(text: str, lex: Lexicon, own: int | None, start: int | None = None) -> bool:
    """Whether the sentence speaks of a predecessor plan. "The Second Plan" is this plan in
    a document whose cover says it is the second: only other ordinals, and words such as
    "previous" or "former", mark a predecessor; so does a plan whose years ended before this
    plan's period began ("spent on the Action Plan 2018–2021" in a plan for 2022–2026)."""
    if start is not None:
        for m in _DATED_PLAN.finditer(text):
            g = 1 if m.group(1) else 2
            if int(m.group(g)) < start and not _EVENT_YEARS.search(
                text[max(0, m.start(g) - 40) : m.end() + 25]
            ):
                return True
    if own is None:
        # "… on this first Plan; … to prepare the second plan": the sentence says which plan
        # this is, where the cover did not.
        for m in lex.past.finditer(text):
            said = ordinals(m.group(0))
            if len(said) == 1 and _THIS_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
                own = said[0]
                break
    for m in lex.past.finditer(text):
        said = ordinals(m.group(0))
        if own is not None and said and all(n == own for n in said):
            continue
        if own is not None and said and all(n > own for n in said) and ";" in text[: m.start()]:
            # "no consultation was held; NGOs will draft the third plan": the next plan in a
            # clause of its own.
            continue
        if _SOURCE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "prepared on the basis of the evaluation of the first NAP": this plan
        if _THIS_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "This first National Action Plan is our promise": this plan
        if _CONTRAST.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "Unlike the first plan, no progress report will be drawn up": this plan
        if (
            _CARRIED.search(text[max(0, m.start() - 60) : m.start()])
            and (
                _names_current(text, m, own)
                # « Conformément aux recommandations de la revue du premier PAN, les ONG … sont
                # chargées de … »: the predecessor's review in an opening clause, this plan after it
                or (_OPENING.match(text[: m.start()]) and "," in text[m.end() : m.end() + 40])
            )
        ):
            # "The NSC, established under KNAP I, shall continue to oversee KNAP II", "The Plan
            # retains the four pillars of its predecessor", « Conformément aux recommandations
            # de l'évaluation du premier plan, le Gouvernement a alloué au PAN … »: what this
            # plan keeps from the last one.
            continue
        if _AYANT.match(text[m.end() : m.end() + 40]) and _names_current(text, m, own):
            # « le présent plan ne fixe ni indicateurs ni cibles, l'évaluation du premier plan
            # ayant montré … »: the predecessor's review gives the reason.
            continue
        if m.start() > 40 and _REASON.search(text[m.start() - 25 : m.start()]):
            # "the results framework does not contain baselines, as the evaluation found that
            # …": the predecessor's review gives the reason; the main clause is this plan's.
            continue
        return True
    return False


# The predecessor as a source of this plan ("drawing on the lessons of the first plan"), not
# the sentence's subject.
_SOURCE = re.compile(
    r"\b(?:on the basis of|based on|building on|drawing on|in the light of|informed by|sur la "
    r"base d[eu]|à partir d[eu]|en s'appuyant sur|tirant les leçons d[eu]|s'inspirant d[eu]|"
    r"con base en|sobre la base d[e]|a partir d[e])\b[^.;]*$",
    re.IGNORECASE,
)

_CARRIED = re.compile(
    r"\b(?:established|set up|created|formed) under\s+(?:the\s+)?$"
    r"|\bretain\w*\b[^.;]{0,40}\b(?:of|from)\s+(?:the\s+|its\s+)?$"
    r"|\blessons (?:learned |learnt |drawn )?(?:of|from)\s+(?:the\s+)?$"
    # (« Compte tenu … des enseignements tirés du premier plan, le présent plan ne prévoit … »)
    r"|\b(?:enseignements|leçons)\s+(?:tirée?s\s+)?(?:(?:du|de la|des|de l')\s*)?$"
    r"|\bcontinuity with\s+(?:the\s+)?$"
    r"|\b(?:in line with|following|as recommended by)\b[^.;]{0,50}$"
    r"|\bconformément aux recommandations\b[^.;]{0,40}$"
    r"|\b(?:drawn|taken|derived) from\b[^.;]{0,40}$"
    r"|\b(?:créée?s?|institué\w*|mise? en place) (?:sous|dans le cadre d[eu])\s+(?:le\s+)?$"
    r"|\b(?:repris|reprend|conserve|hérité\w*)\b[^.;]{0,40}\bd[eu]s?\s+$",
    re.IGNORECASE,
)

_OPENING = re.compile(
    r"^\W*(?:conformément|in line with|following|as recommended|suite aux|de acuerdo con)\b",
    re.IGNORECASE,
)

_AYANT = re.compile(r"^[^.;,]{0,30}\b(?:ayant|having|habiendo)\b", re.IGNORECASE)


def _names_current(text: str, m: re.Match[str], own: int | None) -> bool:
    """The sentence also names this plan, outside the predecessor's mention: by its own
    number ("DANAP II" in a second plan), or as "this Plan", "le présent plan", "the Plan"."""
    rest = text[: m.start()] + " " + text[m.end() :]
    if own is not None and own in ordinals(rest):
        return True
    return bool(_CURRENT.search(rest))


_CURRENT = re.compile(
    r"\b(?:this|the present)\s+(?:national\s+)?(?:action\s+)?plan\b"
    r"|(?-i:\b[Tt]he (?:National Action )?Plan\b)|\b(?:le présent|ce|du présent|de ce)\s+plan\b"
    r"|(?-i:\b(?:le|au|du) (?:PAN|Plan)\b)|\b(?:este|el presente)\s+plan\b",
    re.IGNORECASE,
)

_REASON = re.compile(
    r"[,;]\s*(?:as|because|since|given that|comme|car|puisque|étant donné que|ya que|dado que|"
    r"porque)\s+(?:the\s+|its\s+|l'|la\s+|le\s+|les\s+|el\s+|los\s+)?$",
    re.IGNORECASE,
)

_THIS_BEFORE = re.compile(
    r"\b(?:this|ce|cette|este|esta|le présent|la présente|el presente)\s*$"
    # ("As this is the first NAP of Karnaphul, …": this plan)
    r"|\b(?:this|it) is\s*$|\b(?:ce|il) est\s*$|\bc'est\s*$",
    re.IGNORECASE,
)

_CONTRAST = re.compile(
    # ("Like its predecessor, this plan applies both to …": this plan, as the other was)
    r"\b(?:unlike|like|as with|in contrast(?: to| with)?|contrary(?: to)?|as opposed(?: to)?|"
    r"à l'instar(?: d[eu])?|comme|al igual que|"
    r"contrairement(?: à| au| aux)?|à la différence(?: d[eu])?|a diferencia(?: del?)?|"
    # ("Unlike the NSC of the first NAP, membership of the IMTWG is restricted to …")
    r"al contrario(?: del?)?)\s*(?:the|la|le|el)?\s*(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def mark_past(
    sentences: list[Sentence],
    lex: Lexicon,
    defined: dict[str, str],
    own: int | None,
    start: int | None = None,
) -> list[Sentence]:
    """The sentences, each marked as about a predecessor plan or not, and with the acronyms
    of civil-society groups spelt out for the rules to read ("deux représentantes de la PFPS"
    is a civil-society seat when the document defines the PFPS as a women's platform).
    ``defined`` is the document's ``acronyms``."""
    groups = {a: e for a, e in defined.items() if lex.cs.search(e)}
    # A national policy or strategy known by its acronym is spelt out too (« La SNDD, cadre de
    # référence des politiques publiques, dispose d'un dispositif de suivi … »): its monitoring
    # and reports are not the plan's.
    groups.update({a: e for a, e in defined.items() if _POLICY_NAME.match(e)})
    short = _group_short_names(sentences, lex)
    groups.update(short)
    # A head word stands for the group when used alone ("the Network"), not inside its full
    # name ("la Alianza de Mujeres …", which the rules read as it is).
    names = [
        re.escape(a) + (r"(?!\s+(?:of|for|on|de|des|du|del|pour|para)\b)" if a in short else "")
        for a in groups
    ]
    pattern = re.compile(r"(?<![\w-])(" + "|".join(names) + r")(?![\w-])") if groups else None
    out: list[Sentence] = []
    chapter: tuple[str, int] | None = None  # the level of the predecessor's chapter, if in one
    mixed = False  # that chapter also tells how this plan was drafted
    recommending = False  # inside a list of recommendations
    for s in sentences:
        reading = None
        if pattern is not None and not s.aside and pattern.search(s.read):
            reading = pattern.sub(lambda m: f"{m.group(1)} ({groups[m.group(1)]})", s.read)
        past = _is_past(s.read, lex, own, start)
        level = _heading_level(s)
        if level is not None and own is not None and any(n < own for n in ordinals(s.read)):
            past = True  # "III. BILAN DU PAN 1325 DE DEUXIÈME GÉNÉRATION" in a third plan
        if level is not None and chapter is not None and _closes(level, chapter):
            chapter = None
        if (
            level is not None
            and chapter is not None
            and not past
            and (
                (own is not None and own in ordinals(s.read))
                or _THIS_PLAN.search(s.read)
                or (mixed and _DRAFTING.search(s.read))
            )
        ):
            # « 3.2 Élaboration du PAN de deuxième génération » under « 3. ENSEIGNEMENTS DU
            # PREMIER PAN … » in the second plan: a section of this plan's own.
            chapter = None
        if (
            level is not None
            and chapter is None
            and past
            and _CHAPTER.match(s.read)
            # (not "REVIEW OF TaNAP I AND DEVELOPMENT OF TaNAP II" or « BILAN DU DEUXIÈME PLAN
            # ET ÉLABORATION DU PRÉSENT PLAN »: this plan's chapter too)
            and not (own is not None and own in ordinals(s.read))
            and not _THIS_PLAN.search(s.read)
            and not re.search(
                r"\b(?:du présent|de la présente) (?:plan|PAN|stratégie)\b", s.read, re.I
            )
        ):
            chapter = level
            mixed = bool(_AND_DRAFTING.search(s.read))
        elif (
            level is None
            and not past
            and out
            and out[-1].past
            and out[-1].page == s.page
            and _ITS.match(s.read)
        ):
            # "The fourth plan had too many commitments. Its indicators were largely output
            # counts": a sentence whose subject is the predecessor's, by its possessive.
            past = True
        elif chapter is not None and not past and level is None:
            # Inside a chapter that reviews the predecessor ("III. BILAN DU PAN II",
            # "Lessons from the first plan"): its lists and findings are the predecessor's,
            # unless a sentence names this plan. In « Bilan du premier PAN et démarche
            # d'élaboration », the workshops and consultations are this plan's drafting.
            past = not _THIS_PLAN.search(s.read) and not (mixed and _DRAFTING.search(s.read))
        recommending = recommending and level is None and bool(_LIST_ITEM.match(s.read))
        if recommending:
            # "Le bilan formule les recommandations suivantes : 1. Créer un comité …": what a
            # review proposes is not what the plan has.
            past = True
        recommending = recommending or bool(_RECOMMENDATIONS.search(s.read))
        out.append(replace(s, past=past, reading=reading))
    return out


# A sentence that opens a list of recommendations, and an item of such a list.
_RECOMMENDATIONS = re.compile(
    r"\b(?:following recommendations|recommends? the following|recommandations suivantes|"
    r"recommande ce qui suit|siguientes recomendaciones|recomendaciones siguientes)\b[^.]*:\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z]\)|[-•–])\s")


# A civil-society group named in full and then by its head word: "the Westrovian Women, Peace
# and Security Network, which brings together forty non-governmental organisations" is later
# "the Network"; "la Plateforme nationale des femmes pour la paix" is "la Plateforme".
_GROUP = re.compile(
    r"(?<![\w-])(?:[A-ZÀ-Ý][\w'’-]*,?\s+(?:(?:and|of|for|on|et|de|des|du|pour|la|le|y|del|"
    r"para)\s+)*)*"
    r"(?P<head>(?-i:Network|Coalition|Platform|Alliance|Forum|Réseau|Plateforme|Red|Plataforma|"
    r"Coalición|Alianza))\b(?:\s+1325)?"
)

_GATHERING = re.compile(
    r"\b(?:brings together|gathers|unites|groups|composed of|made up of|members include|"
    r"regroupe|rassemble|fédère|composée? de|réunit|reúne|agrupa|integrada por|compuesta por)\b",
    re.IGNORECASE,
)

_CIVIL_SOCIETY = {"en": "civil society", "fr": "société civile", "es": "sociedad civil"}


def _group_short_names(sentences: list[Sentence], lex: Lexicon) -> dict[str, str]:
    """The head words by which the document calls a civil-society group it has named in full
    (either a name that says so, or one said to gather organisations)."""
    out: dict[str, str] = {}
    for s in sentences:
        if s.row or s.aside:
            continue
        for m in _GROUP.finditer(s.read):
            after = s.read[m.end() : m.end() + 160]
            if lex.cs.search(m.group(0)) or (
                (g := _GATHERING.search(after)) and lex.cs.search(after[g.end() :])
            ):
                out.setdefault(m.group("head"), _CIVIL_SOCIETY.get(lex.language, "civil society"))
        # "the coalition of civil-society partners of the Plan", later "the coalition" and
        # "Coalition partners".
        for m in _COMMON_GROUP.finditer(s.read):
            if lex.cs.match(s.read, m.end()):
                head = m.group("head").lower()
                for name in (head, head[:1].upper() + head[1:]):
                    out.setdefault(name, _CIVIL_SOCIETY.get(lex.language, "civil society"))
    return out


_COMMON_GROUP = re.compile(
    r"\b(?:the|a|la|le|une?|el)\s+(?P<head>(?-i:coalition|network|platform|alliance|réseau|"
    r"plateforme|red|plataforma|alianza|coalición))\s+(?:of|de|des|du|de la|del)\s+"
    r"(?:the\s+|la\s+|l'|las\s+|los\s+)?",
    re.IGNORECASE,
)

# A sentence opening on a possessive that refers back to the sentence before.
_ITS = re.compile(
    r"^\s*(?:Its|Their|Ses|Leurs?|Sus|It (?:was|had)|They (?:were|had)|Il (?:était|avait)|"
    r"Elle (?:était|avait))\s",
    re.UNICODE,
)

# A chapter or section heading: "III. BILAN …", "2.3 Lessons learned …", "Chapter 2 …", or a
# heading in capitals.
_CHAPTER = re.compile(
    r"^\s*(?:(?-i:[IVX]{1,5})[.)]\s|\d{1,2}(?:\.\d{1,2})*\.?\s|(?:chapter|chapitre|cap[íi]tulo|"
    r"part|"
    r"partie|parte|section)\s+\w+|(?-i:[A-ZÀ-Ý][A-ZÀ-Ý0-9 ,'’:()-]{7,}$))",
    re.IGNORECASE,
)

_POLICY_NAME = re.compile(
    r"^(?:(?:National|Nationale?)\s+)?(?:Strategy|Policy|Stratégie|Politique|Estrategia|Política)"
    r"\s+(?:nationale?|nacional|national)?\b"
    # A region's plan ("ORAP  Oceania Regional Action Plan on Women, Peace and Security": "The
    # ORAP includes a set of regional indicators, which are reported … every two years").
    r"|^(?-i:[A-Z][\w-]+)\s+(?:Regional Action Plan|plan d'action régional|Plan de Acción "
    r"Regional)\b",
    re.IGNORECASE,
)

# A chapter heading that joins the predecessor's review to this plan's drafting, and what
# a sentence of that drafting speaks of.
_AND_DRAFTING = re.compile(
    r"\b(?:et|and|y)\s+(?:(?:le|la|the|el)\s+)?(?:(?:processus|démarche|process|proceso)\s+"
    r"(?:d'|de\s+|of\s+)?)?(?:élaboration|révision|drafting|development|preparation|"
    r"formulation|elaboración|formulación)\b",
    re.IGNORECASE,
)
_DRAFTING = re.compile(
    r"\b(?:élabor\w*|consult\w*|validation|validé\w*|ateliers?|projet de (?:plan|PAN)|"
    r"draft\w*|workshops?|commenté|comments?|taller(?:es)?|consulta\w*)\b",
    re.IGNORECASE,
)

_THIS_PLAN = re.compile(
    r"\b(?:this|the present|the new|le présent|la présente|ce|cette|le nouveau|este|esta|el "
    r"presente|el nuevo)\s+(?:(?:third|fourth|second|national|troisième|quatrième|deuxième)\s+)?"
    r"(?:(?:action|d'action|de acción)\s+)?(?:plan|PAN|NAP|stratégie|strategy|estrategia)\b",
    re.IGNORECASE,
)


def _heading_level(s: Sentence) -> tuple[str, int] | None:
    """The kind and depth of a heading ("roman", 1), ("number", 2) for "2.3", ("capitals", 1),
    or None for a sentence that is not a heading."""
    if not s.heading or s.aside:
        return None
    text = s.read.strip()
    if m := re.match(r"(?-i:[IVX]{1,5})[.)]\s", text):
        return ("roman", 1)
    if m := re.match(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s", text):
        return ("number", m.group(1).count(".") + 1)
    if re.match(r"(?:chapter|chapitre|cap[íi]tulo|part|partie|parte)\s", text, re.IGNORECASE):
        return ("roman", 1)
    if len(text) >= 8 and text.isupper():
        return ("capitals", 1)
    return ("plain", 9)


def _closes(level: tuple[str, int], chapter: tuple[str, int]) -> bool:
    """Whether a heading ends the chapter: one of the same kind and no deeper, or a chapter
    of a higher kind (a roman-numbered or capitalised title ends a numbered section)."""
    kind, depth = level
    if kind == chapter[0]:
        return depth <= chapter[1]
    return kind in {"roman", "capitals"} or (kind == "number" and depth == 1)
