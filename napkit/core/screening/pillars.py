"""The plan's own top-level structure: "structured around five pillars: A; B; …".

The announcing sentence gives the count and often the list; when it ends with a colon the
items follow as lines or headings ("Pillar 1 – Participation"). A flat list of commitments
announced without a count is not a pillar structure, so nothing is reported then.
"""

from __future__ import annotations

import re

from napkit.core.i18n import _
from napkit.core.screening.findings.base import Hit, _evidence, _finding, _usable, not_stated
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.listing import announcement, count_of, items_after, of_resolution
from napkit.core.screening.result import Finding
from napkit.core.screening.segment import Sentence

# "1. Peace processes and negotiations", "a) Prévention": a numbered line of a list.
# "1.", "a)" and the roman "II." of a list of axes ("I. Participation …", "II. Prévention …").
_ROMAN_ITEM = r"(?-i:[IVX]{1,4}|[ivx]{1,4})[.)]\s+"
# "A. Participation …" (a capital letter and a point) heads an item of a lettered list.
_ENUMERATED_HEADING = re.compile(
    # (and "b. handling; and", a lettered line short enough to look like a heading)
    r"^\s*(?:\d{1,2}[.)]|[a-z]\)|(?-i:[A-Ha-h])\.\s|" + _ROMAN_ITEM + r")\s*\S"
)
_LEAD_IN = re.compile(
    r"^\s*(?:[-•*–]\s*|" + _ROMAN_ITEM + r"|\(?[0-9a-zA-Z]{1,2}[.)]\s+|[0-9]\.[0-9]?\s*)"
)


# A relative clause after the list ("…, y que forma parte integrante de…") is not an item.
_TRAILING_CLAUSE = re.compile(r",\s*(?:and|et|y)?\s*(?:which|qui|que)\b.*$", re.IGNORECASE)
# "Axe 2 – Prévention", "Pillar 1: Participation" inside a list: keep the name only.
_ITEM_PREFIX = re.compile(
    r"^(?:pillar|axe|axis|eje|pilier|pilar|area|área|domaine)\s+\w{1,3}\s*[-–—:.]\s*", re.IGNORECASE
)
# An enumerator before an item: "(1)", "1)", "1.", "a)", and a coded one, "SO1 –", "OS 2 :".
_ENUMERATOR = re.compile(
    r"^(?:\(?\d{1,2}[.)]|\(?[a-z]\)|(?-i:[A-Z]{1,4})\s?\d{1,2}\s*[-–—:.])\s*", re.IGNORECASE
)


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    """Split at ``sep`` except inside «…», “…”, "…" and (…)."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch in "«“(":
            depth += 1
        elif ch in "»”)" and depth:
            depth -= 1
        elif ch == '"':
            depth = 0 if depth else 1
        if ch == sep and not depth:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return parts


def split_list(text: str, lex: Lexicon) -> list[str]:
    text = text.strip().rstrip(".").strip()
    if ";" not in text:
        text = _TRAILING_CLAUSE.sub("", text)
    parts = _split_outside_quotes(text, ";" if ";" in text else ",")
    out: list[str] = []
    for part in parts:
        part = re.sub(
            rf"^(?:{lex.conjunction}|ainsi que|as well as|así como)\s+",
            "",
            part.strip(),
            flags=re.IGNORECASE,
        )
        part = _ENUMERATOR.sub("", part)
        part = _ITEM_PREFIX.sub("", part)
        if ";" not in text and f" {lex.conjunction} " in part and part is parts[-1] and not out:
            pass
        part = lex.articles.sub("", part).strip()
        # "le secours et le relèvement": drop the article after the conjunction too (in
        # short names only: a long objective keeps its wording).
        if len(part.split()) <= 5:
            part = re.sub(
                rf"\b({lex.conjunction})\s+(?:{lex.articles.pattern.lstrip('^')})",
                r"\1 ",
                part,
                flags=re.IGNORECASE,
            )
        part = " ".join(part.split())
        if part:
            out.append(part[0].upper() + part[1:])
    return out


def pillars(sentences: list[Sentence], lex: Lexicon) -> Finding:
    key = "pillars"
    for i, s in enumerate(sentences):
        if s.row or not _usable(s, lex) or _ONE_PART.match(s.read) or _ADDED.search(s.read):
            continue
        if i and _PRONOUN.match(s.read) and _about_the_resolution(sentences[i - 1].read):
            continue  # "Resolution 1325 … . It rests on four pillars: …"
        if _CUSTOMARILY.search(s.read):
            # "Its provisions are commonly grouped under four pillars: …", « Ses dispositions
            # sont généralement regroupées autour de quatre piliers »: how the agenda is
            # usually described, not this plan's parts.
            continue
        found = _by_shape(sentences, i, lex) or _by_lexicon(sentences, i, lex)
        if found is None:
            continue
        names, quoted = found
        return _finding(
            key,
            "yes",
            "; ".join(names),
            0.75,
            _evidence([Hit("pillars", s, quoted[:80])]),
            _("The document announces its structure: {n} parts.").format(n=len(names)),
        )
    return _numbered_headings(sentences, lex) or _un_four(sentences, lex) or not_stated(key)


def _by_lexicon(sentences: list[Sentence], i: int, lex: Lexicon) -> tuple[list[str], str] | None:
    """The announcement in the language's own phrasing ("structured around five pillars: …")."""
    s = sentences[i]
    m = lex.pillars.search(s.read)
    if m is None or _of_the_resolution(s.read[: m.start()]):
        return None
    if _another_policy(s.read[: m.start()]):
        return None  # "The National Policy for Gender Equality … sets out eight priority areas"
    count = count_of(m.group("n") or m.group("n2"), lex)
    listed = (m.group("list") or m.group("list2") or "").strip()
    # "four Lines of Effort (LOEs), each with …:": the parts' acronym is not an item.
    listed = _PARTS_ACRONYM.sub("", listed)
    # "… four pillars, namely Participation; Protection; …": the list after "namely".
    listed = _NAMELY.sub("", listed)
    if _NOT_A_LIST.match(listed) or (_EACH_WITH.match(listed) and not listed.endswith(":")):
        # ("… organised in five pillars, each with outcomes, outputs and indicators, …": what
        # each holds, not the list)
        # "structured around four pillars and it is results-oriented, with …": a clause.
        return None
    if listed.startswith(",") and listed.endswith(":"):
        # "six priority areas, each with one strategic objective and measures:": what
        # each part holds, then the list on the next lines.
        listed = ""
    names = split_list(listed, lex) if listed else []
    if count and names and len(names) != count and ";" not in listed:
        # "A, B, and C and D": the conjunction joined the last two items.
        names = _fix_last(names, count, lex) if len(names) < count else _oxford(listed, count, lex)
    if not names and count:
        names = _following(sentences, i, count, lex)
    if not names or (count and len(names) != count) or not _plausible(names):
        return None
    return names, m.group(0)


