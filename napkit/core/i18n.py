"""Translation hooks for the core's messages, without depending on Django.

Core modules write ``_("{n} of {total} activities have no lead organisation")`` and
format the result. Until something installs a translator these return the English
text; the Django apps install Django's gettext at start-up, so messages follow the
language of the request.
"""

from __future__ import annotations

from collections.abc import Callable

Gettext = Callable[[str], str]
Ngettext = Callable[[str, str, int], str]


def _same(message: str) -> str:
    return message


def _english_plural(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


_gettext: Gettext = _same
_ngettext: Ngettext = _english_plural


def install(gettext: Gettext, ngettext: Ngettext) -> None:
    global _gettext, _ngettext
    _gettext, _ngettext = gettext, ngettext


def gettext(message: str) -> str:
    return _gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _ngettext(singular, plural, n)


def gettext_noop(message: str) -> str:
    """Marks text for translation where it is defined; it is translated where shown."""
    return message


_ = gettext
N_ = gettext_noop
