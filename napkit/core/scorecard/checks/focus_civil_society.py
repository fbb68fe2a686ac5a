"""Criteria 1 (internal and external focus) and 2 (cooperation with civil society)."""

from __future__ import annotations

from napkit.core import plan as core
from napkit.core.scorecard.catalogue import check
from napkit.core.scorecard.context import Context
from napkit.core.scorecard.findings import (
    Finding,
    failed,
    ids,
    not_applicable,
    partial,
    passed,
    plural,
    refs,
)
from napkit.core.scorecard.model import ItemRef
from napkit.core.vocabulary import BodyFunction, Focus, PlanStage


def consultation_ref(c: core.Consultation) -> ItemRef:
    return ItemRef(id=c.id, kind="consultation", label=c.title)


def body_ref(b: core.CoordinationBody) -> ItemRef:
    return ItemRef(id=b.id, kind="coordination_body", label=b.name)


@check("1.1", "focus", "Domestic and international actions both present")
def both_spheres(ctx: Context) -> Finding:
    """Activities (or, failing that, their objectives) say whether they act at home, abroad or
    both; the plan passes when both spheres are present."""
    home = [a for a in ctx.activities if ctx.focus_of(a) in (Focus.DOMESTIC, Focus.BOTH)]
    abroad = [a for a in ctx.activities if ctx.focus_of(a) in (Focus.INTERNATIONAL, Focus.BOTH)]
    advice = (
        "Plan actions in both spheres and mark each activity's focus: at home (national "
        "capacity, domestic protection) and abroad (peace processes, missions, aid)."
    )
    if home and abroad:
        return passed(
            f"{plural(len(home), 'activity', 'activities')} act at home and {len(abroad)} abroad.",
            refs(home + [a for a in abroad if a not in home]),
        )
    stated = ctx.plan.framework.focus
    if not home and not abroad:
        if stated is Focus.BOTH:
            return partial(
                0.5,
                "The plan states a domestic and international focus, but no "
                "activity or objective says where it acts.",
                "Mark each activity's focus (domestic, international or both).",
            )
        if stated is not None:
            return failed(f"The plan's focus is {stated.value} only.", advice)
        return failed("No activity or objective says whether it acts at home or abroad.", advice)
    present, missing = ("domestic", "international") if home else ("international", "domestic")
    found = home or abroad
    return failed(
        f"All {plural(len(found), 'activity', 'activities')} with a stated focus are "
        f"{present}; none is {missing}.",
        advice,
    )


@check("1.2", "focus", "National capacity built")
def national_capacity(ctx: Context) -> Finding:
    """Activities that build expertise at home: training, expert pools and rosters, gender
    advisers (tagged `training` or `expert_pool`, or saying so in their title)."""
    building = [a for a in ctx.activities if ctx.builds_capacity(a)]
    home = [a for a in building if ctx.focus_of(a) in (None, Focus.DOMESTIC, Focus.BOTH)]
    advice = (
        "Plan training, an expert pool or roster and gender advisers at home: without "
        "national capacity the plan cannot deliver abroad either."
    )
    if home:
        return passed(
            f"{plural(len(home), 'activity', 'activities')} build national capacity: "
            f"{ids(refs(home))}",
            refs(home),
        )
    if building:
        return partial(
            0.5,
            f"Capacity is built abroad only: {ids(refs(building))}",
            advice,
            passing=refs(building),
        )
    if not ctx.activities:
        return failed("The plan has no activities, so none builds capacity.", advice)
    return failed(
        "No activity builds national capacity (training, expert pools, gender advisers).", advice
    )


@check("2.1", "civil_society", "Civil society took part in design")
def civil_society_in_design(ctx: Context) -> Finding:
    """Consultations while the plan was designed, with civil-society participants or inputs."""
    found = ctx.design_consultations_with_cso
    advice = (
        "Consult civil society while drafting — workshops, written submissions, an "
        "online survey — and record who took part and how each input was addressed."
    )
    if found:
        people = sum(c.participants.civil_society for c in found if c.participants)
        count = f" ({people} civil-society participants)" if people else ""
        return passed(
            f"{plural(len(found), 'design consultation')} included civil "
            f"society{count}: {', '.join(c.id for c in found)}",
            [consultation_ref(c) for c in found],
        )
    consultations = ctx.plan.consultations
    later = [c for c in consultations if ctx.cso_took_part(c)]
    if later:
        return partial(
            0.5,
            "Civil society was consulted, but not while the plan was designed: "
            f"{', '.join(c.id for c in later)}",
            advice,
            passing=[consultation_ref(c) for c in later],
        )
    if consultations:
        return failed(
            f"{plural(len(consultations), 'consultation')} recorded, none with civil society.",
            advice,
            [consultation_ref(c) for c in consultations],
        )
    return failed("No consultation is recorded.", advice)


