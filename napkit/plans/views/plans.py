"""Reading plans: the list, a plan, its scorecard, comparisons, the criteria."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from napkit.accounts import permissions
from napkit.accounts.permissions import Access, Need
from napkit.core.plan.model import Plan as CorePlan
from napkit.core.scorecard import catalogue
from napkit.core.scorecard.compare import compare
from napkit.core.scorecard.model import LEVELS
from napkit.monitoring import inbox
from napkit.monitoring import queries as monitoring_queries
from napkit.plans import comments, editing, pages, queries

MAX_COMPARED = 200


def _rights(access: Access, plan: CorePlan) -> pages.EditRights:
    if access.editor:
        items = frozenset(f.id for f in queries.identified(plan))
    elif access.focal_point and access.organisation:
        items = frozenset(permissions.organisation_keys(plan, access.organisation))
    else:
        items = frozenset()
    return pages.EditRights(
        items=items,
        structure=access.editor,
        publish=access.allows(Need.PUBLISH),
        comment=access.allows(Need.COMMENT),
        discuss=access.allows(Need.WORKING_COPY),
        manage=access.allows(Need.MANAGE),
    )


def plan_list(request: HttpRequest) -> HttpResponse:
    """The home page: what napkit is, the signed-in person's inbox in brief, the plans."""
    signed_in = request.user.is_authenticated
    return render(
        request,
        "plans/plan_list.html",
        {
            "plans": list(permissions.readable_plans(request.user)),
            "can_start": permissions.may_start_plans(request.user),
            "inbox": inbox.build(request.user, timezone.localdate()) if signed_in else None,
        },
    )


def plan_detail(request: HttpRequest, key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.READ)
    plan, source = queries.readable(record, access)
    visible = None
    if access.focal_point and access.organisation:
        visible = permissions.visible_keys(plan, access.organisation)
    page = pages.plan_page(
        plan,
        timezone.localdate(),
        source=source,
        visible=visible,
        edit=_rights(access, plan) if source.working_copy else None,
        versions=editing.versions(record) if source.working_copy else None,
        saved=request.GET.get("saved") or None,
        comments=comments.open_counts(record, access) if source.working_copy else None,
    )
    return render(request, "plans/plan_detail.html", {"page": page, "record": record})


def result_detail(request: HttpRequest, key: str, item: str) -> HttpResponse:
    """One objective (or outcome, output) with everything under it: how a big plan's
    results chain is read, a part at a time (htmx loads it into the plan page in place;
    without JavaScript it is a page of its own)."""
    record, access = permissions.require(request.user, key, Need.READ)
    plan, source = queries.readable(record, access)
    visible = None
    if access.focal_point and access.organisation:
        visible = permissions.visible_keys(plan, access.organisation)
    page = pages.result_page(
        plan,
        item,
        source=source,
        visible=visible,
        edit=_rights(access, plan) if source.working_copy else None,
        comments=comments.open_counts(record, access) if source.working_copy else None,
    )
    if page is None:
        raise Http404("No such result")
    fragment = bool(request.headers.get("HX-Request"))
    template = "plans/_result_body.html" if fragment else "plans/result.html"
    return render(request, template, {"page": page, "record": record})


def plan_scorecard(request: HttpRequest, key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.READ)
    plan, _source = queries.readable(record, access, whole=True)
    assessment = monitoring_queries.assessment(plan, timezone.localdate(), record)
    if request.GET.get("format") == "json":
        return HttpResponse(assessment.to_json(), content_type="application/json")
    return render(
        request,
        "plans/scorecard.html",
        {"plan": plan, "assessment": assessment, "plan_url": f"/plans/{plan.id}/"},
    )


def plan_compare(request: HttpRequest) -> HttpResponse:
    keys = list(dict.fromkeys(request.GET.getlist("plans")))[:MAX_COMPARED]
    today = timezone.localdate()
    assessments = []
    for key in keys:
        record, access = permissions.require(request.user, key, Need.READ)
        assessments.append(
            monitoring_queries.assessment(
                queries.readable(record, access, whole=True)[0], today, record
            )
        )
    comparison = compare(assessments)
    return render(request, "plans/comparison.html", {"comparison": comparison})


def criteria(request: HttpRequest) -> HttpResponse:
    return render(request, "plans/criteria.html", {"criteria": catalogue(), "levels": LEVELS})
