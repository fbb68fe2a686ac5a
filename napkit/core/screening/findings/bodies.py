"""The plan's coordination body: acronyms the document defines, which of them name bodies,
the body's members (in a list, a table, or a sentence), and the coordination finding.
"""

from __future__ import annotations

import re
from dataclasses import replace

from napkit.core.i18n import _
from napkit.core.screening.findings.base import Hit, _evidence, _finding, _usable, hits
from napkit.core.screening.findings.reporting import _OTHER_PROCESS, simple
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.result import Finding
from napkit.core.screening.segment import Sentence


def coordination(
    sentences: list[Sentence], lex: Lexicon, defined: dict[str, str]
) -> tuple[Finding, list[Hit]]:
    """The coordination mechanism, and the passages that say there is no body (read once,
    for civil society's seat too). A body the document calls by its acronym ("Le CNC coordonne
    la mise en œuvre du Plan", the list of acronyms giving "Comité national de coordination")
    is read with its name."""
    # (the body's noun only: "Comité national de coordination" would read as coordinating)
    # (not another process's body: "NDC", the National Dialogue Commission)
    bodies = {
        a: m.group(0)
        for a in _body_acronyms(defined, lex)
        if (m := lex.body.search(defined[a])) and not _OTHER_PROCESS.search(defined[a])
    }
    # A ministry or office known by its acronym ("The MGCCD will coordinate the implementation",
    # the list giving "Ministry of Gender, Culture and Community Development"): its noun, so
    # that a ministry coordinating without a body reads as one.
    bodies |= {
        a: m.group(0).strip()
        for a, e in defined.items()
        if a not in bodies and re.fullmatch(_ACRONYM, a) and (m := _INSTITUTION_NOUN.match(e))
    }
    if bodies:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, bodies)) + r")(?![\w-])")
        sentences = [
            replace(
                s, reading=pattern.sub(lambda m: f"{m.group(1)} ({bodies[m.group(1)]})", s.read)
            )
            if s.reading is None and not s.aside and pattern.search(s.read)
            else s
            for s in sentences
        ]
    sentences = _pronouns_named(sentences, lex, lex.body)
    cues = hits("coordination_mechanism", sentences, lex)
    none = [h for h in cues if h.value == "no"]
    found = simple("coordination_mechanism", sentences, lex, cues)
    if found.answer != "no":
        return found, none
    # "No separate coordination body is established for the plan; the ĀM coordinates its
    # implementation through contact persons …", « Il n'est pas créé d'organe spécifique de
    # coordination du Plan. La coordination … est assurée par la DGPF »: no body, but a ministry
    # that coordinates (partial, the labelling rule), in the clauses after the one that says so
    # or in the two sentences on either side, none of them negated (not « Les points focaux
    # forment un réseau informel …, qui … n'a pas de compétence de coordination »).
    at = {(s.page, s.start): i for i, s in enumerate(sentences)}
    near: list[Sentence] = []
    for h in none:
        s = h.sentence
        # (and after a colon: « Aucun organe de coordination distinct n'est créé : le SFRE
        # assure la coordination … avec l'appui des points focaux »)
        near += [replace(s, reading=c) for c in re.split(r"[;:]", s.read)[1:] if c.strip()]
        i = at[(s.page, s.start)]
        near += [
            t for t in sentences[max(0, i - 2) : i] + sentences[i + 1 : i + 3] if t.page == s.page
        ]
    ministry = [
        h
        for h in hits("coordination_mechanism", near, lex)
        if h.value == "partial" and not lex.negation.search(h.sentence.read)
    ]
    if not ministry:
        return found, none
    return _finding(
        "coordination_mechanism",
        "partial",
        None,
        0.6,
        _evidence(ministry),
        _("No body coordinates the plan, but a ministry or an office does."),
    ), none


def public_reporting(sentences: list[Sentence], lex: Lexicon) -> Finding:
    """Public reporting, with a pronoun read as the report the sentence before named (« Le
    rapport annuel de suivi du plan est présenté … à la Commission … . Il est publié sur le site
    internet du SPF »)."""
    return simple("public_reporting", _pronouns_named(sentences, lex, _REPORT_NOUN), lex)


