"""The French catalogue is complete and usable: every message is translated and reviewed (none
untranslated or fuzzy), each translation keeps its message's placeholders, the compiled
django.mo says what django.po says, and every string the code marks for translation is in it.

When one fails: extract with `make messages`, translate in
napkit/locale/fr/LC_MESSAGES/django.po, then run `napkit compilemessages`.
"""

from __future__ import annotations

import ast
import gettext
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.utils.translation.template import templatize

PACKAGE = Path(__file__).resolve().parents[1] / "napkit"
FRENCH = PACKAGE / "locale" / "fr" / "LC_MESSAGES"
PO, MO = FRENCH / "django.po", FRENCH / "django.mo"

PLACEHOLDER = re.compile(r"%\([A-Za-z_]\w*\)[sd]|%[sd]|\{[A-Za-z_]\w*\}")
# The call names makemessages extracts from Python (`N_` is napkit's, see its makemessages).
KEYWORDS = {"_", "N_", "gettext", "gettext_lazy", "gettext_noop", "ngettext", "ngettext_lazy"}
TEMPLATE_CALL = re.compile(
    r"\b(?:_|gettext|ngettext)\((u?(?:'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"))"
)


@dataclass
class Entry:
    """One message of a .po file."""

    line: int
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    def __str__(self) -> str:
        return f"django.po:{self.line}: {self.msgid!r}"

    @property
    def translated(self) -> bool:
        forms = {0, 1} if self.msgid_plural is not None else {0}
        return set(self.msgstr) == forms and all(self.msgstr.values())


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file, header and obsolete (#~) entries left out."""
    entries: list[Entry] = []
    entry: Entry | None = None
    target: tuple[str, int] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#~"):
            if line == "" and entry is not None:
                entries.append(entry)
                entry, target = None, None
            continue
        if entry is None:
            entry = Entry(number)
        if line.startswith("#,"):
            entry.flags |= {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            assert target is not None, f"django.po:{number}: text outside a message"
            _append(entry, target, ast.literal_eval(line))
        else:
            keyword, _space, text = line.partition(" ")
            found = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            target = ("msgstr", int(found[1])) if found else (keyword, 0)
            _append(entry, target, ast.literal_eval(text), start=True)
    if entry is not None:
        entries.append(entry)
    return [e for e in entries if e.msgid]


def _append(entry: Entry, target: tuple[str, int], text: str, start: bool = False) -> None:
    name, index = target
    if name == "msgstr":
        entry.msgstr[index] = ("" if start else entry.msgstr[index]) + text
    elif name in ("msgid", "msgid_plural", "msgctxt"):
        setattr(entry, name, ("" if start else getattr(entry, name)) + text)
    else:
        raise AssertionError(f"django.po:{entry.line}: unknown keyword {name}")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text.replace("%%", "")))


def marked_in_python() -> Iterator[tuple[str, str]]:
    """(where, msgid) for each literal string passed to a translation call in napkit's code."""
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if (
                name in KEYWORDS
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                yield f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", first.value


def marked_in_templates() -> Iterator[tuple[str, str]]:
    """(where, msgid) for each translatable string of the templates, as makemessages sees it."""
    for path in sorted(PACKAGE.rglob("templates/**/*.html")):
        code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for literal in TEMPLATE_CALL.findall(code):
            yield str(path.relative_to(PACKAGE.parent)), ast.literal_eval(literal)


@pytest.fixture(scope="module")
def catalogue() -> list[Entry]:
    return read_po(PO)


def test_the_catalogue_is_read(catalogue: list[Entry]) -> None:
    assert len(catalogue) > 1000
    assert any(e.msgid_plural for e in catalogue)


def test_every_message_is_translated(catalogue: list[Entry]) -> None:
    untranslated = [str(e) for e in catalogue if not e.translated]
    assert untranslated == [], f"{len(untranslated)} untranslated: {untranslated[:10]}"


def test_no_message_is_fuzzy(catalogue: list[Entry]) -> None:
    fuzzy = [str(e) for e in catalogue if "fuzzy" in e.flags]
    assert fuzzy == [], f"{len(fuzzy)} fuzzy (review them, then drop the flag): {fuzzy[:10]}"


def test_translations_keep_their_placeholders(catalogue: list[Entry]) -> None:
    wrong = []
    for e in catalogue:
        expected = placeholders(e.msgid) | placeholders(e.msgid_plural or "")
        for form, text in e.msgstr.items():
            if text and placeholders(text) != expected:
                wrong.append(f"{e} msgstr[{form}] has {sorted(placeholders(text))}")
    assert wrong == [], wrong[:10]


def test_the_compiled_catalogue_is_current(catalogue: list[Entry]) -> None:
    with MO.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = []
    for e in catalogue:
        if not e.translated or "fuzzy" in e.flags:
            continue
        if e.msgid_plural is not None:
            got = [compiled.ngettext(e.msgid, e.msgid_plural, n) for n in (1, 2)]
            want = [e.msgstr[0], e.msgstr[1]]
        elif e.msgctxt is not None:
            got, want = [compiled.pgettext(e.msgctxt, e.msgid)], [e.msgstr[0]]
        else:
            got, want = [compiled.gettext(e.msgid)], [e.msgstr[0]]
        if got != want:
            stale.append(str(e))
    assert stale == [], f"django.mo is stale, run `napkit compilemessages`: {stale[:10]}"


@pytest.mark.parametrize(
    "msgid",
    [
        "Progress by pillar",
        "Reports and open data",
        "Annual progress report {period}",
        "Annual progress report %(l)s",
        "{n} organisation",
    ],
)
def test_known_strings_are_in_the_catalogue(catalogue: list[Entry], msgid: str) -> None:
    assert msgid in {e.msgid for e in catalogue}


@pytest.mark.parametrize("source", [marked_in_python, marked_in_templates])
def test_every_marked_string_is_in_the_catalogue(
    catalogue: list[Entry], source: Callable[[], Iterator[tuple[str, str]]]
) -> None:
    known = {e.msgid for e in catalogue} | {e.msgid_plural for e in catalogue if e.msgid_plural}
    marked = list(source())
    assert len(marked) > 50
    missing = [f"{where}: {msgid!r}" for where, msgid in marked if msgid not in known]
    assert missing == [], f"not extracted, run `make messages`: {missing[:10]}"
