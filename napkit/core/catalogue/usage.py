"""Which global indicators a plan reports against, and which plans use each one.

A plan indicator's ``catalogue`` entries point into the indicator catalogue. Here they are
resolved to the catalogue's own indicator, so that ``sdg:5.5.1(a)``, an alias or a differently
spaced code all count as the one indicator a reader would name; a reference the catalogue does
not (yet) hold is kept as written, never dropped, since the UN and EU sets are incomplete.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from napkit.core.catalogue import CatalogueIndicator, IndicatorSet, find_ref, shipped_sets
from napkit.core.i18n import N_, _
from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.plan.vocabulary import CatalogueSet

# Short names a reader knows the shipped sets by, marked for translation (SDG is ODD in French).
SET_LABELS = {
    CatalogueSet.UN_1325.value: N_("UN 1325 global indicator"),
    CatalogueSet.EU_1325.value: N_("EU 1325/1820 indicator"),
    CatalogueSet.SDG.value: N_("SDG indicator"),
}


@dataclass(frozen=True)
class Reference:
    """One catalogue reference of a plan indicator, with the catalogue's wording when known."""

    ref: str  # catalogue-wide "set:code" of the indicator found, else as the plan wrote it
    label: str  # "SDG indicator 5.5.1", in the reader's language
    text: str | None  # the source's wording; None when the catalogue does not hold it
    paraphrase: bool
    note: str | None  # how the plan adapted it


def _key(ref: core.CatalogueRef) -> tuple[str, CatalogueIndicator | None]:
    try:
        found = find_ref(ref.set, ref.code)
    except ValueError:  # an ambiguous bare code inside "other": kept as written
        found = None
    if found is not None:
        return found.ref, found
    written = ref.code if ref.set is CatalogueSet.OTHER else f"{ref.set.value}:{ref.code}"
    return written, None


def label(ref: str) -> str:
    """``sdg:5.5.1`` → "SDG indicator 5.5.1"; a national set keeps its own id."""
    set_id, _sep, code = ref.partition(":")
    name = SET_LABELS.get(set_id)
    return f"{_(name)} {code}" if name else ref


def references(indicator: core.Indicator) -> list[Reference]:
    """The indicator's catalogue references, each once, in the order the plan gives them."""
    out: dict[str, Reference] = {}
    for entry in indicator.catalogue:
        ref, found = _key(entry)
        if ref not in out:
            out[ref] = Reference(
                ref=ref,
                label=label(ref),
                text=found.text if found else None,
                paraphrase=found.paraphrase if found else False,
                note=entry.note,
            )
    return list(out.values())


def plan_references(plan: core.Plan) -> list[str]:
    """Every global indicator the plan's indicators adapt, each once, in catalogue order."""
    found = {_key(entry)[0] for ref in walk.indicators(plan) for entry in ref.indicator.catalogue}
    return sorted(found, key=order_key)


def order_key(ref: str) -> tuple[int, int, str]:
    """Shipped sets in their order and their indicators in source order, then the rest."""
    sets, positions = _order()
    set_id = ref.partition(":")[0]
    return (sets.get(set_id, len(sets)), positions.get(ref, len(positions)), ref)


@functools.lru_cache(maxsize=1)
def _order() -> tuple[dict[str, int], dict[str, int]]:
    """Each shipped set's place, and each of their indicators' place in the catalogue."""
    sets = shipped_sets()
    indicators = [i.ref for s in sets for i in s.indicators]
    return {s.id: n for n, s in enumerate(sets)}, {ref: n for n, ref in enumerate(indicators)}


@dataclass(frozen=True)
class Use:
    """A plan indicator reporting against a global indicator."""

    plan: str
    plan_title: str
    country: str
    indicator: str
    name: str


def uses(plans: Iterable[core.Plan]) -> dict[str, list[Use]]:
    """Global indicator ref → the plan indicators that adapt it, plan by plan."""
    out: dict[str, list[Use]] = defaultdict(list)
    for plan in plans:
        for ref in walk.indicators(plan):
            seen: set[str] = set()
            for entry in ref.indicator.catalogue:
                key = _key(entry)[0]
                if key in seen:
                    continue
                seen.add(key)
                out[key].append(
                    Use(
                        plan.id,
                        plan.metadata.title,
                        plan.metadata.country,
                        ref.indicator.id,
                        ref.indicator.name,
                    )
                )
    return dict(out)


def set_title(indicator_set: IndicatorSet) -> str:
    """A set's name as a heading: its reader-facing label, or its title for national sets."""
    name = SET_LABELS.get(indicator_set.id)
    return _(name) if name else indicator_set.title
