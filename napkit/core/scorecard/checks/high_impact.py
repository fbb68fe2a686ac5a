"""Criteria 10–13: Inclusive Security's high-impact NAP (inclusive design, results-based
design and M&E plan, political will, resources)."""

from __future__ import annotations

from dataclasses import replace

from napkit.core.i18n import N_, _, ngettext
from napkit.core.plan import model as core
from napkit.core.plan.coordination import decisions
from napkit.core.plan.vocabulary import (
    BodyFunction,
    BudgetStatus,
    EndorsementLevel,
    GovernmentLevel,
    OrganisationType,
    PlanKind,
    Tier,
)
from napkit.core.scorecard.catalogue import check
from napkit.core.scorecard.checks.focus_civil_society import body_ref
from napkit.core.scorecard.checks.responsibility_budget import (
    STATUS_SCORE,
    responsible_org,
    spending_tracked,
    status_summary,
)
from napkit.core.scorecard.context import Context
from napkit.core.scorecard.findings import (
    Finding,
    coverage,
    failed,
    graded,
    ids,
    others,
    partial,
    passed,
    refs,
)
from napkit.core.scorecard.model import ItemRef

# A body that lists no functions is taken to be the plan's general coordination body.
GENERAL = (BodyFunction.IMPLEMENTATION, BodyFunction.MONITORING)
HIGHEST = {
    EndorsementLevel.HEAD_OF_STATE,
    EndorsementLevel.HEAD_OF_GOVERNMENT,
    EndorsementLevel.CABINET,
    EndorsementLevel.PARLIAMENT,
}


def functions_of(body: core.CoordinationBody) -> tuple[BodyFunction, ...]:
    return tuple(body.functions) or GENERAL


@check("10.1", "inclusive_design", N_("Government and civil society in every body"))
def joint_bodies(ctx: Context) -> Finding:
    """For each of design, implementation, monitoring and evaluation, a body with that
    function has both government and civil-society members. A body that lists no functions
    counts for implementation and monitoring. The score is the share of the four covered."""
    bodies = ctx.plan.governance.bodies
    advice = _(
        "Seat government and civil society together in the bodies that design, "
        "implement, monitor and evaluate the plan."
    )
    if not bodies:
        return failed(_("No coordination body is described."), advice, missing=True)
    joint = [b for b in bodies if ctx.has_cso(b) and ctx.has_government(b)]
    covered = {f for b in joint for f in functions_of(b)}
    missing = [f for f in BodyFunction if f not in covered]
    share = (4 - len(missing)) / 4
    if missing:
        summary = _(
            "Government and civil society sit together for {covered} of 4 functions; "
            "not for {missing}."
        ).format(covered=4 - len(missing), missing=", ".join(f.value for f in missing))
    else:
        summary = _("Government and civil society sit together for {covered} of 4 functions.")
        summary = summary.format(covered=4 - len(missing))
    return graded(
        share,
        summary,
        advice,
        pass_at=1.0,
        partial_at=0.25,
        failing=[ItemRef(id=f.value, kind="function", label=f.value) for f in missing],
        passing=[body_ref(b) for b in joint],
    )


@check("10.2", "inclusive_design", N_("Decisions recorded and public"))
def transparent_decisions(ctx: Context) -> Finding:
    """The coordination bodies' decisions are recorded and published (a body that publishes
    its decisions, or a decision marked public); recorded but unpublished decisions are
    partial."""
    bodies = ctx.plan.governance.bodies
    advice = _("Record the coordination body's decisions and publish them with the minutes.")
    if not bodies:
        return failed(_("No coordination body, so no decisions to record."), advice, missing=True)
    public = [
        b
        for b in bodies
        if b.decisions_public or any(m.decision_public(d) for m in b.meetings for d in m.decisions)
    ]
    if public:
        summary = _("Decisions are published for {bodies}.").format(
            bodies=", ".join(b.name for b in public)
        )
        made = list(decisions(ctx.plan))
        if made:
            shown = sum(1 for d in made if d.meeting.decision_public(d.decision))
            summary += " " + _("{public} of {total} recorded decisions are public.").format(
                public=shown, total=len(made)
            )
        return passed(summary, [body_ref(b) for b in public])
    recorded = [b for b in bodies if any(m.decisions for m in b.meetings)]
    if recorded:
        return partial(
            0.5,
            _("Decisions are recorded but not published."),
            advice,
            passing=[body_ref(b) for b in recorded],
        )
    return failed(_("Decisions are neither recorded nor published."), advice, missing=True)


