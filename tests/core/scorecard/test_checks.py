"""Every scorecard check, driven to each of its outcomes by one small change to a base plan.

The base plan (``builders.base_plan``) passes every check; each case copies it, changes the
one thing its check looks at, and says what the check must find: the outcome, the score where
it is meaningful, the items named as falling short (in the evidence and in the summary), and
a recommendation whenever the outcome is partial or fail.

Checks with no partial outcome: 7.2 (the context lens is used or not) and 13.3 (figures are
published or not). Checks that can say "not applicable" have such a case; the others cannot
(see ``NOT_APPLICABLE``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from napkit.core.plan import model as core
from napkit.core.plan.validation import validate
from napkit.core.plan.vocabulary import (
    ActionItemStatus,
    BodyFunction,
    BudgetStatus,
    ContextLens,
    CoordinatorResourcing,
    Direction,
    EndorsementLevel,
    Focus,
    Frequency,
    GovernmentLevel,
    InputResponse,
    PlanKind,
    PlanStage,
    PlanStatus,
    Sector,
)
from napkit.core.scorecard import MonitoringFacts, Outcome, assess, catalogue
from napkit.core.scorecard.model import CheckResult
from tests.core.scorecard.builders import (
    AS_OF,
    Edit,
    activities,
    activity,
    base_plan,
    body,
    budget_status,
    carried_only_by,
    chain,
    drop_indicators,
    indicator,
    indicators,
    member,
    no_activities,
    no_baseline,
    no_bodies,
    no_budget,
    no_budget_lines,
    no_focal_point,
    no_indicators,
    no_lead,
    no_objectives,
    no_reporting_frequency,
    no_responsible,
    no_reviews,
    no_target,
    no_timing,
    objective,
    org,
    output,
    update,
)

PASS, PARTIAL, FAIL, NA = (
    Outcome.PASS,
    Outcome.PARTIAL,
    Outcome.FAIL,
    Outcome.NOT_APPLICABLE,
)

# Checks whose only outcomes are pass and fail.
NO_PARTIAL = {"7.2", "13.3"}
# Checks that can find nothing to judge.
NOT_APPLICABLE = {
    "3.3",
    "3.5",
    "6.3",
    "7.6",
    "7.7",
    "8.3",
    "8.4",
    "13.2",
}


def unchanged(plan: core.Plan) -> None:
    """The base plan as it is."""


@dataclass(frozen=True)
class Case:
    check: str
    outcome: Outcome
    name: str
    edit: Edit = unchanged
    score: float | None = None  # checked when given (not applicable is always None)
    failing: Sequence[str] | None = None  # ids in evidence.failing, exactly, when given
    passing: Sequence[str] | None = None  # ids in evidence.passing, exactly, when given
    summary: Sequence[str] = ()  # fragments the evidence summary must contain
    monitoring: MonitoringFacts | None = None
    as_of: date = AS_OF
    bug: str | None = None  # a known wrong behaviour: the case is a strict xfail


# --- small edits used by several cases ------------------------------------------------


def focus_of_activities(*focus: Focus | None) -> Edit:
    def run(p: core.Plan) -> None:
        for a, f in zip(activities(p), focus, strict=True):
            a.focus = f

    return run


def no_focus_anywhere(p: core.Plan) -> None:
    focus_of_activities(None, None, None, None)(p)
    for o in p.objectives:
        o.focus = None


def no_cso_in_consultations(p: core.Plan) -> None:
    c = p.consultations[0]
    assert c.participants is not None
    c.participants.civil_society = 0
    c.organisations = ["MGE"]
    c.inputs[0].source = "MGE"


def review_consultation_with_cso(p: core.Plan) -> None:
    p.consultations.append(
        core.Consultation(
            id="C2", title="Mid-term review", stage=PlanStage.REVIEW, organisations=["WPN"]
        )
    )


def without_member(org_id: str) -> Edit:
    def run(p: core.Plan) -> None:
        b = body(p)
        b.members = [m for m in b.members if m.organisation != org_id]

    return run


def second_body(*, rhythm: Frequency | None) -> Edit:
    def run(p: core.Plan) -> None:
        p.governance.bodies.append(
            core.CoordinationBody(
                id="CB2",
                name="Technical working group",
                members=[core.Member(organisation="MOD"), core.Member(organisation="WPN")],
                meeting_frequency=rhythm,
            )
        )

    return run


def keep_meetings(n: int) -> Edit:
    def run(p: core.Plan) -> None:
        body(p).meetings = body(p).meetings[:n]

    return run


def all_pillars_renamed(p: core.Plan) -> None:
    p.framework.pillars = [
        core.Pillar(id="P1", name="Women's participation"),
        core.Pillar(id="P2", name="Conflict prevention"),
        core.Pillar(id="P3", name="Protection from violence"),
        core.Pillar(id="P4", name="Relief and recovery"),
    ]
    objective(p, "O1").pillars = ["P1", "P3"]
    objective(p, "O2").pillars = ["P2", "P4"]


def merged_pillar(p: core.Plan) -> None:
    p.framework.pillars = [
        core.Pillar(id="participation", name="Participation"),
        core.Pillar(id="prevention_and_protection", name="Prevention and protection"),
        core.Pillar(id="relief_and_recovery", name="Relief and recovery"),
    ]
    objective(p, "O1").pillars = ["participation", "prevention_and_protection"]
    objective(p, "O2").pillars = ["relief_and_recovery"]


def undefined(*ids: str) -> Edit:
    def run(p: core.Plan) -> None:
        for i in ids:
            update(indicator(p, i), definition=None, catalogue=[])

    return run


def targets_due(day: date) -> Edit:
    def run(p: core.Plan) -> None:
        for i in indicators(p):
            assert i.target is not None
            i.target.date = day

    return run


def no_milestones(p: core.Plan) -> None:
    for i in indicators(p):
        i.milestones = []


def nine_objectives(p: core.Plan) -> None:
    p.objectives += [core.Objective(id=f"O{n}", title=f"Objective {n}") for n in range(3, 10)]


def untailored(p: core.Plan) -> None:
    update(p.framework, context_lens=[], focus_countries=[])
    for o in p.objectives:
        o.focus = None


def unprioritised(p: core.Plan) -> None:
    for a in activities(p):
        a.priority = None


def undated_activities(p: core.Plan) -> None:
    for a in activities(p):
        update(a, start=None, end=None)


def functions(*fs: BodyFunction) -> Edit:
    return lambda p: update(body(p), functions=list(fs))


def no_roles(p: core.Plan) -> None:
    for m in body(p).members:
        m.role = None


def no_data_roles(*ids: str) -> Edit:
    def run(p: core.Plan) -> None:
        for i in ids:
            indicator(p, i).data_roles = None

    return run


def endorsed(level: EndorsementLevel | None) -> Edit:
    def run(p: core.Plan) -> None:
        p.governance.endorsements = [] if level is None else [core.Endorsement(level=level)]

    return run


def provincial_without_role(p: core.Plan) -> None:
    activity(p, "A3").responsibility.lead = "MGE"
    activity(p, "A3").budget_lines[0].organisation = "MGE"
    update(indicator(p, "I3"), responsible="MGE", data_roles=None)
    without_member("NPG")(p)


def contacts_on_activities(p: core.Plan) -> None:
    no_focal_point(p, *(o.id for o in p.organisations))
    for a in activities(p):
        a.responsibility.contact = core.Contact(name=f"{a.id} desk officer")


def costed_per_output(p: core.Plan) -> None:
    no_budget_lines(p)
    for oid in ("OP1", "OP2"):
        output(p, oid).budget_lines = [
            core.BudgetLine(
                id=f"B-{oid}",
                amount=Decimal(80_000),
                currency="EUR",
                status=BudgetStatus.ALLOCATED,
            )
        ]


def amounts_only(p: core.Plan) -> None:
    """Each activity's line gives an amount but keeps the default status ('mentioned')."""
    budget_status(p, BudgetStatus.MENTIONED)


