"""What the pages of a screening review show, as small view-models the templates only read.

The document's text is shown page by page with every evidence passage marked where the
screening found it, so a reviewer checks each finding against the words behind it. The
text is the uploader's: it is escaped piece by piece here, and only our own ``<mark>`` and
link tags are added around the escaped pieces.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise

from django import forms
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_info

from napkit.core.i18n import gettext as core_gettext
from napkit.core.plan import countries, create
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.core.scorecard.assess import assess
from napkit.core.scorecard.headlines import QUESTIONS
from napkit.core.scorecard.model import HeadlineFinding
from napkit.core.screening.result import Evidence, Finding, Screening
from napkit.plans import uploads
from napkit.plans.models import ScreeningReview
from napkit.plans.reviews import Decision, corrected_plan, decisions_of, effective, screening_of
from napkit.plans.screening_forms import DecisionForm, SavePlanForm


@dataclass(frozen=True)
class Passage:
    page: int
    quote: str
    cue: str | None
    anchor: str | None  # the mark's id in the document text; None if the text lacks it


@dataclass(frozen=True)
class FindingCard:
    id: str
    question: str
    answer: str  # as proposed
    value: str | None  # as proposed
    confidence: int  # percent
    why: str
    passages: list[Passage]
    decision: Decision | None
    form: forms.Form | None  # None once the review is saved as a plan

    @property
    def status(self) -> str:
        if self.decision is None:
            return "open"
        return self.decision.decision


@dataclass(frozen=True)
class DocumentPage:
    number: int
    html: SafeString


@dataclass(frozen=True)
class Draft:
    """The draft plan with the reviewer's corrections, and its scorecard's headlines."""

    plan: CorePlan | None
    summary: uploads.Summary | None
    headlines: list[HeadlineFinding]
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewPage:
    review: ScreeningReview
    screening: Screening
    findings: list[FindingCard]
    pages: list[DocumentPage]
    draft: Draft
    save_form: forms.Form | None
    confirmed: int
    corrected: int
    language: str

    @property
    def saved(self) -> bool:
        return self.review.plan_id is not None


@dataclass(frozen=True)
class ReviewRow:
    token: str
    name: str
    language: str
    created: datetime
    confirmed: int
    corrected: int
    plan_key: str | None


# --- the document's text with its passages marked --------------------------------------

_SPACE = re.compile(r"\s+")


def _words(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _locate(text: str, evidence: Evidence) -> tuple[int, int] | None:
    """Where the quote stands in the page's text: at its offsets, or else found by its
    words (extraction may re-wrap a line); None when it is not in the text at all."""
    start, end = evidence.start, evidence.end
    inside = 0 <= start < end <= len(text)
    if inside and _words(text[start:end]) == _words(evidence.quote):
        return start, end
    found = text.find(evidence.quote) if evidence.quote else -1
    if found >= 0:
        return found, found + len(evidence.quote)
    return (start, end) if inside else None


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    anchor: str
    finding: str
    label: str


def _marked(text: str, spans: Sequence[_Span]) -> SafeString:
    """The page's text, escaped, with each span in a ``<mark>``. Overlapping spans are cut
    at every boundary so marks never nest; a span's id sits where it starts and a link back
    to its finding where it ends."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[_Span]] = defaultdict(list)
    ends: dict[int, list[_Span]] = defaultdict(list)
    for s in spans:
        starts[s.start].append(s)
        ends[s.end].append(s)
    pieces: list[str] = []
    for a, b in pairwise(cuts):
        piece = escape(text[a:b])
        covering = [s for s in spans if s.start <= a and b <= s.end]
        if covering:
            beginning = starts.get(a, [])
            ids = "".join(format_html('<span id="{}"></span>', s.anchor) for s in beginning[1:])
            attrs = format_html(' id="{}"', beginning[0].anchor) if beginning else ""
            pieces.append(
                format_html(
                    '<mark class="evidence"{}>{}{}</mark>', mark_safe(attrs), mark_safe(ids), piece
                )
            )
        else:
            pieces.append(piece)
        for s in ends.get(b, []):
            pieces.append(
                format_html(
                    '<a class="back" href="#finding-{}" title="{}"><span aria-hidden="true">↩'
                    '</span><span class="visually-hidden">{}</span></a>',
                    s.finding,
                    s.label,
                    s.label,
                )
            )
    return mark_safe("".join(pieces))  # every piece above is escaped


def question(finding_id: str, fallback: str) -> str:
    """The headline question in the reader's language (the scorecard's own words)."""
    found = QUESTIONS.get(finding_id)
    return core_gettext(found.text) if found else fallback


