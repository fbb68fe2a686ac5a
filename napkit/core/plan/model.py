"""A whole National Action Plan as typed, pure-Python data.

The plan file, the database, the scorecard, progress arithmetic and every export
speak this model. It only says what is *well-formed*; what is *contradictory*
(a dangling reference, a target outside the plan period) is found by
``napkit.core.plan.validation``, and what is merely *missing* (no budget, no
baselines) is never an error here: it is a scorecard finding.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from napkit.core.i18n import N_
from napkit.core.plan.types import (
    Count,
    CountryCode,
    CurrencyCode,
    Edition,
    FiscalYear,
    ItemId,
    LanguageCode,
    Link,
    Money,
    Month,
    NonNegative,
    PerYear,
    PlanId,
    Text,
    Value,
)
from napkit.core.plan.vocabulary import (
    ActionItemStatus,
    ActionStatus,
    Aggregation,
    BodyFunction,
    BudgetStatus,
    CatalogueSet,
    ConsultationFormat,
    ContextLens,
    CoordinatorResourcing,
    Direction,
    EndorsementLevel,
    Focus,
    Frequency,
    FundingType,
    GenderMarker,
    GovernmentLevel,
    InputResponse,
    Level,
    Measure,
    OrganisationType,
    PlanKind,
    PlanStage,
    PlanStatus,
    Priority,
    Sector,
)

FORMAT_VERSION: Literal[1] = 1


class Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", allow_inf_nan=False, validate_default=False, coerce_numbers_to_str=True
    )

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_absent(cls, value: Any, info: ValidationInfo) -> Any:
        # An empty optional text means "not given": one way to say it, in files and database.
        blank = isinstance(value, str) and not value.strip()
        if blank and info.field_name and cls.model_fields[info.field_name].default is None:
            return None
        return value


# --- small value objects ---------------------------------------------------------


class Contact(Model):
    """A named contact point. Not shown on the public site unless ``public`` is set."""

    name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    public: bool = Field(False, description=N_("Publish this contact (default: on request only)."))


class Document(Model):
    title: Text
    url: Link | None = None
    kind: str | None = Field(None, description=N_("e.g. 'plan', 'progress report', 'evaluation'."))
    date: Date | None = None
    language: LanguageCode | None = None


class Period(Model):
    start: Date
    end: Date


# --- framework -------------------------------------------------------------------


class Pillar(Model):
    id: ItemId
    name: Text
    description: str | None = None


def un_pillars() -> list[Pillar]:
    """The UN four pillars, the default framework (UN Strategic Results Framework on WPS)."""
    return [
        Pillar(id="participation", name="Participation"),
        Pillar(id="prevention", name="Prevention"),
        Pillar(id="protection", name="Protection"),
        Pillar(id="relief_and_recovery", name="Relief and recovery"),
    ]


class Category(Model):
    id: ItemId
    name: Text


class Dimension(Model):
    """A disaggregation dimension: its categories and whether they cover everyone."""

    id: ItemId
    name: Text
    categories: list[Category] = Field(
        default_factory=list, description=N_("Empty means open-ended (e.g. free location names).")
    )
    exhaustive: bool = Field(
        True,
        description=N_("Parts must add up to the total (a mismatch is a data-quality warning)."),
    )


def builtin_dimensions() -> list[Dimension]:
    """Dimensions every plan can use without declaring them; sex is always available."""
    return [
        Dimension(
            id="sex",
            name=N_("Sex"),
            categories=[
                Category(id="female", name=N_("Female")),
                Category(id="male", name=N_("Male")),
            ],
        ),
        Dimension(
            id="age_band",
            name=N_("Age band"),
            categories=[
                Category(id="under_18", name=N_("Under 18")),
                Category(id="18_29", name="18–29"),
                Category(id="30_44", name="30–44"),
                Category(id="45_64", name="45–64"),
                Category(id="65_plus", name=N_("65 and over")),
            ],
        ),
        Dimension(id="location", name=N_("Location"), exhaustive=False),
        Dimension(id="target_group", name=N_("Target group"), exhaustive=False),
    ]


class TierNames(Model):
    """What this plan calls each level of its results chain."""

    objective: Text = "Objective"
    outcome: Text = "Outcome"
    output: Text = "Output"
    activity: Text = "Activity"


class Framework(Model):
    pillars: list[Pillar] = Field(default_factory=un_pillars)
    context_lens: list[ContextLens] = Field(
        default_factory=list,
        description=N_("Situations the plan addresses, when it uses the lens."),
    )
    focus: Focus | None = None
    focus_countries: list[CountryCode] = Field(default_factory=list)
    tiers: TierNames = Field(default_factory=TierNames)
    dimensions: list[Dimension] = Field(
        default_factory=list,
        description=N_(
            "Disaggregation dimensions beyond the built-in sex, age_band, location and "
            "target_group; a dimension with a built-in id replaces it."
        ),
    )


# --- organisations and responsibility --------------------------------------------


class Organisation(Model):
    id: ItemId
    name: Text
    acronym: str | None = None
    type: OrganisationType
    level: GovernmentLevel | None = Field(None, description=N_("For government organisations."))
    country: CountryCode | None = None
    url: Link | None = None
    description: str | None = None
    focal_point: Contact | None = Field(None, description=N_("The organisation's WPS focal point."))
    iati_ref: str | None = Field(None, description=N_("IATI organisation identifier, if any."))


class Responsibility(Model):
    lead: ItemId | None = Field(None, description=N_("The one lead organisation."))
    supporting: list[ItemId] = Field(default_factory=list)
    contact: Contact | None = None


# --- indicators ------------------------------------------------------------------


class Baseline(Model):
    """The starting point; empty when the plan gives none."""

    value: Value | None = None
    date: Date | None = None
    source: str | None = None
    not_applicable: bool = Field(
        False, description=N_("No baseline can exist (e.g. a new service).")
    )
    note: str | None = None


class TargetRevision(Model):
    """An earlier value of a target or milestone, kept when it was revised."""

    value: Value
    date: Date | None = None
    changed_on: Date
    reason: Text


class Target(Model):
    value: Value
    date: Date | None = Field(None, description=N_("Defaults to the end of the plan period."))
    label: str | None = Field(None, description=N_("e.g. 'FY 2025-26'."))
    note: str | None = None
    history: list[TargetRevision] = Field(
        default_factory=list, description=N_("Earlier values, oldest first, each with its reason.")
    )


class CatalogueRef(Model):
    set: CatalogueSet
    code: Text
    note: str | None = Field(None, description=N_("How the catalogue indicator was adapted."))


class DataRoles(Model):
    """Who collects, analyses, reports and uses the data, and when (criterion 11)."""

    collects: ItemId | None = None
    analyses: ItemId | None = None
    reports: ItemId | None = None
    uses: str | None = Field(None, description=N_("Who uses the data and for what decisions."))
    reporting_frequency: Frequency | None = None


class Indicator(Model):
    id: ItemId
    name: Text
    definition: str | None = None
    measure: Measure = Measure.NUMBER
    unit: str | None = None
    numerator: str | None = Field(None, description=N_("For a percentage: what is counted."))
    denominator: str | None = Field(None, description=N_("For a percentage: out of what."))
    direction: Direction = Direction.INCREASE
    aggregation: Aggregation = Aggregation.LATEST
    disaggregation: list[ItemId] = Field(default_factory=list, description=N_("Dimension ids."))
    scale: list[Text] = Field(
        default_factory=list, description=N_("Ordinal levels, lowest first (ordinal measure only).")
    )
    baseline: Baseline = Field(default_factory=Baseline)
    milestones: list[Target] = Field(default_factory=list)
    target: Target | None = None
    source: str | None = Field(None, description=N_("Data source."))
    method: str | None = Field(None, description=N_("Collection method."))
    frequency: Frequency | None = Field(None, description=N_("Collection frequency."))
    responsible: ItemId | None = Field(None, description=N_("Responsible organisation."))
    data_roles: DataRoles | None = None
    catalogue: list[CatalogueRef] = Field(default_factory=list)
    weight: NonNegative = Field(1.0, description=N_("How much it counts in roll-ups (default 1)."))


# --- budget ----------------------------------------------------------------------


class BudgetLine(Model):
    id: ItemId
    description: str | None = None
    amount: Money | None = None
    currency: CurrencyCode | None = None
    status: BudgetStatus | None = Field(
        None,
        description=N_(
            "Where the line stands; unstated, it is 'costed' with an amount, else 'mentioned'."
        ),
    )
    fiscal_year: FiscalYear | None = None
    funding_source: str | None = None
    funding_type: FundingType | None = None
    gender_marker: GenderMarker | None = None
    organisation: ItemId | None = Field(None, description=N_("Organisation holding the budget."))

    @property
    def effective_status(self) -> BudgetStatus:
        if self.status is not None:
            return self.status
        return BudgetStatus.COSTED if self.amount is not None else BudgetStatus.MENTIONED


class BudgetSummary(Model):
    """What the plan says about its resources as a whole."""

    status: BudgetStatus | None = Field(
        None,
        description=N_(
            "Unstated, it is 'costed' with a total, 'mentioned' with a statement, else 'none'."
        ),
    )
    statement: str | None = Field(None, description=N_("The plan's own words on funding."))
    total: Money | None = None
    currency: CurrencyCode | None = None
    published: bool = Field(False, description=N_("Budget and spending figures are public."))

    @property
    def effective_status(self) -> BudgetStatus:
        if self.status is not None:
            return self.status
        if self.total is not None:
            return BudgetStatus.COSTED
        return BudgetStatus.MENTIONED if self.statement else BudgetStatus.NONE


# --- results chain ---------------------------------------------------------------


class Activity(Model):
    id: ItemId
    title: Text
    description: str | None = None
    responsibility: Responsibility = Field(default_factory=Responsibility)
    start: Date | None = None
    end: Date | None = None
    priority: Priority | None = None
    focus: Focus | None = None
    contexts: list[ContextLens] = Field(default_factory=list)
    tags: list[Text] = Field(
        default_factory=list, description=N_("e.g. 'training', 'expert_pool'.")
    )
    budget_lines: list[BudgetLine] = Field(default_factory=list)


class Output(Model):
    id: ItemId
    title: Text
    description: str | None = None
    indicators: list[Indicator] = Field(default_factory=list)
    activities: list[Activity] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)


class Outcome(Model):
    """An optional intermediate outcome between an objective and its outputs."""

    id: ItemId
    title: Text
    description: str | None = None
    indicators: list[Indicator] = Field(default_factory=list)
    outputs: list[Output] = Field(default_factory=list)


class Objective(Model):
    id: ItemId
    title: Text
    description: str | None = None
    pillars: list[ItemId] = Field(default_factory=list, description=N_("Pillar ids."))
    focus: Focus | None = None
    contexts: list[ContextLens] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    outputs: list[Output] = Field(
        default_factory=list, description=N_("Outputs directly under the objective.")
    )


# --- governance ------------------------------------------------------------------


class Member(Model):
    organisation: ItemId | None = None
    name: str | None = Field(None, description=N_("A person, or a body not in the organisations."))
    sector: Sector | None = Field(None, description=N_("Defaults to the organisation's type."))
    role: str | None = None


class Decision(Model):
    """A decision a coordination body took at a meeting."""

    id: ItemId
    text: Text
    date: Date | None = Field(
        None, description=N_("When it was taken (default: the meeting's date).")
    )
    public: bool | None = Field(
        None,
        description=N_("Published on the public site; unset follows the meeting's `public`."),
    )


class ActionItem(Model):
    """Something a coordination body agreed someone would do.

    Open with a due date in the past is overdue; done on or before the due date is on time.
    """

    id: ItemId
    text: Text
    owner: ItemId | None = Field(None, description=N_("The organisation that does it."))
    due: Date | None = None
    status: ActionItemStatus = ActionItemStatus.OPEN
    done: Date | None = Field(None, description=N_("When it was done (or dropped)."))
    items: list[ItemId] = Field(default_factory=list, description=N_("Plan items it concerns."))


def _numbered(values: Any, prefix: str) -> Any:
    # Plan files written before decisions and action items were objects hold plain text:
    # each becomes an object with an id made from its meeting's id and its place.
    if not isinstance(values, list):
        return values
    return [
        {"id": f"{prefix}{n}", "text": v} if isinstance(v, str) else v
        for n, v in enumerate(values, start=1)
    ]


class Meeting(Model):
    """A meeting of a coordination body, planned or held.

    A meeting not held whose date has passed was missed.
    """

    id: ItemId
    date: Date = Field(description=N_("When it was held, or when it is planned."))
    held: bool = Field(True, description=N_("It took place (unset: only planned so far)."))
    agenda: list[Text] = Field(default_factory=list, description=N_("Agenda points."))
    attendance: list[ItemId] = Field(default_factory=list, description=N_("Organisation ids."))
    women: Count | None = Field(None, description=N_("Women attending."))
    men: Count | None = Field(None, description=N_("Men attending."))
    decisions: list[Decision] = Field(default_factory=list)
    action_items: list[ActionItem] = Field(default_factory=list)
    minutes_url: Link | None = None
    public: bool = Field(False, description=N_("Minutes and decisions are published."))

    @model_validator(mode="before")
    @classmethod
    def _text_is_an_item(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            data = dict(data)
            for key, letter in (("decisions", "d"), ("action_items", "a")):
                if key in data:
                    data[key] = _numbered(data[key], f"{data['id']}.{letter}")
        return data

    def decision_public(self, decision: Decision) -> bool:
        return self.public if decision.public is None else decision.public


class TermsOfReference(Model):
    adopted: Date | None = None
    url: Link | None = None
    summary: str | None = None


class CoordinationBody(Model):
    id: ItemId
    name: Text
    functions: list[BodyFunction] = Field(default_factory=list)
    chair: ItemId | None = None
    members: list[Member] = Field(default_factory=list)
    meeting_frequency: Frequency | None = None
    meetings_per_year: PerYear | None = None
    terms_of_reference: TermsOfReference | None = None
    rules_of_engagement: str | None = Field(
        None, description=N_("Written rules for how government and civil society work together.")
    )
    decisions_public: bool = False
    meetings: list[Meeting] = Field(default_factory=list)


class Coordinator(Model):
    organisation: ItemId | None = None
    unit: str | None = None
    resourcing: CoordinatorResourcing | None = None
    staff_fte: NonNegative | None = Field(
        None, description=N_("Dedicated staff, full-time equivalents.")
    )
    budget: Money | None = None
    currency: CurrencyCode | None = None
    contact: Contact | None = None


class Endorsement(Model):
    level: EndorsementLevel
    by: str | None = None
    date: Date | None = None
    reference: str | None = None


class Governance(Model):
    bodies: list[CoordinationBody] = Field(default_factory=list)
    coordinator: Coordinator | None = None
    endorsements: list[Endorsement] = Field(default_factory=list)


# --- consultations, baseline study, risks, monitoring -----------------------------


class Participants(Model):
    """Participants by sector (the type of their organisation) and by sex (counts)."""

    government: Count = 0
    civil_society: Count = 0
    academia: Count = 0
    international: Count = 0
    private: Count = 0
    other: Count = 0
    women: Count | None = Field(None, description=N_("Of all participants, how many were women."))
    men: Count | None = Field(None, description=N_("Of all participants, how many were men."))


class ConsultationInput(Model):
    id: ItemId
    summary: Text
    source: ItemId | None = Field(None, description=N_("Organisation that gave the input."))
    source_name: str | None = None
    about: list[ItemId] = Field(
        default_factory=list, description=N_("The parts of the plan it was on (item ids).")
    )
    response: InputResponse | None = None
    how_addressed: str | None = Field(
        None, description=N_("What was done with it; the reason, when it was not adopted.")
    )
    addressed_in: list[ItemId] = Field(
        default_factory=list, description=N_("Plan items it shaped.")
    )


class Consultation(Model):
    id: ItemId
    title: Text
    date: Date | None = None
    stage: PlanStage = PlanStage.DESIGN
    format: ConsultationFormat | None = None
    location: str | None = None
    participants: Participants | None = None
    organisations: list[ItemId] = Field(default_factory=list)
    inputs: list[ConsultationInput] = Field(default_factory=list)
    report_url: Link | None = None
    public: bool = Field(
        False,
        description=N_("Published: the public site shows its inputs and what was done with them."),
    )


class ExistingAction(Model):
    """An action already under way when the plan was drafted."""

    id: ItemId
    title: Text
    organisation: ItemId | None = None
    description: str | None = None
    since: Date | None = None
    status: ActionStatus | None = None


class BaselineStudy(Model):
    title: str | None = None
    date: Date | None = None
    url: Link | None = None
    summary: str | None = None
    actions: list[ExistingAction] = Field(default_factory=list)


class Risk(Model):
    id: ItemId
    title: Text
    description: str | None = None
    likelihood: Level | None = None
    impact: Level | None = None
    mitigation: str | None = None
    owner: ItemId | None = None


class MonitoringArrangements(Model):
    reporting_frequency: Frequency | None = None
    fiscal_year_start: Month = Field(1, description=N_("Month the fiscal year starts (1-12)."))
    reports_public: bool = False
    reports_to: list[Text] = Field(default_factory=list, description=N_("e.g. 'parliament'."))
    midterm_review: Date | None = None
    final_evaluation: Date | None = None
    description: str | None = None


# --- the plan --------------------------------------------------------------------


class Statement(Model):
    """What a plan's document says on one question, when the file does not hold the details
    (a baseline set but its value not transcribed, reporting said to be regular without a
    frequency, civil society said to monitor without a named body)."""

    answer: Literal["yes", "partial", "no"]
    evidence: str | None = Field(None, description=N_("The document's words, quoted."))
    source: str | None = Field(None, description=N_("Where: a page, a section or an address."))


class Statements(Model):
    """What the plan states without the details: each read by the scorecard and its
    headline findings as the document's own word."""

    indicators: Statement | None = None
    baselines_targets: Statement | None = None
    me_framework: Statement | None = Field(
        None, description=N_("Who collects, analyses and reports the data, and when.")
    )
    regular_reporting: Statement | None = None
    public_reporting: Statement | None = None
    cs_design: Statement | None = Field(None, description=N_("Civil society took part in design."))
    cs_implementation_monitoring: Statement | None = Field(
        None, description=N_("Civil society implements or monitors the plan.")
    )
    coordination_mechanism: Statement | None = None
    cs_on_coordination: Statement | None = Field(
        None, description=N_("Civil society sits on the coordination body.")
    )
    budget: Statement | None = Field(
        None, description=N_("Evidence for the budget summary's status (the status is kept there).")
    )
    results_chain: Statement | None = Field(
        None,
        description=N_(
            "A results framework links objectives to outcomes, outputs and "
            "activities, with indicators."
        ),
    )
    responsibility: Statement | None = Field(
        None,
        description=N_(
            "Each action (or objective) and indicator has a named responsible "
            "institution: yes; institutions named without saying who does what: partial."
        ),
    )


