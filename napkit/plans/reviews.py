"""A screened document under review: the reviewer's decisions, the draft plan with them
applied, and saving that plan as a stored draft.

Screening's proposal (``ScreeningReview.screening``) is never changed here: a decision is
kept beside it, and the plan is made from both whenever it is needed. So a wrong
correction is undone by deciding again, and what the machine read stays on record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from napkit.core.plan.model import Plan as CorePlan
from napkit.core.plan.model import Statements
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.core.plan.vocabulary import BudgetStatus, Focus, PlanStatus
from napkit.core.screening.result import Finding, Screening
from napkit.plans import services
from napkit.plans.editing import Forbidden
from napkit.plans.models import Plan, ScreeningReview

ANSWERS = ("yes", "partial", "no", "not_stated")
BUDGET_VALUES = tuple(s.value for s in BudgetStatus)
FOCUS_VALUES = tuple(f.value for f in Focus)
# Findings whose value, not only their answer, goes into the plan: a choice from the
# vocabulary, or free text (None). The others are yes/no questions answered by a statement
# of the plan's document (``plan.statements``).
VALUES: dict[str, tuple[str, ...] | None] = {
    "budget": BUDGET_VALUES,
    "focus": FOCUS_VALUES,
    "lead_institution": None,  # the institution's name
    "pillars": None,  # the pillars' names, "; "-separated
}
STATED = frozenset(Statements.model_fields) - {"budget"}


@dataclass(frozen=True)
class Decision:
    decision: Literal["confirmed", "corrected"]
    answer: str
    value: str | None
    note: str
    by: str
    at: datetime | None

    @property
    def corrected(self) -> bool:
        return self.decision == "corrected"

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Decision:
        return cls(
            decision="corrected" if data.get("decision") == "corrected" else "confirmed",
            answer=str(data.get("answer") or "not_stated"),
            value=data.get("value") or None,
            note=str(data.get("note") or ""),
            by=str(data.get("by") or ""),
            at=parse_datetime(data["at"]) if data.get("at") else None,
        )


def screening_of(review: ScreeningReview) -> Screening:
    return Screening.model_validate(review.screening)


def decisions_of(review: ScreeningReview) -> dict[str, Decision]:
    return {k: Decision.from_data(v) for k, v in (review.decisions or {}).items()}


def decide(
    review: ScreeningReview,
    finding: Finding,
    *,
    by: str,
    correct: bool,
    answer: str = "",
    value: str | None = None,
    note: str = "",
) -> Decision:
    """Keep the reviewer's decision on one finding beside what screening proposed. A
    confirmation records the proposal as it stood, so the record says what was agreed to."""
    if correct:
        changed = answer != finding.answer or (value or None) != (finding.value or None)
        kind: Literal["confirmed", "corrected"] = "corrected" if changed else "confirmed"
    else:
        kind, answer, value = "confirmed", finding.answer, finding.value
    decision = Decision(kind, answer, value or None, note.strip(), by, timezone.now())
    with transaction.atomic():
        locked = ScreeningReview.objects.select_for_update().only("decisions").get(pk=review.pk)
        # Each finding is decided on its own: two findings saved at once both stay.
        decisions = dict(locked.decisions or {})
        decisions[finding.id] = {
            "decision": decision.decision,
            "answer": decision.answer,
            "value": decision.value,
            "note": decision.note,
            "by": decision.by,
            "at": decision.at.isoformat() if decision.at else None,
        }
        ScreeningReview.objects.filter(pk=review.pk).update(decisions=decisions)
    review.decisions = decisions
    return decision


def effective(finding: Finding, decision: Decision | None) -> tuple[str, str | None]:
    """The answer and value that count: the reviewer's where they decided, else the
    proposal's."""
    if decision is not None:
        return decision.answer, decision.value
    return finding.answer, finding.value


