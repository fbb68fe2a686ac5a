"""A draft plan file of what the document states, to be reviewed and completed by a person.

It is marked ``transcribed``: what it leaves out, the document does not state, so its
scorecard says "not stated" rather than "absent". Each finding's answer goes into the plan's
``statements`` with its quoted evidence and "page N" as source, so the draft's headline
findings agree with the screening's.
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from datetime import date
from pathlib import PurePath

import pycountry

from napkit.core.i18n import _
from napkit.core.plan import model as core
from napkit.core.plan.vocabulary import BudgetStatus, Focus, Frequency
from napkit.core.screening.edition import own_edition
from napkit.core.screening.result import Finding

UNKNOWN_COUNTRY = "XX"
"""ISO 3166-1 leaves XA–XZ to users; "XX" is the usual "unknown" among them. The plan file
accepts any two capitals, and ``countries.name`` shows an unknown code as itself."""

_STATEMENT_FINDINGS = (
    "indicators",
    "baselines_targets",
    "me_framework",
    "regular_reporting",
    "public_reporting",
    "cs_design",
    "cs_implementation_monitoring",
    "coordination_mechanism",
    "cs_on_coordination",
)


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )


@functools.cache
def _country_names() -> list[tuple[str, str]]:
    """(folded name, code) in English, French and Spanish, longest first (so "Guinea-Bissau"
    wins over "Guinea")."""
    names: dict[str, str] = {}
    for language in ("en", "fr", "es"):
        tr = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if not value:
                    continue
                for written in (tr.gettext(str(value)), str(value)):
                    names[_fold(written)] = str(c.alpha_2)
                    # "Congo, The Democratic Republic of the" is written the other way round
                    # in a plan: "the Democratic Republic of the Congo".
                    if ", " in written:
                        head, tail = written.split(", ", 1)
                        names[_fold(f"{tail} {head}")] = str(c.alpha_2)
    return sorted(names.items(), key=lambda kv: -len(kv[0]))


@functools.cache
def _country_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each country name of four letters or more as a whole-word pattern, compiled once (there
    are over a thousand: more than the ``re`` module's own cache keeps)."""
    return [
        (re.compile(rf"(?<!\w){re.escape(name)}(?!\w)"), code)
        for name, code in _country_names()
        if len(name) >= 4
    ]


def _countries_named(text: str) -> dict[str, int]:
    """How many times each country is named in the first 3,000 characters of ``text``."""
    head = _fold(text[:3000])
    counts: dict[str, int] = {}
    for pattern, code in _country_patterns():
        hits = len(pattern.findall(head))
        if hits:
            counts[code] = counts.get(code, 0) + hits
            head = pattern.sub(" ", head)
    return counts


def country(pages: list[str]) -> tuple[str | None, str | None]:
    """(ISO code, name) of the country the plan is for, from its first page with text (a
    cover that is only an image leaves page 1 empty)."""
    with_text = [p for p in pages if len(p.strip()) > 40][:3]
    first = with_text[0] if with_text else (pages[0] if pages else "")
    # The cover, and the next pages when the cover names no country (a contents page).
    counts = _countries_named(first) or _countries_named(" ".join(with_text[1:]))
    if counts:
        code = max(counts, key=lambda k: counts[k])
        found = pycountry.countries.get(alpha_2=code)
        if found is None:
            return code, None
        display = str(getattr(found, "common_name", None) or found.name)
        if ", " in display:
            head_name, tail = display.split(", ", 1)
            display = f"{tail} {head_name}"
        return code, display
    named = re.search(
        r"\b((?:Federal |Democratic |Islamic |Socialist )?(?:Republic|Kingdom|Grand Duchy|"
        r"Principality|Islands|République|Royaume|Grand-Duché|República|Reino)"
        r"(?: \w+)?(?: of| de la| de l'| du| de| del| d')? ?[A-ZÁÉÍÓÚ][\w'’-]+(?: [A-Z][\w-]+)?)",
        first[:3000],
        re.IGNORECASE,
    )
    return None, " ".join(named.group(1).split()).title() if named else None


_TITLE = re.compile(
    r"(national action plan|plan d'action national|plan nacional de acción|plan de acción "
    r"nacional|plan d’action national)[^\n]{0,240}",
    re.IGNORECASE,
)
# "2023–2029", "2023 to 2029", "2023 à 2029", "2023 a 2029", and financial years "2021/22 –
# 2024/25" (the last year ends in 2025).
_PERIOD = re.compile(
    r"\b((?:19|20)\d\d)(?:/\d\d)?\s*(?:[-–—/]|\s(?:to|through|à|au|a|al)\s)\s*((?:19|20)\d\d)"
    r"(?:/(\d\d))?\b"
)
_EDITION = {
    1: r"\b(first|premier|primer|I)\s+(national\s+)?(action\s+)?plan\b|\bplan\b.*\bfirst\b",
    2: r"\b(second|deuxième|second|segundo|II)\s+(national\s+)?(action\s+)?(plan|PAN|NAP)\b",
    3: r"\b(third|troisième|tercer|III)\s+(national\s+)?(action\s+)?(plan|PAN|NAP)\b",
    4: r"\b(fourth|quatrième|cuarto|IV)\s+(national\s+)?(action\s+)?(plan|PAN|NAP)\b",
}


