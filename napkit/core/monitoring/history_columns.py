"""Which column of a history file is which: guessed from its header, or given.

A secretariat's export names its columns in its own words, in English or French
("Indicator code", "Période", "Valeur réalisée"). ``guess`` maps each column it
recognises to a field; the person importing checks the guess and corrects it, and
``check_mapping`` says what is missing or given twice before any row is read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from napkit.core.i18n import _
from napkit.core.monitoring.period_text import fold
from napkit.core.plan.problems import Problem

INDICATOR, NAME, PERIOD, VALUE = "indicator", "indicator_name", "period", "value"
DIMENSION, CATEGORY, NUMERATOR, DENOMINATOR = "dimension", "category", "numerator", "denominator"
NOTE, SOURCE = "note", "source"
FIELDS = (
    INDICATOR,
    NAME,
    PERIOD,
    VALUE,
    DIMENSION,
    CATEGORY,
    NUMERATOR,
    DENOMINATOR,
    NOTE,
    SOURCE,
)

# Header words per field, folded (lower case, no accents or punctuation): the first
# field whose words contain a header wins, so the more specific fields come first.
HEADERS: dict[str, tuple[str, ...]] = {
    NAME: (
        "indicator name",
        "indicator title",
        "indicator label",
        "name",
        "title",
        "nom",
        "nom indicateur",
        "nom de l indicateur",
        "intitule",
        "intitule de l indicateur",
        "libelle",
        "libelle indicateur",
        "titre",
    ),
    INDICATOR: (
        "indicator",
        "indicator id",
        "indicator code",
        "indicator ref",
        "id",
        "code",
        "ref",
        "indicateur",
        "id indicateur",
        "code indicateur",
        "identifiant",
        "identifiant indicateur",
        "reference",
    ),
    PERIOD: (
        "period",
        "reporting period",
        "year",
        "fiscal year",
        "quarter",
        "date",
        "as of",
        "periode",
        "periode de rapport",
        "periode de reference",
        "annee",
        "exercice",
        "trimestre",
        "semestre",
    ),
    VALUE: (
        "value",
        "actual",
        "actual value",
        "result",
        "achieved",
        "achievement",
        "valeur",
        "valeur realisee",
        "realise",
        "realisation",
        "resultat",
    ),
    DIMENSION: (
        "dimension",
        "disaggregation",
        "disaggregated by",
        "breakdown",
        "desagregation",
        "ventilation",
    ),
    CATEGORY: ("category", "group", "categorie", "groupe", "modalite"),
    NUMERATOR: ("numerator", "numerateur"),
    DENOMINATOR: ("denominator", "denominateur"),
    NOTE: (
        "note",
        "notes",
        "comment",
        "comments",
        "remarks",
        "commentaire",
        "commentaires",
        "remarque",
        "remarques",
        "observations",
    ),
    SOURCE: ("source", "sources", "data source", "source des donnees", "source de donnees"),
}


def field_names() -> dict[str, str]:
    """Each field with the words a person reads for it (for a select, a help text)."""
    return {
        INDICATOR: _("indicator id"),
        NAME: _("indicator name"),
        PERIOD: _("period"),
        VALUE: _("value"),
        DIMENSION: _("disaggregation dimension"),
        CATEGORY: _("disaggregation category"),
        NUMERATOR: _("numerator"),
        DENOMINATOR: _("denominator"),
        NOTE: _("note"),
        SOURCE: _("source"),
    }


def guess(columns: Sequence[str]) -> dict[str, str]:
    """{column: field} for the columns whose header names a field (each field once)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        folded = fold(column)
        for name, words in HEADERS.items():
            if folded in words and name not in taken:
                out[column] = name
                taken.add(name)
                break
    return out


def check_mapping(name: str, columns: Sequence[str], mapping: Mapping[str, str]) -> list[Problem]:
    """What makes a mapping unusable: unknown columns or fields, a field given twice, a
    field the import needs with no column."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for column, wanted in mapping.items():
        if column not in columns:
            problems.append(
                Problem(
                    _("there is no column {column} (the columns: {columns})").format(
                        column=repr(column), columns=", ".join(columns)
                    ),
                    file=name,
                )
            )
        elif wanted not in FIELDS:
            problems.append(
                Problem(
                    _("{field} is not a field of an import (expected one of: {fields})").format(
                        field=repr(wanted), fields=", ".join(FIELDS)
                    ),
                    (column,),
                    file=name,
                )
            )
        elif wanted in seen:
            problems.append(
                Problem(
                    _("the columns {first} and {second} are both the {field}: keep one").format(
                        first=repr(seen[wanted]), second=repr(column), field=wanted
                    ),
                    (column,),
                    file=name,
                )
            )
        else:
            seen[wanted] = column
    if INDICATOR not in seen and NAME not in seen:
        problems.append(
            Problem(
                _("no column gives the indicator: choose the column with its id or its name"),
                file=name,
            )
        )
    for needed in (PERIOD, VALUE):
        if needed not in seen:
            problems.append(
                Problem(
                    _("no column gives the {field}: choose which column it is").format(
                        field=field_names()[needed]
                    ),
                    file=name,
                )
            )
    return problems
