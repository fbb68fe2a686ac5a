"""Issuing annual reports, in the workspace: the plan's coordinators and administrators
(those who publish it) freeze a period's report as an edition the public then reads
unchanged. The rules are in ``napkit.public.issuing``; this only shows and asks."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.plans.models import Plan
from napkit.public import issuing
from napkit.public.services import NotPublished


class IssueForm(forms.Form):
    period = forms.CharField(max_length=40, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Why this edition is issued"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Needed from the second edition on; it is printed on the report's cover "
            "(e.g. corrected the FY 2025-26 spending of the Ministry of Justice)."
        ),
    )


def _page(
    request: HttpRequest, record: Plan, form: IssueForm | None = None, status: int = 200
) -> HttpResponse:
    try:
        periods = issuing.report_list(record, timezone.localdate())
    except NotPublished:
        periods = []
    return render(
        request,
        "public/issue_reports.html",
        {
            "record": record,
            "periods": periods,
            "form": form,
            "blank": IssueForm(),
            "today": timezone.localdate(),
            "issued": request.GET.get("issued"),
        },
        status=status,
    )


def reports(request: HttpRequest, key: str) -> HttpResponse:
    """GET: every period's report with its editions. POST: issue one (422 when refused)."""
    record, _access = permissions.require(request.user, key, Need.PUBLISH)
    if request.method != "POST":
        return _page(request, record)
    form = IssueForm(request.POST)
    if form.is_valid():
        try:
            row = issuing.issue(
                request.user, record, form.cleaned_data["period"], form.cleaned_data["reason"]
            )
        except issuing.Refused as refused:
            form.add_error(None, str(refused))
        else:
            url = reverse("report-issue", args=[record.key])
            return HttpResponseRedirect(f"{url}?issued={row.period}-{row.edition}")
    return _page(request, record, form, status=422)
