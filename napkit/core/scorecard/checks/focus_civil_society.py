"""Criteria 1 (internal and external focus) and 2 (cooperation with civil society)."""

from __future__ import annotations

from napkit.core.i18n import N_, _, ngettext
from napkit.core.plan import model as core
from napkit.core.plan.vocabulary import BodyFunction, Focus, InputResponse, PlanStage
from napkit.core.scorecard.catalogue import check
from napkit.core.scorecard.context import CAPACITY_WORDS, Context
from napkit.core.scorecard.findings import (
    Finding,
    failed,
    graded,
    ids,
    others,
    partial,
    passed,
    refs,
)
from napkit.core.scorecard.model import ItemRef


def consultation_ref(c: core.Consultation) -> ItemRef:
    return ItemRef(id=c.id, kind="consultation", label=c.title)


def body_ref(b: core.CoordinationBody) -> ItemRef:
    return ItemRef(id=b.id, kind="coordination_body", label=b.name)


@check("1.1", "focus", N_("Domestic and international actions both present"))
def both_spheres(ctx: Context) -> Finding:
    """Activities (or, failing that, their objectives) say whether they act at home, abroad or
    both; the plan passes when both spheres are present."""
    home = [a for a in ctx.activities if ctx.focus_of(a) in (Focus.DOMESTIC, Focus.BOTH)]
    abroad = [a for a in ctx.activities if ctx.focus_of(a) in (Focus.INTERNATIONAL, Focus.BOTH)]
    advice = _(
        "Plan actions in both spheres and mark each activity's focus: at home (national "
        "capacity, domestic protection) and abroad (peace processes, missions, aid)."
    )
    if home and abroad:
        return passed(
            ngettext(
                "{home} activity act at home and {abroad} abroad.",
                "{home} activities act at home and {abroad} abroad.",
                len(home),
            ).format(home=len(home), abroad=len(abroad)),
            refs(home + others(abroad, home)),
        )
    stated = ctx.plan.framework.focus
    if not ctx.activities:
        # A plan without activities is judged on its objectives' focus and its own.
        spheres = {o.focus for o in ctx.plan.objectives} | {stated}
        if Focus.BOTH in spheres or {Focus.DOMESTIC, Focus.INTERNATIONAL} <= spheres:
            return passed(
                _("The plan acts at home and abroad (its objectives or its stated focus say so).")
            )
    if not home and not abroad:
        if stated is Focus.BOTH:
            return partial(
                0.5,
                _(
                    "The plan states a domestic and international focus, but no "
                    "activity or objective says where it acts."
                ),
                _("Mark each activity's focus (domestic, international or both)."),
            )
        if stated is not None:
            return failed(_("The plan's focus is {focus} only.").format(focus=stated.value), advice)
        return failed(
            _("No activity or objective says whether it acts at home or abroad."),
            advice,
            missing=True,
        )
    if home:
        summary = ngettext(
            "All {n} activity with a stated focus are domestic; none is international.",
            "All {n} activities with a stated focus are domestic; none is international.",
            len(home),
        ).format(n=len(home))
    else:
        summary = ngettext(
            "All {n} activity with a stated focus are international; none is domestic.",
            "All {n} activities with a stated focus are international; none is domestic.",
            len(abroad),
        ).format(n=len(abroad))
    return failed(summary, advice)


@check("1.2", "focus", N_("National capacity built"))
def national_capacity(ctx: Context) -> Finding:
    """Activities that build expertise at home: training, expert pools and rosters, gender
    advisers (tagged `training` or `expert_pool`, or saying so in their title). A plan without
    activities is judged on its objectives and pillars (their titles)."""
    building = [a for a in ctx.activities if ctx.builds_capacity(a)]
    home = [a for a in building if ctx.focus_of(a) in (None, Focus.DOMESTIC, Focus.BOTH)]
    advice = _(
        "Plan training, an expert pool or roster and gender advisers at home: without "
        "national capacity the plan cannot deliver abroad either."
    )
    if home:
        return passed(
            ngettext(
                "{n} activity build national capacity: {ids}",
                "{n} activities build national capacity: {ids}",
                len(home),
            ).format(n=len(home), ids=ids(refs(home))),
            refs(home),
        )
    if building:
        return partial(
            0.5,
            _("Capacity is built abroad only: {ids}").format(ids=ids(refs(building))),
            advice,
            passing=refs(building),
        )
    if not ctx.activities:
        # A plan without activities is judged on its objectives and pillars.
        objectives = [
            o
            for o in ctx.plan.objectives
            if o.focus in (None, Focus.DOMESTIC, Focus.BOTH)
            and CAPACITY_WORDS.search(f"{o.title} {o.description or ''}")
        ]
        pillars = [p for p in ctx.plan.framework.pillars if CAPACITY_WORDS.search(p.name)]
        if objectives or pillars:
            names = [o.title for o in objectives] + [p.name for p in pillars]
            return passed(
                _("The plan builds national capacity: {names}").format(names="; ".join(names))
            )
        return failed(
            _("Neither activities nor objectives build national capacity."), advice, missing=True
        )
    return failed(
        _("No activity builds national capacity (training, expert pools, gender advisers)."),
        advice,
    )


