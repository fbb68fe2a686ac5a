"""What screening a NAP document gives: its text by page, the headline findings with the
passages that support them, and a draft plan file of what the document states.

These types are the contract between the screener (``napkit.core.screening``), the command
line (``napkit screen``) and the review in the browser, which shows each finding beside its
passages and keeps the reviewer's corrections next to what screening proposed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from napkit.core.plan.model import Plan

Answer = Literal["yes", "partial", "no", "not_stated"]
SCREENING_FORMAT: Literal[1] = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(_Model):
    """A passage of the document that supports a finding, where it stands in the text."""

    page: int = Field(ge=1, description="Page number, 1 for the first page.")
    quote: str = Field(description="The passage, as it stands in the page's text.")
    start: int = Field(ge=0, description="Offset of the quote in the page's text.")
    end: int = Field(ge=0, description="Offset just after the quote in the page's text.")
    cue: str | None = Field(None, description="The words that made it evidence, for the reader.")


class Finding(_Model):
    """One headline finding (``napkit.core.scorecard.headlines``) as the document answers it."""

    id: str = Field(description="Headline finding id: budget, indicators, cs_design, …")
    question: str
    answer: Answer
    value: str | None = Field(
        None,
        description="The finding's value where it is more than yes/no: the budget status "
        "(none, mentioned, costed, allocated, appropriated, disbursed), the focus "
        "(domestic, international, both), the lead institution's name, the pillars.",
    )
    confidence: float = Field(ge=0, le=1)
    evidence: list[Evidence] = Field(default_factory=list)
    why: str = Field("", description="How the answer follows from the evidence, in words.")


class Page(_Model):
    number: int = Field(ge=1)
    text: str


class Screening(_Model):
    """A screened document: nothing here is a guess without a passage behind it."""

    format: Literal[1] = SCREENING_FORMAT
    name: str = Field(description="The document's file name.")
    kind: Literal["pdf", "docx", "html", "text"]
    language: str = Field(description="ISO 639-1 code of the language detected.")
    pages: list[Page]
    findings: list[Finding]
    plan: Plan = Field(description="Draft plan file: what the document states, 'transcribed'.")
    notes: list[str] = Field(default_factory=list, description="What the reader should know.")

    def finding(self, finding_id: str) -> Finding | None:
        return next((f for f in self.findings if f.id == finding_id), None)
