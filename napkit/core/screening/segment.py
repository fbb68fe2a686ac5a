"""Sentences (and table rows) of each page, with their offsets in the page's text.

Rules match one sentence at a time, and evidence is quoted sentence by sentence, so the
reader sees the whole statement and its offsets point straight at it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    page: int  # 1-based
    start: int
    end: int
    text: str
    row: bool = False  # a table row ("a | b | c")
    heading: bool = False  # a short line with no full stop: a title or a heading
    # Apparatus, not statements: a table-of-contents entry ("4.1. Le Comité de pilotage ……
    # 25") or a line of the list of acronyms ("COPIL Comité de Pilotage"). Read for acronyms,
    # never quoted as evidence: a chapter title says a plan has a section, not what it says.
    aside: bool = False
    # About a predecessor plan ("the previous plan had no budget"): not evidence for this one.
    # None until the rules decide it (``findings.mark_past``), which needs the own edition.
    past: bool | None = None
    # What the rules read, when it differs from the quoted text: acronyms of civil-society
    # groups spelt out ("la PFPS (Plateforme femmes, paix et sécurité)"); see findings.
    reading: str | None = None

    @functools.cached_property
    def read(self) -> str:
        """The text the rules read: each line break of a PDF text layer, with the indent of
        the line it wraps to, as one space ("civil\n    society" is "civil society"), and
        ``reading`` when set. Offsets in it are the rules' own; evidence quotes ``text``."""
        text = self.reading if self.reading is not None else self.text
        # The typographic apostrophe read as the plain one the rules spell ("d’un budget").
        return _WRAP.sub(" ", text).replace("’", "'")


_WRAP = re.compile(r"[ \t]*\n[ \t]*")

# A sentence ends at . ! ? followed by space and a capital, an opening quote or a digit;
# "art. 3", "No. 5", "p. ej." and initials are left alone by asking for a longer word before.
# A two-letter word in small letters ends one too (« … trois fois par an. Le SPF AE assure … »),
# but not the abbreviations "cf.", "ex.", "vs.", "al."; so do two capitals ("… partners of
# KalNAP II. WoPeN …", "… with the UN. The …"), headings apart (_ROMAN_END).
_END = re.compile(
    # (not after "Rs." of rupees: "(Rs. 3,400 million, 2021–2025)")
    r"(?<!\bRs[.])(?<!\bRp[.])"
    r"(?:(?<=[^\s.]{3}[.!?])|(?<=\s(?!cf|ex|vs|al|av|ss)[a-zà-ÿ]{2}[.])|(?<=\s[A-Z]{2}[.]))"
    r"\s+"
    r"(?=[\"«“(¿¡]?[A-ZÁÉÍÓÚÀÂÇÈÊÎÔÛÑ0-9])"
)
_BREAK = re.compile(r"\n")
# (and a small roman numeral opening a line of a list: "iii. Protection and Prohibition of SGBV")
_ROMAN_END = re.compile(r"(?:(?<![\w.])(?-i:[IVX]{2,5})|(?:^|(?<=\n))\s*(?-i:[ivx]{2,5}))\.$")