def revised_target(p: core.Plan) -> None:
    target = indicator(p, "I1").target
    assert target is not None
    target.history = [
        core.TargetRevision(value=25, changed_on=date(2026, 2, 1), reason="Recruitment slower")
    ]


def under_an_outcome(p: core.Plan) -> None:
    o2 = objective(p, "O2")
    o2.outcomes = [core.Outcome(id="OC1", title="Services reach survivors", outputs=o2.outputs)]
    o2.outputs = []


def add_risk(mitigation: str | None) -> Edit:
    return lambda p: p.risks.append(
        core.Risk(id="R2", title="Staff turnover", mitigation=mitigation)
    )


def meetings_decide_in_private(p: core.Plan) -> None:
    body(p).decisions_public = False


BASE = base_plan()

# --- the table -------------------------------------------------------------------------

CASES: list[Case] = [
    # 1.1 Domestic and international actions both present
    Case(
        "1.1",
        PASS,
        "activities act at home and abroad",
        score=1.0,
        passing=["A1", "A2", "A3", "A4"],
    ),
    Case(
        "1.1",
        PASS,
        "only the objectives say where they act",
        chain(
            no_focus_anywhere,
            lambda p: update(objective(p, "O1"), focus=Focus.DOMESTIC),
            lambda p: update(objective(p, "O2"), focus=Focus.INTERNATIONAL),
        ),
    ),
    Case(
        "1.1",
        PASS,
        "one activity acts in both spheres",
        focus_of_activities(Focus.BOTH, None, None, None),
    ),
    Case(
        "1.1",
        PARTIAL,
        "the plan states both spheres but no activity says where it acts",
        no_focus_anywhere,
        score=0.5,
    ),
    Case(
        "1.1",
        FAIL,
        "every activity acts at home",
        focus_of_activities(Focus.DOMESTIC, Focus.DOMESTIC, Focus.DOMESTIC, None),
        score=0.0,
        summary=["3 activities", "domestic; none is international"],
    ),
    Case(
        "1.1",
        FAIL,
        "the plan's own focus is domestic only",
        chain(no_focus_anywhere, lambda p: update(p.framework, focus=Focus.DOMESTIC)),
        summary=["focus is domestic only"],
    ),
    Case(
        "1.1",
        FAIL,
        "nothing says where the plan acts",
        chain(no_focus_anywhere, lambda p: update(p.framework, focus=None)),
    ),
    # 1.2 National capacity built
    Case("1.2", PASS, "a training activity at home", score=1.0, passing=["A1"], summary=["A1"]),
    Case(
        "1.2",
        PASS,
        "capacity named in the title only, no focus",
        lambda p: update(activity(p, "A1"), tags=[], focus=None),
        passing=["A1"],
    ),
    Case(
        "1.2",
        PASS,
        "an expert roster tagged, described in other words",
        chain(
            lambda p: update(activity(p, "A1"), title="Deploy officers", tags=[]),
            lambda p: update(activity(p, "A3"), tags=["expert_pool"]),
        ),
        passing=["A3"],
    ),
    Case(
        "1.2",
        PARTIAL,
        "capacity is built abroad only",
        lambda p: update(activity(p, "A1"), focus=Focus.INTERNATIONAL),
        score=0.5,
        passing=["A1"],
        summary=["abroad only", "A1"],
    ),
    Case(
        "1.2",
        FAIL,
        "no activity builds capacity",
        lambda p: update(activity(p, "A1"), title="Deploy women officers to missions", tags=[]),
        score=0.0,
    ),
    Case(
        "1.2",
        FAIL,
        "no activities, objectives silent",
        no_activities,
        score=0.0,
        summary=["Neither activities nor objectives"],
    ),
    Case(
        "1.2",
        PASS,
        "no activities, an objective builds capacity at home",
        chain(no_activities, lambda p: update(objective(p, "O1"), title="Train the police")),
        score=1.0,
        summary=["Train the police"],
    ),
    # 2.1 Civil society took part in design
    Case(
        "2.1",
        PASS,
        "design workshop with civil society",
        score=1.0,
        passing=["C1"],
        summary=["C1", "18 civil-society participants"],
    ),
    Case(
        "2.1",
        PASS,
        "civil society named only through an input",
        chain(
            no_cso_in_consultations,
            lambda p: update(p.consultations[0].inputs[0], source="WPN"),
        ),
        passing=["C1"],
    ),
    Case(
        "2.1",
        PARTIAL,
        "civil society consulted only at review",
        lambda p: update(p.consultations[0], stage=PlanStage.REVIEW),
        score=0.5,
        passing=["C1"],
        summary=["not while the plan was designed", "C1"],
    ),
    Case(
        "2.1",
        FAIL,
        "consultations without civil society",
        no_cso_in_consultations,
        score=0.0,
        failing=["C1"],
        summary=["none with civil society"],
    ),
    Case("2.1", FAIL, "no consultation", lambda p: update(p, consultations=[]), score=0.0),
    # 2.2 Civil society on the coordination body
    Case("2.2", PASS, "a voting civil-society member", score=1.0, passing=["CB1"]),
    Case(
        "2.2",
        PASS,
        "a civil-society member named by sector",
        chain(
            without_member("WPN"),
            lambda p: body(p).members.append(
                core.Member(name="Ms Aline Dube", sector=Sector.CIVIL_SOCIETY)
            ),
        ),
        passing=["CB1"],
    ),
    Case(
        "2.2",
        PARTIAL,
        "civil society attends as observer",
        lambda p: update(member(p, "WPN"), role="Observer"),
        score=0.5,
        passing=["CB1"],
        summary=["observers only"],
    ),
    Case(
        "2.2",
        FAIL,
        "no civil-society member",
        without_member("WPN"),
        score=0.0,
        failing=["CB1"],
        summary=["has a civil-society member"],
    ),
    Case("2.2", FAIL, "no coordination body", no_bodies, score=0.0),
    # 2.3 Civil society in implementation
    Case("2.3", PASS, "civil society leads an activity", score=1.0, passing=["A2"], summary=["A2"]),
    Case(
        "2.3",
        PARTIAL,
        "civil society only supports",
        lambda p: update(
            activity(p, "A2"), responsibility=core.Responsibility(lead="MFA", supporting=["WPN"])
        ),
        score=0.5,
        passing=["A2"],
    ),
    Case(
        "2.3",
        FAIL,
        "civil society neither leads nor supports",
        lambda p: update(activity(p, "A2"), responsibility=core.Responsibility(lead="MFA")),
        score=0.0,
    ),
    Case("2.3", FAIL, "no activities", no_activities),
    # 2.4 Civil society in monitoring and evaluation
    Case("2.4", PASS, "civil society on the monitoring body", score=1.0, passing=["CB1"]),
    Case(
        "2.4",
        PASS,
        "civil society collects indicator data",
        chain(
            functions(BodyFunction.DESIGN, BodyFunction.IMPLEMENTATION),
            lambda p: update(indicator(p, "I3").data_roles, collects="WPN"),
        ),
        passing=["I3"],
        summary=["data role for 1 indicator"],
    ),
    Case(
        "2.4",
        PARTIAL,
        "civil society only in a review consultation",
        chain(
            functions(BodyFunction.DESIGN, BodyFunction.IMPLEMENTATION),
            review_consultation_with_cso,
        ),
        score=0.5,
        passing=["C2"],
        summary=["C2"],
    ),
    Case(
        "2.4",
        FAIL,
        "the civil-society body does not monitor",
        functions(BodyFunction.DESIGN, BodyFunction.IMPLEMENTATION),
        score=0.0,
    ),
    # 2.5 Written rules for the cooperation
    Case("2.5", PASS, "rules of engagement written", score=1.0, passing=["CB1"]),
    Case(
        "2.5",
        PARTIAL,
        "terms of reference only",
        lambda p: update(body(p), rules_of_engagement=None),
        score=0.5,
        passing=["CB1"],
    ),
    Case(
        "2.5",
        FAIL,
        "nothing written",
        lambda p: update(body(p), rules_of_engagement=None, terms_of_reference=None),
        score=0.0,
    ),
    # 2.6 Consultation inputs answered
    Case("2.6", PASS, "the input was adopted", score=1.0),
    Case(
        "2.6",
        PASS,
        "not adopted, with the reason",
        lambda p: update(
            p.consultations[0].inputs[0],
            response=InputResponse.NOT_ADOPTED,
            how_addressed="Outside the plan's scope; referred to the GBV strategy.",
        ),
        score=1.0,
    ),
    Case(
        "2.6",
        FAIL,
        "not adopted, no reason given",
        lambda p: update(p.consultations[0].inputs[0], response=InputResponse.NOT_ADOPTED),
        score=0.0,
        failing=["IN1"],
        summary=["1 of 1 not adopted without a reason"],
    ),
    Case(
        "2.6",
        PARTIAL,
        "one of two inputs unanswered",
        lambda p: p.consultations[0].inputs.append(
            core.ConsultationInput(id="IN2", summary="Publish the budget")
        ),
        score=0.5,
        failing=["IN2"],
        summary=["1 of 2"],
    ),
    Case(
        "2.6",
        FAIL,
        "no input recorded",
        lambda p: update(p.consultations[0], inputs=[]),
        score=0.0,
        summary=["No consultation input"],
    ),
    # 3.1 A coordination body with members
    Case("3.1", PASS, "body with five members", score=1.0, passing=["CB1"], summary=["5 members"]),
    Case(
        "3.1",
        PARTIAL,
        "body without listed members",
        lambda p: update(body(p), members=[]),
        score=0.5,
        passing=["CB1"],
    ),
    Case("3.1", FAIL, "no coordination body", no_bodies, score=0.0),
    # 3.2 A meeting rhythm is set
    Case("3.2", PASS, "semi-annual rhythm", score=1.0, summary=["2 a year"]),
    Case(
        "3.2",
        PASS,
        "meetings per year given instead of a frequency",
        lambda p: update(body(p), meeting_frequency=None, meetings_per_year=3),
        summary=["3 a year"],
    ),
    Case(
        "3.2",
        PARTIAL,
        "one of two bodies has no rhythm",
        second_body(rhythm=None),
        score=0.5,
        failing=["CB2"],
        passing=["CB1"],
        summary=["Technical working group"],
    ),
    Case(
        "3.2",
        FAIL,
        "the body meets ad hoc",
        lambda p: update(body(p), meeting_frequency=Frequency.AD_HOC),
        score=0.0,
        failing=["CB1"],
    ),
    Case("3.2", FAIL, "no coordination body", no_bodies, score=0.0),
    # 3.3 Meetings held as scheduled
    Case("3.3", PASS, "three of three meetings held", score=1.0, summary=["3 of 3"]),
    Case(
        "3.3",
        PARTIAL,
        "two of three meetings held",
        keep_meetings(2),
        score=0.6667,
        summary=["2 of 3"],
    ),
    Case(
        "3.3",
        FAIL,
        "one of three meetings held",
        keep_meetings(1),
        score=0.3333,
        summary=["1 of 3"],
    ),
    Case(
        "3.3",
        FAIL,
        "meetings recorded only before the period",
        lambda p: update(
            body(p), meetings=[core.Meeting(id="M0", date=date(2024, 11, 5), decisions=["Go"])]
        ),
        score=0.0,
        summary=["0 of 3"],
    ),
    Case(
        "3.3",
        FAIL,
        "a monthly working group that never met",
        second_body(rhythm=Frequency.MONTHLY),
        score=0.12,
        summary=["3 of 25"],
    ),
    Case(
        "3.3",
        PARTIAL,
        "a planned meeting not held is missed",
        lambda p: update(body(p).meetings[2], held=False),
        score=0.6667,
        failing=["M3"],
        summary=["2 of 3", "Missed: M3 (2026-03-12)"],
    ),
    Case(
        "3.3",
        PASS,
        "a meeting planned for later is not missed",
        lambda p: body(p).meetings.append(core.Meeting(id="M4", date=date(2027, 3, 1), held=False)),
        score=1.0,
        failing=[],
    ),
    Case("3.3", NA, "no meeting recorded", keep_meetings(0)),
    Case("3.3", NA, "too early to judge", as_of=date(2025, 4, 1), summary=["Too early"]),
    # 3.5 Action items closed on time
    Case("3.5", PASS, "the one item due was done on time", score=1.0, passing=["M1.a1"]),
    Case(
        "3.5",
        PASS,
        "a dropped item is left out",
        lambda p: (
            body(p)
            .meetings[1]
            .action_items.append(
                core.ActionItem(
                    id="M2.a1", text="Study", due=date(2026, 1, 1), status=ActionItemStatus.DROPPED
                )
            )
        ),
        score=1.0,
        passing=["M1.a1"],
    ),
    Case(
        "3.5",
        PARTIAL,
        "one of two items overdue",
        lambda p: (
            body(p)
            .meetings[1]
            .action_items.append(
                core.ActionItem(id="M2.a1", text="Cost the plan", owner="MFA", due=date(2026, 1, 1))
            )
        ),
        score=0.5,
        failing=["M2.a1"],
        summary=["1 of 2", "Overdue: M2.a1"],
    ),
    Case(
        "3.5",
        FAIL,
        "the one item was done late",
        lambda p: update(body(p).meetings[0].action_items[0], done=date(2025, 8, 1)),
        score=0.0,
        failing=["M1.a1"],
        summary=["0 of 1", "Done late: M1.a1"],
    ),
    Case(
        "3.5",
        NA,
        "no due date has passed",
        lambda p: update(
            body(p).meetings[0].action_items[0],
            due=date(2027, 1, 1),
            status=ActionItemStatus.OPEN,
            done=None,
        ),
    ),
    Case("3.5", NA, "no action items", lambda p: update(body(p).meetings[0], action_items=[])),
    # 3.4 A coordinator with dedicated resources
    Case("3.4", PASS, "dedicated staff", score=1.0),
    Case(
        "3.4",
        PASS,
        "a budget of its own",
        lambda p: update(
            p.governance,
            coordinator=core.Coordinator(
                organisation="MGE", budget=Decimal(40_000), currency="EUR"
            ),
        ),
    ),
    Case(
        "3.4",
        PARTIAL,
        "part-time coordinator",
        lambda p: update(
            p.governance.coordinator, resourcing=CoordinatorResourcing.PART_TIME, staff_fte=0.5
        ),
        score=0.5,
    ),
    Case(
        "3.4",
        PARTIAL,
        "coordinator named without resources",
        lambda p: update(p.governance, coordinator=core.Coordinator(organisation="MGE")),
        score=0.25,
    ),
    Case(
        "3.4",
        PARTIAL,
        "only a lead organisation",
        lambda p: update(p.governance, coordinator=None),
        score=0.25,
    ),
    Case(
        "3.4",
        FAIL,
        "added to an existing portfolio",
        lambda p: update(
            p.governance.coordinator,
            resourcing=CoordinatorResourcing.ADDED_TO_EXISTING,
            staff_fte=None,
        ),
        score=0.0,
    ),
    Case(
        "3.4",
        FAIL,
        "no coordinator and no lead organisation",
        chain(
            lambda p: update(p.governance, coordinator=None),
            lambda p: update(p.metadata, lead_organisation=None),
        ),
        score=0.0,
    ),
    # 4.1 Existing actions inventoried
    Case("4.1", PASS, "baseline study lists an action", score=1.0, summary=["1 existing action"]),
    Case(
        "4.1",
        PARTIAL,
        "baseline study without actions",
        lambda p: update(p.baseline_study, actions=[]),
        score=0.5,
    ),
    Case("4.1", FAIL, "no baseline study", lambda p: update(p, baseline_study=None), score=0.0),
    # 4.2 Quantitative indicators have baselines
    Case("4.2", PASS, "all quantitative indicators have baselines", score=1.0),
    Case(
        "4.2",
        PASS,
        "a baseline that cannot exist counts",
        lambda p: update(indicator(p, "I3"), baseline=core.Baseline(not_applicable=True)),
        score=1.0,
    ),
    Case(
        "4.2",
        PARTIAL,
        "one of three without a baseline",
        lambda p: no_baseline(p, "I3"),
        score=0.6667,
        failing=["I3"],
        summary=["1 of 3", "I3"],
    ),
    Case(
        "4.2",
        FAIL,
        "two of three without a baseline",
        lambda p: no_baseline(p, "I1", "I2"),
        score=0.3333,
        failing=["I1", "I2"],
        summary=["I1, I2"],
    ),
    Case("4.2", FAIL, "no quantitative indicator", lambda p: drop_indicators(p, "I1", "I2", "I3")),
    # 4.3 Baselines are dated and sourced
    Case("4.3", PASS, "every baseline dated and sourced", score=1.0),
    Case(
        "4.3",
        PARTIAL,
        "one baseline without a source",
        lambda p: update(indicator(p, "I3").baseline, source=None),
        score=0.6667,
        failing=["I3"],
        summary=["I3"],
    ),
    Case(
        "4.3",
        FAIL,
        "two baselines undated",
        chain(
            lambda p: update(indicator(p, "I1").baseline, date=None),
            lambda p: update(indicator(p, "I2").baseline, date=None),
        ),
        score=0.3333,
        failing=["I1", "I2"],
        summary=["I1, I2"],
    ),
    Case("4.3", FAIL, "no quantitative indicator", lambda p: drop_indicators(p, "I1", "I2", "I3")),
    # 5.1 One lead per activity
    Case("5.1", PASS, "every activity has a lead", score=1.0),
    Case(
        "5.1",
        PARTIAL,
        "one activity without a lead",
        lambda p: no_lead(p, "A4"),
        score=0.75,
        failing=["A4"],
        summary=["1 of 4 activities have no lead organisation: A4"],
    ),
    Case(
        "5.1",
        FAIL,
        "three activities without a lead",
        lambda p: no_lead(p, "A1", "A2", "A3"),
        score=0.25,
        failing=["A1", "A2", "A3"],
        summary=["3 of 4", "A1, A2, A3"],
    ),
    Case("5.1", FAIL, "no activities", no_activities),
    # 5.2 A responsible organisation per indicator
    Case("5.2", PASS, "every indicator has a responsible organisation", score=1.0),
    Case(
        "5.2",
        PASS,
        "only the data collector is named",
        lambda p: [update(i, responsible=None) for i in indicators(p)],
    ),
    Case(
        "5.2",
        PARTIAL,
        "one indicator without one",
        lambda p: no_responsible(p, "I4"),
        score=0.75,
        failing=["I4"],
        summary=["I4"],
    ),
    Case(
        "5.2",
        FAIL,
        "three indicators without one",
        lambda p: no_responsible(p, "I1", "I2", "I3"),
        score=0.25,
        failing=["I1", "I2", "I3"],
        summary=["I1, I2, I3"],
    ),
    Case("5.2", FAIL, "no indicators", no_indicators),
    # 5.3 Reachable contact points
    Case("5.3", PASS, "every lead has a focal point", score=1.0),
    Case("5.3", PASS, "contacts named on the activities", contacts_on_activities, score=1.0),
    Case(
        "5.3",
        PARTIAL,
        "the civil-society lead names no focal point",
        lambda p: no_focal_point(p, "WPN"),
        score=0.75,
        failing=["A2"],
        summary=["A2"],
    ),
    Case(
        "5.3",
        FAIL,
        "three leads name no focal point",
        lambda p: no_focal_point(p, "MOD", "WPN", "NPG"),
        score=0.25,
        failing=["A1", "A2", "A3"],
        summary=["A1, A2, A3"],
    ),
    Case("5.3", FAIL, "no activities", no_activities),
    # 6.1 Activities are costed
    Case("6.1", PASS, "every activity has a costed line", score=1.0),
    Case("6.1", PASS, "costed through the outputs' lines", costed_per_output, score=1.0),
    Case(
        "6.1",
        PASS,
        "lines with an amount but the default status",
        amounts_only,
    ),
    Case(
        "6.1",
        PARTIAL,
        "one activity not costed",
        lambda p: no_budget_lines(p, "A4"),
        score=0.75,
        failing=["A4"],
        summary=["A4"],
    ),
    Case(
        "6.1",
        FAIL,
        "three activities not costed",
        lambda p: no_budget_lines(p, "A1", "A2", "A3"),
        score=0.25,
        failing=["A1", "A2", "A3"],
        summary=["A1, A2, A3"],
    ),
    Case("6.1", FAIL, "no activities", no_activities),
    # 6.2 Budget at least allocated
    Case("6.2", PASS, "disbursed", score=1.0, summary=["disbursed"]),
    Case("6.2", PASS, "allocated", lambda p: budget_status(p, BudgetStatus.ALLOCATED), score=1.0),
    Case(
        "6.2",
        PARTIAL,
        "costed",
        lambda p: budget_status(p, BudgetStatus.COSTED),
        score=0.4,
        summary=["costed"],
    ),
    Case(
        "6.2",
        PARTIAL,
        "mentioned only",
        lambda p: budget_status(p, BudgetStatus.MENTIONED),
        score=0.15,
    ),
    Case("6.2", FAIL, "no budget", no_budget, score=0.0, summary=["none"]),
    # 6.3 Disbursement and spending tracked
    Case("6.3", PASS, "budget lines disbursed", score=1.0),
    Case(
        "6.3",
        PASS,
        "spending reported in monitoring rounds",
        lambda p: budget_status(p, BudgetStatus.ALLOCATED),
        monitoring=MonitoringFacts(rounds=1, disbursed=Decimal(120_000), spent=Decimal(90_000)),
        score=1.0,
        summary=["monitoring rounds"],
    ),
    Case(
        "6.3",
        PARTIAL,
        "appropriated, not yet tracked",
        lambda p: budget_status(p, BudgetStatus.APPROPRIATED),
        score=0.5,
        monitoring=MonitoringFacts(rounds=1),
    ),
    Case(
        "6.3",
        NA,
        "appropriated, judged as a design before any reporting round",
        lambda p: budget_status(p, BudgetStatus.APPROPRIATED),
        summary=["Judged as a design"],
    ),
    Case(
        "6.3",
        FAIL,
        "allocated, nothing disbursed",
        lambda p: budget_status(p, BudgetStatus.ALLOCATED),
        score=0.0,
        summary=["allocated"],
        monitoring=MonitoringFacts(rounds=1),
    ),
    Case(
        "6.3",
        NA,
        "a draft plan",
        chain(
            lambda p: budget_status(p, BudgetStatus.ALLOCATED),
            lambda p: update(p.metadata, status=PlanStatus.DRAFT),
        ),
    ),
    Case(
        "6.3",
        NA,
        "before the period starts",
        lambda p: budget_status(p, BudgetStatus.ALLOCATED),
        as_of=date(2024, 12, 1),
    ),
    # 7.1 The four pillars are covered
    Case("7.1", PASS, "four UN pillars", score=1.0, summary=["4 of the 4"]),
    Case("7.1", PASS, "renamed pillars count by name", all_pillars_renamed, score=1.0),
    Case(
        "7.1",
        PASS,
        "a merged 'prevention and protection' pillar counts for both",
        merged_pillar,
    ),
    Case(
        "7.1",
        PARTIAL,
        "three pillars",
        lambda p: update(objective(p, "O2"), pillars=["prevention"]),
        score=0.75,
        failing=["relief_and_recovery"],
        summary=["relief and recovery not addressed"],
    ),
    Case(
        "7.1",
        PARTIAL,
        "two pillars",
        lambda p: update(objective(p, "O2"), pillars=[]),
        score=0.5,
        failing=["prevention", "relief_and_recovery"],
    ),
    Case(
        "7.1",
        FAIL,
        "one pillar",
        chain(
            lambda p: update(objective(p, "O1"), pillars=["participation"]),
            lambda p: update(objective(p, "O2"), pillars=[]),
        ),
        score=0.25,
        failing=["prevention", "protection", "relief_and_recovery"],
    ),
    Case(
        "7.1",
        FAIL,
        "no objective mapped to a pillar",
        lambda p: [update(o, pillars=[]) for o in p.objectives],
        score=0.0,
    ),
    Case("7.1", FAIL, "no objectives", no_objectives, score=0.0),
    # 7.2 The context lens is used (no partial outcome: the lens is used or it is not)
    Case("7.2", PASS, "the plan uses the lens", score=1.0, summary=["conflict, post_conflict"]),
    Case(
        "7.2",
        PASS,
        "an activity uses the lens",
        chain(
            lambda p: update(p.framework, context_lens=[]),
            lambda p: update(activity(p, "A2"), contexts=[ContextLens.CONFLICT]),
        ),
        summary=["conflict"],
    ),
    Case(
        "7.2",
        FAIL,
        "the lens is not used",
        lambda p: update(p.framework, context_lens=[]),
        score=0.0,
    ),
    # 7.3 Indicators adapted or defined
    Case("7.3", PASS, "every indicator defined or adapted", score=1.0),
    Case(
        "7.3",
        PARTIAL,
        "three of four defined",
        undefined("I4"),
        score=0.875,
        failing=["I4"],
        summary=["I4"],
    ),
    Case(
        "7.3",
        PARTIAL,
        "indicators, none defined",
        undefined("I1", "I2", "I3", "I4"),
        score=0.5,
        failing=["I1", "I2", "I3", "I4"],
    ),
    Case("7.3", FAIL, "no indicators", no_indicators, score=0.0),
    # 7.4 Regular reporting
    Case("7.4", PASS, "annual reporting", score=1.0, summary=["annually"]),
    Case(
        "7.4",
        PASS,
        "reporting frequency set on indicators only",
        lambda p: update(p.monitoring, reporting_frequency=None),
        summary=["annually"],
    ),
    Case("7.4", PARTIAL, "reviews planned only", no_reporting_frequency, score=0.5),
    Case("7.4", FAIL, "no reporting", chain(no_reporting_frequency, no_reviews), score=0.0),
    # 7.5 Reporting is public
    Case("7.5", PASS, "reports are public", score=1.0),
    Case(
        "7.5",
        PARTIAL,
        "reports go to parliament only",
        lambda p: update(p.monitoring, reports_public=False),
        score=0.5,
        summary=["parliament"],
    ),
    Case(
        "7.5",
        FAIL,
        "reports neither public nor tabled",
        lambda p: update(p.monitoring, reports_public=False, reports_to=[]),
        score=0.0,
    ),
    # 7.6 Reporting rounds completed on time (monitoring data)
    Case(
        "7.6",
        PASS,
        "nine of ten on time",
        monitoring=MonitoringFacts(rounds=1, submissions_due=10, submissions_on_time=9),
        score=0.9,
        summary=["9 of 10"],
    ),
    Case(
        "7.6",
        PARTIAL,
        "six of ten on time",
        monitoring=MonitoringFacts(rounds=1, submissions_due=10, submissions_on_time=6),
        score=0.6,
    ),
    Case(
        "7.6",
        FAIL,
        "four of ten on time",
        monitoring=MonitoringFacts(rounds=1, submissions_due=10, submissions_on_time=4),
        score=0.4,
    ),
    Case("7.6", NA, "no monitoring data"),
    Case("7.6", NA, "nothing due yet", monitoring=MonitoringFacts(rounds=1, indicators_total=4)),
    # 7.7 Indicators with current data (monitoring data)
    Case(
        "7.7",
        PASS,
        "eight of ten current",
        monitoring=MonitoringFacts(rounds=1, indicators_total=10, indicators_with_current_data=8),
        score=0.8,
        summary=["8 of 10"],
    ),
    Case(
        "7.7",
        PARTIAL,
        "five of ten current",
        monitoring=MonitoringFacts(rounds=1, indicators_total=10, indicators_with_current_data=5),
        score=0.5,
    ),
    Case(
        "7.7",
        FAIL,
        "three of ten current",
        monitoring=MonitoringFacts(rounds=1, indicators_total=10, indicators_with_current_data=3),
        score=0.3,
    ),
    Case("7.7", NA, "no monitoring data"),
    Case(
        "7.7",
        NA,
        "no indicators counted yet",
        monitoring=MonitoringFacts(rounds=1, submissions_due=2),
    ),
    # 8.1 Measurable targets
    Case("8.1", PASS, "every quantitative indicator has a target", score=1.0),
    Case(
        "8.1",
        PARTIAL,
        "one of three without a target",
        lambda p: no_target(p, "I3"),
        score=0.6667,
        failing=["I3"],
        summary=["I3"],
    ),
    Case(
        "8.1",
        FAIL,
        "two of three without a target",
        lambda p: no_target(p, "I1", "I2"),
        score=0.3333,
        failing=["I1", "I2"],
        summary=["I1, I2"],
    ),
    Case(
        "8.1",
        FAIL,
        "only qualitative indicators",
        lambda p: drop_indicators(p, "I1", "I2", "I3"),
        score=0.0,
        summary=["qualitative"],
    ),
    Case("8.1", FAIL, "no indicators", no_indicators, score=0.0),
    # 8.2 Qualitative targets beside measurable ones
    Case("8.2", PASS, "measurable and qualitative targets", score=1.0),
    Case(
        "8.2",
        PARTIAL,
        "measurable targets only",
        lambda p: no_target(p, "I4"),
        score=0.5,
        passing=["I1", "I2", "I3"],
        summary=["none is qualitative"],
    ),
    Case(
        "8.2",
        PARTIAL,
        "qualitative targets only",
        lambda p: no_target(p, "I1", "I2", "I3"),
        score=0.5,
        passing=["I4"],
        summary=["none is measurable"],
    ),
    Case("8.2", FAIL, "no targets", lambda p: no_target(p, "I1", "I2", "I3", "I4"), score=0.0),
    # 8.3 Short- and long-term targets
    Case("8.3", PASS, "an early milestone and end targets", score=1.0),
    Case("8.3", PARTIAL, "end targets only", no_milestones, score=0.5, summary=["long-term"]),
    Case(
        "8.3",
        PARTIAL,
        "early targets only",
        targets_due(date(2027, 6, 30)),
        score=0.5,
        summary=["short-term"],
    ),
    Case(
        "8.3",
        FAIL,
        "targets only in mid-period",
        chain(no_milestones, targets_due(date(2028, 1, 31))),
        score=0.0,
    ),
    Case(
        "8.3",
        FAIL,
        "no targets or milestones",
        chain(no_milestones, lambda p: no_target(p, "I1", "I2", "I3", "I4")),
        score=0.0,
    ),
    Case("8.3", NA, "no plan period", lambda p: update(p.metadata, period=None)),
    # 8.4 Targets go beyond the baseline
    Case("8.4", PASS, "targets above rising baselines", score=1.0),
    Case(
        "8.4",
        PASS,
        "a falling target on a decrease indicator",
        lambda p: update(
            indicator(p, "I1"),
            direction=Direction.DECREASE,
            milestones=[],
            target=core.Target(value=5),
        ),
    ),
    Case(
        "8.4",
        PASS,
        "a maintain target equal to the baseline",
        lambda p: update(
            indicator(p, "I2"), direction=Direction.MAINTAIN, target=core.Target(value=20)
        ),
    ),
    Case(
        "8.4",
        PARTIAL,
        "one target no better than its baseline",
        lambda p: update(indicator(p, "I2"), target=core.Target(value=20)),
        score=0.5,
        failing=["I2"],
        passing=["I1"],
        summary=["I2"],
    ),
    Case(
        "8.4",
        FAIL,
        "both targets below their baseline",
        chain(
            lambda p: update(indicator(p, "I1"), milestones=[], target=core.Target(value=5)),
            lambda p: update(indicator(p, "I2"), target=core.Target(value=10)),
        ),
        score=0.0,
        failing=["I1", "I2"],
    ),
    Case("8.4", NA, "no numeric baseline", lambda p: no_baseline(p, "I1", "I2")),
    # 9.1 Work with civil society and other partners (mean of 2.1-2.3)
    Case("9.1", PASS, "design, body and implementation", score=1.0),
    Case(
        "9.1",
        PARTIAL,
        "no consultation",
        lambda p: update(p, consultations=[]),
        score=0.6667,
        summary=["No consultation is recorded."],
    ),
    Case(
        "9.1",
        FAIL,
        "civil society nowhere",
        chain(
            lambda p: update(p, consultations=[]),
            without_member("WPN"),
            lambda p: update(activity(p, "A2"), responsibility=core.Responsibility(lead="MFA")),
        ),
        score=0.0,
    ),
    # 9.2 Create a coordinating mechanism (mean of 3.1 and 3.2)
    Case("9.2", PASS, "body with members and rhythm", score=1.0),
    Case(
        "9.2",
        PARTIAL,
        "no meeting rhythm",
        lambda p: update(body(p), meeting_frequency=None),
        score=0.5,
    ),
    Case("9.2", FAIL, "no coordination body", no_bodies, score=0.0),
    # 9.3 Create a baseline study (mean of 4.1 and 4.2)
    Case("9.3", PASS, "study and baselines", score=1.0),
    Case(
        "9.3",
        PARTIAL,
        "baselines but no study",
        lambda p: update(p, baseline_study=None),
        score=0.5,
    ),
    Case(
        "9.3",
        FAIL,
        "neither study nor baselines",
        chain(lambda p: update(p, baseline_study=None), lambda p: no_baseline(p, "I1", "I2", "I3")),
        score=0.0,
    ),
    # 9.4 Create a tailored and focused NAP
    Case("9.4", PASS, "focused, tailored, prioritised", score=1.0),
    Case(
        "9.4",
        PARTIAL,
        "not tailored",
        untailored,
        score=0.6667,
        summary=["no focus countries or contexts named"],
    ),
    Case(
        "9.4",
        PASS,
        "tailored through the objectives' context lens",
        chain(untailored, lambda p: update(objective(p, "O1"), contexts=[ContextLens.CONFLICT])),
    ),
    Case(
        "9.4",
        FAIL,
        "nine objectives, untailored, unprioritised",
        chain(nine_objectives, untailored, unprioritised),
        score=0.1667,
        summary=["9 objectives", "0% of activities prioritised"],
    ),
    # 9.5 Include indicators and measurable goals, but stay flexible
    Case("9.5", PASS, "measurable targets and a review", score=1.0),
    Case(
        "9.5",
        PASS,
        "targets revised with a reason",
        chain(no_reviews, revised_target),
        score=1.0,
    ),
    Case(
        "9.5",
        PARTIAL,
        "no review of targets",
        no_reviews,
        score=0.5,
        summary=["no review of targets"],
    ),
    Case("9.5", FAIL, "no indicators and no review", chain(no_indicators, no_reviews), score=0.0),
    # 9.6 Develop a timeline and prioritise
    Case("9.6", PASS, "dated and prioritised activities", score=1.0),
    Case(
        "9.6",
        PARTIAL,
        "prioritised but undated",
        undated_activities,
        score=0.5,
        summary=["0 of 4 activities are dated, 4 prioritised"],
    ),
    Case(
        "9.6",
        FAIL,
        "undated and unprioritised",
        chain(undated_activities, unprioritised),
        score=0.0,
    ),
    Case("9.6", FAIL, "no activities", no_activities, score=0.0),
    # 9.7 Include budget considerations
    Case("9.7", PASS, "costed", lambda p: budget_status(p, BudgetStatus.COSTED), score=1.0),
    Case(
        "9.7",
        PARTIAL,
        "mentioned only",
        lambda p: budget_status(p, BudgetStatus.MENTIONED),
        score=0.5,
    ),
    Case("9.7", FAIL, "no budget", no_budget, score=0.0),
    # 9.8 Outline clear responsibilities (mean of 5.1 and 5.2)
    Case("9.8", PASS, "leads and responsible organisations", score=1.0),
    Case(
        "9.8",
        PARTIAL,
        "no activity leads",
        lambda p: no_lead(p, "A1", "A2", "A3", "A4"),
        score=0.5,
    ),
    Case(
        "9.8",
        FAIL,
        "no leads and no responsible organisations",
        chain(
            lambda p: no_lead(p, "A1", "A2", "A3", "A4"),
            lambda p: no_responsible(p, "I1", "I2", "I3", "I4"),
        ),
        score=0.0,
    ),
    Case(
        "9.8",
        FAIL,
        "nothing to go on",
        chain(no_activities, no_indicators),
        score=0.0,
        summary=["Nothing to go on."],
    ),
    # 9.9 Monitor and evaluate progress and challenges (mean of 7.4 and 11.3)
    Case("9.9", PASS, "reporting and data roles", score=1.0),
    Case(
        "9.9",
        PARTIAL,
        "data roles but no reporting",
        chain(no_reporting_frequency, no_reviews),
        score=0.5,
    ),
    Case(
        "9.9",
        FAIL,
        "no reporting and no indicators",
        chain(no_indicators, no_reporting_frequency, no_reviews),
        score=0.0,
    ),
    # 9.10 Update the action plan after some years
    Case("9.10", PASS, "review planned", score=1.0, summary=["2027-06-30"]),
    Case(
        "9.10",
        PASS,
        "final evaluation planned",
        chain(no_reviews, lambda p: update(p.monitoring, final_evaluation=date(2029, 10, 31))),
    ),
    Case(
        "9.10",
        PARTIAL,
        "a second edition with no review",
        no_reviews,
        score=0.5,
        summary=["testland-nap-2020"],
    ),
    Case(
        "9.10",
        FAIL,
        "a first edition with no review",
        chain(no_reviews, lambda p: update(p.metadata, predecessor=None)),
        score=0.0,
    ),
    # 9.11 Be prepared to meet obstacles
    Case("9.11", PASS, "risks mitigated", score=1.0),
    Case(
        "9.11",
        PARTIAL,
        "one of two risks mitigated",
        add_risk(None),
        score=0.5,
        summary=["2 risks identified, 1 with a mitigation"],
    ),
    Case(
        "9.11",
        PARTIAL,
        "risks named, none mitigated",
        lambda p: update(p.risks[0], mitigation=None),
        score=0.0,
    ),
    Case("9.11", FAIL, "no risks", lambda p: update(p, risks=[]), score=0.0),
    # 10.1 Government and civil society in every body
    Case("10.1", PASS, "one joint body for all four functions", score=1.0, passing=["CB1"]),
    Case(
        "10.1",
        PARTIAL,
        "joint for design and implementation only",
        functions(BodyFunction.DESIGN, BodyFunction.IMPLEMENTATION),
        score=0.5,
        failing=["monitoring", "evaluation"],
        summary=["not for monitoring, evaluation"],
    ),
    Case(
        "10.1",
        PARTIAL,
        "a body without functions counts for implementation and monitoring",
        functions(),
        score=0.5,
        failing=["design", "evaluation"],
    ),
    Case(
        "10.1",
        PARTIAL,
        "joint for evaluation only",
        functions(BodyFunction.EVALUATION),
        score=0.25,
        failing=["design", "implementation", "monitoring"],
    ),
    Case(
        "10.1",
        FAIL,
        "government alone on the body",
        without_member("WPN"),
        score=0.0,
        failing=["design", "implementation", "monitoring", "evaluation"],
    ),
    Case("10.1", FAIL, "no coordination body", no_bodies, score=0.0),
    # 10.2 Decisions recorded and public
    Case("10.2", PASS, "decisions published", score=1.0, passing=["CB1"]),
    Case(
        "10.2",
        PASS,
        "a meeting's decisions published",
        chain(meetings_decide_in_private, lambda p: update(body(p).meetings[0], public=True)),
        passing=["CB1"],
    ),
    Case(
        "10.2",
        PASS,
        "one decision marked public",
        chain(
            meetings_decide_in_private,
            lambda p: update(body(p).meetings[1].decisions[0], public=True),
        ),
        passing=["CB1"],
        summary=["1 of 3 recorded decisions are public"],
    ),
    Case(
        "10.2",
        PARTIAL,
        "public minutes, every decision marked private",
        chain(
            meetings_decide_in_private,
            lambda p: [update(m, public=True) for m in body(p).meetings],
            lambda p: [update(d, public=False) for m in body(p).meetings for d in m.decisions],
        ),
        score=0.5,
    ),
    Case(
        "10.2",
        PARTIAL,
        "decisions recorded, not published",
        meetings_decide_in_private,
        score=0.5,
        passing=["CB1"],
    ),
    Case(
        "10.2",
        FAIL,
        "no decisions recorded",
        chain(
            meetings_decide_in_private,
            lambda p: [update(m, decisions=[]) for m in body(p).meetings],
        ),
        score=0.0,
    ),
    Case("10.2", FAIL, "no coordination body", no_bodies, score=0.0),
    # 10.3 A clear division of roles
    Case("10.3", PASS, "terms of reference", score=1.0, passing=["CB1"]),
    Case(
        "10.3",
        PARTIAL,
        "members' roles only",
        lambda p: update(body(p), terms_of_reference=None),
        score=0.5,
    ),
    Case(
        "10.3",
        FAIL,
        "neither terms of reference nor roles",
        chain(lambda p: update(body(p), terms_of_reference=None), no_roles),
        score=0.0,
    ),
    Case("10.3", FAIL, "no coordination body", no_bodies, score=0.0),
    # 11.1 A complete results chain
    Case("11.1", PASS, "both objectives reach activities", score=1.0, passing=["O1", "O2"]),
    Case("11.1", PASS, "through an outcome", under_an_outcome, score=1.0, passing=["O1", "O2"]),
    Case(
        "11.1",
        PARTIAL,
        "one objective without activities",
        lambda p: no_activities(p, "OP2"),
        score=0.5,
        failing=["O2"],
        summary=["O2"],
    ),
    Case(
        "11.1",
        FAIL,
        "no activities",
        no_activities,
        score=0.0,
        failing=["O1", "O2"],
        summary=["O1, O2"],
    ),
    Case("11.1", FAIL, "no objectives", no_objectives, score=0.0),
    # 11.2 Indicators at outcome and output level
    Case("11.2", PASS, "objectives and outputs measured", score=1.0),
    Case(
        "11.2",
        PARTIAL,
        "one output without an indicator",
        lambda p: drop_indicators(p, "I3"),
        score=0.75,
        failing=["OP2"],
        summary=["OP2"],
    ),
    Case(
        "11.2",
        PARTIAL,
        "an objective measured only through its output",
        lambda p: drop_indicators(p, "I4"),
        score=0.75,
        failing=["O2"],
    ),
    Case(
        "11.2",
        FAIL,
        "no indicators",
        no_indicators,
        score=0.0,
        failing=["O1", "O2", "OP1", "OP2"],
    ),
    Case("11.2", FAIL, "no objectives", no_objectives, score=0.0),
    # 11.3 Who collects, analyses, reports and uses the data
    Case("11.3", PASS, "four roles for every indicator", score=1.0),
    Case(
        "11.3",
        PARTIAL,
        "two indicators without data roles",
        no_data_roles("I3", "I4"),
        score=0.625,
        failing=["I3", "I4"],
        passing=["I1", "I2"],
        summary=["incomplete: I4, I3"],
    ),
    Case(
        "11.3",
        PARTIAL,
        "only responsible organisations",
        no_data_roles("I1", "I2", "I3", "I4"),
        score=0.25,
    ),
    Case(
        "11.3",
        FAIL,
        "no roles at all",
        chain(
            no_data_roles("I1", "I2", "I3", "I4"),
            lambda p: [update(i, responsible=None) for i in indicators(p)],
        ),
        score=0.0,
        failing=["I1", "I2", "I3", "I4"],
    ),
    Case("11.3", FAIL, "no indicators", no_indicators, score=0.0),
    # 11.4 When data are collected
    Case("11.4", PASS, "every indicator has a frequency", score=1.0),
    Case(
        "11.4",
        PASS,
        "reporting frequency in the data roles only",
        lambda p: [update(i, frequency=None) for i in indicators(p)],
        score=1.0,
    ),
    Case(
        "11.4",
        PARTIAL,
        "one indicator without timing",
        lambda p: no_timing(p, "I4"),
        score=0.75,
        failing=["I4"],
        summary=["I4"],
    ),
    Case(
        "11.4",
        FAIL,
        "three indicators without timing",
        lambda p: no_timing(p, "I1", "I2", "I3"),
        score=0.25,
        failing=["I1", "I2", "I3"],
    ),
    Case("11.4", FAIL, "no indicators", no_indicators, score=0.0),
    # 12.1 Endorsed at the highest level
    Case("12.1", PASS, "cabinet", score=1.0, summary=["Council of Ministers"]),
    Case("12.1", PASS, "parliament", endorsed(EndorsementLevel.PARLIAMENT), score=1.0),
    Case("12.1", PARTIAL, "a minister", endorsed(EndorsementLevel.MINISTER), score=0.6),
    Case(
        "12.1", PARTIAL, "a senior official", endorsed(EndorsementLevel.SENIOR_OFFICIAL), score=0.3
    ),
    Case("12.1", FAIL, "no endorsement", endorsed(None), score=0.0),
    # 12.2 Focal points in each organisation
    Case(
        "12.2",
        PASS,
        "every government organisation with a role",
        score=1.0,
        passing=["MGE", "MOD", "MFA", "NPG"],
    ),
    Case(
        "12.2",
        PARTIAL,
        "one ministry without a focal point",
        lambda p: no_focal_point(p, "MFA"),
        score=0.75,
        failing=["MFA"],
        summary=["MFA"],
    ),
    Case(
        "12.2",
        FAIL,
        "three ministries without a focal point",
        lambda p: no_focal_point(p, "MGE", "MOD", "MFA"),
        score=0.25,
        failing=["MGE", "MOD", "MFA"],
        summary=["MGE, MOD, MFA"],
    ),
    Case(
        "12.2",
        FAIL,
        "no government organisation has a role",
        chain(no_bodies, lambda p: carried_only_by(p, "WPN")),
        score=0.0,
    ),
    # 12.3 Provincial and local leaders engaged
    Case("12.3", PASS, "a province leads an activity", score=1.0, passing=["NPG"], summary=["NPG"]),
    Case(
        "12.3",
        PASS,
        "a provincial plan",
        chain(
            lambda p: update(p.metadata, kind=PlanKind.PROVINCIAL, region="Northern Province"),
            lambda p: update(org(p, "NPG"), level=GovernmentLevel.NATIONAL),
        ),
        score=1.0,
    ),
    Case(
        "12.3",
        PARTIAL,
        "a province listed without a role",
        provincial_without_role,
        score=0.5,
        passing=["NPG"],
    ),
    Case(
        "12.3",
        FAIL,
        "no provincial or local government",
        lambda p: update(org(p, "NPG"), level=GovernmentLevel.NATIONAL),
        score=0.0,
    ),
    # 12.4 A national security matter, not only a gender one
    Case(
        "12.4",
        PASS,
        "four ministries carry the plan",
        score=1.0,
        passing=["MGE", "MOD", "MFA", "NPG"],
    ),
    Case(
        "12.4",
        PARTIAL,
        "two ministries carry the plan",
        lambda p: carried_only_by(p, "MGE", "MOD"),
        score=0.5,
        passing=["MGE", "MOD"],
        summary=["2 government organisations", "MGE, MOD"],
    ),
    Case(
        "12.4",
        FAIL,
        "the gender ministry alone",
        lambda p: carried_only_by(p, "MGE"),
        score=0.0,
        summary=["1 government organisation lead", "MGE"],
    ),
    Case(
        "12.4",
        FAIL,
        "no ministry",
        lambda p: carried_only_by(p, "WPN"),
        score=0.0,
        failing=[],
        summary=["0 government organisations"],
    ),
    # 13.1 Budgeted and allocated
    Case("13.1", PASS, "disbursed", score=1.0),
    Case("13.1", PASS, "allocated", lambda p: budget_status(p, BudgetStatus.ALLOCATED), score=1.0),
    Case("13.1", PARTIAL, "costed", lambda p: budget_status(p, BudgetStatus.COSTED), score=0.4),
    Case(
        "13.1", PARTIAL, "mentioned", lambda p: budget_status(p, BudgetStatus.MENTIONED), score=0.15
    ),
    Case("13.1", FAIL, "no budget", no_budget, score=0.0),
    # 13.2 Disbursed and tracked (as 6.3)
    Case(
        "13.2",
        PASS,
        "budget lines spent",
        lambda p: budget_status(p, BudgetStatus.SPENT),
        score=1.0,
    ),
    Case(
        "13.2",
        PASS,
        "disbursement reported in monitoring rounds",
        lambda p: budget_status(p, BudgetStatus.APPROPRIATED),
        monitoring=MonitoringFacts(rounds=1, disbursed=Decimal(50_000)),
        score=1.0,
    ),
    Case(
        "13.2",
        PARTIAL,
        "appropriated",
        lambda p: budget_status(p, BudgetStatus.APPROPRIATED),
        score=0.5,
        monitoring=MonitoringFacts(rounds=1),
    ),
    Case(
        "13.2",
        FAIL,
        "costed, nothing disbursed",
        lambda p: budget_status(p, BudgetStatus.COSTED),
        score=0.0,
        monitoring=MonitoringFacts(rounds=1),
    ),
    Case(
        "13.2",
        NA,
        "a draft plan",
        chain(
            lambda p: budget_status(p, BudgetStatus.COSTED),
            lambda p: update(p.metadata, status=PlanStatus.DRAFT),
        ),
    ),
    # 13.3 Budget figures published (no partial outcome: published or not)
    Case("13.3", PASS, "figures published", score=1.0),
    Case(
        "13.3",
        FAIL,
        "figures not published",
        lambda p: update(p.budget, published=False),
        score=0.0,
        summary=["not published"],
    ),
    Case("13.3", FAIL, "no budget to publish", no_budget, score=0.0, summary=["no budget"]),
]


