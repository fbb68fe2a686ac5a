"""Words for the plan vocabulary's codes, for readers ("non_cumulative" → "non-cumulative").

Codes stay as they are in plan files and exports; pages and reports show these words,
translated where a translation exists.
"""

from __future__ import annotations

from enum import Enum

from napkit.core.i18n import N_, _
from napkit.core.plan.model import TierNames, builtin_dimensions
from napkit.core.plan.vocabulary import GenderMarker

WORDS: dict[str, str] = {
    # plan status and kind
    "draft": N_("draft"),
    "active": N_("active"),
    "expired": N_("expired"),
    "superseded": N_("superseded"),
    "national": N_("national"),
    "provincial": N_("provincial"),
    "local": N_("local"),
    "departmental": N_("departmental"),
    "regional": N_("regional"),
    "domestic": N_("domestic"),
    "international": N_("international"),
    "both": N_("at home and abroad"),
    "no_conflict": N_("no conflict"),
    "conflict": N_("conflict"),
    "post_conflict": N_("post-conflict"),
    "design": N_("design"),
    "implementation": N_("implementation"),
    "review": N_("review"),
    "evaluation": N_("evaluation"),
    "adopted": N_("adopted"),
    "partly_adopted": N_("partly adopted"),
    "not_adopted": N_("not adopted"),
    "under_consideration": N_("under consideration"),
    "low": N_("low"),
    "medium": N_("medium"),
    "high": N_("high"),
    # indicators
    "number": N_("number"),
    "percentage": N_("percentage"),
    "yes_no": N_("yes or no"),
    "ordinal": N_("scale of levels"),
    "narrative": N_("narrative"),
    "increase": N_("increase"),
    "decrease": N_("decrease"),
    "maintain": N_("maintain"),
    "non_cumulative": N_("sum within each period"),
    "cumulative": N_("running total"),
    "latest": N_("latest value"),
    "monthly": N_("monthly"),
    "quarterly": N_("quarterly"),
    "semi_annual": N_("twice a year"),
    "annual": N_("annual"),
    "biennial": N_("every two years"),
    "once": N_("once"),
    "ad_hoc": N_("as needed"),
    "un_1325": N_("UN global indicators on 1325"),
    "eu_1325": N_("EU indicators on 1325"),
    # organisations
    "government": N_("government"),
    "civil_society": N_("civil society"),
    "academia": N_("academia"),
    "private": N_("private sector"),
    "other": N_("other"),
    # progress status (indicators) and activity status
    "achieved": N_("achieved"),
    "on_track": N_("on track"),
    "at_risk": N_("at risk"),
    "off_track": N_("off track"),
    "no_data": N_("no data"),
    "completed": N_("completed"),
    "delayed": N_("delayed"),
    "not_started": N_("not started"),
    "cancelled": N_("cancelled"),
    "unreported": N_("not reported"),
    # scorecard outcomes
    "pass": N_("pass"),
    "partial": N_("partial"),
    "fail": N_("fail"),
    "not_applicable": N_("not applicable"),
    "not_stated": N_("not stated"),
    # headline findings
    "yes": N_("yes"),
    "no": N_("no"),
    # budget status scale
    "none": N_("none"),
    "mentioned": N_("mentioned"),
    "costed": N_("costed"),
    "allocated": N_("allocated"),
    "appropriated": N_("appropriated"),
    "disbursed": N_("disbursed"),
    "spent": N_("spent and tracked"),
    # funding types
    "national_budget": N_("national budget"),
    "subnational_budget": N_("subnational budget"),
    "oda": N_("official development assistance"),
    "donor": N_("donor funding"),
    # action items and activities
    "open": N_("open"),
    "done": N_("done"),
    "dropped": N_("dropped"),
    "planned": N_("planned"),
    "ongoing": N_("ongoing"),
    "monitoring": N_("monitoring"),
    "sdg": N_("Sustainable Development Goals"),
    # consultation formats
    "workshop": N_("workshop"),
    "meeting": N_("meeting"),
    "hearing": N_("hearing"),
    "online": N_("online"),
    "survey": N_("survey"),
    "written_submissions": N_("written submissions"),
    # the coordinator's resourcing
    "dedicated": N_("dedicated staff or budget"),
    "part_time": N_("part-time staff"),
    "added_to_existing": N_("added to existing duties"),
    # endorsement
    "head_of_state": N_("head of state"),
    "head_of_government": N_("head of government"),
    "cabinet": N_("cabinet"),
    "parliament": N_("parliament"),
    "minister": N_("minister"),
    "senior_official": N_("senior official"),
    # levels of the results chain
    "objective": N_("objective"),
    "outcome": N_("outcome"),
    "output": N_("output"),
    "activity": N_("activity"),
}

