"""Criteria 3 (coordinating mechanism) and 4 (baseline study)."""

from __future__ import annotations

from datetime import date

from napkit.core.i18n import N_, _, ngettext
from napkit.core.plan import model as core
from napkit.core.plan.coordination import (
    PlacedAction,
    come_due,
    held_meetings,
    missed_meetings,
    on_time,
    overdue,
)
from napkit.core.plan.vocabulary import CoordinatorResourcing, Frequency
from napkit.core.scorecard.catalogue import check
from napkit.core.scorecard.checks.focus_civil_society import body_ref
from napkit.core.scorecard.context import Context
from napkit.core.scorecard.findings import (
    Finding,
    coverage,
    failed,
    graded,
    ids,
    not_applicable,
    others,
    partial,
    passed,
    refs,
)
from napkit.core.scorecard.model import ItemRef

PER_YEAR = {
    Frequency.MONTHLY: 12.0,
    Frequency.QUARTERLY: 4.0,
    Frequency.SEMI_ANNUAL: 2.0,
    Frequency.ANNUAL: 1.0,
    Frequency.BIENNIAL: 0.5,
}


def meeting_ref(m: core.Meeting) -> ItemRef:
    return ItemRef(id=m.id, kind="meeting", label=str(m.date))


def meetings_per_year(body: core.CoordinationBody) -> float | None:
    if body.meetings_per_year:
        return float(body.meetings_per_year)
    return PER_YEAR.get(body.meeting_frequency) if body.meeting_frequency else None


@check("3.1", "coordination", N_("A coordination body with members"))
def coordination_body(ctx: Context) -> Finding:
    """A coordination body with at least two members named; a body without listed members
    counts half."""
    bodies = ctx.plan.governance.bodies
    advice = _(
        "Set up a coordination body of the ministries and agencies that implement the "
        "plan, with civil society, and list its members."
    )
    if not bodies:
        return failed(_("No coordination body is described."), advice, missing=True)
    staffed = [b for b in bodies if len(b.members) >= 2]
    if staffed:
        members = sum(len(b.members) for b in staffed)
        return passed(
            _("{bodies} ({members} members).").format(
                bodies=", ".join(b.name for b in staffed), members=members
            ),
            [body_ref(b) for b in staffed],
        )
    listed = max(len(b.members) for b in bodies)
    return partial(
        0.5,
        _("A coordination body is named but only one member is listed.")
        if listed == 1
        else _("A coordination body is named but its members are not listed."),
        _("List the coordination body's members."),
        passing=[body_ref(b) for b in bodies],
    )


@check("3.2", "coordination", N_("A meeting rhythm is set"))
def meeting_rhythm(ctx: Context) -> Finding:
    """Each coordination body says how often it meets."""
    bodies = ctx.plan.governance.bodies
    advice = _("Decide how often the coordination body meets (for example quarterly).")
    if not bodies:
        return failed(_("No coordination body, so no meeting rhythm."), advice, missing=True)
    set_ = [b for b in bodies if meetings_per_year(b)]
    if len(set_) == len(bodies):
        return passed(
            _("Meeting rhythm: {rhythms}").format(
                rhythms="; ".join(
                    _("{body} {times} a year").format(
                        body=b.name, times=f"{meetings_per_year(b):g}"
                    )
                    for b in set_
                )
            ),
            [body_ref(b) for b in set_],
        )
    unset = others(bodies, set_)
    summary = _("No meeting rhythm for {bodies}.").format(bodies=", ".join(b.name for b in unset))
    if set_:
        return partial(
            len(set_) / len(bodies),
            summary,
            advice,
            failing=[body_ref(b) for b in unset],
            passing=[body_ref(b) for b in set_],
        )
    return failed(summary, advice, [body_ref(b) for b in unset])


def _years(start: date, end: date) -> float:
    return max((end - start).days, 0) / 365.25


@check("3.3", "coordination", N_("Meetings held as scheduled"))
def meetings_kept(ctx: Context) -> Finding:
    """Meetings held since the plan began, against the rhythm set: from 90% of the
    expected meetings it passes, from half it is partial. A meeting planned and not held by
    its date is missed, and named. Not applicable before any meeting is recorded or before a
    full meeting interval has passed."""
    period = ctx.period
    timed = [(b, meetings_per_year(b)) for b in ctx.plan.governance.bodies]
    # Once the plan records meetings at all, a body with a rhythm and no records has held none.
    recorded = any(b.meetings for b in ctx.plan.governance.bodies)
    if period is None or not recorded:
        return not_applicable(_("No meeting records yet to compare with the rhythm."))
    until = min(ctx.as_of, period.end)
    expected = held = 0.0
    for body, rate in timed:
        if rate:
            expected += int(rate * _years(period.start, until))
            held += sum(1 for m in held_meetings(body) if period.start <= m.date <= until)
    if expected < 1:
        return not_applicable(_("Too early in the plan period to judge the meeting rhythm."))
    share = min(held / expected, 1.0)
    summary = _("{held} of {expected} expected meetings held by {until}.").format(
        held=f"{held:g}", expected=f"{expected:g}", until=until
    )
    missed = [m for b in ctx.plan.governance.bodies for m in missed_meetings(b, ctx.as_of)]
    if missed:
        summary += " " + _("Missed: {meetings}").format(
            meetings=", ".join(f"{m.id} ({m.date})" for m in missed)
        )
    return graded(
        share,
        summary,
        _(
            "Hold the coordination body's meetings as scheduled and record them, with "
            "attendance and decisions."
        ),
        pass_at=0.9,
        failing=[meeting_ref(m) for m in missed],
    )


