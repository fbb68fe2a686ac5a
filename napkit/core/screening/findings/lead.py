"""The lead institution: the one body the plan names as leading or coordinating it, its name
cleaned to the institution ("the Ministry of Gender, through its Department of …"), or
"several" where the plan names more than one.
"""

from __future__ import annotations

import re
import unicodedata

from napkit.core.i18n import _
from napkit.core.screening.findings.base import Hit, _evidence, _finding, _usable, not_stated
from napkit.core.screening.findings.bodies import _ACRONYM, _SMALL
from napkit.core.screening.findings.other_policies import _of_another_policy
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.result import Finding
from napkit.core.screening.segment import Sentence

_TRAIL = re.compile(r"\s+(?:and|et|y|together|en lien|with|con)$", re.IGNORECASE)


def _clean_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,")
    name = _nest(_TRAIL.sub("", name))
    name = _ministry(name)
    return name[:1].upper() + name[1:]


# The minister stands for the ministry: "the Minister for Home Affairs chairs …" names the
# Ministry of Home Affairs as the lead institution (an institution, not a person).
_MINISTER = [
    (re.compile(r"^Minister\s+(?:for|of)\s+", re.IGNORECASE), "Ministry of "),
    (re.compile(r"^Ministre\s+(?=(?:de|du|des|d['’]|chargée?)\b)", re.IGNORECASE), "Ministère "),
    (re.compile(r"^Ministr[oa]\s+(?=(?:de|del)\b)", re.IGNORECASE), "Ministerio "),
]


def _ministry(name: str) -> str:
    for pattern, institution in _MINISTER:
        if pattern.match(name):
            name = pattern.sub(institution, name, count=1)
            return re.sub(r"^(Ministère|Ministerio) chargée", r"\1 chargé", name)
    return name


# "The Ministry X, through its Directorate Y, …" and "the Directorate Y in the Office Z": a unit
# and the institution it belongs to, written "Unit (Institution)" as the labelling rules do.
_THROUGH = re.compile(
    r"^(?P<outer>.+?),?\s+(?:through|by means of|par l'intermédiaire|par le biais|por medio|"
    r"por intermedio|a través)(?:\s+(?:of|de|du|de la|del|de l'))?\s+(?:its\s+|the\s+|la\s+|el\s+|"
    r"le\s+|l'|l’|su\s+|sa\s+|son\s+)?(?P<unit>.+?),?$",
    re.IGNORECASE,
)

_WITHIN = re.compile(
    r"^(?P<unit>(?:Directorate|Division|Unit|Service|Direction|Unité|Cellule|Dirección|Unidad|"
    # ("The Agency for Gender Equality within the Office of the Prime Minister")
    r"División|Agency|Bureau|Secretariat|Agence|Secrétariat)\b.+?)\s+(?:in|within|of|at|du|de la|"
    r"de l'|au sein du|au sein de la|del|de la)"
    r"\s+(?:the\s+)?(?P<outer>(?:Office|Ministry|Department|Presidency|Ministère|Département|"
    r"Cabinet|Présidence|Ministerio|Departamento|Vicepresidencia|Presidencia)\b.+)$",
    re.IGNORECASE,
)


def _nest(name: str) -> str:
    if m := _THROUGH.match(name):
        return f"{m.group('outer')} ({m.group('unit')})"
    if m := _WITHIN.match(name):
        return f"{m.group('unit')} ({m.group('outer')})"
    return name


# An expansion naming a public body anywhere ("Inter-Agency Council on Gender Equality …",
# "Committee on Women and Family Affairs under the Government …").
_DATED = re.compile(r"\b(?:in|en|of|de|du) (?:[A-Za-zéû]+ )?(?:19|20)\d\d\b")

_INSTITUTION_ANY = re.compile(
    r"\b(?:Ministry|Office|Department|Directorate|Secretariat|Agency|Commission|Council|Committee|"
    r"Institute|Ministère|Secrétariat|Direction|Département|Division|Commissariat|Conseil|Comité|"
    # ("SFRE : Service fédéral des Relations extérieures")
    r"Ministerio|Secretaría|Oficina|Dirección|Comisión|Consejo|Service|Servicio)\b"
)

