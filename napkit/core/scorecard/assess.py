"""Running the catalogue over a plan: per check, per criterion, overall.

The same plan, monitoring data and date always give the same assessment: checks are
pure functions and scores are rounded to one decimal.

Three rules make a verdict read as a reviewer's would:

- **Known, not stated, absent.** A check about something the plan holds nothing of is
  *not stated* for a plan read from a document (``metadata.transcribed``), and left out of
  the score; for a plan authored in napkit it fails. Where the plan lacks the details but
  its document states the answer (``statements``), the statement answers the check.
- **Stage.** Until reporting rounds exist a plan is judged as a design: checks of tracking
  (disbursement, spending, rounds on time, current data) do not apply yet.
- **Key checks first.** A criterion's key checks (the question a reviewer asks of it) set
  its band — all passing: solid to high impact; any failing with none passing: weak;
  otherwise partial to solid — and the other checks place it within that band.
"""

from __future__ import annotations

from datetime import date

from napkit.core.catalogue.usage import plan_references
from napkit.core.i18n import _
from napkit.core.plan import model as core
from napkit.core.plan.vocabulary import BudgetStatus
from napkit.core.scorecard.catalogue import (
    STATED_BY,
    TRACKING,
    CheckDef,
    Criterion,
    Rule,
    catalogue,
)
from napkit.core.scorecard.context import Context, MonitoringFacts
from napkit.core.scorecard.findings import Finding, not_applicable
from napkit.core.scorecard.headlines import NOT_STATED, headlines
from napkit.core.scorecard.model import (
    Assessment,
    Basis,
    CheckResult,
    CriterionResult,
    Evidence,
    HeadlineFinding,
    Level,
    Outcome,
    PlanRef,
    Tally,
    level_for,
)

STATED_SCORES = {
    "yes": (Outcome.PASS, 1.0),
    "partial": (Outcome.PARTIAL, 0.5),
    "no": (Outcome.FAIL, 0.0),
}

# A headline answer as an outcome, where it is a criterion's key question.
HEADLINE_KEY = {
    "yes": Outcome.PASS,
    "both": Outcome.PASS,
    "partial": Outcome.PARTIAL,
    "domestic": Outcome.PARTIAL,
    "international": Outcome.PARTIAL,
    "no": Outcome.FAIL,
    **{s.value: Outcome.PASS for s in BudgetStatus if s.at_least(BudgetStatus.ALLOCATED)},
    BudgetStatus.COSTED.value: Outcome.PARTIAL,
    BudgetStatus.MENTIONED.value: Outcome.FAIL,  # reviewers: mentioned is not a budget
    BudgetStatus.NONE.value: Outcome.FAIL,
}

# Each level's band of scores: a criterion's rule picks the band, its checks place it within.
BANDS: dict[Level, tuple[float, float]] = {
    Level.HIGH_IMPACT: (80.0, 100.0),
    Level.SOLID: (60.0, 79.9),
    Level.PARTIAL: (40.0, 59.9),
    Level.WEAK: (0.0, 39.9),
}


def _weighted(pairs: list[tuple[float, float]]) -> float | None:
    """Weighted mean of (score, weight) pairs; None when nothing applies."""
    total = sum(w for _, w in pairs)
    return sum(s * w for s, w in pairs) / total if total else None


def _truth(d: CheckDef, f: Finding, ctx: Context, found: dict[str, HeadlineFinding]) -> Finding:
    """The check's finding once stage, statements and silence are taken into account."""
    if d.id in TRACKING and not ctx.running and f.outcome is not Outcome.PASS:
        # Tracking the plan already shows (budget lines disbursed, spent) still counts.
        return not_applicable(
            _("Judged as a design: tracking applies once reporting rounds exist.")
        )
    key = STATED_BY.get(d.id, "")
    statement: core.Statement | None = getattr(ctx.plan.statements, key, None)
    headline = found.get(key)
    # As for headline findings, the document's statement answers where the plan's details
    # answer less than a pass.
    stated = (
        headline.basis is Basis.STATEMENT if headline is not None else f.outcome is not Outcome.PASS
    )
    if statement is not None and stated:
        outcome, score = STATED_SCORES[statement.answer]
        quote = f" “{statement.evidence}”" if statement.evidence else ""
        where = f" ({statement.source})" if statement.source else ""
        summary = _("Stated in the plan's document:{quote}{where}").format(quote=quote, where=where)
        advice = None if outcome is Outcome.PASS else f.recommendation
        return Finding(outcome, score, summary.strip(), advice)
    if ctx.plan.metadata.transcribed and (
        f.missing or (headline is not None and headline.answer == NOT_STATED)
    ):
        return Finding(
            Outcome.NOT_STATED,
            None,
            _("Not stated in the plan's document ({what}).").format(what=f.summary.rstrip(".")),
        )
    return f