def title(pages: list[str], name: str) -> str:
    for text in pages[:2]:
        m = _TITLE.search(text)
        if m:
            return " ".join(m.group(0).split()).rstrip(" .,;:")
    return PurePath(name).stem


def period(pages: list[str]) -> core.Period | None:
    for text in pages[:2]:
        for m in _PERIOD.finditer(text):
            start, end = int(m.group(1)), int(m.group(2))
            end += 1 if m.group(3) else 0
            if start < end <= start + 15:
                return core.Period(start=date(start, 1, 1), end=date(end, 12, 31))
    return None


def edition(pages: list[str]) -> int | None:
    own = own_edition(pages)
    if own is not None:
        return own
    head = " ".join(pages[:3])[:20000]
    for number in (2, 3, 4):  # "second plan" before "first plan", which a later plan cites
        if re.search(_EDITION[number], head):
            return number
    if re.search(r"\b(first|premier|primer) (national )?(action )?plan\b", head, re.IGNORECASE):
        return 1
    return None


def _slug(name: str) -> str:
    stem = _fold(PurePath(name).stem)
    slug = re.sub(r"[^a-z0-9._-]+", "-", stem).strip("-._")[:64]
    return slug or "screened-plan"


def _statement(f: Finding) -> core.Statement | None:
    if f.answer == "not_stated":
        return None
    ev = f.evidence[0] if f.evidence else None
    return core.Statement(
        answer=f.answer,
        evidence=ev.quote if ev else None,
        source=_("page {n}").format(n=ev.page) if ev else None,
    )


def draft(
    name: str, language: str, pages: list[str], findings: dict[str, Finding]
) -> tuple[core.Plan, list[str]]:
    """The draft plan and notes on what it could not fill in."""
    notes: list[str] = []
    code, country_name = country(pages)
    if code is None:
        code = UNKNOWN_COUNTRY
        notes.append(
            _(
                "The country could not be matched to ISO 3166-1 (named: {name}); the draft uses "
                "the user-assigned code XX: set the real code when reviewing."
            ).format(name=country_name or _("not found"))
        )
    statements = {k: _statement(findings[k]) for k in _STATEMENT_FINDINGS}
    budget_finding = findings["budget"]
    budget = core.BudgetSummary()
    if budget_finding.value:
        quote = budget_finding.evidence[0].quote if budget_finding.evidence else None
        budget = core.BudgetSummary(status=BudgetStatus(budget_finding.value), statement=quote)
    budget_statement = _statement(budget_finding)

    pillar_finding = findings["pillars"]
    pillars: list[core.Pillar] = []
    objectives: list[core.Objective] = []
    if pillar_finding.value:
        for n, pillar_name in enumerate(pillar_finding.value.split("; "), start=1):
            pillars.append(core.Pillar(id=f"p{n}", name=pillar_name))
            objectives.append(core.Objective(id=f"o{n}", title=pillar_name, pillars=[f"p{n}"]))
    focus_value = findings["focus"].value
    framework = core.Framework(pillars=pillars, focus=Focus(focus_value) if focus_value else None)
    regular = findings["regular_reporting"]
    monitoring = core.MonitoringArrangements(
        reporting_frequency=_frequency(regular),
        reports_public=findings["public_reporting"].answer == "yes",
        reports_to=["parliament"] if findings["public_reporting"].answer == "partial" else [],
    )
    lead = findings["lead_institution"].value
    plan = core.Plan(
        id=_slug(name),
        metadata=core.PlanMetadata(
            title=title(pages, name),
            country=code,
            country_name=country_name,
            edition=edition(pages),
            period=period(pages),
            languages=[language],
            lead_institution=lead,
            transcribed=True,
            documents=[core.Document(title=PurePath(name).name, kind="plan", language=language)],
        ),
        framework=framework,
        objectives=objectives,
        budget=budget,
        monitoring=monitoring,
        statements=core.Statements(budget=budget_statement, **statements),
    )
    return plan, notes


def _frequency(f: Finding) -> Frequency | None:
    if f.answer != "yes" or not f.evidence:
        return None
    text = " ".join(e.quote for e in f.evidence).casefold()
    if re.search(r"semi-annual|six months|twice a year|semestr|deux fois par an|seis meses", text):
        return Frequency.SEMI_ANNUAL
    if re.search(r"quarterly|trimestr", text):
        return Frequency.QUARTERLY
    return Frequency.ANNUAL
