"""Building a check's finding: outcome, score, evidence and a recommendation.

Checks say *what* they found; these helpers say it the same way everywhere
("7 of 40 activities have no lead organisation: A2.3, A4.1, …").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from napkit.core.i18n import _
from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.scorecard.model import ItemRef, Outcome

T = TypeVar("T")

SHOWN = 8  # ids named in a summary line; the full list is in the evidence


@dataclass(frozen=True)
class Finding:
    outcome: Outcome
    score: float | None
    summary: str
    recommendation: str | None = None
    failing: list[ItemRef] = field(default_factory=list)
    passing: list[ItemRef] = field(default_factory=list)
    # The plan holds nothing of the kind the check looks at: a plan read from a document
    # is then silent on it ("not stated"), a plan authored in napkit lacks it ("fail").
    missing: bool = False


def _label(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def ref(item: walk.ResultRef | walk.IndicatorRef | core.Organisation) -> ItemRef:
    if isinstance(item, walk.ResultRef):
        return ItemRef(id=item.item.id, kind=item.tier.value, label=_label(item.item.title))
    if isinstance(item, walk.IndicatorRef):
        return ItemRef(id=item.indicator.id, kind="indicator", label=_label(item.indicator.name))
    return ItemRef(id=item.id, kind="organisation", label=_label(item.acronym or item.name))


def refs(items: Iterable[walk.ResultRef | walk.IndicatorRef | core.Organisation]) -> list[ItemRef]:
    return [ref(i) for i in items]


def others(items: Sequence[T], chosen: Iterable[T]) -> list[T]:
    """The items not among ``chosen`` (a part of ``items``), in order: by identity, so a
    check stays linear in the size of the plan (comparing refs field by field inside a
    loop made a national plan's scorecard quadratic)."""
    taken = {id(c) for c in chosen}
    return [i for i in items if id(i) not in taken]


def ids(items: Sequence[ItemRef]) -> str:
    shown = ", ".join(i.id for i in items[:SHOWN])
    return shown + (", …" if len(items) > SHOWN else "")


def passed(summary: str, passing: Sequence[ItemRef] = ()) -> Finding:
    return Finding(Outcome.PASS, 1.0, summary, None, [], list(passing))


def failed(
    summary: str, recommendation: str, failing: Sequence[ItemRef] = (), *, missing: bool = False
) -> Finding:
    """A fail; ``missing`` when it is because the plan describes nothing of the kind."""
    return Finding(Outcome.FAIL, 0.0, summary, recommendation, list(failing), [], missing)


def partial(
    score: float,
    summary: str,
    recommendation: str,
    failing: Sequence[ItemRef] = (),
    passing: Sequence[ItemRef] = (),
    *,
    missing: bool = False,
) -> Finding:
    """A partial result; ``missing`` when it rests only on what the plan does not say (a
    coordinator named without their resources), which a plan read from a document leaves
    not stated."""
    return Finding(
        Outcome.PARTIAL,
        round(score, 4),
        summary,
        recommendation,
        list(failing),
        list(passing),
        missing,
    )


def not_applicable(summary: str) -> Finding:
    return Finding(Outcome.NOT_APPLICABLE, None, summary)


def graded(
    score: float,
    summary: str,
    recommendation: str,
    *,
    pass_at: float = 0.95,
    partial_at: float = 0.5,
    failing: Sequence[ItemRef] = (),
    passing: Sequence[ItemRef] = (),
) -> Finding:
    """Outcome from a score: pass from ``pass_at``, partial from ``partial_at``, else fail."""
    if score >= pass_at:
        return Finding(Outcome.PASS, round(score, 4), summary, None, list(failing), list(passing))
    outcome = Outcome.PARTIAL if score >= partial_at else Outcome.FAIL
    return Finding(outcome, round(score, 4), summary, recommendation, list(failing), list(passing))


def coverage(
    good: Sequence[ItemRef],
    bad: Sequence[ItemRef],
    *,
    empty: str,
    having: str,
    lacking: str,
    recommendation: str,
    pass_at: float = 0.95,
    partial_at: float = 0.5,
    floor: float = 0.0,
) -> Finding:
    """Share of items that meet a rule, with the ones that do not named.

    The texts are whole, translated sentences: ``empty`` when there are no items,
    ``having`` when all meet the rule (``{total}``), ``lacking`` when some do not
    (``{failing}``, ``{total}``, ``{ids}``), and ``recommendation`` (``{ids}``). For
    example ``lacking=_("{failing} of {total} activities have no lead organisation: {ids}")``.

    ``floor`` is the score of a share of zero, for rules where having the items at all
    is worth something.
    """
    total = len(good) + len(bad)
    if total == 0:
        # Nothing to judge is the same everywhere: the plan lacks what the rule is about.
        lack = _("{lack}: add it to the plan.").format(lack=empty.rstrip("."))
        return Finding(Outcome.FAIL, 0.0, empty, lack, missing=True)
    if not bad:
        return passed(having.format(total=total), good)
    named = ids(bad)
    summary = lacking.format(failing=len(bad), total=total, ids=named)
    advice = recommendation.format(ids=named)
    score = floor + (1 - floor) * len(good) / total
    return graded(
        score, summary, advice, pass_at=pass_at, partial_at=partial_at, failing=bad, passing=good
    )
