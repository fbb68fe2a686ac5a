"""The indicator catalogue as pages: the sets with their sources, a search, which published
plans report against each indicator, and (in a plan's workspace) where to adapt one into it.

Which plans use which global indicator is read from the stored public releases (what the
public may see, never a private indicator), once per set of release stamps: a release is
rebuilt when a plan is published, so the list follows publication without any request
paying for it twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from napkit.core import catalogue
from napkit.core.catalogue import CatalogueIndicator, IndicatorSet
from napkit.core.catalogue.usage import Use, set_title, uses
from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.plan.labels import tier_name
from napkit.memo import Store
from napkit.public.models import Release

MAX_QUERY = 200
# Parsed use lists, keyed by every published plan's release stamp: any publication makes a new
# key, so the list is never stale and no one has to clear it.
_memo = Store(4)


@dataclass(frozen=True)
class UseLink:
    plan_title: str
    indicator: str
    name: str
    url: str


@dataclass(frozen=True)
class IndicatorLine:
    ref: str
    code: str
    text: str
    pillar: str | None
    goal: str | None
    target: str | None
    paraphrase: bool
    note: str | None
    source_url: str | None
    used_by: list[UseLink]
    in_plan: list[str]  # this plan's indicators already adapting it (workspace only)


@dataclass(frozen=True)
class SetView:
    id: str
    label: str
    source: IndicatorSet
    shown: list[IndicatorLine]
    missing: list[int]


@dataclass(frozen=True)
class Parent:
    id: str
    title: str
    tier: str


@dataclass(frozen=True)
class CataloguePage:
    query: str
    set_id: str
    sets: list[SetView]
    found: int
    choices: list[tuple[str, str]]  # set id → label, for the filter
    parents: list[Parent]  # where an indicator may be added (workspace only)


def published_uses() -> dict[str, list[Use]]:
    """Global indicator ref → the published plan indicators adapting it (public parts only)."""
    stamps = tuple(sorted(Release.objects.values_list("stamp", flat=True)))

    def build() -> dict[str, list[Use]]:
        rows = Release.objects.filter(stamp__in=stamps).order_by("plan__country", "plan__key")
        # The plan as the public sees it (private parts were left out when the release was built).
        return uses(
            core.Plan.model_validate(data["plan"]) for data in rows.values_list("data", flat=True)
        )

    return _memo.kept(("uses", stamps), build)


def _line(
    indicator: CatalogueIndicator, found: dict[str, list[Use]], mine: dict[str, list[str]]
) -> IndicatorLine:
    return IndicatorLine(
        ref=indicator.ref,
        code=indicator.code,
        text=indicator.text,
        pillar=indicator.pillar,
        goal=indicator.goal,
        target=indicator.target,
        paraphrase=indicator.paraphrase,
        note=indicator.note,
        source_url=indicator.source_url,
        used_by=[
            UseLink(
                u.plan_title,
                u.indicator,
                u.name,
                reverse("public-indicator", args=[u.plan, u.indicator]),
            )
            for u in found.get(indicator.ref, [])
        ],
        in_plan=mine.get(indicator.ref, []),
    )


def page(query: str, set_id: str, plan: core.Plan | None = None) -> CataloguePage:
    """Every set (or one), whole or searched; with ``plan``, what it already adapts and where a
    new indicator may go."""
    query = query.strip()[:MAX_QUERY]
    sets = catalogue.shipped_sets()
    known = {s.id for s in sets}
    set_id = set_id if set_id in known else ""
    hits = {i.ref for i in catalogue.search(query, set_id or None)} if query else None
    found = published_uses()
    mine: dict[str, list[str]] = {}
    if plan is not None:
        for ref, plan_uses in uses([plan]).items():
            mine[ref] = [u.indicator for u in plan_uses]
    views = []
    for indicator_set in sets:
        if set_id and indicator_set.id != set_id:
            continue
        shown = [
            _line(i, found, mine) for i in indicator_set.indicators if hits is None or i.ref in hits
        ]
        views.append(
            SetView(
                indicator_set.id,
                set_title(indicator_set),
                indicator_set,
                shown,
                indicator_set.missing_numbers(),
            )
        )
    return CataloguePage(
        query=query,
        set_id=set_id,
        sets=views,
        found=sum(len(v.shown) for v in views),
        choices=[(s.id, set_title(s)) for s in sets],
        parents=_parents(plan) if plan is not None else [],
    )


def _parents(plan: core.Plan) -> list[Parent]:
    """Objectives, outcomes and outputs: the places an indicator can be added."""
    return [
        Parent(ref.item.id, ref.item.title, tier_name(plan.framework.tiers, ref.tier.value))
        for ref in walk.results(plan)
        if ref.tier.value != "activity"
    ]