def _answer(
    ref: str, checks: dict[str, CheckResult], found: dict[str, HeadlineFinding]
) -> Outcome | None:
    """How one entry of a criterion's rule is answered; None when it is not (not stated, or
    not applicable)."""
    if ref == "budget:allocated":
        answer = found["budget"].answer
        if answer == NOT_STATED:
            return None
        return (
            Outcome.PASS
            if HEADLINE_KEY.get(answer) is Outcome.PASS
            and answer not in (BudgetStatus.COSTED.value,)
            else Outcome.FAIL
        )
    if ref.startswith("headline:"):
        return HEADLINE_KEY.get(found[ref.removeprefix("headline:")].answer)
    result = checks.get(ref)
    return result.outcome if result is not None and result.score is not None else None


def _entry(
    entry: str, checks: dict[str, CheckResult], found: dict[str, HeadlineFinding]
) -> Outcome | None:
    """How an entry of a rule ("a|b~": either, the second met partly as well) is answered:
    the best of its alternatives; None when none is answered."""
    best: Outcome | None = None
    for ref in entry.split("|"):
        outcome = _answer(ref.rstrip("~"), checks, found)
        if ref.endswith("~") and outcome is Outcome.PARTIAL:
            outcome = Outcome.PASS
        if outcome is not None and (best is None or RANK[outcome] > RANK[best]):
            best = outcome
    return best


RANK = {Outcome.FAIL: 0, Outcome.PARTIAL: 1, Outcome.PASS: 2}


def _level(
    rule: Rule, checks: dict[str, CheckResult], found: dict[str, HeadlineFinding]
) -> Level | None:
    """The band a criterion's rule puts it in; None when its key question is unanswered."""
    keys = [o for o in (_entry(k, checks, found) for k in rule.key) if o is not None]
    if not keys:
        return None

    def met(entry: str) -> bool:
        return _entry(entry, checks, found) is Outcome.PASS

    if all(o is Outcome.PASS for o in keys):
        return Level.HIGH_IMPACT if all(met(e) for e in rule.full) else Level.SOLID
    if all(o is Outcome.FAIL for o in keys) and not any(met(e) for e in rule.rescue):
        return Level.WEAK
    return Level.PARTIAL


def _present_level(results: list[CheckResult]) -> Level | None:
    """Factors weighed together: weak when fewer than half of those the plan answers are met
    even partly; high impact when all are met and three in five pass; solid when three in
    four are met."""
    scored = [r for r in results if r.score is not None]
    if not scored:
        return None
    met = sum(r.outcome is not Outcome.FAIL for r in scored) / len(scored)
    passed = sum(r.outcome is Outcome.PASS for r in scored) / len(scored)
    if met < 0.5:
        return Level.WEAK
    if met == 1 and passed >= 0.6:
        return Level.HIGH_IMPACT
    return Level.SOLID if met >= 0.75 else Level.PARTIAL


def _score(
    criterion: Criterion,
    results: list[CheckResult],
    checks: dict[str, CheckResult],
    found: dict[str, HeadlineFinding],
    transcribed: bool,
) -> float | None:
    """The criterion's score from 0 to 100, or None when it cannot be judged."""
    rule = criterion.rule
    mean = _weighted([(r.score, r.weight) for r in results if r.score is not None])
    if rule.present:
        level = _present_level(results)
    elif rule.key:
        level = _level(rule, checks, found)
        if level is None and transcribed:
            return None  # the document does not answer the criterion's question
    else:
        level = None
    if level is None:
        return None if mean is None else round(mean * 100, 1)
    low, high = BANDS[level]
    return round(low + (high - low) * (mean if mean is not None else 0.5), 1)


def _results(
    criterion: Criterion, ctx: Context, found: dict[str, HeadlineFinding]
) -> list[CheckResult]:
    results = []
    for d in criterion.checks:
        f = _truth(d, d.function(ctx), ctx, found)
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
    return results


def _criterion(
    criterion: Criterion,
    results: list[CheckResult],
    checks: dict[str, CheckResult],
    found: dict[str, HeadlineFinding],
    transcribed: bool,
) -> CriterionResult:
    score = _score(criterion, results, checks, found, transcribed)
    silent = score is None and transcribed and bool(criterion.rule.key or results)
    return CriterionResult(
        id=criterion.id,
        number=criterion.number,
        title=criterion.title,
        group=criterion.group,
        source=criterion.source,
        weight=criterion.weight,
        score=score,
        level=None if score is None else level_for(score),
        not_stated=silent,
        checks=results,
    )


def assess(plan: core.Plan, as_of: date, monitoring: MonitoringFacts | None = None) -> Assessment:
    ctx = Context(plan, as_of, monitoring)
    found = headlines(ctx)
    by_id = {h.id: h for h in found}
    listed = catalogue()
    results = {c.id: _results(c, ctx, by_id) for c in listed}
    checks = {r.id: r for rs in results.values() for r in rs}
    transcribed = plan.metadata.transcribed
    criteria = [_criterion(c, results[c.id], checks, by_id, transcribed) for c in listed]
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
            global_indicators=plan_references(plan),
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
            not_stated=outcomes.count(Outcome.NOT_STATED),
        ),
        stage="implementation" if ctx.running else "design",
        headlines=found,
        criteria=criteria,
    )
