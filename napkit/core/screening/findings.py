"""The 13 headline findings, read from a document's sentences by the language's rules.

Each finding keeps the sentences that matched its rules and picks one value by a fixed
precedence (an explicit "no" over a vague "yes" where the labelling rules say so, the
highest step of the budget scale). A finding nothing matched is *not stated*: silence is
never read as "no". Sentences about a predecessor plan are skipped, as are "yes" cues with a
negation just before them ("no specific budget has been allocated").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from napkit.core.i18n import _
from napkit.core.scorecard.headlines import QUESTIONS
from napkit.core.screening.edition import ordinals
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.result import Evidence, Finding
from napkit.core.screening.segment import Sentence

# Which value wins when several are supported (first wins).
PRECEDENCE: dict[str, tuple[str, ...]] = {
    "budget": ("spent", "disbursed", "appropriated", "allocated", "costed", "none", "mentioned"),
    "indicators": ("some_without", "partial", "no", "yes"),
    "baselines_targets": ("no", "partial", "baseline_later", "yes", "target_only"),
    # (a plan that says it will have no progress reports has none, whatever other reports —
    # CEDAW reports, another policy's annual report — the document mentions)
    "regular_reporting": ("no", "yes", "partial"),
    "public_reporting": ("no", "yes", "partial"),
    "cs_design": ("no", "yes", "partial"),
    # An appeal to civil society is partial only when no role is stated (the labelling rule).
    # A role stated in words outranks a "may"; a seat on the body alone does not (the labels
    # read "CSOs may submit alternative reports" beside a seat as partial).
    "cs_implementation_monitoring": ("no", "yes", "partial", "seat", "appeal"),
    "coordination_mechanism": ("no", "yes", "partial"),
    "cs_on_coordination": ("yes", "partial", "no", "no_body"),
}
# Values that are themselves a negation: never vetoed by a negation before the cue
# ("no", "none", and "no_…" values mapped later, such as "no baselines, apart from …").
_NEGATIVE = {
    "no",
    "none",
    "no_baseline",
    "no_target",
    "no_except",
    "no_body",
    "some_without",
    "baseline_later",
}
_CONFIDENCE = {"yes": 0.8, "partial": 0.65, "no": 0.85, "none": 0.85, "mentioned": 0.6}
_MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Hit:
    value: str
    sentence: Sentence
    cue: str


def _usable(s: Sentence, lex: Lexicon) -> bool:
    if s.aside:
        return False
    if _resolution_call(s.read):
        return False
    if s.past is None:  # not marked (a sentence screened alone): no edition to compare with
        return not _is_past(s.read, lex, None)
    return not s.past


_RESOLUTION_CALL = re.compile(
    r"\b(?:calls?|called) (?:on|upon) (?:all )?(?:UN )?Member States\b|\b(?:urges?|urged|invites?|"
    r"invited|requests?|requested|encourages?|encouraged) (?:all )?(?:UN )?Member States\b"
    r"|\b(?:appelle|appellent|invite|invitent|exhorte|exhortent|demande|demandent|engage|"
    r"engagent|encourage|encouragent) (?:tous )?les États membres\b"
    r"|\b(?:insta|instan|exhorta|exhortan|invita|invitan|pide|piden|alienta|alientan) a (?:todos )?"
    r"los Estados Miembros\b"
    r"|\bSecurity Council (?:welcomed|adopted|requested|called)\b|\bConseil de sécurité (?:a "
    r"salué|a adopté|a demandé)\b|\bConsejo de Seguridad (?:acogió|aprobó|pidió)\b"
    # A resolution as the subject of asking ("Resolution 2242 (2015) encourages Member States
    # to engage civil society …", « La résolution 1325 appelle notamment à associer la société
    # civile … »): what it asks of every state.
    r"|\b(?:resolution|résolution|resolución|UNSCR|RCSNU)s?\s*\d{4}(?:\s*\(\d{4}\))?(?:\s*(?:,|and|"
    r"et|y)\s*\d{4}(?:\s*\(\d{4}\))?)*\s+(?:\w+\s+)?(?:calls?|urges?|encourages?|invites?|"
    r"requests?|asks?|appellent|appelle|invitent|invite|exhortent|exhorte|demandent|demande|"
    r"encouragent|encourage|insta|instan|exhorta|pide|alienta)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def _resolution_call(text: str) -> bool:
    """ "UNSCR 1325 and 2242 call on Member States to consult civil society …", « Elle invite les
    États membres à rendre compte de sa mise en œuvre »: what the resolutions ask of every state,
    not what this plan does (unless the sentence names the plan). Cached: ``_usable`` asks it of
    every sentence for every finding."""
    named = _PLAN_NAMED.search(_THEIR_PLANS.sub("", text))
    return bool(_RESOLUTION_CALL.search(text)) and not named


# Every state's plans, in what a resolution asks ("the monitoring of their national action
# plans"): not this plan named.
_THEIR_PLANS = re.compile(
    r"\b(?:their|leurs|sus) (?:own )?(?:national )?(?:action )?(?:plans?|PAN|NAP)s?"
    r"(?: d'action)?(?: nationaux)?\b",
    re.IGNORECASE,
)


# A plan named by its years: "the Action Plan 2018–2021", "le PAN 2015-2017".
_DATED_PLAN = re.compile(
    r"\b(?:plan|PAN|NAP|strat[ée]gi[ea])\b[^.;]{0,40}?\b(?:19|20)\d\d\s*[-–—/]\s*((?:19|20)\d\d)\b",
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
            if int(m.group(1)) < start and not _EVENT_YEARS.search(
                text[max(0, m.start(1) - 40) : m.end() + 25]
            ):
                return True
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
        if _CARRIED.search(text[max(0, m.start() - 60) : m.start()]) and _names_current(
            text, m, own
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
    r"|\bcontinuity with\s+(?:the\s+)?$"
    r"|\b(?:in line with|following|as recommended by)\b[^.;]{0,50}$"
    r"|\bconformément aux recommandations\b[^.;]{0,40}$"
    r"|\b(?:drawn|taken|derived) from\b[^.;]{0,40}$"
    r"|\b(?:créée?s?|institué\w*|mise? en place) (?:sous|dans le cadre d[eu])\s+(?:le\s+)?$"
    r"|\b(?:repris|reprend|conserve|hérité\w*)\b[^.;]{0,40}\bd[eu]s?\s+$",
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
    r"\b(?:this|ce|cette|este|esta|le présent|la présente|el presente)\s*$", re.IGNORECASE
)
_CONTRAST = re.compile(
    r"\b(?:unlike|in contrast(?: to| with)?|contrary(?: to)?|as opposed(?: to)?|"
    r"contrairement(?: à| au| aux)?|à la différence(?: d[eu])?|a diferencia(?: del?)?|"
    r"al contrario(?: del?)?)\s*(?:the|la|le|el)?\s*$",
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
            and chapter is None
            and past
            and _CHAPTER.match(s.read)
            # (not "REVIEW OF TaNAP I AND DEVELOPMENT OF TaNAP II": this plan's chapter too)
            and not (own is not None and own in ordinals(s.read))
        ):
            chapter = level
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
            # unless a sentence names this plan.
            past = not _THIS_PLAN.search(s.read)
        out.append(replace(s, past=past, reading=reading))
    return out


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


# « ne … que » restricts, it does not negate: « Les indicateurs ne sont définis que pour les
# objectifs 3 et 4 » says some indicators are. (Masked with spaces, so positions hold.)
_RESTRICTIVE = re.compile(
    r"\b(?:ne\s|n['’])(?=\s*(?:(?!pas\b|plus\b|jamais\b|point\b)[\w'’-]+\s+){0,4}que?\b)",
    re.IGNORECASE,
)


def _negated(s: Sentence, match: re.Match[str], lex: Lexicon) -> bool:
    text = _RESTRICTIVE.sub(lambda m: " " * len(m.group(0)), s.read)
    before = text[max(0, match.start() - 50) : match.start()]
    # A negation in a clause of its own does not reach the match: "Aucun comité n'est créé :
    # le ministère coordonne …".
    before = re.split(r"[:;]", before)[-1]
    inside = text[match.start() : match.end()][:60]
    return bool(lex.negation.search(before) or lex.negation.search(inside))


def hits(finding: str, sentences: list[Sentence], lex: Lexicon) -> list[Hit]:
    """Each sentence supports at most one value: its first rule that matches (rules are
    listed from the most specific, so "presented to civil society at a validation workshop"
    is the validation, not also a consultation)."""
    found: list[Hit] = []
    for s in sentences:
        if not _usable(s, lex):
            continue
        for value, pattern in lex.rules.get(finding, []):
            match = pattern.search(s.read)
            if match is None:
                continue
            if value not in _NEGATIVE and _negated(s, match, lex):
                continue
            # "had no formal role", "no baseline data were collected": the past situation. (How
            # the plan was drafted is always told in the past: "no consultation was held".)
            after = s.read[match.end() : match.end() + 40]
            if (
                value in _NEGATIVE
                and finding != "cs_design"
                # ("Baseline data were not available …; they will be set in 2025": to come)
                and value != "baseline_later"
                and (lex.was.search(match.group(0)) or lex.was.search(after))
            ):
                continue
            found.append(Hit(value, s, match.group(0)[:80]))
            break
    return found


def _evidence(selected: list[Hit]) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    out: list[Evidence] = []
    for h in selected:
        key = (h.sentence.page, h.sentence.start)
        if key in seen:
            continue
        seen.add(key)
        s = h.sentence
        out.append(Evidence(page=s.page, quote=s.text, start=s.start, end=s.end, cue=h.cue))
        if len(out) >= _MAX_EVIDENCE:
            break
    return out


def _finding(
    key: str,
    answer: str,
    value: str | None,
    confidence: float,
    evidence: list[Evidence],
    why: str,
) -> Finding:
    return Finding(
        id=key,
        question=QUESTIONS[key].text,
        answer=answer,
        value=value,
        confidence=round(min(max(confidence, 0.0), 1.0), 2),
        evidence=evidence,
        why=why,
    )


def not_stated(key: str) -> Finding:
    return _finding(
        key,
        "not_stated",
        None,
        0.6,
        [],
        _("No passage of the document speaks to this: not stated (silence is never 'no')."),
    )


def by_precedence(key: str, found: list[Hit], value_map: dict[str, str] | None = None) -> Finding:
    if not found:
        return not_stated(key)
    order = PRECEDENCE[key]
    best = min(found, key=lambda h: order.index(h.value))
    chosen = [h for h in found if h.value == best.value]
    value = (value_map or {}).get(best.value, best.value)
    others = sorted({h.value for h in found} - {best.value})
    confidence = _CONFIDENCE.get(best.value, 0.75) + 0.05 * (len(chosen) - 1)
    if others:
        confidence -= 0.1
    why = _("{n} passage(s) support '{value}'.").format(n=len(chosen), value=value)
    if others:
        why += " " + _("Weaker or overridden cues: {others}.").format(others=", ".join(others))
    if key == "budget":
        return _finding(key, _budget_answer(value), value, confidence, _evidence(chosen), why)
    return _finding(key, value, None, confidence, _evidence(chosen), why)


def _budget_answer(status: str) -> str:
    # The contract's answer is yes/partial/no; the budget scale lives in ``value``.
    if status in {"allocated", "appropriated", "disbursed", "spent"}:
        return "yes"
    if status in {"costed", "mentioned"}:
        return "partial"
    return "no"


# The state's gender-responsive budgeting ("la loi de finances comporte une annexe genre",
# "the Gender Budget Statement"), unless the sentence names the plan: not the plan's money.
_STATE_GRB = re.compile(
    r"\bgender[- ]responsive budget\w*|\bgender budget (statement|annex)|\bgender[- ]budgeting\b"
    r"|\bannexe «?\s*genre|\bbudg[ée]tisation (sensible au|tenant compte du|axée sur le) genre\b"
    r"|\bbudgets? sensibles? au genre\b|\bgender[- ]sensitive budget\w*"
    r"|\bpresupuest\w+ (sensibles? al|con perspectiva de|con enfoque de) género\b",
    re.IGNORECASE,
)
# A sentence that names this plan: "this plan", "the Plan" (capitalised: the document's own),
# "the plan's", "NAP", "le présent plan", "este plan". Such a sentence speaks of
# the plan's own money, period or indicators, not of the state's or another policy's.
_OWN_PLAN = re.compile(
    r"\b(?-i:NAP|PAN|PNA)\b"
    r"|\b(?:this|the present)\s+(?:national\s+)?(?:action\s+)?plan\b|\bthe plan's\b"
    r"|\bthe\s+(?:national\s+)?(?:action\s+)?(?-i:Plan)\b"
    r"|\b(?:le présent|ce|du présent|de ce)\s+plan\b|\b(?:este|el presente)\s+plan\b",
    re.IGNORECASE,
)
# Money for drafting the plan ("L'élaboration du plan a été financée par ONU Femmes, qui a
# décaissé …"): not money for carrying it out.
_DRAFTING_MONEY = re.compile(
    r"\b(drafting|preparation|development|elaboration|formulation|validation) of (the|this) "
    r"(national )?(action )?plan\b.*\b(funded|financed|paid|supported|disbursed)\b"
    r"|\b(élaboration|rédaction|formulation|validation) (du|de ce) (plan|PAN)\b.*\b(financ|décaiss)"
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
    r"^\s*(?:[\d.]+\s+)?(?:(?:strategic |specific )?objective|outcome|output|result|objectif|"
    r"résultat|objetivo|resultado)\s*[\d.]*\s*:|^\s*(?:[\d.]+\s+)?(?:number|percentage|share|"
    r"proportion|nombre|pourcentage|proportion|número|porcentaje)\s+(?:of|de|d')\b",
    re.IGNORECASE,
)


def _the_plans_money(text: str) -> bool:
    if _DRAFTING_MONEY.search(text) or _AIM_OR_COUNT.search(text):
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
            and not (h.value in {"spent", "disbursed"} and _spent_before(h.sentence, start))
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


# A results table whose rows a PDF's text layer gave as loose lines: its header names the
# columns ("Axe Effet / produit Indicateur Référence", then "2022", "Cible", "2027").
_COL_INDICATOR = re.compile(r"\b(indicators?|indicateurs?|indicador(es)?)\b", re.IGNORECASE)
_COL_BASELINE = re.compile(
    r"\b(baselines?|référence|valeurs? de référence|situation de référence|l[íi]neas? (de )?base)"
    r"\b",
    re.IGNORECASE,
)
_COL_TARGET = re.compile(r"\b(targets?|cibles?|metas?)\b", re.IGNORECASE)


def table_headers(sentences: list[Sentence], lex: Lexicon) -> list[tuple[Sentence, bool, bool]]:
    """(header line, has a baseline column, has a target column) for each table header read
    from short lines: the line naming the indicator column and the few short lines after it."""
    out = []
    for i, s in enumerate(sentences):
        if s.row or not s.heading or not _usable(s, lex) or not _COL_INDICATOR.search(s.read):
            continue
        window = [s.read]
        for t in sentences[i + 1 : i + 5]:
            if t.page != s.page or len(t.text) > 40:
                break
            window.append(t.read)
        text = " ".join(window)
        base, target = bool(_COL_BASELINE.search(text)), bool(_COL_TARGET.search(text))
        if base or target:
            out.append((s, base, target))
    return out


# Another policy's own framework ("Le Plan gouvernemental pour l'égalité comporte 58
# indicateurs", "the National Gender Policy's indicators"), unless the sentence ties it to this
# plan: not this plan's indicators.
_OTHER_POLICY = re.compile(
    r"\b(plan gouvernemental (pour|de) l'égalité|(politique|stratégie) nationale (du |de |pour |d')"
    r"?(genre|l'égalité|égalité)|national (gender|gender equality) (policy|strategy|plan)|"
    r"gender equality (policy|strategy|act)|política nacional de (género|igualdad)|plan (nacional "
    r")?de igualdad)\b",
    re.IGNORECASE,
)


def _of_another_policy(h: Hit) -> bool:
    text = h.sentence.read
    if (
        (m := _HAS_ITS_OWN.search(text))
        and _ANOTHER_SUBJECT.search(text[: m.start()])
        and not _OWN_PLAN.search(text)
    ):
        # "Le PGE dispose de son propre Comité … et de son propre cadre …, qui comporte 96
        # indicateurs": another plan's own apparatus (not "each ministry has its own
        # indicators", whose subject is one of this plan's actors).
        return True
    return bool(_OTHER_POLICY.search(text) or _NATIONAL_POLICY.match(text)) and not (
        _OWN_PLAN.search(text)
    )


_ANOTHER_SUBJECT = re.compile(
    r"(?-i:\b[A-Z][A-Z0-9]{1,9}\b)|\b(?:politique|policy|stratégie|strategy|programme|program|"
    r"loi|law|act|código|code)\b",
    re.IGNORECASE,
)
_HAS_ITS_OWN = re.compile(
    r"\b(?:dispose|disposent|possède|possèdent) (?:de|d')\s?(?:son|sa|ses|leurs?) propres?\b"
    r"|\b(?:has|have) (?:its|their) own\b|\b(?:tiene|cuenta con) (?:su|sus) propi[oa]s?\b",
    re.IGNORECASE,
)
# A national strategy or policy as the sentence's subject: « La Stratégie nationale de lutte
# contre les violences … dispose d'un cadre de suivi comprenant 24 indicateurs ».
_NATIONAL_POLICY = re.compile(
    r"^\s*(?:\d[\d.]*\.?\s+)?(?:La|Le|L')\s?(?:Stratégie|Politique) nationale (?:de|du|des|d'|"
    r"pour)\b"
)


def indicators(sentences: list[Sentence], lex: Lexicon) -> Finding:
    found = [h for h in hits("indicators", sentences, lex) if not _of_another_policy(h)]
    found += [Hit("yes", s, "table header") for s, _b, _t in table_headers(sentences, lex)]
    return by_precedence("indicators", found, {"some_without": "partial"})


def _targets_set(text: str, lex: Lexicon) -> bool:
    """A clause of the sentence states targets without a negation ("Les valeurs cibles ont été
    fixées ; …"), unlike "does not set baseline values or numerical targets"."""
    return any(
        _COL_TARGET.search(clause) and not lex.negation.search(clause)
        for clause in re.split(r"[;:]", text)
    )


def baselines_targets(sentences: list[Sentence], lex: Lexicon) -> Finding:
    found = [h for h in hits("baselines_targets", sentences, lex) if not _of_another_policy(h)]
    found += [
        Hit("yes" if base else "target_only", s, "table header")
        for s, base, target in table_headers(sentences, lex)
        if target
    ]
    # Targets without any baseline are partial (the labelling rule); a table whose header
    # names both columns is "yes" unless cells say "to be determined". "No baselines were set"
    # alone is partial beside targets stated elsewhere, and "no" when nothing else is stated.
    missing = {"no_baseline", "no_target", "no_except"}
    others = any(h.value not in missing for h in found)
    found = [
        # ("Les valeurs cibles ont été fixées ; les valeurs de référence n'ont pas pu être
        # établies": the targets beside the missing baselines, in the same sentence)
        Hit(
            "partial"
            if others
            or h.value == "no_except"
            or (h.value == "no_baseline" and _targets_set(h.sentence.read, lex))
            else "no",
            h.sentence,
            h.cue,
        )
        if h.value in missing
        else h
        for h in found
    ]
    return by_precedence(
        "baselines_targets", found, {"target_only": "partial", "baseline_later": "partial"}
    )


def me_framework(sentences: list[Sentence], lex: Lexicon) -> Finding:
    key = "me_framework"
    # A heading ("iv. La collecte et le traitement des données") names a topic, often of the
    # method used to draft the plan; it does not say who collects what for this plan.
    usable = [s for s in sentences if _usable(s, lex) and not s.row and not s.heading]
    none = [Hit("no", s, m.group(0)) for s in usable if (m := lex.me["none"].search(s.read))]
    if none:
        return _finding(
            key, "no", None, 0.85, _evidence(none), _("The document says it has no monitoring.")
        )
    # "Data were collected in 21 provinces" tells how the plan was drafted, in the past.
    collect = [
        Hit("collect", s, m.group(0)[:80])
        for s in usable
        if (m := lex.me["collect"].search(s.read) or _REPORT_UP.search(s.read))
        and not _COLLECTED.search(s.read)
        and not _DEFERRED.search(s.read)
        and not _ACTION_LINE.match(s.read)
        and not _RESULT_LINE.match(s.read)
        and not _defines(s.read)
    ]
    report: list[Hit] = []
    for s in usable:
        m = lex.me["report"].search(s.read)
        if m is None or _negated(s, m, lex):
            continue
        if re.search(
            r"\b(plan|progress|implementation|follow-up|interim|mise en œuvre|avance|ejecución|acc"
            r"iones|"
            r"seguimiento|suivi|monitoring|exécution|execution|avancement|progrès|avance)\b",
            s.read,
            re.IGNORECASE,
        ):
            report.append(Hit("report", s, m.group(0)))
    # The rhythm is the reporting's: data "collected every quarter" for reports prepared
    # "periodically" leave the reports untimed; data sent up "by 31 March" are a deadline.
    timed = [h for h in report if lex.me["when"].search(h.sentence.read)] + [
        h
        for h in collect
        if _DEADLINE.search(h.sentence.read) and lex.me["when"].search(h.sentence.read)
    ]
    if not report:
        # Each body's data sent up by a date ("… transmet sa contribution au secrétariat au
        # plus tard le 31 janvier de chaque année"): that transmission is the reporting.
        report = [h for h in timed if _SENT_UP.search(h.sentence.read)]
    if not (collect or report):
        return not_stated(key)
    # The passages to quote first: data sent by a date, then reports with a rhythm.
    collect.sort(key=lambda h: not _DEADLINE.search(h.sentence.read))
    report.sort(key=lambda h: not lex.me["when"].search(h.sentence.read))
    if collect and report and timed:
        parts = _evidence([*collect[:1], *timed[:1], *report[:1]])
        return _finding(
            key,
            "yes",
            None,
            0.75,
            parts,
            _("Who collects the data, who reports, and when are stated."),
        )
    parts = _evidence([*collect[:1], *report[:1]])
    return _finding(
        key,
        "partial",
        None,
        0.6,
        parts,
        _("Only some of who collects, who reports and when are stated."),
    )


# Each body sends its own account up to the one that compiles ("Each ministry reports on the
# implementation of its outputs to the secretariat … by the end of January", « Les offices
# fédéraux concernés communiquent chaque année … l'état de mise en œuvre de leurs mesures au
# secrétariat »): that is the plan's data collection, whatever words it uses.
_REPORT_UP = re.compile(
    r"\b(?:each|every|all|the (?:responsible|implementing|relevant|line)) (?:line )?(?:ministr\w*|"
    r"institutions?|agenc\w*|departments?|bod(?:y|ies)|signator\w*|offices?|partners?)\b"
    r"[^.;]{0,60}?\b(?:reports?|submits?|sends?|transmits?|provides?|forwards?)\b[^.;]{0,80}?\bto "
    r"the (?:\w+ ){0,3}(?:secretariat|committee|ministry|office|group|directorate|unit|"
    r"coordinat\w*)\b"
    r"|\b(?:les|chaque|tous les) (?:ministères|départements|offices|institutions|structures|"
    r"services|ministère|département|office|institution|structure)\b[^.;]{0,60}?\b(?:communique|"
    r"transmet|adresse|fait rapport|rend compte|rendent compte|font rapport|communiquent|"
    r"transmettent|adressent)\w*\b[^.;]{0,100}?\b(?:au|à la|à l') (?:\w+ ){0,2}(?:secrétariat|"
    r"comité|ministère|direction|cellule|groupe|coordination)\b",
    re.IGNORECASE,
)
_SENT_UP = re.compile(
    r"\b(transmet\w*|transmis\w*|submit\w*|sends?|sent|forward\w*|communiqu\w*|remit\w*|envoi\w*|"
    r"adress\w*)\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"\b(by \d{1,2} \w+|within (\w+|\d+) (days|weeks|months?)|au plus tard|dans les \w+ (jours|"
    r"semaines|mois)|avant le \d+|a más tardar|antes del? \d+)\b",
    re.IGNORECASE,
)
# Arrangements left to a later document: "Detailed arrangements for the collection of data …
# will be set out in the MEL Framework" says nothing yet of who collects.
_DEFERRED = re.compile(
    r"\b(will|shall|are to|is to) be (set out|defined|determined|specified|laid down|detailed) in\b"
    r"|\b(seront|sera) (définie?s?|précisée?s?|fixée?s?) (dans|par)\b"
    r"|\b(se definirán|se establecerán) en\b",
    re.IGNORECASE,
)
# An action of the plan ("10. Build the capabilities of departments, including … the collection
# of sex-disaggregated data"): what the plan will do, not how it is monitored.
_ACTION_LINE = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[-–•*])\s+(?:Build|Strengthen|Improve|Develop|Promote|Support|Ensure|"
    r"Increase|Enhance|Establish|Train|Renforcer|Améliorer|Développer|Promouvoir|Appuyer|Assurer|"
    r"Fortalecer|Mejorar|Desarrollar|Promover|Apoyar)\b"
)
# A result of the plan ("Outcome 5.2: Data on women, peace and security are collected"): what
# the plan aims at, not who monitors it.
_RESULT_LINE = re.compile(
    r"^\s*(Outcome|Output|Result|Objective|Résultat|Effet|Produit|Objectif|Resultado|Producto)"
    r"\b[\s\d.]*:"
)
# A glossary entry ("Alerte précoce : processus de collecte … d'informations"): a definition,
# unless someone in it collects ("Collecte des données : les points focaux collectent …").
_DEFINITION = re.compile(r"^[A-ZÀ-Ý][\w'’ -]{2,50}\s?:\s+(?-i:[a-zà-ÿ])")
_COLLECTS = re.compile(
    r"\b(collectent|collecteront|recueillent|transmettent|collects?|gathers?|submits?|compiles?|"
    r"recopilan|remiten)\b",
    re.IGNORECASE,
)


def _defines(text: str) -> bool:
    m = _DEFINITION.match(text)
    return m is not None and not _COLLECTS.search(text, m.end())


_COLLECTED = re.compile(
    r"\b(were|was|have been|has been)\s+(collected|gathered|compiled)\b"
    r"|\b(a|ont) été (effectuée?s?|collectée?s?|recueillie?s?|réalisée?s?)\b"
    r"|\b(fueron|fue|han sido|ha sido) (recopilad|recogid|recolectad)\w*",
    re.IGNORECASE,
)


# Reports to the United Nations on the agenda as a whole ("contribuer chaque année au rapport
# du Secrétaire général"): not reports on this plan.
_UN_REPORT = re.compile(
    r"\b(report of the Secretary-General|Secretary-General's (annual )?report|rapport (annuel )?du "
    r"Secrétaire général|informe (anual )?del Secretario General)\b",
    re.IGNORECASE,
)
# A report on something else, in a sentence that does not name the plan: "the IHRC publishes
# an annual report on the situation of violence against women", « le Rapport de politique
# extérieure », "its annual Human Rights and Democracy Report", a periodic report to the CEDAW
# Committee.
_OTHER_REPORT = re.compile(
    r"\b(?:reports?|rapports?|informes?)\s+(?:(?:annuel|trimestriel|semestriel|mensuel)s?\s+|"
    r"(?:anual|trimestral|semestral|mensual)(?:es)?\s+)?(?:on|sur|sobre)\s+"
    r"(?:the\s+|la\s+|l['’]\s*|le\s+|el\s+)?(?:situation|state|status|état|situación|estado|share|proportion|"
    r"number|part|nombre|proporción|número)\b"
    # (not « un rapport sur l'état de mise en œuvre des seize mesures »: the plan's progress)
    r"(?!\s+(?:de\s+(?:la\s+)?mise en œuvre|d'avancement|of\s+(?:the\s+)?implementation|of\s+"
    r"progress|de\s+(?:la\s+)?ejecución|de\s+avance)\b)"
    r"|(?<=\w )(?-i:Rapport|Informe)\s+(?:de|sur|sobre|del?)\s+(?!suivi|mise|progr|avancement|"
    r"performance|activit|évaluation|seguimiento|ejecución|avance|evaluación)(?-i:[a-zé])"
    # (not the plan's own "Annual Progress Report", whatever its title)
    r"|(?:(?-i:(?!(?:Progress|Implementation|Monitoring|Results|Review)\b)[A-Z][a-z]+)\s+"
    r"(?:and\s+)?){2,5}(?-i:Report)\b"
    # "an annual State of Peace report", "its annual State of Gender Accountability report":
    # another body's titled publication.
    r"|\b(?-i:State) of (?:the\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,3}\s+"
    r"(?:report|index)\b"
    # (a periodic report to a treaty body, not a report "shared with the CEDAW Committee")
    r"|\b(?:periodic|périodiques?|periódicos?)\b[^.;]{0,40}\b(?:treaty bodies|organes de traités|"
    r"órganos de (?:los )?tratados|CEDAW|Committee on the Elimination "
    r"of Discrimination|Comité pour l['’]élimination de la discrimination|Comité para la "
    r"Eliminación de la Discriminación)\b|\b(?:Universal Periodic Review|Examen périodique "
    r"universel)\b"
    # (the treaty body named first: « … fait rapport tous les quatre ans au Comité pour
    # l'élimination de la discrimination à l'égard des femmes ; ses derniers rapports
    # périodiques … »)
    r"|\b(?:Committee on the Elimination of Discrimination|Comité pour l['’]élimination de la "
    r"discrimination|Comité para la Eliminación de la Discriminación)\b[^.]{0,120}\b(?:periodic|"
    r"périodiques?|periódicos?)\b",
    re.IGNORECASE,
)
_PLAN_NAMED = re.compile(r"\b(?:plan|PAN|NAP|PNA)s?\b", re.IGNORECASE)
# A report on carrying out something else: another plan named by its subject ("an annual report
# on the implementation of the National Action Plan on Gender-Based Violence"), a national
# policy or strategy, a budget line (« le rapport relatif à la mise en œuvre du crédit-cadre pour
# la promotion civile de la paix »).
_REPORT_ON_OTHER = re.compile(
    r"\b(?:reports?|rapports?|bilans?|informes?)\b[^.;]{0,40}?\b(?:implementation|mise en œuvre|"
    r"ejecución|aplicación) (?:of|du|de la|de l'|des|del?)\s*(?:the\s+|la\s+|el\s+)?"
    # (a topic named with a capital: not "the Plan on its official website")
    r"(?:(?:National\s+)?(?:Action\s+)?(?:Plan|Strategy|Policy|Programme)\s+(?:on|against)\s+"
    r"(?!Women|UNSCR|(?:the\s+)?(?:UN\s+)?(?:Security Council )?Resolution)(?-i:[A-Z])|"
    r"(?:Plan|Strategy|Policy|Programme)\s+to (?:combat|end|eliminate|prevent)\b|"
    r"(?:Plan|Stratégie|Politique|Programme)\s+(?:d'action\s+)?nationale?\s+(?:de lutte contre|"
    r"contre)\s|(?:Plan|Estrategia|Política|Programa)\s+(?:de acción\s+)?nacional\s+contra\s|"
    r"crédits?-cadres?\b|framework credit\b)",
    re.IGNORECASE,
)
_SHADOW = re.compile(
    r"\b(shadow|alternative|independent) reports?\b|\brapports? (alternatifs?|parallèles?|"
    r"indépendants?)\b|\binformes? (alternativos?|sombra|independientes?)\b",
    re.IGNORECASE,
)
# How the plan was drafted: "Le Plan a été élaboré par un groupe de travail …, sous la
# coordination du ministère" describes the drafting body, not the one that coordinates.
_DRAFTED_BY = re.compile(
    r"\b(drafted|prepared|developed|elaborated|written) (by|under)\b|\b(élaboré|rédigé|préparé)e? "
    r"(par|sous)\b|\b(elaborado|redactado|preparado) (por|bajo)\b"
    # "Le Plan a été élaboré de mai à novembre 2021 par un groupe de travail …", "… was adopted
    # by the Interministerial Committee at its meeting of 8 March": who drafted or adopted the
    # plan, not who coordinates it.
    r"|\b(plan|PAN|NAP|document)\b[^.;]{0,30}\b(was|has been|a été|fue|ha sido) (drafted|prepared|"
    r"developed|adopted|approved|endorsed|validated|élaboré|rédigé|préparé|adopté|approuvé|validé|"
    r"elaborado|redactado|aprobado|adoptado|validado)e?\b[^.;]{0,50}?\b(by|par|por)\b"
    # "The development of the Plan was guided by a NAP Reference Group"
    r"|\b(development|drafting|preparation|elaboration|formulation|élaboration|rédaction|"
    r"elaboración|redacción) (of|du|de la|de l'|del) (the |this |ce |cette |el |este )?"
    r"([\w-]+ ){0,3}"
    r"(was|were|has been|a été|fue|ha sido) (guided|led|steered|overseen|coordinated|guidée|"
    r"pilotée|conduite|coordonnée|dirigida|coordinada|guiada) (by|par|por)\b"
    # « L'élaboration du PAN a été confiée à un comité ad hoc de rédaction »
    r"|\b(development|drafting|preparation|élaboration|rédaction|elaboración|redacción) (of|du|"
    r"de la|de l'|del) (the |this |ce |cette |el |este )?([\w-]+ ){0,3}(was|has been|a été|fue|ha "
    r"sido) (entrusted|assigned|confiée?|encargada|confiada) (to|à|a)\b",
    re.IGNORECASE,
)
# Another policy with its own monitoring: "the National Policy on …, which has its own monitoring
# framework and indicators, reported to the Cabinet every year".
_ITS_OWN = re.compile(
    r"\b(which|that) (has|have) (its|their) own (monitoring|reporting|results|indicators|"
    r"framework)\b"
    # "the NGEC will continue to publish its own annual status report on gender equality"
    r"|\b(publish|publishes|produce|produces|issue|issues)\s+(its|their) own\b"
    r"|\b(publie|publient|produit|produisent) (son|sa|ses|leurs?) propres?\b"
    r"|\bqui (a|dispose d['’]|possède) (son|sa|ses) (propre|propres) (dispositif|"
    r"mécanisme|cadre|système|indicateurs)\b|\bque (tiene|cuenta con) su propio (sistema|marco|"
    r"mecanismo)\b",
    re.IGNORECASE,
)


def coordination(sentences: list[Sentence], lex: Lexicon, defined: dict[str, str]) -> Finding:
    """The coordination mechanism. A body the document calls by its acronym ("Le CNC coordonne
    la mise en œuvre du Plan", the list of acronyms giving "Comité national de coordination")
    is read with its name."""
    # (the body's noun only: "Comité national de coordination" would read as coordinating)
    bodies = {
        a: m.group(0) for a in _body_acronyms(defined, lex) if (m := lex.body.search(defined[a]))
    }
    # A ministry or office known by its acronym ("The MGCCD will coordinate the implementation",
    # the list giving "Ministry of Gender, Culture and Community Development"): its noun, so
    # that a ministry coordinating without a body reads as one.
    bodies |= {
        a: m.group(0).strip()
        for a, e in defined.items()
        if a not in bodies and re.fullmatch(_ACRONYM, a) and (m := _INSTITUTION_NOUN.match(e))
    }
    if bodies:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, bodies)) + r")(?![\w-])")
        sentences = [
            replace(
                s, reading=pattern.sub(lambda m: f"{m.group(1)} ({bodies[m.group(1)]})", s.read)
            )
            if s.reading is None and not s.aside and pattern.search(s.read)
            else s
            for s in sentences
        ]
    return simple("coordination_mechanism", sentences, lex)


