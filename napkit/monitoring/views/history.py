"""Importing past monitoring data: upload a file, say which column is which, preview what
would be written (or every problem), confirm. Nothing is written before the confirmation,
and then all of it or nothing."""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

from django import forms
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.core.monitoring import history as core
from napkit.core.monitoring import history_columns as cols
from napkit.core.monitoring import tables
from napkit.core.plan import walk
from napkit.core.plan.problems import Problem
from napkit.monitoring import history
from napkit.monitoring.models import PendingHistory
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan

SHOWN = 500  # problems listed on the page; the rest are counted
IGNORE = ""


class HistoryFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV or Excel file"),
        help_text=gettext_lazy(
            "One row per indicator and period (and category of a breakdown), with the "
            "indicator's id or name, the period and the value."
        ),
    )

    def clean_file(self) -> Any:
        handle = self.cleaned_data["file"]
        if handle.size > tables.MAX_BYTES:
            raise forms.ValidationError(
                _("The file is too large (at most %(size)s MB).")
                % {"size": tables.MAX_BYTES // (1024 * 1024)}
            )
        return handle


class MappingForm(forms.Form):
    """A select per column of the file: which field it holds, or none."""

    def __init__(self, columns: tuple[str, ...], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        choices = [(IGNORE, _("(not imported)")), *cols.field_names().items()]
        self.columns = columns
        for n, column in enumerate(columns):
            self.fields[f"c{n}"] = forms.ChoiceField(label=column, choices=choices, required=False)

    def mapping(self) -> dict[str, str]:
        return {
            column: self.cleaned_data[f"c{n}"]
            for n, column in enumerate(self.columns)
            if self.cleaned_data.get(f"c{n}")
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.is_bound and not self.errors:
            for problem in cols.check_mapping("", self.columns, self.mapping()):
                self.add_error(None, problem.message)
        return data


def _plan(request: HttpRequest, key: str) -> Plan:
    record, _access = permissions.require(request.user, key, Need.EDIT)
    return record


def _pending(request: HttpRequest, record: Plan, token: uuid.UUID) -> PendingHistory:
    found = PendingHistory.objects.filter(token=token, plan=record, user=request.user).first()
    if found is None:
        raise Http404("No such import")
    return found


def history_upload(request: HttpRequest, key: str) -> HttpResponse:
    record = _plan(request, key)
    form = HistoryFileForm(request.POST or None, request.FILES or None)
    context: dict[str, Any] = {"record": record, "form": form}
    if request.method != "POST":
        return render(request, "monitoring/history_upload.html", context)
    if not form.is_valid():
        return render(request, "monitoring/history_upload.html", context, status=422)
    handle = form.cleaned_data["file"]
    content = handle.read()
    try:
        table = history.read(handle.name, content)
    except history.HistoryInvalid as error:
        context["problems"] = error.problems
        return render(request, "monitoring/history_upload.html", context, status=422)
    PendingHistory.forget_old()
    pending = PendingHistory.objects.create(
        plan=record,
        user=request.user,
        name=handle.name[:255],
        content=content,
        mapping=cols.guess(table.columns),
    )
    return HttpResponseRedirect(reverse("history-import-map", args=[key, pending.token]))


def history_map(request: HttpRequest, key: str, token: uuid.UUID) -> HttpResponse:
    """The mapping (guessed, then as chosen) and, once chosen, the preview."""
    record = _plan(request, key)
    pending = _pending(request, record, token)
    table = history.read(pending.name, bytes(pending.content))  # it was read at upload
    initial = {
        f"c{n}": pending.mapping.get(column, IGNORE) for n, column in enumerate(table.columns)
    }
    if request.method != "POST":
        form = MappingForm(table.columns, initial=initial)
        return render(
            request, "monitoring/history_map.html", _context(record, pending, table, form, None)
        )
    form = MappingForm(table.columns, request.POST)
    if not form.is_valid():
        return render(
            request,
            "monitoring/history_map.html",
            _context(record, pending, table, form, None),
            status=422,
        )
    pending.mapping = form.mapping()
    pending.save(update_fields=["mapping"])
    checked = history.preview(record, table, pending.mapping)
    return render(
        request,
        "monitoring/history_map.html",
        _context(record, pending, table, form, checked),
        status=422 if checked.problems else 200,
    )


@require_POST
def history_confirm(request: HttpRequest, key: str, token: uuid.UUID) -> HttpResponse:
    record = _plan(request, key)
    pending = _pending(request, record, token)
    try:
        done = history.import_history(
            request.user, record, pending.name, bytes(pending.content), pending.mapping
        )
    except history.NotAllowed:  # the role was taken away between the two requests
        raise Http404("No such plan") from None
    except history.HistoryInvalid as error:
        table = history.read(pending.name, bytes(pending.content))
        form = MappingForm(
            table.columns,
            initial={f"c{n}": pending.mapping.get(c, IGNORE) for n, c in enumerate(table.columns)},
        )
        checked = error.checked or core.History([], error.problems, [], len(table.rows))
        return render(
            request,
            "monitoring/history_map.html",
            _context(record, pending, table, form, checked),
            status=409,
        )
    pending.delete()
    return HttpResponseRedirect(
        reverse("monitoring", args=[key]) + f"?imported={done.values}&rounds={done.rounds_created}"
    )


def _context(
    record: Plan,
    pending: PendingHistory,
    table: tables.Table,
    form: MappingForm,
    checked: core.History | None,
) -> dict[str, Any]:
    context: dict[str, Any] = {
        "record": record,
        "pending": pending,
        "table": table,
        "form": form,
        "sample": [row.cells for row in table.rows[:5]],
        "checked": checked,
    }
    if checked is None:
        return context
    problems: list[Problem] = checked.problems
    context["problems"] = problems[:SHOWN]
    context["more"] = max(0, len(problems) - SHOWN)
    if not problems:
        plan = plan_queries.working_copy(record)
        names = {ref.indicator.id: ref.indicator.name for ref in walk.indicators(plan)}
        per_indicator: Counter[str] = Counter()
        for round_ in checked.rounds:
            per_indicator.update(v.indicator for v in round_.values)
        context["per_round"] = [
            (r.label, r.start, r.end, r.key is None, len(r.values), len(r.organisations))
            for r in checked.rounds
        ]
        context["per_indicator"] = [
            (key, names.get(key, ""), n) for key, n in sorted(per_indicator.items())
        ]
    return context
