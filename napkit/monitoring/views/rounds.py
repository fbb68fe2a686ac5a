"""Reporting rounds: open one, see who has reported, close it."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.accounts.permissions import Need, SubmissionNeed
from napkit.monitoring import pages, services
from napkit.monitoring.forms import (
    RoundForm,
)
from napkit.monitoring.models import ReportingRound
from napkit.plans import queries as plan_queries


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


def round_detail(request: HttpRequest, key: str, round_key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
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
    return render(
        request,
        "monitoring/round_detail.html",
        {"record": record, "view": view, "rows": rows, "can_close": access.allows(Need.EDIT)},
    )


@require_POST
def round_close(request: HttpRequest, key: str, round_key: str) -> HttpResponse:
    record, _access = permissions.require(request.user, key, Need.EDIT)
    found = ReportingRound.objects.filter(plan=record, key=round_key).first()
    if found is None:
        raise Http404("No such round")
    services.close_round(request.user, found)
    return HttpResponseRedirect(reverse("round-detail", args=[key, round_key]))
