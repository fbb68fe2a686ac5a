"""Criteria 7 (implementation, monitoring and evaluation) and 8 (goals)."""

from __future__ import annotations

from datetime import date

from napkit.core.i18n import N_, _, ngettext
from napkit.core.plan import walk
from napkit.core.plan.types import is_number
from napkit.core.plan.vocabulary import Direction, Frequency
from napkit.core.scorecard.catalogue import check
from napkit.core.scorecard.context import UN_PILLARS, Context
from napkit.core.scorecard.findings import (
    Finding,
    coverage,
    failed,
    graded,
    not_applicable,
    others,
    partial,
    passed,
    refs,
)
from napkit.core.scorecard.model import ItemRef

# English constants, marked for translation; translated where they are shown.
HOW_OFTEN = {
    Frequency.MONTHLY: N_("monthly"),
    Frequency.QUARTERLY: N_("quarterly"),
    Frequency.SEMI_ANNUAL: N_("every six months"),
    Frequency.ANNUAL: N_("annually"),
    Frequency.BIENNIAL: N_("every two years"),
    Frequency.ONCE: N_("once"),
    Frequency.AD_HOC: N_("as needed"),
}
PILLAR_LABELS = {
    "participation": N_("participation"),
    "prevention": N_("prevention"),
    "protection": N_("protection"),
    "relief_and_recovery": N_("relief and recovery"),
}


@check("7.1", "monitoring", N_("The four pillars are covered"))
def pillars_covered(ctx: Context) -> Finding:
    """Objectives are mapped to pillars and, between them, address the UN four —
    participation, prevention, protection, relief and recovery (by id or name, so renamed
    pillars still count). Two or three pillars are partial."""
    if not ctx.plan.objectives:
        return failed(
            _("The plan has no objectives."), _("Set objectives under each pillar."), missing=True
        )
    if not any(o.pillars for o in ctx.plan.objectives):
        return failed(
            _("No objective is mapped to a pillar."),
            _("Map each objective to the pillar(s) it serves."),
        )
    covered = ctx.un_pillars_covered
    done = [p for p in UN_PILLARS if covered[p]]
    missing = [p for p in UN_PILLARS if not covered[p]]
    if not missing:
        return passed(_("Objectives cover {done} of the 4 UN pillars.").format(done=len(done)))
    names = ", ".join(_(PILLAR_LABELS[p]) for p in missing)
    summary = _("Objectives cover {done} of the 4 UN pillars; {missing} not addressed.").format(
        done=len(done), missing=names
    )
    missing_refs = [ItemRef(id=p, kind="pillar", label=_(PILLAR_LABELS[p])) for p in missing]
    return graded(
        len(done) / 4,
        summary,
        _(
            "Address the missing pillars, or say why the plan leaves them to other "
            "policies: {missing}."
        ).format(missing=names),
        pass_at=1.0,
        partial_at=0.5,
        failing=missing_refs,
        passing=[ItemRef(id=p, kind="pillar", label=_(PILLAR_LABELS[p])) for p in done],
    )


@check("7.2", "monitoring", N_("The context lens is used"), weight=0.5)
def context_lens(ctx: Context) -> Finding:
    """The no-conflict / conflict / post-conflict lens is used, for the plan or for its
    objectives and activities (the seed suggests it to turn pillar goals into tasks)."""
    used = ctx.contexts_used
    if used:
        return passed(
            _("Context lens used: {lenses}.").format(
                lenses=", ".join(sorted(c.value for c in used))
            )
        )
    return failed(
        _("The no-conflict / conflict / post-conflict lens is not used."),
        _(
            "Say for which situations each objective or activity is meant — no conflict, "
            "conflict, post-conflict — to make pillar goals concrete tasks."
        ),
        missing=True,
    )


