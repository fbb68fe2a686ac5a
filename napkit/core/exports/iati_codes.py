"""IATI 2.03 codes for napkit's vocabulary, and the checks of a written activity file against
the IATI reference files shipped with the project (the XML schema and the codelists in
``napkit/core/data/iati``; see PROVENANCE.md there).

The XSD only checks structure and data types: to it every code is a string. So the coded
attributes the exporter writes are checked separately, against the codelists' active codes.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from napkit.core.plan import walk
from napkit.core.plan.model import Activity, Organisation, Plan
from napkit.core.plan.vocabulary import (
    CatalogueSet,
    Focus,
    FundingType,
    GenderMarker,
    GovernmentLevel,
    Measure,
    OrganisationType,
    PlanStatus,
    Tier,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "iati"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# --- napkit → IATI codes ------------------------------------------------------------

# OrganisationRole
FUNDING, ACCOUNTABLE, EXTENDING, IMPLEMENTING = "1", "2", "3", "4"
# ActivityDateType
PLANNED_START, ACTUAL_START, PLANNED_END = "1", "2", "3"
# TransactionType: what the approved spending reports give (allocated, disbursed, spent)
COMMITMENT, DISBURSEMENT, EXPENDITURE = "2", "3", "4"
# BudgetType and BudgetStatus
ORIGINAL, INDICATIVE, COMMITTED = "1", "1", "2"
# SectorVocabulary and PolicyMarkerVocabulary 1 are both the OECD DAC CRS lists.
DAC = "1"
GENDER_EQUALITY = "1"  # PolicyMarker
PRINCIPAL, SIGNIFICANT = "2", "1"  # PolicySignificance

ORGANISATION_TYPE = {
    OrganisationType.GOVERNMENT: "10",  # Government (11 Local Government: see below)
    OrganisationType.CIVIL_SOCIETY: "22",  # National NGO (21/24 for foreign ones: see below)
    OrganisationType.ACADEMIA: "80",  # Academic, Training and Research
    OrganisationType.INTERNATIONAL: "40",  # Multilateral
    OrganisationType.PRIVATE: "70",  # Private Sector
    OrganisationType.OTHER: "90",  # Other
}

# IndicatorMeasure: yes/no is a two-category nominal scale; ordinal levels keep their order.
MEASURE = {
    Measure.NUMBER: "1",  # Unit
    Measure.PERCENTAGE: "2",  # Percentage
    Measure.YES_NO: "3",  # Nominal
    Measure.ORDINAL: "4",  # Ordinal
    Measure.NARRATIVE: "5",  # Qualitative
}

# ResultType. An objective is the top of a NAP's results chain, the long-term change the
# plan seeks: IATI calls that Impact. napkit's (optional) outcome tier is Outcome.
RESULT_TYPE = {Tier.OBJECTIVE: "3", Tier.OUTCOME: "2", Tier.OUTPUT: "1"}

# IndicatorVocabulary: only the SDG indicators have a vocabulary of their own (9). The UN and
# EU 1325 indicator sets have none, and 99 (Reporting Organisation) would claim the codes
# as the plan owner's, so references to them are left out.
INDICATOR_VOCABULARY = {CatalogueSet.SDG: "9"}
# ResultVocabulary and IndicatorVocabulary 99: the plan's own ids for its results and
# indicators (the plan owner's codes, which 99 is for).
OWN = "99"

# DAC 5-digit purpose codes (Sector, vocabulary 1). A WPS plan is both a peace-and-security
# and a gender-equality programme: 15220 "Civilian peace-building, conflict prevention and
# resolution" covers women's participation in peace processes, prevention and recovery;
# 15170 "Women's rights organisations and movements, and government institutions" covers
# the gender machinery and women's organisations a NAP works through. 15180 (ending
# violence against women and girls) fits only the protection pillar, so it is not claimed
# for the whole plan. Plans do not code their actions by sector, so the split is even: a
# nominal share, not a measured one.
SECTORS = (("15220", "50"), ("15170", "50"))


def organisation_type(org: Organisation, plan: Plan) -> str:
    """The OrganisationType code: provincial and local government are Local Government;
    a civil-society organisation from a focus country is a Partner Country based NGO, one
    from any other foreign country an International NGO."""
    if org.type is OrganisationType.GOVERNMENT and org.level in (
        GovernmentLevel.PROVINCIAL,
        GovernmentLevel.LOCAL,
    ):
        return "11"
    if org.type is OrganisationType.CIVIL_SOCIETY and org.country not in (
        None,
        plan.metadata.country,
    ):
        return "24" if org.country in plan.framework.focus_countries else "21"
    return ORGANISATION_TYPE[org.type]


def activity_status(plan: Plan, today: date) -> str:
    """The ActivityStatus code from the plan's status and period, as of ``today``.

    An expired plan is in Finalisation (3) while its final evaluation is still to come,
    else Closed (4); a superseded one is Closed. An active plan is in Implementation (2),
    but Pipeline (1) before its period starts and Finalisation after it ends.
    """
    meta = plan.metadata
    if meta.status is PlanStatus.DRAFT:
        return "1"
    if meta.status is PlanStatus.SUPERSEDED:
        return "4"
    if meta.status is PlanStatus.EXPIRED:
        evaluation = plan.monitoring.final_evaluation
        return "3" if evaluation is not None and evaluation > today else "4"
    if meta.period is not None and today < meta.period.start:
        return "1"
    if meta.period is not None and today > meta.period.end:
        return "3"
    return "2"


_BUDGET_ROLE = {
    FundingType.ODA: FUNDING,
    FundingType.DONOR: FUNDING,
    FundingType.NATIONAL_BUDGET: EXTENDING,
    FundingType.SUBNATIONAL_BUDGET: EXTENDING,
}


def roles(plan: Plan) -> dict[str, set[str]]:
    """The OrganisationRole codes of each organisation: the lead is accountable; those who
    lead or support actions implement; holders of ODA or donor-funded budget lines fund;
    holders of national or subnational budget lines extend (they manage public money for
    the plan on the government's behalf); any other organisation the plan names implements,
    as one of its partners."""
    found: dict[str, set[str]] = defaultdict(set)
    if plan.metadata.lead_organisation:
        found[plan.metadata.lead_organisation].add(ACCOUNTABLE)
    for ref in walk.activities(plan):
        if isinstance(ref.item, Activity):
            who = ref.item.responsibility
            for org in (who.lead, *who.supporting):
                if org:
                    found[org].add(IMPLEMENTING)
    for line in (b.line for b in walk.budget_lines(plan)):
        role = _BUDGET_ROLE.get(line.funding_type) if line.funding_type else None
        if line.organisation and role:
            found[line.organisation].add(role)
    for listed in plan.organisations:
        if not found[listed.id]:
            found[listed.id].add(IMPLEMENTING)
    return found


def _recipients(plan: Plan) -> list[str]:
    """The plan's country when it works at home, its focus countries when it works abroad."""
    focus = plan.framework.focus
    found = []
    if focus in (None, Focus.DOMESTIC, Focus.BOTH):
        found.append(plan.metadata.country)
    if focus in (Focus.INTERNATIONAL, Focus.BOTH):
        found += [c for c in dict.fromkeys(plan.framework.focus_countries) if c not in found]
    return found


def _even_shares(count: int) -> list[Decimal]:
    """Percentages with two decimals adding up to exactly 100."""
    share = (Decimal(100) / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    shares = [share] * count
    shares[0] += Decimal(100) - share * count
    return shares


def recipient_countries(plan: Plan) -> list[tuple[str, Decimal]]:
    """Recipient countries and percentages. A plan does not divide its effort by country,
    so several countries share 100% evenly: nominal shares, not measured ones."""
    countries = _recipients(plan)
    return list(zip(countries, _even_shares(len(countries) or 1), strict=False))


def gender_significance(plan: Plan) -> str:
    """PolicySignificance of the gender equality marker. A WPS plan has gender equality as
    its principal objective by definition, unless its budget lines' own markers say
    otherwise: principal when most of the marked budget is principal (by amount when every
    marked line has one, in one currency; else by count), significant if not."""
    marked = [b.line for b in walk.budget_lines(plan) if b.line.gender_marker is not None]
    currencies = {line.currency or plan.budget.currency for line in marked}
    by_amount = len(currencies) == 1 and all(line.amount for line in marked)
    weights = [(line.gender_marker, (line.amount or 0) if by_amount else 1) for line in marked]
    total = sum(Decimal(w) for _, w in weights)
    principal = sum(Decimal(w) for m, w in weights if m is GenderMarker.PRINCIPAL)
    if not marked or principal * 2 > total:
        return PRINCIPAL
    return SIGNIFICANT


# DocumentCategory, from napkit's free-text document kind (first match wins).
_DOCUMENT_KINDS = (
    ("budget", "A05"),  # Budget
    ("result", "A08"),  # Results, outcomes and outputs
    ("report", "A07"),  # Review of project performance and evaluation
    ("evaluation", "A07"),
    ("review", "A07"),
    ("web", "A12"),  # Activity web page
)


def document_category(kind: str | None) -> str:
    """Progress, shadow and evaluation reports are reviews of performance (A07); the plan
    itself and anything unrecognised states the activity's objectives (A02)."""
    text = (kind or "").lower()
    return next((code for word, code in _DOCUMENT_KINDS if word in text), "A02")


# --- checking a written file ------------------------------------------------------------


def _parse(xml: bytes) -> etree._Element:
    # The file may come from elsewhere: no entities, no network.
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(xml, parser)


@cache
def _schema() -> etree.XMLSchema:
    # Parsed from its file so that the relative include and import resolve beside it.
    return etree.XMLSchema(etree.parse(str(DATA / "iati-activities-schema.xsd")))


# An XMLSchema keeps one error log per instance: validations must not interleave.
_SCHEMA_LOCK = threading.Lock()


def schema_errors(xml: bytes) -> list[str]:
    """Where ``xml`` breaks the IATI 2.03 activity schema, one located message per error."""
    try:
        root = _parse(xml)
    except etree.XMLSyntaxError as exc:
        return [f"line {exc.lineno}: not well-formed XML: {exc.msg}"]
    with _SCHEMA_LOCK:
        schema = _schema()
        if schema.validate(root):
            return []
        log: Any = schema.error_log  # lxml-stubs declare no members for the error log
        return [f"line {e.line}: {e.message}" for e in log]


@cache
def active_codes(codelist: str) -> frozenset[str]:
    """The codes of a shipped codelist that are in use (an item without status is active)."""
    tree = etree.parse(str(DATA / "codelists" / f"{codelist}.xml"))
    return frozenset(
        (item.findtext("code") or "").strip()
        for item in tree.iter("codelist-item")
        if item.get("status", "active") == "active"
    )


@dataclass(frozen=True)
class Coded:
    """A coded attribute: ``path`` is the element, optionally under its parent
    ("document-link/category"); ``when`` limits the check to one vocabulary, with the
    vocabulary's IATI default when the attribute is absent."""

    path: str
    attribute: str
    codelist: str
    when: tuple[str, str, str] | None = None  # (attribute, required value, default)

    def applies(self, element: etree._Element) -> bool:
        *parent, tag = self.path.split("/")
        if element.tag != tag:
            return False
        above = element.getparent()
        if parent and (above is None or above.tag != parent[0]):
            return False
        if self.when is None:
            return True
        name, wanted, default = self.when
        return element.get(name, default) == wanted


_DAC_ONLY = ("vocabulary", DAC, DAC)
CODED = (
    Coded("iati-activity", "default-currency", "Currency"),
    Coded("reporting-org", "type", "OrganisationType"),
    Coded("participating-org", "role", "OrganisationRole"),
    Coded("participating-org", "type", "OrganisationType"),
    Coded("participating-org", "crs-channel-code", "CRSChannelCode"),
    Coded("activity-status", "code", "ActivityStatus"),
    Coded("activity-date", "type", "ActivityDateType"),
    Coded("sector", "vocabulary", "SectorVocabulary"),
    Coded("sector", "code", "Sector", _DAC_ONLY),
    Coded("policy-marker", "vocabulary", "PolicyMarkerVocabulary"),
    Coded("policy-marker", "code", "PolicyMarker", _DAC_ONLY),
    Coded("policy-marker", "significance", "PolicySignificance"),
    Coded("budget", "type", "BudgetType"),
    Coded("budget", "status", "BudgetStatus"),
    Coded("value", "currency", "Currency"),
    Coded("transaction-type", "code", "TransactionType"),
    Coded("provider-org", "type", "OrganisationType"),
    Coded("receiver-org", "type", "OrganisationType"),
    Coded("document-link/category", "code", "DocumentCategory"),
    Coded("related-activity", "type", "RelatedActivityType"),
    Coded("result", "type", "ResultType"),
    Coded("result/reference", "vocabulary", "ResultVocabulary"),
    Coded("indicator", "measure", "IndicatorMeasure"),
    Coded("indicator/reference", "vocabulary", "IndicatorVocabulary"),
)


def codelist_errors(xml: bytes) -> list[str]:
    """Every coded attribute of ``xml`` whose value is not an active code of its codelist."""
    try:
        root = _parse(xml)
    except etree.XMLSyntaxError as exc:
        return [f"line {exc.lineno}: not well-formed XML: {exc.msg}"]
    errors = []
    for element in root.iter():
        if not isinstance(element.tag, str):  # comments and processing instructions
            continue
        for coded in CODED:
            value = element.get(coded.attribute)
            if value is None or not coded.applies(element):
                continue
            if value not in active_codes(coded.codelist):
                errors.append(
                    f"line {element.sourceline}: {coded.path}/@{coded.attribute} = {value!r} "
                    f"is not an active code of the IATI {coded.codelist} codelist"
                )
    return errors
