"""Documentation pages generated from the code, so they cannot drift from it."""

from __future__ import annotations

import json
from typing import Any

from napkit import config
from napkit.core.plan import planfile
from napkit.core.plan.types import ID_PATTERN


def cli_reference() -> str:
    from napkit.cli import main

    lines = [
        "# CLI reference",
        "",
        "<!-- Generated from the commands' --help by `napkit docs`; do not edit. -->",
        "",
    ]
    width = {"terminal_width": 100, "max_content_width": 100}
    ctx = main.make_context("napkit", [], resilient_parsing=True, **width)
    lines += ["## napkit", "", "```", main.get_help(ctx), "```", ""]
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        assert command is not None
        sub = command.make_context(name, [], parent=ctx, resilient_parsing=True, **width)
        lines += [f"## napkit {name}", "", "```", command.get_help(sub), "```", ""]
    return "\n".join(lines)


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "enum" in prop:
        return " \\| ".join(f"`{v}`" for v in prop["enum"])
    if "const" in prop:
        return f"`{prop['const']}`"
    if "anyOf" in prop or "oneOf" in prop:
        kinds = [_type(p) for p in prop.get("anyOf", prop.get("oneOf", []))]
        return " or ".join(k for k in kinds if k != "null")
    kind = prop.get("type", "any")
    if kind == "array":
        return f"list of {_type(prop.get('items', {}))}"
    if kind == "string" and prop.get("format") == "date":
        return "date (YYYY-MM-DD)"
    if kind == "string" and prop.get("pattern") == ID_PATTERN:
        return "identifier"
    if kind == "string" and "pattern" in prop:
        return f"text matching `{prop['pattern']}`"
    return {"string": "text", "integer": "whole number", "boolean": "true/false"}.get(kind, kind)


def plan_file_reference() -> str:
    """Every model of the plan file as a table of its fields, from the JSON Schema."""
    schema = planfile.json_schema()
    lines = [
        "# Plan file reference",
        "",
        "<!-- Generated from napkit/core/plan/model.py by `napkit docs`; do not edit. -->",
        "",
        "Every part of a plan file, field by field. The guide to the format is "
        "[plan-file.md](plan-file.md); the same rules as a JSON Schema are in "
        "[plan.schema.json](plan.schema.json).",
        "",
    ]
    parts = [("Plan", schema), *sorted(schema.get("$defs", {}).items())]
    for name, part in parts:
        lines += [f"## {name}", ""]
        if part.get("description") and name != "Plan":
            lines += [" ".join(part["description"].split()), ""]
        if "enum" in part:
            lines += ["One of: " + ", ".join(f"`{v}`" for v in part["enum"]) + ".", ""]
            continue
        required = set(part.get("required", []))
        lines += ["| field | type | required | default | meaning |", "|---|---|---|---|---|"]
        for field, prop in part.get("properties", {}).items():
            default = prop.get("default", "")
            shown = "" if default in ("", None, [], {}) else f"`{json.dumps(default)}`"
            meaning = " ".join(prop.get("description", "").split())
            lines.append(
                f"| `{field}` | {_type(prop)} | {'yes' if field in required else ''} "
                f"| {shown} | {meaning} |"
            )
        lines.append("")
    return "\n".join(lines)


def _schema(model: Any, title: str) -> str:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        **model.model_json_schema(mode="serialization"),
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _docstring(module: Any) -> str:
    """A module's docstring as Markdown (reStructuredText literals become code spans)."""
    text = (module.__doc__ or "").strip()
    return text.replace("``", "`").replace(":mod:", "").replace(":func:", "")


def open_data_reference() -> str:
    from napkit.core.exports import EXPORTS, iati, iptt, opendata, tidy

    lines = [
        "# Open data reference",
        "",
        "<!-- Generated from the exporters' own documentation by `napkit docs`; do not edit. -->",
        "",
        "Every export is drawn from a *release*: the plan's latest published version, with",
        "monitoring data the coordinator approved, and nothing the plan keeps private. Each is",
        "on the public site (Reports and open data) and in the CLI:",
        "",
        "| `napkit export PLAN --format …` | file | what it holds |",
        "|---|---|---|",
    ]
    for e in EXPORTS.values():
        flag = " --published" if e.name == "json" else ""
        lines.append(f"| `{e.name}{flag}` | `PLAN-vN{e.extension}` | {e.title} |")
    lines += ["", "## Tidy CSV", "", _docstring(tidy), "", "Columns, in order:", ""]
    lines += [f"{i}. `{name}`" for i, name in enumerate(tidy.COLUMNS, 1)]
    lines += ["", "## JSON", "", _docstring(opendata), ""]
    lines += ["Its JSON Schema: [open-data.schema.json](open-data.schema.json).", ""]
    lines += ["## IATI 2.03 activity", "", _docstring(iati), ""]
    lines += ["## IPTT workbook", "", _docstring(iptt), ""]
    return "\n".join(lines)


def pages() -> dict[str, str]:
    from napkit.core.exports.opendata_schema import json_schema
    from napkit.core.scorecard import Assessment, render
    from napkit.core.scorecard.compare import Comparison

    return {
        "criteria.md": render.criteria_markdown(),
        "assessment.schema.json": _schema(
            Assessment, "napkit assessment (napkit assess --format json)"
        ),
        "comparison.schema.json": _schema(
            Comparison, "napkit comparison (napkit compare --format json)"
        ),
        "configuration.md": config.markdown() + "\n",
        "cli.md": cli_reference(),
        "plan-file-reference.md": plan_file_reference(),
        "plan.schema.json": json.dumps(planfile.json_schema(), indent=2, ensure_ascii=False) + "\n",
        "open-data.md": open_data_reference(),
        "open-data.schema.json": json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n",
    }