def simple(key: str, sentences: list[Sentence], lex: Lexicon) -> Finding:
    found = hits(key, sentences, lex)
    if key in {"regular_reporting", "public_reporting"}:
        found = [h for h in found if not _continues_another_policy(h.sentence, sentences)]
        # (« … publie chaque année le rapport national sur la mise en œuvre de la Politique
        # nationale genre »: another policy's report)
        found = [
            h
            for h in found
            if not _UN_REPORT.search(h.sentence.read)
            and not _REPORT_ON_OTHER.search(h.sentence.read)
            and not _ITS_OWN.search(h.sentence.read)
            and not _of_another_policy(h)
            and not (
                h.value in {"yes", "partial"}
                and _OTHER_REPORT.search(h.sentence.read)
                and not _PLAN_NAMED.search(h.sentence.read)
            )
            # Civil society's own reports ("CSOs may submit shadow reports … to the National
            # Assembly") say nothing of what the government reports or publishes.
            and not _SHADOW.search(h.sentence.read)
        ]
    if key == "coordination_mechanism":
        found = [
            h
            for h in found
            if not _drafting_body(h.sentence.read, lex)
            and not _DRAFTING_ONLY.search(h.sentence.read)
            and not (h.value == "yes" and _NOT_THIS_BODY.search(h.sentence.read))
            and not (h.value == "yes" and _of_another_policy(h))
        ]
    if key == "cs_design":
        # "Civil society organisations will be consulted at the time of the review": a
        # consultation to come, not how this plan was drafted.
        found = [h for h in found if h.value != "yes" or not _TO_COME.search(h.sentence.read)]
        # Civil society's own reports ("the independent monitoring report … prepared by the
        # coalition of civil society", "prepared an alternative report on …") are not the
        # drafting of the plan. Thanks in a foreword ("I thank the officials, experts and
        # women's organisations who contributed") do not say how they took part: beside a
        # passage that tells it (shown the draft at a validation meeting), that passage decides.
        found = [
            h for h in found if not (h.value == "yes" and _THEIR_REPORT.search(h.sentence.read))
        ]
        if any(h.value == "partial" for h in found):
            found = [h for h in found if not (h.value == "yes" and _THANKS.search(h.sentence.read))]
        # A logframe row ("Number of peace processes in which women's organisations
        # participated") measures a result; it does not tell how the plan was drafted.
        found = [h for h in found if not h.sentence.row]
    return by_precedence(key, found)


