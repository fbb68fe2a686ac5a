"""Civil society on the coordination body and in the plan's implementation and monitoring:
a seat, an observer's place, a role stated in words, an appeal, or the drafting only.
"""

from __future__ import annotations

import re

from napkit.core.i18n import _
from napkit.core.screening.findings.base import Hit, _evidence, _finding, by_precedence, hits
from napkit.core.screening.findings.bodies import (
    _DRAFTING,
    _GOVERNMENT,
    _body_acronyms,
    _composition_lists,
    _inline_compositions,
    _names_body,
    _pronouns_named,
    _short_forms,
)
from napkit.core.screening.findings.other_policies import (
    _continues_another_policy,
    _of_another_policy,
)
from napkit.core.screening.findings.reporting import _NOT_THIS_BODY, _SHADOW
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.result import Finding
from napkit.core.screening.segment import Sentence


def cs_on_coordination(
    sentences: list[Sentence],
    lex: Lexicon,
    coordination: Finding,
    defined: dict[str, str],
    none: list[Hit],
) -> Finding:
    """Civil society's seat on the coordination body; ``none``: the passages that say there
    is no body (``bodies.coordination`` reads them)."""
    key = "cs_on_coordination"
    if coordination.answer == "no" or (coordination.answer == "partial" and none):
        # (no body, and a ministry that coordinates: still no body to sit on)
        evidence = coordination.evidence if coordination.answer == "no" else _evidence(none)
        return _finding(
            key,
            "no",
            None,
            0.8,
            evidence,
            _("The document says there is no coordination body."),
        )
    bodies = _body_acronyms(defined, lex)
    bodies |= _short_forms(bodies, defined)
    before = {(s.page, s.start): sentences[i - 1].read for i, s in enumerate(sentences) if i}
    index = {(s.page, s.start): i for i, s in enumerate(sentences)}

    def earlier(s: Sentence) -> str:
        """The three sentences before: "It" may stand for a body named a few sentences up ("… is
        set up. Chaired by the Secretary General, it meets twice a year. It is composed
        exclusively of …"). Joined only for the hits that need it."""
        i = index[(s.page, s.start)]
        return " ".join(x.read for x in sentences[max(0, i - 3) : i])

    found = [
        h
        for h in hits(key, sentences, lex)
        if h.value == "no_body"  # "No steering committee has been set up."
        or (
            (
                _names_body(h.sentence.read, lex, bodies)
                # "It is composed only of ministries." / "… take part in its sessions": the
                # body is named in the sentence before.
                or (
                    (
                        _NO_SUBJECT.match(h.sentence.read) is not None
                        or _ITS_MEETINGS.search(h.sentence.read) is not None
                    )
                    and _names_body(earlier(h.sentence), lex, bodies)
                )
            )
            and not _drafting(h.sentence.read, lex)
            and not _FORMED_THEN.search(h.sentence.read)
            and not _OTHER_BODY.search(h.sentence.read)
            # A results framework's row ("… | Nombre de femmes membres des comités de paix |
            # … | MSNDPHG, OSC") measures a result or names who acts; it seats nobody.
            # (cells split by tabs too: "4.1.3 Appuyer … \tProportion de femmes parmi les membres
            # de la Commission\t…")
            and not _in_a_table(h.sentence.read)
            # "The National Gender Forum, which brings together … civil society, oversees the
            # implementation of the National Gender Policy": another policy's body.
            and not _NOT_THIS_BODY.search(h.sentence.read)
            and not _continues_another_policy(h.sentence, sentences)
            # ("The WPS CSO Monitoring Network, composed of 28 CSOs, shall submit to the NSC-WPS
            # an annual shadow report": civil society's own report, no seat)
            and not (h.value == "yes" and _SHADOW.search(h.sentence.read))
            # (« un Plan national de lutte contre les violences …, placé sous l'égide de la
            # TNCVF, qui réunit les institutions publiques, les organisations de femmes … »)
            and not (h.value == "yes" and _of_another_policy(h))
        )
    ]
    # "Le Comité directeur rencontre … le Groupe consultatif de la société civile, composé de
    # douze membres": the body meets civil society's group, whose members are not its own.
    found = [
        Hit("partial", h.sentence, h.cue)
        if h.value == "yes"
        and (_MEETS.search(h.sentence.read) or _cs_observe(h.sentence.read, lex))
        else h
        for h in found
    ]
    found += _composition_lists(sentences, lex, bodies, defined)
    government = {a for a, e in defined.items() if _GOVERNMENT.search(e) and not lex.cs.search(e)}
    found += _inline_compositions(sentences, lex, bodies, government)
    # A body dissolved once the plan was validated, or a logframe's row (split by tabs), seats
    # nobody on the body that coordinates, whichever reading found it.
    found = [
        h
        for h in found
        if not (
            h.value == "yes"
            and (_FORMED_THEN.search(h.sentence.read) or _in_a_table(h.sentence.read))
        )
    ]
    # The members of civil society's own body ("A Civil Society Advisory Group will be
    # established. It will be made up of ten members drawn from …") hold no seat on the body
    # that coordinates.
    found = [
        h
        for h in found
        if not (
            h.value == "yes"
            and (
                _cs_body(h.sentence.read, lex)
                # « La PFPS regroupe 38 organisations non gouvernementales »: the subject is
                # civil society's own group, by its acronym.
                or (
                    (subject := _SUBJECT_ACRONYM.match(h.sentence.read)) is not None
                    and lex.cs.search(defined.get(subject.group("acronym"), "")) is not None
                )
                # (« Des organisations membres de la PFPS mettent en œuvre … »: its members)
                or any(
                    lex.cs.search(defined.get(m.group("acronym"), ""))
                    for m in _MEMBERS_OF.finditer(h.sentence.read)
                )
                or (
                    _NO_SUBJECT.match(h.sentence.read) is not None
                    and _cs_body(before.get((h.sentence.page, h.sentence.start), ""), lex)
                )
            )
        )
    ]
    if any(h.value in {"partial", "no_but_meets"} for h in found):
        # Members all from government, and civil society "take part in the sessions … as
        # observers" or meets the body: partial (the labelling rule), not none.
        found = [h for h in found if h.value != "no"]
    if coordination.answer != "yes":
        # Government-only membership is "no" only for a body that exists; and without a body
        # that coordinates (none found, or a ministry with its focal points) a seat found
        # elsewhere is on some other group ("the Network, which brings together forty NGOs").
        found = [h for h in found if h.value not in {"no", "yes", "partial", "no_but_meets"}]
    return by_precedence(key, found, {"no_body": "no", "no_but_meets": "partial"})


