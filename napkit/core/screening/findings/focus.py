"""The plan's focus: inward (its own country), outward (abroad, through aid and diplomacy),
or both, from the scope it states or, failing that, the places it names.
"""

from __future__ import annotations

import re

from napkit.core.i18n import _
from napkit.core.screening.findings.base import Hit, _evidence, _finding, _usable, not_stated
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.result import Finding
from napkit.core.screening.segment import Sentence

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
        if name[:1].isupper() and _is_own(name.casefold(), own):
            return m
    return None


def _is_own(name: str, own: set[str]) -> bool:
    """The cover's name, or its adjective: a cover headed « République Sidranaise » names
    « la Sidrane » (and "Kenyan" names Kenya), so the stem of a name of five letters or more
    that begins one of the cover's words counts."""
    if name in own:
        return True
    stem = name[:-1] if name.endswith(("e", "a")) else name
    return len(stem) >= 5 and any(w.startswith(stem) and len(w) > len(stem) for w in own)


def focus(sentences: list[Sentence], lex: Lexicon) -> Finding:
    key = "focus"
    votes: list[Hit] = []
    own = _own_names(sentences)
    for s in sentences[:4000]:
        if s.row or not _usable(s, lex) or not lex.focus["scope"].search(s.read):
            continue
        text = _in_scope(s.read, lex)
        if declared := _DECLARED.search(text):
            # "The scope of this NAP is domestic: it is implemented within Kalahia …, as well as
            # the preparation of Kalahian women for service in … peacekeeping": as declared.
            kind = (
                declared.group("kind") or declared.group("kind2") or declared.group("kind3")
            ).lower()
            value = "domestic" if kind in {"domestic", "national", "nationale"} else "international"
            votes.append(Hit(value, s, declared.group(0)[:80]))
            continue
        if turn := _BUT_THIS_PLAN.search(text):
            # "Sanbara contributes troops … to peace operations, but this plan focuses on peace
            # and security within the country": the plan's scope is what follows.
            text = text[turn.end() :]
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


_DECLARED = re.compile(
    r"\bscope of (?:this|the) (?:NAP|plan|action plan) is (?:purely |exclusively |essentially )?"
    r"(?P<kind>domestic|national|international|external)\b"
    r"|\bportée du (?:présent )?(?:plan|PAN) est (?:purement |exclusivement |essentiellement )?"
    r"(?P<kind2>nationale|internationale|extérieure)\b"
    # (« Le présent plan a une portée nationale et couvre les trois îles de l'Union. »)
    r"|\b(?:plan|PAN) a une portée (?:purement |exclusivement |essentiellement )?"
    r"(?P<kind3>nationale|internationale|extérieure)\b",
    re.IGNORECASE,
)

_BUT_THIS_PLAN = re.compile(
    r",\s*(?:but|mais|pero)\s+(?=(?:this|the present|le présent|la présente|ce|este|el presente)\s+"
    r"(?:plan|PAN|NAP)\b)",
    re.IGNORECASE,
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
