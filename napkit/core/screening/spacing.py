"""Spaces put back into PDF text layers that lost them.

Some PDFs exported from Word with justified text carry no space characters between many
words: the text layer reads "FamilleetEnfantvientdeconsoliderlesacquis" (the DRC's second
plan does, on most pages). Word-bounded rules cannot read that, so before screening such a
document, each run of letters that is not a word is split into the words that most likely
make it up: words the document itself writes with spaces elsewhere, and the words of NAP
prose in English, French and Spanish shipped in ``lexicon/words.txt``. The split is the
cheapest one, where a common word costs little, a rare one more and an unknown stretch a
lot, so "consoliderlesacquis" becomes "consolider les acquis". A run that would fall apart
into crumbs ("remerciements" as "remercie m en t s") is left as it is.

Only documents that show the defect are touched (``glued``): in a normal text layer a run
of 20 letters or more is rare. Evidence offsets are into the repaired text, which is the text
the reviewer reads.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from pathlib import Path

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
_LONG = 20  # letters: longer runs are almost never one word in these languages
_MIN_SHARE = 0.004  # glued runs per word at which a document is repaired
_MIN_RUN = 7  # shorter unknown runs are left alone (names, acronyms, typos)
_MAX_WORD = 25

# Short words no vocabulary count makes trustworthy: only these may be one or two letters.
_SHORT = frozenset(
    [
        "a",
        "à",
        "y",
        "l",
        "d",
        "j",
        "s",
        "n",
        "c",
        "m",
        "t",
        "qu",
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "un",
        "une",
        "et",
        "en",
        "au",
        "aux",
        "ou",
        "sa",
        "se",
        "ce",
        "ne",
        "il",
        "on",
        "of",
        "to",
        "in",
        "is",
        "at",
        "as",
        "or",
        "an",
        "be",
        "it",
        "by",
        "on",
        "no",
        "we",
        "el",
        "lo",
        "los",
        "las",
        "del",
        "al",
        "su",
        "si",
        "o",
        "e",
        "ni",
        "un",
    ]
)


@functools.cache
def _shipped() -> frozenset[str]:
    path = Path(__file__).parent / "lexicon" / "words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


def glued(pages: list[str]) -> bool:
    """Whether the text shows the defect: many runs of letters too long to be one word."""
    words = 0
    long = 0
    for page in pages:
        for match in _LETTERS.finditer(page):
            words += 1
            long += len(match.group(0)) >= _LONG
    return words > 0 and long / words >= _MIN_SHARE and long >= 3


def restore(pages: list[str]) -> list[str]:
    """Each page with the glued runs of letters split into words."""
    own = Counter(w.lower() for page in pages for w in _LETTERS.findall(page))
    shipped = _shipped()
    # A glued run repeated (a running header) is still not a word.
    counts: Counter[str] = Counter({w: c for w, c in own.items() if c >= 2 and len(w) < _LONG})
    for w in shipped:
        counts[w] += 1
    for w in _SHORT:
        counts[w] += 50
    total = sum(counts.values())

    def known(word: str) -> bool:
        if len(word) <= 2:
            return word in _SHORT
        return counts.get(word, 0) >= 2 or word in shipped

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        if len(run) < _MIN_RUN or known(run.lower()):
            return run
        return _split(run, counts, total, known)

    return [_LETTERS.sub(fix, page) for page in pages]


_HYPHENATED = re.compile(r"([^\W\d_]+)-\n([a-zà-ÿ][^\W\d_]*) ?")


def dehyphenate(pages: list[str]) -> list[str]:
    """Words broken at the end of a PDF line made whole again, the line break moved after
    them: "coordi-\nnation body" → "coordination\nbody" when the document or NAP prose knows
    "coordination", else the hyphen stays ("gender-\nbased" → "gender-based\n")."""
    own = {w.lower() for page in pages for w in _LETTERS.findall(page)}
    shipped = _shipped()

    def join(m: re.Match[str]) -> str:
        whole = m.group(1) + m.group(2)
        if whole.lower() in own or whole.lower() in shipped:
            return whole + "\n"
        return f"{m.group(1)}-{m.group(2)}\n"

    return [_HYPHENATED.sub(join, page.replace("\u00ad", "")) for page in pages]


def _split(run: str, counts: Counter[str], total: int, known: object) -> str:
    assert callable(known)
    low = run.lower()
    n = len(low)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        for j in range(max(0, i - _MAX_WORD), i):
            piece = low[j:i]
            if known(piece):
                # A word per piece costs 6 on top of its rarity: fewer, longer words win.
                cost = -math.log(counts[piece] / total) + 6.0
            elif i - j >= 3:
                cost = 30.0 + 4.0 * (i - j)  # an unknown stretch, allowed but expensive
            else:
                continue
            if best[j] + cost < best[i]:
                best[i] = best[j] + cost
                back[i] = j
    parts: list[str] = []
    i = n
    while i > 0:
        j = back[i]
        parts.append(run[j:i])
        i = j
    parts.reverse()
    crumbs = sum(len(p) <= 2 for p in parts)
    unknown = sum(len(p) for p in parts if not known(p.lower()))
    # Crumbs ("remercie m en t s") or mostly unknown letters: the split is a guess, not words.
    if len(parts) < 2 or crumbs * 3 > len(parts) + 1 or unknown * 2 > len(run):
        return run
    return " ".join(parts)