_STEERING = re.compile(
    r"\b(?:steering|monitoring|oversight|coordination|coordinating|suivi|pilotage|seguimiento|"
    r"coordinación|High Council)\b",
    re.IGNORECASE,
)

_INSTITUTION_WORD = re.compile(
    # ("Federal Ministry of …", « Affaires mondiales Boréalie », a department named by its field)
    r"^(?:the\s+|le\s+|la\s+|l'|el\s+)?(?:(?:Federal|National|Royal|State|Union)\s+)?(?:Ministry|"
    r"Affaires|Global Affairs|Foreign Affairs|Office|Department|Directorate|Secretariat|"
    r"Agency|Commission|Council|Institute|Ministère|Secrétariat|Direction|Département|Institut|"
    r"Agence|Ministerio|Secretaría|Oficina|Dirección|Instituto|Consejería|Agencia|Comisión|"
    # (a Belgian federal public service: « Service public fédéral Affaires étrangères »)
    r"Service public fédéral|Federal Public Service)\b"
    # "Foreign and Development Office": the institution's noun last.
    r"|^[A-Z][\w ,'’&-]{2,80}\s(?:Office|Ministry|Department|Agency|Directorate)$",
    re.IGNORECASE,
)

# A name that is a list of institutions ("the Ministry A and the Agency B").
_LISTED = re.compile(
    r"(?:,|\band\b|\bet\b|\by\b)\s+(?:the\s+|le\s+|la\s+|l'|l’|el\s+)?(?:Ministry|Agency|"
    r"Department|Office|Ministère|Agence|Département|Ministerio|Agencia|Departamento)\b"
)


