"""Lists a plan announces and then gives: "The plan is organised around five Strategic Areas of
Focus (SAFs):" followed by "SAF 1 – Prevention …", "SAF 2 – …"; « Le plan poursuit quatre
objectifs stratégiques : » followed by « OS1 : … »; "Sundvik will work towards this objective
in four areas:" followed by "1. Prevention of conflict and violence" headings, each with its
paragraph.

A reader finds such a list by its shape, not by the words of one plan: a sentence that names a
count of parts (or "the following" parts) and ends with a colon, then items that carry the same
kind of marker numbered 1, 2, 3 … ("(i)", "1)", "1.", "SAF 1 –", "Pillar One –", "First:") or
that each give a short name and a dash ("Prévention – intégrer …"). The item's name is what
comes before its description ("Peace processes: women's meaningful participation …" is "Peace
processes"). ``pillars`` asks this module first at each sentence, then the language's own
phrasings of an announcement (``lexicon.pillars``), then numbered headings anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.segment import Sentence

# The parts a plan is made of, in the plural (a count of two or more comes before them) or
# after "the following". Commitments, measures, actions and tasks are not parts: a flat list of
# them is not a structure.
_PARTS = (
    r"(?:pillars|areas|objectives|goals|programmes|programs|headings|directions|"
    r"lines of (?:effort|action)|fields of action|domains|components|themes|priorities|"
    r"outcomes|action points|parts|clusters|strands|axes|dimensions|"
    # (« Le Plan est structuré autour de cinq effets : »)
    r"piliers|domaines|objectifs|orientations|priorités|composantes|volets|thèmes|effets|"
    r"champs d'action|chantiers|lignes d'action|résultats stratégiques|"
    r"ejes|pilares|áreas|objetivos|programas|lineamientos|componentes|líneas "
    r"(?:estratégicas|de acción)|ámbitos|dimensiones|esferas)"
)
# One part, for a list's labels ("Priority area 1 –") and "the following …" in the singular
# ("… and adds a fifth component:").
_PART = (
    r"(?:pillar|area|objective|goal|programme|program|heading|direction|line of (?:effort|action)|"
    r"field of action|domain|component|theme|priority|outcome|action point|part|cluster|strand|"
    r"axis|dimension|pilier|axe|domaine|objectif|orientation|priorité|composante|volet|thème|"
    r"champ d'action|chantier|ligne d'action|eje|pilar|área|objetivo|programa|lineamiento|"
    r"componente|línea|ámbito|dimensión|esfera)"
)
_ANY_PART = "(?:" + _PARTS + "|" + _PART + ")"
_FOLLOWING = re.compile(
    r"\b(?:the\s+following|(?:los|las)\s+siguientes)\s+(?:[\w'-]+\s+){0,3}?"
    + _ANY_PART
    + r"\b|\b"
    + _ANY_PART
    + r"(?:\s+[\w'-]+){0,2}\s+(?:suivant(?:e?s)?|siguientes)\b"
    # "The objectives of the Plan are:", « Les objectifs stratégiques du plan sont : »
    + r"|^\s*(?:\d[\d.]*\s+)?(?:the|les|los|las)\s+(?:[\w'-]+\s+){0,2}?"
    + _ANY_PART
    + r"(?:\s+[\w'-]+){0,2}\s+(?:of|du|de|des|del)\s+(?:the\s+|la\s+|el\s+)?(?:plan|PAN|NAP)\b"
    r"[^:]{0,20}\s(?:are|sont|son)\s*:\s*$",
    re.IGNORECASE,
)
_FOLLOWING_WORD = re.compile(r"\b(?:following|suivant\w*|siguientes)\s*$", re.IGNORECASE)
# A bullet before an item that has no number: "- Prévention des conflits ;".
_BULLET = re.compile(r"^\s*[-•*▪]\s+(?P<rest>\S.*)$")
# "These are:", « Ce sont : », « Il s'agit de : », "Strategic objectives:": the count is the
# previous sentence's.
_THESE_ARE = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,2}?" + _PARTS + r"\s*:\s*$|^\s*(?:these|they|those)\s+are\s*:\s*$"
    r"|^\s*(?:ce sont|il s'agit(?: de| des)?|à savoir|"
    r"estos son|estas son|son los siguientes|son las siguientes)\s*:\s*$",
    re.IGNORECASE,
)
# "adds a fifth pillar:": the count is the ordinal.
_ADDS = re.compile(
    r"\b(?:adds?|added|ajoute|a ajouté|añade)\s+(?:a|an|un|une|un)\s+(?P<ordinal>"
    r"second|third|fourth|fifth|sixth|seventh|troisième|quatrième|cinquième|sixième|tercer|cuarto|"
    r"quinto|sexto)\s+" + _PART + r"\b",
    re.IGNORECASE,
)
# The parts of the resolution or of the agenda, not of the plan: "the four pillars of UNSCR 1325".
_OF_RESOLUTION = re.compile(
    r"^\s*(?:of|de|du|del)\s+(?:the\s+|la\s+|l'|el\s+)?(?:UN\s+)?(?:Security Council\s+)?"
    r"(?:resolutions?|résolutions?|resoluci[oó]n\w*|UNSCR|agenda|programme|WPS)\b",
    re.IGNORECASE,
)
# A sentence about one numbered part ("Pillar 2 has three outcomes:") gives its sub-parts.
_ONE_NUMBERED = re.compile(
    r"^\s*(?:under\s+|in\s+|sous\s+l'|dans\s+l')?(?:pillar|axis|area|objective|goal|axe|pilier|"
    r"objectif|domaine|eje|pilar|objetivo|área)\s+\w{1,4}\b",
    re.IGNORECASE,
)

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "tercer": 3,
    "premièrement": 1, "deuxièmement": 2, "troisièmement": 3, "quatrièmement": 4,
    "cinquièmement": 5, "primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5,
}  # fmt: skip
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
}
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_COUNTED = re.compile(
    r"(?<![\d.,])\b(?P<n>\d{1,2}|"
    + _WORD
    + r")\s+(?:(?!(?:\d{1,2}|"
    + _WORD
    + r")\b)[\w'()-]+\s+){0,3}?"
    + _PARTS
    + r"\b",
    re.IGNORECASE,
)

# The marker that opens an item, and its kind: items of one list share their kind.
_MARKER = re.compile(
    r"^\s*(?:[-•*▪]\s+)?(?:"
    r"\((?P<paren>\d{1,2}|[ivx]{1,4}|[a-h])\)"  # (1) (i) (a)
    r"|(?P<close>\d{1,2}|[ivx]{1,4}|[a-h])\)"  # 1) iv) a)
    r"|(?P<dot>\d{1,2}|(?-i:[IVX]{1,4}|[A-H]))\.(?![\d.])"  # 1. IV. A.
    # "SAF 1 –", "OS1 :", "Objectif stratégique 2 :", "PILLAR ONE –", "LOE 3.", "SO1  Name:"
    r"|(?P<label>(?-i:[A-ZÀ-Ý])[\w'-]*(?:\s+[\w'-]+){0,3}?)\s*(?P<number>\d{1,2}|(?-i:[IVX]{1,4}|[A-H])|"
    + _WORD
    + r")(?=\s*[-–—:.)]\s|\s{2,}|\s+(?-i:[A-ZÀ-Ý«\"]))"
    r"|(?P<ordinal>" + _ORDINAL + r")(?=\s*[:–—-])"
    r")\s*[-–—:.)]?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Prévention – intégrer …", "Participation — more women in …": a short name, a dash, what it is.
_DASHED = re.compile(r"^\s*(?P<name>(?-i:[A-ZÀ-Ý«\"])[^–—:;.|]{1,70}?)\s+[–—]\s+\S")
# A name, then what it means: "Peace processes: women's meaningful participation …".
_NAME_THEN = re.compile(r"^(?P<head>[^:–—]{2,90}?)\s*(?::\s|\s[–—]\s)(?P<tail>\S.*)$")
_TRAILING = re.compile(r"\s*[;,.]?\s*(?:\b(?:and|et|y|or|ou|o)\b)?\s*[;,.]?\s*$", re.IGNORECASE)
# A running header or footer at a page break: "3", "Page 3 of 7", "- 4 -".
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:of|sur|de)\s+\d+)?\s*$",
                          re.IGNORECASE)  # fmt: skip


# A line of the table of contents: "Introduction ........ 2".
_CONTENTS_LINE = re.compile(r"(?:\.{4,}|…{2,}|\s)\s*\d{1,3}\s*$")


@dataclass(frozen=True)
class Announced:
    """A sentence announcing a list: its count (None for "the following …") and the list it
    gives itself after its colon ("…: Prevention; Participation; …"), if any."""

    count: int | None
    inline: str
    colon: bool
    start: int  # where the count or the parts are named: what comes before is the subject
    # "The Plan sets out the following five areas.": the parts follow as numbered headings.
    following: bool = False


def announcement(s: Sentence, before: Sentence | None, lex: Lexicon) -> Announced | None:
    read = s.read.strip()
    if len(read) > 320 or _ONE_NUMBERED.match(read):
        return None
    colon = read.endswith(":")
    head, sep, inline = read.partition(":")
    if _THESE_ARE.match(read):
        if before is None or (previous := announcement(before, None, lex)) is None:
            return None
        return Announced(previous.count, "", True, 0)
    for m in _COUNTED.finditer(head):
        if of_resolution(head[m.end() :]):
            return None
        if m.group("n").isdigit() and not head[: m.start()].strip():
            continue  # "3 Pillars of the plan": a section's number
        count = count_of(m.group("n"), lex)
        if count is not None and 2 <= count <= 12:
            named = bool(_FOLLOWING_WORD.search(head[: m.start()]))
            return Announced(count, inline.strip() if sep else "", colon, m.start(), named)
    if colon and (added := _ADDS.search(head)):
        # "… keeps the four "P"s of the first Plan and adds a fifth component:"
        return Announced(_ORDINALS[added.group("ordinal").casefold()], "", True, added.start())
    if colon and (listed := _FOLLOWING.search(read)):
        return Announced(None, "", True, listed.start())
    return None


def of_resolution(after: str) -> bool:
    """What follows a count of parts names the resolution's or the agenda's ("… of UNSCR 1325")."""
    return bool(_OF_RESOLUTION.match(after))


def count_of(word: str | None, lex: Lexicon) -> int | None:
    """A count written as digits or as the language's number word ("four", « quatre »)."""
    if not word:
        return None
    if word.isdigit():
        return int(word)
    return lex.numbers.get(word.casefold())


