"""Running the catalogue over a plan: per check, per criterion, overall.

The same plan, monitoring data and date always give the same assessment: checks are
pure functions and scores are rounded to one decimal.
"""

from __future__ import annotations

from datetime import date

from napkit.core.plan import model as core
from napkit.core.scorecard.catalogue import Criterion, catalogue
from napkit.core.scorecard.context import Context, MonitoringFacts
from napkit.core.scorecard.model import (
    Assessment,
    CheckResult,
    CriterionResult,
    Evidence,
    Outcome,
    PlanRef,
    Tally,
    level_for,
)


def _weighted(pairs: list[tuple[float, float]]) -> float | None:
    """Weighted mean of (score, weight) pairs; None when nothing applies."""
    total = sum(w for _, w in pairs)
    return sum(s * w for s, w in pairs) / total if total else None


def _criterion(criterion: Criterion, ctx: Context) -> CriterionResult:
    results = []
    for d in criterion.checks:
        f = d.function(ctx)
        results.append(
            CheckResult(
                id=d.id,
                title=d.title,
                outcome=f.outcome,
                score=f.score,
                weight=d.weight,
                evidence=Evidence(summary=f.summary, failing=f.failing, passing=f.passing),
                recommendation=f.recommendation,
            )
        )
    mean = _weighted([(r.score, r.weight) for r in results if r.score is not None])
    score = None if mean is None else round(mean * 100, 1)
    return CriterionResult(
        id=criterion.id,
        number=criterion.number,
        title=criterion.title,
        group=criterion.group,
        source=criterion.source,
        weight=criterion.weight,
        score=score,
        level=None if score is None else level_for(score),
        checks=results,
    )


def assess(plan: core.Plan, as_of: date, monitoring: MonitoringFacts | None = None) -> Assessment:
    ctx = Context(plan, as_of, monitoring)
    criteria = [_criterion(c, ctx) for c in catalogue()]
    overall = _weighted([(c.score, c.weight) for c in criteria if c.score is not None]) or 0.0
    outcomes = [k.outcome for c in criteria for k in c.checks]
    meta = plan.metadata
    return Assessment(
        plan=PlanRef(
            id=plan.id,
            title=meta.title,
            country=meta.country,
            edition=meta.edition,
            period_start=meta.period.start if meta.period else None,
            period_end=meta.period.end if meta.period else None,
        ),
        as_of=as_of,
        score=round(overall, 1),
        level=level_for(overall),
        budget_status=ctx.budget_status,
        tally=Tally(
            passed=outcomes.count(Outcome.PASS),
            partial=outcomes.count(Outcome.PARTIAL),
            failed=outcomes.count(Outcome.FAIL),
            not_applicable=outcomes.count(Outcome.NOT_APPLICABLE),
        ),
        criteria=criteria,
    )
