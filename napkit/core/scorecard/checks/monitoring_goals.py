"""Criteria 7 (implementation, monitoring and evaluation) and 8 (goals)."""

from __future__ import annotations

from datetime import date

from napkit.core import walk
from napkit.core.scorecard.catalogue import check
from napkit.core.scorecard.context import UN_PILLARS, Context
from napkit.core.scorecard.findings import (
    Finding,
    coverage,
    failed,
    graded,
    not_applicable,
    partial,
    passed,
    plural,
    refs,
)
from napkit.core.scorecard.model import ItemRef
from napkit.core.types import is_number
from napkit.core.vocabulary import Direction, Frequency

HOW_OFTEN = {
    Frequency.MONTHLY: "monthly",
    Frequency.QUARTERLY: "quarterly",
    Frequency.SEMI_ANNUAL: "every six months",
    Frequency.ANNUAL: "annually",
    Frequency.BIENNIAL: "every two years",
    Frequency.ONCE: "once",
    Frequency.AD_HOC: "as needed",
}
PILLAR_LABELS = {
    "participation": "participation",
    "prevention": "prevention",
    "protection": "protection",
    "relief_and_recovery": "relief and recovery",
}


@check("7.1", "monitoring", "The four pillars are covered")
def pillars_covered(ctx: Context) -> Finding:
    """Objectives are mapped to pillars and, between them, address the UN four —
    participation, prevention, protection, relief and recovery (by id or name, so renamed
    pillars still count). Two or three pillars are partial."""
    if not ctx.plan.objectives:
        return failed("The plan has no objectives.", "Set objectives under each pillar.")
    if not any(o.pillars for o in ctx.plan.objectives):
        return failed(
            "No objective is mapped to a pillar.", "Map each objective to the pillar(s) it serves."
        )
    covered = ctx.un_pillars_covered
    done = [p for p in UN_PILLARS if covered[p]]
    missing = [p for p in UN_PILLARS if not covered[p]]
    summary = f"Objectives cover {len(done)} of the 4 UN pillars"
    if not missing:
        return passed(summary + ".")
    summary += f"; {', '.join(PILLAR_LABELS[p] for p in missing)} not addressed."
    missing_refs = [ItemRef(id=p, kind="pillar", label=PILLAR_LABELS[p]) for p in missing]
    return graded(
        len(done) / 4,
        summary,
        "Address the missing pillars, or say why the plan leaves them to other "
        f"policies: {', '.join(PILLAR_LABELS[p] for p in missing)}.",
        pass_at=1.0,
        partial_at=0.5,
        failing=missing_refs,
        passing=[ItemRef(id=p, kind="pillar", label=PILLAR_LABELS[p]) for p in done],
    )


@check("7.2", "monitoring", "The context lens is used", weight=0.5)
def context_lens(ctx: Context) -> Finding:
    """The no-conflict / conflict / post-conflict lens is used, for the plan or for its
    objectives and activities (the seed suggests it to turn pillar goals into tasks)."""
    used = ctx.contexts_used
    if used:
        return passed(f"Context lens used: {', '.join(sorted(c.value for c in used))}.")
    return failed(
        "The no-conflict / conflict / post-conflict lens is not used.",
        "Say for which situations each objective or activity is meant — no conflict, "
        "conflict, post-conflict — to make pillar goals concrete tasks.",
    )


@check("7.3", "monitoring", "Indicators adapted or defined")
def indicators_defined(ctx: Context) -> Finding:
    """The plan has indicators, each adapted from a catalogue (UN global 1325 set, EU set,
    SDG) or given a national definition. Having indicators scores 0.5; the rest of the score
    is the share adapted or defined (pass from 80% of them)."""
    if not ctx.indicators:
        return failed(
            "The plan has no indicators.",
            "Adopt indicators: adapt them from the UN global 1325 indicators or the EU "
            "set, or define national ones, with a definition each.",
        )
    good = [i for i in ctx.indicators if i.indicator.catalogue or i.indicator.definition]
    bad = [i for i in ctx.indicators if i not in good]
    return coverage(
        refs(good),
        refs(bad),
        noun="indicators",
        having="are adapted from a catalogue or defined",
        lacking="are neither adapted from a catalogue nor defined",
        recommendation="Define {ids}, or link them to the UN, EU or SDG indicator they adapt.",
        pass_at=0.9,
        partial_at=0.0,
        floor=0.5,
    )


@check("7.4", "monitoring", "Regular reporting")
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
    advice = "Report on the plan at a set rhythm, at least every year."
    if frequency is not None:
        return passed(f"Progress is reported {HOW_OFTEN[frequency]}.")
    if m.midterm_review or m.final_evaluation:
        return partial(0.5, "Reviews are planned, but no regular progress reporting.", advice)
    return failed("No regular progress reporting is set.", advice)


