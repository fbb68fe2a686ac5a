"""What each finding looks like in English, French and Spanish: rules as regular expressions.

Each language module defines the same names (see ``Lexicon``). A rule is ``(value, pattern)``:
a sentence matching ``pattern`` supports ``value`` for its finding. Patterns are compiled once,
case-insensitively; they are written against the way NAPs phrase things (reviewed against
the tuning half of the evaluation set, see docs/screening.md), not against single documents.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import ModuleType

Rule = tuple[str, re.Pattern[str]]


@dataclass(frozen=True)
class Lexicon:
    language: str
    past: re.Pattern[str]  # a sentence about a predecessor plan: not evidence for this one
    negation: re.Pattern[str]  # a negation just before a cue turns "yes" into nothing
    was: re.Pattern[str]  # past tense: "had no role" describes the past, not this plan
    rules: dict[str, list[Rule]]  # finding id -> rules
    me: dict[str, re.Pattern[str]]  # collect / report / when / none
    focus: dict[str, re.Pattern[str]]  # scope / domestic / international / both
    lead: list[re.Pattern[str]]  # each with a group "name"
    institution: re.Pattern[str]  # an institution's name, for the cover fallback
    pillars: re.Pattern[str]  # the sentence announcing the pillars, group "list" (maybe empty)
    pillar_item: re.Pattern[str]  # a heading line "Pillar 1 – Name", group "name"
    articles: re.Pattern[str]  # leading articles to drop from pillar names
    conjunction: str  # the word for "and" before a list's last item
    body: re.Pattern[str]  # a coordination body's name words
    cs: re.Pattern[str]  # civil society's names
    numbers: dict[str, int]


def _compile(module: ModuleType) -> Lexicon:
    # DOTALL: a sentence of a PDF keeps the line breaks of its text layer ("…des\n partenaires").
    flags = re.IGNORECASE | re.UNICODE | re.DOTALL

    def c(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return Lexicon(
        language=module.__name__.rsplit(".", 1)[-1],
        past=c(module.PAST),
        negation=c(module.NEGATION),
        was=c(module.WAS),
        rules={k: [(v, c(p)) for v, p in rs] for k, rs in module.RULES.items()},
        me={k: c(p) for k, p in module.ME.items()},
        focus={k: c(p) for k, p in module.FOCUS.items()},
        lead=[c(p) for p in module.LEAD],
        institution=re.compile(module.INSTITUTION, re.UNICODE),
        pillars=c(module.PILLARS),
        pillar_item=c(module.PILLAR_ITEM),
        articles=c(module.ARTICLES),
        conjunction=module.CONJUNCTION,
        body=c(module.BODY),
        cs=c(module.CS),
        numbers=dict(module.NUMBERS),
    )


@functools.cache
def lexicon(language: str) -> Lexicon:
    from napkit.core.screening.lexicon import en, es, fr

    modules = {"en": en, "fr": fr, "es": es}
    return _compile(modules[language])
