"""Read-only pages of stored plans."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from napkit.plans import pages, queries


def plan_list(request: HttpRequest) -> HttpResponse:
    return render(request, "plans/plan_list.html", {"plans": queries.plan_list()})


def plan_detail(request: HttpRequest, key: str) -> HttpResponse:
    plan = queries.plan_document(key)
    if plan is None:
        raise Http404("No such plan")
    page = pages.plan_page(plan, timezone.localdate())
    return render(request, "plans/plan_detail.html", {"page": page})