_SUBJECT_ACRONYM = re.compile(
    r"^\W*(?:(?:The|La|Le|L'|El|Les|Los|Las)\s?)?(?P<acronym>(?-i:[A-Z][A-Za-z0-9-]{1,9}))\b"
    r"(?!\s+(?:and|et|y)\b)"
)

_MEMBERS_OF = re.compile(
    r"\b(?:membres|members|miembros) (?:de la|du|de l'|des|of the|of|de la|del)\s?"
    r"(?P<acronym>(?-i:[A-Z][A-Za-z0-9-]{1,9}))\b"
)

_BENEFICIARIES = re.compile(
    r"\b(?:sont|seront|est|sera) (?:des |les )?bénéficiaires\b|\b(?:are|will be|is) (?:the )?"
    r"beneficiaries\b|\b(?:son|serán) (?:las |los )?beneficiari[oa]s\b"
    # ("… are partners in those strategies and are not responsible for implementing this action
    # plan")
    r"|\b(?:are|is) not responsible for (?:implementing|the implementation)\b"
    r"|\bne (?:sont|seront) pas (?:chargée?s|responsables) de (?:la )?mise en œuvre\b",
    re.IGNORECASE,
)


# "… y siègent en qualité d'observateurs", "with a consultative voice": a seat without a say.
_OBSERVES = re.compile(
    r"\b(?:en qualité d'|comme |as |with )(?:observateur|observatrice|observer)s?\b|\bobserver "
    r"status\b|\bvoix consultative\b|\b(?:consultative|advisory) (?:voice|capacity)\b"
    r"|\bsans (?:droit de )?(?:vote|voix délibérative)\b"
    r"|\bwithout (?:the right to )?vot(?:e|ing)\b",
    re.IGNORECASE,
)


