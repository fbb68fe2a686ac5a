"""Which edition of a country's plan a document is, from its cover and title.

A third plan speaks of "the second plan" as its predecessor, while a second plan calls
itself "the Second Plan" ("El Segundo Plan tiene una doble dimensión"). Sentences about a
predecessor are not evidence for this plan, so the rules need to know which ordinal is the
document's own: the highest one its cover or title gives ("Third National Action Plan",
"Plan d'action national de 2e génération", "II Plan Nacional de Acción", "PAN 3"), read from
the first page that holds text and the headings of the next.
"""

from __future__ import annotations

import re

_WORDS = {
    "first": 1,
    "premier": 1,
    "première": 1,
    "primer": 1,
    "primera": 1,
    "second": 2,
    "deuxième": 2,
    "seconde": 2,
    "segundo": 2,
    "segunda": 2,
    "third": 3,
    "troisième": 3,
    "tercer": 3,
    "tercera": 3,
    "fourth": 4,
    "quatrième": 4,
    "cuarto": 4,
    "cuarta": 4,
    "fifth": 5,
    "cinquième": 5,
    "quinto": 5,
    "quinta": 5,
}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_PLAN = r"(?:national\s+|nacional\s+)?(?:action\s+)?(?:plan|PAN|NAP|MNAP)\b"
_ORDINAL = re.compile(
    # ("Fourth Aldermark National Action Plan on UN Security Council Resolution 1325": the
    # country's name between)
    r"\b(?P<word>" + "|".join(_WORDS) + r")\s+(?:(?-i:[A-Z][\w'’-]+)\s+(?=national\s))?"
    r"(?:(?:national|nacional|plan)\s+)?(?:action\s+|"
    r"d'action\s+|de acción\s+)?(?:plan|PAN|NAP|génération|generation|generación|edition|"
    r"édition|edición)\b"
    r"|\b(?P<num>[1-5])\s*(?:e|è|ème|er|re|nd|rd|th|st|º|°|ª)\s+(?:génération|generation|"
    r"generación|edition|édition|edición)\b"
    r"|\b(?:de|of)\s+(?P<word2>" + "|".join(_WORDS) + r")\s+(?:génération|generation|generación)"
    r"|\b(?:PAN|NAP|Plan)\s*(?P<num2>[2-5])\b",
    re.IGNORECASE,
)
_ROMAN_PLAN = re.compile(
    r"(?<![\w-])(?P<roman>II|III|IV|V|I)\s+"
    + _PLAN
    # "NAP II", and the country's own spelling of it: "KONAP II", "TaNAP I", "GHANAP II".
    # ("NAP 1325-IV", "NAP 1325-III")
    + r"|\b(?:PAN|NAP|(?-i:[A-Z][A-Za-z]{0,3}(?:PAN|NAP)))\s*(?:1325\s*-\s*)?"
    r"(?P<roman2>II|III|IV|V|I)\b",
    re.IGNORECASE,
)


def ordinals(text: str) -> list[int]:
    """Every plan ordinal the text gives ("the second plan" → 2, "PAN 3" → 3)."""
    found: list[int] = []
    for m in _ORDINAL.finditer(text):
        word = m.group("word") or m.group("word2")
        if word:
            found.append(_WORDS[word.lower()])
        else:
            found.append(int(m.group("num") or m.group("num2")))
    for m in _ROMAN_PLAN.finditer(text):
        roman = m.group("roman") or m.group("roman2")
        if roman.isupper():  # "i plan" is not a numeral
            found.append(_ROMAN[roman])
    return found


def own_edition(pages: list[str]) -> int | None:
    """The document's own edition, from its cover: the highest ordinal its title lines give
    (short lines; a sentence of the text, "under the second NAP, …", is not a title)."""
    cover = next((p for p in pages if len(p.strip()) > 40), "")
    numbers = [
        n
        for line in cover[:2500].split("\n")
        if _is_title(line.strip()) and not _AFTER.search(line)
        for n in ordinals(line)
    ]
    return max(numbers) if numbers else None


def _is_title(line: str) -> bool:
    # A long title opens with its ordinal: "Deuxième Plan national d'action de la Tavergne pour
    # la mise en œuvre des résolutions « Femmes, paix et sécurité » du Conseil de sécurité …".
    if len(line) <= _TITLE_LINE:
        return True
    # (« Plan d'action national de deuxième génération pour la mise en œuvre … »)
    return len(line) <= 2 * _TITLE_LINE and bool(ordinals(line[:60]))


_TITLE_LINE = 120
# "Building on the second plan", "under the first NAP": a predecessor named on the cover.
_AFTER = re.compile(
    r"\b(under|during|after|building on|following|successor|sous|après|suite|bajo|durante|"
    r"tras|sucesor)\b",
    re.IGNORECASE,
)
