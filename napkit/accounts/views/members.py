"""Signing in and out, and managing who has which role on a plan."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from napkit.accounts import permissions, throttle
from napkit.accounts.forms import RoleForm, ThrottledLoginForm
from napkit.accounts.models import PlanRole
from napkit.accounts.permissions import Need
from napkit.plans import queries


class LoginView(auth_views.LoginView):
    form_class = ThrottledLoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form: ThrottledLoginForm) -> HttpResponse:
        throttle.clear(form.get_user().get_username())
        return super().form_valid(form)

    def form_invalid(self, form: ThrottledLoginForm) -> HttpResponse:
        response = super().form_invalid(form)
        response.status_code = 422
        return response


def members(request: HttpRequest, key: str) -> HttpResponse:
    record, _access = permissions.require(request.user, key, Need.MANAGE)
    organisations = [(o.id, o.name) for o in queries.working_copy(record).organisations]
    form = RoleForm(organisations, request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            PlanRole.objects.update_or_create(
                user=form.cleaned_data["username"],
                plan=record,
                defaults={
                    "role": form.cleaned_data["role"],
                    "organisation": form.cleaned_data.get("organisation") or "",
                },
            )
            return HttpResponseRedirect(reverse("plan-members", args=[key]))
        status = 422
    roles = PlanRole.objects.filter(plan=record).select_related("user").order_by("role")
    return render(
        request,
        "accounts/members.html",
        {"record": record, "roles": roles, "form": form},
        status=status,
    )


@require_POST
def remove_member(request: HttpRequest, key: str, role_id: int) -> HttpResponse:
    record, _access = permissions.require(request.user, key, Need.MANAGE)
    PlanRole.objects.filter(plan=record, pk=role_id).delete()
    return HttpResponseRedirect(reverse("plan-members", args=[key]))