# A pronoun that carries on the sentence before ("La Stratégie nationale d'égalité des chances
# (SNEC), adoptée en 2017, constitue le cadre … . Dotée d'un budget …, elle fait l'objet d'un
# rapport annuel publié par le Ministère du Plan."): still the other policy.
_PRONOUN_SUBJECT = re.compile(r"(?:^|,\s+)(?:elle|il|it|ella)\s+(?!y\b)", re.IGNORECASE)


def _continues_another_policy(s: Sentence, sentences: list[Sentence]) -> bool:
    if not _PRONOUN_SUBJECT.search(s.read) or _OWN_PLAN.search(s.read):
        return False
    i = next((i for i, t in enumerate(sentences) if t is s), 0)
    before = sentences[i - 1] if i else None
    return (
        before is not None
        and before.page == s.page
        and bool(_OTHER_POLICY.search(before.read) or _NATIONAL_POLICY.match(before.read))
        and not _OWN_PLAN.search(before.read)
    )


_THANKS = re.compile(
    r"\b(I|we) (would like to |wish to )?(thank|acknowledge)\b|\bgratitude\b|\b(je|nous) "
    r"(tiens à |tenons à |souhaite |souhaitons )?remerci\w*\b|\bremerciements\b|\b(agradezco|"
    r"agradecemos)\b",
    re.IGNORECASE,
)
# (civil society's shadow reports, and any monitoring report: "the independent monitoring
# report … prepared by the coalition")
_THEIR_REPORT = re.compile(_SHADOW.pattern + r"|\bmonitoring reports?\b", re.IGNORECASE)


