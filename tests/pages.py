"""Every page of the workspace and the public site for the demo plan with its demo data, and
who opens each: for tests that look at every page (French text, phone layout).

The workspace's addresses are those of the permission table (tests/plans/test_permissions.py)
that answer a GET with a page; ``test_every_page_is_listed`` there checks none is missed
here. The public site's are ``tests.public.helpers.page_urls`` and the issued reports.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from napkit.core.plan import model as core
from napkit.core.plan import planfile, walk
from napkit.monitoring import demo
from napkit.plans import services
from tests.personas import Personas, make_personas
from tests.public.helpers import page_urls

# The roles whose view of the workspace differs: the coordinator sees and edits all, a
# focal point its organisation's part, a civil-society partner reads and comments.
ROLES = ("coordinator", "focal_a", "partner", "anonymous")


@dataclass(frozen=True)
class Page:
    name: str  # the URL's name (as in the permission table)
    url: str
    roles: tuple[str, ...]  # who opens it (of ROLES)


def demo_site(plan: core.Plan) -> Personas:
    """The demo plan published with its demo monitoring data, then changed in its working
    copy (a diff to show: organisations, a list, a yes/no, a budget status), with a shadow
    assessment, a comment and a history file being imported."""
    personas = make_personas(plan, publish=True, names=("coordinator", "focal_a", "partner"))
    demo.load(plan.id)
    data = planfile.to_data(plan)
    activity = _find(data, "A1.1.1.1")
    activity["responsibility"]["lead"] = "mge"
    activity["responsibility"]["supporting"] = ["wpn", "juris"]
    for line in activity["budget_lines"]:
        line["status"] = "allocated"
        line["funding_type"] = "donor"
    indicator = _find(data, "SO1-i1")
    indicator["definition"] = (indicator.get("definition") or "") + " Revised."
    services.import_plans([type(plan).model_validate(data)], replace=True)
    _extras(personas)
    return personas


def _find(data: object, ident: str) -> dict[str, Any]:
    """The item with this id anywhere in a plan file's data."""
    if isinstance(data, dict):
        if data.get("id") == ident:
            return data
        data = list(data.values())
    if isinstance(data, list):
        for value in data:
            with suppress(LookupError):
                return _find(value, ident)
    raise LookupError(ident)


def own_activity(plan: core.Plan) -> str:
    """An activity the focal point's organisation (mod) leads."""
    return next(
        a.item.id
        for a in walk.results(plan)
        if isinstance(a.item, core.Activity) and a.item.responsibility.lead == "mod"
    )


def _extras(personas: Personas) -> None:
    from datetime import date

    from napkit.monitoring.models import PendingHistory, ShadowAssessment
    from napkit.plans.models import Comment

    ShadowAssessment.objects.create(
        plan=personas.record,
        title="Year one",
        authors="Women's Peace Network",
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        summary="Slow start.",
    )
    Comment.objects.create(
        plan=personas.record,
        item="A1.1.1.1",
        author=personas.users["partner"],
        author_name="partner",
        body="Is this costed?",
    )
    PendingHistory.objects.create(
        plan=personas.record,
        user=personas.users["coordinator"],
        name="history.csv",
        content=b"indicator,period,value\nSO1-i1,2025,15\n",
        mapping={"indicator": "indicator", "period": "period", "value": "value"},
    )