def _by_shape(sentences: list[Sentence], i: int, lex: Lexicon) -> tuple[list[str], str] | None:
    """Any sentence that names a count of parts and ends with a colon, then the items of one
    kind of marker that follow (see ``listing``)."""
    s = sentences[i]
    announced = announcement(s, sentences[i - 1] if i else None, lex)
    if announced is None or _of_the_resolution(s.read[: announced.start]):
        return None
    if _another_policy(s.read[: announced.start]):
        return None  # « une Politique nationale genre … structurée en quatre axes : … »
    count = announced.count
    if announced.inline:
        names = split_list(_NAMELY.sub("", announced.inline), lex)
        if count and len(names) != count and ";" not in announced.inline:
            names = (
                _fix_last(names, count, lex)
                if len(names) < count
                else _oxford(_NAMELY.sub("", announced.inline), count, lex)
            )
        if any(len(n) > 150 for n in names):
            return None
    else:
        names = [_capital(n) for n in items_after(sentences, i, announced, lex)]
    if len(names) < 2 or (count and len(names) != count) or not _plausible(names):
        return None
    return names, s.read


# "La résolution 1325 repose sur quatre piliers : …": the resolution's structure, not the
# plan's, unless the plan is the subject after it ("Conformément à la résolution, le plan …").
# ("UNSCR 1325 (2000) and the nine resolutions that followed it are usually described as
# resting on four pillars: …")
_RESOLUTION = re.compile(
    r"\b(?:r[ée]solu(?:tion|ción)s?|resoluciones|UNSCR|agenda|programme)\b", re.IGNORECASE
)
# (an edition's acronym too: "In line with the structure of UNSCR 1325, KONAP II is …")
_PLAN_WORD = re.compile(
    r"\b(?:plan|PAN|(?-i:[A-Z]{0,4})NAP|strat[ée]g\w+|estrategia)\b", re.IGNORECASE
)