def corrected_plan(
    screening: Screening,
    decisions: dict[str, Decision],
    key: str | None = None,
    country: str | None = None,
) -> CorePlan:
    """The draft plan with the reviewer's corrections applied, a draft under ``key``."""
    data = screening.plan.model_dump(mode="json", exclude_none=True)
    if key:
        data["id"] = key
    if country and country != data["metadata"].get("country"):
        data["metadata"]["country"] = country
        data["metadata"].pop("country_name", None)  # the name screening read was another's
    data["metadata"]["status"] = PlanStatus.DRAFT.value
    data["metadata"]["transcribed"] = True
    statements: dict[str, Any] = data.setdefault("statements", {})
    for finding in screening.findings:
        decision = decisions.get(finding.id)
        if decision is None or not decision.corrected:
            continue  # what screening proposed is already in its draft plan
        answer, value = effective(finding, decision)
        stated = answer if answer in ("yes", "partial", "no") else None
        if finding.id in STATED:
            statements[finding.id] = _statement(statements.get(finding.id), stated)
        monitoring = data.setdefault("monitoring", {})
        if finding.id == "regular_reporting" and answer != "yes":
            # A reporting rhythm in the plan would answer "yes" over the statement.
            monitoring.pop("reporting_frequency", None)
        elif finding.id == "public_reporting":
            monitoring["reports_public"] = answer == "yes"
        elif finding.id == "budget":
            budget = data.setdefault("budget", {})
            if stated is None:
                for field in ("status", "statement", "total"):
                    budget.pop(field, None)
            elif value in BUDGET_VALUES:
                budget["status"] = value
            statements["budget"] = {"answer": stated} if stated else None
        elif finding.id == "focus":
            data.setdefault("framework", {})["focus"] = value if value in FOCUS_VALUES else None
        elif finding.id == "lead_institution":
            data["metadata"]["lead_institution"] = value if stated else None
            if not stated:
                data["metadata"].pop("lead_organisation", None)
        elif finding.id == "pillars" and not _has_results(data):
            _set_pillars(data, value if stated else None)
    try:
        return CorePlan.model_validate(data)
    except ValueError as error:
        raise PlanInvalid([Problem(str(error))]) from None


def _has_results(data: dict[str, Any]) -> bool:
    """Whether the draft's objectives hold more than the pillars' names (screening drafts
    one empty objective per pillar; anything more is structure not to be thrown away)."""
    return any(
        o.get(k) for o in data.get("objectives", []) for k in ("outcomes", "outputs", "indicators")
    )


def _set_pillars(data: dict[str, Any], names: str | None) -> None:
    """The pillars the reviewer names, "; "-separated, each with its objective, as screening
    drafts them."""
    listed = [n.strip() for n in (names or "").split(";") if n.strip()]
    data.setdefault("framework", {})["pillars"] = [
        {"id": f"p{n}", "name": name} for n, name in enumerate(listed, start=1)
    ]
    data["objectives"] = [
        {"id": f"o{n}", "title": name, "pillars": [f"p{n}"]}
        for n, name in enumerate(listed, start=1)
    ]


def _statement(before: dict[str, Any] | None, answer: str | None) -> dict[str, Any] | None:
    """The reviewer's answer as the document's statement. The proposal's quote and source
    stay only if they supported that same answer."""
    if answer is None:
        return None
    if before and before.get("answer") == answer:
        return before
    return {"answer": answer}


def already_saved(key: str) -> str:
    return _("This review is already saved as the plan %(key)s.") % {"key": key}


def owned(user: object, review: ScreeningReview) -> bool:
    """Only the review's owner, and site administrators, see or act on a review."""
    superuser = bool(getattr(user, "is_superuser", False) and getattr(user, "is_active", False))
    return superuser or review.user_id == getattr(user, "pk", None)


def save_as_plan(user: object, review: ScreeningReview, key: str, country: str) -> Plan:
    """Store the corrected draft plan under ``key``, as an import would (all or nothing,
    audited, only by those who may start plans), and link the review to it. A review is
    saved once: a second attempt is refused with the plan it became."""
    if not owned(user, review):
        raise Forbidden(_("Only the person who uploaded this document saves its review."))
    with transaction.atomic():
        locked = ScreeningReview.objects.select_for_update().get(pk=review.pk)
        if locked.plan_id is not None:
            raise PlanInvalid([Problem(already_saved(locked.plan.key if locked.plan else ""))])
        plan = corrected_plan(screening_of(locked), decisions_of(locked), key, country)
        record = services.start_plan(
            user, plan, note=_("Screened from %(name)s and reviewed") % {"name": locked.name}
        )
        locked.plan = record
        locked.save(update_fields=["plan"])
    review.plan = record
    return record