@check("3.4", "coordination", N_("A coordinator with dedicated resources"))
def coordinator_resources(ctx: Context) -> Finding:
    """The coordinator role has dedicated staff or budget (pass); part-time staff is partial
    (0.5); a coordinator, or only a lead organisation, named without their resources is
    partial (0.25); a role added to an existing portfolio fails, as does no coordinator at
    all."""
    c = ctx.plan.governance.coordinator
    advice = _(
        "Give the coordinator dedicated staff time and a budget: several states found the "
        "role too heavy to add to someone's existing portfolio."
    )
    if c is None:
        if ctx.plan.metadata.lead_organisation:
            return partial(
                0.25,
                _("A lead organisation is named, but not the coordinator's resources."),
                advice,
                missing=True,
            )
        return failed(_("No coordinator role is described."), advice, missing=True)
    fte = c.staff_fte or 0.0
    dedicated = c.resourcing is CoordinatorResourcing.DEDICATED or fte >= 1 or bool(c.budget)
    if dedicated:
        # Translators: stands in for the coordinator's unit when none is given.
        who = c.unit or c.organisation or _("named")
        if fte:
            return passed(
                _("The coordinator ({who}) has dedicated resources, {fte} staff.").format(
                    who=who, fte=f"{fte:g}"
                )
            )
        return passed(_("The coordinator ({who}) has dedicated resources.").format(who=who))
    if c.resourcing is CoordinatorResourcing.ADDED_TO_EXISTING:
        return failed(_("Coordination was added to an existing portfolio."), advice)
    if c.resourcing is CoordinatorResourcing.PART_TIME or fte > 0:
        return partial(0.5, _("The coordinator works on the plan part-time."), advice)
    return partial(
        0.25, _("A coordinator is named, but not their resources."), advice, missing=True
    )


@check("3.5", "coordination", N_("Action items closed on time"))
def actions_on_time(ctx: Context) -> Finding:
    """Of the action items the coordination bodies agreed whose due date has passed (dropped
    ones left out), the share done by their due date: from 80% it passes, from half it is
    partial. Items still open after their due date are named as overdue, those done after it
    as done late. Not applicable
    while no action item with a due date has come due (a plan read from a document records
    none)."""
    due = come_due(ctx.plan, ctx.as_of)
    if not due:
        return not_applicable(_("No action item has come due yet."))
    good = [a for a in due if on_time(a.item)]
    late = others(due, good)
    late_open = [a for a in late if overdue(a.item, ctx.as_of)]
    summary = _("{good} of {total} action items due by {day} were done on time.").format(
        good=len(good), total=len(due), day=ctx.as_of
    )
    if late_open:
        summary += " " + _("Overdue: {ids}").format(ids=ids([action_ref(a) for a in late_open]))
    done_late = others(late, late_open)
    if done_late:
        summary += " " + _("Done late: {ids}").format(ids=ids([action_ref(a) for a in done_late]))
    return graded(
        len(good) / len(due),
        summary,
        _(
            "Give each action item an owner and a due date, follow them up at every meeting "
            "and record when they are done."
        ),
        pass_at=0.8,
        failing=[action_ref(a) for a in late],
        passing=[action_ref(a) for a in good],
    )


def action_ref(a: PlacedAction) -> ItemRef:
    return ItemRef(id=a.item.id, kind="action_item", label=a.item.text[:90])


@check("4.1", "baseline", N_("Existing actions inventoried"))
def existing_actions(ctx: Context) -> Finding:
    """A baseline study lists the actions already under way, by organisation."""
    study = ctx.plan.baseline_study
    advice = _(
        "Inventory what ministries and agencies already do on women, peace and security "
        "before planning, to avoid duplication and build on it."
    )
    if study is None:
        return failed(_("No baseline study is recorded."), advice, missing=True)
    if study.actions:
        owners = {a.organisation for a in study.actions if a.organisation}
        n, m = len(study.actions), len(owners)
        return passed(
            _("The baseline study lists {actions} of {organisations}.").format(
                actions=ngettext("{n} existing action", "{n} existing actions", n).format(n=n),
                organisations=ngettext("{n} organisation", "{n} organisations", m).format(n=m),
            )
        )
    return partial(0.5, _("A baseline study is mentioned but lists no existing actions."), advice)


@check("4.2", "baseline", N_("Quantitative indicators have baselines"))
def baselines_present(ctx: Context) -> Finding:
    """Every number, percentage or yes/no indicator has a baseline value (or says none can
    exist)."""
    good = [
        i
        for i in ctx.quantitative
        if i.indicator.baseline.value is not None or i.indicator.baseline.not_applicable
    ]
    bad = others(ctx.quantitative, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no quantitative indicators."),
        having=_("All {total} quantitative indicators have a baseline."),
        lacking=_("{failing} of {total} quantitative indicators have no baseline: {ids}"),
        recommendation=_(
            "Collect baseline values for {ids} before the first "
            "reporting round, from the statistics office or the organisation "
            "responsible."
        ),
    )


@check("4.3", "baseline", N_("Baselines are dated and sourced"))
def baselines_dated(ctx: Context) -> Finding:
    """Each quantitative indicator's baseline says when it was measured and where it comes
    from (or that none can exist). Counted over all quantitative indicators, so adding a
    baseline never lowers the score."""

    def documented(b: core.Baseline) -> bool:
        return b.not_applicable or (b.value is not None and bool(b.date and b.source))

    good = [i for i in ctx.quantitative if documented(i.indicator.baseline)]
    bad = others(ctx.quantitative, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no quantitative indicators."),
        having=_("All {total} quantitative indicators have a dated and sourced baseline."),
        lacking=_(
            "{failing} of {total} quantitative indicators have no dated and sourced baseline: {ids}"
        ),
        recommendation=_("Record the value, date and source of the baselines of {ids}."),
    )
