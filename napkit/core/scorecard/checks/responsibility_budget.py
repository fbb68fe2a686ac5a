"""Criteria 5 (clear lines of responsibility) and 6 (budget)."""

from __future__ import annotations

from collections import Counter

from napkit.core.i18n import N_, _
from napkit.core.plan import walk
from napkit.core.plan.vocabulary import BudgetStatus, PlanStatus
from napkit.core.scorecard.catalogue import check
from napkit.core.scorecard.context import Context
from napkit.core.scorecard.findings import (
    Finding,
    coverage,
    failed,
    not_applicable,
    others,
    partial,
    passed,
    refs,
)

# How far along the budget scale a status is, for scoring (allocated is where "budgeted" starts).
STATUS_SCORE = {
    BudgetStatus.NONE: 0.0,
    BudgetStatus.MENTIONED: 0.15,
    BudgetStatus.COSTED: 0.4,
    BudgetStatus.ALLOCATED: 0.7,
    BudgetStatus.APPROPRIATED: 0.85,
    BudgetStatus.DISBURSED: 0.95,
    BudgetStatus.SPENT: 1.0,
}


@check("5.1", "responsibility", N_("One lead per activity"))
def lead_per_activity(ctx: Context) -> Finding:
    """Every activity names one lead organisation. A plan read from a document that lists no
    activities but names the government bodies responsible for it is partial."""
    if not ctx.activities and ctx.plan.metadata.transcribed:
        named = [o for o in ctx.plan.organisations if o.id in ctx.government]
        if len(named) >= 2:
            return partial(
                0.5,
                _(
                    "{n} government bodies are named as responsible; who leads each action is "
                    "not recorded."
                ).format(n=len(named)),
                _("Record who leads each action."),
                passing=refs(named),
            )
    good = [a for a in ctx.activities if ctx.act(a).responsibility.lead]
    bad = others(ctx.activities, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no activities."),
        having=_("All {total} activities have a lead organisation."),
        lacking=_("{failing} of {total} activities have no lead organisation: {ids}"),
        recommendation=_(
            "Name one lead organisation for each of {ids}; supporting "
            "organisations can be added beside it."
        ),
    )


def responsible_org(indicator: object) -> str | None:
    roles = getattr(indicator, "data_roles", None)
    return getattr(indicator, "responsible", None) or (
        (roles.collects or roles.reports) if roles else None
    )


@check("5.2", "responsibility", N_("A responsible organisation per indicator"))
def responsible_per_indicator(ctx: Context) -> Finding:
    """Every indicator names the organisation responsible for it (or who collects or reports
    its data)."""
    good = [i for i in ctx.indicators if responsible_org(i.indicator)]
    bad = others(ctx.indicators, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no indicators."),
        having=_("All {total} indicators have a responsible organisation."),
        lacking=_("{failing} of {total} indicators have no responsible organisation: {ids}"),
        recommendation=_("Name the organisation responsible for {ids}."),
    )


@check("5.3", "responsibility", N_("Reachable contact points"))
def contact_points(ctx: Context) -> Finding:
    """Every activity can be followed up with someone: it names a contact, or its lead
    organisation has a focal point. (Counted over all activities, so naming a lead never
    lowers the score.)"""

    def reachable(a: walk.ResultRef) -> bool:
        resp = ctx.act(a).responsibility
        lead = ctx.orgs.get(resp.lead) if resp.lead else None
        return resp.contact is not None or (lead is not None and lead.focal_point is not None)

    good = [a for a in ctx.activities if reachable(a)]
    bad = others(ctx.activities, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no activities."),
        having=_("All {total} activities can be followed up with a named contact."),
        lacking=_(
            "{failing} of {total} activities have no contact and no lead with a focal point: {ids}"
        ),
        recommendation=_(
            "Name a contact for {ids}, or a focal point in their lead organisation; "
            "contacts can stay off the public site and be given on request."
        ),
    )


@check("6.1", "budget", N_("Activities are costed"))
def activities_costed(ctx: Context) -> Finding:
    """Every activity has a budget line with an amount (its own or its output's)."""
    good = [a for a in ctx.activities if any(b.amount is not None for b in ctx.lines_of(a))]
    bad = others(ctx.activities, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no activities."),
        having=_("All {total} activities are costed."),
        lacking=_("{failing} of {total} activities are not costed: {ids}"),
        recommendation=_(
            "Estimate the cost of {ids}: meetings, reports, training and "
            "surveys all need resources."
        ),
    )


def status_summary(ctx: Context) -> str:
    status = ctx.budget_status
    lines = Counter(b.line.effective_status for b in ctx.budget_lines)
    if lines:
        counts = ", ".join(f"{lines[s]} {s.value}" for s in BudgetStatus if s in lines)
        text = _("Budget status: {status} (budget lines: {lines}).").format(
            status=status.value, lines=counts
        )
    else:
        text = _("Budget status: {status}.").format(status=status.value)
    statement = ctx.plan.budget.statement
    if statement:
        short = " ".join(statement.split())
        quoted = short[:160] + ("…" if len(short) > 160 else "")
        text += " " + _("The plan says: “{statement}”").format(statement=quoted)
    return text


@check("6.2", "budget", N_("Budget at least allocated"))
def budget_allocated(ctx: Context) -> Finding:
    """The budget status reaches 'allocated' (pass, score 1). Below, the score follows the
    scale: mentioned 0.15 and costed 0.4 are partial, none fails."""
    status = ctx.budget_status
    summary = status_summary(ctx)
    if status.at_least(BudgetStatus.ALLOCATED):
        return passed(summary)
    advice = _(
        "Cost the activities and have the budget allocated to them — in the ministries' "
        "budgets or a dedicated line — not left to existing resources."
    )
    if status is BudgetStatus.NONE:
        return failed(summary, advice)
    return partial(STATUS_SCORE[status], summary, advice)


def _started(ctx: Context) -> bool:
    period = ctx.period
    if ctx.plan.metadata.status is PlanStatus.DRAFT:
        return False
    return period is None or period.start <= ctx.as_of


@check("6.3", "budget", N_("Disbursement and spending tracked"))
def spending_tracked(ctx: Context) -> Finding:
    """Money disbursed and spent is tracked (budget lines at 'disbursed' or 'spent', or
    spending reported in monitoring rounds); 'appropriated' counts half. Not applicable while
    the plan is a draft or before its period starts, unless tracking is already shown."""
    m = ctx.monitoring
    if m is not None and (m.disbursed or m.spent):
        return passed(_("Disbursement and spending are reported in monitoring rounds."))
    status = ctx.budget_status
    if status.at_least(BudgetStatus.DISBURSED):
        lines = [
            b for b in ctx.budget_lines if b.line.effective_status.at_least(BudgetStatus.DISBURSED)
        ]
        return passed(
            _("Budget status: {status}; {count} budget lines are disbursed or spent.").format(
                status=status.value, count=len(lines)
            )
        )
    if not _started(ctx):
        return not_applicable(_("Spending can only be tracked once the plan is running."))
    advice = _(
        "Track what is disbursed and spent per activity each reporting period, and "
        "report it beside what was allocated."
    )
    if status is BudgetStatus.APPROPRIATED:
        return partial(
            0.5,
            _("The budget is appropriated; disbursement and spending are not tracked yet."),
            advice,
        )
    return failed(
        _("Budget status: {status}; nothing shows money disbursed or spent.").format(
            status=status.value
        ),
        advice,
    )
