"""The controlled vocabulary of a plan: every closed list of values, in one place.

The words are the product brief's words. Values are snake_case strings so that a
plan file reads naturally (``status: active``, ``direction: decrease``) and so the
same value travels unchanged through YAML, JSON, the database and the API.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


class PlanKind(StrEnum):
    """National plans, and the sub-plans that roll up into a parent plan."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    LOCAL = "local"
    DEPARTMENTAL = "departmental"
    REGIONAL = "regional"


class ContextLens(StrEnum):
    """The seed's alternative reading of the pillars: what situation an action is for."""

    NO_CONFLICT = "no_conflict"
    CONFLICT = "conflict"
    POST_CONFLICT = "post_conflict"


class Focus(StrEnum):
    DOMESTIC = "domestic"
    INTERNATIONAL = "international"
    BOTH = "both"


class Tier(StrEnum):
    """The fixed depth of the results chain; the names shown to people are per plan."""

    OBJECTIVE = "objective"
    OUTCOME = "outcome"
    OUTPUT = "output"
    ACTIVITY = "activity"


class Measure(StrEnum):
    """What an indicator's values are."""

    NUMBER = "number"
    PERCENTAGE = "percentage"
    YES_NO = "yes_no"
    ORDINAL = "ordinal"
    NARRATIVE = "narrative"

    @property
    def is_quantitative(self) -> bool:
        return self in (Measure.NUMBER, Measure.PERCENTAGE, Measure.YES_NO)


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"


class Aggregation(StrEnum):
    """How values add up over time (see the brief's progress arithmetic)."""

    NON_CUMULATIVE = "non_cumulative"
    CUMULATIVE = "cumulative"
    LATEST = "latest"


class Frequency(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMI_ANNUAL = "semi_annual"
    ANNUAL = "annual"
    BIENNIAL = "biennial"
    ONCE = "once"
    AD_HOC = "ad_hoc"


class CatalogueSet(StrEnum):
    """Indicator sets a national indicator may be adapted from."""

    UN_1325 = "un_1325"  # UN Secretary-General's global indicators, S/2010/498
    EU_1325 = "eu_1325"  # EU indicators for the Comprehensive Approach, 11948/10 and 12525/16
    SDG = "sdg"
    OTHER = "other"


class OrganisationType(StrEnum):
    GOVERNMENT = "government"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIA = "academia"
    INTERNATIONAL = "international"
    PRIVATE = "private"
    OTHER = "other"


class GovernmentLevel(StrEnum):
    NATIONAL = "national"
    PROVINCIAL = "provincial"
    LOCAL = "local"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class BudgetStatus(StrEnum):
    """Budget status is a scale, not a yes/no; members are declared in scale order."""

    NONE = "none"
    MENTIONED = "mentioned"
    COSTED = "costed"
    ALLOCATED = "allocated"
    APPROPRIATED = "appropriated"
    DISBURSED = "disbursed"
    SPENT = "spent"  # spent and tracked

    @property
    def rank(self) -> int:
        return list(BudgetStatus).index(self)

    def at_least(self, other: BudgetStatus) -> bool:
        return self.rank >= other.rank

    @property
    def needs_amount(self) -> bool:
        """From 'costed' on, a budget line without an amount contradicts itself."""
        return self.at_least(BudgetStatus.COSTED)


class GenderMarker(IntEnum):
    """OECD-DAC gender equality policy marker (0 not targeted, 1 significant, 2 principal)."""

    NOT_TARGETED = 0
    SIGNIFICANT = 1
    PRINCIPAL = 2


class FundingType(StrEnum):
    NATIONAL_BUDGET = "national_budget"
    SUBNATIONAL_BUDGET = "subnational_budget"
    ODA = "oda"
    DONOR = "donor"
    PRIVATE = "private"
    OTHER = "other"


class BodyFunction(StrEnum):
    """What a coordination body does over the plan's life (Inclusive Security, criterion 10)."""

    DESIGN = "design"
    IMPLEMENTATION = "implementation"
    MONITORING = "monitoring"
    EVALUATION = "evaluation"


class Sector(StrEnum):
    """Which side of the table a member or participant sits on."""

    GOVERNMENT = "government"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIA = "academia"
    INTERNATIONAL = "international"
    PRIVATE = "private"
    OTHER = "other"


class CoordinatorResourcing(StrEnum):
    DEDICATED = "dedicated"
    PART_TIME = "part_time"
    ADDED_TO_EXISTING = "added_to_existing"


class EndorsementLevel(StrEnum):
    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    CABINET = "cabinet"
    PARLIAMENT = "parliament"
    MINISTER = "minister"
    SENIOR_OFFICIAL = "senior_official"
    OTHER = "other"


class ConsultationFormat(StrEnum):
    WORKSHOP = "workshop"
    MEETING = "meeting"
    HEARING = "hearing"
    ONLINE = "online"
    SURVEY = "survey"
    WRITTEN_SUBMISSIONS = "written_submissions"
    OTHER = "other"


class PlanStage(StrEnum):
    """When in the plan's life something happened."""

    DESIGN = "design"
    IMPLEMENTATION = "implementation"
    REVIEW = "review"
    EVALUATION = "evaluation"


class InputResponse(StrEnum):
    """How a consultation input was addressed."""

    ADOPTED = "adopted"
    PARTLY_ADOPTED = "partly_adopted"
    NOT_ADOPTED = "not_adopted"
    UNDER_CONSIDERATION = "under_consideration"


class Level(StrEnum):
    """Likelihood and impact of a risk."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ActionItemStatus(StrEnum):
    """Where an action item a coordination body agreed stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    """State of an action recorded in the baseline study."""

    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
