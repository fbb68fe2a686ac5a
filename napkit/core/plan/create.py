"""Starting a plan: a new one from a few answers, or the next edition of an existing one.

Both give a draft that validates, for the editor to fill in. The next edition carries the
predecessor's structure forward (organisations, framework, results chain, indicators,
governance bodies, risks, monitoring arrangements) and leaves behind what belonged to the
old period: dates, targets and milestones, budget lines and amounts, meetings, consultations,
endorsements, the baseline study and what its documents stated. Each indicator's end-of-plan
value, where the caller offers one, becomes its new baseline.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from napkit.core.plan import countries
from napkit.core.plan import model as core
from napkit.core.plan.types import Value
from napkit.core.plan.vocabulary import PlanKind, PlanStatus
from napkit.core.plan.walk import indicators, results


@dataclass(frozen=True)
class Answers:
    """What the guided form asks for a new plan."""

    country: str
    title: str
    start: date
    end: date
    edition: int | None = None
    kind: PlanKind = PlanKind.NATIONAL
    region: str | None = None
    parent: str | None = None
    languages: tuple[str, ...] = ("en",)
    pillars: tuple[str, ...] = ()  # the plan's own pillars; none: the UN four


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Côte d'Ivoire" → "cote-d-ivoire")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "plan"


def suggest_id(country: str, start: date, taken: Iterable[str], region: str | None = None) -> str:
    """A readable plan id that is not taken: "kenya-nap-2026", "kenya-mombasa-nap-2026",
    then "-2", "-3" … if that is used."""
    parts = [countries.name(country), *([region] if region else []), "nap", str(start.year)]
    base = slug(" ".join(parts))[:56].strip("-")
    used = set(taken)
    found, n = base, 1
    while found in used:
        n += 1
        found = f"{base}-{n}"
    return found


def _pillar_id(name: str, used: set[str]) -> str:
    found = slug(name).replace("-", "_")[:60] or "pillar"
    base, n = found, 1
    while found in used:
        n += 1
        found = f"{base}_{n}"
    used.add(found)
    return found


def new_plan(plan_id: str, answers: Answers) -> core.Plan:
    """A draft plan from the guided form's answers (the UN four pillars unless the plan
    names its own)."""
    used: set[str] = set()
    pillars = (
        [core.Pillar(id=_pillar_id(n, used), name=n) for n in answers.pillars if n.strip()]
        if any(n.strip() for n in answers.pillars)
        else core.un_pillars()
    )
    return core.Plan(
        id=plan_id,
        metadata=core.PlanMetadata(
            title=answers.title,
            country=answers.country,
            country_name=countries.name(answers.country),
            edition=answers.edition,
            kind=answers.kind,
            region=answers.region or None,
            period=core.Period(start=answers.start, end=answers.end),
            status=PlanStatus.DRAFT,
            languages=list(answers.languages) or ["en"],
            parent=answers.parent or None,
        ),
        framework=core.Framework(pillars=pillars),
    )


@dataclass(frozen=True)
class EndValue:
    """An indicator's last approved value in the predecessor, offered as its new baseline."""

    value: Value
    date: date | None
    label: str = ""  # where it comes from, in the reader's words ("FY 2025-26, approved")


def next_edition(
    plan: core.Plan,
    plan_id: str,
    title: str,
    start: date,
    end: date,
    baselines: Mapping[str, EndValue] | None = None,
) -> core.Plan:
    """The next edition of ``plan`` as a draft: its structure carried forward, what belonged
    to the old period left behind, ``baselines`` (indicator id → end value) as the new
    baselines."""
    baselines = baselines or {}
    data = plan.model_copy(deep=True)
    meta = data.metadata
    successor = meta.model_copy(
        update={
            "title": title,
            "short_title": None,
            "edition": (meta.edition or 1) + 1 if meta.edition is not None else None,
            "period": core.Period(start=start, end=end),
            "status": PlanStatus.DRAFT,
            "predecessor": plan.id,
            "adopted": None,
            "review_date": None,
            "documents": [],
            "transcribed": False,
        }
    )
    for ref in results(data):
        item = ref.item
        if isinstance(item, core.Activity):
            item.start = item.end = None
            item.budget_lines = []
        elif isinstance(item, core.Output):
            item.budget_lines = []
    for found in indicators(data):
        indicator = found.indicator
        indicator.target = None
        indicator.milestones = []
        offered = baselines.get(indicator.id)
        if offered is not None:
            indicator.baseline = core.Baseline(
                value=offered.value,
                date=offered.date,
                source=f"{plan.id}: {offered.label}" if offered.label else plan.id,
            )
    governance = data.governance.model_copy(
        update={
            "bodies": [b.model_copy(update={"meetings": []}) for b in data.governance.bodies],
            "endorsements": [],
        }
    )
    monitoring = data.monitoring.model_copy(
        update={"midterm_review": None, "final_evaluation": None}
    )
    drafted = data.model_copy(
        update={
            "id": plan_id,
            "metadata": successor,
            "governance": governance,
            "budget": core.BudgetSummary(currency=data.budget.currency),
            "consultations": [],
            "baseline_study": None,
            "monitoring": monitoring,
            "statements": core.Statements(),
        }
    )
    # Validated afresh: model_copy does not validate, and the copy's lookups must be new.
    return core.Plan.model_validate(drafted.model_dump())