_REPORT_NOUN = re.compile(
    r"\b(?:rapports?|reports?|informes?)\b(?:\s+(?:annuels?|annual|de suivi|d'étape|"
    r"d'avancement|de mise en œuvre|progress|anual(?:es)?|de seguimiento))*",
    re.IGNORECASE,
)


def _pronouns_named(
    sentences: list[Sentence], lex: Lexicon, noun: re.Pattern[str]
) -> list[Sentence]:
    """A sentence whose subject is a pronoun for the body (or the group: ``noun``) the sentence
    before introduced (« Un Comité national de suivi … sera créé … . Il aura pour mission de
    coordonner la mise en œuvre du plan », « Le Groupe consultatif de la société civile …
    rencontre le Comité … . Il participe à l'examen annuel des progrès du Plan »), read with
    its noun in the pronoun's place."""
    out: list[Sentence] = []
    for i, s in enumerate(sentences):
        m = _PRONOUN_SUBJECT.match(s.read)
        prev = sentences[i - 1] if i else None
        if (
            m is not None
            and s.reading is None
            and prev is not None
            and prev.page == s.page
            and not prev.row
            # (not "It evaluates the implementation of the Plan; it does not direct or
            # coordinate the work of ministries")
            and not lex.negation.search(s.read)
            and (body := noun.search(prev.read[:60])) is not None
        ):
            s = replace(s, reading=body.group(0) + " " + s.read[m.end() :])
        elif (
            (short := _SHORT_SUBJECT.match(s.read)) is not None
            and s.reading is None
            and not lex.negation.search(s.read)
        ):
            # "A Civil Society Advisory Group … is established. … The Advisory Group reviews
            # each draft progress report": the group by the end of its name.
            name = re.escape(short.group("name"))
            for t in sentences[max(0, i - 3) : i]:
                if t.page == s.page and (
                    full := re.search(
                        r"(?:" + noun.pattern + r")\s+" + name + r"\b", t.read, noun.flags
                    )
                ):
                    s = replace(s, reading=full.group(0) + s.read[short.end() :])
                    break
        out.append(s)
    return out


_SHORT_SUBJECT = re.compile(
    r"^\W*(?:The|Le|La|L'|El)\s+(?P<name>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,3})(?=\s)"
)


_PRONOUN_SUBJECT = re.compile(r"^\W*(?:il|elle|it|él|ella)\s+(?=\w)", re.IGNORECASE)


_DRAFTING = re.compile(
    r"\b(draft\w*|prepar(ed|ation)|developed|validat\w*|élabor\w*|rédaction|rédigé\w*|"
    # (« Un projet de plan a ensuite été soumis à une consultation écrite auprès des
    # organisations membres de la PSC 1325 »)
    r"elabora\w*|redact\w*|validación|projet de plan|consultation écrite|written consultation"
    # ("The national team held four consultation workshops …, with the participation of …")
    r"|consultation workshops?|ateliers? de consultation|talleres? de consulta"
    # (« La société civile a été associée à son contenu dès le début : deux journées de
    # consultation ont été organisées avec les organisations membres de la plateforme »)
    r"|journées? de consultation|consultation days?)\b",
    re.IGNORECASE,
)

# An acronym defined in the document: "National Committee (NTC)", or a line of the list of
# acronyms "NTC    National Technical Committee".
# (with the resolution's number, as bodies are often named: "GI 1325", "CNS 1325")
# (and German ministries' lower-case ending, "BMVg", but not a plural "s")
# "NTC", "CNC-PAN", "BMVg", "GI 1325", and those with small letters inside ("MoWCSP", "MoFA").
# (and Belgian federal services in two words, "SPF AE", "SPF RE": not "NAP II")
_ACRONYM = (
    r"(?-i:[A-Z](?:[a-z]?[A-Z0-9]){1,9}[a-rt-z]?(?:-[A-Z0-9]+)?(?: 1325|(?<=SPF) [A-Z]{2,3})?)"
)

_DEFINED_IN_BRACKETS = re.compile(r"(?P<exp>[^()]{3,160}?)\s*\((?P<acr>" + _ACRONYM + r")\)")

_ACRONYM_LINE = re.compile(
    r"^(?P<acr>" + _ACRONYM + r")(?:\s{2,}|\t+|\s+[-–—:=]\s+|:\s+)(?P<exp>\S.{3,160})$"
)