@check("10.3", "inclusive_design", N_("A clear division of roles"))
def division_of_roles(ctx: Context) -> Finding:
    """The bodies' terms of reference are set (pass); members' roles named without terms of
    reference are partial."""
    bodies = ctx.plan.governance.bodies
    advice = _("Adopt terms of reference that divide roles and say how decisions are taken.")
    if not bodies:
        return failed(_("No coordination body is described."), advice, missing=True)
    with_tor = [b for b in bodies if b.terms_of_reference]
    if with_tor:
        return passed(
            _("Terms of reference for {bodies}.").format(
                bodies=", ".join(b.name for b in with_tor)
            ),
            [body_ref(b) for b in with_tor],
        )
    roles = [b for b in bodies if any(m.role for m in b.members)]
    if roles:
        return partial(0.5, _("Members' roles are named, but no terms of reference."), advice)
    return failed(_("No terms of reference or roles are set."), advice, missing=True)


@check("11.1", "results_based", N_("A complete results chain"))
def complete_chain(ctx: Context) -> Finding:
    """Every objective reaches down, through outputs, to activities."""
    if not ctx.plan.objectives:
        return failed(
            _("The plan has no results chain."),
            _("Link each objective to outputs and each output to activities."),
            missing=True,
        )
    objectives = [r for r in ctx.results if r.parent is None]
    reaching = {a.ancestors[-1].item.id for a in ctx.activities}
    good = [o for o in objectives if o.item.id in reaching]
    bad = others(objectives, good)
    found = coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no objectives."),
        having=_("All {total} objectives reach down to activities."),
        lacking=_("{failing} of {total} objectives do not reach down to activities: {ids}"),
        recommendation=_("Add the outputs and activities that deliver {ids}."),
    )
    # Without any activity, a plan read from a document has not recorded its chain.
    return found if ctx.activities else replace(found, missing=True)


@check("11.2", "results_based", N_("Indicators at outcome and output level"))
def indicators_on_levels(ctx: Context) -> Finding:
    """Each objective (or one of its outcomes) has an indicator, and each output has one;
    the score is the mean of the two shares."""
    objectives = [r for r in ctx.results if r.parent is None]
    if not objectives:
        return failed(
            _("The plan has no results chain to attach indicators to."),
            _("Set objectives and outputs with indicators."),
            missing=True,
        )
    # An objective is measured by its own indicators or its outcomes' (outputs are the level
    # below and have their own share).
    measured = {
        (
            i.owner.parent.item.id
            if i.owner.tier is Tier.OUTCOME and i.owner.parent
            else i.owner.item.id
        )
        for i in ctx.indicators
        if i.owner.tier in (Tier.OBJECTIVE, Tier.OUTCOME)
    }
    top_bad = [o for o in objectives if o.item.id not in measured]
    out_bad = [o for o in ctx.outputs if isinstance(o.item, core.Output) and not o.item.indicators]
    shares = [1 - len(top_bad) / len(objectives)]
    if ctx.outputs:
        shares.append(1 - len(out_bad) / len(ctx.outputs))
    bad = refs(top_bad + out_bad)
    counts = {
        "objectives": len(objectives) - len(top_bad),
        "all_objectives": len(objectives),
        "outputs": len(ctx.outputs) - len(out_bad),
        "all_outputs": len(ctx.outputs),
    }
    if bad:
        summary = _(
            "{objectives} of {all_objectives} objectives and {outputs} of {all_outputs} "
            "outputs have indicators; none for {ids}."
        ).format(**counts, ids=ids(bad))
    else:
        summary = _(
            "{objectives} of {all_objectives} objectives and {outputs} of {all_outputs} "
            "outputs have indicators."
        ).format(**counts)
    found = graded(
        sum(shares) / len(shares),
        summary,
        _("Give {ids} at least one indicator each.").format(ids=ids(bad)),
        failing=bad,
    )
    # Without any indicator, a plan read from a document has not recorded them.
    return found if ctx.indicators else replace(found, missing=True)


def _roles_known(indicator: core.Indicator) -> int:
    r = indicator.data_roles
    known = [
        indicator.responsible or (r and r.collects),
        r and r.analyses,
        r and r.reports,
        r and r.uses,
    ]
    return sum(1 for k in known if k)


