"""The JSON Schema (draft 2020-12) of the open-data document (see ``opendata``)."""

from __future__ import annotations

from typing import Any

from napkit.core.monitoring.progress import Status
from napkit.core.plan import planfile
from napkit.core.scorecard.model import Level

FORMAT = "napkit-open-data"
FORMAT_VERSION = 1
SCHEMA_ID = "urn:napkit:schema:open-data:1"


# --- the schema -------------------------------------------------------------------------


def _nullable(kind: str | list[str], **more: Any) -> dict[str, Any]:
    kinds = [kind] if isinstance(kind, str) else kind
    return {"type": [*kinds, "null"], **more}


def _record(properties: dict[str, Any], description: str | None = None) -> dict[str, Any]:
    """An object with exactly these keys, all of them required (absent values are null)."""
    out: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
    }
    if description:
        out["description"] = description
    return out


DATE = {"type": "string", "format": "date"}
NULL_DATE = _nullable("string", format="date")
AMOUNT = _nullable(
    "string",
    pattern=r"^[0-9]+\.[0-9]{2}$",
    description="An amount of money as an exact decimal string with two decimals, e.g. "
    "'1250000.00' (a string, not a number, so that no float rounding creeps in).",
)
RATE = _nullable("number", description="A share of the allocation: 0.8 means 80 %.")
STATUS = {"enum": [s.value for s in Status]}
VALUE = {
    "type": ["number", "boolean", "string", "null"],
    "description": "As reported: a number, yes/no as a boolean, an ordinal level's name or "
    "narrative text.",
}


def _period_schema() -> dict[str, Any]:
    return _record(
        {
            "period": {"type": "string", "description": "The key of a reporting period."},
            "value": VALUE,
            "numerator": _nullable("number"),
            "denominator": _nullable("number"),
            "parts": {
                "type": "object",
                "description": "Disaggregated values: dimension id → category id → number.",
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": {"type": "number"},
                },
            },
            "note": _nullable("string"),
            "actual": _nullable(
                ["number", "string"],
                description="By the indicator's aggregation at the period's end, on its "
                "numeric scale (ordinal: level position from 0; yes/no: 1 or 0); "
                "narrative indicators: the latest evidence text.",
            ),
            "actual_method": _nullable("string"),
            "target": _nullable("number", description="The period's target, numeric scale."),
            "target_source": {"enum": ["milestone", "interpolated", None]},
            "percent_of_target": _nullable(
                "number",
                description="The indicator's progress at the period's end: "
                "direction-aware, from the baseline to the END target; 100 = reached.",
            ),
            "status": STATUS,
        }
    )


def _indicator_schema() -> dict[str, Any]:
    return _record(
        {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "result": {"type": "string"},
            "result_tier": {"enum": ["objective", "outcome", "output"]},
            "objective": {"type": "string"},
            "measure": {"enum": ["number", "percentage", "yes_no", "ordinal", "narrative"]},
            "unit": _nullable("string"),
            "direction": {"enum": ["increase", "decrease", "maintain"]},
            "aggregation": {"enum": ["non_cumulative", "cumulative", "latest"]},
            "baseline": _nullable(
                "number", description="The reference progress is measured from (numeric scale)."
            ),
            "target": _nullable("number", description="The end-of-plan target (numeric scale)."),
            "periods": {"type": "array", "items": {"$ref": "#/$defs/indicator_period"}},
            "latest": _record(
                {
                    "as_of": NULL_DATE,
                    "status": STATUS,
                    "progress": _nullable("number", description="0 = baseline, 1 = target."),
                    "actual": _nullable(["number", "string"]),
                },
                "As of the end of the latest approved reporting period.",
            ),
        }
    )


def _activity_schema() -> dict[str, Any]:
    state = {
        "period": _nullable("string"),
        "label": {"type": "string"},
        "start": DATE,
        "end": DATE,
        "status": {"enum": ["not_started", "on_track", "delayed", "completed", "cancelled"]},
        "percent_complete": _nullable("integer", minimum=0, maximum=100),
        "note": _nullable("string"),
    }
    return _record(
        {
            "id": {"type": "string"},
            "title": {"type": "string"},
            "output": _nullable("string"),
            "latest": {"anyOf": [_record(state), {"type": "null"}]},
            "history": {"type": "array", "items": _record(state)},
        }
    )


def _budget_schema() -> dict[str, Any]:
    execution_record = _record(
        {
            "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
            "allocated": AMOUNT,
            "disbursed": AMOUNT,
            "spent": AMOUNT,
            "disbursement_rate": RATE,
            "spending_rate": RATE,
        }
    )
    spending = _record(
        {
            "period": _nullable("string"),
            "start": NULL_DATE,
            "end": NULL_DATE,
            "allocated": AMOUNT,
            "disbursed": AMOUNT,
            "spent": AMOUNT,
        }
    )
    line = _record(
        {
            "id": {"type": "string"},
            "owner": {"type": "string"},
            "currency": _nullable("string"),
            "amount": AMOUNT,
            "status": {"type": "string"},
            "fiscal_year": _nullable("string"),
            "periods": {"type": "array", "items": spending},
            "execution": {"anyOf": [execution_record, {"type": "null"}]},
        }
    )
    return _record(
        {
            "lines": {"type": "array", "items": line},
            "totals": {"type": "array", "items": execution_record},
        },
        "Present only when the plan publishes its budget. Totals are per currency.",
    )


def _reporting_schema() -> dict[str, Any]:
    return _record(
        {
            "period": {"type": "string"},
            "organisation": {"type": "string"},
            "status": {"enum": ["draft", "submitted", "returned", "resubmitted", "approved"]},
            "submitted": NULL_DATE,
            "approved": NULL_DATE,
            "on_time": _nullable("boolean"),
        }
    )


def _shadow_schema() -> dict[str, Any]:
    finding = _record(
        {
            "text": {"type": "string"},
            "item": _nullable("string"),
            "rating": {"enum": [*STATUS["enum"], None]},
            "criterion": _nullable("string"),
            "level": {"enum": [*(x.value for x in Level), None]},
        }
    )
    return _record(
        {
            "title": {"type": "string"},
            "authors": {"type": "array", "items": {"type": "string"}},
            "start": DATE,
            "end": DATE,
            "published": DATE,
            "summary": {"type": "string"},
            "url": _nullable("string"),
            "findings": {"type": "array", "items": finding},
        }
    )


def _period_def() -> dict[str, Any]:
    return _record(
        {
            "key": {"type": "string"},
            "label": {"type": "string"},
            "start": DATE,
            "end": DATE,
            "deadline": DATE,
        }
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`open_data`'s document."""
    top = _record(
        {
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            "generated": {"type": "string", "format": "date-time"},
            "plan_id": {"type": "string"},
            "version": {"type": "integer", "minimum": 1},
            "published": DATE,
            "as_of": DATE,
            "plan": planfile.json_schema(),
            "periods": {"type": "array", "items": _period_def()},
            "indicators": {"type": "array", "items": {"$ref": "#/$defs/indicator"}},
            "activities": {"type": "array", "items": _activity_schema()},
            "budget": _budget_schema(),
            "reporting": {"type": "array", "items": _reporting_schema()},
            "shadow_assessments": {"type": "array", "items": _shadow_schema()},
        }
    )
    top["required"] = [k for k in top["required"] if k != "budget"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "napkit open data",
        "description": "A published National Action Plan with its approved monitoring data. "
        "Indicator figures are JSON numbers; money amounts are decimal strings with two "
        "decimals; absent values are null.",
        **top,
        "$defs": {"indicator": _indicator_schema(), "indicator_period": _period_schema()},
    }