def _title(text: str) -> str:
    """A name printed in capitals on a cover, in ordinary case: "Ministry of Social Affairs"."""
    words = re.split(r"(\s+|['’])", text.lower())
    out = [w if (w in _SMALL and i) else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return "".join(out)


# A ministry described by its remit ("le ministère ayant le genre, l'enfant et la famille dans
# ses attributions", "the ministry responsible for gender"): the remit's words, to find the
# ministry's own name elsewhere in the document.
_DESCRIBED = re.compile(
    r"^(?:Ministère|Ministre|Ministry|Ministerio)\s+(?:ayant|qui a|en charge d[eu]s?|"
    r"chargée? d[eu]s?|responsible for|in charge of|a cargo de|responsable de|encargado de)\s+"
    r"(?P<remit>.+?)"
    r"(?:\s+dans\s+ses\s+attributions)?$",
    re.IGNORECASE,
)

_MINISTRY_NAME = re.compile(
    r"\b(?:Ministère|Ministry|Ministerio)\s+(?:du|de la|de l['’]|des|de|of|for|del)\s+"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*(?:,?\s+(?:(?:et|and|y|de|du|des|la|l['’]|of|the|del)\s+)*"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]*){0,10}"
)

_REMIT_STOP = {
    "le",
    "la",
    "les",
    "l",
    "de",
    "du",
    "des",
    "et",
    "the",
    "of",
    "and",
    "for",
    "el",
    "y",
    "del",
    "d",
    "en",
    "charge",
    "matiere",
    "questions",
    "affaires",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _resolve_described(name: str, sentences: list[Sentence]) -> str:
    """The ministry's own name when the lead is described by its remit and the document names
    exactly one ministry whose name holds every word of that remit."""
    m = _DESCRIBED.match(name)
    if m is None:
        return name
    remit = {w for w in re.findall(r"\w+", _fold(m.group("remit"))) if w not in _REMIT_STOP}
    if not remit:
        return name
    found = {
        " ".join(c.group(0).split()).rstrip(",")
        for s in sentences
        if not s.aside
        for c in _MINISTRY_NAME.finditer(s.read)
    }
    fits = {c for c in found if remit <= set(re.findall(r"\w+", _fold(c)))}
    shortest = min(fits, key=len) if fits else None
    # One ministry, however often written (the shortest spelling of a name holds the others).
    if shortest is not None and all(_fold(shortest) in _fold(c) for c in fits):
        return shortest
    return name


_NO_SINGLE = re.compile(
    r"\b(?:no single|no one|none of the|aucune? (?:seule?)?|ningún|ninguna)\s*$", re.IGNORECASE
)

# An institution's noun alone ("The Office", « le Commissariat »): a reference, not a name.
_BARE = {
    "office",
    "ministry",
    "department",
    "agency",
    "commission",
    "secretariat",
    "directorate",
    "council",
    "institute",
    "ministere",
    "direction",
    "commissariat",
    "agence",
    "departement",
    "institut",
    "bureau",
    "ministerio",
    "secretaria",
    "oficina",
    "agencia",
}


def _named_in_full(noun: str, sentences: list[Sentence], lex: Lexicon) -> str | None:
    """The institution the document calls by its noun alone: "Office means the Office of …",
    "the Ministry of Women … (the Ministry)", « … (ci-après le Commissariat) »."""
    n = re.escape(noun)
    short = re.compile(
        rf"\b(?P<full>{n}\s+(?:of|for|on|de|du|des|à|pour|chargée?)\b[^()]{{3,150}}?)\s*\((?:the\s+|"
        rf"hereinafter\s+(?:the\s+)?|ci-après\s+(?:dénommée?\s+)?(?:le\s+|la\s+|l')?|en lo "
        rf"sucesivo\s+(?:el\s+|la\s+)?)?[\"“«]?\s*{n}\s*[\"”»]?\)"
        rf"|\b{n}\s+means\s+the\s+(?P<meant>{n}\s+[^.;]{{3,150}})",
        re.IGNORECASE,
    )
    found = {
        " ".join((m.group("full") or m.group("meant")).split()).rstrip(" ,")
        for s in sentences
        for m in short.finditer(s.read)
    }
    return found.pop() if len(found) == 1 else None


_AS_CLAUSE = re.compile(r"^(?:As|En tant que|En sa qualité de|Como)\s[^,]{3,160},\s*")

_ACTS_THROUGH = re.compile(
    # (the subject a name, not a clause: not « La coordination … est assurée par le gouvernement
    # central, à travers le ministère … »)
    r"^(?:[\d.]+\s+)?(?:The |Le |La |L'|El )?(?P<subject>(?![^,]*\b(?:est|sont|sera|seront|is|are|"
    r"was|will|shall)\b)[^,]{2,100}),\s+(?:à travers|par "
    r"l'intermédiaire d[eu]|through|via)\s+(?:the |la |le |l')?$",
    re.IGNORECASE,
)

_SITS_WITHIN = re.compile(
    r"^(?:[\d.]+\s+)?(?:The |Le |La |L'|El |La )?(?P<subject>[^,]{2,100}),\s+(?:established|set up|"
    r"placed|located|housed|created|attached|rattachée?|placée?|créée?|établie?|instituée?|"
    r"adscrit[oa]|cread[oa]|ubicad[oa])\s+(?:within|under|in|at|to|auprès d[eu]|au sein d[eu]|"
    r"sous|dans|en|dentro de|bajo)\s+(?:the |la |le |l'|el |los )?$",
    re.IGNORECASE,
)

_UNIT_WITHIN = re.compile(
    r"(?:^|\b(?:The|Le|La|L'|El)\s+)(?P<unit>(?:Office|Bureau|Directorate|Department|Unit|"
    r"Secretariat|Direction|Cellule|Secrétariat|Oficina|Dirección|Secretaría)\s[^,;()]{3,80}?)"
    r"(?:\s\((?-i:[A-Z][A-Za-z]{1,9})\))?\s+(?:within|au sein d[eu]|au sein de la|dentro de)\s+"
    r"(?:the |la |le |l'|el )?$",
    re.IGNORECASE,
)

# The policy a lead is named for, by its acronym: "… is the focal ministry for the NWAP".
_FOR_ACRONYM = re.compile(
    r"^\W*(?:for|of|pour|de|du|de la|del)\s+(?:the\s+|la\s+|le\s+|l')?"
    r"(?P<acronym>(?-i:[A-Z][A-Za-z]{1,9}))\b"
)
_POLICY_WORD = re.compile(
    r"\b(?:Policy|Strategy|Programme|Program|Politique|Stratégie|Política|Estrategia|Programa|Act|"
    r"Law|Loi|Ley)\b"
)

_EACH = re.compile(r"\b(?:of|in)\s+(?:each|every|chaque|cada)\b", re.IGNORECASE)

_GENERIC = re.compile(
    r"^(?:département|ministère|service|institution|structure|lead department|lead ministry|lead "
    r"agency)(?:\s+(?:pilote|responsable|chef de file|concerné))?$",
    re.IGNORECASE,
)
_LOCAL = re.compile(
    r"\b(?:au niveau (?:provincial|régional|déconcentré|local|départemental|communal)|dans chaque "
    r"(?:province|région|département|commune)|at (?:the )?(?:provincial|district|county|regional) "
    r"level|in each (?:province|district|county|region))\b",
    re.IGNORECASE,
)

_EACH_BEFORE = re.compile(
    r"\b(?:each|every|chaque|tout|cada)\s+(?:line\s+|sectoral\s+|sectoriel\s+)?$", re.IGNORECASE
)

# (Not "Direction de la promotion du genre" under its ministry: a unit of the same institution.)
_COVER_INSTITUTION = re.compile(
    r"^(?:SPF|FPS|Service public fédéral|Federal Public Service|Institut|Institute|Agence|Agency|"
    r"Ministry|Ministère|Department|Département|Ministerio|Instituto|Agencia)\b[^.;:]{2,100}$"
    # "Foreign and Development Office", "Home Office": the institution's noun last.
    r"|^[A-Z][\w ,'’&-]{2,80}\s(?:Office|Ministry|Department|Agency)$"
)

# A plan owned by several institutions together names no lead, whatever its cover shows first.
_JOINTLY = re.compile(
    r"\b(jointly owned|owned jointly|joint ownership|porté conjointement|portée conjointement|"
    r"copiloté|co-piloté|de manera conjunta)\b",
    re.IGNORECASE,
)

_SEVERAL = re.compile(r"\s+(?=(?-i:Ministère|Ministry|Ministerio|Department|Département)\s)")


# ("5. Control over the implementation of this decree shall be entrusted to …": the decree's own
# clause on who checks it, not the plan's lead)
_THIS_INSTRUMENT = re.compile(
    r"\b(?:implementation|execution|application|exécution|mise en œuvre) (?:of|du|de) "
    r"(?:this|the present|ce|cette|le présent|la présente) (?:decree|order|resolution|ordinance|"
    r"décret|arrêté|ordonnance|décision)\b",
    re.IGNORECASE,
)
_ANOTHER_OBJECT = re.compile(
    r"\b(?:the implementation of|la mise en œuvre d[eu]|de la mise en œuvre d[eu]|"
    r"la ejecución de(?:l)?)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?-i:(?:State|National|Government|"
    r"Nationale?)\s+)?(?-i:[A-Z])[\w-]*\s+(?:[\w-]+\s+){0,2}?(?-i:Programme|Program|Strategy|"
    r"Policy|Stratégie|Politique|Programa|Estrategia|Política)\b"
)
_ENDS_COORDINATING = re.compile(
    r"\b(?:coordonne|coordonnera|coordonnent|coordinates|coordinate|coordina|coordinará)\s*$",
    re.IGNORECASE,
)
# What an institution coordinates under its general mandate, not the plan: « Le HCPC coordonne,
# dans le cadre de son mandat général, les interventions de consolidation de la paix ».
_ITS_MANDATE = re.compile(
    r"^\W*(?:dans le cadre de (?:son|sa) (?:mandat|mission)|as part of its (?:general )?mandate|"
    r"within its (?:general )?mandate|under its (?:general )?mandate|en el marco de su mandato)",
    re.IGNORECASE,
)


def lead_institution(sentences: list[Sentence], lex: Lexicon, defined: dict[str, str]) -> Finding:
    key = "lead_institution"
    leaderless = False
    for pattern in lex.lead:
        for s in sentences:
            if s.row or not _usable(s, lex):
                continue
            # "As the Ministry mandated to coordinate …, the Ministry X is the lead institution":
            # the name after the opening clause.
            opening = _AS_CLAUSE.match(s.read)
            m = pattern.search(s.read, opening.end() if opening else 0)
            if m and _of_another_policy(Hit("lead", s, m.group(0))):
                # "The National Plan to End Violence against Women …, led by the Department of
                # Social Services, …": another plan's lead.
                continue
            if m:
                if _NO_SINGLE.search(s.read[: m.start("name")]):
                    # "No single department leads the Plan": the plan says it has no lead.
                    leaderless = True
                    break
                rest = s.read[m.end() :]
                tail = s.read[max(m.start(), m.end() - 40) : m.end() + 100]
                if _THIS_INSTRUMENT.search(s.read[: m.start("name")]):
                    continue
                if _ANOTHER_OBJECT.search(tail) or (
                    _ENDS_COORDINATING.search(m.group(0)) and _ITS_MANDATE.match(rest)
                ):
                    # "… coordinates the implementation of the State Social Programme on Equal
                    # Rights", « Le HCPC coordonne, dans le cadre de son mandat général, les
                    # interventions de consolidation de la paix »: something else than the plan.
                    continue
                name = _clean_name(m.group("name"))
                if _DATED.search(name):
                    # "… by decision of the Prime Minister in April 2022, is the body …": a
                    # name does not run into a date.
                    continue
                if _fold(name) in {"minister", "ministre", "ministro"} or _LEVEL.search(name):
                    # "chaired by the Prime Minister", "a committee at the Assistant Deputy
                    # Minister level": a person's title or rank, not the lead
                    continue
                if _fold(name) in _BARE:
                    # "The Office acts as the leading sector": the office the document names in
                    # full ("Office means the Office of …", "… (the Ministry)").
                    name = _named_in_full(name, sentences, lex) or name
                if _GENERIC.match(name) or _LOCAL.search(s.read):
                    # « Le département pilote est responsable de la mise en œuvre de l'action »:
                    # each action's; « Dans chaque province, un Comité provincial … présidé par le
                    # Ministre provincial … coordonne la mise en œuvre du PAN au niveau
                    # provincial »: a province's.
                    continue
                if _EACH.search(name) or _EACH_BEFORE.search(s.read[: m.start("name")]):
                    continue  # "each line ministry designates …", "the Ministry … of each province"
                if _LISTED.search(name):
                    continue  # "… le Ministère A et l'Agence B, coordonne": members, not a lead
                before = s.read[: m.start("name")]
                if subject := _SITS_WITHIN.search(before) or _ACTS_THROUGH.search(before):
                    # "The AGE, established within the Office of the Prime Minister, is the
                    # leading institution", « Le MPFE, à travers le Secrétariat permanent, est
                    # responsable … »: the subject, not the office it sits in or acts through.
                    name = _clean_name(subject.group("subject"))
                elif unit := _UNIT_WITHIN.search(before):
                    # "The Office for Gender Equality (OGE) within the Office of the Prime
                    # Minister is the institution responsible …": the unit, in its office.
                    name = f"{_clean_name(unit.group('unit'))} ({name})"
                if (other := _FOR_ACRONYM.match(rest)) and _POLICY_WORD.search(
                    defined.get(other.group("acronym"), "")
                ):
                    # "MoWCA is the focal ministry for the NWAP" (a national policy): another
                    # policy's lead, not the plan's.
                    continue
                if re.fullmatch(_ACRONYM, name):
                    # An acronym ("Le MFPECS assure la coordination"): its definition in the
                    # document, when that names an institution; else not a name at all.
                    expansion = defined.get(name, "")
                    if not (
                        _INSTITUTION_WORD.match(expansion)
                        # (a steering or monitoring committee coordinates; it is not the lead)
                        or (_INSTITUTION_ANY.search(expansion) and not _STEERING.search(expansion))
                    ):
                        continue
                    name = _clean_name(expansion)
                name = _resolve_described(name, sentences)
                return _finding(
                    key,
                    "yes",
                    name,
                    0.75,
                    _evidence([Hit("lead", s, m.group(0)[:80])]),
                    _("The document names it as leading or coordinating the plan."),
                )
        if leaderless:
            break
    if not leaderless and (found := _acronym_leads(sentences, lex, defined)):
        s, acronym, name = found
        return _finding(
            key,
            "yes",
            name,
            0.7,
            _evidence([Hit("lead", s, acronym)]),
            _("The document names it, by its acronym, as leading or coordinating the plan."),
        )
    # Fallback: the institution on the cover (first page), as publishers credit themselves;
    # a cover under several ministries' names does not say which one leads.
    cover = []
    for s in sentences:
        if s.page > 1:
            break
        text = _title(s.read) if s.read.isupper() else s.read
        if m := lex.institution.match(text):
            name = _clean_name(m.group("name"))
            # Lines of several ministries' names run together into one block.
            cover += [(s, n) for n in _SEVERAL.split(name) if n]
        elif _COVER_INSTITUTION.match(text):
            # "SPF Justice", "Institut fédéral pour l'égalité …" beside a ministry: the plan of
            # several institutions, none of which the cover makes the lead.
            cover.append((s, text))
    jointly = leaderless or any(_JOINTLY.search(s.read) for s in sentences if s.page <= 3)
    names = {name for _s, name in cover}
    if len(names) == 1 and lex.institution.match(cover[0][1]) and not jointly:
        s, name = cover[0]
        return _finding(
            key,
            "yes",
            name,
            0.5,
            _evidence([Hit("cover", s, name)]),
            _("Named on the cover; the text does not say who leads."),
        )
    return not_stated(key)


_LEVEL = re.compile(r"\s(?:level|rank)$", re.IGNORECASE)


def _by_its_field(expansion: str, lex: Lexicon) -> bool:
    """A department named by its field and country, with no institution's noun ("Global
    Relations Norvale", « Femmes et Égalité des genres Bellerive »): three words or more from
    a capital to the country's name, and no plan, civil-society group, body, authority,
    regional community, UN entity or steering committee. Read only for an acronym that is the
    subject of a verb that leads the plan."""
    words = expansion.split()
    return (
        re.match(r"(?-i:[A-ZÀ-Ý])", expansion) is not None
        and len(words) >= 3
        # (the country's name last: "… Norvale", « … Bellerive »)
        and re.fullmatch(r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)", words[-1]) is not None
        and not _NOT_A_DEPARTMENT.search(expansion)
        and not lex.cs.search(expansion)
        and not lex.body.search(expansion)
        and not _STEERING.search(expansion)
        and not _UN_ENTITY.search(expansion)
    )


_NOT_A_DEPARTMENT = re.compile(
    r"\b(?:plan|PAN|NAP|strat[ée]g\w+|community|communauté|comunidad|body|organe|organismo|"
    r"authority|autorité|autoridad|forum|network|réseau|red)\b",
    re.IGNORECASE,
)
_UN_ENTITY = re.compile(
    r"\b(?:United Nations|Nations Unies|Naciones Unidas|UN|ONU|UNDP|PNUD|UNICEF|UNFPA)\b"
)


# An institution known by the acronym the document defines, in any phrasing that makes it lead
# the plan: the subject of a leading verb ("AML, par l'entremise de son Centre …, dirige la mise
# en œuvre du Plan", "MoGCSW shall lead and coordinate …") or the agent of a passive one
# ("Coordination of the implementation of the Plan shall be carried out by the MSP"). The verb's
# object must be the plan, its implementation or its coordination.
_LEAD_VERB = (
    # ("OPARU chairs the NSC-WPS and is the lead agency for this Plan")
    r"(?:(?:chairs|presides over)\s[^.;]{0,40}?\s+and\s+)?"
    r"(?:(?:shall|will|is to)\s+)?(?:leads?|coordinates?|directs?|steers?|oversees?|"
    r"(?:is|shall be|will be) responsible for (?:the\s+)?(?:overall\s+)?(?:coordination|"
    r"implementation)|"
    # "The MLSSM is the authorised state body responsible for the coordination of …"
    r"is the (?:[\w-]+\s+){0,3}?(?:body|institution|authority|ministry|agency|entity) "
    r"responsible for|"
    # "OFW is the lead coordinating agency for the Plan", "The MoWCSP is the lead agency …"
    r"is the lead (?:[\w-]+\s+)?(?:agency|institution|ministry|department|body)|"
    r"has (?:the\s+)?overall responsibility for|"
    r"dirige|dirigera|coordonne|coordonnera|pilote|pilotera|"
    r"(?:assure|assurera) (?:la|le) (?:coordination|direction|pilotage|conduite)|"
    r"est (?:chargée?|responsable) de (?:la )?(?:coordination|mise en œuvre)|"
    # « Le MAECI est le chef de file du présent plan », « L'INPF est la structure responsable de
    # la mise en œuvre du PAN », « Le SPF RE est le département pilote du plan »
    r"est (?:le|la|l')\s?(?:\w+ )?(?:chef de file|(?:département|ministère|structure|institution|"
    r"service) (?:pilote|responsable|chef de file|porteur))|"
    # « AML assume la responsabilité d'ensemble du Plan », « Le SPF RE assure la présidence
    # et le secrétariat du GTI et porte la responsabilité politique du plan »
    r"(?:assure[^.;]{0,80}?\s+et\s+)?(?:porte|portera|assume|assumera)\s+la\s+responsabilité\s+"
    r"(?:d'ensemble|globale|générale|politique|principale)|"
    r"dirigirá|coordina|coordinará|lidera|liderará)"
)

_PLAN_OBJECT = re.compile(
    r"\b(?:plan|PAN|NAP|action plan|strategy|stratégie|estrategia|implementation|mise en œuvre|"
    r"implementación|ejecución)\b",
    re.IGNORECASE,
)

_BY_AGENT = re.compile(
    r"\b(?:coordination|implementation|leadership|mise en œuvre|pilotage|conduite|direction|"
    r"coordinación|implementación)\b[^.;]{0,80}?\s(?:is|shall be|will be|est|sera|es|será)\s+"
    r"(?:carried out|ensured|led|provided|undertaken|assurée?|conduite?|dirigée?|realizada|"
    r"dirigida|liderada)\s+(?:by|par|por)\s+(?:the\s+|le\s+|la\s+|l'|el\s+)?(?P<acr>\S+?)"
    r"(?=[\s,.;]|$)",
    re.IGNORECASE,
)


def _acronym_leads(
    sentences: list[Sentence], lex: Lexicon, defined: dict[str, str]
) -> tuple[Sentence, str, str] | None:
    leads = {
        acr: exp
        for acr, exp in defined.items()
        if _INSTITUTION_WORD.match(exp)
        or (_INSTITUTION_ANY.search(exp) and not _STEERING.search(exp))
        or _by_its_field(exp, lex)
    }
    if not leads:
        return None
    names = "|".join(re.escape(a) for a in sorted(leads, key=len, reverse=True))
    subject = re.compile(
        r"^(?:(?:the|le|la|l'|el)\s*)?(?P<acr>(?-i:" + names + r"))\b"
        # « La DSH du DRE … »: a division of a department, both by their acronyms.
        r"(?:\s+(?P<of>du|de la|de l'|of the)\s*(?P<acr2>(?-i:" + names + r"))\b)?"
        r"(?:\s*\([^()]{2,60}\))?(?:,\s+[^,;.]{3,120},)?\s+" + _LEAD_VERB + r"\b(?P<rest>.*)$",
        re.IGNORECASE,
    )
    for s in sentences:
        if s.row or not _usable(s, lex):
            continue
        m = subject.match(s.read)
        if m is not None and _PLAN_OBJECT.search(m.group("rest")):
            name = _clean_name(leads[m.group("acr")])
            if m.group("acr2"):
                name += f" {m.group('of')} {_clean_name(leads[m.group('acr2')])}".replace("' ", "'")
            return s, m.group("acr"), name
        by = _BY_AGENT.search(s.read)
        if by is not None and by.group("acr") in leads:
            return s, by.group("acr"), _clean_name(leads[by.group("acr")])
    return None
