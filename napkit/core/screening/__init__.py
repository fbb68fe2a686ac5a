"""Screening: read a NAP document into the 13 headline findings, each with its evidence.

``screen(content, name)`` extracts the text page by page (``extract``), detects the language
(``language``), splits pages into sentences (``segment``), answers each finding from the
language's rules (``findings``, ``pillars``, ``lexicon``) and drafts a plan file of what the
document states (``draft``). ``evaluate`` compares screenings with a labelled set.
"""

from __future__ import annotations

from napkit.core.i18n import _
from napkit.core.plan.problems import Problem
from napkit.core.scorecard.headlines import QUESTIONS
from napkit.core.screening import findings as rules
from napkit.core.screening.draft import draft, period
from napkit.core.screening.edition import own_edition
from napkit.core.screening.extract import MAX_BYTES, Unreadable, extract
from napkit.core.screening.language import NAMES, detect
from napkit.core.screening.lexicon import lexicon
from napkit.core.screening.pillars import pillars
from napkit.core.screening.result import Evidence, Finding, Page, Screening
from napkit.core.screening.segment import Sentence, sentences

__all__ = [
    "MAX_BYTES",
    "Evidence",
    "Finding",
    "Page",
    "Screening",
    "Unreadable",
    "find",
    "screen",
]


def find(
    all_sentences: list[Sentence],
    language: str,
    edition: int | None = None,
    start: int | None = None,
) -> list[Finding]:
    """The 13 findings, in the order of the headline questions. ``edition`` is the document's
    own (see ``edition.own_edition``) and ``start`` the first year of its period: sentences
    about other plans are not evidence."""
    lex = lexicon(language)
    # The acronyms the document defines, read once: spelt out for civil society, bodies, leads.
    defined = rules.acronyms(all_sentences)
    all_sentences = rules.mark_past(all_sentences, lex, defined, edition, start)
    coordination, no_body = rules.coordination(all_sentences, lex, defined)
    seat = rules.cs_on_coordination(all_sentences, lex, coordination, defined, no_body)
    me = rules.me_framework(all_sentences, lex)
    regular = rules.simple("regular_reporting", all_sentences, lex)
    if me.answer == "yes" and regular.answer == "no":
        # Data collected, but "Le Plan ne prévoit pas l'élaboration de rapports d'étape": who
        # reports and when are not there (the labelling rule's "partial").
        me = me.model_copy(
            update={
                "answer": "partial",
                "why": _("Only some of who collects, who reports and when are stated."),
            }
        )
    found = {
        "budget": rules.budget(all_sentences, lex, start),
        "indicators": rules.indicators(all_sentences, lex),
        "baselines_targets": rules.baselines_targets(all_sentences, lex),
        "me_framework": me,
        "regular_reporting": regular,
        "public_reporting": rules.public_reporting(all_sentences, lex),
        "cs_design": rules.simple("cs_design", all_sentences, lex),
        "cs_implementation_monitoring": rules.cs_implementation_monitoring(
            all_sentences, lex, seat
        ),
        "coordination_mechanism": coordination,
        "cs_on_coordination": seat,
        "focus": rules.focus(all_sentences, lex),
        "lead_institution": rules.lead_institution(all_sentences, lex, defined),
        "pillars": pillars(all_sentences, lex),
    }
    return [found[key] for key in QUESTIONS]


def screen(content: bytes, name: str, language: str | None = None) -> Screening:
    """Screen one document. Raises ``Unreadable`` (with a located problem) for a file that
    cannot be read or whose language is not supported."""
    kind, texts = extract(content, name)
    notes: list[str] = []
    detected = detect("\n".join(texts))
    code = language or detected.language
    if code not in ("en", "fr", "es"):
        raise Unreadable(
            _problem(
                name,
                _(
                    "the document seems to be in {language}: screening supports English, "
                    "French and Spanish only, not yet this language"
                ).format(language=NAMES.get(code, _("an unrecognised language"))),
            )
        )
    pdf = kind == "pdf"
    all_sentences = [
        s for n, t in enumerate(texts, start=1) for s in sentences(n, t, pdf=pdf or kind == "text")
    ]
    years = period(texts)
    found = find(all_sentences, code, own_edition(texts), years.start.year if years else None)
    by_id = {f.id: f for f in found}
    plan, draft_notes = draft(name, code, texts, by_id)
    notes.extend(draft_notes)
    if detected.confidence < 0.3 and language is None:
        notes.append(
            _("The language ({language}) was detected with low confidence.").format(
                language=NAMES.get(code, code)
            )
        )
    return Screening(
        name=name,
        kind=kind,
        language=code,
        pages=[Page(number=n, text=t) for n, t in enumerate(texts, start=1)],
        findings=found,
        plan=plan,
        notes=notes,
    )


def _problem(name: str, message: str) -> Problem:
    return Problem(message, file=name)