@check("2.1", "civil_society", N_("Civil society took part in design"))
def civil_society_in_design(ctx: Context) -> Finding:
    """Consultations while the plan was designed, with civil-society participants or inputs."""
    found = ctx.design_consultations_with_cso
    advice = _(
        "Consult civil society while drafting — workshops, written submissions, an "
        "online survey — and record who took part and how each input was addressed."
    )
    if found:
        people = sum(c.participants.civil_society for c in found if c.participants)
        n, listed = len(found), ", ".join(c.id for c in found)
        if people:
            summary = ngettext(
                "{n} design consultation included civil society "
                "({people} civil-society participants): {ids}",
                "{n} design consultations included civil society "
                "({people} civil-society participants): {ids}",
                n,
            ).format(n=n, people=people, ids=listed)
        else:
            summary = ngettext(
                "{n} design consultation included civil society: {ids}",
                "{n} design consultations included civil society: {ids}",
                n,
            ).format(n=n, ids=listed)
        return passed(summary, [consultation_ref(c) for c in found])
    consultations = ctx.plan.consultations
    later = [c for c in consultations if ctx.cso_took_part(c)]
    if later:
        return partial(
            0.5,
            _("Civil society was consulted, but not while the plan was designed: {ids}").format(
                ids=", ".join(c.id for c in later)
            ),
            advice,
            passing=[consultation_ref(c) for c in later],
        )
    if consultations:
        return failed(
            ngettext(
                "{n} consultation recorded, none with civil society.",
                "{n} consultations recorded, none with civil society.",
                len(consultations),
            ).format(n=len(consultations)),
            advice,
            [consultation_ref(c) for c in consultations],
        )
    return failed(_("No consultation is recorded."), advice, missing=True)


@check("2.2", "civil_society", N_("Civil society on the coordination body"))
def civil_society_in_body(ctx: Context) -> Finding:
    """A coordination body counts civil-society members (by their organisation's type or a
    member's sector); members who are only observers count half."""
    bodies = ctx.plan.governance.bodies
    advice = _(
        "Give civil society seats on the coordination body, as members with a vote, "
        "not only as observers."
    )
    if not bodies:
        return failed(_("No coordination body is described."), advice, missing=True)
    with_cso = ctx.bodies_with_cso
    if not with_cso:
        return failed(
            ngettext(
                "None of the {n} coordination body has a civil-society member.",
                "None of the {n} coordination bodies has a civil-society member.",
                len(bodies),
            ).format(n=len(bodies)),
            advice,
            [body_ref(b) for b in bodies],
        )
    full = [b for b in with_cso if any(_cso_member_votes(ctx, b, m) for m in b.members)]
    if full:
        return passed(
            _("Civil society sits on {bodies}.").format(bodies=", ".join(b.name for b in full)),
            [body_ref(b) for b in full],
        )
    return partial(
        0.5,
        _("Civil society attends the coordination body as observers only."),
        advice,
        passing=[body_ref(b) for b in with_cso],
    )


def _cso_member_votes(ctx: Context, body: core.CoordinationBody, member: core.Member) -> bool:
    cso = member.organisation in ctx.cso or (
        member.sector is not None and member.sector.value == "civil_society"
    )
    return cso and "observ" not in (member.role or "").lower()


@check("2.3", "civil_society", N_("Civil society in implementation"))
def civil_society_in_implementation(ctx: Context) -> Finding:
    """Civil-society organisations lead activities (pass) or support them (partial)."""
    if not ctx.activities:
        return failed(
            _("The plan has no activities."),
            _("Give civil-society organisations activities to lead."),
            missing=True,
        )
    advice = _(
        "Give civil-society organisations activities to lead, with the resources to do "
        "them, not only supporting roles."
    )
    if ctx.cso_leads:
        return passed(
            ngettext(
                "Civil society leads {n} activity: {ids}",
                "Civil society leads {n} activities: {ids}",
                len(ctx.cso_leads),
            ).format(n=len(ctx.cso_leads), ids=ids(refs(ctx.cso_leads))),
            refs(ctx.cso_leads),
        )
    if ctx.cso_supports:
        return partial(
            0.5,
            ngettext(
                "Civil society supports {n} activity but leads none.",
                "Civil society supports {n} activities but leads none.",
                len(ctx.cso_supports),
            ).format(n=len(ctx.cso_supports)),
            advice,
            passing=refs(ctx.cso_supports),
        )
    return failed(
        _("No activity is led or supported by a civil-society organisation."), advice, missing=True
    )


def monitors(body: core.CoordinationBody) -> bool:
    """A body monitors when it says so, or when it lists no functions (a general body)."""
    return not body.functions or bool(
        {BodyFunction.MONITORING, BodyFunction.EVALUATION} & set(body.functions)
    )