class PlanMetadata(Model):
    title: Text
    short_title: str | None = None
    country: CountryCode
    country_name: str | None = None
    edition: Edition | None = Field(None, description=N_("1 for a first NAP, 2 for the second, …"))
    kind: PlanKind = PlanKind.NATIONAL
    region: str | None = Field(None, description=N_("Province or locality of a sub-plan."))
    period: Period | None = None
    status: PlanStatus = PlanStatus.DRAFT
    languages: list[LanguageCode] = Field(default_factory=lambda: ["en"])
    predecessor: PlanId | None = Field(None, description=N_("Id of the previous edition."))
    parent: PlanId | None = Field(None, description=N_("Id of the plan a sub-plan rolls up into."))
    adopted: Date | None = None
    review_date: Date | None = Field(None, description=N_("When the plan is due for review."))
    lead_organisation: ItemId | None = None
    lead_institution: str | None = Field(
        None,
        description=N_(
            "The lead ministry or body in words, when it is not an organisation of the file."
        ),
    )
    summary: str | None = None
    documents: list[Document] = Field(default_factory=list)
    transcribed: bool = Field(
        False,
        description=N_(
            "The file records a published document (or what sources say of it): what "
            "the file leaves out, the document does not state. Its scorecard then says 'not "
            "stated' where it would otherwise say 'absent'."
        ),
    )


class Plan(Model):
    napkit: Literal[1] = Field(FORMAT_VERSION, description=N_("Plan-file format version."))
    id: PlanId
    metadata: PlanMetadata
    framework: Framework = Field(default_factory=Framework)
    organisations: list[Organisation] = Field(default_factory=list)
    objectives: list[Objective] = Field(default_factory=list)
    budget: BudgetSummary = Field(default_factory=BudgetSummary)
    governance: Governance = Field(default_factory=Governance)
    consultations: list[Consultation] = Field(default_factory=list)
    baseline_study: BaselineStudy | None = None
    risks: list[Risk] = Field(default_factory=list)
    monitoring: MonitoringArrangements = Field(default_factory=MonitoringArrangements)
    statements: Statements = Field(
        default_factory=Statements,
        description=N_("What the plan's document states without the file holding the details."),
    )

    # Lookups made on first use (napkit.core.plan.index); never part of the plan's data.
    _index: object = PrivateAttr(default=None)
