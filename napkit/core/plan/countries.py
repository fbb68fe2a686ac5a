"""Country names from ISO 3166-1, in the reader's language, from pycountry (a well-kept copy
of the ISO tables with their translations), so nobody types a country code by hand."""

from __future__ import annotations

import functools
import gettext
import unicodedata
from typing import Any

import pycountry


@functools.cache
def _translation(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )


def _common(country: Any) -> str:
    # "Bolivia, Plurinational State of" reads better as its common name where ISO has one.
    return str(getattr(country, "common_name", None) or country.name)


def name(code: str, language: str = "en") -> str:
    """The country's name in ``language`` ("fr": "Côte d'Ivoire", "Royaume-Uni"), or the code
    itself when ISO 3166-1 does not know it (the plan file accepts any two capitals, for
    territories and test countries such as XV)."""
    found = pycountry.countries.get(alpha_2=code.upper())
    if found is None:
        return code
    english = _common(found)
    if language.split("-")[0] == "en":
        return english
    return _translation(language.split("-")[0]).gettext(str(found.name))


@functools.cache
def choices(language: str = "en") -> tuple[tuple[str, str], ...]:
    """Every country as (alpha-2 code, name in ``language``), sorted by name as a reader of
    that language expects (accents ignored)."""
    named = [(str(c.alpha_2), name(str(c.alpha_2), language)) for c in pycountry.countries]
    return tuple(sorted(named, key=lambda pair: _fold(pair[1])))


def known(code: str) -> bool:
    return pycountry.countries.get(alpha_2=code.upper()) is not None