def _values(token: str) -> set[int]:
    """What a marker may number: "iv" is 4, "c" is 3, "i" is 1 (roman) or 9 (a letter)."""
    t = token.casefold()
    found = set()
    if t.isdigit():
        found.add(int(t))
    if t in _ROMAN:
        found.add(_ROMAN[t])
    if len(t) == 1 and "a" <= t <= "h":
        found.add(ord(t) - ord("a") + 1)
    if t in _WORDS:
        found.add(_WORDS[t])
    if t in _ORDINALS:
        found.add(_ORDINALS[t])
    return found


def _marked(text: str) -> tuple[str, set[int], str] | None:
    """The kind of marker, what it numbers and the rest of the line."""
    m = _MARKER.match(text)
    if m is None:
        return None
    for kind in ("paren", "close", "dot", "number", "ordinal"):
        token = m.group(kind)
        if token:
            label = " ".join(m.group("label").split()) if kind == "number" else ""
            return f"{kind}:{label}", _values(token), m.group("rest")
    return None


def _name(rest: str) -> tuple[str, bool]:
    """The item's name, and whether a description was cut off after it."""
    rest = " ".join(rest.split())
    cut = _NAME_THEN.match(rest)
    if cut and len(cut.group("head").split()) <= 8:
        return _TRAILING.sub("", cut.group("head")).strip(), True
    return _TRAILING.sub("", rest).strip(), False