# A body that may be set up one day, or that oversees another policy: "The Government may
# consider establishing a national committee", "The … Committee will continue to oversee the
# implementation of the National Women Development Policy".
_NOT_THIS_BODY = re.compile(
    r"\b(?-i:may) (consider|decide to|wish to)\b|\bpourra (envisager|décider)\b|\bpodrá "
    r"(considerar|decidir)\b"
    r"|\b(implementation|mise en œuvre|ejecución|implementación) (of|de|du|de la|del) "
    r"(the |la |el )?(?-i:[A-Z])[\w-]*( [\w-]+){0,6} (?-i:Policy|Strategy|Programme|Politique|"
    r"Stratégie|Política|Estrategia|Programa)\b"
    # "… shall continue to oversee the implementation of the Magna Carta of Women": a law's.
    r"|\b(implementation|mise en œuvre|ejecución|implementación|application|aplicación) (of|de|du|"
    r"de la|del) (the |la |le |el )?(?-i:[A-Z])[\w-]*( [\w-]+){0,6} (?-i:Act|Law|Charter|Carta|"
    r"Code|Loi|Charte|Ley|Código)\b"
    # "The Peace Building Policy of 2015 continues to be overseen by the National Peace
    # Council": the policy the body oversees is named first.
    r"|\b(?-i:Policy|Strategy|Programme|Politique|Stratégie|Política|Estrategia)\b[^.;]{0,30}\b("
    r"continues to be|is|will be|remains|continue d'être|est|sigue siendo|es) (overseen|"
    r"coordinated|monitored|steered|supervisée?|coordonnée?|suivie?|supervisada|coordinada) "
    r"(by|par|por)\b"
    # "… la coordination et le suivi de la Politique nationale de population"
    # (A bare "the Strategy" is the document itself when it is one: "The Interagency Policy
    # Committee coordinates the implementation of the Strategy".)
    r"|\b(coordination|suivi|oversight|implementation|mise en œuvre|seguimiento)\b[^.]{0,30}\b(of|"
    r"de|du|del) (the |la |el )?(?-i:Politique|Policy|Política|National Policy|National Strategy|"
    r"Stratégie nationale|Estrategia Nacional)\b",
)
# A body that existed only to draft the plan: "established for the sole purpose of preparing
# the plan and concluded its work when the plan was adopted", « dissous à l'adoption du plan ».
_DRAFTING_ONLY = re.compile(
    r"\b(sole|only|specific) purpose of (preparing|drafting|developing)\b|\b(concluded|completed|"
    r"ended|finished) its (work|mandate|task)\b|\bwas (dissolved|disbanded|wound up)\b"
    r"|\b(seule|unique) fin (d'élaborer|de (préparer|rédiger))\b|\ba (achevé|terminé|clos) ses "
    r"travaux\b|\ba été dissous\b|\b(fue disuelt[oa]|concluyó su (labor|trabajo|mandato))\b",
    re.IGNORECASE,
)
_TO_COME = re.compile(
    r"\b(will|shall) be consulted\b|\b(seront|sera) consultée?s?\b|\bserán consultad[ao]s\b"
)


def _drafting_body(text: str, lex: Lexicon) -> bool:
    drafted = _DRAFTED_BY.search(text)
    body = lex.body.search(text)
    return drafted is not None and (body is None or drafted.start() < body.start())


def cs_on_coordination(
    sentences: list[Sentence], lex: Lexicon, coordination: Finding, defined: dict[str, str]
) -> Finding:
    key = "cs_on_coordination"
    if coordination.answer == "no":
        return _finding(
            key,
            "no",
            None,
            0.8,
            coordination.evidence,
            _("The document says there is no coordination body."),
        )
    bodies = _body_acronyms(defined, lex)
    bodies |= _short_forms(bodies, defined)
    before = {(s.page, s.start): sentences[i - 1].read for i, s in enumerate(sentences) if i}
    index = {(s.page, s.start): i for i, s in enumerate(sentences)}

    def earlier(s: Sentence) -> str:
        """The three sentences before: "It" may stand for a body named a few sentences up ("… is
        set up. Chaired by the Secretary General, it meets twice a year. It is composed
        exclusively of …"). Joined only for the hits that need it."""
        i = index[(s.page, s.start)]
        return " ".join(x.read for x in sentences[max(0, i - 3) : i])

    found = [
        h
        for h in hits(key, sentences, lex)
        if h.value == "no_body"  # "No steering committee has been set up."
        or (
            (
                _names_body(h.sentence.read, lex, bodies)
                # "It is composed only of ministries." / "… take part in its sessions": the
                # body is named in the sentence before.
                or (
                    (
                        _NO_SUBJECT.match(h.sentence.read) is not None
                        or _ITS_MEETINGS.search(h.sentence.read) is not None
                    )
                    and _names_body(earlier(h.sentence), lex, bodies)
                )
            )
            and not _drafting(h.sentence.read, lex)
            and not _OTHER_BODY.search(h.sentence.read)
            # "The National Gender Forum, which brings together … civil society, oversees the
            # implementation of the National Gender Policy": another policy's body.
            and not _NOT_THIS_BODY.search(h.sentence.read)
        )
    ]
    # "Le Comité directeur rencontre … le Groupe consultatif de la société civile, composé de
    # douze membres": the body meets civil society's group, whose members are not its own.
    found = [
        Hit("partial", h.sentence, h.cue)
        if h.value == "yes"
        and (_MEETS.search(h.sentence.read) or _cs_observe(h.sentence.read, lex))
        else h
        for h in found
    ]
    found += _composition_lists(sentences, lex, bodies)
    government = {a for a, e in defined.items() if _GOVERNMENT.search(e) and not lex.cs.search(e)}
    found += _inline_compositions(sentences, lex, bodies, government)
    # The members of civil society's own body ("A Civil Society Advisory Group will be
    # established. It will be made up of ten members drawn from …") hold no seat on the body
    # that coordinates.
    found = [
        h
        for h in found
        if not (
            h.value == "yes"
            and (
                _cs_body(h.sentence.read, lex)
                or (
                    _NO_SUBJECT.match(h.sentence.read) is not None
                    and _cs_body(before.get((h.sentence.page, h.sentence.start), ""), lex)
                )
            )
        )
    ]
    if coordination.answer != "yes":
        # Government-only membership is "no" only for a body that exists; and without a body
        # that coordinates (none found, or a ministry with its focal points) a seat found
        # elsewhere is on some other group ("the Network, which brings together forty NGOs").
        found = [h for h in found if h.value not in {"no", "yes", "partial"}]
    return by_precedence(key, found, {"no_body": "no"})