# A list of acronyms in one paragraph: "Abbreviations: MGEY – Ministry of …; HICA – …".
_ACRONYMS_INLINE = re.compile(
    r"^\W*(?:abbreviations|acronyms|abbreviations and acronyms|sigles|abréviations|sigles et "
    r"abréviations|siglas|acrónimos)\s*:\s*",
    re.IGNORECASE,
)

# A line of the list the other way round: "Département fédéral des relations extérieures DFRE".
_ACRONYM_LAST = re.compile(r"^(?P<exp>[A-ZÀ-Ý][^()|]{3,120}?)\s+(?P<acr>" + _ACRONYM + r")$")

_ACRONYM_FIRST = re.compile(r"^(?P<acr>" + _ACRONYM + r")\s+(?P<exp>[A-ZÀ-Ý][^()|]{3,120})$")


def _stands_for(acr: str, text: str) -> str | None:
    """The end of ``text`` that the acronym abbreviates: from the last word starting with its
    first letter from which its letters appear in order ("… the work of the Foreign and
    Development Office" → "Foreign and Development Office" for FDO; "Comité de Pilotage" for
    COPIL), or None when no such words end the text."""
    letters = [c.lower() for c in acr if c.isalpha()]
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text))
    for w in reversed(words):
        if w.group(0)[0].lower() != letters[0] or w.group(0).lower() in _SMALL:
            continue  # (OPPA is the "Office of the Presidential …", not "of the Presidential …")
        tail = text[w.start() :].lower()
        at = 0
        for c in letters:
            at = tail.find(c, at)
            if at < 0:
                break
            at += 1
        else:
            return text[w.start() :].strip(" ,;:–-")
    return None


def acronyms(sentences: list[Sentence]) -> dict[str, str]:
    """The document's acronyms and what they stand for (the first definition wins)."""
    found: dict[str, str] = {}
    for s in sentences:
        if s.row:
            continue
        # (the first line may be one the pattern does not take: "MMDAs  Metropolitan, …")
        if "\n" in s.text and any(
            _ACRONYM_LINE.match(line.strip()) for line in s.text.split("\n")[:2]
        ):
            # Lines of the list run together into one "sentence" (no full stop ends them):
            # "MoFA      Ministry of Foreign Affairs" / "MoGCSW    Ministry of Gender, …".
            for line in s.text.split("\n"):
                if m := _ACRONYM_LINE.match(line.strip()):
                    found.setdefault(m.group("acr"), m.group("exp").strip())
            continue
        if m := _ACRONYM_LINE.match(s.read):
            found.setdefault(m.group("acr"), m.group("exp").strip())
            continue
        if inline := _ACRONYMS_INLINE.match(s.read):
            # "Abbreviations: MGEY – Ministry of Gender Equality and Youth; HICA – …"
            for part in s.read[inline.end() :].split(";"):
                if m := _ACRONYM_LINE.match(part.strip().rstrip(".")):
                    found.setdefault(m.group("acr"), m.group("exp").strip())
            continue
        m = _ACRONYM_FIRST.match(s.read) or _ACRONYM_LAST.match(s.read)
        if m and (exp := _stands_for(m.group("acr"), m.group("exp"))):
            found.setdefault(m.group("acr"), exp)
            continue
        if "(" not in s.text:
            continue  # most sentences: no "Name (ACR)" to look for
        for m in _DEFINED_IN_BRACKETS.finditer(s.read):
            exp = m.group("exp").strip()
            found.setdefault(m.group("acr"), _stands_for(m.group("acr"), exp) or exp)
    return found


def _body_acronyms(defined: dict[str, str], lex: Lexicon) -> set[str]:
    """Acronyms that stand for a committee, council, commission … ("the NTC", "le CNC-PAN")."""
    out: set[str] = set()
    for acr, expansion in defined.items():
        m = lex.body.search(expansion)
        # The body's name is the end of the expansion: "… a National Technical Committee".
        if m and len(expansion) - m.start() < 90:
            out.add(acr)
    return out


def _short_forms(bodies: set[str], defined: dict[str, str]) -> set[str]:
    """A body defined with the resolution's number ("GTI 1325") is also called by its letters
    alone ("Le GTI rencontre la société civile …")."""
    return {
        m.group(1)
        for a in bodies
        if (m := re.fullmatch(r"([A-Z][A-Z-]{1,9}) 1325", a)) and m.group(1) not in defined
    }


