"""Plain renderings of assessments and comparisons: Markdown, CSV, and the criteria page."""

from __future__ import annotations

import csv
import io

from napkit.core.scorecard.catalogue import catalogue
from napkit.core.scorecard.compare import Comparison
from napkit.core.scorecard.model import LEVELS, Assessment, Outcome

MARK = {
    Outcome.PASS: "✅ pass",
    Outcome.PARTIAL: "🟡 partial",
    Outcome.FAIL: "❌ fail",
    Outcome.NOT_APPLICABLE: "— n/a",
}


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def assessment_markdown(a: Assessment) -> str:
    lines = [
        f"# Scorecard: {a.plan.title}",
        "",
        f"**{a.score:.0f}/100 — {a.level.label}** · budget status: **{a.budget_status.value}** · "
        f"{a.tally.passed} passed, {a.tally.partial} partial, {a.tally.failed} failed, "
        f"{a.tally.not_applicable} not applicable · assessed as of {a.as_of}",
        "",
        "| # | criterion | score | level |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {c.number} | {c.title} | {_score(c.score)} | {c.level.label if c.level else '—'} |"
        for c in a.criteria
    ]
    for c in a.criteria:
        lines += [
            "",
            f"## {c.number}. {c.title} — {_score(c.score)}",
            "",
            f"*{c.group}: “{c.source}”*",
            "",
            "| check | result | evidence | recommendation |",
            "|---|---|---|---|",
        ]
        for k in c.checks:
            lines.append(
                f"| {k.id} {_cell(k.title)} | {MARK[k.outcome]} | "
                f"{_cell(k.evidence.summary)} | {_cell(k.recommendation or '')} |"
            )
    return "\n".join(lines) + "\n"


def comparison_markdown(c: Comparison) -> str:
    ids = list(c.criteria)
    lines = [
        "# Plans compared",
        "",
        "| plan | score | level | budget | "
        + " | ".join(str(i + 1) for i in range(len(ids)))
        + " |",
        "|---|---|---|---|" + "---|" * len(ids),
    ]
    for row in c.rows:
        cells = " | ".join(_score(row.criteria[i]) for i in ids)
        lines.append(
            f"| {_cell(row.title)} ({row.plan}) | {row.score:.0f} | {row.level.label} | "
            f"{row.budget_status.value} | {cells} |"
        )
    lines += [
        "",
        "Criteria: " + "; ".join(f"{n + 1} {t}" for n, t in enumerate(c.criteria.values())),
        "",
        "## Summary",
        "",
        "| finding | plans |",
        "|---|---|",
    ]
    lines += [f"| {h.question} | {h.plans} of {h.of} |" for h in c.headlines]
    lines += ["", "| budget status | plans |", "|---|---|"]
    lines += [f"| {s.value} | {n} |" for s, n in c.budget_status.items()]
    return "\n".join(lines) + "\n"


def comparison_csv(c: Comparison) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["plan", "title", "country", "score", "level", "budget_status", *c.criteria])
    for row in c.rows:
        writer.writerow(
            [
                row.plan,
                row.title,
                row.country,
                row.score,
                row.level.value,
                row.budget_status.value,
                *("" if row.criteria[i] is None else row.criteria[i] for i in c.criteria),
            ]
        )
    return out.getvalue()


def criteria_markdown() -> str:
    """docs/criteria.md, generated from the catalogue."""
    levels = ", ".join(f"**{lv.label}** from {floor:g}" for lv, floor in LEVELS)
    lines = [
        "# The criteria catalogue",
        "",
        "<!-- Generated from napkit/core/scorecard by `napkit docs`; do not edit by hand. -->",
        "",
        "The scorecard assesses a plan against the lessons of the 2014 OSCE study of 27 "
        "national action plans (criteria 1–9, as summarised in napkit's founding document) and "
        "Inclusive Security's criteria for a high-impact NAP (10–13).",
        "",
        "**Scoring.** Each check gives *pass* (score 1), *partial* (a score between 0 and 1), "
        "*fail* (0) or *not applicable* (left out). A criterion's score is the weighted mean of "
        "its applicable checks × 100; the overall score is the weighted mean of the criteria. "
        f"Levels: {levels} (scores out of 100). The same plan, monitoring data and date always "
        "give the same result.",
        "",
        "Missing content is a finding, never an error: a plan with no budget is assessed and "
        "told so.",
        "",
    ]
    for c in catalogue():
        lines += [
            f"## {c.number}. {c.title}",
            "",
            f"*{c.group}* — seed section “{c.source}” — weight {c.weight:g} — id `{c.id}`",
            "",
            c.explanation,
            "",
            "| check | weight | what it looks at |",
            "|---|---|---|",
        ]
        lines += [f"| {d.id} {d.title} | {d.weight:g} | {_cell(d.explanation)} |" for d in c.checks]
        lines.append("")
    return "\n".join(lines)
