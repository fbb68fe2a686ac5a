"""Monitoring at a glance: the dashboard, every round, every indicator, one indicator."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.core.monitoring.progress import History, Status, status_labels
from napkit.core.plan import display
from napkit.core.plan.index import index
from napkit.monitoring import pages, queries
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan

RECENT_ROUNDS = 8  # on the dashboard; every round is on the rounds page


def dashboard(request: HttpRequest, key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
    plan = plan_queries.working_copy_for(record, access)
    today = timezone.localdate()
    standing = queries.standing(record, plan, today, permissions.part_only(access))
    board = pages.dashboard(
        plan,
        queries.round_summaries(record, today, limit=RECENT_ROUNDS),
        queries.rounds_count(record),
        standing.progress,
        standing.rolled,
        standing.money,
        today,
    )
    if access.focal_point and access.organisation:
        names = display.short_names(plan)
        board.due = [
            pages.SubmissionRow(s, names.get(s.organisation, s.organisation), s.late_on(today), 0)
            for s in queries.due_from(record, access.organisation)
        ]
    return render(
        request,
        "monitoring/dashboard.html",
        {
            "record": record,
            "board": board,
            "access": access,
            "can_open": access.allows(Need.EDIT),
            "today": today,
            "imported": _count(request.GET.get("imported")),
            "subplans": _sub_plans(record, today),
        },
    )


def _sub_plans(record: Plan, today: date) -> Any:
    """The plan's sub-plans: the published ones rolled up, and those not published yet."""
    from napkit.public import pages as public_pages
    from napkit.public import subplans

    return public_pages.sub_plan_table(
        subplans.rolled(record.key, today), subplans.unpublished(record.key)
    )


def _count(text: str | None) -> int | None:
    """A count from the address (after an import), or None when there is none."""
    return int(text) if text and text.isdigit() else None


def round_list(request: HttpRequest, key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
    rounds = queries.round_summaries(record, timezone.localdate())
    return render(
        request,
        "monitoring/round_list.html",
        {"record": record, "rounds": rounds, "can_open": access.allows(Need.EDIT)},
    )


def indicator_list(request: HttpRequest, key: str) -> HttpResponse:
    """Every indicator with its status and progress (approved data), filtered by status."""
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
    plan = plan_queries.working_copy_for(record, access)
    standing = queries.standing(record, plan, timezone.localdate(), permissions.part_only(access))
    rows = pages.indicator_rows(plan, standing.progress)
    wanted = request.GET.get("status") or ""
    if wanted == "attention":
        rows = pages.needing_attention(rows)
    elif wanted in Status._value2member_map_:
        rows = [r for r in rows if r.progress.status == wanted]
    return render(
        request,
        "monitoring/indicator_list.html",
        {"record": record, "rows": rows, "wanted": wanted, "statuses": status_labels()},
    )


def indicator(request: HttpRequest, key: str, indicator_key: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
    plan = plan_queries.working_copy_for(record, access)
    ref = index(plan).indicator_refs.get(indicator_key)
    if ref is None:
        raise Http404("No such indicator")
    today = timezone.localdate()
    found = queries.observations_of(record, ref.indicator.id)
    release = queries.working_release(record, plan, {ref.indicator.id: found}, today)
    thresholds = queries.thresholds()
    view = pages.indicator_view(
        release,
        ref,
        thresholds,
        History(ref.indicator, found).progress(plan, today, thresholds),
        f"{reverse('plan-detail', args=[key])}#org-{ref.indicator.responsible}"
        if ref.indicator.responsible
        else None,
    )
    return render(request, "monitoring/indicator.html", {"record": record, "view": view})