def _cs_observe(text: str, lex: Lexicon) -> bool:
    """Civil society, the sentence's subject, sits as an observer ("Les organisations de la
    société civile et les PTF y siègent en qualité d'observateurs"); not a roll of members
    that ends with observers of another kind ("…, quatre représentantes de la société civile
    et, en qualité d'observateurs, les partenaires techniques")."""
    # (also a clause of its own: « Le CNP est composé des représentants des ministères … ; les
    # organisations de la société civile et les PTF y siègent en qualité d'observateurs »)
    for clause in text.split(";"):
        cs = lex.cs.search(clause)
        if cs is not None and cs.start() < 30 and _OBSERVES.search(clause, cs.end()) is not None:
            return True
    return False


_MEETS = re.compile(
    r"\b(rencontre|rencontrera|se réuni\w* avec|meets with|will meet with|meets the|"
    r"se reúne con)\b",
    re.IGNORECASE,
)

# A body that evaluates, reviews or drafts: its members say nothing of who coordinates.
_OTHER_BODY = re.compile(
    r"\b(?:evaluation|review|drafting|editorial|selection|audit)\s+(?:committee|board|panel|"
    r"group)\b"
    r"|\bcomité\s+(?:d'évaluation|de rédaction|de relecture|de sélection)\b"
    r"|\b(?:comité|comisión)\s+(?:de evaluación|de redacción|redactora)\b",
    re.IGNORECASE,
)

# An appeal to every actor at once, ministries first: not a statement of civil society's role.
_EVERYONE = re.compile(
    r"\b(ministries|government departments|départements ministériels|ministères|ministerios|"
    r"l'ensemble des|all (the )?(stakeholders|actors)|tous les acteurs|toutes les parties "
    r"prenantes|institutions publiques|todos los actores|instituciones públicas)\b",
    re.IGNORECASE,
)

# "… took part in every session of the technical table as guests": the drafting, told in the
# past, not the membership of the body that coordinates the plan.
_TOOK_PART = re.compile(
    # (not in a relative clause: "… women's organisations that took part in the drafting")
    r"(?<!\bque )(?<!\bqui )(?<!\bwho )(?<!\bthat )(?<!\bwhich )"
    r"\b(took part|participated|ont participé|a participé|participaron|participó|"
    r"asistieron"
    # (« La société civile a été associée à son contenu dès le début »)
    r"|associée?s? (?:à son contenu|à son élaboration|à l'élaboration|à la rédaction))\b",
    re.IGNORECASE,
)


# A group told in the past ("The working group was composed of representatives of …", "In
# March 2015 the Minister established a NAP Working Group composed of …"): the one that drafted
# the plan, not the body that coordinates it.
_FORMED_THEN = re.compile(
    r"\b(?:was|were|had been) (?:composed|made up)\b|\b(?:established|set up|created|formed|"
    r"convened|constituted)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}(?:working group|task force|"
    r"committee|team)\s+(?:composed|made up|consisting)\b"
    r"|\b(?:était|étaient) composée?s?\b|\ba (?:mis en place|créé|constitué) un (?:[\w-]+\s+){0,4}"
    r"(?:groupe de travail|comité|équipe)\s+composée?\b"
    # (« Ce comité, composé de …, a été dissous après la validation du plan. »)
    r"|\b(?:a été|ont été|was|were|has been) (?:dissous|dissoutes?|dissolved|disbanded)\b",
    re.IGNORECASE,
)