# "… y siègent en qualité d'observateurs", "with a consultative voice": a seat without a say.
_OBSERVES = re.compile(
    r"\b(?:en qualité d'|comme |as |with )(?:observateur|observatrice|observer)s?\b|\bobserver "
    r"status\b|\bvoix consultative\b|\b(?:consultative|advisory) (?:voice|capacity)\b"
    r"|\bsans (?:droit de )?(?:vote|voix délibérative)\b"
    r"|\bwithout (?:the right to )?vot(?:e|ing)\b",
    re.IGNORECASE,
)


def _cs_observe(text: str, lex: Lexicon) -> bool:
    """Civil society, the sentence's subject, sits as an observer ("Les organisations de la
    société civile et les PTF y siègent en qualité d'observateurs"); not a roll of members
    that ends with observers of another kind ("…, quatre représentantes de la société civile
    et, en qualité d'observateurs, les partenaires techniques")."""
    cs = lex.cs.search(text)
    return cs is not None and cs.start() < 30 and _OBSERVES.search(text, cs.end()) is not None


_MEETS = re.compile(
    r"\b(rencontre|rencontrera|se réuni\w* avec|meets with|will meet with|meets the|"
    r"se reúne con)\b",
    re.IGNORECASE,
)
# A body that evaluates, reviews or drafts: its members say nothing of who coordinates.
_OTHER_BODY = re.compile(
    r"\b(?:evaluation|review|drafting|editorial|selection|audit)\s+(?:committee|board|panel|"
    r"group)\b"
    r"|\bcomité\s+(?:d'évaluation|de rédaction|de relecture|de sélection)\b"
    r"|\b(?:comité|comisión)\s+(?:de evaluación|de redacción|redactora)\b",
    re.IGNORECASE,
)


# An appeal to every actor at once, ministries first: not a statement of civil society's role.
_EVERYONE = re.compile(
    r"\b(ministries|government departments|départements ministériels|ministères|ministerios|"
    r"l'ensemble des|all (the )?(stakeholders|actors)|tous les acteurs|toutes les parties "
    r"prenantes|institutions publiques|todos los actores|instituciones públicas)\b",
    re.IGNORECASE,
)
# "… took part in every session of the technical table as guests": the drafting, told in the
# past, not the membership of the body that coordinates the plan.
_TOOK_PART = re.compile(
    # (not in a relative clause: "… women's organisations that took part in the drafting")
    r"(?<!\bque )(?<!\bqui )(?<!\bwho )(?<!\bthat )(?<!\bwhich )"
    r"\b(took part|participated|ont participé|a participé|participaron|participó|"
    r"asistieron)\b",
    re.IGNORECASE,
)


def _drafting(text: str, lex: Lexicon) -> bool:
    """ "drafted by a working group with the participation of civil society": the drafting,
    not the membership of the coordination body. A drafting word after civil society is
    named only qualifies it ("… four delegates of the women's organisations that sat on the
    drafting committee")."""
    if _TOOK_PART.search(text):
        return True
    drafting = _DRAFTING.search(text)
    if drafting is None:
        return False
    cs = lex.cs.search(text)
    return cs is None or drafting.start() < cs.start()


# Civil society as the object of a programme ("support regional networks of women mediators"):
# a target of the plan, not a role in implementing it.
_SUPPORTED = re.compile(
    r"\b(support\w*|fund\w*|financ\w*|strengthen\w*|apoy\w*|fortalec\w*|soutien\w*|souten\w*|"
    r"renforc\w*)\s+(?:(?:to|the|les|des|aux|las|los|a|al|de|la|le)\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


_GENERALLY = re.compile(
    r"\b(often|frequently|usually|typically|tend to|souvent|fréquemment|généralement|a menudo|"
    r"con frecuencia)\b",
    re.IGNORECASE,
)


def cs_implementation_monitoring(sentences: list[Sentence], lex: Lexicon, seat: Finding) -> Finding:
    """Civil society's role in implementing or monitoring the plan. A seat on the body that
    coordinates and follows implementation is such a role (the labelling rule's "members of the
    monitoring body"); an explicit "may" or "no role" elsewhere still decides by precedence."""
    key = "cs_implementation_monitoring"
    found = []
    for h in hits(key, sentences, lex):
        m = lex.cs.search(h.sentence.read)
        if m and h.value == "yes" and _SUPPORTED.search(h.sentence.read[: m.start()]):
            continue
        every = _EVERYONE.search(h.sentence.read)
        if h.value in {"partial", "appeal"} and every and (m is None or every.start() < m.start()):
            # "I invite the ministries, …, civil society … to own it": a foreword (not "NGOs
            # may be engaged by the ministries", where civil society comes first)
            continue
        if h.value == "yes" and h.sentence.heading:
            continue  # "Participación de la sociedad civil en la ejecución": a topic, not a role
        if h.value == "yes" and _GENERALLY.search(h.sentence.read):
            # "Women's organizations in conflict-affected countries often … deliver services":
            # what civil society does in general, not its role in this plan.
            continue
        if h.value == "yes" and _DRAFTING.search(h.sentence.read) and _TOLD.search(h.sentence.read):
            # "The six organisations that were members of the working group commented on each
            # successive draft": how the plan was drafted, told in the past.
            continue
        found.append(h)
    if seat.answer == "yes" and seat.evidence:
        where = {(e.page, e.start) for e in seat.evidence}
        found += [
            Hit("seat", s, "seat on the coordination body")
            for s in sentences
            if (s.page, s.start) in where
        ][:1]
    return by_precedence(key, found, {"appeal": "partial", "seat": "yes"})


_NO_SUBJECT = re.compile(
    r"^\s*(?:\d[\d.]*\s+)?(?:It|Its members|Its membership|Elle|Il|Ses membres|Sa composition|"
    r"Celle-ci|Celui-ci|Está|Estará|The Team|L['’]Équipe|El Equipo"
    r"|Sus miembros|Lo (?:integran|componen|conforman))\b"
)
_ITS_MEETINGS = re.compile(
    r"\b(its|ses|sus|leurs?) (sessions?|meetings?|réunions?|reuniones|sesiones|travaux|trabajos)\b"
    r"|\b(it|elle|il) (holds?|will hold|tient|tiendra|organise|organisera)\b"
    # « Les OSC y participent en qualité d'observateurs »: "y" is the body named before.
    r"|\by (participent|participeront|siègent|siégeront|assistent|sont (représentée?s|"
    r"invitée?s|associée?s))\b",
    re.IGNORECASE,
)
_TOLD = re.compile(
    r"\b(were|was|had|organi[sz]ed|commented|took part|participated|contributed|ont été|a été|"
    r"avaient|ont participé|ont contribué|ont pris part|fueron|participaron|contribuyeron)\b",
    re.IGNORECASE,
)
_DRAFTING = re.compile(
    r"\b(draft\w*|prepar(ed|ation)|developed|validat\w*|élabor\w*|rédaction|rédigé\w*|"
    r"elabora\w*|redact\w*|validación)\b",
    re.IGNORECASE,
)

# An acronym defined in the document: "National Committee (NTC)", or a line of the list of
# acronyms "NTC    National Technical Committee".
# (with the resolution's number, as bodies are often named: "GI 1325", "CNS 1325")
# (and German ministries' lower-case ending, "BMVg", but not a plural "s")
# "NTC", "CNC-PAN", "BMVg", "GI 1325", and those with small letters inside ("MoWCSP", "MoFA").
# (and Belgian federal services in two words, "SPF AE", "SPF RE": not "NAP II")
_ACRONYM = (
    r"(?-i:[A-Z](?:[a-z]?[A-Z0-9]){1,9}[a-rt-z]?(?:-[A-Z0-9]+)?(?: 1325|(?<=SPF) [A-Z]{2,3})?)"
)
_DEFINED_IN_BRACKETS = re.compile(r"(?P<exp>[^()]{3,160}?)\s*\((?P<acr>" + _ACRONYM + r")\)")
_ACRONYM_LINE = re.compile(
    r"^(?P<acr>" + _ACRONYM + r")(?:\s{2,}|\t+|\s+[-–—:=]\s+|:\s+)(?P<exp>\S.{3,160})$"
)


# A line of the list the other way round: "Département fédéral des relations extérieures DFRE".
_ACRONYM_LAST = re.compile(r"^(?P<exp>[A-ZÀ-Ý][^()|]{3,120}?)\s+(?P<acr>" + _ACRONYM + r")$")
_ACRONYM_FIRST = re.compile(r"^(?P<acr>" + _ACRONYM + r")\s+(?P<exp>[A-ZÀ-Ý][^()|]{3,120})$")


def _stands_for(acr: str, text: str) -> str | None:
    """The end of ``text`` that the acronym abbreviates: from the last word starting with its
    first letter from which its letters appear in order ("… the work of the Foreign and
    Development Office" → "Foreign and Development Office" for FDO; "Comité de Pilotage" for
    COPIL), or None when no such words end the text."""
    letters = [c.lower() for c in acr if c.isalpha()]
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text))
    for w in reversed(words):
        if w.group(0)[0].lower() != letters[0] or w.group(0).lower() in _SMALL:
            continue  # (OPPA is the "Office of the Presidential …", not "of the Presidential …")
        tail = text[w.start() :].lower()
        at = 0
        for c in letters:
            at = tail.find(c, at)
            if at < 0:
                break
            at += 1
        else:
            return text[w.start() :].strip(" ,;:–-")
    return None


def acronyms(sentences: list[Sentence]) -> dict[str, str]:
    """The document's acronyms and what they stand for (the first definition wins)."""
    found: dict[str, str] = {}
    for s in sentences:
        if s.row:
            continue
        if "\n" in s.text and _ACRONYM_LINE.match(s.text.split("\n", 1)[0].strip()):
            # Lines of the list run together into one "sentence" (no full stop ends them):
            # "MoFA      Ministry of Foreign Affairs" / "MoGCSW    Ministry of Gender, …".
            for line in s.text.split("\n"):
                if m := _ACRONYM_LINE.match(line.strip()):
                    found.setdefault(m.group("acr"), m.group("exp").strip())
            continue
        if m := _ACRONYM_LINE.match(s.read):
            found.setdefault(m.group("acr"), m.group("exp").strip())
            continue
        m = _ACRONYM_FIRST.match(s.read) or _ACRONYM_LAST.match(s.read)
        if m and (exp := _stands_for(m.group("acr"), m.group("exp"))):
            found.setdefault(m.group("acr"), exp)
            continue
        if "(" not in s.text:
            continue  # most sentences: no "Name (ACR)" to look for
        for m in _DEFINED_IN_BRACKETS.finditer(s.read):
            exp = m.group("exp").strip()
            found.setdefault(m.group("acr"), _stands_for(m.group("acr"), exp) or exp)
    return found


def _body_acronyms(defined: dict[str, str], lex: Lexicon) -> set[str]:
    """Acronyms that stand for a committee, council, commission … ("the NTC", "le CNC-PAN")."""
    out: set[str] = set()
    for acr, expansion in defined.items():
        m = lex.body.search(expansion)
        # The body's name is the end of the expansion: "… a National Technical Committee".
        if m and len(expansion) - m.start() < 90:
            out.add(acr)
    return out