@check("7.3", "monitoring", N_("Indicators adapted or defined"))
def indicators_defined(ctx: Context) -> Finding:
    """The plan has indicators, each adapted from a catalogue (UN global 1325 set, EU set,
    SDG) or given a national definition. Having indicators scores 0.5; the rest of the score
    is the share adapted or defined (pass from 80% of them)."""
    if not ctx.indicators:
        return failed(
            _("The plan has no indicators."),
            _(
                "Adopt indicators: adapt them from the UN global 1325 indicators or the EU "
                "set, or define national ones, with a definition each."
            ),
        )
    good = [i for i in ctx.indicators if i.indicator.catalogue or i.indicator.definition]
    bad = others(ctx.indicators, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no indicators."),
        having=_("All {total} indicators are adapted from a catalogue or defined."),
        lacking=_(
            "{failing} of {total} indicators are neither adapted from a catalogue nor "
            "defined: {ids}"
        ),
        recommendation=_("Define {ids}, or link them to the UN, EU or SDG indicator they adapt."),
        pass_at=0.9,
        partial_at=0.0,
        floor=0.5,
    )


@check("7.4", "monitoring", N_("Regular reporting"))
def regular_reporting(ctx: Context) -> Finding:
    """A reporting frequency is set for the plan (or its indicators); planned reviews alone
    are partial."""
    m = ctx.plan.monitoring
    frequency = m.reporting_frequency or next(
        (
            i.indicator.data_roles.reporting_frequency
            for i in ctx.indicators
            if i.indicator.data_roles and i.indicator.data_roles.reporting_frequency
        ),
        None,
    )
    advice = _("Report on the plan at a set rhythm, at least every year.")
    if frequency is not None:
        return passed(
            _("Progress is reported {how_often}.").format(how_often=_(HOW_OFTEN[frequency]))
        )
    if m.midterm_review or m.final_evaluation:
        return partial(0.5, _("Reviews are planned, but no regular progress reporting."), advice)
    return failed(_("No regular progress reporting is set."), advice, missing=True)


@check("7.5", "monitoring", N_("Reporting is public"))
def public_reporting(ctx: Context) -> Finding:
    """Progress reports are published; reporting to parliament (or another body) without
    publication is partial."""
    m = ctx.plan.monitoring
    advice = _("Publish the progress reports, and table them in parliament.")
    to = ", ".join(m.reports_to)
    if m.reports_public:
        if to:
            return passed(_("Progress reports are public and go to {to}.").format(to=to))
        return passed(_("Progress reports are public."))
    if m.reports_to:
        return partial(0.5, _("Reports go to {to} but are not published.").format(to=to), advice)
    return failed(_("Progress reports are not public."), advice, missing=True)


@check("7.6", "monitoring", N_("Reporting rounds completed on time"))
def rounds_on_time(ctx: Context) -> Finding:
    """From the monitoring cycle: the share of due submissions that came in by the deadline
    (pass from 90%). Not applicable before any submission is due."""
    m = ctx.monitoring
    if m is None or not m.submissions_due:
        return not_applicable(_("No reporting round has come due yet."))
    share = min(m.submissions_on_time / m.submissions_due, 1.0)
    return graded(
        share,
        _("{on_time} of {due} submissions were on time.").format(
            on_time=m.submissions_on_time, due=m.submissions_due
        ),
        _("Follow up late submissions with the focal points before the deadline."),
        pass_at=0.9,
    )


@check("7.7", "monitoring", N_("Indicators with current data"))
def current_data(ctx: Context) -> Finding:
    """From the monitoring cycle: the share of indicators with an approved value for the
    latest period (pass from 80%)."""
    m = ctx.monitoring
    if m is None or not m.indicators_total:
        return not_applicable(_("No monitoring data yet."))
    share = min(m.indicators_with_current_data / m.indicators_total, 1.0)
    return graded(
        share,
        _("{current} of {total} indicators have current data.").format(
            current=m.indicators_with_current_data, total=m.indicators_total
        ),
        _("Ask the responsible organisations for the missing indicator values."),
        pass_at=0.8,
    )


@check("8.1", "goals", N_("Measurable targets"))
def measurable_targets(ctx: Context) -> Finding:
    """Quantitative indicators have targets."""
    if not ctx.indicators:
        return failed(
            _("The plan sets no indicators, so no measurable targets."),
            _("Set measurable targets for the plan's objectives and outputs."),
        )
    if not ctx.quantitative:
        return failed(
            ngettext(
                "All {n} indicator are qualitative; none is measurable.",
                "All {n} indicators are qualitative; none is measurable.",
                len(ctx.indicators),
            ).format(n=len(ctx.indicators)),
            _("Add quantitative indicators with targets."),
        )
    good = [i for i in ctx.quantitative if i.indicator.target is not None]
    bad = others(ctx.quantitative, good)
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no quantitative indicators."),
        having=_("All {total} quantitative indicators have a target."),
        lacking=_("{failing} of {total} quantitative indicators have no target: {ids}"),
        recommendation=_("Set a target (value and date) for {ids}."),
    )