def _in_a_table(text: str) -> bool:
    """Two cells or more, split by pipes or by tabs: a table's row, whatever the segmenter
    called it."""
    return len(re.findall(r"[|\t]", text)) >= 2


def _drafting(text: str, lex: Lexicon) -> bool:
    """ "drafted by a working group with the participation of civil society": the drafting,
    not the membership of the coordination body. A drafting word after civil society is
    named only qualifies it ("… four delegates of the women's organisations that sat on the
    drafting committee")."""
    if _TOOK_PART.search(text):
        return True
    drafting = _DRAFTING.search(text)
    if drafting is None:
        return False
    cs = lex.cs.search(text)
    return cs is None or drafting.start() < cs.start()


# Civil society as the object of a programme ("support regional networks of women mediators"):
# a target of the plan, not a role in implementing it.
_SUPPORTED = re.compile(
    r"\b(support\w*|fund\w*|financ\w*|strengthen\w*|apoy\w*|fortalec\w*|soutien\w*|souten\w*|"
    r"renforc\w*)\s+(?:(?:to|the|les|des|aux|las|los|a|al|de|la|le)\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)

_RESOLUTIONS = re.compile(
    r"^\W*(?:S/RES/)?1[3-9]\d\d\s*\((?:19|20)\d\d\)|^\W*2[0-7]\d\d\s*\(20\d\d\)"
)

_UN_BRIEFERS = re.compile(
    # ("… invite women civil society briefers to the Council's meetings")
    r"\bbriefers\b|"
    r"\b(?:brief|address|briefings? (?:to|of|before)) the (?:Security )?Council\b|\b(?:devant|"
    r"informer) le Conseil de sécurité\b|\bante el Consejo de Seguridad\b",
    re.IGNORECASE,
)

_GENERALLY = re.compile(
    r"\b(often|frequently|usually|typically|tend to|souvent|fréquemment|généralement|a menudo|"
    r"con frecuencia)\b",
    re.IGNORECASE,
)


def cs_implementation_monitoring(sentences: list[Sentence], lex: Lexicon, seat: Finding) -> Finding:
    """Civil society's role in implementing or monitoring the plan. A seat on the body that
    coordinates and follows implementation is such a role (the labelling rule's "members of the
    monitoring body"); an explicit "may" or "no role" elsewhere still decides by precedence."""
    key = "cs_implementation_monitoring"
    found = []
    for h in hits(key, _pronouns_named(sentences, lex, lex.cs), lex):
        m = lex.cs.search(h.sentence.read)
        if m and h.value == "yes" and _SUPPORTED.search(h.sentence.read[: m.start()]):
            continue
        every = _EVERYONE.search(h.sentence.read)
        if h.value in {"partial", "appeal"} and every and (m is None or every.start() < m.start()):
            # "I invite the ministries, …, civil society … to own it": a foreword (not "NGOs
            # may be engaged by the ministries", where civil society comes first)
            continue
        if h.value == "yes" and _of_another_policy(h):
            continue  # another plan's committee, with women's organisations on it
        if _RESOLUTIONS.match(h.sentence.read):
            # An annex that lists the agenda's resolutions ("1325 (2000) Participation des
            # femmes … 2242 (2015) … société civile …"): what each resolution says.
            continue
        if _UN_BRIEFERS.search(h.sentence.read):
            # "… that women from civil society are invited to brief the Council": the Security
            # Council's briefers, not a role in this plan.
            continue
        if h.value == "yes" and _BENEFICIARIES.search(h.sentence.read):
            # « Les organisations de femmes des pays partenaires … sont des bénéficiaires des
            # financements ; la mise en œuvre du plan relève des départements fédéraux »
            continue
        if h.value == "yes" and h.sentence.heading:
            continue  # "Participación de la sociedad civil en la ejecución": a topic, not a role
        if h.value == "yes" and _GENERALLY.search(h.sentence.read):
            # "Women's organizations in conflict-affected countries often … deliver services":
            # what civil society does in general, not its role in this plan.
            continue
        if h.value == "yes" and _DRAFTING.search(h.sentence.read) and _TOLD.search(h.sentence.read):
            # "The six organisations that were members of the working group commented on each
            # successive draft": how the plan was drafted, told in the past.
            continue
        found.append(h)
    if seat.answer == "yes" and seat.evidence:
        where = {(e.page, e.start) for e in seat.evidence}
        found += [
            Hit("seat", s, "seat on the coordination body")
            for s in sentences
            if (s.page, s.start) in where
        ][:1]
    return by_precedence(key, found, {"appeal": "partial", "seat": "yes"})


_NO_SUBJECT = re.compile(
    r"^\s*(?:\d[\d.]*\s+)?(?:It|Its members|Its membership|Its composition|Elle|Il|Ses membres|"
    r"Sa composition|"
    r"Celle-ci|Celui-ci|Está|Estará|The Team|L['’]Équipe|El Equipo"
    r"|Sus miembros|Lo (?:integran|componen|conforman))\b"
    # « Présidé par la Ministre de la Femme, il comprend … »: the body of the sentence before.
    r"|^\s*(?:Présidée?|Coprésidée?|Chaired|Co-chaired|Presidid[oa]|Copresidid[oa])\b[^.;]{0,120}?,"
    r"\s*(?:il|elle|it)\b",
    re.IGNORECASE,
)

_ITS_MEETINGS = re.compile(
    r"\b(its|ses|sus|leurs?) (sessions?|meetings?|réunions?|reuniones|sesiones|travaux|trabajos)\b"
    r"|\b(it|elle|il) (holds?|will hold|tient|tiendra|organise|organisera)\b"
    # « Les OSC y participent en qualité d'observateurs »: "y" is the body named before.
    r"|\by (participent|participeront|siègent|siégeront|assistent|sont (représentée?s|"
    r"invitée?s|associée?s))\b",
    re.IGNORECASE,
)

_TOLD = re.compile(
    r"\b(were|was|had|organi[sz]ed|commented|took part|participated|contributed|ont été|a été|"
    r"avaient|ont participé|ont contribué|ont pris part|fueron|participaron|contribuyeron)\b",
    re.IGNORECASE,
)

# Words that join a body's noun and the civil-society words inside one name.
_JOINS = re.compile(
    r"^\s*(?:(?:of|for|de|del|des|du|la|le|les|the|l'|el|los|las|consultati\w+|advisory|"
    r"national\w*|nacional\w*)\s*)*$",
    re.IGNORECASE,
)

_GROUP_OPENING = re.compile(
    r"^(?:[\d.]+\s+)?(?:the|a|la|le|el|une?)\s+(?:[\w-]+\s+){0,2}(?:coalition|network|alliance|"
    r"platform|forum|réseau|plateforme|red|plataforma|alianza|coalición)\s+(?:of|de|des|du|de la|"
    r"del)\s+(?:the\s+|la\s+|l'|las\s+|los\s+)?",
    re.IGNORECASE,
)


def _cs_body(text: str, lex: Lexicon) -> bool:
    """Whether the sentence's subject is civil society's own body ("A Civil Society Advisory
    Group will be established", "Le comité consultatif de la société civile …"): its members
    sit on no body of the government's. The body's name opens the sentence and holds the
    civil-society words next to the body's noun."""
    opening = text[:90]
    # "The coalition of civil-society partners of the Plan brings together 23 organisations".
    if (m := _GROUP_OPENING.match(opening)) and lex.cs.match(opening, m.end()):
        return True
    # "Civil Society Advisory Group", then "le comité consultatif de la société civile".
    for first, then in ((lex.cs, lex.body), (lex.body, lex.cs)):
        for m in first.finditer(opening):
            if m.start() > 30:
                break
            after = opening[m.end() :]
            nxt = then.search(after)
            if nxt is not None and _JOINS.match(after[: nxt.start()]):
                return True
    return False