@check("11.3", "results_based", N_("Who collects, analyses, reports and uses the data"))
def data_roles(ctx: Context) -> Finding:
    """For each indicator: who collects (or the responsible organisation), analyses, reports
    and uses the data. The score is the share of these four roles that are named."""
    if not ctx.indicators:
        return failed(
            _("The plan has no indicators, so no M&E plan."),
            _(
                "Write an M&E plan: for each indicator, who collects, analyses, reports "
                "and uses the data."
            ),
        )
    full = [i for i in ctx.indicators if _roles_known(i.indicator) == 4]
    short = others(ctx.indicators, full)
    share = sum(_roles_known(i.indicator) for i in ctx.indicators) / (4 * len(ctx.indicators))
    if short:
        summary = _(
            "{full} of {total} indicators name who collects, analyses, reports and uses "
            "their data; incomplete: {ids}."
        ).format(full=len(full), total=len(ctx.indicators), ids=ids(refs(short)))
    else:
        summary = _(
            "{full} of {total} indicators name who collects, analyses, reports and uses their data."
        ).format(full=len(full), total=len(ctx.indicators))
    return graded(
        share,
        summary,
        _("Complete the data roles of {ids}.").format(ids=ids(refs(short))),
        pass_at=0.9,
        partial_at=0.25,
        failing=refs(short),
        passing=refs(full),
    )


@check("11.4", "results_based", N_("When data are collected"))
def data_timing(ctx: Context) -> Finding:
    """Each indicator says how often its data are collected."""
    if not ctx.indicators:
        return failed(
            _("The plan has no indicators, so no data timeline."),
            _("Say for each indicator how often its data are collected and reported."),
        )
    good = [
        i
        for i in ctx.indicators
        if i.indicator.frequency
        or (i.indicator.data_roles and i.indicator.data_roles.reporting_frequency)
    ]
    bad = others(ctx.indicators, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no indicators."),
        having=_("All {total} indicators say when data are collected."),
        lacking=_("{failing} of {total} indicators have no data timeline: {ids}"),
        recommendation=_("Say how often the data of {ids} are collected and reported."),
    )


@check("12.1", "political_will", N_("Endorsed at the highest level"))
def endorsement(ctx: Context) -> Finding:
    """Endorsed by the head of state or government, the cabinet or parliament (pass); by a
    minister (0.6) or an official (0.3) is partial."""
    found = ctx.plan.governance.endorsements
    advice = _(
        "Have the plan endorsed by the cabinet or head of government, and presented to "
        "parliament, so it is a national commitment."
    )
    top = [e for e in found if e.level in HIGHEST]
    if top:
        return passed(
            _("Endorsed by {by}.").format(by="; ".join(e.by or e.level.value for e in top))
        )
    if any(e.level is EndorsementLevel.MINISTER for e in found):
        return partial(0.6, _("Endorsed at ministerial level only."), advice)
    if found:
        return partial(0.3, _("Endorsed below ministerial level."), advice)
    return failed(_("No endorsement is recorded."), advice, missing=True)


def involved(ctx: Context) -> set[str]:
    """Organisations with a role: leading, supporting, responsible, members, chairs."""
    named: set[str | None] = set()
    for a in ctx.activities:
        resp = ctx.act(a).responsibility
        named |= {resp.lead, *resp.supporting}
    named |= {responsible_org(i.indicator) for i in ctx.indicators}
    for b in ctx.plan.governance.bodies:
        named |= {b.chair, *(m.organisation for m in b.members)}
    return {i for i in named if i is not None and i in ctx.orgs}


@check("12.2", "political_will", N_("Focal points in each organisation"))
def focal_points(ctx: Context) -> Finding:
    """Every government organisation with a role in the plan names a focal point — the
    mid-level staff who make it happen."""
    roles = involved(ctx)
    gov = [o for o in ctx.plan.organisations if o.id in roles and o.id in ctx.government]
    if not gov:
        return failed(
            _("No government organisation is given a role in the plan."),
            _("Name the ministries and agencies that implement the plan, each with a focal point."),
        )
    good = [o for o in gov if o.focal_point]
    bad = [o for o in gov if not o.focal_point]
    if not good and ctx.plan.metadata.transcribed:
        return failed(
            _("No focal point is recorded."),
            _("Name a WPS focal point in each organisation with a role."),
            missing=True,
        )
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no government organisations with a role."),
        having=_("All {total} government organisations with a role name a focal point."),
        lacking=_(
            "{failing} of {total} government organisations with a role name no focal point: {ids}"
        ),
        recommendation=_("Name a WPS focal point in {ids}."),
    )


