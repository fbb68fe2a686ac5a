"""A small, valid plan that passes every scorecard check, and helpers to change one thing.

``base_plan()`` returns a fresh plan each time: five organisations of different types (three
national ministries, a provincial government, a civil-society network, a university), two
objectives covering the four UN pillars, an output and two activities under each, four
indicators (number, percentage, yes/no, narrative) with dated, sourced baselines and targets,
disbursed budget lines, a steering committee that has met on schedule, a dedicated
coordinator, a cabinet endorsement, a design consultation with civil society, a baseline
study and a mitigated risk.

Cases copy it (``model_copy(deep=True)``) and change the one thing their check looks at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal

from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.plan.vocabulary import (
    ActionItemStatus,
    ActionStatus,
    BodyFunction,
    BudgetStatus,
    CatalogueSet,
    ConsultationFormat,
    ContextLens,
    CoordinatorResourcing,
    EndorsementLevel,
    Focus,
    Frequency,
    FundingType,
    GovernmentLevel,
    InputResponse,
    Level,
    Measure,
    OrganisationType,
    PlanStage,
    PlanStatus,
    Priority,
)

AS_OF = date(2026, 11, 26)
START, END = date(2025, 1, 1), date(2029, 12, 31)
BASELINE_DAY = date(2024, 6, 30)
GOV = OrganisationType.GOVERNMENT

Edit = Callable[[core.Plan], object]


# --- the base plan ---------------------------------------------------------------------


def _org(
    org_id: str,
    name: str,
    kind: OrganisationType,
    level: GovernmentLevel | None = None,
) -> core.Organisation:
    return core.Organisation(
        id=org_id,
        name=name,
        type=kind,
        level=level,
        focal_point=core.Contact(name=f"{org_id} focal point", role="WPS focal point"),
    )


def _activity(
    activity_id: str,
    title: str,
    lead: str,
    focus: Focus,
    priority: Priority,
    *,
    supporting: Iterable[str] = (),
    tags: Iterable[str] = (),
    amount: int = 50_000,
) -> core.Activity:
    return core.Activity(
        id=activity_id,
        title=title,
        responsibility=core.Responsibility(lead=lead, supporting=list(supporting)),
        start=date(2025, 3, 1),
        end=date(2027, 12, 31),
        priority=priority,
        focus=focus,
        tags=list(tags),
        budget_lines=[
            core.BudgetLine(
                id="B" + activity_id.removeprefix("A"),
                amount=Decimal(amount),
                currency="EUR",
                status=BudgetStatus.DISBURSED,
                fiscal_year="2025",
                funding_type=FundingType.NATIONAL_BUDGET,
                organisation=lead,
            )
        ],
    )


def _indicator(
    indicator_id: str,
    name: str,
    measure: Measure,
    responsible: str,
    baseline: bool | int | str,
    target: bool | int | str,
    *,
    milestones: Iterable[core.Target] = (),
    catalogue: Iterable[core.CatalogueRef] = (),
) -> core.Indicator:
    return core.Indicator(
        id=indicator_id,
        name=name,
        definition=f"{name}, as counted by the responsible organisation.",
        measure=measure,
        baseline=core.Baseline(value=baseline, date=BASELINE_DAY, source="Statistics office"),
        milestones=list(milestones),
        target=core.Target(value=target),
        frequency=Frequency.ANNUAL,
        responsible=responsible,
        data_roles=core.DataRoles(
            collects=responsible,
            analyses="UNI",
            reports="MGE",
            uses="The steering committee, to decide where to shift resources.",
            reporting_frequency=Frequency.ANNUAL,
        ),
        catalogue=list(catalogue),
    )


def base_plan() -> core.Plan:
    """A fresh, valid, modest plan on which every check passes (7.6 and 7.7 need monitoring)."""
    return core.Plan(
        id="testland-nap-2025",
        metadata=core.PlanMetadata(
            title="Testland National Action Plan on Women, Peace and Security 2025-2029",
            country="XT",
            edition=2,
            status=PlanStatus.ACTIVE,
            period=core.Period(start=START, end=END),
            predecessor="testland-nap-2020",
            adopted=date(2024, 12, 10),
            review_date=date(2027, 6, 30),
            lead_organisation="MGE",
        ),
        framework=core.Framework(
            context_lens=[ContextLens.CONFLICT, ContextLens.POST_CONFLICT],
            focus=Focus.BOTH,
            focus_countries=["SS"],
        ),
        organisations=[
            _org("MGE", "Ministry of Gender Equality", GOV, GovernmentLevel.NATIONAL),
            _org("MOD", "Ministry of Defence", GOV, GovernmentLevel.NATIONAL),
            _org("MFA", "Ministry of Foreign Affairs", GOV, GovernmentLevel.NATIONAL),
            _org("NPG", "Northern Province Government", GOV, GovernmentLevel.PROVINCIAL),
            _org("WPN", "Women's Peace Network", OrganisationType.CIVIL_SOCIETY),
            _org("UNI", "Testland University", OrganisationType.ACADEMIA),
        ],
        objectives=[
            core.Objective(
                id="O1",
                title="Women take part in decisions on peace and security",
                pillars=["participation", "protection"],
                indicators=[
                    _indicator(
                        "I1",
                        "Women in senior security posts",
                        Measure.NUMBER,
                        "MOD",
                        10,
                        30,
                        milestones=[core.Target(value=20, date=date(2026, 12, 31))],
                        catalogue=[core.CatalogueRef(set=CatalogueSet.UN_1325, code="9")],
                    )
                ],
                outputs=[
                    core.Output(
                        id="OP1",
                        title="Security institutions are gender-responsive",
                        indicators=[
                            _indicator(
                                "I2",
                                "Share of women among officers trained",
                                Measure.PERCENTAGE,
                                "MOD",
                                20,
                                50,
                            )
                        ],
                        activities=[
                            _activity(
                                "A1",
                                "Train military officers in gender perspectives",
                                "MOD",
                                Focus.DOMESTIC,
                                Priority.HIGH,
                                supporting=["MGE"],
                                tags=["training"],
                            ),
                            _activity(
                                "A2",
                                "Support women mediators in regional peace talks",
                                "WPN",
                                Focus.INTERNATIONAL,
                                Priority.MEDIUM,
                                supporting=["MFA"],
                            ),
                        ],
                    )
                ],
            ),
            core.Objective(
                id="O2",
                title="Violence is prevented and survivors recover",
                pillars=["prevention", "relief_and_recovery"],
                indicators=[
                    _indicator(
                        "I4",
                        "Law on protection from gender-based violence",
                        Measure.NARRATIVE,
                        "MGE",
                        "No law in force",
                        "Law adopted and in force",
                    )
                ],
                outputs=[
                    core.Output(
                        id="OP2",
                        title="Survivors reach protection services",
                        indicators=[
                            _indicator(
                                "I3",
                                "Provincial shelter network in operation",
                                Measure.YES_NO,
                                "NPG",
                                False,
                                True,
                            )
                        ],
                        activities=[
                            _activity(
                                "A3",
                                "Open provincial shelters for survivors of violence",
                                "NPG",
                                Focus.DOMESTIC,
                                Priority.HIGH,
                            ),
                            _activity(
                                "A4",
                                "Fund early-warning networks in partner countries",
                                "MFA",
                                Focus.INTERNATIONAL,
                                Priority.LOW,
                            ),
                        ],
                    )
                ],
            ),
        ],
        budget=core.BudgetSummary(
            status=BudgetStatus.DISBURSED,
            statement="Each ministry funds its activities from its own budget line.",
            total=Decimal(200_000),
            currency="EUR",
            published=True,
        ),
        governance=core.Governance(
            bodies=[
                core.CoordinationBody(
                    id="CB1",
                    name="National WPS Steering Committee",
                    functions=list(BodyFunction),
                    chair="MGE",
                    members=[
                        core.Member(organisation="MGE", role="chair"),
                        core.Member(organisation="MOD", role="member"),
                        core.Member(organisation="MFA", role="member"),
                        core.Member(organisation="NPG", role="member"),
                        core.Member(organisation="WPN", role="member"),
                    ],
                    meeting_frequency=Frequency.SEMI_ANNUAL,
                    terms_of_reference=core.TermsOfReference(adopted=date(2025, 1, 15)),
                    rules_of_engagement="Civil society members vote; dissent is minuted.",
                    decisions_public=True,
                    meetings=[
                        core.Meeting(
                            id=f"M{n}",
                            date=day,
                            attendance=["MGE", "MOD", "WPN"],
                            decisions=[f"Decision {n}"],
                            # One action item, done before its due date (check 3.5).
                            action_items=[
                                core.ActionItem(
                                    id="M1.a1",
                                    text="Name focal points",
                                    owner="MGE",
                                    due=date(2025, 6, 30),
                                    status=ActionItemStatus.DONE,
                                    done=date(2025, 6, 20),
                                )
                            ]
                            if n == 1
                            else [],
                        )
                        for n, day in enumerate(
                            [date(2025, 3, 10), date(2025, 9, 15), date(2026, 3, 12)], start=1
                        )
                    ],
                )
            ],
            coordinator=core.Coordinator(
                organisation="MGE",
                unit="WPS Secretariat",
                resourcing=CoordinatorResourcing.DEDICATED,
                staff_fte=2,
            ),
            endorsements=[
                core.Endorsement(
                    level=EndorsementLevel.CABINET,
                    by="Council of Ministers",
                    date=date(2024, 12, 10),
                )
            ],
        ),
        consultations=[
            core.Consultation(
                id="C1",
                title="National drafting workshop",
                date=date(2024, 5, 15),
                stage=PlanStage.DESIGN,
                format=ConsultationFormat.WORKSHOP,
                participants=core.Participants(government=12, civil_society=18, women=22),
                organisations=["MGE", "WPN"],
                inputs=[
                    core.ConsultationInput(
                        id="IN1",
                        summary="Fund early warning by women's groups",
                        source="WPN",
                        response=InputResponse.ADOPTED,
                        addressed_in=["A4"],
                    )
                ],
            )
        ],
        baseline_study=core.BaselineStudy(
            title="What Testland already does on WPS",
            date=date(2024, 3, 1),
            actions=[
                core.ExistingAction(
                    id="EA1",
                    title="Gender module at the staff college",
                    organisation="MOD",
                    status=ActionStatus.ONGOING,
                )
            ],
        ),
        risks=[
            core.Risk(
                id="R1",
                title="Budget cuts",
                likelihood=Level.MEDIUM,
                impact=Level.HIGH,
                mitigation="Ring-fence WPS lines in each ministry's budget.",
                owner="MGE",
            )
        ],
        monitoring=core.MonitoringArrangements(
            reporting_frequency=Frequency.ANNUAL,
            reports_public=True,
            reports_to=["parliament"],
            midterm_review=date(2027, 6, 30),
            final_evaluation=date(2029, 10, 31),
        ),
    )


# --- finding parts -------------------------------------------------------------------------


def activities(plan: core.Plan) -> Iterator[core.Activity]:
    for ref in walk.activities(plan):
        assert isinstance(ref.item, core.Activity)
        yield ref.item


def indicators(plan: core.Plan) -> Iterator[core.Indicator]:
    for ref in walk.indicators(plan):
        yield ref.indicator


def activity(plan: core.Plan, activity_id: str) -> core.Activity:
    return next(a for a in activities(plan) if a.id == activity_id)


def indicator(plan: core.Plan, indicator_id: str) -> core.Indicator:
    return next(i for i in indicators(plan) if i.id == indicator_id)


def output(plan: core.Plan, output_id: str) -> core.Output:
    found = next(r.item for r in walk.outputs(plan) if r.item.id == output_id)
    assert isinstance(found, core.Output)
    return found


def objective(plan: core.Plan, objective_id: str) -> core.Objective:
    return next(o for o in plan.objectives if o.id == objective_id)


def org(plan: core.Plan, org_id: str) -> core.Organisation:
    return next(o for o in plan.organisations if o.id == org_id)


def body(plan: core.Plan, body_id: str = "CB1") -> core.CoordinationBody:
    return next(b for b in plan.governance.bodies if b.id == body_id)


def member(plan: core.Plan, org_id: str, body_id: str = "CB1") -> core.Member:
    return next(m for m in body(plan, body_id).members if m.organisation == org_id)


# --- changing parts ------------------------------------------------------------------------


def update(obj: object, **fields: object) -> None:
    """Set attributes (the case's plan is revalidated before it is assessed)."""
    for name, value in fields.items():
        setattr(obj, name, value)


def chain(*edits: Edit) -> Edit:
    def run(plan: core.Plan) -> None:
        for edit in edits:
            edit(plan)

    return run


def _forget_removed(plan: core.Plan) -> None:
    """Consultation inputs stop pointing at plan items a case removed."""
    known = walk.item_index(plan)
    for c in plan.consultations:
        for item in c.inputs:
            item.addressed_in = [i for i in item.addressed_in if i in known]


def no_activities(plan: core.Plan, *output_ids: str) -> None:
    """No activities under the given outputs (under any output when none is given)."""
    for ref in walk.outputs(plan):
        assert isinstance(ref.item, core.Output)
        if not output_ids or ref.item.id in output_ids:
            ref.item.activities = []
    _forget_removed(plan)


def no_objectives(plan: core.Plan) -> None:
    plan.objectives = []
    _forget_removed(plan)


def no_indicators(plan: core.Plan) -> None:
    for ref in walk.results(plan):
        if not isinstance(ref.item, core.Activity):
            ref.item.indicators = []


def drop_indicators(plan: core.Plan, *ids: str) -> None:
    for ref in walk.results(plan):
        if not isinstance(ref.item, core.Activity):
            ref.item.indicators = [i for i in ref.item.indicators if i.id not in ids]


def no_lead(plan: core.Plan, *ids: str) -> None:
    for activity_id in ids:
        activity(plan, activity_id).responsibility.lead = None


def no_responsible(plan: core.Plan, *ids: str) -> None:
    """No responsible organisation, nor anyone who collects or reports the data."""
    for indicator_id in ids:
        found = indicator(plan, indicator_id)
        found.responsible = None
        if found.data_roles is not None:
            update(found.data_roles, collects=None, reports=None)


def no_timing(plan: core.Plan, *ids: str) -> None:
    for indicator_id in ids:
        found = indicator(plan, indicator_id)
        found.frequency = None
        if found.data_roles is not None:
            found.data_roles.reporting_frequency = None


def no_focal_point(plan: core.Plan, *ids: str) -> None:
    for org_id in ids:
        org(plan, org_id).focal_point = None


def no_baseline(plan: core.Plan, *ids: str) -> None:
    for indicator_id in ids:
        indicator(plan, indicator_id).baseline = core.Baseline()


def no_target(plan: core.Plan, *ids: str) -> None:
    for indicator_id in ids:
        indicator(plan, indicator_id).target = None


def no_budget_lines(plan: core.Plan, *ids: str) -> None:
    for a in activities(plan):
        if not ids or a.id in ids:
            a.budget_lines = []


def budget_status(plan: core.Plan, status: BudgetStatus) -> None:
    """The plan's statement and every budget line at one status."""
    plan.budget.status = status
    for ref in walk.budget_lines(plan):
        ref.line.status = status


def no_budget(plan: core.Plan) -> None:
    no_budget_lines(plan)
    plan.budget = core.BudgetSummary()


def no_reviews(plan: core.Plan) -> None:
    plan.metadata.review_date = None
    update(plan.monitoring, midterm_review=None, final_evaluation=None)


def no_reporting_frequency(plan: core.Plan) -> None:
    plan.monitoring.reporting_frequency = None
    for i in indicators(plan):
        if i.data_roles is not None:
            i.data_roles.reporting_frequency = None


def carried_only_by(plan: core.Plan, *org_ids: str) -> None:
    """Activities led, in turn, by the given organisations (none supporting); every
    indicator the first one's responsibility."""
    for n, a in enumerate(activities(plan)):
        a.responsibility = core.Responsibility(lead=org_ids[n % len(org_ids)])
    for i in indicators(plan):
        i.responsible = org_ids[0]
        i.data_roles = None


def no_bodies(plan: core.Plan) -> None:
    plan.governance.bodies = []