def _plausible(names: list[str]) -> bool:
    """Names a reader would accept as the plan's parts: each begins as a name does, none is a
    bare conjunction or a cross-reference, and no part is listed twice ("Participation;
    Protection; PARTICIPATION" is a list gone wrong, "(see Chapter 4). Each pillar …" a
    sentence). A wrong list is worse than "not stated"."""
    folded = [n.casefold() for n in names]
    return (
        len(set(folded)) == len(folded)
        and all(n[:1].isupper() or n[:1].isdigit() or n[:1] in "«“\"'" for n in names)
        and not any(
            f in {"and", "et", "y", "or", "ou", "o"} or _CROSS_REFERENCE.search(n)
            for f, n in zip(folded, names, strict=True)
        )
    )


_CROSS_REFERENCE = re.compile(
    r"\((?:see|voir|véase)\b|\b(?:see|voir) (?:chapter|chapitre|annex)", re.IGNORECASE
)


_PRONOUN = re.compile(r"^\s*(?:it|they|il|elle|ils|elles)\b", re.IGNORECASE)

# (and what they are broken into: « … en quatre axes stratégiques, déclinés en résultats
# attendus et en actions, et comporte un cadre de résultats … »)
_EACH_WITH = re.compile(
    r"^,?\s*(?:each|chacun|chacune|cada uno|cada una|déclinée?s? en|broken down into|"
    r"subdivided into|desglosad[oa]s en)\b",
    re.IGNORECASE,
)

_CUSTOMARILY = re.compile(
    r"\b(?:commonly|generally|usually|traditionally|often|frequently|habituellement|"
    r"généralement|traditionnellement|souvent|habitualmente|generalmente|usualmente|a menudo)\s+"
    r"(?:been\s+)?(?:grouped|regroupée?s|described|décrite?s|summari[sz]ed|résumée?s|"
    r"agrupad[oa]s|descrit[oa]s)\b"
    # (« On les présente généralement autour de quatre piliers »)
    r"|\b(?:présente\w*|décri\w*|regroupe\w*|describe[sd]?|grouped)\s+(?:généralement|"
    r"habituellement|souvent|usually|commonly|often|generally)\b"
    # (« Ses dispositions s'articulent traditionnellement autour de quatre piliers : … »)
    # (« On a coutume de les résumer en quatre piliers »)
    r"|\b(?:a|ont) coutume de\b|\bit is customary to\b"
    r"|\b(?:s'articulent|s'organisent|se regroupent|are (?:organi[sz]ed|structured|grouped))\s+"
    r"(?:traditionnellement|généralement|habituellement|traditionally|generally|usually)\b",
    re.IGNORECASE,
)
_POLICY = re.compile(
    # (« La Stratégie de coopération 2023-2027 s'articule autour de trois axes »)
    r"\b(?:polic(?:y|ies)|politique|pol[ií]tica|law|loi|ley|vision|constitution|stratégie de "
    r"coopération|cooperation strategy|estrategia de cooperación)\b",
    re.IGNORECASE,
)


def _about_the_resolution(text: str) -> bool:
    return bool(_RESOLUTION.search(text)) and not _PLAN_WORD.search(text)


def _another_policy(before: str) -> bool:
    found = list(_POLICY.finditer(before))
    return bool(found) and not _PLAN_WORD.search(before[found[-1].end() :])


def _of_the_resolution(before: str) -> bool:
    if _PLAN_SUBJECT.match(before):
        return False  # "Le Plan d'Action … pour l'Implémentation de la Résolution 1325 s'articule"
    found = list(_RESOLUTION.finditer(before))
    return bool(found) and not _PLAN_WORD.search(before[found[-1].end() :])


_PLAN_SUBJECT = re.compile(
    r"^\s*(?:[\d.]+\s+)?(?:the\s+|this\s+|le\s+|la\s+|l['’]\s*|ce\s+|cette\s+|el\s+|este\s+|"
    r"esta\s+|le présent\s+|la présente\s+|el presente\s+)?(?:national\s+)?(?:action\s+)?"
    r"(?:plan|PAN|NAP|strat[ée]g\w+|estrategia|programme)\b",
    re.IGNORECASE,
)


