"""Translation hooks for the core's messages, without depending on Django.

Core modules write ``_("{n} of {total} activities have no lead organisation")`` and
format the result. Until something installs a translator these return the English
text; the Django apps install Django's gettext at start-up, so messages follow the
language of the request (and numbers its notation, through ``number``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

Gettext = Callable[[str], str]
Ngettext = Callable[[str, str, int], str]
# A number in the reader's notation: the value, then how many decimals (None: as many as it has).
NumberFormat = Callable[[Any, int | None], str]


def _same(message: str) -> str:
    return message


def _english_plural(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


def _english_number(value: Any, decimals: int | None) -> str:
    if decimals is None:
        return f"{value:,}" if isinstance(value, int) else f"{Decimal(str(value)):,f}"
    return f"{value:,.{decimals}f}"


_gettext: Gettext = _same
_ngettext: Ngettext = _english_plural
_number: NumberFormat = _english_number


def install(gettext: Gettext, ngettext: Ngettext, number: NumberFormat | None = None) -> None:
    global _gettext, _ngettext, _number
    _gettext, _ngettext = gettext, ngettext
    if number is not None:
        _number = number


def number(value: Any, decimals: int | None = None) -> str:
    """A number with the reader's digit grouping and decimal mark ("15,448,001" in English,
    "15 448 001" in French)."""
    return _number(value, decimals)


def gettext(message: str) -> str:
    return _gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _ngettext(singular, plural, n)


def gettext_noop(message: str) -> str:
    """Marks text for translation where it is defined; it is translated where shown."""
    return message


_ = gettext
N_ = gettext_noop
