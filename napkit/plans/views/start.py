"""Starting a plan in the browser: a new plan, the next edition of one, an uploaded file."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.core.plan import create, walk
from napkit.core.plan.display import format_value
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.monitoring import queries as monitoring_queries
from napkit.plans import queries, services, uploads
from napkit.plans.models import PendingImport, Plan
from napkit.plans.start_forms import NewPlanForm, NextEditionForm, UploadPlanForm, default_period


def _starter(request: HttpRequest) -> None:
    if not permissions.may_start_plans(request.user):
        raise Http404("No such page")


@login_required
def plan_new(request: HttpRequest) -> HttpResponse:
    _starter(request)
    parents = queries.parent_choices(request.user)
    if request.method != "POST":
        start, end = default_period(timezone.localdate())
        form = NewPlanForm(parents=parents, initial={"start": start, "end": end})
        return render(request, "plans/start_new.html", {"form": form})
    form = NewPlanForm(request.POST, parents=parents)
    if not form.is_valid():
        return render(request, "plans/start_new.html", {"form": form}, status=422)
    answers = form.answers()
    key = form.cleaned_data["plan_id"] or create.suggest_id(
        answers.country, answers.start, queries.taken_keys(), answers.region
    )
    try:
        services.start_plan(
            request.user, create.new_plan(key, answers), note=_("Started in the browser")
        )
    except PlanInvalid as invalid:
        return _problems(request, "plans/start_new.html", {"form": form}, invalid.problems)
    return HttpResponseRedirect(reverse("plan-detail", args=[key]) + "?saved=plan")


@login_required
def next_edition(request: HttpRequest, key: str) -> HttpResponse:
    record, _access = permissions.require(request.user, key, Need.EDIT)
    _starter(request)
    plan = queries.working_copy(record)
    ends = monitoring_queries.end_values(record, plan)
    context = {"record": record, "plan": plan, "rows": _baseline_rows(plan, ends)}
    if request.method != "POST":
        start = plan.metadata.period.end + timedelta(days=1) if plan.metadata.period else None
        length = (
            plan.metadata.period.end - plan.metadata.period.start if plan.metadata.period else None
        )
        end = start + length if start and length else None
        initial = {
            "title": plan.metadata.title,
            "start": start,
            "end": end,
            "plan_id": create.suggest_id(
                plan.metadata.country,
                start or timezone.localdate(),
                queries.taken_keys(),
                plan.metadata.region,
            ),
        }
        form = NextEditionForm(initial=initial, end_values=ends)
        return render(request, "plans/start_edition.html", {**context, "form": form})
    form = NextEditionForm(request.POST, end_values=ends)
    if not form.is_valid():
        return render(request, "plans/start_edition.html", {**context, "form": form}, status=422)
    d = form.cleaned_data
    successor = create.next_edition(
        plan, d["plan_id"], d["title"].strip(), d["start"], d["end"], form.baselines()
    )
    try:
        services.start_plan(
            request.user,
            successor,
            team_from=record,
            note=_("Next edition of %(key)s") % {"key": key},
        )
    except PlanInvalid as invalid:
        return _problems(
            request, "plans/start_edition.html", {**context, "form": form}, invalid.problems
        )
    return HttpResponseRedirect(reverse("plan-detail", args=[successor.id]) + "?saved=plan")


def _baseline_rows(plan: object, ends: dict[str, create.EndValue]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for ref in walk.indicators(plan):  # type: ignore[arg-type]
        found = ends.get(ref.indicator.id)
        rows.append(
            {
                "id": ref.indicator.id,
                "name": ref.indicator.name,
                "old": format_value(ref.indicator, ref.indicator.baseline.value),
                "end": found,
                "end_value": format_value(ref.indicator, found.value) if found else "",
                "field": f"baseline-{ref.indicator.id}",
            }
        )
    return rows


@login_required
def plan_import(request: HttpRequest) -> HttpResponse:
    _starter(request)
    if request.method != "POST":
        return render(request, "plans/import_upload.html", {"form": UploadPlanForm()})
    form = UploadPlanForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "plans/import_upload.html", {"form": form}, status=422)
    upload = form.cleaned_data["file"]
    try:
        content = uploads.read_limited(upload)
        uploads.parse(upload.name, content)
    except PlanInvalid as invalid:
        return _problems(request, "plans/import_upload.html", {"form": form}, invalid.problems)
    PendingImport.forget_old()
    pending = PendingImport.objects.create(user=request.user, name=upload.name, content=content)
    url = reverse("plan-import-preview", args=[pending.token])
    return HttpResponseRedirect(url + ("?replace=1" if form.cleaned_data["replace"] else ""))


@login_required
def plan_import_preview(request: HttpRequest, token: uuid.UUID) -> HttpResponse:
    _starter(request)
    pending = PendingImport.objects.filter(token=token, user=request.user).first()
    if pending is None:
        raise Http404("No such upload")
    plan = uploads.parse(pending.name, bytes(pending.content))
    existing = Plan.objects.light().filter(key=plan.id).first()
    replace = request.POST.get("replace") == "1" or request.GET.get("replace") == "1"
    context = {
        "pending": pending,
        "plan": plan,
        "summary": uploads.summary(plan),
        "existing": existing,
        "replace": replace,
    }
    if request.method != "POST":
        return render(request, "plans/import_preview.html", context)
    try:
        services.import_upload(request.user, plan, replace=replace, name=pending.name)
    except PlanInvalid as invalid:
        return _problems(request, "plans/import_preview.html", context, invalid.problems)
    pending.delete()
    return HttpResponseRedirect(reverse("plan-detail", args=[plan.id]) + "?saved=plan")


def _problems(
    request: HttpRequest, template: str, context: dict[str, object], problems: list[Problem]
) -> HttpResponse:
    return render(request, template, {**context, "problems": problems}, status=422)
