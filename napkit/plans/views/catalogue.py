"""The indicator catalogue: browsed and searched by anyone; from a plan's workspace, its
editors adapt an indicator into the plan (the add-indicator form, prefilled)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.plans import catalogue_pages, queries


def catalogue(request: HttpRequest) -> HttpResponse:
    page = catalogue_pages.page(request.GET.get("q", ""), request.GET.get("set", ""))
    return render(request, "plans/catalogue.html", {"page": page, "plan": None})


def plan_catalogue(request: HttpRequest, key: str) -> HttpResponse:
    record, _access = permissions.require(request.user, key, Need.EDIT)
    plan = queries.working_copy(record)
    page = catalogue_pages.page(request.GET.get("q", ""), request.GET.get("set", ""), plan)
    return render(request, "plans/catalogue.html", {"page": page, "plan": plan, "record": record})
