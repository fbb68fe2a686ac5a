"""Columns and sheets of a logframe workbook, and how headers and words are compared.

A header is matched after ``normalise`` (no case, accents, punctuation or repeated
spaces), so "VALEUR DE RÉFÉRENCE" and "Valeur de reference" are the same column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

Kind = Literal[
    "id",  # an identifier
    "text",  # one line or more of text
    "texts",  # several texts, one per line
    "ids",  # identifiers separated by ; or ,
    "enum",  # one value of ``choices``
    "enums",  # values of ``choices`` separated by ; or ,
    "int",
    "number",
    "money",
    "date",
    "bool",
    "value",  # an indicator value: read by the measure of its row
    "milestones",  # DATE: VALUE; DATE: VALUE
]

# Where a drop-down takes its values when they are ids of another sheet.
Source = Literal["", "organisations", "results", "bodies"]


CELL_LIMIT = 32000  # a cell holds at most 32,767 characters
CUT = "…"  # ends a text cut at CELL_LIMIT; the reader then keeps the hidden copy's text


def normalise(text: str) -> str:
    """``"  Valeur de Référence* "`` → ``"valeur de reference"``: headers and vocabulary
    words are compared without case, accents, punctuation or repeated spaces."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = plain.replace("organization", "organisation")
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", plain).split())


def choices_of(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)


@dataclass(frozen=True)
class Column:
    key: str  # dotted path in the item's plan-file data, e.g. "baseline.value"
    en: str
    fr: str
    kind: Kind = "text"
    width: int = 16
    choices: tuple[str, ...] = ()
    source: Source = ""
    synonyms: tuple[str, ...] = ()
    required: bool = False
    first_day: bool = False  # a month or a year alone means its first day (a start date)

    def header(self, language: str) -> str:
        return self.fr if language == "fr" else self.en

    def names(self) -> set[str]:
        """Every normalised header this column is known by."""
        out = {normalise(self.en), normalise(self.fr), normalise(self.key.replace("_", " "))}
        # "Country (ISO code)" is also found as plain "Country".
        out |= {normalise(re.sub(r"\(.*?\)", "", n)) for n in (self.en, self.fr)}
        out |= {normalise(s) for s in self.synonyms}
        return out - {""}


@dataclass(frozen=True)
class Sheet:
    key: str
    en: str
    fr: str
    columns: tuple[Column, ...]
    synonyms: tuple[str, ...] = ()
    lookup: dict[str, Column] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        found: dict[str, Column] = {}
        # Earlier columns win a shared synonym ("Responsable" is the lead before it is
        # anything else).
        for column in self.columns:
            for name in column.names():
                found.setdefault(name, column)
        object.__setattr__(self, "lookup", found)

    def title(self, language: str) -> str:
        return self.fr if language == "fr" else self.en

    def names(self) -> set[str]:
        return {normalise(self.en), normalise(self.fr), *(normalise(s) for s in self.synonyms)}

    def column(self, header: object) -> Column | None:
        if not isinstance(header, str):
            return None
        return self.lookup.get(normalise(header))


# Words for vocabulary values in French and in real logframes, normalised (see ``normalise``
# then spaces made underscores); a word is taken only where its value is allowed.
VALUE_SYNONYMS: dict[str, str] = {
    # levels of the results chain
    "goal": "objective",
    "impact": "objective",
    "objectif": "objective",
    "strategic_objective": "objective",
    "objectif_strategique": "objective",
    "result": "outcome",
    "resultat": "outcome",
    "effet": "outcome",
    "intermediate_outcome": "outcome",
    "produit": "output",
    "extrant": "output",
    "activite": "activity",
    "action": "activity",
    # measures
    "nombre": "number",
    "count": "number",
    "pourcentage": "percentage",
    "percent": "percentage",
    "%": "percentage",
    "yes_no": "yes_no",
    "oui_non": "yes_no",
    "narratif": "narrative",
    "texte": "narrative",
    "qualitative": "narrative",
    "qualitatif": "narrative",
    # frequencies
    "mensuel": "monthly",
    "mensuelle": "monthly",
    "trimestriel": "quarterly",
    "trimestrielle": "quarterly",
    "semestriel": "semi_annual",
    "semestrielle": "semi_annual",
    "biannual": "semi_annual",
    "annuel": "annual",
    "annuelle": "annual",
    "yearly": "annual",
    "biennal": "biennial",
    "biennale": "biennial",
    "une_fois": "once",
    "unique": "once",
    "ponctuel": "ad_hoc",
    "ponctuelle": "ad_hoc",
    # directions
    "hausse": "increase",
    "augmentation": "increase",
    "baisse": "decrease",
    "diminution": "decrease",
    "maintien": "maintain",
    # organisation types
    "gouvernement": "government",
    "societe_civile": "civil_society",
    "ngo": "civil_society",
    "ong": "civil_society",
    "cso": "civil_society",
    "osc": "civil_society",
    "universite": "academia",
    "internationale": "international",
    "prive": "private",
    "autre": "other",
    # priorities
    "haute": "high",
    "elevee": "high",
    "moyenne": "medium",
    "basse": "low",
    "faible": "low",
}
