"""Plain renderings of assessments and comparisons: Markdown, CSV, and the criteria page."""

from __future__ import annotations

import csv
import io

from napkit.core.exports.cells import SafeWriter
from napkit.core.i18n import N_, _
from napkit.core.scorecard.catalogue import catalogue
from napkit.core.scorecard.compare import Comparison
from napkit.core.scorecard.model import LEVELS, Assessment, Outcome

# English constants marked for translation; translated where they are shown.
MARK = {
    Outcome.PASS: N_("✅ pass"),
    Outcome.PARTIAL: N_("🟡 partial"),
    Outcome.FAIL: N_("❌ fail"),
    Outcome.NOT_APPLICABLE: N_("— n/a"),
}


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _header(*cells: str) -> list[str]:
    return ["| " + " | ".join(cells) + " |", "|" + "---|" * len(cells)]


def assessment_markdown(a: Assessment) -> str:
    tally = _(
        "{passed} passed, {partial} partial, {failed} failed, {not_applicable} not applicable"
    ).format(
        passed=a.tally.passed,
        partial=a.tally.partial,
        failed=a.tally.failed,
        not_applicable=a.tally.not_applicable,
    )
    summary = [
        f"**{a.score:.0f}/100 — {a.level.label}**",
        _("budget status: **{status}**").format(status=a.budget_status.value),
        tally,
        _("assessed as of {day}").format(day=a.as_of),
    ]
    lines = [
        _("# Scorecard: {title}").format(title=a.plan.title),
        "",
        " · ".join(summary),
        "",
        *_header("#", _("criterion"), _("score"), _("level")),
    ]
    lines += [
        f"| {c.number} | {_(c.title)} | {_score(c.score)} | {c.level.label if c.level else '—'} |"
        for c in a.criteria
    ]
    for c in a.criteria:
        lines += [
            "",
            f"## {c.number}. {_(c.title)} — {_score(c.score)}",
            "",
            f"*{_(c.group)}: “{_(c.source)}”*",
            "",
            *_header(_("check"), _("result"), _("evidence"), _("recommendation")),
        ]
        for k in c.checks:
            lines.append(
                f"| {k.id} {_cell(_(k.title))} | {_(MARK[k.outcome])} | "
                f"{_cell(k.evidence.summary)} | {_cell(k.recommendation or '')} |"
            )
    return "\n".join(lines) + "\n"


def comparison_markdown(c: Comparison) -> str:
    ids = list(c.criteria)
    lines = [
        _("# Plans compared"),
        "",
        *_header(
            _("plan"), _("score"), _("level"), _("budget"), *(str(i + 1) for i in range(len(ids)))
        ),
    ]
    for row in c.rows:
        cells = " | ".join(_score(row.criteria[i]) for i in ids)
        lines.append(
            f"| {_cell(row.title)} ({row.plan}) | {row.score:.0f} | {row.level.label} | "
            f"{row.budget_status.value} | {cells} |"
        )
    numbered = "; ".join(f"{n + 1} {_(t)}" for n, t in enumerate(c.criteria.values()))
    lines += [
        "",
        _("Criteria: {criteria}").format(criteria=numbered),
        "",
        _("## Summary"),
        "",
        *_header(_("finding"), _("plans")),
    ]
    lines += [
        "| {question} | {count} |".format(
            question=_(h.question),
            count=_("{plans} of {total}").format(plans=h.plans, total=h.of),
        )
        for h in c.headlines
    ]
    lines += ["", *_header(_("budget status"), _("plans"))]
    lines += [f"| {s.value} | {n} |" for s, n in c.budget_status.items()]
    return "\n".join(lines) + "\n"


def comparison_csv(c: Comparison) -> str:
    out = io.StringIO()
    writer = SafeWriter(csv.writer(out, lineterminator="\n"))
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
    levels = ", ".join(
        _("**{level}** from {floor}").format(level=lv.label, floor=f"{floor:g}")
        for lv, floor in LEVELS
    )
    lines = [
        _("# The criteria catalogue"),
        "",
        "<!-- Generated from napkit/core/scorecard by `napkit docs`; do not edit by hand. -->",
        "",
        _(
            "The scorecard assesses a plan against the lessons of the 2014 OSCE study of 27 "
            "national action plans (criteria 1–9, as summarised in napkit's founding document) "
            "and Inclusive Security's criteria for a high-impact NAP (10–13)."
        ),
        "",
        _(
            "**Scoring.** Each check gives *pass* (score 1), *partial* (a score between 0 and 1), "
            "*fail* (0) or *not applicable* (left out). A criterion's score is the weighted mean "
            "of its applicable checks × 100; the overall score is the weighted mean of the "
            "criteria. Levels: {levels} (scores out of 100). The same plan, monitoring data and "
            "date always give the same result."
        ).format(levels=levels),
        "",
        _(
            "Missing content is a finding, never an error: a plan with no budget is assessed and "
            "told so."
        ),
        "",
    ]
    for c in catalogue():
        about = _("*{group}* — seed section “{source}” — weight {weight} — id `{id}`").format(
            group=_(c.group), source=_(c.source), weight=f"{c.weight:g}", id=c.id
        )
        lines += [
            f"## {c.number}. {_(c.title)}",
            "",
            about,
            "",
            _(c.explanation),
            "",
            *_header(_("check"), _("weight"), _("what it looks at")),
        ]
        # Check explanations are their docstrings, extracted for translation separately.
        lines += [
            f"| {d.id} {_(d.title)} | {d.weight:g} | {_cell(d.explanation)} |" for d in c.checks
        ]
        lines.append("")
    return "\n".join(lines)
