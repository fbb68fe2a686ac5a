"""What every finding shares: the hit a rule makes, which sentences a rule may read, the
negation before a cue, and the choice of one value by a fixed precedence.

A finding nothing matched is *not stated*: silence is never read as "no". Sentences about a
predecessor plan are skipped (``past``), as are "yes" cues with a negation just before them
("no specific budget has been allocated"), and the calls a resolution makes of Member States.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from napkit.core.i18n import _
from napkit.core.scorecard.headlines import QUESTIONS
from napkit.core.screening.findings.past import _is_past
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
    # ("… are not members of the working group, but the working group meets with … civil
    # society twice a year": partial, said with a negation of its own)
    "cs_on_coordination": ("yes", "partial", "no_but_meets", "no", "no_body"),
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
    "no_but_meets",
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
    if _resolution_call(s.read) or _NOT_THE_PLANS.search(s.read):
        return False
    if s.past is None:  # not marked (a sentence screened alone): no edition to compare with
        return not _is_past(s.read, lex, None)
    return not s.past


# A sentence that says it speaks of something else than the plan: an aside ("For context, the
# National Assembly appropriated AD$45 million for the Women's Global Development Fund", « Pour
# rappel, la DCAH publie chaque année un rapport d'activités ») or a thing it sets apart from the
# plan (« ce rapport est distinct du suivi du présent plan », "that Fund is governed by separate
# legislation").
_NOT_THE_PLANS = re.compile(
    r"^\W*(?:for context|for reference|for information|pour mémoire|pour rappel|pour information|"
    r"à titre d'information|à titre de rappel|a título informativo|como referencia)\s*[,:]"
    # "… the development cooperation strategy …, which is separate from this plan", "the PSOP
    # budget is managed apart from the plan"
    r"|\b(?:is|are) (?:separate|managed separately|managed apart) from (?:this|the) (?:plan|NAP)\b"
    r"|\bseparate from this (?:plan|NAP)\b"
    r"|\b(?:is|are) managed (?:and reported )?(?:under|through) (?:its|their) own\b"
    r"|\b(?:distinct|distincte|distincts|distinctes) (?:du|de la|des) (?:suivi|mise en œuvre|"
    r"budget|rapports?) (?:du|de ce) (?:présent )?(?:plan|PAN)\b"
    r"|\bne relève pas du (?:présent )?(?:plan|PAN)\b|\bis governed by separate\b"
    r"|\b(?:is|are) not part of (?:this|the) (?:plan|NAP|strategy)\b"
    # ("…; it has its own governing board and is not part of the implementation structure of
    # this Plan")
    r"|\b(?:is|are) not part of the (?:\w+ ){0,3}(?:of|for) (?:this|the) (?:plan|NAP)\b"
    # « … ces montants relèvent de la programmation ordinaire de la coopération et ne
    # constituent pas une enveloppe propre au plan »
    r"|\bne (?:constitue|constituent) pas (?:une|un) (?:enveloppe|budget|financement|crédit) "
    r"(?:propre|dédiée?|spécifique) (?:au|à ce) (?:présent )?(?:plan|PAN)\b"
    r"|\b(?:do|does) not (?:constitute|form) (?:a|the) (?:dedicated |separate )?budget (?:of|for) "
    r"(?:this|the) (?:plan|NAP)\b"
    # « Indépendamment du PAN, la CNFC publie chaque année son rapport d'activité »
    r"|^\W*(?:indépendamment|en dehors) (?:du|de ce) (?:présent )?(?:plan|PAN)\b"
    r"|^\W*(?:independently of|separately from|outside) (?:this|the) (?:plan|NAP)\b"
    # "The mid-term review recommended that a national WPS steering committee be established":
    # what a review proposed, unless the sentence says this plan does it.
    r"|\b(?:review|evaluation|assessment|revue|évaluation|bilan|evaluación|revisión)\b[^.;]{0,40}"
    r"\b(?:recommended|recommends|a recommandé|recommande|recomendó|recomienda) (?:that|que)\b"
    r"(?![^.]*\b(?:this|the present|the new|ce|le présent|la présente|le nouveau|este|el presente)"
    r" (?:plan|NAP|PAN|strategy|stratégie)\b)",
    re.IGNORECASE,
)

_RESOLUTION_CALL = re.compile(
    r"\b(?:calls?|called) (?:on|upon) (?:all )?(?:UN )?Member States\b|\b(?:urges?|urged|invites?|"
    r"invited|requests?|requested|encourages?|encouraged) (?:all )?(?:UN )?Member States\b"
    # (« … et appelle les États à adopter des mesures »)
    r"|\b(?:appelle|appellent|invite|invitent|exhorte|exhortent|demande|demandent|engage|"
    # (« Le Secrétaire général a, pour sa part, invité les États à consulter la société civile »)
    # (« Elles appellent également les États à consulter la société civile »)
    r"engagent|encourage|encouragent|invité|appelé|encouragé|exhorté) (?:également |aussi |"
    r"notamment |en outre )?(?:tous )?les États(?: membres)?\b"
    # (« Elle demande instamment aux États membres de … »)
    r"|\b(?:demande|demandent) (?:instamment )?aux États(?: membres)?\b"
    # (« Le Conseil de sécurité a invité à plusieurs reprises les États membres … et … les a
    # encouragés à associer étroitement la société civile à leur mise en œuvre »)
    r"|\b(?:Security Council|Conseil de sécurité|Consejo de Seguridad)\b[^.;]{0,20}\b"
    r"(?:has |a |ha )?"
    r"(?:repeatedly |à plusieurs reprises )?(?:invited|encouraged|urged|invité|encouragé|appelé|"
    r"exhorté|invitado|alentado|instado)\b"
    # (« La Résolution 1325 recommande aux États membres d'associer la société civile »)
    r"|\b(?:recommande|recommandent|recomienda|recomiendan) (?:à tous |aux |a (?:todos )?los )"
    r"(?:États|Estados)\b|\b(?:recommends?|recommended) (?:that )?(?:all )?(?:UN )?Member States\b"
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
    r"encouragent|encourage|insta|instan|exhorta|pide|alienta)\b"
    # A line of a list of the resolutions: « 1325 (2000) – participation des femmes, … »
    r"|^\W*\d{4}\s*\(\d{4}\)\s*[–—:-]"
    # (« La résolution 1325 souligne également l'importance de la participation de la société
    # civile … à la mise en œuvre de l'agenda »)
    r"|\b(?:resolution|résolution|resolución|UNSCR|RCSNU)\s*\d{4}\s+(?:\w+\s+)?(?:souligne|"
    r"underlines|stresses|emphasi[sz]es|subraya)\b"
    # ("The resolution and those that followed also call for the participation of civil
    # society … in the implementation of the WPS agenda")
    r"|^\W*(?:the|this|la|cette) (?:resolution|résolution)\b[^.;]{0,50}\b(?:calls? for|call "
    r"upon|appelle|appellent|demande|demandent)\b"
    # ("Later resolutions added that civil society … should be involved in the implementation
    # of the agenda"; "It also calls for the participation of civil society … in the
    # implementation of the resolution")
    r"|^\W*(?:later|subsequent|other|les autres|des) (?:resolutions|résolutions)\b[^.;]{0,30}"
    r"\b(?:added|ajouté|call|appellent)\b"
    r"|\b(?:calls? for|appelle à)\b[^.]*\bin the implementation of the (?:resolution|agenda)\b"
    # A law's call on the government: "The WPS Act calls on the Executive Branch to consult with
    # civil society … in the development of strategies".
    r"|\b(?:Act|Law|Loi|Ley)\s+(?:\w+\s+)?(?:calls? (?:on|upon)|requires|directs|appelle|exige)\s+"
    r"(?:the\s+)?(?:Executive|Government|Gouvernement|Gobierno|federal)\b",
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
    r"(?: d'action)?(?: nationaux)?\b"
    # (« … lors de l'élaboration et de la mise en œuvre de ces plans »: every state's)
    r"|\b(?:ces|these|estos) plans\b"
    # ("… invitent les États membres à élaborer des plans d'action nationaux", "… in the design
    # and review of national action plans")
    r"|\b(?:des )?plans d'action nationaux\b|\bnational action plans\b|\bplanes de acción "
    r"nacionales\b",
    re.IGNORECASE,
)

# « ne … que » restricts, it does not negate: « Les indicateurs ne sont définis que pour les
# objectifs 3 et 4 » says some indicators are. (Masked with spaces, so positions hold.)
_RESTRICTIVE = re.compile(
    r"\b(?:ne\s|n['’])(?=\s*(?:(?!pas\b|plus\b|jamais\b|point\b)[\w'’-]+\s+){0,4}que?\b)"
    # A deadline is no negation: "shall annually, not later than 1 March …, submit …"
    r"|\b(?:not|no) (?=later than\b)",
    re.IGNORECASE,
)


# "No." for "number" ("No. | Action | Progress indicators", "Executive Order No. 112") is no
# negation.
_NUMBER_SIGN = re.compile(r"\b(?-i:No)\.(?=\s*(?:\||\d))")


def _negated(s: Sentence, match: re.Match[str], lex: Lexicon) -> bool:
    text = _RESTRICTIVE.sub(lambda m: " " * len(m.group(0)), s.read)
    text = _NUMBER_SIGN.sub("   ", text)
    before = text[max(0, match.start() - 50) : match.start()]
    # A negation in a clause of its own does not reach the match: "Aucun comité n'est créé :
    # le ministère coordonne …".
    before = re.split(r"[:;]", before)[-1]
    inside = text[match.start() : match.end()][:60]
    return bool(lex.negation.search(before) or lex.negation.search(inside))


_BECAUSE = re.compile(r",?\s+(?:because|since|parce que|car|puisque|porque|ya que)\s")


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
            # (up to a clause of cause: "does not contain baselines or targets, because reliable
            # data were not available at the time of drafting" is the plan's, now)
            after = _BECAUSE.split(after, maxsplit=1)[0]
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


_PLAN_NAMED = re.compile(r"\b(?:plan|PAN|NAP|PNA)s?\b", re.IGNORECASE)