# "Cet axe comporte 2 objectifs spécifiques :": one part's own sub-parts, not the structure.
_ONE_PART = re.compile(
    r"^\s*(?:this|each|cet|cette|chaque|este|esta|cada)\s+(?:pillar|axis|area|objective|priority|"
    r"axe|pilier|objectif|domaine|priorité|eje|pilar|objetivo|área|lineamiento)\b"
    # "L'axe Protection comporte 2 objectifs", "The Protection pillar has three outcomes".
    r"|^\s*(?:l['’]\s*|le\s+|la\s+|el\s+|the\s+)?(?:axe|pilier|eje|pilar|pillar|axis)\s+[\w-]+\s+"
    r"(?:comporte|comprend|contient|has|contains|comprises|consta|tiene|comprende)\b"
    r"|^\s*(?:the\s+)?[\w-]+\s+pillar\s+(?:has|contains|comprises)\b",
    re.IGNORECASE,
)
# "… led directly to two new outcomes: on women former combatants …": parts added to the
# structure, not the structure.
_ADDED = re.compile(
    r"\b(?:two|three|four|five|\d|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)\s+(?:new|additional|"
    r"further|nouveaux|nouvelles|nuevos|nuevas)\s+\w+|\b(?:two|three|four|five|\d|deux|trois|quatre|"
    r"cinq|dos|tres|cuatro|cinco)\s+(?:\w+\s+)?(?:supplémentaires|additionnel\w*|adicionales)\b",
    re.IGNORECASE,
)
_PAREN_ITEM = re.compile(
    r"^\s*(?:objective|pillar|axis|area|goal|priority|outcome|objectif|axe|pilier|priorité|eje|"
    r"objetivo|pilar)\s+\w{1,4}\s*\((?P<name>[^()]{3,60})\)\s*[:.–—-]",
    re.IGNORECASE,
)
_CODED_ITEM = re.compile(r"^\s*(?-i:[A-Z]{1,4})\d{1,2}\s+(?P<name>[^–—:.]{3,60}?)\s+[–—:]\s")
_NAMELY = re.compile(
    r"^[,:]?\s*(?:namely|that is|i\.e\.|à savoir|soit|a saber|es decir)[,:]?\s+", re.IGNORECASE
)
_PARTS_ACRONYM = re.compile(r"^\((?-i:[A-Z][A-Za-z]{1,7})\)\s*:?\s*")
_RUN_TOGETHER = re.compile(
    r"\s(?=(?:Axe|Pilier|Pillar|Priority Area|Area|Objective|Objectif|Eje|Pilar|Outcome)"
    r"(?: stratégique| strategic| estratégico)?\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.–—-]\s)"
)
_AND_AFTER = re.compile(r"[;,]\s*(?:and|or|et|ou|y|o)$", re.IGNORECASE)
_NUMBERED_CELL = re.compile(r"^\s*\d{1,2}[.)]\s+(?P<name>[^|]{3,60}?)\s*\|[^|]*$")
_NOT_A_LIST = re.compile(
    r"^,?\s*(?:and|et|y)\s+(?:it|they|this|il|elle|ce|cela|est|es|is|está)\b|^,?\s*(?:which|that|"
    r"qui|"
    r"que|where|où|donde|with|avec|con)\b"
    # "… four pillars and sets out clear outcomes, outputs, …": a second verb, not a list
    r"|^,?\s*(?:and|et|y)\s+(?:sets|lays|has|provides|includes|contains|defines|establishes|"
    r"identifies|comprises|fixe|définit|comporte|prévoit|contient|établit|identifie|"
    r"establece|define|contiene|incluye)\b",
    re.IGNORECASE,
)
# "Pillar 1: Prevention of conflict and SGBV — preventing violent conflict, …": the name, then
# a dash and what the pillar does.
_DESCRIBED_AFTER = re.compile(r"\s+[—–]\s+(?=[a-zà-ÿ])|:\s+(?=[a-zà-ÿ])")
# ("Pillar 2:", "Axe II –", "Pillar Two:")
_NUMBER = re.compile(
    r"\s(\d{1,2}|[IVX]{1,4}|one|two|three|four|five|six|seven|eight|nine)\s*[-–—:.]",
    re.IGNORECASE,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_ROMAN |= {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_ROMAN |= {"eight": 8, "nine": 9}


def _head(s: Sentence, lex: Lexicon) -> str:
    """A heading line glued to the paragraph under it ("Priority area 4: Sustaining peace" /
    "Nordhavn will support …", with no blank line between): the heading alone. (A heading
    wrapped over two lines, "… in conflict and post-conflict" / "areas", goes on in lower case.)"""
    if s.reading is None and "\n" in s.text:
        cut = s.text.index("\n")
        first = s.read[:cut]
        if (
            lex.pillar_item.match(first)
            and not first.rstrip().endswith(".")
            and s.text[cut:].lstrip()[:1].isupper()
        ):
            return first
    return s.read


def _numbered_headings(sentences: list[Sentence], lex: Lexicon) -> Finding | None:
    """No announcing sentence, but headings "Pillar 1: …", "Axe stratégique 2 : …", "Eje 3.
    …" numbered from 1: the first run of them is the structure (a later run repeating the
    numbers, as an action list does, is not counted again)."""
    names: list[str] = []
    first: Sentence | None = None
    noun = ""
    for s in sentences:
        read = _head(s, lex)
        if s.row or not _usable(s, lex) or len(read) > 320:
            continue
        m = lex.pillar_item.match(read)
        if m is not None and len(read) > 240 and not _DESCRIBED_AFTER.search(m.group("name")):
            continue  # a paragraph that opens with "Pillar 2:", not a heading
        number = _NUMBER.search(read[:40]) if m else None
        if m is None or number is None:
            continue
        raw = number.group(1).casefold()
        n = int(raw) if raw.isdigit() else _ROMAN.get(raw, 0)
        # One run has one kind of heading: "Axe 1", "Axe 2", not "Axe 2" then "Objectif 3";
        # the objectives under an axis are its own parts, passed over until "Axe 3".
        kind = read[: number.start()].strip(" -–—•*").casefold()
        if names and kind != noun:
            continue
        if n == len(names) + 1:
            noun = kind
            name = _DESCRIBED_AFTER.split(m.group("name"), maxsplit=1)[0]
            names.append(_capital(name.strip().rstrip(".;")))
            first = first or s
        elif names:
            break
    if len(names) < 2 or first is None or not _plausible(names):
        return None
    return _finding(
        "pillars",
        "yes",
        "; ".join(names),
        0.6,
        _evidence([Hit("pillars", first, first.text[:80])]),
        _("Numbered headings give the structure: {n} parts.").format(n=len(names)),
    )


# The four pillars of resolution 1325, in any order, named together in one sentence.
_UN_FOUR = {
    "en": (r"participation", r"protection", r"prevention", r"relief and recovery"),
    "fr": (r"participation", r"protection", r"prévention", r"secours et (?:le )?relèvement"),
    "es": (r"participación", r"protección", r"prevención", r"socorro y (?:la )?recuperación"),
}
_PILLAR_NOUN = re.compile(r"\b(pillars?|piliers?|pilares?)\b", re.IGNORECASE)


def _un_four(sentences: list[Sentence], lex: Lexicon) -> Finding | None:
    words = _UN_FOUR.get(lex.language)
    if not words:
        return None
    for i, s in enumerate(sentences):
        if s.row or not _usable(s, lex) or not (noun := _PILLAR_NOUN.search(s.read)):
            continue
        before = s.read[: noun.start()]
        if _of_the_resolution(before) or (
            len(before.split()) <= 2 and of_resolution(s.read[noun.end() :])
        ):
            # « La résolution 1325 s'articule … »; "The four pillars of UNSCR 1325 – … – guide
            # the UN" (but "Its actions follow the pillars of the resolution: …" is the plan's).
            continue
        if i and _PRONOUN.match(s.read) and _about_the_resolution(sentences[i - 1].read):
            continue  # "Resolution 1325 … . It rests on four pillars: …"
        if _CUSTOMARILY.search(s.read):
            # "Its provisions are commonly grouped under four pillars: …", « Ses dispositions
            # sont généralement regroupées autour de quatre piliers »: how the agenda is
            # usually described, not this plan's parts.
            continue
        found = [re.search(rf"\b{w}\b", s.read, re.IGNORECASE) for w in words]
        if not all(found):
            continue
        ordered = sorted((m for m in found if m), key=lambda m: m.start())
        names = [m.group(0)[0].upper() + m.group(0)[1:] for m in ordered]
        return _finding(
            "pillars",
            "yes",
            "; ".join(names),
            0.6,
            _evidence([Hit("pillars", s, ordered[0].group(0))]),
            _("The four pillars of resolution 1325 are named together."),
        )
    return None


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def _oxford(listed: str, count: int, lex: Lexicon) -> list[str]:
    """ "Prevention, Participation, Protection, and Relief, Recovery and Reintegration": after
    the serial comma's conjunction, one item with commas of its own."""
    head, sep, tail = listed.rpartition(f", {lex.conjunction} ")
    if not sep:
        return split_list(listed, lex)
    names = split_list(head, lex)
    last = " ".join(lex.articles.sub("", tail.strip().rstrip(".")).split())
    names.append(last[:1].upper() + last[1:])
    return names if len(names) == count else split_list(listed, lex)


def _fix_last(names: list[str], count: int, lex: Lexicon) -> list[str]:
    if len(names) == count - 1:
        last = names[-1]
        pieces = re.split(rf"\s+{lex.conjunction}\s+", last, maxsplit=1)
        if len(pieces) == 2:
            tail = lex.articles.sub("", pieces[1]).strip()
            return [*names[:-1], pieces[0], tail[0].upper() + tail[1:]]
    return names


def _following(sentences: list[Sentence], i: int, count: int, lex: Lexicon) -> list[str]:
    """Items listed after a sentence ending with a colon, or as headings further on.

    Either headings ("Pillar 1 – Participation") anywhere in the next sentences, or an
    enumerated list ("1. …", "a) …", "– …") right after the announcing sentence."""
    names: list[str] = []
    listed = 0  # items taken from an enumerated list
    after = sentences[i + 1 : i + 2]
    if after and not after[0].row and len(after[0].read) < 200:
        # The list on the next line, as prose: "… the four pillars of resolution 1325:" then
        # "Participation, Protection, Prevention, and Relief and Recovery."
        inline = split_list(after[0].read, lex)
        if len(inline) == count and all(len(n) <= 60 for n in inline):
            return inline
    # Unmarked lines, each ending with a semicolon and the last with a point: "Prevention of
    # conflict, including …;" / "Protection, empowerment and support of victims …;" / …
    lines = sentences[i + 1 : i + 1 + count]
    if (
        len(lines) == count
        and all(not t.row and t.page == sentences[i].page and len(t.read) <= 150 for t in lines)
        and all(t.read.rstrip().endswith(";") for t in lines[:-1])
        and lines[-1].read.rstrip()[-1:] in ".;"
    ):
        return [_capital(t.read.strip().rstrip(".;").strip()) for t in lines]
    for s in sentences[i + 1 : i + 1 + 3 * count + 40]:
        if s.row and s.read.count(" | ") >= 2:
            break  # a table (a results framework) is not the list
        if s.row and (cell := _NUMBERED_CELL.match(s.read)) and listed == len(names):
            # "Policy Area | Goal" over "1. Participation | Expand women's participation …":
            # a two-column table of the parts and their goals, the names in the first column.
            names.append(_capital(cell.group("name").strip()))
            listed += 1
            if len(names) == count:
                return names
            continue
        if s.row:
            continue  # a running header ("PLAN 2021–2026 | STRATEGIC FRAMEWORK") at a page break
        if (p := _PAREN_ITEM.match(s.read) or _CODED_ITEM.match(s.read)) and len(names) < count:
            # "Objective 1 (Participation): to increase …", "SG1 Leadership – Dravonian …"
            name = _capital(p.group("name").strip())
            if name not in names:
                names.append(name)
            if len(names) == count:
                return names
            continue
        # Labels run together in one line ("Axe stratégique 1 : Prévention … Axe stratégique
        # 2 : Participation …"): each label is an item.
        run = [p.strip() for p in _RUN_TOGETHER.split(s.read) if p.strip()]
        if len(run) > 1 and all(lex.pillar_item.match(p) for p in run):
            for part in run:
                if (m := lex.pillar_item.match(part)) and len(names) < count:
                    name = _capital(m.group("name").strip().rstrip(".;"))
                    if name and name not in names:
                        names.append(name)
            if len(names) == count:
                return names
            continue
        m = lex.pillar_item.match(_head(s, lex))
        if m:
            # "Outcome Area 1 – Prevention: violence … is prevented;": the name only.
            name = _DESCRIBED_AFTER.split(m.group("name"), maxsplit=1)[0]
            name = _capital(name.strip().rstrip(".;"))
            if name and name not in names:
                names.append(name)
        elif (
            len(names) == listed
            and (not s.heading or _ENUMERATED_HEADING.match(s.read))
            and len(s.text) < 250
            and _LEAD_IN.match(s.text)
        ):
            name = _LEAD_IN.sub("", s.read).strip().rstrip(".;")
            # ("a. prevention;" / "b. handling; and" / "c. empowerment and participation.")
            name = _AND_AFTER.sub("", name).rstrip(".;,")
            names.append(_capital(name) if len(name.split()) <= 8 else name)
            listed += 1
        elif listed and len(names) == listed:
            break  # the enumerated list has ended
        if len(names) == count:
            return names
    return names if len(names) == count else []
