"""The REST API: the same services and permissions as the web pages, in JSON."""

from __future__ import annotations

import json
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.api.auth import api_view, error
from napkit.api.openapi import document
from napkit.core.plan import edit as core_edit
from napkit.core.plan import planfile
from napkit.core.plan.index import index
from napkit.core.plan.problems import PlanInvalid
from napkit.monitoring import queries as monitoring_queries
from napkit.plans import comments, editing, queries
from napkit.plans.comments import CommentView
from napkit.plans.models import PlanVersion


def _problems(invalid: PlanInvalid) -> list[dict[str, Any]]:
    return [{"field": p.field, "message": p.message} for p in invalid.problems]


def _not_found(exc: Http404) -> JsonResponse:
    return error(404, "not found")


class BadBody(Exception):
    """A request body that is not a JSON object; the message says why."""


def _json_object(request: HttpRequest) -> dict[str, Any]:
    """The request's JSON object, or BadBody saying what is wrong with it."""
    try:
        data = json.loads((request.body or b"{}").decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadBody(f"the body is not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise BadBody(f"the body is not JSON: {exc.msg} (line {exc.lineno})") from None
    except (RecursionError, ValueError) as exc:  # absurd nesting, numbers of 4,300+ digits
        raise BadBody(f"the body cannot be read as JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BadBody(f"the body must be a JSON object, not {type(data).__name__}")
    return data


@api_view(("GET",))
def openapi(request: HttpRequest) -> HttpResponse:
    return JsonResponse(document(), json_dumps_params={"indent": 2})


@api_view(("GET",))
def plans(request: HttpRequest) -> HttpResponse:
    rows = []
    for record in permissions.readable_plans(request.user):
        latest = PlanVersion.objects.latest_of(record)
        rows.append(
            {
                "id": record.key,
                "title": record.title,
                "country": record.country,
                "edition": record.edition,
                "status": record.status,
                "latest_version": latest.number if latest else None,
            }
        )
    return JsonResponse({"plans": rows})


@api_view(("GET",))
def plan(request: HttpRequest, key: str) -> HttpResponse:
    try:
        record, access = permissions.require(request.user, key, Need.READ)
    except Http404 as exc:
        return _not_found(exc)
    document_, source = queries.readable(record, access)
    return JsonResponse(
        {
            "working_copy": source.working_copy,
            "version": source.version,
            "plan": planfile.to_data(document_, json_mode=True),
        }
    )


@api_view(("GET",))
def scorecard(request: HttpRequest, key: str) -> HttpResponse:
    try:
        record, access = permissions.require(request.user, key, Need.READ)
    except Http404 as exc:
        return _not_found(exc)
    document_, _source = queries.readable(record, access, whole=True)
    assessment = monitoring_queries.assessment(document_, timezone.localdate(), record)
    return HttpResponse(assessment.to_json(), content_type="application/json")


@api_view(("GET", "PATCH"))
def item(request: HttpRequest, key: str, item_id: str) -> HttpResponse:
    try:
        need = Need.EDIT_OWN if request.method == "PATCH" else Need.WORKING_COPY
        record, access = permissions.require(request.user, key, need)
        current = queries.working_copy(record)
        if request.method == "PATCH":
            permissions.require_item(access, current, item_id)
        elif item_id not in index(queries.working_copy_for(record, access)).items:
            raise Http404("No such item")
    except Http404 as exc:
        return _not_found(exc)
    if request.method == "GET":
        return JsonResponse(
            {
                "id": item_id,
                "kind": core_edit.locate(current, item_id).kind,
                "version": editing.version_of(record, item_id),
                "item": editing.item_data(current, item_id),
            }
        )
    try:
        body = _json_object(request)
    except BadBody as exc:
        return error(400, str(exc))
    changes, version, reason = body.get("changes"), body.get("version"), body.get("reason", "")
    if (
        not isinstance(changes, dict)
        or not isinstance(version, int)
        or isinstance(version, bool)
        or not isinstance(reason, str | None)
    ):
        return error(
            422,
            'send {"version": <the version you read>, "changes": {field: value, …}, "reason": "…"}',
        )
    if "id" in changes:
        # Monitoring data, comments and edit counters refer to items by id.
        return error(422, "an item's id cannot change (add a new item instead)")
    if not changes:
        return error(422, "nothing to change: give at least one field in changes")
    try:
        saved = editing.update_item(
            access,
            request.user,
            record,
            item_id,
            changes,
            expected=version,
            reason=reason or "",
        )
    except editing.Conflict as conflict:
        return error(
            409,
            str(conflict),
            current_version=conflict.current,
            changes=[
                {"by": e.username, "at": e.at.isoformat(), "fields": [c.__dict__ for c in e.fields]}
                for e in conflict.entries
            ],
        )
    except editing.Forbidden as refused:
        return error(403, str(refused))
    except PlanInvalid as invalid:
        return error(422, "the change would make the plan invalid", problems=_problems(invalid))
    return JsonResponse(
        {"id": item_id, "version": saved.version, "item": editing.item_data(saved.plan, item_id)}
    )


def _comment_data(c: CommentView) -> dict[str, Any]:
    return {
        "id": c.id,
        "item": c.subject.id or None,
        "item_exists": c.subject.exists,
        "author": c.author,
        "body": c.body,
        "created_at": c.at.isoformat(),
        "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None,
        "resolved_by": c.resolved_by or None,
    }


@api_view(("GET", "POST"))
def plan_comments(request: HttpRequest, key: str) -> HttpResponse:
    """Comments on the working copy: read them (``?item=``, ``?state=``), or add one."""
    try:
        need = Need.COMMENT if request.method == "POST" else Need.WORKING_COPY
        record, access = permissions.require(request.user, key, need)
    except Http404 as exc:
        return _not_found(exc)
    current = queries.working_copy(record)
    if request.method == "GET":
        item_id = request.GET.get("item")
        state = request.GET.get("state", "all")
        if state not in comments.STATES:
            return error(400, f"state: expected one of {', '.join(comments.STATES)}")
        if item_id is not None and not permissions.may_read_comments(access, current, item_id):
            return error(404, "not found")
        found = comments.thread(record, current, access, request.user, item=item_id, state=state)
        return JsonResponse({"comments": [_comment_data(c) for c in found]})
    try:
        body = _json_object(request)
    except BadBody as exc:
        return error(400, str(exc))
    if not isinstance(body.get("item") or "", str) or not isinstance(body.get("body", ""), str):
        return error(422, 'send {"item": "<item id, or empty for the plan>", "body": "…"}')
    item_id = body.get("item") or ""
    subject = comments.subject_of(current, item_id)
    if not subject.exists or not permissions.may_comment(access, current, item_id):
        return error(404, "not found")
    form = comments.CommentForm({"body": body.get("body")})
    if not form.is_valid():
        return error(422, "the comment is invalid", problems=_form_problems(form))
    made = comments.add(record, request.user, item_id, form.cleaned_data["body"])
    view = comments.view_of(made, subject, access, request.user)
    return JsonResponse(_comment_data(view), status=201)


def _form_problems(form: comments.CommentForm) -> list[dict[str, Any]]:
    return [
        {"field": field, "message": str(message)}
        for field, messages in form.errors.items()
        for message in messages
    ]