def _first_line(s: Sentence) -> str:
    """A heading glued to its paragraph ("Domaine d'action 1 : Participation …" / "Les femmes
    participent …"): the heading's line alone."""
    if "\n" in s.text:
        first, rest = s.text.split("\n", 1)
        if (
            _MARKER.match(first)
            and rest.lstrip()[:1].isupper()
            and not first.rstrip().endswith(".")
        ):
            return first
    return s.read


# "SAF 1 –", "KRA 2:", "Pillar One –", « Axe stratégique 3 : »: a label that names a part (or an
# acronym of one) before the number.
_PART_LABEL = re.compile(
    r"^(?:(?-i:[A-Z]{2,5})|(?:[\w'-]+\s+){0,2}?" + _PART + r"(?:\s+[\w'-]+)?)$",
    re.IGNORECASE,
)


# "PART 2 – BACKGROUND": a document's parts are its chapters, not the plan's parts.
_CHAPTER_LABEL = re.compile(r"^(?:part|partie|parte|chapter|chapitre|capítulo|section)$", re.I)


def _heading_item(kind: str) -> bool:
    """After an announcement without a colon ("The plan has four priority areas."), the parts
    come as labelled headings further on ("Priority area 1: …", "KRA 2 – …"), never as numbered
    paragraphs or the numbered chapters of the contents."""
    label = kind.partition(":")[2]
    return (
        kind.startswith("number:")
        and bool(_PART_LABEL.match(label))
        and not _CHAPTER_LABEL.match(label)
    )


