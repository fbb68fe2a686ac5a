"""Read-only pages of stored plans, their scorecards, and comparisons."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from napkit.core.plan import Plan as CorePlan
from napkit.core.scorecard import catalogue
from napkit.core.scorecard.compare import compare
from napkit.core.scorecard.model import LEVELS
from napkit.plans import pages, queries

MAX_COMPARED = 200


def _plan_or_404(key: str) -> CorePlan:
    plan = queries.plan_document(key)
    if plan is None:
        raise Http404("No such plan")
    return plan


def plan_list(request: HttpRequest) -> HttpResponse:
    return render(request, "plans/plan_list.html", {"plans": queries.plan_list()})


def plan_detail(request: HttpRequest, key: str) -> HttpResponse:
    page = pages.plan_page(_plan_or_404(key), timezone.localdate())
    return render(request, "plans/plan_detail.html", {"page": page})


def plan_scorecard(request: HttpRequest, key: str) -> HttpResponse:
    plan = _plan_or_404(key)
    assessment = queries.plan_assessment(plan, timezone.localdate())
    if request.GET.get("format") == "json":
        return JsonResponse(assessment.model_dump(mode="json"), json_dumps_params={"indent": 2})
    return render(
        request,
        "plans/scorecard.html",
        {"plan": plan, "assessment": assessment, "plan_url": f"/plans/{plan.id}/"},
    )


def plan_compare(request: HttpRequest) -> HttpResponse:
    keys = list(dict.fromkeys(request.GET.getlist("plans")))[:MAX_COMPARED]
    plans = queries.plan_documents(keys)
    if plans is None:
        raise Http404("No such plan")
    today = timezone.localdate()
    comparison = compare([queries.plan_assessment(p, today) for p in plans])
    return render(request, "plans/comparison.html", {"comparison": comparison})


def criteria(request: HttpRequest) -> HttpResponse:
    return render(request, "plans/criteria.html", {"criteria": catalogue(), "levels": LEVELS})
