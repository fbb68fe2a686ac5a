"""Many plans side by side: plans × criteria, and the counts a comparative study reports."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import Field

from napkit.core.i18n import N_
from napkit.core.plan.vocabulary import BudgetStatus
from napkit.core.scorecard.catalogue import catalogue
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
    """One finding across the plans: how many meet it, out of how many."""

    id: str
    question: str
    plans: int
    of: int


class CheckTally(Result):
    check: str
    title: str
    passed: int
    partial: int
    failed: int
    not_applicable: int


class Comparison(Result):
    criteria: dict[str, str] = Field(description="Criterion id → title, in catalogue order.")
    rows: list[Row]
    budget_status: dict[BudgetStatus, int] = Field(description="Plans at each budget status.")
    levels: dict[Level, int]
    headlines: list[Headline]
    checks: list[CheckTally]


# (id, question, check, outcomes that count): the headline counts of a comparative study.
# Questions are English constants marked for translation; they are translated where shown.
HEADLINES: tuple[tuple[str, str, str, tuple[Outcome, ...]], ...] = (
    ("budget_allocated", N_("Budget status at least 'allocated'"), "6.2", (Outcome.PASS,)),
    ("budget_costed_or_more", N_("Budget at least costed"), "9.7", (Outcome.PASS,)),
    ("budget_tracked", N_("Disbursement and spending tracked"), "6.3", (Outcome.PASS,)),
    ("indicators", N_("Has indicators"), "7.3", (Outcome.PASS, Outcome.PARTIAL)),
    ("baselines", N_("Quantitative indicators have baselines"), "4.2", (Outcome.PASS,)),
    ("cso_design", N_("Civil society took part in design"), "2.1", (Outcome.PASS,)),
    (
        "cso_body",
        N_("Civil society on the coordination body"),
        "2.2",
        (Outcome.PASS, Outcome.PARTIAL),
    ),
    ("coordination_body", N_("Has a coordination body"), "3.1", (Outcome.PASS, Outcome.PARTIAL)),
    ("m_and_e", N_("Regular progress reporting set"), "7.4", (Outcome.PASS,)),
    ("public_reporting", N_("Reporting is public"), "7.5", (Outcome.PASS,)),
    ("four_pillars", N_("Covers the four UN pillars"), "7.1", (Outcome.PASS,)),
    ("leads", N_("Every activity has a lead"), "5.1", (Outcome.PASS,)),
    ("endorsed_top", N_("Endorsed at the highest level"), "12.1", (Outcome.PASS,)),
)


@dataclass(frozen=True)
class Summary:
    """What a comparison keeps of one plan's assessment (a few hundred bytes, whatever the
    plan's size): its row and each check's outcome."""

    row: Row
    outcomes: dict[str, Outcome]


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
    )


class Tally:
    """Plans are added one at a time and only their summaries are kept, so comparing a
    hundred plans holds one plan in memory at a time."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.budget = Counter[BudgetStatus]()
        self.levels = Counter[Level]()
        self.outcomes: dict[str, Counter[Outcome]] = defaultdict(Counter)

    def add(self, found: Summary) -> None:
        self.rows.append(found.row)
        self.budget[found.row.budget_status] += 1
        self.levels[found.row.level] += 1
        for check_id, outcome in found.outcomes.items():
            self.outcomes[check_id][outcome] += 1

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
            )
            for criterion in catalogue()
            for d in criterion.checks
        ]
        return Comparison(
            criteria={c.id: c.title for c in catalogue()},
            rows=list(self.rows),
            budget_status={s: self.budget[s] for s in BudgetStatus},
            levels={lv: self.levels[lv] for lv in Level},
            headlines=[
                Headline(
                    id=hid,
                    question=question,
                    of=n,
                    plans=sum(self.outcomes[check_id][o] for o in counted),
                )
                for hid, question, check_id, counted in HEADLINES
            ],
            checks=tallies,
        )


def compare(assessments: Iterable[Assessment]) -> Comparison:
    tally = Tally()
    for a in assessments:
        tally.add(summary(a))
    return tally.result()