def _names_body(text: str, lex: Lexicon, bodies: set[str]) -> bool:
    if lex.body.search(text):
        return True
    return any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text) for a in bodies)


_GOVERNMENT = re.compile(
    r"\b(ministr\w*|minister\w*|minist[eè]re|ministerio|ministra|ministro|department|département|"
    r"departamento|agency|agence|agencia|police|policía|forces?|fuerzas|armed|armée|secretar\w*|"
    # (« Division Paix et droits humains », « Service de la promotion militaire de la paix »)
    r"division|división|service (?:de la|du|des|de l'|public)|"
    r"direct\w*|dirección|office|gouverneur|governor|state|état|estado|national|nacional|"
    r"fonctionnaire|official|officer|funcionari\w*|gendarmerie|contrôleur|controller|embass\w*|"
    r"ambassad\w*|embajada|administration|administración|primature|presidency|présidence|"
    r"presidencia|unit\b|unité)",
    re.IGNORECASE,
)

_COMPOSED = re.compile(
    r"(?:\b(composed (as follows|of)|made up of|comprises?|consists? of|members? (are|will be)|"
    # (« Le CNP est composé : »)
    r"composé\w* (comme suit|de|des)|(est|sera) composée?|comprend(?:ra)?|se compose (de|des)|"
    r"membres? (sont|seront)|"
    # ("The Coordination Board has 14 members, appointed from among the staff of the following
    # institutions:")
    r"has \d+ members|compte \d+ membres|"
    r"integrad[oa] por|conformad[oa] por|compuest[oa] por|se compone de|miembros son|"
    r"l[oa] (integran|componen|conforman))\b"
    # A heading over the list: "Membership:", "Membres :", "Composición del Consejo:".
    r"|^\s*(?:\d[\d.]*\s+)?(?:composition|membership|members|membres|composición|miembros|"
    r"integrantes)\b)[^:]*:\s*$",
    re.IGNORECASE,
)

# A seat for a non-state group named in a composition list: "two representatives of the
# Women Mediators Network", "deux représentantes de la Coordination des associations féminines",
# "cuatro delegadas de las plataformas de mujeres víctimas".
_NON_STATE_SEAT = re.compile(
    r"\b(?:network|associations?|organi[sz]ations?|platforms?|coalitions?|movements?|"
    r"réseaux?|ONG|plateformes?|organisations?|redes?|asociaci\w+|organizaci\w+|plataformas?|"
    r"movimientos?|colectivos?|instancia especial)\b.*\b(?:women|woman|youth|faith|religious|"
    r"survivors?|femmes|féminin\w*|jeunes|religieu\w*|mujeres|jóvenes|juventud|víctimas|"
    r"religios\w*)\b"
    r"|\b(?:women|youth|faith|femmes|mujeres)[\w'’-]*\s+(?:\w+\s+){0,2}(?:network|organi[sz]ations|"
    r"groups|associations|platform)\b",
    re.IGNORECASE,
)

_OBSERVER_LINE = re.compile(
    r"^\s*(?:observat(?:eur|rice)s?|observers?|observador(?:a|es|as)?|invitée?s?|invited)\s*:",
    re.IGNORECASE,
)

# ("(viii) three representatives of CSOs …": a small roman numeral too)
_ITEM = re.compile(r"^\s*(?:[-–—•*]|\(?(?:[0-9a-z]{1,2}|[ivx]{1,5})[.)])\s+")

_BARE_LINE = re.compile(r"^\s*[A-ZÀ-ÝÑ][^.:;]{2,90}$")

# A line of the list giving a role or a sub-heading: "Chair: the Minister …", "Membres :".
_ROLE_LINE = re.compile(r"^\s*[A-ZÀ-ÝÑ][\w’' -]{0,30}?\s?:(?:\s|$)")


