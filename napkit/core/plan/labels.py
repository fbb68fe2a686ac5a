"""Words for the plan vocabulary's codes, for readers ("non_cumulative" → "non-cumulative").

Codes stay as they are in plan files and exports; pages and reports show these words,
translated where a translation exists.
"""

from __future__ import annotations

from napkit.core.i18n import N_, _
from napkit.core.plan.model import builtin_dimensions

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
}


def words(code: object) -> str:
    """The reader's words for a vocabulary code (the code itself, tidied, if unknown)."""
    text = str(getattr(code, "value", code))
    found = WORDS.get(text)
    return _(found) if found else text.replace("_", " ")


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