def _units(sentences: list[Sentence]) -> list[tuple[Sentence, str]]:
    """Each sentence with the text an item would be read from: its heading line, or each of
    its lines when several carry a marker ("OS1 : …" / "OS2 : …" with no full stop between)."""
    out: list[tuple[Sentence, str]] = []
    for s in sentences:
        lines = [line.strip() for line in s.text.split("\n") if line.strip()]
        if len(lines) > 1 and sum(bool(_MARKER.match(line)) for line in lines) > 1:
            out.extend((s, line) for line in lines)
        else:
            out.append((s, _first_line(s)))
    return out


def items_after(sentences: list[Sentence], i: int, announced: Announced, lex: Lexicon) -> list[str]:
    """The items that follow an announcement at ``sentences[i]``: all of one kind of marker and
    numbered from 1 (descriptions may come between them), or a run of "Name – description"
    lines. With a count, exactly that many; with "the following", two or more in a row."""
    count = announced.count
    names: list[str] = []
    kind = ""
    whole = False  # the last item's name ended where its description began
    gap = 0
    # Before the first item: the next sentence after a colon; a few lines after a count.
    gap_max = 1 if announced.colon else 6
    page = sentences[i].page
    for s, text in _units(sentences[i + 1 : i + 1 + 8 * (count or 8) + 8]):
        if (s.row and s.read.count("|") >= 2) or (s.aside and _CONTENTS_LINE.search(s.read)):
            break  # a table (the results framework) or the contents is not the list
        new_page = s.page != page
        page = s.page
        if (
            s.row
            or _PAGE_NUMBER.match(s.read)
            or (new_page and s.heading and not _MARKER.match(s.read))
        ):
            continue  # a running header or footer
        if (
            not names
            and s.heading
            and (other := announcement(s, None, lex)) is not None
            and other.count != count
        ):
            # "The plan has two dimensions. … 5. THE FIVE PILLARS": a chapter that announces
            # other parts; their items are not the ones counted here.
            break
        marked = _marked(text)
        k = len(names) + 1
        if (
            marked
            and not announced.colon
            and not _heading_item(marked[0])
            and not (announced.following and s.heading)
        ):
            marked = None  # numbered paragraphs, not the parts a sentence without a colon names
        if (
            marked
            and k in marked[1]
            and (not kind or marked[0].casefold() == kind.casefold())
            and not kind.startswith("dash")
        ):
            kind = marked[0]
            name, whole = _name(marked[2])
            names.append(name)
            gap = 0
            # (headings may stand over a whole section: objective, actions, indicators)
            gap_max = (15 if s.heading else 4) if count else 0
        elif (
            not kind.startswith(("paren", "close", "dot", "number", "ordinal"))
            and (dashed := _DASHED.match(text))
            and gap == 0
            and (names or announced.colon)
        ):
            kind = "dash"
            names.append(" ".join(dashed.group("name").split()))
            whole = True
            gap_max = 0
        elif (
            kind in ("", "bullet")
            and announced.colon
            and gap == 0
            and (bullet := _BULLET.match(text))
        ):
            # "- Prévention des conflits ;" under an announcement with a colon, in a row.
            kind = "bullet"
            name, whole = _name(bullet.group("rest"))
            names.append(name)
            gap_max = 0
        elif names and gap == 0 and s.read[:1].islower() and len(s.read) < 200:
            if not whole:  # the item's line wrapped onto the next
                names[-1] = _TRAILING.sub("", f"{names[-1]} {s.read}").strip()
                whole = s.read.rstrip().endswith((".", ";"))
            continue
        else:
            gap += 1
            if gap > gap_max:
                break
        if count and len(names) == count:
            return names
    if count is None and len(names) >= 2:
        return names
    return []