def _short_forms(bodies: set[str], defined: dict[str, str]) -> set[str]:
    """A body defined with the resolution's number ("GTI 1325") is also called by its letters
    alone ("Le GTI rencontre la société civile …")."""
    return {
        m.group(1)
        for a in bodies
        if (m := re.fullmatch(r"([A-Z][A-Z-]{1,9}) 1325", a)) and m.group(1) not in defined
    }


# Words that join a body's noun and the civil-society words inside one name.
_JOINS = re.compile(
    r"^\s*(?:(?:of|for|de|del|des|du|la|le|les|the|l'|el|los|las|consultati\w+|advisory|"
    r"national\w*|nacional\w*)\s*)*$",
    re.IGNORECASE,
)


_GROUP_OPENING = re.compile(
    r"^(?:[\d.]+\s+)?(?:the|a|la|le|el|une?)\s+(?:[\w-]+\s+){0,2}(?:coalition|network|alliance|"
    r"platform|forum|réseau|plateforme|red|plataforma|alianza|coalición)\s+(?:of|de|des|du|de la|"
    r"del)\s+(?:the\s+|la\s+|l'|las\s+|los\s+)?",
    re.IGNORECASE,
)


def _cs_body(text: str, lex: Lexicon) -> bool:
    """Whether the sentence's subject is civil society's own body ("A Civil Society Advisory
    Group will be established", "Le comité consultatif de la société civile …"): its members
    sit on no body of the government's. The body's name opens the sentence and holds the
    civil-society words next to the body's noun."""
    opening = text[:90]
    # "The coalition of civil-society partners of the Plan brings together 23 organisations".
    if (m := _GROUP_OPENING.match(opening)) and lex.cs.match(opening, m.end()):
        return True
    # "Civil Society Advisory Group", then "le comité consultatif de la société civile".
    for first, then in ((lex.cs, lex.body), (lex.body, lex.cs)):
        for m in first.finditer(opening):
            if m.start() > 30:
                break
            after = opening[m.end() :]
            nxt = then.search(after)
            if nxt is not None and _JOINS.match(after[: nxt.start()]):
                return True
    return False


def _names_body(text: str, lex: Lexicon, bodies: set[str]) -> bool:
    if lex.body.search(text):
        return True
    return any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text) for a in bodies)


_GOVERNMENT = re.compile(
    r"\b(ministr\w*|minister\w*|minist[eè]re|ministerio|ministra|ministro|department|département|"
    r"departamento|agency|agence|agencia|police|policía|forces?|fuerzas|armed|armée|secretar\w*|"
    r"direct\w*|dirección|office|gouverneur|governor|state|état|estado|national|nacional|"
    r"fonctionnaire|official|officer|funcionari\w*|gendarmerie|contrôleur|controller|embass\w*|"
    r"ambassad\w*|embajada|administration|administración|primature|presidency|présidence|"
    r"presidencia|unit\b|unité)",
    re.IGNORECASE,
)
_COMPOSED = re.compile(
    r"(?:\b(composed (as follows|of)|made up of|comprises?|consists? of|members? (are|will be)|"
    r"composé\w* (comme suit|de|des)|comprend|se compose (de|des)|membres? (sont|seront)|"
    r"integrad[oa] por|conformad[oa] por|compuest[oa] por|se compone de|miembros son|"
    r"l[oa] (integran|componen|conforman))\b"
    # A heading over the list: "Membership:", "Membres :", "Composición del Consejo:".
    r"|^\s*(?:\d[\d.]*\s+)?(?:composition|membership|members|membres|composición|miembros|"
    r"integrantes)\b)[^:]*:\s*$",
    re.IGNORECASE,
)
# A seat for a non-state group named in a composition list: "two representatives of the
# Women Mediators Network", "deux représentantes de la Coordination des associations féminines",
# "cuatro delegadas de las plataformas de mujeres víctimas".
_NON_STATE_SEAT = re.compile(
    r"\b(?:network|associations?|organi[sz]ations?|platforms?|coalitions?|movements?|"
    r"réseaux?|ONG|plateformes?|organisations?|redes?|asociaci\w+|organizaci\w+|plataformas?|"
    r"movimientos?|colectivos?|instancia especial)\b.*\b(?:women|woman|youth|faith|religious|"
    r"survivors?|femmes|féminin\w*|jeunes|religieu\w*|mujeres|jóvenes|juventud|víctimas|"
    r"religios\w*)\b"
    r"|\b(?:women|youth|faith|femmes|mujeres)[\w'’-]*\s+(?:\w+\s+){0,2}(?:network|organi[sz]ations|"
    r"groups|associations|platform)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^\s*(?:[-–—•*]|\(?[0-9a-z]{1,2}[.)])\s+")
# A line of the list giving a role or a sub-heading: "Chair: the Minister …", "Membres :".
_ROLE_LINE = re.compile(r"^\s*[A-ZÀ-ÝÑ][\w’' -]{0,30}?\s?:(?:\s|$)")


def _composition_lists(sentences: list[Sentence], lex: Lexicon, bodies: set[str]) -> list[Hit]:
    """A body's composition given as a list after a colon ("Il est composé comme suit :"):
    civil society among the items is a seat; items that are all government are none."""
    out: list[Hit] = []
    for i, s in enumerate(sentences):
        if s.row or not _COMPOSED.search(s.read):
            continue
        before = sentences[i - 1].read if i else ""
        if not _names_body(before + " " + s.read, lex, bodies):
            continue
        # (« La commission de rédaction … a achevé ses travaux … Elle était composée comme
        # suit : »: who drafted the plan, not who coordinates it)
        if _DRAFTING.search(before + " " + s.read):
            continue
        items = []
        for t in sentences[i + 1 : i + 30]:
            if t.page != s.page and t.page != s.page + 1:
                break
            if not (_ITEM.match(t.read) or _ROLE_LINE.match(t.read)):
                break
            items.append(t.read)
        if len(items) < 2:
            continue
        listed = s.read + " " + " ".join(items)
        if lex.cs.search(listed) or any(_NON_STATE_SEAT.search(item) for item in items):
            out.append(Hit("yes", s, "composition"))
        elif all(_GOVERNMENT.search(item) for item in items):
            out.append(Hit("no", s, "composition"))
    return out


# "Présidé par le major général, il réunit le directeur …, les majors généraux … et la haute
# fonctionnaire à l'égalité": the membership listed inline, after the verb.
_GATHERS = re.compile(
    r"\b(?:réunit|rassemble|comprend|(?:est|sera) composée? (?:(?:exclusivement|"
    r"uniquement) )?(?:de|des|d')|se compose (?:exclusivement |uniquement )?(?:de|des|d')|"
    r"brings together|comprises|(?:will|shall) comprise|(?:consists?|(?:will|shall) consist) "
    r"(?:exclusively |only |solely )?of|(?:is|will be|shall be) composed (?:exclusively |only |"
    r"solely )?of|is made up of|reúne|está integrad[oa] por|se compone de"
    # "Its members are the Chief Directors … of the Ministries of …": a roll of offices
    r"|(?P<roll>(?:its|their|ses|leurs|sus) (?:members|membres|miembros) (?:are|will be|shall be|"
    r"sont|seront|son|serán)))\s+",
    re.IGNORECASE,
)
# "… in the Ministries of Defence, Police Affairs, Justice, Foreign Affairs and Interior": the
# portfolios after it are ministries, though each names no institution of its own.
_MINISTRIES_OF = re.compile(
    r"\b(?:ministries|ministères|ministerios)\s+(?:of|de|des|du|de la|de l')", re.IGNORECASE
)
_ONLY = re.compile(r"\b(?:exclusively|only|solely|exclusivement|uniquement)\b", re.IGNORECASE)
_LIST_SEP = re.compile(r",\s*|\s+(?:et|and|y|e)\s+", re.IGNORECASE)


def _inline_compositions(
    sentences: list[Sentence], lex: Lexicon, bodies: set[str], government: set[str] | None = None
) -> list[Hit]:
    """A membership of three or more, all of it government, listed in the sentence itself:
    no seat for civil society (a list with civil society in it is read by the rules). Members
    may be named by acronyms the document defines as ministries ("the AA, the BMVg, the BMZ")."""
    acronym = (
        re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, government)) + r")(?![\w-])")
        if government
        else None
    )
    out: list[Hit] = []
    for i, s in enumerate(sentences):
        if s.row or not _usable(s, lex):
            continue
        m = _GATHERS.search(s.read)
        if m is None or lex.cs.search(s.read):
            continue
        before = sentences[i - 1].read if i else ""
        if not (_names_body(s.read[: m.start()], lex, bodies) or _names_body(before, lex, bodies)):
            continue
        listed = s.read[m.end() :].rstrip(".;")
        head = _MINISTRIES_OF.search(listed)
        items = [x for x in _LIST_SEP.split(listed) if x.strip()]
        # Most items, not all: "les majors généraux de l'armée de terre, de la marine et de
        # l'armée de l'air" splits into fragments that name no institution of their own.
        official = sum(
            _GOVERNMENT.search(item) is not None
            or (acronym is not None and acronym.search(item) is not None)
            or (head is not None and listed.find(item) > head.start())
            for item in items
        )
        # (a roll of offices splits into more fragments: "the Chief Directors, or their
        # representatives, of the Ministries of Defence, the Interior, …")
        if official >= 3 and official >= (0.3 if m.group("roll") else 0.7) * len(items):
            out.append(Hit("no", s, m.group(0).strip()))
        elif official and _ONLY.search(m.group(0)):
            # "L'IDAG 1325 se compose exclusivement de représentantes et représentants de
            # l'administration fédérale": the membership said to be government only.
            out.append(Hit("no", s, m.group(0).strip()))
    return out


_PROPER = re.compile(r"\b[A-ZÁÉÍÓÚÀÂÇÈÊÎÔÛÑ][\w'’-]{3,}")


# Capitalised words of a cover that are not a country's name.
_NOT_OWN = {
    "united",
    "nations",
    "women",
    "peace",
    "security",
    "national",
    "action",
    "plan",
    "council",
    "resolution",
    "government",
    "femmes",
    "paix",
    "sécurité",
    "mujeres",
    "seguridad",
    "nacional",
}
# The institutions and acts a cover names ("PRÉSIDENCE DU GOUVERNEMENT", "Secrétariat général",
# "Décision gouvernementale … du Conseil de sécurité"): "au Conseil", "au Journal officiel" are
# not places at home.
_NOT_OWN |= {
    "conseil",
    "consejo",
    "gouvernement",
    "gobierno",
    "présidence",
    "presidency",
    "presidencia",
    "secrétariat",
    "secretariat",
    "secretaría",
    "ministère",
    "ministry",
    "ministerio",
    "ministre",
    "minister",
    "journal",
    "gazette",
    "official",
    "chef",
    "constitution",
    "décision",
    "decision",
    "décret",
    "decree",
    "cabinet",
    "office",
    "department",
    "département",
    "après",
    "république",
    "republic",
    "república",
}


def _own_names(sentences: list[Sentence]) -> set[str]:
    """Proper names in the cover's headings (page 1): the plan's own country is named there."""
    names = {
        m.group(0).casefold()
        for s in sentences
        if s.page == 1 and s.heading
        for m in _PROPER.finditer(s.read)
    }
    return names - _NOT_OWN


# What a country's possessive names when it is a place at home: "in Tollanu's communities".
_PLACES = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:communities|regions|provinces|districts|counties|states|territor\w*|"
    r"societ\w*|women|girls|population|people|towns|cities|villages|camps|border\w*|north|south|"
    r"east|west|rural|urban|security (?:sector|forces|institutions)|police|armed forces|"
    r"institutions|schools|courts|prisons)\b",
    re.IGNORECASE,
)


