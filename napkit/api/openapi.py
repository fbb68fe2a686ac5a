"""The API's OpenAPI 3.1 description, built from the same models as the API itself."""

from __future__ import annotations

from typing import Any

from napkit.core.plan import planfile
from napkit.core.scorecard import Assessment

ERROR = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}
COMMENT = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "item": {"type": ["string", "null"], "description": "null: the plan as a whole"},
        "item_exists": {"type": "boolean", "description": "false once the item is removed"},
        "author": {"type": "string"},
        "body": {"type": "string"},
        "created_at": {"type": "string", "format": "date-time"},
        "resolved_at": {"type": ["string", "null"], "format": "date-time"},
        "resolved_by": {"type": ["string", "null"]},
    },
}


def _ok(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict[str, Any]:
    text = {
        400: "Malformed request",
        401: "Invalid token",
        403: "Not allowed to change this",
        404: "No such plan or item, or not yours to see",
        409: "Someone else saved first",
        422: "The change would make the plan invalid",
    }
    return {str(c): _ok({"$ref": "#/components/schemas/Error"}, text[c]) for c in codes}


def _hoist(
    name: str, schema: dict[str, Any], into: dict[str, Any], prefix: str = ""
) -> dict[str, Any]:
    """``schema`` with its ``$defs`` moved into the components (``into``) and every
    ``#/$defs/X`` reference pointed there, so each reference resolves in this document. A
    definition whose name is taken by a different one is kept under ``prefix`` + name."""
    defs = schema.pop("$defs", {})
    names = {}
    for key, value in defs.items():
        taken = key in into and into[key] != value
        names[key] = f"{prefix}{key}" if taken else key

    def point(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return {
                    **node,
                    "$ref": "#/components/schemas/" + names[ref.removeprefix("#/$defs/")],
                }
            return {k: point(v) for k, v in node.items()}
        if isinstance(node, list):
            return [point(v) for v in node]
        return node

    for key, value in defs.items():
        into[names[key]] = point(value)
    into[name] = point(schema)
    return into


def _schemas() -> dict[str, Any]:
    found: dict[str, Any] = {"Error": ERROR, "Comment": COMMENT}
    plan = planfile.json_schema()
    plan.pop("$schema", None)
    plan.pop("$id", None)
    _hoist("Plan", plan, found)
    _hoist("Assessment", Assessment.model_json_schema(mode="serialization"), found, "Assessment")
    return found


def document() -> dict[str, Any]:
    key = {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}}
    item = {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "napkit API",
            "version": "1",
            "description": "Plans, their scorecards, their items and the comments on them. "
            "Same permissions "
            "as the web: drafts only for members; unknown and forbidden answer 404. "
            "Authenticate with `Authorization: Token <token>` (see `napkit token`) "
            "or a browser session (with the CSRF token for changes).",
        },
        "components": {
            "securitySchemes": {
                "token": {"type": "apiKey", "in": "header", "name": "Authorization"},
                "session": {"type": "apiKey", "in": "cookie", "name": "sessionid"},
            },
            "schemas": _schemas(),
        },
        "security": [{"token": []}, {"session": []}, {}],
        "paths": {
            "/api/v1/plans/": {
                "get": {
                    "summary": "Plans you may read",
                    "responses": {
                        "200": _ok(
                            {"type": "object"},
                            "id, title, country, edition, status, latest_version of each plan",
                        )
                    },
                }
            },
            "/api/v1/plans/{key}/": {
                "get": {
                    "summary": "A plan (working copy for members, "
                    "latest published version for others)",
                    "parameters": [key],
                    "responses": {
                        "200": _ok(
                            {
                                "type": "object",
                                "properties": {
                                    "working_copy": {"type": "boolean"},
                                    "version": {"type": ["integer", "null"]},
                                    "plan": {"$ref": "#/components/schemas/Plan"},
                                },
                            },
                            "The plan",
                        ),
                        **_errors(404),
                    },
                }
            },
            "/api/v1/plans/{key}/scorecard/": {
                "get": {
                    "summary": "The plan's scorecard",
                    "parameters": [key],
                    "responses": {
                        "200": _ok({"$ref": "#/components/schemas/Assessment"}, "The assessment"),
                        **_errors(404),
                    },
                }
            },
            "/api/v1/plans/{key}/items/{item_id}/": {
                "get": {
                    "summary": "One item of the working copy, with its version",
                    "parameters": [key, item],
                    "responses": {
                        "200": _ok({"type": "object"}, "id, kind, version, item"),
                        **_errors(404),
                    },
                },
                "patch": {
                    "summary": "Change fields of an item",
                    "parameters": [key, item],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["version", "changes"],
                                    "properties": {
                                        "version": {"type": "integer"},
                                        "changes": {"type": "object"},
                                        "reason": {"type": "string"},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": _ok({"type": "object"}, "The saved item"),
                        **_errors(400, 401, 403, 404, 409, 422),
                    },
                },
            },
            "/api/v1/plans/{key}/comments/": {
                "get": {
                    "summary": "Comments on the working copy (members only)",
                    "parameters": [
                        key,
                        {"name": "item", "in": "query", "schema": {"type": "string"}},
                        {
                            "name": "state",
                            "in": "query",
                            "schema": {"enum": ["open", "resolved", "all"], "default": "all"},
                        },
                    ],
                    "responses": {
                        "200": _ok(
                            {
                                "type": "object",
                                "properties": {
                                    "comments": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Comment"},
                                    }
                                },
                            },
                            "The comments the caller may read, oldest first",
                        ),
                        **_errors(400, 401, 404),
                    },
                },
                "post": {
                    "summary": "Comment on an item, or on the plan as a whole (no item)",
                    "parameters": [key],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["body"],
                                    "properties": {
                                        "item": {"type": "string"},
                                        "body": {"type": "string", "maxLength": 4000},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "201": _ok({"$ref": "#/components/schemas/Comment"}, "The comment"),
                        **_errors(400, 401, 403, 404, 422),
                    },
                },
            },
            "/api/v1/openapi.json": {
                "get": {
                    "summary": "This description",
                    "responses": {"200": _ok({"type": "object"}, "OpenAPI 3.1")},
                }
            },
        },
    }
