"""Editing the working copy: items, sections, moves, deletions, publication.

Each view: a permission-checked fetch, one call to ``editing``, then render or redirect.
Forms that fail answer 422 with the message beside the field; a conflicting edit answers
409 with what changed meanwhile. With htmx the answer is the form fragment; without it,
a whole page.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.core import catalogue
from napkit.core.catalogue.adapt import adapted
from napkit.core.plan import edit as core_edit
from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.plan.problems import PlanInvalid
from napkit.plans import editing, forms, queries
from napkit.plans.models import AuditEntry, Plan
from napkit.plans.pages import KIND_LABELS


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _done(request: HttpRequest, record: Plan, anchor: str = "") -> HttpResponse:
    # The query makes the address differ from the page's, so the browser reloads it.
    saved = f"?saved={anchor.removeprefix('item-')}" if anchor else ""
    url = reverse("plan-detail", args=[record.key]) + saved + (f"#{anchor}" if anchor else "")
    if is_htmx(request):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)


def _form_for(
    kind: str,
    plan: core.Plan,
    item: dict[str, Any] | None,
    focal_point: bool,
    data: Any = None,
    with_id: bool = False,
) -> forms.ItemForm:
    if kind in core_edit.SECTIONS:
        model = core_edit.SECTIONS[kind][1]
        paths = forms.FIELDS[kind]
    else:
        model = forms.MODELS[kind]
        paths = permissions.FOCAL_POINT_FIELDS[kind] if focal_point else forms.FIELDS[kind]
    if kind == "indicator":
        return forms.IndicatorForm(plan, item, paths, data, with_id=with_id)
    return forms.ItemForm(model, paths, plan, item, data, with_id=with_id)


def _render_form(
    request: HttpRequest,
    record: Plan,
    form: forms.ItemForm,
    *,
    title: str,
    action: str,
    status: int = 200,
    conflict: editing.Conflict | None = None,
    cancel: str = "",
) -> HttpResponse:
    context = {
        "form": form,
        "title": title,
        "action": action,
        "conflict": conflict,
        "record": record,
        "cancel": cancel or reverse("plan-detail", args=[record.key]),
        "indicator": isinstance(form, forms.IndicatorForm),
    }
    template = "plans/_item_form.html" if is_htmx(request) else "plans/edit_item.html"
    return render(request, template, context, status=status)


def edit_item(request: HttpRequest, key: str, item: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.EDIT_OWN)
    plan = queries.working_copy(record)
    permissions.require_item(access, plan, item)
    found = core_edit.locate(plan, item)
    data = editing.item_data(plan, item)
    title = _("Edit %(kind)s %(id)s") % {"kind": KIND_LABELS[found.kind], "id": item}
    action = reverse("item-edit", args=[key, item])
    cancel = reverse("plan-detail", args=[key]) + f"#item-{item}"
    if request.method != "POST":
        form = _form_for(found.kind, plan, data, access.focal_point)
        form.fields["version"].initial = editing.version_of(record, item)
        return _render_form(request, record, form, title=title, action=action, cancel=cancel)
    form = _form_for(found.kind, plan, data, access.focal_point, request.POST)
    if not form.is_valid():
        return _render_form(
            request, record, form, title=title, action=action, status=422, cancel=cancel
        )
    changes = form.changes()
    reason = (form.cleaned_data.get("reason") or "").strip()
    try:
        editing.update_item(
            access,
            request.user,
            record,
            item,
            changes,
            expected=form.cleaned_data.get("version") or 0,
            reason=reason,
        )
    except editing.Conflict as conflict:
        return _render_form(
            request,
            record,
            form,
            title=title,
            action=action,
            status=409,
            conflict=conflict,
            cancel=cancel,
        )
    except editing.Forbidden as refused:
        form.add_error(None, str(refused))
        return _render_form(
            request, record, form, title=title, action=action, status=403, cancel=cancel
        )
    except PlanInvalid as invalid:
        form.add_problems(invalid.problems, found.path)
        return _render_form(
            request, record, form, title=title, action=action, status=422, cancel=cancel
        )
    return _done(request, record, f"item-{item}")


def add_item(request: HttpRequest, key: str, kind: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.EDIT)
    if kind not in forms.MODELS:
        raise Http404("No such kind of item")
    plan = queries.working_copy(record)
    parent = request.GET.get("parent") or None
    if parent is not None and not any(f.id == parent for f in walk.identified_items(plan)):
        raise Http404("No such item")
    parent_kind = "plan" if parent is None else core_edit.locate(plan, parent).kind
    if kind not in core_edit.CHILDREN.get(parent_kind, {}):
        raise Http404("This kind of item does not go there")  # no page links to such a place
    label = KIND_LABELS[kind]
    title = _("Add %(kind)s") % {"kind": label}
    query = f"?parent={parent}" if parent else ""
    action = reverse("item-add", args=[key, kind]) + query
    if request.method != "POST":
        initial, suggested = _adapting(request, plan, kind, parent)
        if kind == "budget_line":
            initial, suggested = _new_budget_line(plan, parent)
        form = _form_for(kind, plan, initial, False, with_id=True)
        if suggested:
            form.fields["id"].initial = suggested
        if suggested and kind == "indicator":
            title = _("Adapt a catalogue indicator")
        return _render_form(request, record, form, title=title, action=action)
    form = _form_for(kind, plan, None, False, request.POST, with_id=True)
    if not form.is_valid():
        return _render_form(request, record, form, title=title, action=action, status=422)
    fields = form.changes()
    if kind == "indicator":
        fields.pop("reason", None)
    try:
        editing.apply(
            access,
            request.user,
            record,
            fields["id"],
            AuditEntry.CREATE,
            lambda current: core_edit.add_item(current, parent, kind, fields),
        )
    except PlanInvalid as invalid:
        added = editing_path(plan, parent, kind)
        form.add_problems(invalid.problems, added)
        return _render_form(request, record, form, title=title, action=action, status=422)
    return _done(request, record, f"item-{fields['id']}")


def _adapting(
    request: HttpRequest, plan: core.Plan, kind: str, parent: str | None
) -> tuple[dict[str, Any] | None, str]:
    """A new indicator prefilled from the catalogue indicator ``?adapt=`` names, and an id
    for it that is free; nothing when nothing is being adapted."""
    ref = request.GET.get("adapt")
    if kind != "indicator" or not ref:
        return None, ""
    try:
        found = catalogue.find(ref)
    except catalogue.AmbiguousReference:
        found = None
    if found is None:
        raise Http404("No such catalogue indicator")
    taken = {f.id for f in walk.identified_items(plan)}
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{parent or 'I'}-{found.set_id}-{found.code}")[:60]
    suggested, n = base, 1
    while suggested in taken:
        n += 1
        suggested = f"{base}-{n}"
    return adapted(found, plan), suggested


def _new_budget_line(plan: core.Plan, parent: str | None) -> tuple[dict[str, Any], str]:
    """A new budget line in the plan's currency (its budget's, else the one its lines use
    most), and a free id for it: ``<parent>-B1``, ``<parent>-B2``, …"""
    used = Counter(r.line.currency for r in walk.budget_lines(plan) if r.line.currency)
    common = used.most_common(1)
    currency = plan.budget.currency or (common[0][0] if common else None)
    taken = {f.id for f in walk.identified_items(plan)}
    base = f"{parent}-B" if parent else "B"
    n = 1
    while f"{base}{n}" in taken:
        n += 1
    return ({"currency": currency} if currency else {}), f"{base}{n}"


def editing_path(plan: core.Plan, parent: str | None, kind: str) -> tuple[Any, ...]:
    """Where a new item of ``kind`` lands under ``parent`` (for placing its problems)."""
    base: tuple[Any, ...] = () if parent is None else core_edit.locate(plan, parent).path
    parent_kind = "plan" if parent is None else core_edit.locate(plan, parent).kind
    where = core_edit.CHILDREN[parent_kind][kind]
    holder: Any = plan
    for part in base:
        holder = holder[part] if isinstance(part, int) else getattr(holder, part)
    for part in where:
        holder = getattr(holder, part, None) if holder is not None else None
    return (*base, *where, len(holder or []))


def delete_item(request: HttpRequest, key: str, item: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.EDIT)
    plan = queries.working_copy(record)
    permissions.require_item(access, plan, item)
    found = core_edit.locate(plan, item)
    context: dict[str, Any] = {
        "record": record,
        "item": found,
        "kind": KIND_LABELS[found.kind],
        "problems": [],
    }
    if request.method == "POST":
        try:
            editing.apply(
                access,
                request.user,
                record,
                item,
                AuditEntry.DELETE,
                lambda current: core_edit.delete_item(current, item),
                reason=request.POST.get("reason", ""),
            )
        except PlanInvalid as invalid:
            context["problems"] = invalid.problems
            return render(request, "plans/delete_item.html", context, status=422)
        return _done(request, record)
    return render(request, "plans/delete_item.html", context)


@require_POST
def move_item(request: HttpRequest, key: str, item: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.EDIT)
    plan = queries.working_copy(record)
    permissions.require_item(access, plan, item)
    direction = request.POST.get("direction")
    if direction not in ("up", "down"):
        return HttpResponse(_("Say whether to move up or down."), status=422)
    offset = -1 if direction == "up" else 1
    editing.apply(
        access,
        request.user,
        record,
        item,
        AuditEntry.MOVE,
        lambda current: core_edit.move_item(current, item, offset),
    )
    return _done(request, record, f"item-{item}")


def edit_section(request: HttpRequest, key: str, section: str) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.EDIT)
    if section not in core_edit.SECTIONS:
        raise Http404("No such section")
    plan = queries.working_copy(record)
    where = core_edit.SECTIONS[section][0]
    skey = editing.section_key(section)
    data = editing.item_data(plan, skey)
    title = _("Edit the plan's %(section)s") % {"section": section.replace("_", " ")}
    action = reverse("section-edit", args=[key, section])
    if request.method != "POST":
        form = _form_for(section, plan, data, False)
        form.fields["version"].initial = editing.version_of(record, skey)
        return _render_form(request, record, form, title=title, action=action)
    form = _form_for(section, plan, data, False, request.POST)
    if not form.is_valid():
        return _render_form(request, record, form, title=title, action=action, status=422)
    changes = form.changes()
    try:
        editing.apply(
            access,
            request.user,
            record,
            skey,
            AuditEntry.UPDATE,
            lambda current: core_edit.update_section(current, where, changes),
            expected=form.cleaned_data.get("version") or 0,
        )
    except editing.Conflict as conflict:
        return _render_form(
            request, record, form, title=title, action=action, status=409, conflict=conflict
        )
    except PlanInvalid as invalid:
        form.add_problems(invalid.problems, where)
        return _render_form(request, record, form, title=title, action=action, status=422)
    return _done(request, record)


def publish(request: HttpRequest, key: str) -> HttpResponse:
    record, _access = permissions.require(request.user, key, Need.PUBLISH)
    if request.method == "POST":
        version = editing.publish(request.user, record, request.POST.get("note", "").strip())
        return HttpResponseRedirect(reverse("version-detail", args=[key, version.number]))
    return render(request, "plans/publish.html", {"record": record})