def _passages(screening: Screening) -> tuple[dict[str, list[Passage]], list[DocumentPage]]:
    texts = {p.number: p.text for p in screening.pages}
    spans: dict[int, dict[str, _Span]] = defaultdict(dict)
    passages: dict[str, list[Passage]] = {}
    for finding in screening.findings:
        label = question(finding.id, finding.question)
        found = []
        for evidence in finding.evidence:
            where = _locate(texts[evidence.page], evidence) if evidence.page in texts else None
            anchor = None
            if where is not None:
                anchor = f"ev-{evidence.page}-{where[0]}-{where[1]}"
                # The same passage cited by two findings is marked once.
                spans[evidence.page].setdefault(
                    anchor, _Span(where[0], where[1], anchor, finding.id, label)
                )
            found.append(Passage(evidence.page, evidence.quote, evidence.cue, anchor))
        passages[finding.id] = found
    pages = [
        DocumentPage(p.number, _marked(p.text, list(spans[p.number].values())))
        for p in screening.pages
    ]
    return passages, pages


# --- the review page ---------------------------------------------------------------------


def draft(screening: Screening, decisions: dict[str, Decision], today: date) -> Draft:
    try:
        plan = corrected_plan(screening, decisions)
    except PlanInvalid as invalid:
        return Draft(None, None, [], invalid.problems)
    return Draft(plan, uploads.summary(plan), assess(plan, today).headlines)


def suggested_id(plan: CorePlan | None, taken: Iterable[str]) -> str:
    if plan is None:
        return ""
    used = set(taken)
    if plan.metadata.period is not None:
        return create.suggest_id(plan.metadata.country, plan.metadata.period.start, used)
    found, n = plan.id, 1
    while found in used:
        n += 1
        found = f"{plan.id}-{n}"
    return found


def review_page(
    review: ScreeningReview,
    today: date,
    *,
    taken: Iterable[str] = (),
    bound: dict[str, DecisionForm] | None = None,
    save_form: forms.Form | None = None,
) -> ReviewPage:
    """Everything the review shows. ``bound`` holds a finding's submitted form (with its
    errors), ``save_form`` the submitted save form; the others start from what counts."""
    screening = screening_of(review)
    decisions = decisions_of(review)
    passages, pages = _passages(screening)
    saved = review.plan_id is not None
    cards = []
    for finding in screening.findings:
        decision = decisions.get(finding.id)
        form = None
        if not saved:
            form = (bound or {}).get(finding.id) or _form_for(finding, decision)
        cards.append(
            FindingCard(
                id=finding.id,
                question=question(finding.id, finding.question),
                answer=finding.answer,
                value=finding.value,
                confidence=round(finding.confidence * 100),
                why=finding.why,
                passages=passages.get(finding.id, []),
                decision=decision,
                form=form,
            )
        )
    made = draft(screening, decisions, today)
    if save_form is None and not saved:
        initial = {"plan_id": suggested_id(made.plan, taken)}
        if made.plan is not None and countries.known(made.plan.metadata.country):
            initial["country"] = made.plan.metadata.country
        save_form = SavePlanForm(initial=initial)
    return ReviewPage(
        review=review,
        screening=screening,
        findings=cards,
        pages=pages,
        draft=made,
        save_form=None if saved else save_form,
        confirmed=sum(d.decision == "confirmed" for d in decisions.values()),
        corrected=sum(d.decision == "corrected" for d in decisions.values()),
        language=language_name(screening.language),
    )


def _form_for(finding: Finding, decision: Decision | None) -> DecisionForm:
    answer, value = effective(finding, decision)
    initial = {"answer": answer, "value": value or "", "note": decision.note if decision else ""}
    return DecisionForm(finding=finding, initial=initial)


def card(page: ReviewPage, finding_id: str) -> FindingCard | None:
    return next((c for c in page.findings if c.id == finding_id), None)


def language_name(code: str) -> str:
    """The language's name in the reader's language (the code when Django knows no name)."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code or "—"


def review_rows(reviews: Iterable[ScreeningReview]) -> list[ReviewRow]:
    rows = []
    for r in reviews:
        decided = [d.get("decision") for d in (r.decisions or {}).values()]
        rows.append(
            ReviewRow(
                token=str(r.token),
                name=r.name,
                language=language_name(r.language),
                created=r.created,
                confirmed=decided.count("confirmed"),
                corrected=decided.count("corrected"),
                plan_key=r.plan.key if r.plan_id and r.plan else None,
            )
        )
    return rows