def case_id(case: Case) -> str:
    return f"{case.check}-{case.outcome.value}-{case.name}"


def params() -> list[object]:
    out = []
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case.bug)] if case.bug else []
        out.append(pytest.param(case, id=case_id(case), marks=marks))
    return out


def prepared(case: Case) -> core.Plan:
    """The base plan with the case's change, checked to be well-formed and valid."""
    plan = BASE.model_copy(deep=True)
    case.edit(plan)
    # Attribute assignment skips pydantic's validation: round-trip to make sure the plan is
    # one a plan file could hold, and assess that.
    plan = core.Plan.model_validate(plan.model_dump())
    assert validate(plan) == []
    return plan


def result_of(case: Case) -> CheckResult:
    plan = prepared(case)
    return assess(plan, case.as_of, monitoring=case.monitoring).check(case.check)


@pytest.mark.parametrize("case", params())
def test_check(case: Case) -> None:
    result = result_of(case)
    summary = result.evidence.summary
    assert result.outcome is case.outcome, summary
    assert summary.strip()

    if case.outcome is NA:
        assert result.score is None
    else:
        assert result.score is not None and 0.0 <= result.score <= 1.0
    if case.score is not None:
        assert result.score == pytest.approx(case.score, abs=1e-4)

    if case.outcome in (PARTIAL, FAIL):
        assert result.recommendation and result.recommendation.strip()
    else:
        assert result.recommendation is None

    if case.failing is not None:
        assert sorted(r.id for r in result.evidence.failing) == sorted(case.failing)
    if case.passing is not None:
        assert sorted(r.id for r in result.evidence.passing) == sorted(case.passing)
    for fragment in case.summary:
        assert fragment in summary
    # Items named as falling short are named in the summary too (up to the eight shown).
    for ref in result.evidence.failing[:8]:
        if ref.kind not in ("pillar", "function", "coordination_body", "consultation"):
            assert ref.id in summary, ref.id