def _pdf_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Blocks of a PDF page, or of plain text (often copied out of a PDF): lines joined where
    the text was wrapped inside a sentence."""
    start = 0
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        stripped = line.rstrip()
        # A wrapped paragraph whose list runs on after a semicolon ("… five strategic outcomes:
        # decision-making;" then "gender-based violence; …"): a long line of prose, not an item.
        runs_on = (
            stripped.endswith(";")
            and len(stripped) > 70
            and nxt.lstrip()[:1].islower()
            and not re.match(r"\s*[-–—•*▪◦○●]", stripped)
        )
        wrapped = (
            nxt.strip()
            and (runs_on or not stripped.endswith((".", ":", ";", "!", "?")))
            # ("… : Axe 1 – Prévention ; Axe 2" then "– Participation ; …": the dash of a label
            # cut at the line's end, not a new item)
            and (
                not _STARTS_ITEM.match(nxt)
                or (_LABEL_END.search(stripped) and _DASH.match(nxt))
                # ("… 19 competent institutions and" then "– including the Ministry …": a dash
                # inside an open sentence, before a small letter, not an item of a list)
                or (_ASIDE_DASH.match(nxt) and not stripped.endswith((".", ":", ";", "!", "?")))
                # ("… spent a total of BRP" then "61.3 million on …": an amount, not item 61.3)
                or (_BEFORE_AMOUNT.search(stripped) and _AMOUNT_LINE.match(nxt))
            )
            # table rows ("a | b | c") and lines of a list of acronyms stand alone
            and " | " not in stripped
            and " | " not in nxt
            and not _GLOSSARY.match(stripped.strip())
            and not _GLOSSARY.match(nxt.strip())
            and (
                len(stripped) > 55
                or stripped.endswith((",", "–", "-", "—"))
                or nxt.lstrip()[:1].islower()
                # A short last piece of a long wrapped sentence ("… the Defence Forces and An
                # Garda Síochána" then "Caldrethach to peace operations …"): the sentence is
                # still open, so it runs on.
                or (end - start > 150 and not stripped.endswith((".", ":", ";", "!", "?")))
                # A line ending on a word that cannot end a sentence or a heading ("… Foreign
                # Affairs, the" then "Ministry of Justice …"), or before an aside's dash.
                or _OPEN_END.search(stripped)
                or _ASIDE_DASH.match(nxt)
            )
        )
        if not wrapped:
            yield start, end
            start = end + 1
        pos = end + 1
    if start < len(text):
        yield start, len(text)


# A line that opens an item of a list or a numbered heading starts a new block even after a
# long line: "Axe stratégique 2 : …", "Pillar 3 –", "• …", "(b) …", "2.1 …", "Article 4".
_STARTS_ITEM = re.compile(
    r"^\s*(?:[-–—•*▪◦○●]\s|\(?[0-9a-z]{1,2}[.)]\s|\(?[ivx]{1,4}[.)]\s|\d+(?:\.\d+)+\.?\s"
    # "Priority Area 2:", "Eje estratégico 3.", "Objectif spécifique 2 –"
    r"|(?:[^\W\d_][\w'’-]*\s+){1,3}(?:\d{1,2}|[IVX]{1,4})(?:\s*[-–—:.]\s|\s{2,})"
    r"|(?:pillar|pilier|pilar|axe|axis|eje|objective|objectif|objetivo|outcome|goal|priority|"
    r"priorité|prioridad|area|área|domaine|lineamiento|champ d'action|thematic area|strategic "
    r"objective|axe stratégique|eje estratégico|article|artículo|artigo|section)\s+[\w.]{1,6}"
    r"\s*[-–—:.])"
    # A field of a structured list: "Intermediate goals: 1.1 …", "Lead: Ministry of …".
    r"|(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}:\s",
    re.IGNORECASE,
)


_LABEL_END = re.compile(
    r"\b(?:axe|pilier|pillar|area|objective|objectif|priority|priorité|outcome|goal|eje|pilar|"
    r"objetivo|result|résultat)\s+(?:\d{1,2}|[IVX]{1,4})$",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s*[-–—]\s")
_OPEN_END = re.compile(
    r"\s(?:the|of|and|for|to|in|a|an|with|by|on|or|de|la|le|les|des|du|et|à|en|pour|par|sur|"
    r"avec|ou|del|el|los|las|y|con|por|para)$",
    re.IGNORECASE,
)
_ASIDE_DASH = re.compile(
    r"\s*[–—]\s+(?:including|notably|in particular|especially|such as|"
    r"namely|that is|notamment|en particulier|dont|y compris|incluido|en "
    r"particular)\b"
)
_BEFORE_AMOUNT = re.compile(
    r"(?:\b(?-i:[A-Z]{2,4})|US\$|\$|€|£|\b(?:of|total|de|du))$", re.IGNORECASE
)
_AMOUNT_LINE = re.compile(r"\s*\d[\d.,]*\s+(?:million|billion|milliards?|millions?|thousand|mil)\b")


def _blocks(text: str, pdf: bool) -> Iterator[tuple[int, int]]:
    if pdf:
        yield from _pdf_blocks(text)
        return
    pos = 0
    for match in _BREAK.finditer(text):
        yield pos, match.start()
        pos = match.end()
    yield pos, len(text)


def sentences(number: int, text: str, pdf: bool = False) -> list[Sentence]:
    found: list[Sentence] = []
    for start, end in _blocks(text, pdf):
        block = text[start:end]
        if not block.strip():
            continue
        if block.count(" | ") >= 1:
            lead = len(block) - len(block.lstrip())
            found.append(Sentence(number, start + lead, end, block.strip(), row=True))
            continue
        pos = 0
        for match in _END.finditer(block):
            roman = _ROMAN_END.search(block, 0, match.start())
            # "Lineamiento III. Acceso a la justicia": a numbered heading, a few words long;
            # not "… are implementing partners of KalNAP II." at the end of a sentence.
            if roman and (
                roman.group(0).strip()[0] in "ivx" or len(block[pos : match.start()].split()) <= 4
            ):
                continue
            found.extend(_one(number, text, start + pos, start + match.start()))
            pos = match.end()
        found.extend(_one(number, text, start + pos, end))
    return found


def _one(number: int, text: str, start: int, end: int) -> list[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    body = text[start:end]
    heading = len(body) < 90 and not body.endswith((".", ";", ":"))
    aside = bool(_LEADERS.search(body) or (heading and _GLOSSARY.match(body)))
    return [Sentence(number, start, end, body, heading=heading, aside=aside)]


# Dot leaders of a table of contents, ending in a page number (or cut before it).
_LEADERS = re.compile(r"(?:\.\s?){5,}|…{2,}|(?:\. ){3,}|_{5,}")
# "COPIL Comité de Pilotage", "UNSCR – United Nations Security Council Resolution": an acronym
# in capitals, then what it stands for, capitalised.
# (Not "KNAP II applies within …": a plan's acronym with its number opens a sentence.)
_GLOSSARY = re.compile(
    r"^(?-i:[A-Z][A-Z0-9&]{1,9}(?:[-/][A-Z0-9]+)?)(?:\s+[-–—:=]\s+|\s*:\s+|\s{2,}|\t+|\s)"
    r"(?!(?-i:[IVX]{1,4})\s)(?-i:[A-ZÀ-ÝÑ])[\w’'-]+(?:\s+\S+){0,12}$"
)
