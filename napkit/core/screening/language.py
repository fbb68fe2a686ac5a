"""Which language a document is written in, from the share of common function words.

NAPs are long: a few hundred words of running text settle English, French and Spanish beyond
doubt, with no downloaded model. Function words of other languages are counted too, so a
German or Portuguese plan is named as such (and not screened) rather than read as Spanish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUPPORTED = ("en", "fr", "es")

# The most frequent function words, chosen to tell the languages apart (words the languages
# share, such as "a" or "de", are left out where they would blur the profile).
_PROFILES: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "that",
            "for",
            "are",
            "with",
            "this",
            "be",
            "by",
            "on",
            "will",
            "as",
            "its",
            "an",
            "which",
            "from",
            "has",
            "have",
            "shall",
            "their",
            "it",
            "at",
            "or",
            "women",
            "peace",
            "security",
            "plan",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "et",
            "du",
            "en",
            "une",
            "dans",
            "pour",
            "est",
            "sur",
            "au",
            "aux",
            "par",
            "qui",
            "que",
            "sont",
            "avec",
            "ce",
            "cette",
            "ses",
            "leur",
            "plus",
            "été",
            "être",
            "femmes",
            "paix",
            "sécurité",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "del",
            "en",
            "una",
            "para",
            "por",
            "con",
            "que",
            "es",
            "son",
            "se",
            "su",
            "sus",
            "al",
            "como",
            "este",
            "esta",
            "mujeres",
            "paz",
            "seguridad",
            "más",
            "sobre",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "as",
            "do",
            "da",
            "dos",
            "das",
            "em",
            "uma",
            "para",
            "com",
            "não",
            "são",
            "pelo",
            "pela",
            "mulheres",
            "paz",
            "segurança",
            "seu",
            "sua",
            "também",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "den",
            "dem",
            "des",
            "ist",
            "nicht",
            "mit",
            "für",
            "auf",
            "eine",
            "ein",
            "sich",
            "von",
            "zu",
            "im",
            "frauen",
            "frieden",
            "sicherheit",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "gli",
            "della",
            "delle",
            "dei",
            "nel",
            "nella",
            "per",
            "con",
            "che",
            "sono",
            "una",
            "donne",
            "pace",
            "sicurezza",
            "anche",
            "alla",
            "degli",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "in",
            "is",
            "dat",
            "op",
            "te",
            "voor",
            "met",
            "zijn",
            "niet",
            "vrouwen",
            "vrede",
            "veiligheid",
            "worden",
        ]
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
}


@dataclass(frozen=True)
class Detected:
    language: str  # ISO 639-1, or "und" when the text has too few words to tell
    confidence: float
    words: int

    @property
    def supported(self) -> bool:
        return self.language in SUPPORTED


def detect(text: str, sample: int = 20_000) -> Detected:
    """The language of ``text`` (its first ``sample`` words are enough)."""
    words = [w.casefold() for w in _WORD.findall(text[: sample * 8])][:sample]
    if len(words) < 5:
        return Detected("und", 0.0, len(words))
    scores = {code: sum(1 for w in words if w in profile) for code, profile in _PROFILES.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_second, runner) = ranked[0], ranked[1]
    if top == 0:
        return Detected("und", 0.0, len(words))
    # Confidence: how clearly the best profile beats the next (1 when it alone matches).
    confidence = round((top - runner) / top, 2)
    return Detected(best, confidence, len(words))