def test_base_plan_is_valid_and_passes_every_check() -> None:
    plan = base_plan()
    assert validate(plan) == []
    assessment = assess(plan, AS_OF)
    outcomes = {k.id: k.outcome for c in assessment.criteria for k in c.checks}
    needs_monitoring = {"7.6", "7.7"}
    assert {i for i, o in outcomes.items() if o is not PASS} == needs_monitoring
    assert all(outcomes[i] is NA for i in needs_monitoring)


def test_cases_change_a_copy() -> None:
    before = BASE.model_dump()
    for case in CASES:
        case.edit(BASE.model_copy(deep=True))
    assert BASE.model_dump() == before
    one, two = base_plan(), base_plan()
    one.objectives.clear()
    assert two.objectives


def test_table_covers_every_check() -> None:
    """Every registered check has a pass and a fail case, a partial case unless it has no
    partial outcome, and a not-applicable case where it can have one (bugs not counted)."""
    registered = [d.id for c in catalogue() for d in c.checks]
    assert len(registered) == len(set(registered))
    covered: dict[str, set[Outcome]] = {}
    for case in CASES:
        if case.bug is None:
            covered.setdefault(case.check, set()).add(case.outcome)
    assert set(covered) <= set(registered), "cases for unknown checks"
    missing = []
    for check_id in registered:
        wanted = {PASS, FAIL}
        if check_id not in NO_PARTIAL:
            wanted.add(PARTIAL)
        if check_id in NOT_APPLICABLE:
            wanted.add(NA)
        lacking = wanted - covered.get(check_id, set())
        if lacking:
            missing.append(f"{check_id}: {', '.join(sorted(o.value for o in lacking))}")
    assert not missing, "checks without cases: " + "; ".join(missing)
    assert set(registered) >= NO_PARTIAL | NOT_APPLICABLE


def test_case_ids_are_unique() -> None:
    seen = [case_id(c) for c in CASES]
    assert len(seen) == len(set(seen))