@check("7.5", "monitoring", "Reporting is public")
def public_reporting(ctx: Context) -> Finding:
    """Progress reports are published; reporting to parliament (or another body) without
    publication is partial."""
    m = ctx.plan.monitoring
    advice = "Publish the progress reports, and table them in parliament."
    if m.reports_public:
        to = f" and go to {', '.join(m.reports_to)}" if m.reports_to else ""
        return passed(f"Progress reports are public{to}.")
    if m.reports_to:
        return partial(
            0.5, f"Reports go to {', '.join(m.reports_to)} but are not published.", advice
        )
    return failed("Progress reports are not public.", advice)


@check("7.6", "monitoring", "Reporting rounds completed on time")
def rounds_on_time(ctx: Context) -> Finding:
    """From the monitoring cycle: the share of due submissions that came in by the deadline
    (pass from 90%). Not applicable before any submission is due."""
    m = ctx.monitoring
    if m is None or not m.submissions_due:
        return not_applicable("No reporting round has come due yet.")
    share = min(m.submissions_on_time / m.submissions_due, 1.0)
    return graded(
        share,
        f"{m.submissions_on_time} of {m.submissions_due} submissions were on time.",
        "Follow up late submissions with the focal points before the deadline.",
        pass_at=0.9,
    )


@check("7.7", "monitoring", "Indicators with current data")
def current_data(ctx: Context) -> Finding:
    """From the monitoring cycle: the share of indicators with an approved value for the
    latest period (pass from 80%)."""
    m = ctx.monitoring
    if m is None or not m.indicators_total:
        return not_applicable("No monitoring data yet.")
    share = min(m.indicators_with_current_data / m.indicators_total, 1.0)
    return graded(
        share,
        f"{m.indicators_with_current_data} of {m.indicators_total} indicators have current data.",
        "Ask the responsible organisations for the missing indicator values.",
        pass_at=0.8,
    )


@check("8.1", "goals", "Measurable targets")
def measurable_targets(ctx: Context) -> Finding:
    """Quantitative indicators have targets."""
    if not ctx.indicators:
        return failed(
            "The plan sets no indicators, so no measurable targets.",
            "Set measurable targets for the plan's objectives and outputs.",
        )
    if not ctx.quantitative:
        return failed(
            f"All {plural(len(ctx.indicators), 'indicator')} are qualitative; none is measurable.",
            "Add quantitative indicators with targets.",
        )
    good = [i for i in ctx.quantitative if i.indicator.target is not None]
    bad = [i for i in ctx.quantitative if i not in good]
    return coverage(
        refs(good),
        refs(bad),
        noun="quantitative indicators",
        having="have a target",
        lacking="have no target",
        recommendation="Set a target (value and date) for {ids}.",
    )


@check("8.2", "goals", "Qualitative targets beside measurable ones")
def qualitative_targets(ctx: Context) -> Finding:
    """Both kinds of target are present: measurable ones and qualitative ones (laws adopted,
    practices changed) — the seed asks for non-measurable targets alongside concrete actions."""
    quant = [i for i in ctx.quantitative if i.indicator.target is not None]
    qual = [i for i in ctx.qualitative if i.indicator.target is not None]
    if quant and qual:
        return passed(
            f"{len(quant)} measurable and {len(qual)} qualitative targets.", refs(quant + qual)
        )
    if quant:
        return partial(
            0.5,
            "All targets are measurable; none is qualitative.",
            "Add qualitative targets (for example laws adopted, practices changed) "
            "where numbers miss what matters.",
            passing=refs(quant),
        )
    if qual:
        return partial(
            0.5,
            "All targets are qualitative; none is measurable.",
            "Add measurable targets beside the qualitative ones.",
            passing=refs(qual),
        )
    return failed("The plan sets no targets.", "Set targets, measurable and qualitative.")


@check("8.3", "goals", "Short- and long-term targets")
def short_and_long(ctx: Context) -> Finding:
    """Targets or milestones fall due in the first half of the plan period (short term) and
    in its last quarter (long term)."""
    period = ctx.period
    if period is None:
        return not_applicable("The plan has no period to place its targets in.")
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
    advice = (
        "Set milestones for the first years as well as end targets, so progress can be "
        "judged along the way."
    )
    if short and long:
        return passed(
            f"{len(short)} targets or milestones in the first half of the period, "
            f"{len(long)} in its last quarter."
        )
    if short or long:
        which = "short-term" if short else "long-term"
        return partial(0.5, f"Only {which} targets are set.", advice)
    return failed("No dated targets or milestones.", advice)


@check("8.4", "goals", "Targets go beyond the baseline")
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
        return not_applicable("No indicator has both a numeric baseline and a target.")
    return coverage(
        refs(good),
        refs(bad),
        noun="targets with a baseline",
        having="improve on their baseline",
        lacking="are no better than their baseline",
        recommendation="Raise the ambition of {ids}: a target should move beyond "
        "where things stand.",
    )
