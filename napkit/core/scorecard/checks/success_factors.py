"""Criterion 9: the seed's eleven success factors for putting a plan together.

Most factors are what another criterion looks at closely; here each gets a brief
verdict, built from the same checks or facts rather than computed again.
"""

from __future__ import annotations

from napkit.core.i18n import N_, _
from napkit.core.plan.vocabulary import BudgetStatus
from napkit.core.scorecard.catalogue import CheckFunction, check
from napkit.core.scorecard.checks import (
    coordination_baseline as c3,
)
from napkit.core.scorecard.checks import (
    focus_civil_society as c2,
)
from napkit.core.scorecard.checks import (
    high_impact as c11,
)
from napkit.core.scorecard.checks import (
    monitoring_goals as c7,
)
from napkit.core.scorecard.checks import (
    responsibility_budget as c5,
)
from napkit.core.scorecard.context import Context
from napkit.core.scorecard.findings import Finding, failed, graded, partial, passed


def combined(
    ctx: Context,
    checks: list[CheckFunction],
    summary: str,
    advice: str,
    pass_at: float = 0.75,
    partial_at: float = 0.25,
) -> Finding:
    """The mean score of other checks (those that apply), with their summaries."""
    found = [c(ctx) for c in checks]
    scored = [f for f in found if f.score is not None]
    if not scored or all(f.missing for f in found):
        nothing = _("{summary} Nothing to go on.").format(summary=summary)
        return failed(nothing, advice, missing=any(f.missing for f in found))
    score = sum(f.score for f in scored if f.score is not None) / len(scored)
    detail = " ".join(f.summary for f in scored)
    return graded(score, f"{summary} {detail}", advice, pass_at=pass_at, partial_at=partial_at)


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@check("9.1", "success_factors", N_("Work with civil society and other partners"))
def factor_civil_society(ctx: Context) -> Finding:
    """Civil society in design, on the coordination body and in implementation (checks 2.1–2.3)."""
    return combined(
        ctx,
        [c2.civil_society_in_design, c2.civil_society_in_body, c2.civil_society_in_implementation],
        _("Civil society:"),
        _("Involve civil society in design, coordination and implementation."),
    )


@check("9.2", "success_factors", N_("Create a coordinating mechanism"))
def factor_coordination(ctx: Context) -> Finding:
    """A coordination body with members and a rhythm (checks 3.1 and 3.2)."""
    return combined(
        ctx,
        [c3.coordination_body, c3.meeting_rhythm],
        _("Coordination:"),
        _("Set up a coordination body that meets regularly."),
    )


@check("9.3", "success_factors", N_("Create a baseline study"))
def factor_baseline(ctx: Context) -> Finding:
    """Existing actions inventoried and indicators with baselines (checks 4.1 and 4.2)."""
    return combined(
        ctx,
        [c3.existing_actions, c3.baselines_present],
        _("Baseline:"),
        _("Carry out a baseline study before (or early in) the plan."),
    )


@check("9.4", "success_factors", N_("Create a tailored and focused NAP"))
def factor_tailored(ctx: Context) -> Finding:
    """Focused: at most eight objectives. Tailored: the plan names its focus countries, uses
    the context lens or gives objectives a focus. Prioritised: activities carry priorities.
    The score is the mean of the three (of the first two for a plan without activities)."""
    plan = ctx.plan
    focused = 1.0 if 0 < len(plan.objectives) <= 8 else (0.5 if plan.objectives else 0.0)
    tailored = (
        1.0
        if (
            plan.framework.focus_countries
            or ctx.contexts_used
            or any(o.focus for o in plan.objectives)
        )
        else 0.0
    )
    prioritised = share(sum(1 for a in ctx.activities if ctx.act(a).priority), len(ctx.activities))
    parts = [focused, tailored]
    if ctx.activities:  # priorities are judged on activities; without any, on the other two
        parts.append(min(prioritised * 2, 1.0))
    score = sum(parts) / len(parts)
    if tailored:
        summary = _(
            "{objectives} objectives; tailored to named countries or contexts; "
            "{prioritised}% of activities prioritised."
        )
    else:
        summary = _(
            "{objectives} objectives; no focus countries or contexts named; "
            "{prioritised}% of activities prioritised."
        )
    summary = summary.format(objectives=len(plan.objectives), prioritised=round(prioritised * 100))
    return graded(
        score,
        summary,
        _(
            "Focus the plan on a few objectives, tailor it to the "
            "country's situation and set priorities among its activities."
        ),
        pass_at=0.75,
        partial_at=0.25,
    )