def _own_country(text: str, lex: Lexicon, own: set[str]) -> re.Match[str] | None:
    """ "the situation of women in <the country named on the cover>": a domestic scope."""
    for m in lex.focus["own"].finditer(text):
        name = re.sub(r"['’]s$", "", m.group("name"))  # "in Tollanu's communities"
        if name != m.group("name") and not _PLACES.match(text[m.end() :]):
            continue  # "in Westrovia's conflict and stabilisation work": its work, not a place
        if name[:1].isupper() and name.casefold() in own:
            return m
    return None


def focus(sentences: list[Sentence], lex: Lexicon) -> Finding:
    key = "focus"
    votes: list[Hit] = []
    own = _own_names(sentences)
    for s in sentences[:4000]:
        if s.row or not _usable(s, lex) or not lex.focus["scope"].search(s.read):
            continue
        text = _in_scope(s.read, lex)
        if m := lex.focus["both"].search(text):
            votes.append(Hit("both", s, m.group(0)[:80]))
            continue
        dom = lex.focus["domestic"].search(text) or _own_country(text, lex, own)
        intl = lex.focus["international"].search(text)
        if dom and intl:
            votes.append(Hit("both", s, f"{dom.group(0)} … {intl.group(0)}"))
        elif dom:
            votes.append(Hit("domestic", s, dom.group(0)))
        elif intl:
            votes.append(Hit("international", s, intl.group(0)))
    if not votes:
        return _focus_from_vocabulary(sentences, lex, own)
    first = votes[0].value
    kinds = {v.value for v in votes}
    value = "both" if "both" in kinds or {"domestic", "international"} <= kinds else first
    chosen = [v for v in votes if v.value == value] or votes
    return _finding(
        key,
        "yes",
        value,
        0.65 if value == "both" and "both" not in kinds else 0.75,
        _evidence(chosen),
        _("The plan's statement of its scope."),
    )


_CLAUSE = re.compile(
    r"[;:]\s*|,\s+(?=(?:but|while|whereas|mais|tandis que|alors que|pero|mientras)\b)"
    r"|\s+(?=(?:and to|et à|et de|y a)\s)"
)


def _in_scope(text: str, lex: Lexicon) -> str:
    """The sentence without its clauses that put something outside the plan ("… ; equality
    policies at home fall outside its scope"): their terms say nothing of the plan's scope."""
    if not lex.focus["exclude"].search(text):
        return text
    return " ; ".join(c for c in _CLAUSE.split(text) if not lex.focus["exclude"].search(c))


def _focus_from_vocabulary(sentences: list[Sentence], lex: Lexicon, own: set[str]) -> Finding:
    """No statement of scope: what the plan talks about. A plan whose sentences speak of
    provinces, the national police and the country's own communities many times, and of
    abroad almost never, is a domestic plan (and the other way round). Only a clear majority
    decides; otherwise the scope is not stated."""
    sides: dict[str, list[Hit]] = {"domestic": [], "international": []}
    for s in sentences[:4000]:
        if s.row or not _usable(s, lex):
            continue
        text = _in_scope(s.read, lex)
        dom = lex.focus["domestic"].search(text) or _own_country(text, lex, own)
        intl = lex.focus["international"].search(text)
        if dom and not intl:
            sides["domestic"].append(Hit("domestic", s, dom.group(0)))
        elif intl and not dom:
            sides["international"].append(Hit("international", s, intl.group(0)))
    dom_n, intl_n = len(sides["domestic"]), len(sides["international"])
    for value, n, other in (("domestic", dom_n, intl_n), ("international", intl_n, dom_n)):
        if n >= _CLEAR_MAJORITY and n >= 4 * max(other, 1):
            return _finding(
                "focus",
                "yes",
                value,
                0.55,
                _evidence(sides[value]),
                _(
                    "No statement of scope: {n} passages point to this focus, {other} to the other."
                ).format(n=n, other=other),
            )
    return not_stated("focus")


_CLEAR_MAJORITY = 6
_TRAIL = re.compile(r"\s+(?:and|et|y|together|en lien|with|con)$", re.IGNORECASE)


def _clean_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,")
    name = _nest(_TRAIL.sub("", name))
    name = _ministry(name)
    return name[:1].upper() + name[1:]


# The minister stands for the ministry: "the Minister for Home Affairs chairs …" names the
# Ministry of Home Affairs as the lead institution (an institution, not a person).
_MINISTER = [
    (re.compile(r"^Minister\s+(?:for|of)\s+", re.IGNORECASE), "Ministry of "),
    (re.compile(r"^Ministre\s+(?=(?:de|du|des|d['’]|chargée?)\b)", re.IGNORECASE), "Ministère "),
    (re.compile(r"^Ministr[oa]\s+(?=(?:de|del)\b)", re.IGNORECASE), "Ministerio "),
]


def _ministry(name: str) -> str:
    for pattern, institution in _MINISTER:
        if pattern.match(name):
            name = pattern.sub(institution, name, count=1)
            return re.sub(r"^(Ministère|Ministerio) chargée", r"\1 chargé", name)
    return name


# "The Ministry X, through its Directorate Y, …" and "the Directorate Y in the Office Z": a unit
# and the institution it belongs to, written "Unit (Institution)" as the labelling rules do.
_THROUGH = re.compile(
    r"^(?P<outer>.+?),?\s+(?:through|by means of|par l'intermédiaire|par le biais|por medio|"
    r"por intermedio|a través)(?:\s+(?:of|de|du|de la|del|de l'))?\s+(?:its\s+|the\s+|la\s+|el\s+|"
    r"le\s+|l'|l’|su\s+|sa\s+|son\s+)?(?P<unit>.+?),?$",
    re.IGNORECASE,
)
_WITHIN = re.compile(
    r"^(?P<unit>(?:Directorate|Division|Unit|Service|Direction|Unité|Cellule|Dirección|Unidad|"
    r"División)\b.+?)\s+(?:in|within|of|at|du|de la|de l'|au sein du|au sein de la|del|de la)"
    r"\s+(?:the\s+)?(?P<outer>(?:Office|Ministry|Department|Presidency|Ministère|Département|"
    r"Cabinet|Présidence|Ministerio|Departamento|Vicepresidencia|Presidencia)\b.+)$",
    re.IGNORECASE,
)


def _nest(name: str) -> str:
    if m := _THROUGH.match(name):
        return f"{m.group('outer')} ({m.group('unit')})"
    if m := _WITHIN.match(name):
        return f"{m.group('unit')} ({m.group('outer')})"
    return name


# An expansion naming a public body anywhere ("Inter-Agency Council on Gender Equality …",
# "Committee on Women and Family Affairs under the Government …").
_INSTITUTION_ANY = re.compile(
    r"\b(?:Ministry|Office|Department|Directorate|Secretariat|Agency|Commission|Council|Committee|"
    r"Institute|Ministère|Secrétariat|Direction|Département|Division|Commissariat|Conseil|Comité|"
    r"Ministerio|Secretaría|Oficina|Dirección|Comisión|Consejo)\b"
)
_STEERING = re.compile(
    r"\b(?:steering|monitoring|oversight|coordination|coordinating|suivi|pilotage|seguimiento|"
    r"coordinación|High Council)\b",
    re.IGNORECASE,
)
_INSTITUTION_NOUN = re.compile(
    r"(?:(?:Federal|National|Royal|State|Union)\s+)?(?:Ministry|Office|Department|Directorate|"
    r"Secretariat|Ministère|Secrétariat|Direction|Département|Ministerio|Secretaría|Oficina|"
    r"Dirección)\b"
)
_INSTITUTION_WORD = re.compile(
    # ("Federal Ministry of …", « Affaires mondiales Boréalie », a department named by its field)
    r"^(?:the\s+|le\s+|la\s+|l'|el\s+)?(?:(?:Federal|National|Royal|State|Union)\s+)?(?:Ministry|"
    r"Affaires|Global Affairs|Foreign Affairs|Office|Department|Directorate|Secretariat|"
    r"Agency|Commission|Council|Institute|Ministère|Secrétariat|Direction|Département|Institut|"
    r"Agence|Ministerio|Secretaría|Oficina|Dirección|Instituto|Consejería|Agencia|Comisión|"
    # (a Belgian federal public service: « Service public fédéral Affaires étrangères »)
    r"Service public fédéral|Federal Public Service)\b"
    # "Foreign and Development Office": the institution's noun last.
    r"|^[A-Z][\w ,'’&-]{2,80}\s(?:Office|Ministry|Department|Agency|Directorate)$",
    re.IGNORECASE,
)
_SMALL = {"of", "and", "the", "for", "de", "du", "des", "la", "le", "les", "et", "del", "y", "el"}
_SMALL |= {"las", "los", "para", "l", "d", "en", "in", "on"}


# A name that is a list of institutions ("the Ministry A and the Agency B").
_LISTED = re.compile(
    r"(?:,|\band\b|\bet\b|\by\b)\s+(?:the\s+|le\s+|la\s+|l'|l’|el\s+)?(?:Ministry|Agency|"
    r"Department|Office|Ministère|Agence|Département|Ministerio|Agencia|Departamento)\b"
)