@check("8.2", "goals", N_("Qualitative targets beside measurable ones"))
def qualitative_targets(ctx: Context) -> Finding:
    """Both kinds of target are present: measurable ones and qualitative ones (laws adopted,
    practices changed) — the seed asks for non-measurable targets alongside concrete actions."""
    quant = [i for i in ctx.quantitative if i.indicator.target is not None]
    qual = [i for i in ctx.qualitative if i.indicator.target is not None]
    if quant and qual:
        return passed(
            _("{measurable} measurable and {qualitative} qualitative targets.").format(
                measurable=len(quant), qualitative=len(qual)
            ),
            refs(quant + qual),
        )
    if quant:
        return partial(
            0.5,
            _("All targets are measurable; none is qualitative."),
            _(
                "Add qualitative targets (for example laws adopted, practices changed) "
                "where numbers miss what matters."
            ),
            passing=refs(quant),
        )
    if qual:
        return partial(
            0.5,
            _("All targets are qualitative; none is measurable."),
            _("Add measurable targets beside the qualitative ones."),
            passing=refs(qual),
        )
    return failed(
        _("The plan sets no targets."), _("Set targets, measurable and qualitative."), missing=True
    )


@check("8.3", "goals", N_("Short- and long-term targets"))
def short_and_long(ctx: Context) -> Finding:
    """Targets or milestones fall due in the first half of the plan period (short term) and
    in its last quarter (long term)."""
    period = ctx.period
    if period is None:
        return not_applicable(_("The plan has no period to place its targets in."))
    span = period.end - period.start
    half, last_quarter = period.start + span / 2, period.start + span * 3 / 4
    days: list[date] = []
    for ref in ctx.indicators:
        ind = ref.indicator
        days += [m.date for m in ind.milestones if m.date]
        if ind.target is not None and (d := ctx.target_day(ind.target)) is not None:
            days.append(d)
    short = [d for d in days if d <= half]
    long = [d for d in days if d >= last_quarter]
    advice = _(
        "Set milestones for the first years as well as end targets, so progress can be "
        "judged along the way."
    )
    if short and long:
        return passed(
            _(
                "{short} targets or milestones in the first half of the period, "
                "{long} in its last quarter."
            ).format(short=len(short), long=len(long))
        )
    if short:
        return partial(0.5, _("Only short-term targets are set."), advice)
    if long:
        return partial(0.5, _("Only long-term targets are set."), advice)
    return failed(_("No dated targets or milestones."), advice, missing=True)


@check("8.4", "goals", N_("Targets go beyond the baseline"))
def ambitious_targets(ctx: Context) -> Finding:
    """Where an indicator has both a numeric baseline and target, the target improves on the
    baseline in the indicator's direction (a 'maintain' target may equal it)."""
    good: list[walk.IndicatorRef] = []
    bad: list[walk.IndicatorRef] = []
    for ref in ctx.indicators:
        ind = ref.indicator
        base, target = ind.baseline.value, ind.target.value if ind.target else None
        if not (is_number(base) and is_number(target)):
            continue
        if ind.direction is Direction.INCREASE:
            ok = target > base  # type: ignore[operator]
        elif ind.direction is Direction.DECREASE:
            ok = target < base  # type: ignore[operator]
        else:
            ok = True
        (good if ok else bad).append(ref)
    if not good and not bad:
        return not_applicable(_("No indicator has both a numeric baseline and a target."))
    return coverage(
        refs(good),
        refs(bad),
        empty=_("The plan has no targets with a baseline."),
        having=_("All {total} targets with a baseline improve on their baseline."),
        lacking=_(
            "{failing} of {total} targets with a baseline are no better than their baseline: {ids}"
        ),
        recommendation=_(
            "Raise the ambition of {ids}: a target should move beyond where things stand."
        ),
    )