@check("2.2", "civil_society", "Civil society on the coordination body")
def civil_society_in_body(ctx: Context) -> Finding:
    """A coordination body counts civil-society members (by their organisation's type or a
    member's sector); members who are only observers count half."""
    bodies = ctx.plan.governance.bodies
    advice = (
        "Give civil society seats on the coordination body, as members with a vote, "
        "not only as observers."
    )
    if not bodies:
        return failed("No coordination body is described.", advice)
    with_cso = ctx.bodies_with_cso
    if not with_cso:
        return failed(
            f"None of the {plural(len(bodies), 'coordination body', 'coordination bodies')}"
            " has a civil-society member.",
            advice,
            [body_ref(b) for b in bodies],
        )
    full = [b for b in with_cso if any(_cso_member_votes(ctx, b, m) for m in b.members)]
    if full:
        return passed(
            f"Civil society sits on {', '.join(b.name for b in full)}.", [body_ref(b) for b in full]
        )
    return partial(
        0.5,
        "Civil society attends the coordination body as observers only.",
        advice,
        passing=[body_ref(b) for b in with_cso],
    )


def _cso_member_votes(ctx: Context, body: core.CoordinationBody, member: core.Member) -> bool:
    cso = member.organisation in ctx.cso or (
        member.sector is not None and member.sector.value == "civil_society"
    )
    return cso and "observ" not in (member.role or "").lower()


@check("2.3", "civil_society", "Civil society in implementation")
def civil_society_in_implementation(ctx: Context) -> Finding:
    """Civil-society organisations lead activities (pass) or support them (partial)."""
    if not ctx.activities:
        return not_applicable("The plan has no activities.")
    advice = (
        "Give civil-society organisations activities to lead, with the resources to do "
        "them, not only supporting roles."
    )
    if ctx.cso_leads:
        return passed(
            f"Civil society leads {plural(len(ctx.cso_leads), 'activity', 'activities')}"
            f": {ids(refs(ctx.cso_leads))}",
            refs(ctx.cso_leads),
        )
    if ctx.cso_supports:
        return partial(
            0.5,
            "Civil society supports "
            f"{plural(len(ctx.cso_supports), 'activity', 'activities')} but leads none.",
            advice,
            passing=refs(ctx.cso_supports),
        )
    return failed("No activity is led or supported by a civil-society organisation.", advice)


def monitors(body: core.CoordinationBody) -> bool:
    """A body monitors when it says so, or when it lists no functions (a general body)."""
    return not body.functions or bool(
        {BodyFunction.MONITORING, BodyFunction.EVALUATION} & set(body.functions)
    )


@check("2.4", "civil_society", "Civil society in monitoring and evaluation")
def civil_society_in_me(ctx: Context) -> Finding:
    """Civil society sits on a body that monitors or evaluates, or collects, analyses or
    reports indicator data; taking part in a review consultation counts half."""
    advice = (
        "Give civil society a role in monitoring: a seat on the body that reviews "
        "progress, data it collects or reports, or a shadow assessment beside the "
        "government's."
    )
    bodies = [b for b in ctx.bodies_with_cso if monitors(b)]
    roles = [i for i in ctx.indicators if _cso_data_role(ctx, i.indicator)]
    if bodies or roles:
        parts = []
        if bodies:
            parts.append(f"sits on {', '.join(b.name for b in bodies)}")
        if roles:
            parts.append(f"has a data role for {plural(len(roles), 'indicator')}")
        return passed(
            f"Civil society {' and '.join(parts)}.", [body_ref(b) for b in bodies] + refs(roles)
        )
    reviews = [
        c
        for c in ctx.plan.consultations
        if c.stage in (PlanStage.REVIEW, PlanStage.EVALUATION) and ctx.cso_took_part(c)
    ]
    if reviews:
        return partial(
            0.5,
            "Civil society took part in reviews "
            f"({', '.join(c.id for c in reviews)}) but has no standing monitoring role.",
            advice,
            passing=[consultation_ref(c) for c in reviews],
        )
    return failed("Civil society has no role in monitoring or evaluation.", advice)


def _cso_data_role(ctx: Context, indicator: core.Indicator) -> bool:
    roles = indicator.data_roles
    named = {indicator.responsible}
    if roles is not None:
        named |= {roles.collects, roles.analyses, roles.reports}
    return bool(named & ctx.cso)


@check("2.5", "civil_society", "Written rules for the cooperation")
def cooperation_rules(ctx: Context) -> Finding:
    """Rules of engagement between government and civil society are written down; terms of
    reference alone count half."""
    bodies = ctx.plan.governance.bodies
    advice = (
        "Write down how government and civil society work together: who is invited, how "
        "positions are taken, how disagreements are recorded, who pays for participation."
    )
    ruled = [b for b in bodies if b.rules_of_engagement]
    if ruled:
        return passed(
            f"Rules of engagement are written for {', '.join(b.name for b in ruled)}.",
            [body_ref(b) for b in ruled],
        )
    referenced = [b for b in bodies if b.terms_of_reference]
    if referenced:
        return partial(
            0.5,
            "Terms of reference exist, but no rules for the cooperation with civil society.",
            advice,
            passing=[body_ref(b) for b in referenced],
        )
    return failed("No written rules for cooperating with civil society.", advice)
