"""The headline findings: the few facts comparative studies code for every NAP.

PeaceWomen/WILPF's country pages, the LSE/Sydney NAP database and the OSCE study all ask,
of each plan, the same questions: is there an allocated budget, are there indicators, with
baselines and targets, an M&E framework, regular and public reporting, civil society in
design and in implementation or monitoring, a coordination mechanism (with civil society on
it), which focus, which lead institution, which pillars. Each finding answers from the
plan's details where it has them, else from what the plan's document states (the plan
file's ``statements``), else it is *not stated* — never "no" for a plan read from a document
that is merely silent. A plan authored in napkit has no document behind it: what it lacks,
it lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from napkit.core.i18n import N_, _, ngettext
from napkit.core.plan import model as core
from napkit.core.plan.labels import words
from napkit.core.plan.vocabulary import BodyFunction, BudgetStatus, Focus, Frequency
from napkit.core.scorecard.context import Context
from napkit.core.scorecard.model import Basis, HeadlineFinding

YES, PARTIAL, NO, NOT_STATED = "yes", "partial", "no", "not_stated"


@dataclass(frozen=True)
class Question:
    id: str
    text: str  # marked for translation, translated where shown
    answer: Callable[[Context], HeadlineFinding]


def _from_plan(key: str, answer: str, summary: str) -> HeadlineFinding:
    return HeadlineFinding(
        id=key, question=_(QUESTIONS[key].text), answer=answer, basis=Basis.PLAN, summary=summary
    )


def _stated_or(ctx: Context, key: str, absent: str) -> HeadlineFinding:
    """The plan holds nothing on ``key``: not stated (a transcribed plan; a statement of its
    document may still answer, see ``_stated``) or ``absent``."""
    question = _(QUESTIONS[key].text)
    if ctx.plan.metadata.transcribed:
        return HeadlineFinding(
            id=key,
            question=question,
            answer=NOT_STATED,
            basis=Basis.NONE,
            summary=_("The plan's document, as recorded, does not say."),
        )
    return HeadlineFinding(id=key, question=question, answer=NO, basis=Basis.NONE, summary=absent)


def _share(have: int, total: int) -> str:
    return YES if have == total else PARTIAL if have else NO


def budget(ctx: Context) -> HeadlineFinding:
    stated = ctx.plan.statements.budget
    summary = ctx.plan.budget
    said = summary.status is not None or summary.total or summary.statement or stated
    if not said and not ctx.budget_lines:
        if ctx.plan.metadata.transcribed:
            return _stated_or(ctx, "budget", "")
        return _from_plan("budget", BudgetStatus.NONE.value, _("The plan has no budget."))
    status = ctx.budget_status
    found = _from_plan(
        "budget",
        status.value,
        _("Budget status: {status} (the highest its summary or budget lines support).").format(
            status=status.value
        ),
    )
    if stated is not None:
        found = found.model_copy(update={"quote": stated.evidence, "source": stated.source})
    return found


def indicators(ctx: Context) -> HeadlineFinding:
    if not ctx.indicators:
        return _stated_or(ctx, "indicators", _("The plan has no indicators."))
    objectives = ctx.plan.objectives
    measured = [o for o in objectives if _objective_has_indicators(o)]
    return _from_plan(
        "indicators",
        _share(len(measured), len(objectives)),
        _("{n} indicators; {m} of {t} objectives have some.").format(
            n=len(ctx.indicators), m=len(measured), t=len(objectives)
        ),
    )


def _objective_has_indicators(o: core.Objective) -> bool:
    outputs = [*o.outputs, *(x for c in o.outcomes for x in c.outputs)]
    return bool(o.indicators or any(c.indicators for c in o.outcomes)) or any(
        x.indicators for x in outputs
    )


def baselines_targets(ctx: Context) -> HeadlineFinding:
    quantitative = ctx.quantitative
    if not quantitative:
        return _stated_or(
            ctx, "baselines_targets", _("The plan has no measurable indicators to set them for.")
        )
    based = [
        i
        for i in quantitative
        if i.indicator.baseline.value is not None or i.indicator.baseline.not_applicable
    ]
    targeted = [i for i in quantitative if i.indicator.target is not None]
    both = [i for i in based if i.indicator.target is not None]
    answer = YES if len(both) == len(quantitative) else PARTIAL if (based or targeted) else NO
    return _from_plan(
        "baselines_targets",
        answer,
        _("{b} of {t} measurable indicators have a baseline, {g} a target.").format(
            b=len(based), t=len(quantitative), g=len(targeted)
        ),
    )


def me_framework(ctx: Context) -> HeadlineFinding:
    monitoring = ctx.plan.monitoring
    roles = [i for i in ctx.indicators if i.indicator.data_roles or i.indicator.responsible]
    timing = [i for i in ctx.indicators if i.indicator.frequency]
    when = monitoring.reporting_frequency is not None or bool(timing)
    who = bool(roles)
    if not (when or who or monitoring.description):
        return _stated_or(ctx, "me_framework", _("The plan says nothing of who reports when."))
    answer = YES if (when and who) else PARTIAL
    return _from_plan(
        "me_framework",
        answer,
        _("Who collects or reports: {who}; when: {when}.").format(
            who=_("named for {n} indicators").format(n=len(roles)) if who else _("not set"),
            when=_("set") if when else _("not set"),
        ),
    )


def regular_reporting(ctx: Context) -> HeadlineFinding:
    frequency = ctx.plan.monitoring.reporting_frequency
    if frequency is None:
        return _stated_or(ctx, "regular_reporting", _("No reporting rhythm is set."))
    answer = (
        NO if frequency is Frequency.ONCE else PARTIAL if frequency is Frequency.AD_HOC else YES
    )
    return _from_plan(
        "regular_reporting", answer, _("Progress is reported: {f}.").format(f=frequency.value)
    )


def public_reporting(ctx: Context) -> HeadlineFinding:
    if ctx.plan.monitoring.reports_public:
        return _from_plan("public_reporting", YES, _("Progress reports are published."))
    return _stated_or(ctx, "public_reporting", _("The plan does not publish its reports."))


def cs_design(ctx: Context) -> HeadlineFinding:
    found = ctx.design_consultations_with_cso
    if found:
        return _from_plan(
            "cs_design",
            YES,
            ngettext(
                "{n} design consultation with civil society.",
                "{n} design consultations with civil society.",
                len(found),
            ).format(n=len(found)),
        )
    return _stated_or(ctx, "cs_design", _("No consultation with civil society is recorded."))


def cs_implementation_monitoring(ctx: Context) -> HeadlineFinding:
    acts = ctx.cso_leads + ctx.cso_supports
    monitors = [
        b
        for b in ctx.bodies_with_cso
        if {BodyFunction.MONITORING, BodyFunction.EVALUATION, BodyFunction.IMPLEMENTATION}
        & set(b.functions)
    ]
    roles = [
        i
        for i in ctx.indicators
        if i.indicator.data_roles
        and {i.indicator.data_roles.collects, i.indicator.data_roles.reports} & ctx.cso
    ]
    if acts or monitors or roles:
        return _from_plan(
            "cs_implementation_monitoring",
            YES,
            _(
                "Civil society: leads or supports activities: {a}; monitors on bodies: {b}; "
                "collects or reports indicators: {r}."
            ).format(a=len(acts), b=len(monitors), r=len(roles)),
        )
    return _stated_or(
        ctx, "cs_implementation_monitoring", _("Civil society has no role in carrying it out.")
    )


def coordination_mechanism(ctx: Context) -> HeadlineFinding:
    bodies = ctx.plan.governance.bodies
    if bodies:
        return _from_plan(
            "coordination_mechanism",
            YES,
            ", ".join(b.name for b in bodies),
        )
    return _stated_or(ctx, "coordination_mechanism", _("No coordination body is described."))


def cs_on_coordination(ctx: Context) -> HeadlineFinding:
    bodies = ctx.plan.governance.bodies
    with_cso = ctx.bodies_with_cso
    if with_cso:
        return _from_plan(
            "cs_on_coordination",
            YES,
            _("Civil society sits on: {bodies}.").format(
                bodies=", ".join(b.name for b in with_cso)
            ),
        )
    listed = [b for b in bodies if b.members]
    if listed:
        return _from_plan(
            "cs_on_coordination", NO, _("The members listed include no civil-society member.")
        )
    return _stated_or(
        ctx, "cs_on_coordination", _("No coordination body has a civil-society member.")
    )


def focus(ctx: Context) -> HeadlineFinding:
    stated = ctx.plan.framework.focus
    if stated is None:
        seen = {ctx.focus_of(a) for a in ctx.activities} | {o.focus for o in ctx.plan.objectives}
        seen.discard(None)
        if Focus.BOTH in seen or {Focus.DOMESTIC, Focus.INTERNATIONAL} <= seen:
            stated = Focus.BOTH
        elif len(seen) == 1:
            stated = next(iter(seen))
    if stated is None:
        return HeadlineFinding(
            id="focus",
            question=_(QUESTIONS["focus"].text),
            answer=NOT_STATED,
            basis=Basis.NONE,
            summary=_("The plan does not say where it acts."),
        )
    return _from_plan("focus", stated.value, _("Focus: {f}.").format(f=words(stated)))


def lead_institution(ctx: Context) -> HeadlineFinding:
    meta = ctx.plan.metadata
    coordinator = ctx.plan.governance.coordinator
    named = meta.lead_institution or (
        ctx.orgs[meta.lead_organisation].name if meta.lead_organisation in ctx.orgs else None
    )
    if named is None and coordinator is not None and coordinator.organisation in ctx.orgs:
        named = ctx.orgs[coordinator.organisation].name
    if named is None:
        return HeadlineFinding(
            id="lead_institution",
            question=_(QUESTIONS["lead_institution"].text),
            answer=NOT_STATED,
            basis=Basis.NONE,
            summary=_("No lead institution is named."),
        )
    return _from_plan("lead_institution", named, _("Named in the plan."))


def pillars(ctx: Context) -> HeadlineFinding:
    names = [p.name for p in ctx.plan.framework.pillars]
    linked = any(o.pillars for o in ctx.plan.objectives)
    if not names or (ctx.plan.metadata.transcribed and not linked and not ctx.plan.objectives):
        return HeadlineFinding(
            id="pillars",
            question=_(QUESTIONS["pillars"].text),
            answer=NOT_STATED,
            basis=Basis.NONE,
            summary=_("The plan's pillars are not recorded."),
        )
    return _from_plan(
        "pillars",
        "; ".join(names),
        ngettext("The plan's {n} pillar.", "The plan's {n} pillars.", len(names)).format(
            n=len(names)
        ),
    )


QUESTIONS: dict[str, Question] = {
    q.id: q
    for q in (
        Question("budget", N_("Budget status"), budget),
        Question("indicators", N_("Has indicators"), indicators),
        Question(
            "baselines_targets", N_("Indicators have baselines and targets"), baselines_targets
        ),
        Question(
            "me_framework", N_("An M&E framework: who collects and reports, when"), me_framework
        ),
        Question("regular_reporting", N_("Regular progress reporting"), regular_reporting),
        Question("public_reporting", N_("Progress reports are public"), public_reporting),
        Question("cs_design", N_("Civil society took part in design"), cs_design),
        Question(
            "cs_implementation_monitoring",
            N_("Civil society in implementation or monitoring"),
            cs_implementation_monitoring,
        ),
        Question("coordination_mechanism", N_("A coordination mechanism"), coordination_mechanism),
        Question(
            "cs_on_coordination", N_("Civil society on the coordination body"), cs_on_coordination
        ),
        Question("focus", N_("Domestic or international focus"), focus),
        Question("lead_institution", N_("Lead institution"), lead_institution),
        Question("pillars", N_("Pillars"), pillars),
    )
}


def _stated(ctx: Context, found: HeadlineFinding) -> HeadlineFinding:
    """The document's statement, where the plan's details answer less than "yes": a plan
    read from a document holds fewer details than the document says."""
    statement: core.Statement | None = getattr(ctx.plan.statements, found.id, None)
    if statement is None or found.id == "budget" or found.answer == YES:
        return found
    return HeadlineFinding(
        id=found.id,
        question=found.question,
        answer=statement.answer,
        basis=Basis.STATEMENT,
        summary=_("Stated in the plan's document."),
        quote=statement.evidence,
        source=statement.source,
    )


def headlines(ctx: Context) -> list[HeadlineFinding]:
    """Every headline finding of the plan, in the order of ``QUESTIONS``."""
    return [_stated(ctx, q.answer(ctx)) for q in QUESTIONS.values()]


ALLOCATED_OR_MORE = {s.value for s in BudgetStatus if s.at_least(BudgetStatus.ALLOCATED)}
