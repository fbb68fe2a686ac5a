"""Many plans side by side: plans × criteria, and the counts a comparative study reports."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import Field

from napkit.core.catalogue import AmbiguousReference, find
from napkit.core.catalogue.usage import label, order_key
from napkit.core.i18n import N_, _
from napkit.core.plan.vocabulary import BudgetStatus
from napkit.core.scorecard.catalogue import catalogue
from napkit.core.scorecard.headlines import QUESTIONS
from napkit.core.scorecard.model import Assessment, Level, Outcome, Result


class Row(Result):
    plan: str
    title: str
    country: str
    score: float
    level: Level
    budget_status: BudgetStatus
    criteria: dict[str, float | None] = Field(description="Criterion id → score (0 to 100).")


class Headline(Result):
    """One headline finding across the plans, counted the way comparative studies count."""

    id: str
    question: str
    definition: str = Field(description="What counts, in words.")
    plans: int = Field(description="Plans that meet the definition.")
    partly: int = Field(description="Plans that meet it in part.")
    no: int = Field(description="Plans that do not.")
    not_stated: int = Field(description="Plans whose documents do not say.")
    of: int
    sentence: str = Field(description="'7 of 12 plans state an allocated budget'.")


class CheckTally(Result):
    check: str
    title: str
    passed: int
    partial: int
    failed: int
    not_applicable: int
    not_stated: int = 0


class GlobalIndicator(Result):
    """A catalogue indicator and the compared plans that adapt it."""

    ref: str = Field(description="'sdg:5.5.1', or as a plan wrote it when not in the catalogue.")
    label: str = Field(description="'SDG indicator 5.5.1', in the reader's language.")
    text: str | None = Field(description="The source's wording; null when not in the catalogue.")
    plans: list[str] = Field(description="Ids of the plans whose indicators adapt it.")


class Comparison(Result):
    criteria: dict[str, str] = Field(description="Criterion id → title, in catalogue order.")
    rows: list[Row]
    budget_status: dict[BudgetStatus, int] = Field(description="Plans at each budget status.")
    levels: dict[Level, int]
    headlines: list[Headline]
    checks: list[CheckTally]
    global_indicators: list[GlobalIndicator] = Field(
        default_factory=list,
        description="Catalogue indicators the plans adapt, the most used first.",
    )


@dataclass(frozen=True)
class Count:
    """How one headline finding is counted: which answers meet it, which meet it partly."""

    id: str
    finding: str  # the headline finding's id (napkit.core.scorecard.headlines)
    sentence: str  # "{plans} of {total} plans …", marked for translation
    definition: str
    meets: frozenset[str]
    partly: frozenset[str] = frozenset()


ALLOCATED = frozenset({s.value for s in BudgetStatus if s.at_least(BudgetStatus.ALLOCATED)})
YES, PARTIAL = frozenset({"yes"}), frozenset({"partial"})

# English constants marked for translation; translated where they are shown.
COUNTS: tuple[Count, ...] = (
    Count(
        "budget_allocated",
        "budget",
        N_("{plans} of {total} plans state an allocated budget"),
        N_(
            "Budget status allocated or beyond (appropriated, disbursed, spent), from the plan's "
            "budget summary or budget lines; costed counts in part; mentioned or none does not."
        ),
        ALLOCATED,
        frozenset({BudgetStatus.COSTED.value}),
    ),
    Count(
        "indicators",
        "indicators",
        N_("{plans} of {total} plans have indicators"),
        N_("Indicators for every objective; for some objectives counts in part."),
        YES,
        PARTIAL,
    ),
    Count(
        "baselines_targets",
        "baselines_targets",
        N_("{plans} of {total} plans set baselines and targets"),
        N_("Every measurable indicator has a baseline and a target; some, in part."),
        YES,
        PARTIAL,
    ),
    Count(
        "me_framework",
        "me_framework",
        N_("{plans} of {total} plans have an M&E framework"),
        N_("Who collects and reports the data, and when, are both set; one of them, in part."),
        YES,
        PARTIAL,
    ),
    Count(
        "regular_reporting",
        "regular_reporting",
        N_("{plans} of {total} plans report progress regularly"),
        N_("A reporting rhythm (annual, every two years, …); reporting without one, in part."),
        YES,
        PARTIAL,
    ),
    Count(
        "public_reporting",
        "public_reporting",
        N_("{plans} of {total} plans publish their progress reports"),
        N_("Progress reports are published."),
        YES,
        PARTIAL,
    ),
    Count(
        "cs_design",
        "cs_design",
        N_("{plans} of {total} plans involved civil society in their design"),
        N_("Consultations with civil society while the plan was drafted."),
        YES,
        PARTIAL,
    ),
    Count(
        "cs_implementation_monitoring",
        "cs_implementation_monitoring",
        N_("{plans} of {total} plans give civil society a role in implementation or monitoring"),
        N_(
            "Civil society leads or supports actions, or monitors the plan on one of its bodies "
            "or as a data collector; monitoring only on its own initiative counts in part."
        ),
        YES,
        PARTIAL,
    ),
    Count(
        "coordination_mechanism",
        "coordination_mechanism",
        N_("{plans} of {total} plans have a coordination mechanism"),
        N_("A coordination body is described."),
        YES,
        PARTIAL,
    ),
    Count(
        "cs_on_coordination",
        "cs_on_coordination",
        N_("{plans} of {total} plans seat civil society on the coordination body"),
        N_("A civil-society member of a coordination body; meeting it without a seat, in part."),
        YES,
        PARTIAL,
    ),
    Count(
        "both_spheres",
        "focus",
        N_("{plans} of {total} plans act both at home and abroad"),
        N_("The plan's focus is domestic and international."),
        frozenset({"both"}),
    ),
)


@dataclass(frozen=True)
class Summary:
    """What a comparison keeps of one plan's assessment (a few hundred bytes, whatever the
    plan's size): its row and each check's outcome."""

    row: Row
    outcomes: dict[str, Outcome]
    answers: dict[str, str]  # headline finding id → answer
    global_indicators: tuple[str, ...] = ()


def summary(a: Assessment) -> Summary:
    return Summary(
        row=Row(
            plan=a.plan.id,
            title=a.plan.title,
            country=a.plan.country,
            score=a.score,
            level=a.level,
            budget_status=a.budget_status,
            criteria={c.id: c.score for c in a.criteria},
        ),
        outcomes={k.id: k.outcome for c in a.criteria for k in c.checks},
        answers={h.id: h.answer for h in a.headlines},
        global_indicators=tuple(a.plan.global_indicators),
    )


class Tally:
    """Plans are added one at a time and only their summaries are kept, so comparing a
    hundred plans holds one plan in memory at a time."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.budget = Counter[BudgetStatus]()
        self.levels = Counter[Level]()
        self.outcomes: dict[str, Counter[Outcome]] = defaultdict(Counter)
        self.answers: dict[str, Counter[str]] = defaultdict(Counter)
        self.globals: dict[str, list[str]] = defaultdict(list)

    def add(self, found: Summary) -> None:
        self.rows.append(found.row)
        self.budget[found.row.budget_status] += 1
        self.levels[found.row.level] += 1
        for check_id, outcome in found.outcomes.items():
            self.outcomes[check_id][outcome] += 1
        for finding, answer in found.answers.items():
            self.answers[finding][answer] += 1
        for ref in found.global_indicators:
            self.globals[ref].append(found.row.plan)

    def result(self) -> Comparison:
        n = len(self.rows)
        tallies = [
            CheckTally(
                check=d.id,
                title=d.title,
                passed=self.outcomes[d.id][Outcome.PASS],
                partial=self.outcomes[d.id][Outcome.PARTIAL],
                failed=self.outcomes[d.id][Outcome.FAIL],
                not_applicable=self.outcomes[d.id][Outcome.NOT_APPLICABLE],
                not_stated=self.outcomes[d.id][Outcome.NOT_STATED],
            )
            for criterion in catalogue()
            for d in criterion.checks
        ]
        return Comparison(
            criteria={c.id: c.title for c in catalogue()},
            rows=list(self.rows),
            budget_status={s: self.budget[s] for s in BudgetStatus},
            levels={lv: self.levels[lv] for lv in Level},
            headlines=[self._headline(count, n) for count in COUNTS],
            checks=tallies,
            global_indicators=self._globals(),
        )

    def _globals(self) -> list[GlobalIndicator]:
        refs = sorted(self.globals, key=lambda r: (-len(self.globals[r]), order_key(r)))
        out = []
        for ref in refs:
            try:
                found = find(ref) if ":" in ref else None
            except AmbiguousReference:
                found = None
            out.append(
                GlobalIndicator(
                    ref=ref,
                    label=label(ref),
                    text=found.text if found else None,
                    plans=self.globals[ref],
                )
            )
        return out

    def _headline(self, count: Count, n: int) -> Headline:
        answers = self.answers[count.finding]
        plans = sum(answers[a] for a in count.meets)
        partly = sum(answers[a] for a in count.partly)
        not_stated = answers["not_stated"]
        return Headline(
            id=count.id,
            question=_(QUESTIONS[count.finding].text),
            definition=_(count.definition),
            plans=plans,
            partly=partly,
            no=n - plans - partly - not_stated,
            not_stated=not_stated,
            of=n,
            sentence=_(count.sentence).format(plans=plans, total=n),
        )


def compare(assessments: Iterable[Assessment]) -> Comparison:
    tally = Tally()
    for a in assessments:
        tally.add(summary(a))
    return tally.result()