@check(
    "9.5",
    "success_factors",
    N_("Include indicators and measurable goals, but stay flexible"),
)
def factor_indicators(ctx: Context) -> Finding:
    """Measurable targets (check 8.1), and room to adjust them: a review date, a mid-term
    review or targets revised with a recorded reason."""
    measurable = c7.measurable_targets(ctx).score or 0.0
    m = ctx.plan.monitoring
    revised = any(
        t.history
        for i in ctx.indicators
        for t in [*i.indicator.milestones, *([i.indicator.target] if i.indicator.target else [])]
    )
    flexible = bool(ctx.plan.metadata.review_date or m.midterm_review or revised)
    if not ctx.quantitative and not flexible:
        return failed(
            _("No measurable indicator and no review of targets."),
            _("Set measurable targets and plan when they will be reviewed."),
            missing=True,
        )
    score = (measurable + (1.0 if flexible else 0.0)) / 2
    if flexible:
        summary = _("Measurable targets score {share}; targets can be reviewed.")
    else:
        summary = _("Measurable targets score {share}; no review of targets is planned.")
    return graded(
        score,
        summary.format(share=f"{measurable:.0%}"),
        _("Set measurable targets and plan when they will be reviewed."),
        pass_at=0.75,
        partial_at=0.25,
    )


@check("9.6", "success_factors", N_("Develop a timeline and prioritise"))
def factor_timeline(ctx: Context) -> Finding:
    """Activities have dates and priorities; the score is the mean of the two shares."""
    n = len(ctx.activities)
    if not n:
        return failed(
            _("The plan has no activities to schedule."), _("Plan dated activities."), missing=True
        )
    dated = sum(1 for a in ctx.activities if ctx.act(a).start or ctx.act(a).end)
    ranked = sum(1 for a in ctx.activities if ctx.act(a).priority)
    score = (share(dated, n) + share(ranked, n)) / 2
    return graded(
        score,
        _("{dated} of {total} activities are dated, {ranked} prioritised.").format(
            dated=dated, total=n, ranked=ranked
        ),
        _("Give each activity dates and a priority."),
        pass_at=0.75,
        partial_at=0.25,
    )


@check("9.7", "success_factors", N_("Include budget considerations"))
def factor_budget(ctx: Context) -> Finding:
    """The budget is at least costed (pass); only mentioned is partial; none fails."""
    status = ctx.budget_status
    score = (
        1.0
        if status.at_least(BudgetStatus.COSTED)
        else (0.5 if status is BudgetStatus.MENTIONED else 0.0)
    )
    return graded(
        score,
        _("Budget status: {status}.").format(status=status.value),
        _("Consider the budget: cost the activities and say how they are funded."),
        pass_at=1.0,
        partial_at=0.5,
    )


@check("9.8", "success_factors", N_("Outline clear responsibilities"))
def factor_responsibilities(ctx: Context) -> Finding:
    """Leads for activities and responsible organisations for indicators (checks 5.1, 5.2)."""
    return combined(
        ctx,
        [c5.lead_per_activity, c5.responsible_per_indicator],
        _("Responsibilities:"),
        _("Name a lead for every activity and indicator."),
    )


@check("9.9", "success_factors", N_("Monitor and evaluate progress and challenges"))
def factor_me(ctx: Context) -> Finding:
    """Regular reporting (check 7.4) and an M&E plan with data roles (check 11.3)."""
    return combined(
        ctx,
        [c7.regular_reporting, c11.data_roles],
        _("Monitoring:"),
        _("Report regularly and say who collects, analyses and reports each indicator."),
    )


@check("9.10", "success_factors", N_("Update the action plan after some years"))
def factor_update(ctx: Context) -> Finding:
    """A review or evaluation is planned (pass); a plan that updates a predecessor but plans
    no review of its own is partial."""
    meta, m = ctx.plan.metadata, ctx.plan.monitoring
    planned = [d for d in (meta.review_date, m.midterm_review, m.final_evaluation) if d]
    if planned:
        return passed(_("Review planned by {day}.").format(day=min(planned)))
    advice = _("Plan when the plan will be reviewed and revised: it is a living document.")
    if meta.predecessor:
        return partial(
            0.5,
            _("The plan updates {predecessor} but plans no review of its own.").format(
                predecessor=meta.predecessor
            ),
            advice,
        )
    return failed(_("No review or revision of the plan is planned."), advice, missing=True)


@check("9.11", "success_factors", N_("Be prepared to meet obstacles"))
def factor_obstacles(ctx: Context) -> Finding:
    """Risks are identified, each with a mitigation; risks without mitigation are partial."""
    risks = ctx.plan.risks
    advice = _(
        "Identify the obstacles the plan may meet — budget cuts, staff turnover, "
        "backlash — and how each will be handled."
    )
    if not risks:
        return failed(_("No risks or obstacles are identified."), advice, missing=True)
    mitigated = [r for r in risks if r.mitigation]
    return graded(
        share(len(mitigated), len(risks)),
        _("{risks} risks identified, {mitigated} with a mitigation.").format(
            risks=len(risks), mitigated=len(mitigated)
        ),
        advice,
        pass_at=0.95,
        partial_at=0.0,
    )
