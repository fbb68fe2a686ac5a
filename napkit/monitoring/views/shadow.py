"""Civil society's shadow assessments in the workspace: partners write and publish them;
every member of the plan reads the published ones."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.monitoring import queries, shadow
from napkit.monitoring.models import ShadowAssessment
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan


def _found(record: Plan, pk: int) -> ShadowAssessment:
    found = ShadowAssessment.objects.filter(plan=record, pk=pk).first()
    if found is None:
        raise Http404("No such assessment")
    return found


def shadow_list(request: HttpRequest, key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
    writer = access.allows(Need.SHADOW)
    return render(
        request,
        "monitoring/shadow_list.html",
        {
            "record": record,
            "assessments": queries.shadow_assessments(record, drafts=writer),
            "can_write": writer,
            "saved": request.GET.get("saved"),
        },
    )


def shadow_edit(request: HttpRequest, key: str, pk: int | None = None) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.SHADOW)
    found = _found(record, pk) if pk is not None else None
    plan = plan_queries.working_copy(record)
    if request.method != "POST":
        start = queries.shadow_defaults(record, plan, access.organisation)
        form = shadow.ShadowForm(
            plan, initial=shadow.initial(found) if found else start, editing=found is not None
        )
        return _form(request, record, form, found)
    form = shadow.ShadowForm(plan, request.POST, editing=found is not None)
    if not form.is_valid():
        return _form(request, record, form, found, status=422)
    try:
        saved = shadow.save(request.user, record, found, form.cleaned_data)
    except shadow.StaleAssessment:
        form.add_error(
            None,
            _(
                "Someone else saved this assessment after you opened it. Your text is still "
                "in the form below; open the assessment again in another tab to see theirs, "
                "then save what should stand."
            ),
        )
        return _form(request, record, form, found, status=409)
    url = reverse("shadow-list", args=[key])
    return HttpResponseRedirect(f"{url}?saved={saved.assessment.pk}")


def _form(
    request: HttpRequest,
    record: Plan,
    form: shadow.ShadowForm,
    found: ShadowAssessment | None,
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "monitoring/shadow_form.html",
        {"record": record, "form": form, "found": found},
        status=status,
    )


@require_POST
def shadow_publish(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    record, _access = permissions.require(request.user, key, Need.SHADOW)
    shadow.publish(_found(record, pk), request.POST.get("publish") == "1")
    return HttpResponseRedirect(f"{reverse('shadow-list', args=[key])}?saved={pk}")