@check("2.4", "civil_society", N_("Civil society in monitoring and evaluation"))
def civil_society_in_me(ctx: Context) -> Finding:
    """Civil society sits on a body that monitors or evaluates, or collects, analyses or
    reports indicator data; taking part in a review consultation counts half."""
    advice = _(
        "Give civil society a role in monitoring: a seat on the body that reviews "
        "progress, data it collects or reports, or a shadow assessment beside the "
        "government's."
    )
    bodies = [b for b in ctx.bodies_with_cso if monitors(b)]
    roles = [i for i in ctx.indicators if _cso_data_role(ctx, i.indicator)]
    if bodies or roles:
        names, n = ", ".join(b.name for b in bodies), len(roles)
        if bodies and roles:
            summary = ngettext(
                "Civil society sits on {bodies} and has a data role for {n} indicator.",
                "Civil society sits on {bodies} and has a data role for {n} indicators.",
                n,
            ).format(bodies=names, n=n)
        elif bodies:
            summary = _("Civil society sits on {bodies}.").format(bodies=names)
        else:
            summary = ngettext(
                "Civil society has a data role for {n} indicator.",
                "Civil society has a data role for {n} indicators.",
                n,
            ).format(n=n)
        return passed(summary, [body_ref(b) for b in bodies] + refs(roles))
    reviews = [
        c
        for c in ctx.plan.consultations
        if c.stage in (PlanStage.REVIEW, PlanStage.EVALUATION) and ctx.cso_took_part(c)
    ]
    if reviews:
        return partial(
            0.5,
            _(
                "Civil society took part in reviews ({ids}) but has no standing monitoring role."
            ).format(ids=", ".join(c.id for c in reviews)),
            advice,
            passing=[consultation_ref(c) for c in reviews],
        )
    return failed(_("Civil society has no role in monitoring or evaluation."), advice, missing=True)


def _cso_data_role(ctx: Context, indicator: core.Indicator) -> bool:
    roles = indicator.data_roles
    named = {indicator.responsible}
    if roles is not None:
        named |= {roles.collects, roles.analyses, roles.reports}
    return bool(named & ctx.cso)


@check("2.5", "civil_society", N_("Written rules for the cooperation"))
def cooperation_rules(ctx: Context) -> Finding:
    """Rules of engagement between government and civil society are written down; terms of
    reference alone count half."""
    bodies = ctx.plan.governance.bodies
    advice = _(
        "Write down how government and civil society work together: who is invited, how "
        "positions are taken, how disagreements are recorded, who pays for participation."
    )
    ruled = [b for b in bodies if b.rules_of_engagement]
    if ruled:
        return passed(
            _("Rules of engagement are written for {bodies}.").format(
                bodies=", ".join(b.name for b in ruled)
            ),
            [body_ref(b) for b in ruled],
        )
    referenced = [b for b in bodies if b.terms_of_reference]
    if referenced:
        return partial(
            0.5,
            _("Terms of reference exist, but no rules for the cooperation with civil society."),
            advice,
            passing=[body_ref(b) for b in referenced],
        )
    return failed(_("No written rules for cooperating with civil society."), advice, missing=True)


@check("2.6", "civil_society", N_("Consultation inputs answered"))
def inputs_answered(ctx: Context) -> Finding:
    """Each input recorded from a design consultation says how it was addressed: adopted or
    partly adopted (and where), or not adopted with the reason given. An input not adopted
    without a reason, or with no response at all, was heard but not answered; the evidence
    counts those not adopted without a reason. The score is the share answered (pass from
    80%)."""
    inputs = [
        (c, i) for c in ctx.plan.consultations if c.stage is PlanStage.DESIGN for i in c.inputs
    ]
    advice = _(
        "Say how each input was addressed: where it shaped the plan, or why it was not "
        "adopted; publish the answers to those consulted."
    )
    if not inputs:
        return failed(_("No consultation input is recorded."), advice, missing=True)

    def answered(i: core.ConsultationInput) -> bool:
        if i.response in (InputResponse.ADOPTED, InputResponse.PARTLY_ADOPTED):
            return True
        return i.response is InputResponse.NOT_ADOPTED and bool(i.how_addressed)

    bad = [i for _c, i in inputs if not answered(i)]
    unanswered = [ItemRef(id=i.id, kind="input", label=i.summary) for i in bad]
    share = 1 - len(bad) / len(inputs)
    summary = _("{answered} of {total} consultation inputs say how they were addressed.").format(
        answered=len(inputs) - len(bad), total=len(inputs)
    )
    if bad:
        summary += " " + _("Not answered: {ids}").format(ids=ids(unanswered))
    silent = sum(1 for i in bad if i.response is InputResponse.NOT_ADOPTED)
    if silent:
        summary += " " + ngettext(
            "{n} of {total} not adopted without a reason.",
            "{n} of {total} not adopted without a reason.",
            silent,
        ).format(n=silent, total=len(inputs))
    return graded(share, summary, advice, pass_at=0.8, partial_at=0.4, failing=unanswered)
