"""Reporting rounds: open one, see who has reported, close it."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.accounts.permissions import Access, Need, SubmissionNeed
from napkit.monitoring import pages, services
from napkit.monitoring.forms import (
    RoundForm,
)
from napkit.monitoring.models import ReportingRound
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan


def round_new(request: HttpRequest, key: str) -> HttpResponse:
    record, _access = permissions.require(request.user, key, Need.EDIT)
    form = RoundForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                created = services.open_round(request.user, record, **form.cleaned_data)
            except services.WorkflowError as error:
                form.add_error(None, str(error))
            else:
                return HttpResponseRedirect(reverse("round-detail", args=[key, created.key]))
        status = 422
    return render(
        request, "monitoring/round_new.html", {"record": record, "form": form}, status=status
    )


def _round_page(
    request: HttpRequest, key: str, round_key: str, need: Need
) -> tuple[Plan, Access, pages.RoundView, list[pages.SubmissionRow]]:
    """The round and the rows of it this user may read (404 for an unknown round)."""
    record, access = permissions.require(request.user, key, need)
    found = ReportingRound.objects.filter(plan=record, key=round_key).first()
    if found is None:
        raise Http404("No such round")
    plan = plan_queries.working_copy(record)
    [view] = pages.round_views(
        plan, [found], list(found.submissions.select_related("round")), timezone.localdate()
    )
    rows = [
        row
        for row in view.rows
        if permissions.submission_allows(
            access, plan, row.submission.organisation, row.submission.editable, SubmissionNeed.READ
        )
    ]
    return record, access, view, rows


def _render(
    request: HttpRequest,
    record: Plan,
    access: Access,
    view: pages.RoundView,
    rows: list[pages.SubmissionRow],
    closing: pages.Closing | None = None,
) -> HttpResponse:
    return render(
        request,
        "monitoring/round_detail.html",
        {
            "record": record,
            "view": view,
            "rows": rows,
            "can_close": access.allows(Need.EDIT),
            "closing": closing,
        },
    )


def round_detail(request: HttpRequest, key: str, round_key: str) -> HttpResponse:
    record, access, view, rows = _round_page(request, key, round_key, Need.WORKING_COPY)
    return _render(request, record, access, view, rows)


@require_POST
def round_close(request: HttpRequest, key: str, round_key: str) -> HttpResponse:
    """Close the round; while some submissions are not approved, first say which and ask
    again (the form then carries ``confirm``)."""
    record, access, view, rows = _round_page(request, key, round_key, Need.EDIT)
    closing = pages.closing(view)
    if view.round.is_open and closing.pending and request.POST.get("confirm") != "1":
        return _render(request, record, access, view, rows, closing)
    if view.round.is_open:
        services.close_round(request.user, view.round)
    return HttpResponseRedirect(reverse("round-detail", args=[key, round_key]))
