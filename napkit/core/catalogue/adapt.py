"""Adapting a catalogue indicator into a plan: a new indicator prefilled from the source's
wording, its measure and breakdowns where the source states them, and the reference kept, so
the plan says which global indicator it reports against (the seed asks plans to adapt the UN
and EU sets)."""

from __future__ import annotations

from typing import Any

from napkit.core.catalogue import CatalogueIndicator, plan_reference
from napkit.core.plan import model as core

# The source's words for a breakdown → the plan's built-in disaggregation dimension.
DIMENSIONS = {
    "sex": "sex",
    "gender": "sex",
    "age": "age_band",
    "age group": "age_band",
    "location": "location",
    "urban/rural": "location",
    "region": "location",
    "geographic location": "location",
    "disability": "disability",
}


def adapted(indicator: CatalogueIndicator, plan: core.Plan) -> dict[str, Any]:
    """The new indicator's fields, in the plan file's shape (the person reviews and saves)."""
    known = {"sex", "age_band", "location", "target_group"} | {
        d.id for d in plan.framework.dimensions
    }
    breakdowns = []
    for word in indicator.disaggregation:
        dimension = DIMENSIONS.get(word.strip().lower())
        if dimension in known and dimension not in breakdowns:
            breakdowns.append(dimension)
    catalogue_set, code = plan_reference(indicator)
    fields: dict[str, Any] = {
        "name": indicator.text,
        # The model's defaults, which a new indicator's form would otherwise offer.
        "direction": core.Indicator.model_fields["direction"].default.value,
        "aggregation": core.Indicator.model_fields["aggregation"].default.value,
        "disaggregation": breakdowns,
        "catalogue": [{"set": catalogue_set.value, "code": code, "note": None}],
    }
    if indicator.measure is not None:
        fields["measure"] = indicator.measure.value
    return fields


def reference_text(refs: list[core.CatalogueRef]) -> str:
    """A plan indicator's catalogue references as typed in a form: "sdg:5.5.1, un_1325:11a"
    (a reference into a non-shipped set is already "<set>:<code>")."""
    return ", ".join(r.code if r.set.value == "other" else f"{r.set.value}:{r.code}" for r in refs)