def pages(personas: Personas, plan: core.Plan) -> list[Page]:
    """Every HTML page of the workspace and the public site, with the roles that open it."""
    from napkit.monitoring.models import (
        PendingHistory,
        ReportingRound,
        ShadowAssessment,
        Submission,
    )

    key = plan.id
    p = f"/plans/{key}"
    m = f"{p}/monitoring"
    everyone, members = ROLES, ("coordinator", "focal_a", "partner")
    coordinator = ("coordinator",)
    first: dict[str, str] = {}
    for item in walk.identified_items(plan):
        if item.kind in _kinds():
            first.setdefault(item.kind, item.id)
    own = own_activity(plan)
    found = [
        Page("criteria", "/criteria/", everyone),
        Page("plan-compare", f"/compare/?plans={key}", everyone),
        Page("login", "/accounts/login/", ("anonymous",)),
        Page("password-change", "/accounts/password/", members),
        Page("password-change-done", "/accounts/password/changed/", members),
        Page("password-reset", "/accounts/reset/", everyone),
        Page("password-reset-done", "/accounts/reset/sent/", everyone),
        Page("password-reset-confirm", "/accounts/reset/MQ/bad-token/", everyone),
        Page("password-reset-complete", "/accounts/reset/done/", everyone),
        Page("plan-new", "/plans/new/", coordinator),
        Page("plan-import", "/plans/import/", coordinator),
        Page("plan-next-edition", f"{p}/next-edition/", coordinator),
        Page("catalogue", "/catalogue/?q=violence", everyone),
        Page("plan-catalogue", f"{p}/catalogue/?q=5.5", coordinator),
        Page("plan-detail", f"{p}/", everyone),
        Page("plan-scorecard", f"{p}/scorecard/", everyone),
        Page("result-detail", f"{p}/results/SO1/", everyone),
        Page("result-detail", f"{p}/results/OP1.1.1/", everyone),
        Page("item-history", f"{p}/items/{own}/history/", members),
        Page("plan-comments", f"{p}/comments/", members),
        Page("item-comments", f"{p}/items/{own}/comments/", members),
        Page("item-delete", f"{p}/items/{first['risk']}/delete/", coordinator),
        Page("plan-publish", f"{p}/publish/", coordinator),
        Page("version-list", f"{p}/versions/", everyone),
        Page("version-detail", f"{p}/versions/1/", everyone),
        Page("version-diff", f"{p}/diff/?from=1&to=working", members),
        Page("plan-history", f"{p}/history/", members),
        Page("monitoring", f"{m}/", members),
        Page("round-list", f"{m}/rounds/", members),
        Page("round-new", f"{m}/rounds/new/", coordinator),
        Page("indicator-list", f"{m}/indicators/", members),
        Page("history-import", f"{m}/import/", coordinator),
        Page("shadow-list", f"{m}/shadow/", members),
        Page("shadow-new", f"{m}/shadow/new/", ("partner",)),
    ]
    # the focal point edits its own activity and indicator; the coordinator every kind
    found += [Page("item-edit", f"{p}/items/{own}/edit/", ("coordinator", "focal_a"))]
    found += [
        Page("item-edit", f"{p}/items/{ident}/edit/", coordinator)
        for kind, ident in first.items()
        if ident != own
    ]
    found += [
        Page("item-add", f"{p}/add/{kind}/{_parent(plan, kind)}", coordinator) for kind in _kinds()
    ]
    found += [Page("section-edit", f"{p}/settings/{s}/", coordinator) for s in _sections()]
    for round_ in ReportingRound.objects.filter(plan=personas.record).order_by("pk"):
        found.append(Page("round-detail", f"{m}/rounds/{round_.key}/", members))
    submissions = list(
        Submission.objects.filter(round__plan=personas.record, organisation="mod").order_by("pk")
    )
    for submission in submissions:
        who = ("coordinator", "focal_a", "partner")
        found.append(Page("submission-detail", f"{m}/submissions/{submission.pk}/", who))
    upload = f"{m}/submissions/{submissions[-1].pk}/upload/"  # the open round's
    found.append(Page("submission-upload", upload, ("focal_a",)))
    indicator = next(i for i in walk.indicators(plan) if i.indicator.responsible == "mod")
    found.append(Page("indicator-detail", f"{m}/indicators/{indicator.indicator.id}/", members))
    history = PendingHistory.objects.get(plan=personas.record)
    found.append(Page("history-import-map", f"{m}/import/{history.token}/", coordinator))
    shadow = ShadowAssessment.objects.filter(plan=personas.record).order_by("pk").last()
    assert shadow is not None
    found.append(Page("shadow-edit", f"{m}/shadow/{shadow.pk}/", ("partner",)))
    found += [Page("public", url, everyone) for url in ["/public/", *page_urls(plan)]]
    found += [Page("public-report", url, everyone) for url in report_urls(personas)]
    return found


def report_urls(personas: Personas) -> list[str]:
    from napkit.monitoring.models import ReportingRound

    done = ReportingRound.objects.filter(plan=personas.record, closed_at__isnull=False)
    return [f"/public/{personas.record.key}/reports/{r.key}.html" for r in done.order_by("pk")]


def _parent(plan: core.Plan, kind: str) -> str:
    """The query of an add page: the first item a new item of this kind goes in."""
    from napkit.core.plan import edit

    if kind in edit.CHILDREN.get("plan", {}):
        return ""
    for item in walk.identified_items(plan):
        if kind in edit.CHILDREN.get(item.kind, {}):
            return f"?parent={item.id}"
    for objective in plan.objectives:
        if kind in edit.CHILDREN.get("objective", {}):
            return f"?parent={objective.id}"
    raise LookupError(kind)


def _kinds() -> list[str]:
    from napkit.plans import forms

    return list(forms.MODELS)


def _sections() -> list[str]:
    from napkit.core.plan import edit

    return list(edit.SECTIONS)
