"""Site administrators open, close and reopen accounts; roles on a plan are given on its
Members page."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from napkit.accounts import permissions, services
from napkit.accounts.forms import AccountForm


def _require(request: HttpRequest) -> None:
    if not permissions.manages_accounts(request.user):
        raise Http404("No such page")


def people(request: HttpRequest) -> HttpResponse:
    _require(request)
    form = AccountForm(request.POST or None)
    status = 200
    opened = None
    if request.method == "POST":
        if form.is_valid():
            opened = services.open_account(
                request.user,
                form.cleaned_data["username"],
                form.cleaned_data["email"],
                form.cleaned_data.get("full_name") or "",
                base_url=request.build_absolute_uri("/"),
            )
            form = AccountForm()
        else:
            status = 422
    accounts = get_user_model().objects.order_by("username").prefetch_related("plan_roles")
    return render(
        request,
        "accounts/people.html",
        {"form": form, "accounts": accounts, "opened": opened},
        status=status,
    )


@require_POST
def set_active(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request)
    user = get_user_model().objects.filter(pk=pk).first()
    if user is None:
        raise Http404("No such account")
    try:
        services.set_active(request.user, user, request.POST.get("active") == "1")
    except services.NotAllowed:
        return HttpResponse(status=422)
    return HttpResponseRedirect(reverse("people"))