def _composition_lists(
    sentences: list[Sentence], lex: Lexicon, bodies: set[str], defined: dict[str, str] | None = None
) -> list[Hit]:
    """A body's composition given as a list after a colon ("Il est composé comme suit :"):
    civil society among the items is a seat; items that are all government are none. An
    acronym the document defines as something else is not civil society ("- the CSO;" where
    the list of acronyms gives "Central Statistical Organisation")."""
    others = [a for a, e in (defined or {}).items() if not lex.cs.search(e)]
    masked = (
        re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, others)) + r")(?![\w-])")
        if others
        else None
    )
    # (and one it defines as a ministry or an office is government: "- DJP : SEMI, OFPOL ;")
    official = [a for a in others if _GOVERNMENT.search((defined or {})[a])]
    state = (
        re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, official)) + r")(?![\w-])")
        if official
        else None
    )

    def government(item: str) -> bool:
        return bool(_GOVERNMENT.search(item) or (state is not None and state.search(item)))

    out: list[Hit] = []
    for i, s in enumerate(sentences):
        if s.row or not _COMPOSED.search(s.read):
            continue
        # (the body may be named a few sentences up: "Le CNP est l'organe … . Il adopte … . Il
        # est présidé par le Ministre … et comprend :")
        before = " ".join(t.read for t in sentences[max(0, i - 3) : i])
        if not _names_body(before + " " + s.read, lex, bodies):
            continue
        # (« La commission de rédaction … a achevé ses travaux … Elle était composée comme
        # suit : »: who drafted the plan, not who coordinates it)
        # (not a results table's rows just above: "… | developed by the MoD | …")
        prose = " ".join(t.read for t in sentences[max(0, i - 3) : i] if not t.row)
        if _DRAFTING.search(prose + " " + s.read):
            continue
        items = []
        kind = None  # one kind of marker: "- the CSO;" then "3. Each ministry …" ends the list
        for t in sentences[i + 1 : i + 30]:
            if t.page != s.page and t.page != s.page + 1:
                break
            item = _ITEM.match(t.read)
            # ("… of the following state bodies:" then "Ministry of Defence", "Ministry of
            # Health", …: one unmarked short line each)
            bare = (
                item is None
                and s.read.rstrip().endswith(":")
                and t.page == s.page
                and _BARE_LINE.match(t.read) is not None
            )
            if not (item or bare or _ROLE_LINE.match(t.read)):
                break
            if item or bare:
                marker = item.group(0).strip()[:1] if item else "bare"
                if item:
                    marker = (
                        "digit" if marker.isdigit() else "dash" if marker in "-–—•*" else "other"
                    )
                if kind is not None and marker != kind:
                    break
                kind = marker
            items.append(t.read)
        if len(items) < 2:
            continue
        # (« Observatrices : deux représentantes de la PPC … »: a place beside the members)
        observers = [item for item in items if _OBSERVER_LINE.match(item)]
        items = [item for item in items if not _OBSERVER_LINE.match(item)]
        listed = s.read + " " + " ".join(items)
        if masked is not None:
            listed = masked.sub(" ", listed)
        if lex.cs.search(listed) or any(_NON_STATE_SEAT.search(item) for item in items):
            out.append(Hit("yes", s, "composition"))
        elif any(lex.cs.search(o) or _NON_STATE_SEAT.search(o) for o in observers):
            out.append(Hit("partial", s, "composition"))
        elif items and (
            all(government(item) for item in items)
            # "one representative of each of the following institutions:" or "the heads of the
            # following government agencies:" over a list whose lines are mostly ministries
            # ("Demining Centre", "SCW (Vice-Chair)" name none of their own)
            or (
                _FOLLOWING_INSTITUTIONS.search(s.read)
                and sum(government(item) for item in items) >= 0.7 * len(items)
            )
            # ("The committee is composed of the following members:" over nine ministries, the
            # statistics office and a regional women's council)
            or sum(government(item) for item in items) >= max(3, 0.8 * len(items))
        ):
            out.append(Hit("no", s, "composition"))
    return out


_FOLLOWING_INSTITUTIONS = re.compile(
    r"\bfollowing (?:government |state |public )?(?:institutions|agencies|ministries|bodies)\b|"
    r"\b(?:institutions|administrations|ministères|organismes|services|structures|départements) "
    r"(?:publi\w+ )?suivant(?:e)?s\b|"
    r"\b(?:instituciones|entidades|ministerios) (?:públicas )?siguientes\b",
    re.IGNORECASE,
)