# The OECD-DAC gender equality policy marker, a number with its meaning.
GENDER_MARKERS: dict[int, str] = {
    0: N_("0 — not targeted"),
    1: N_("1 — significant objective"),
    2: N_("2 — principal objective"),
}
# The names napkit gives the levels of a results chain when a plan names none.
TIER_DEFAULTS: dict[str, str] = {
    "objective": N_("Objective"),
    "outcome": N_("Outcome"),
    "output": N_("Output"),
    "activity": N_("Activity"),
}


def words(code: object) -> str:
    """The reader's words for a vocabulary code (the code itself, tidied, if unknown)."""
    text = str(getattr(code, "value", code))
    found = WORDS.get(text)
    return _(found) if found else text.replace("_", " ")


def choice_words(member: Enum) -> str:
    """An enumeration member as a form offers it: a gender marker "2 — principal objective",
    any other in words."""
    if isinstance(member, GenderMarker):
        return _(GENDER_MARKERS[int(member)])
    return words(member.value)


def gender_marker_words(value: object) -> str:
    """A gender marker (0, 1, 2) with its meaning; "" when there is none."""
    try:
        return _(GENDER_MARKERS[int(str(getattr(value, "value", value)))])
    except (KeyError, ValueError):
        return "" if value is None else str(value)


def tier_name(names: TierNames, tier: str) -> str:
    """What a plan calls a level of its results chain; napkit's own name (the plan named
    none) in the reader's language."""
    name = str(getattr(names, tier, tier))
    default = TIER_DEFAULTS.get(tier)
    return _(default) if default is not None and name == default else name


def tier_names(names: TierNames) -> TierNames:
    """A plan's names for the levels of its results chain, as readers see them."""
    return TierNames(**{t: tier_name(names, t) for t in TierNames.model_fields})


def dimension_words(name: str) -> str:
    """The name of a built-in dimension or category in the reader's language; a plan's own
    names stay as the plan wrote them."""
    builtin = {d.name for d in builtin_dimensions()} | {
        c.name for d in builtin_dimensions() for c in d.categories
    }
    return _(name) if name in builtin else name


# Field names in the plan file, for readers of a diff or the audit trail.
FIELDS: dict[str, str] = {
    "metadata": N_("plan details"),
    "framework": N_("framework"),
    "budget": N_("budget"),
    "monitoring": N_("monitoring"),
    "governance": N_("governance"),
    "baseline_study": N_("baseline study"),
    "target": N_("end target"),
    "milestones": N_("milestone"),
    "baseline": N_("baseline"),
    "value": N_("value"),
    "date": N_("date"),
    "source": N_("source"),
    "revision_reason": N_("reason for the revision"),
    "responsibility": N_("responsibility"),
    "lead": N_("lead organisation"),
    "supporting": N_("supporting organisations"),
    "contact": N_("contact point"),
    "parent": N_("place in the results chain"),
    "title": N_("title"),
    "short_title": N_("short title"),
    "name": N_("name"),
    "description": N_("description"),
    "definition": N_("definition"),
    "amount": N_("amount"),
    "currency": N_("currency"),
    "status": N_("status"),
    "fiscal_year": N_("fiscal year"),
    "funding_source": N_("funding source"),
    "funding_type": N_("funding type"),
    "gender_marker": N_("gender marker"),
    "start": N_("start"),
    "end": N_("end"),
    "pillars": N_("pillars"),
    "unit": N_("unit"),
    "direction": N_("direction"),
    "aggregation": N_("aggregation"),
    "measure": N_("measure"),
    "disaggregation": N_("disaggregation"),
    "frequency": N_("frequency"),
    "method": N_("method"),
    "responsible": N_("responsible organisation"),
    "review_date": N_("review date"),
    "label": N_("label"),
    "note": N_("note"),
}


def field_words(path: str) -> str:
    """A field path in words: "milestones[1].value" → "milestone 2 · value"."""
    parts = []
    for segment in path.split("."):
        name, _bracket, index = segment.partition("[")
        word = _(FIELDS[name]) if name in FIELDS else name.replace("_", " ")
        parts.append(f"{word} {int(index.rstrip(']')) + 1}" if index else word)
    return " · ".join(parts)
