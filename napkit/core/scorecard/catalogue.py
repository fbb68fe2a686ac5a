"""The criteria catalogue: the 13 criteria as data, each with its registered checks.

Criteria 1–9 are the lessons of the 2014 OSCE study of 27 NAPs as the seed
summarises them (9 is its list of 11 success factors); 10–13 are Inclusive
Security's criteria for a high-impact NAP. Checks register themselves with
``@check`` in the modules of ``napkit.core.scorecard.checks``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from napkit.core.i18n import N_
from napkit.core.scorecard.context import Context
from napkit.core.scorecard.findings import Finding

CheckFunction = Callable[[Context], Finding]


@dataclass(frozen=True)
class CheckDef:
    id: str
    title: str
    criterion: str
    weight: float
    function: CheckFunction
    explanation: str


@dataclass(frozen=True)
class Rule:
    """How a criterion's level is decided, as a reviewer would (see assess.py).

    Each entry names what answers a question: a check's id ("2.1"), a headline finding
    ("headline:cs_design"; the budget's passes from allocated up and is partial at costed),
    or "budget:allocated", which only allocated or more meets. "a|b" is met when either
    is; a trailing "~" accepts partial as met.

    - ``key``: the question a reviewer asks first. All passing: solid or better; some met:
      partial; all failing: weak. Unanswered (a transcribed plan silent on it): not stated.
    - ``full``: what else "met in substance" needs: with the key passing, high impact only
      when all of these are met, solid otherwise.
    - ``rescue``: met, it lifts a failing key to partial (one sphere of action, but national
      capacity built at home).
    - ``present``: no key; the checks are weighed together (the eleven success factors):
      weak when fewer than half of those answered are met even partly, high impact when all
      are met and three in five pass, solid when three in four are met, partial otherwise.
    """

    key: tuple[str, ...] = ()
    full: tuple[str, ...] = ()
    rescue: tuple[str, ...] = ()
    present: bool = False


@dataclass(frozen=True)
class Criterion:
    id: str
    number: int
    title: str
    group: str
    source: str
    explanation: str
    weight: float = 1.0
    checks: list[CheckDef] = field(default_factory=list)
    rule: Rule = field(default_factory=Rule)


# Titles, groups, sources and explanations are English constants marked for translation
# (``N_``): they are translated where they are shown, never here at import time.
OSCE = N_("OSCE lessons learned")
HIGH_IMPACT = N_("Inclusive Security high-impact NAP")

CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "focus",
        1,
        N_("Internal and external focus"),
        OSCE,
        N_("The inclusion of an external and internal focus"),
        N_(
            "Domestic and international actions reinforce each other: a country cannot contribute "
            "competently abroad without a pool of expertise at home, so the plan acts in both "
            "spheres and builds national capacity (training, expert pools)."
        ),
        rule=Rule(key=("1.1",), full=("1.2",), rescue=("1.2",)),
    ),
    Criterion(
        "civil_society",
        2,
        N_("Cooperation with civil society"),
        OSCE,
        N_("Cooperation with civil society and other partners"),
        N_(
            "Plans made without broad national consultation are unlikely to work. Civil society "
            "takes part in design, sits on the coordination body, implements and monitors, and the "
            "rules of that cooperation are written down."
        ),
        rule=Rule(key=("2.1",), full=("2.3|2.4", "2.2~|2.5~")),
    ),
    Criterion(
        "coordination",
        3,
        N_("Coordinating mechanism"),
        OSCE,
        N_("Coordinating mechanisms"),
        N_(
            "A coordination body with members and a meeting rhythm that is kept, and a coordinator "
            "with resources of their own rather than the plan added to an existing portfolio."
        ),
        rule=Rule(key=("3.1",), full=("3.2|2.2",)),
    ),
    Criterion(
        "baseline",
        4,
        N_("Baseline study"),
        OSCE,
        N_("Baseline study"),
        N_(
            "Before the plan, what is already being done is inventoried (so nothing is duplicated) "
            "and baseline values are collected, dated and sourced, so progress can be measured."
        ),
        rule=Rule(key=("4.1", "4.2"), full=("4.3~",)),
    ),
    Criterion(
        "responsibility",
        5,
        N_("Clear lines of responsibility"),
        OSCE,
        N_("Clear lines of responsibility"),
        N_(
            "Every activity has one lead organisation, every indicator a responsible organisation, "
            "and the people doing the work can be reached."
        ),
        rule=Rule(key=("5.1",), full=("5.2",)),
    ),
    Criterion(
        "budget",
        6,
        N_("Budget"),
        OSCE,
        N_("Budget"),
        N_(
            "Without resources the plan is an extra task on top of existing work. Activities are "
            "costed, the budget is at least allocated, and disbursement and spending are tracked. "
            "Budget status is a scale — none, mentioned, costed, allocated, appropriated, "
            "disbursed, spent — never a yes/no."
        ),
        rule=Rule(key=("headline:budget",)),
    ),
    Criterion(
        "monitoring",
        7,
        N_("Implementation, monitoring and evaluation"),
        OSCE,
        N_("Implementation, monitoring and evaluation"),
        N_(
            "The four pillars are covered, the no-conflict / conflict / post-conflict lens helps "
            "turn goals into tasks, indicators are adapted from the UN and EU sets or defined "
            "nationally, and reporting is regular and public."
        ),
        rule=Rule(key=("headline:indicators", "7.4", "7.1~"), full=("7.5", "7.3~")),
    ),
    Criterion(
        "goals",
        8,
        N_("Goals"),
        OSCE,
        N_("Goals"),
        N_(
            "Goals are ambitious: measurable targets that move beyond the baseline, qualitative "
            "targets beside them, and both short- and long-term targets."
        ),
        rule=Rule(key=("8.1",), full=("8.2|8.3",)),
    ),
    Criterion(
        "success_factors",
        9,
        N_("Putting the plan together: the 11 success factors"),
        OSCE,
        N_("Putting together a NAP"),
        N_(
            "The seed's eleven success factors, each checked briefly: civil society, coordination, "
            "baseline, a tailored and focused plan, indicators that stay flexible, timeline and "
            "priorities, budget, responsibilities, monitoring and evaluation, regular updates, and "
            "preparation for obstacles."
        ),
        weight=1.0,
        rule=Rule(present=True),
    ),
    Criterion(
        "inclusive_design",
        10,
        N_("Inclusive design"),
        HIGH_IMPACT,
        N_("Inclusive Design"),
        N_(
            "Government and civil society both sit in the bodies that design, implement, monitor "
            "and evaluate the plan, with a clear division of roles and decisions that are recorded "
            "and public."
        ),
        rule=Rule(key=("headline:cs_on_coordination", "10.1~"), full=("10.3~|2.5~",)),
    ),
    Criterion(
        "results_based",
        11,
        N_("Results-based design and M&E plan"),
        HIGH_IMPACT,
        N_("Results-Based Design and M&E Plan"),
        N_(
            "A logframe links outcomes to outputs and outputs to activities, with indicators; for "
            "each indicator it says who collects, analyses, reports and uses the data, and when."
        ),
        rule=Rule(key=("headline:indicators",), full=("headline:me_framework", "11.1", "11.3")),
    ),
    Criterion(
        "political_will",
        12,
        N_("Political will"),
        HIGH_IMPACT,
        N_("Political Will"),
        N_(
            "The plan is a national peace and security matter, not only a gender one: endorsed at "
            "the highest level, carried by several ministries with named focal points, and with "
            "provincial and local leaders engaged."
        ),
        rule=Rule(key=("12.1", "12.4~"), full=("12.1", "12.2~|12.3~|12.4")),
    ),
    Criterion(
        "resources",
        13,
        N_("Resources"),
        HIGH_IMPACT,
        N_("Resources"),
        N_(
            "The plan is budgeted AND its resources are allocated, disbursed and tracked, "
            "transparently: the figures are published."
        ),
        rule=Rule(key=("budget:allocated",), full=("13.2",), rescue=("13.3",)),
    ),
)

# Checks that a statement of the plan's document can answer (the plan file's ``statements``,
# most of them also headline questions): where the plan lacks the details, what its document
# states answers them, and where it is silent they are "not stated".
STATED_BY: dict[str, str] = {
    "2.1": "cs_design",
    "9.1": "cs_design",
    "2.2": "cs_on_coordination",
    "10.1": "cs_on_coordination",
    "2.3": "cs_implementation_monitoring",
    "2.4": "cs_implementation_monitoring",
    "3.1": "coordination_mechanism",
    "9.2": "coordination_mechanism",
    "4.2": "baselines_targets",
    "8.1": "baselines_targets",
    "6.2": "budget",
    "9.7": "budget",
    "13.1": "budget",
    "7.3": "indicators",
    "7.4": "regular_reporting",
    "7.5": "public_reporting",
    "9.9": "me_framework",
    "11.1": "results_chain",
    "5.1": "responsibility",
    "5.2": "responsibility",
    "9.8": "responsibility",
}

# Checks of tracking, which apply once reporting rounds exist: before, a plan is judged as a
# design (a large allocated budget cannot have been spent yet).
TRACKING = frozenset({"6.3", "13.2", "7.6", "7.7"})

_REGISTRY: dict[str, list[CheckDef]] = {c.id: [] for c in CRITERIA}


def check(
    check_id: str, criterion: str, title: str, weight: float = 1.0
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check; its docstring is its explanation in docs/criteria.md."""

    def register(function: CheckFunction) -> CheckFunction:
        if any(c.id == check_id for checks in _REGISTRY.values() for c in checks):
            raise ValueError(f"check {check_id} is registered twice")
        explanation = " ".join((function.__doc__ or "").split())
        _REGISTRY[criterion].append(
            CheckDef(check_id, title, criterion, weight, function, explanation)
        )
        return function

    return register


def catalogue() -> list[Criterion]:
    """Every criterion with its checks, in catalogue order."""
    from napkit.core.scorecard import checks  # noqa: F401  (registers the checks)

    return [
        Criterion(
            c.id,
            c.number,
            c.title,
            c.group,
            c.source,
            c.explanation,
            c.weight,
            sorted(_REGISTRY[c.id], key=lambda d: [int(p) for p in d.id.split(".")]),
            c.rule,
        )
        for c in CRITERIA
    ]