# "Présidé par le major général, il réunit le directeur …, les majors généraux … et la haute
# fonctionnaire à l'égalité": the membership listed inline, after the verb.
_GATHERS = re.compile(
    r"\b(?:réunit|rassemble|comprend|(?:est|sera) composée? (?:(?:exclusivement|"
    r"uniquement) )?(?:de|des|d')|se compose (?:exclusivement |uniquement )?(?:de|des|d')|"
    r"brings together|comprises|(?:will|shall) comprise|(?:consists?|(?:will|shall) consist) "
    r"(?:exclusively |only |solely )?of|(?:is|will be|shall be) composed (?:exclusively |only |"
    r"solely )?of|is made up of|reúne|está integrad[oa] por|se compone de"
    # "Its members are the Chief Directors … of the Ministries of …": a roll of offices
    r"|(?P<roll>(?:its|their|ses|leurs|sus) (?:members|membres|miembros) (?:are|will be|shall be|"
    r"sont|seront|son|serán)))\s+",
    re.IGNORECASE,
)

# "… in the Ministries of Defence, Police Affairs, Justice, Foreign Affairs and Interior": the
# portfolios after it are ministries, though each names no institution of its own.
_MINISTRIES_OF = re.compile(
    r"\b(?:ministries|ministères|ministerios)\s+(?:of|de|des|du|de la|de l')", re.IGNORECASE
)

_ONLY = re.compile(r"\b(?:exclusively|only|solely|exclusivement|uniquement)\b", re.IGNORECASE)

_LIST_SEP = re.compile(r",\s*|\s+(?:et|and|y|e)\s+", re.IGNORECASE)


def _inline_compositions(
    sentences: list[Sentence], lex: Lexicon, bodies: set[str], government: set[str] | None = None
) -> list[Hit]:
    """A membership of three or more, all of it government, listed in the sentence itself:
    no seat for civil society (a list with civil society in it is read by the rules). Members
    may be named by acronyms the document defines as ministries ("the AA, the BMVg, the BMZ")."""
    acronym = (
        re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, government)) + r")(?![\w-])")
        if government
        else None
    )
    out: list[Hit] = []
    for i, s in enumerate(sentences):
        if s.row or not _usable(s, lex):
            continue
        m = _GATHERS.search(s.read)
        if m is None or lex.cs.search(s.read):
            continue
        before = sentences[i - 1].read if i else ""
        if not (_names_body(s.read[: m.start()], lex, bodies) or _names_body(before, lex, bodies)):
            continue
        listed = s.read[m.end() :].rstrip(".;")
        head = _MINISTRIES_OF.search(listed)
        # ("de représentantes et représentants de la DPDH, …": the first word is no member)
        items = [x for x in _LIST_SEP.split(listed) if x.strip() and not _REPRESENTATIVES.match(x)]
        # Most items, not all: "les majors généraux de l'armée de terre, de la marine et de
        # l'armée de l'air" splits into fragments that name no institution of their own.
        official = sum(
            _GOVERNMENT.search(item) is not None
            or (acronym is not None and acronym.search(item) is not None)
            or (head is not None and listed.find(item) > head.start())
            for item in items
        )
        # (a roll of offices splits into more fragments: "the Chief Directors, or their
        # representatives, of the Ministries of Defence, the Interior, …")
        if official >= 3 and official >= (0.3 if m.group("roll") else 0.7) * len(items):
            out.append(Hit("no", s, m.group(0).strip()))
        elif official and _ONLY.search(m.group(0)):
            # "L'IDAG 1325 se compose exclusivement de représentantes et représentants de
            # l'administration fédérale": the membership said to be government only.
            out.append(Hit("no", s, m.group(0).strip()))
    return out


_REPRESENTATIVES = re.compile(
    r"^\s*(?:des |de |d')?(?:représentant\w*|representatives?|representantes?)\s*$", re.IGNORECASE
)

_INSTITUTION_NOUN = re.compile(
    r"(?:(?:Federal|National|Royal|State|Union)\s+)?(?:Ministry|Office|Department|Directorate|"
    r"Secretariat|Ministère|Secrétariat|Direction|Département|Ministerio|Secretaría|Oficina|"
    # (« SPF : Service public fédéral »)
    # (« CGPG : Commissariat général à la Promotion du Genre »)
    r"Dirección|Service public|Commissariat|Haut-Commissariat)\b"
)

_SMALL = {"of", "and", "the", "for", "de", "du", "des", "la", "le", "les", "et", "del", "y", "el"}

_SMALL |= {"las", "los", "para", "l", "d", "en", "in", "on"}
