"""Plain renderings of assessments and comparisons: Markdown, CSV, and the criteria page."""

from __future__ import annotations

import csv
import io

from napkit.core.exports.cells import SafeWriter
from napkit.core.i18n import N_, _
from napkit.core.scorecard.catalogue import STATED_BY, TRACKING, Criterion, catalogue
from napkit.core.scorecard.compare import Comparison
from napkit.core.scorecard.headlines import QUESTIONS
from napkit.core.scorecard.model import LEVELS, Assessment, CriterionResult, Outcome

# English constants marked for translation; translated where they are shown.
MARK = {
    Outcome.PASS: N_("✅ pass"),
    Outcome.PARTIAL: N_("🟡 partial"),
    Outcome.FAIL: N_("❌ fail"),
    Outcome.NOT_APPLICABLE: N_("— n/a"),
    Outcome.NOT_STATED: N_("… not stated"),
}

# A headline answer in words (the budget's status, focus and text answers are shown as
# they are).
ANSWER = {
    "yes": N_("yes"),
    "partial": N_("partly"),
    "no": N_("no"),
    "not_stated": N_("not stated"),
}

STAGE = {
    "design": N_("judged as a design: tracking checks apply once reporting rounds exist"),
    "implementation": N_("judged in implementation, with its reporting rounds"),
}


def answer_words(answer: str) -> str:
    """A headline finding's answer in the reader's words."""
    return _(ANSWER[answer]) if answer in ANSWER else answer


def level(c: CriterionResult) -> str:
    """A criterion's level in words; "not stated" when the plan's document does not answer
    its question."""
    if c.level is not None:
        return c.level.label
    return _("not stated") if c.not_stated else "—"


def headlines_markdown(a: Assessment) -> list[str]:
    lines = [_("## Headline findings"), "", *_header(_("question"), _("answer"), _("evidence"))]
    for h in a.headlines:
        evidence = h.summary
        if h.quote:
            evidence += f" “{h.quote}”"
        if h.source:
            evidence += f" ({h.source})"
        lines.append(
            f"| {_cell(h.question)} | {_cell(answer_words(h.answer))} | {_cell(evidence)} |"
        )
    return lines


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
        f"{a.coverage[:1].upper()}{a.coverage[1:]}; {_(STAGE[a.stage])}.",
        "",
        *headlines_markdown(a),
        "",
        _("## Criteria"),
        "",
        *_header("#", _("criterion"), _("score"), _("level")),
    ]
    lines += [f"| {c.number} | {_(c.title)} | {_score(c.score)} | {level(c)} |" for c in a.criteria]
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
        *(f"- {h.sentence}." for h in c.headlines),
        "",
        *_header(_("finding"), _("yes"), _("partly"), _("no"), _("not stated"), _("what counts")),
    ]
    lines += [
        f"| {_cell(h.question)} | {h.plans} | {h.partly} | {h.no} | {h.not_stated} | "
        f"{_cell(h.definition)} |"
        for h in c.headlines
    ]
    lines += ["", *_header(_("budget status"), _("plans"))]
    lines += [f"| {s.value} | {n} |" for s, n in c.budget_status.items()]
    if c.global_indicators:
        lines += ["", _("## Global indicators used"), ""]
        lines += _header(_("indicator"), _("plans"), _("used by"))
        lines += [
            f"| {_cell(g.label)} | {len(g.plans)} | {_cell(', '.join(g.plans))} |"
            for g in c.global_indicators
        ]
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


def _number(check_id: str) -> list[int]:
    return [int(p) for p in check_id.split(".")]


def _ref(ref: str, titles: dict[str, str]) -> str:
    """One entry of a rule in words."""
    words = " or ".join(_ref_one(r, titles) for r in ref.split("|"))
    return words


def _ref_one(ref: str, titles: dict[str, str]) -> str:
    partly = ref.endswith("~")
    ref = ref.rstrip("~")
    if ref == "budget:allocated":
        text = _("the budget allocated or beyond")
    elif ref.startswith("headline:"):
        question = _(QUESTIONS[ref.removeprefix("headline:")].text)
        text = _("the headline finding “{question}”").format(question=question)
    else:
        text = f"{ref} {_(titles[ref])}"
    return _("{what} (partial counts)").format(what=text) if partly else text


def rule_markdown(c: Criterion) -> list[str]:
    """How the criterion's level is decided, from the same data the scorecard uses."""
    titles = {d.id: d.title for k in catalogue() for d in k.checks}
    rule = c.rule
    if rule.present:
        return [
            _(
                "**Level:** its checks are weighed together: weak when fewer than half of those "
                "answered are met even partly; high impact when all are met and three in five "
                "pass; solid when three in four are met; partial otherwise."
            ),
            "",
        ]
    lines = [_("**Key question:** {key}.").format(key="; ".join(_ref(k, titles) for k in rule.key))]
    if rule.full:
        lines.append(
            _("**High impact also needs:** {full}.").format(
                full="; ".join(_ref(k, titles) for k in rule.full)
            )
        )
    if rule.rescue:
        lines.append(
            _("**Partial rather than weak when:** {rescue}.").format(
                rescue="; ".join(_ref(k, titles) for k in rule.rescue)
            )
        )
    lines.append(
        _("**Answered by the document's statements:** {checks}.").format(
            checks=", ".join(
                f"{d.id} (`statements.{STATED_BY[d.id]}`)" for d in c.checks if d.id in STATED_BY
            )
            or _("none")
        )
    )
    return [*(f"{line}  " for line in lines[:-1]), lines[-1], ""]


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
            "**Checks.** Each check gives *pass* (score 1), *partial* (a score between 0 and 1), "
            "*fail* (0), *not applicable* or *not stated*, with its evidence. *Not stated* is "
            "for a plan read from a published document (`metadata.transcribed: true`) that "
            "says nothing on the matter: silence is not absence, so it is left out of the "
            'score and counted as coverage ("scored on 41 of 56 checks; 15 not stated in the '
            'plan"). Where the plan file lacks the details but records what the document '
            "states (`statements`), the statement answers the check."
        ),
        "",
        _(
            "**Stage.** A plan without reporting rounds is judged as a design: the checks of "
            "tracking ({tracking}) apply once rounds exist, unless the plan already shows it."
        ).format(tracking=", ".join(sorted(TRACKING, key=_number))),
        "",
        _(
            "**Levels.** A criterion's level answers the reviewer's question first: its *key* "
            "checks pick the band — all passing: solid, or high impact when what *met in "
            "substance* also needs is there; some met: partial; all failing: weak (unless a "
            "*rescue* is met: partial) — and the mean of all its applicable checks places the "
            "score within the band, so secondary checks never move it from pass to fail. A "
            "plan read from a document that does not answer the key question is *not "
            "stated* on that criterion. Bands: {levels} (scores out of 100). The overall score "
            "is the weighted mean of the criteria. The same plan, monitoring data and date "
            "always give the same result."
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
            *rule_markdown(c),
            *_header(_("check"), _("weight"), _("what it looks at")),
        ]
        # Check explanations are their docstrings, extracted for translation separately.
        lines += [
            f"| {d.id} {_(d.title)} | {d.weight:g} | {_cell(_(d.explanation))} |" for d in c.checks
        ]
        lines.append("")
    return "\n".join(lines)
