"""The words written into a workbook, in English and French.

A workbook is written in the language asked for, whatever language the person running
napkit reads: so these are plain pairs, not gettext messages.
"""

from __future__ import annotations

from napkit.core.plan.workbook import headers as h

_WORDS = {
    "en": {
        "title": "National Action Plan logframe (napkit)",
        "intro": (
            "Fill in one row per item on each sheet; keep the header row (row 1).\n"
            "Ids link the sheets: a result's parent, an indicator's result, a budget line's "
            "result, organisations named as lead or members.\n"
            "Lists (several ids or values) are separated by ; and texts marked 'one per "
            "line' by line breaks.\n"
            "Numbers and dates may be typed as text: 1 234,5 or 45% or 31/03/2025 or "
            "March 2025.\n"
            "Import the file with `napkit import FILE.xlsx` or on the Import page. A "
            "workbook exported by napkit also holds the whole plan in a hidden sheet: "
            "what you change on the visible sheets wins, the rest is kept."
        ),
        "field": "Field",
        "value": "Value",
        "expected": "Expected",
        "column": "Column",
        "example": "Example",
        "required": "* required",
    },
    "fr": {
        "title": "Cadre logique du Plan d'action national (napkit)",
        "intro": (
            "Remplissez une ligne par élément sur chaque feuille ; gardez la ligne "
            "d'en-tête (ligne 1).\n"
            "Les identifiants relient les feuilles : le parent d'un résultat, le résultat "
            "d'un indicateur ou d'une ligne budgétaire, les organisations chefs de file "
            "ou membres.\n"
            "Les listes (plusieurs identifiants ou valeurs) sont séparées par ; et les "
            "textes « un par ligne » par des retours à la ligne.\n"
            "Nombres et dates peuvent être saisis en texte : 1 234,5 ou 45 % ou "
            "31/03/2025 ou mars 2025.\n"
            "Importez le fichier avec `napkit import FICHIER.xlsx` ou sur la page "
            "d'import. Un classeur exporté par napkit contient aussi le plan entier dans "
            "une feuille masquée : vos modifications des feuilles visibles l'emportent, "
            "le reste est conservé."
        ),
        "field": "Champ",
        "value": "Valeur",
        "expected": "Attendu",
        "column": "Colonne",
        "example": "Exemple",
        "required": "* obligatoire",
    },
}

_KINDS = {
    "id": (
        "an id: letters, digits, '.', '_' or '-', no spaces",
        "un identifiant : lettres, chiffres, « . », « _ » ou « - », sans espaces",
    ),
    "text": ("text", "texte"),
    "texts": ("texts, one per line", "textes, un par ligne"),
    "ids": ("ids separated by ;", "identifiants séparés par ;"),
    "enum": ("one of: {choices}", "une valeur parmi : {choices}"),
    "enums": ("values separated by ; among: {choices}", "valeurs séparées par ; parmi : {choices}"),
    "int": ("a whole number", "un nombre entier"),
    "number": ("a number", "un nombre"),
    "money": ("an amount (0 or more)", "un montant (0 ou plus)"),
    "date": (
        "a date (2025-03-31, 31/03/2025, March 2025)",
        "une date (2025-03-31, 31/03/2025, mars 2025)",
    ),
    "bool": ("yes or no", "oui ou non"),
    "value": (
        "by the measure: a number (number, percentage), yes/no (yes_no) or text",
        "selon la mesure : un nombre (number, percentage), oui/non (yes_no) ou un texte",
    ),
    "milestones": (
        "DATE: VALUE separated by ; e.g. 2027-12-31: 40; 2028-12-31: 45",
        "DATE : VALEUR séparés par ; p. ex. 2027-12-31: 40; 2028-12-31: 45",
    ),
}

_ABOUT = {
    "plan": (
        "The plan itself: one field a row, value in column B.",
        "Le plan lui-même : un champ par ligne, valeur en colonne B.",
    ),
    "organisations": (
        "Every organisation the plan names.",
        "Toutes les organisations citées par le plan.",
    ),
    "pillars": (
        "The plan's pillars (empty: the four UN pillars).",
        "Les piliers du plan (vide : les quatre piliers de l'ONU).",
    ),
    "dimensions": (
        "Disaggregation dimensions beyond sex, age_band, location and target_group: "
        "one row per category.",
        "Dimensions de désagrégation en plus de sex, age_band, location et target_group : "
        "une ligne par catégorie.",
    ),
    "results": (
        "The results chain, one row per objective, outcome, output and activity. Parent: an "
        "outcome's objective, an output's objective or outcome, an activity's output.",
        "La chaîne des résultats, une ligne par objectif, effet, produit et activité. Parent : "
        "l'objectif d'un effet, l'objectif ou l'effet d'un produit, le produit d'une activité.",
    ),
    "indicators": (
        "Indicators of objectives, outcomes and outputs.",
        "Les indicateurs des objectifs, effets et produits.",
    ),
    "budget": (
        "Budget lines of outputs and activities.",
        "Les lignes budgétaires des produits et activités.",
    ),
    "governance": ("Coordination bodies.", "Les organes de coordination."),
    "meetings": (
        "Meetings of the coordination bodies.",
        "Les réunions des organes de coordination.",
    ),
}

_EXAMPLES = {
    ("plan", "id"): "valdoria-nap-2025",
    ("plan", "metadata.country"): "XV",
    ("organisations", "id"): "mfa",
    ("organisations", "name"): "Ministry of Foreign Affairs",
    ("organisations", "type"): "government",
    ("results", "id"): "1.1",
    ("results", "parent"): "1",
    ("results", "level"): "output",
    ("results", "responsibility.supporting"): "moj; wpn",
    ("indicators", "id"): "1.1.a",
    ("indicators", "result"): "1.1",
    ("indicators", "measure"): "percentage",
    ("indicators", "baseline.value"): "22",
    ("indicators", "milestones"): "2027-12-31: 30; 2028-12-31: 35",
    ("indicators", "target.value"): "40",
    ("indicators", "disaggregation"): "sex; age_band",
    ("budget", "amount"): "1 250 000",
    ("budget", "currency"): "EUR",
    ("budget", "fiscal_year"): "2025-26",
}


def words(language: str) -> dict[str, str]:
    return _WORDS["fr" if language == "fr" else "en"]


def expected(column: h.Column, language: str) -> str:
    pair = _KINDS[column.kind]
    text = pair[1] if language == "fr" else pair[0]
    return text.format(choices=", ".join(column.choices))


def about(sheet: h.Sheet, language: str) -> str:
    pair = _ABOUT[sheet.key]
    return pair[1] if language == "fr" else pair[0]


def example(sheet: h.Sheet, column: h.Column) -> str:
    if column.kind == "enum" and (sheet.key, column.key) not in _EXAMPLES:
        return column.choices[0]
    if column.kind == "date":
        return "2027-12-31"
    return _EXAMPLES.get((sheet.key, column.key), "")
