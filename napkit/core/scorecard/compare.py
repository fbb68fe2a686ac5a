"""Many plans side by side: plans × criteria, and the counts a comparative study reports."""

from __future__ import annotations

from collections.abc import Sequence

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


def compare(assessments: Sequence[Assessment]) -> Comparison:
    criteria = {c.id: c.title for c in catalogue()}
    rows = [
        Row(
            plan=a.plan.id,
            title=a.plan.title,
            country=a.plan.country,
            score=a.score,
            level=a.level,
            budget_status=a.budget_status,
            criteria={c.id: c.score for c in a.criteria},
        )
        for a in assessments
    ]
    statuses = {s: sum(1 for a in assessments if a.budget_status is s) for s in BudgetStatus}
    levels = {lv: sum(1 for a in assessments if a.level is lv) for lv in Level}
    headlines = [
        Headline(
            id=hid,
            question=question,
            of=len(assessments),
            plans=sum(1 for a in assessments if a.check(check_id).outcome in counted),
        )
        for hid, question, check_id, counted in HEADLINES
    ]
    tallies = []
    for criterion in catalogue():
        for d in criterion.checks:
            outcomes = [a.check(d.id).outcome for a in assessments]
            tallies.append(
                CheckTally(
                    check=d.id,
                    title=d.title,
                    passed=outcomes.count(Outcome.PASS),
                    partial=outcomes.count(Outcome.PARTIAL),
                    failed=outcomes.count(Outcome.FAIL),
                    not_applicable=outcomes.count(Outcome.NOT_APPLICABLE),
                )
            )
    return Comparison(
        criteria=criteria,
        rows=rows,
        budget_status=statuses,
        levels=levels,
        headlines=headlines,
        checks=tallies,
    )