def _title(text: str) -> str:
    """A name printed in capitals on a cover, in ordinary case: "Ministry of Social Affairs"."""
    words = re.split(r"(\s+|['’])", text.lower())
    out = [w if (w in _SMALL and i) else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return "".join(out)


# A ministry described by its remit ("le ministère ayant le genre, l'enfant et la famille dans
# ses attributions", "the ministry responsible for gender"): the remit's words, to find the
# ministry's own name elsewhere in the document.
_DESCRIBED = re.compile(
    r"^(?:Ministère|Ministre|Ministry|Ministerio)\s+(?:ayant|qui a|en charge d[eu]s?|"
    r"chargée? d[eu]s?|responsible for|in charge of|a cargo de|responsable de|encargado de)\s+"
    r"(?P<remit>.+?)"
    r"(?:\s+dans\s+ses\s+attributions)?$",
    re.IGNORECASE,
)
_MINISTRY_NAME = re.compile(
    r"\b(?:Ministère|Ministry|Ministerio)\s+(?:du|de la|de l['’]|des|de|of|for|del)\s+"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*(?:,?\s+(?:(?:et|and|y|de|du|des|la|l['’]|of|the|del)\s+)*"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*){0,10}"
)
_REMIT_STOP = {
    "le",
    "la",
    "les",
    "l",
    "de",
    "du",
    "des",
    "et",
    "the",
    "of",
    "and",
    "for",
    "el",
    "y",
    "del",
    "d",
    "en",
    "charge",
    "matiere",
    "questions",
    "affaires",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _resolve_described(name: str, sentences: list[Sentence]) -> str:
    """The ministry's own name when the lead is described by its remit and the document names
    exactly one ministry whose name holds every word of that remit."""
    m = _DESCRIBED.match(name)
    if m is None:
        return name
    remit = {w for w in re.findall(r"\w+", _fold(m.group("remit"))) if w not in _REMIT_STOP}
    if not remit:
        return name
    found = {
        " ".join(c.group(0).split()).rstrip(",")
        for s in sentences
        if not s.aside
        for c in _MINISTRY_NAME.finditer(s.read)
    }
    fits = {c for c in found if remit <= set(re.findall(r"\w+", _fold(c)))}
    shortest = min(fits, key=len) if fits else None
    # One ministry, however often written (the shortest spelling of a name holds the others).
    if shortest is not None and all(_fold(shortest) in _fold(c) for c in fits):
        return shortest
    return name


_NO_SINGLE = re.compile(
    r"\b(?:no single|no one|none of the|aucune? (?:seule?)?|ningún|ninguna)\s*$", re.IGNORECASE
)
# An institution's noun alone ("The Office", « le Commissariat »): a reference, not a name.
_BARE = {
    "office",
    "ministry",
    "department",
    "agency",
    "commission",
    "secretariat",
    "directorate",
    "council",
    "institute",
    "ministere",
    "direction",
    "commissariat",
    "agence",
    "departement",
    "institut",
    "bureau",
    "ministerio",
    "secretaria",
    "oficina",
    "agencia",
}


def _named_in_full(noun: str, sentences: list[Sentence], lex: Lexicon) -> str | None:
    """The institution the document calls by its noun alone: "Office means the Office of …",
    "the Ministry of Women … (the Ministry)", « … (ci-après le Commissariat) »."""
    n = re.escape(noun)
    short = re.compile(
        rf"\b(?P<full>{n}\s+(?:of|for|on|de|du|des|à|pour|chargée?)\b[^()]{{3,150}}?)\s*\((?:the\s+|"
        rf"hereinafter\s+(?:the\s+)?|ci-après\s+(?:dénommée?\s+)?(?:le\s+|la\s+|l')?|en lo "
        rf"sucesivo\s+(?:el\s+|la\s+)?)?[\"“«]?\s*{n}\s*[\"”»]?\)"
        rf"|\b{n}\s+means\s+the\s+(?P<meant>{n}\s+[^.;]{{3,150}})",
        re.IGNORECASE,
    )
    found = {
        " ".join((m.group("full") or m.group("meant")).split()).rstrip(" ,")
        for s in sentences
        for m in short.finditer(s.read)
    }
    return found.pop() if len(found) == 1 else None


_AS_CLAUSE = re.compile(r"^(?:As|En tant que|En sa qualité de|Como)\s[^,]{3,160},\s*")
_SITS_WITHIN = re.compile(
    r"^(?:[\d.]+\s+)?(?:The |Le |La |L'|El |La )?(?P<subject>[^,]{2,100}),\s+(?:established|set up|"
    r"placed|located|housed|created|attached|rattachée?|placée?|créée?|établie?|instituée?|"
    r"adscrit[oa]|cread[oa]|ubicad[oa])\s+(?:within|under|in|at|to|auprès d[eu]|au sein d[eu]|"
    r"sous|dans|en|dentro de|bajo)\s+(?:the |la |le |l'|el |los )?$",
    re.IGNORECASE,
)
_EACH = re.compile(r"\b(?:of|in)\s+(?:each|every|chaque|cada)\b", re.IGNORECASE)
_EACH_BEFORE = re.compile(
    r"\b(?:each|every|chaque|tout|cada)\s+(?:line\s+|sectoral\s+|sectoriel\s+)?$", re.IGNORECASE
)
# (Not "Direction de la promotion du genre" under its ministry: a unit of the same institution.)
_COVER_INSTITUTION = re.compile(
    r"^(?:SPF|FPS|Service public fédéral|Federal Public Service|Institut|Institute|Agence|Agency|"
    r"Ministry|Ministère|Department|Département|Ministerio|Instituto|Agencia)\b[^.;:]{2,100}$"
    # "Foreign and Development Office", "Home Office": the institution's noun last.
    r"|^[A-Z][\w ,'’&-]{2,80}\s(?:Office|Ministry|Department|Agency)$"
)
# A plan owned by several institutions together names no lead, whatever its cover shows first.
_JOINTLY = re.compile(
    r"\b(jointly owned|owned jointly|joint ownership|porté conjointement|portée conjointement|"
    r"copiloté|co-piloté|de manera conjunta)\b",
    re.IGNORECASE,
)
_SEVERAL = re.compile(r"\s+(?=(?-i:Ministère|Ministry|Ministerio|Department|Département)\s)")


def lead_institution(sentences: list[Sentence], lex: Lexicon, defined: dict[str, str]) -> Finding:
    key = "lead_institution"
    leaderless = False
    for pattern in lex.lead:
        for s in sentences:
            if s.row or not _usable(s, lex):
                continue
            # "As the Ministry mandated to coordinate …, the Ministry X is the lead institution":
            # the name after the opening clause.
            opening = _AS_CLAUSE.match(s.read)
            m = pattern.search(s.read, opening.end() if opening else 0)
            if m:
                if _NO_SINGLE.search(s.read[: m.start("name")]):
                    # "No single department leads the Plan": the plan says it has no lead.
                    leaderless = True
                    break
                name = _clean_name(m.group("name"))
                if _fold(name) in {"minister", "ministre", "ministro"}:
                    continue  # "chaired by the Prime Minister": a person's title, not the lead
                if _fold(name) in _BARE:
                    # "The Office acts as the leading sector": the office the document names in
                    # full ("Office means the Office of …", "… (the Ministry)").
                    name = _named_in_full(name, sentences, lex) or name
                if _EACH.search(name) or _EACH_BEFORE.search(s.read[: m.start("name")]):
                    continue  # "each line ministry designates …", "the Ministry … of each province"
                if _LISTED.search(name):
                    continue  # "… le Ministère A et l'Agence B, coordonne": members, not a lead
                if within := _SITS_WITHIN.search(s.read[: m.start("name")]):
                    # "The AGE, established within the Office of the Prime Minister, is the
                    # leading institution": the subject, not the office it sits in.
                    name = _clean_name(within.group("subject"))
                if re.fullmatch(_ACRONYM, name):
                    # An acronym ("Le MFPECS assure la coordination"): its definition in the
                    # document, when that names an institution; else not a name at all.
                    expansion = defined.get(name, "")
                    if not (
                        _INSTITUTION_WORD.match(expansion)
                        # (a steering or monitoring committee coordinates; it is not the lead)
                        or (_INSTITUTION_ANY.search(expansion) and not _STEERING.search(expansion))
                    ):
                        continue
                    name = _clean_name(expansion)
                name = _resolve_described(name, sentences)
                return _finding(
                    key,
                    "yes",
                    name,
                    0.75,
                    _evidence([Hit("lead", s, m.group(0)[:80])]),
                    _("The document names it as leading or coordinating the plan."),
                )
        if leaderless:
            break
    if not leaderless and (found := _acronym_leads(sentences, lex, defined)):
        s, acronym, name = found
        return _finding(
            key,
            "yes",
            name,
            0.7,
            _evidence([Hit("lead", s, acronym)]),
            _("The document names it, by its acronym, as leading or coordinating the plan."),
        )
    # Fallback: the institution on the cover (first page), as publishers credit themselves;
    # a cover under several ministries' names does not say which one leads.
    cover = []
    for s in sentences:
        if s.page > 1:
            break
        text = _title(s.read) if s.read.isupper() else s.read
        if m := lex.institution.match(text):
            name = _clean_name(m.group("name"))
            # Lines of several ministries' names run together into one block.
            cover += [(s, n) for n in _SEVERAL.split(name) if n]
        elif _COVER_INSTITUTION.match(text):
            # "SPF Justice", "Institut fédéral pour l'égalité …" beside a ministry: the plan of
            # several institutions, none of which the cover makes the lead.
            cover.append((s, text))
    jointly = leaderless or any(_JOINTLY.search(s.read) for s in sentences if s.page <= 3)
    names = {name for _s, name in cover}
    if len(names) == 1 and lex.institution.match(cover[0][1]) and not jointly:
        s, name = cover[0]
        return _finding(
            key,
            "yes",
            name,
            0.5,
            _evidence([Hit("cover", s, name)]),
            _("Named on the cover; the text does not say who leads."),
        )
    return not_stated(key)


# An institution known by the acronym the document defines, in any phrasing that makes it lead
# the plan: the subject of a leading verb ("AML, par l'entremise de son Centre …, dirige la mise
# en œuvre du Plan", "MoGCSW shall lead and coordinate …") or the agent of a passive one
# ("Coordination of the implementation of the Plan shall be carried out by the MSP"). The verb's
# object must be the plan, its implementation or its coordination.
_LEAD_VERB = (
    r"(?:(?:shall|will|is to)\s+)?(?:leads?|coordinates?|directs?|steers?|oversees?|"
    r"is responsible for (?:the\s+)?(?:overall\s+)?(?:coordination|implementation)|"
    # "The MLSSM is the authorised state body responsible for the coordination of …"
    r"is the (?:[\w-]+\s+){0,3}?(?:body|institution|authority|ministry|agency|entity) "
    r"responsible for|"
    # "OFW is the lead coordinating agency for the Plan", "The MoWCSP is the lead agency …"
    r"is the lead (?:[\w-]+\s+)?(?:agency|institution|ministry|department|body)|"
    r"has (?:the\s+)?overall responsibility for|"
    r"dirige|dirigera|coordonne|coordonnera|pilote|pilotera|"
    r"(?:assure|assurera) (?:la|le) (?:coordination|direction|pilotage|conduite)|"
    r"est (?:chargée?|responsable) de (?:la )?(?:coordination|mise en œuvre)|"
    # « Le MAECI est le chef de file du présent plan », « L'INPF est la structure responsable de
    # la mise en œuvre du PAN », « Le SPF RE est le département pilote du plan »
    r"est (?:le|la|l')\s?(?:\w+ )?(?:chef de file|(?:département|ministère|structure|institution|"
    r"service) (?:pilote|responsable|chef de file))|"
    r"dirigirá|coordina|coordinará|lidera|liderará)"
)
_PLAN_OBJECT = re.compile(
    r"\b(?:plan|PAN|NAP|action plan|strategy|stratégie|estrategia|implementation|mise en œuvre|"
    r"implementación|ejecución)\b",
    re.IGNORECASE,
)
_BY_AGENT = re.compile(
    r"\b(?:coordination|implementation|leadership|mise en œuvre|pilotage|conduite|direction|"
    r"coordinación|implementación)\b[^.;]{0,80}?\s(?:is|shall be|will be|est|sera|es|será)\s+"
    r"(?:carried out|ensured|led|provided|undertaken|assurée?|conduite?|dirigée?|realizada|"
    r"dirigida|liderada)\s+(?:by|par|por)\s+(?:the\s+|le\s+|la\s+|l'|el\s+)?(?P<acr>\S+?)"
    r"(?=[\s,.;]|$)",
    re.IGNORECASE,
)


def _acronym_leads(
    sentences: list[Sentence], lex: Lexicon, defined: dict[str, str]
) -> tuple[Sentence, str, str] | None:
    leads = {
        acr: exp
        for acr, exp in defined.items()
        if _INSTITUTION_WORD.match(exp)
        or (_INSTITUTION_ANY.search(exp) and not _STEERING.search(exp))
    }
    if not leads:
        return None
    names = "|".join(re.escape(a) for a in sorted(leads, key=len, reverse=True))
    subject = re.compile(
        r"^(?:(?:the|le|la|l'|el)\s*)?(?P<acr>(?-i:" + names + r"))\b"
        r"(?:\s*\([^()]{2,60}\))?(?:,\s+[^,;.]{3,120},)?\s+" + _LEAD_VERB + r"\b(?P<rest>.*)$",
        re.IGNORECASE,
    )
    for s in sentences:
        if s.row or not _usable(s, lex):
            continue
        m = subject.match(s.read)
        if m is not None and _PLAN_OBJECT.search(m.group("rest")):
            return s, m.group("acr"), _clean_name(leads[m.group("acr")])
        by = _BY_AGENT.search(s.read)
        if by is not None and by.group("acr") in leads:
            return s, by.group("acr"), _clean_name(leads[by.group("acr")])
    return None