@check("12.3", "political_will", N_("Provincial and local leaders engaged"))
def local_engagement(ctx: Context) -> Finding:
    """Provincial or local government has a role (or the plan is itself a provincial or local
    plan); listed but without a role is partial."""
    if ctx.plan.metadata.kind in (PlanKind.PROVINCIAL, PlanKind.LOCAL):
        if ctx.plan.metadata.kind is PlanKind.PROVINCIAL:
            return passed(_("This is a provincial plan."))
        return passed(_("This is a local plan."))
    local = [
        o
        for o in ctx.plan.organisations
        if o.type is OrganisationType.GOVERNMENT
        and o.level in (GovernmentLevel.PROVINCIAL, GovernmentLevel.LOCAL)
    ]
    active = [o for o in local if o.id in involved(ctx)]
    advice = _(
        "Engage provincial and local government: give them activities, seats on the "
        "coordination body, or local action plans that roll up into this one."
    )
    if active:
        return passed(
            ngettext(
                "{n} provincial or local government take part: {ids}",
                "{n} provincial or local governments take part: {ids}",
                len(active),
            ).format(n=len(active), ids=ids(refs(active))),
            refs(active),
        )
    if local:
        return partial(
            0.5,
            _("Provincial or local government is listed but has no role."),
            advice,
            passing=refs(local),
        )
    return failed(_("No provincial or local government takes part."), advice, missing=True)


@check("12.4", "political_will", N_("A national security matter, not only a gender one"))
def whole_of_government(ctx: Context) -> Finding:
    """Several government organisations carry the plan (they lead activities or are
    responsible for indicators; for a plan read from a document without activities, the
    government bodies it names, and naming only its lead is not stated): three or more pass,
    two are partial."""
    leads = {ctx.act(a).responsibility.lead for a in ctx.activities}
    leads |= {responsible_org(i.indicator) for i in ctx.indicators}
    carrying = [o for o in ctx.plan.organisations if o.id in ctx.government and o.id in leads]
    if not ctx.activities and ctx.plan.metadata.transcribed:
        # A plan read from a document lists the government bodies it names as carrying it.
        carrying = [o for o in ctx.plan.organisations if o.id in ctx.government]
        if len(carrying) < 2:  # the lead alone says nothing of who else carries it
            return failed(
                _("The plan's document, as recorded, names no government body but its lead."),
                _("Name the government bodies that carry the plan."),
                missing=True,
            )
    n = len(carrying)
    if carrying:
        summary = ngettext(
            "{n} government organisation lead the plan's work: {ids}",
            "{n} government organisations lead the plan's work: {ids}",
            n,
        ).format(n=n, ids=ids(refs(carrying)))
    else:
        summary = ngettext(
            "{n} government organisation lead the plan's work.",
            "{n} government organisations lead the plan's work.",
            n,
        ).format(n=n)
    advice = _(
        "Share the plan across government: defence, interior, justice, foreign affairs "
        "and finance each lead part of it, not only the gender ministry."
    )
    if len(carrying) >= 3:
        return passed(summary, refs(carrying))
    if len(carrying) == 2:
        return partial(0.5, summary, advice, passing=refs(carrying))
    return failed(summary, advice)


@check("13.1", "resources", N_("Budgeted and allocated"))
def budgeted_and_allocated(ctx: Context) -> Finding:
    """The budget status reaches 'allocated' (scored on the budget scale; costed and mentioned
    are partial, none fails)."""
    status = ctx.budget_status
    summary = status_summary(ctx)
    if status.at_least(BudgetStatus.ALLOCATED):
        return passed(summary)
    advice = _("Budget the plan AND allocate the resources, in the budgets of those who implement.")
    if status is BudgetStatus.NONE:
        return failed(summary, advice)
    return partial(STATUS_SCORE[status], summary, advice)


@check("13.2", "resources", N_("Disbursed and tracked"))
def disbursed_and_tracked(ctx: Context) -> Finding:
    """The same evidence as check 6.3: money disbursed and spent is tracked."""
    return spending_tracked(ctx)


@check("13.3", "resources", N_("Budget figures published"))
def budget_published(ctx: Context) -> Finding:
    """The budget and spending figures are public."""
    if ctx.plan.budget.published:
        return passed(_("Budget figures are published."))
    if ctx.budget_status is BudgetStatus.NONE and not ctx.budget_lines:
        return failed(
            _("There is no budget to publish."), _("Budget the plan and publish the figures.")
        )
    return failed(
        _("Budget figures are not published."),
        _("Publish what is allocated, disbursed and spent, per activity and organisation."),
    )
