"""Every URL × every persona × read and write: the status each must get.

The table below is the access policy. A URL added to napkit without rows here fails
``test_every_url_has_rows``. Unknown and forbidden both answer 404.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from napkit.core.plan import planfile
from tests.personas import PERSONAS, Personas, make_personas

pytestmark = pytest.mark.django_db

PLAN = planfile.loads(
    """
id: matrix
metadata: {title: Matrix plan, country: XV, period: {start: 2025-01-01, end: 2028-12-31}}
organisations:
  - {id: mod, name: Ministry of Defence, type: government}
  - {id: moi, name: Ministry of the Interior, type: government}
  - {id: wpn, name: Women's Peace Network, type: civil_society}
objectives:
  - id: O1
    title: Security institutions serve women
    pillars: [protection]
    outputs:
      - id: OP1
        title: Gender-responsive security sector
        indicators:
          - {id: I-MOD, name: Women in the armed forces, measure: percentage,
             responsible: mod, baseline: {value: 12, date: 2024-12-31},
             target: {value: 20, date: 2028-12-31}}
        activities:
          - id: A-MOD
            title: Recruit women officers
            responsibility: {lead: mod}
            budget_lines: [{id: B-MOD, amount: 1000, currency: EUR, status: allocated}]
          - id: A-MOI
            title: Train police on survivor-centred investigation
            responsibility: {lead: moi, supporting: [wpn]}
risks:
  - {id: R1, title: Budget cuts}
consultations:
  - {id: C1, title: Design workshop, public: true,
     inputs: [{id: C1.in1, summary: Fund shelters, source: wpn, response: adopted,
               addressed_in: [A-MOI]}]}
  - {id: C2, title: Closed hearing}
""",
    name="matrix.yaml",
)

EDITORS = {"coordinator": 1, "administrator": 1}
MEMBERS = {"coordinator", "focal_a", "focal_b", "partner", "viewer", "administrator"}
# Members who read all of the working copy (a focal point reads its organisation's part).
WHOLE = MEMBERS - {"focal_a", "focal_b"}
# Who reads and who writes the comments on organisation A's submission.
COMMENT_READERS = MEMBERS - {"focal_b"}
COMMENT_WRITERS = {*EDITORS, "focal_a", "partner"}


def only(allowed: set[str] | dict[str, int], ok: int, other: int = 404) -> dict[str, int]:
    return {p: (ok if p in allowed else other) for p in PERSONAS}


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(PERSONAS, status)


@dataclass(frozen=True)
class Row:
    name: str
    method: str
    path: Callable[[Personas], str]
    expected: dict[str, int]
    data: dict[str, object] | None = None
    published: bool = False  # run against a plan with a published version
    json: bool = False  # send the data as a JSON body

    @property
    def label(self) -> str:
        return f"{self.name}-{self.method}{'-published' if self.published else ''}"


P = "/plans/matrix"
ROWS = [
    Row("plan-list", "GET", lambda _: "/", everyone(200)),
    # one's own inbox: every signed-in person has one (empty when nothing waits)
    Row("inbox", "GET", lambda _: "/inbox/", {**everyone(200), "anonymous": 302}),
    Row("inbox", "GET", lambda ps: (opened(ps), "/inbox/")[1], {**everyone(200), "anonymous": 302}),
    Row("criteria", "GET", lambda _: "/criteria/", everyone(200)),
    # a scorecard judges a whole plan: a focal point's is the published plan's
    Row("plan-compare", "GET", lambda _: "/compare/?plans=matrix", only(WHOLE, 200)),
    Row("plan-compare", "GET", lambda _: "/compare/?plans=matrix", everyone(200), published=True),
    Row("login", "GET", lambda _: "/accounts/login/", {**everyone(302), "anonymous": 200}),
    Row("logout", "POST", lambda _: "/accounts/logout/", everyone(302)),
    # one's own password: signed-in people change it; anyone asks for a link by email
    Row(
        "password-change",
        "GET",
        lambda _: "/accounts/password/",
        {**everyone(200), "anonymous": 302},
    ),
    Row(
        "password-change-done",
        "GET",
        lambda _: "/accounts/password/changed/",
        {**everyone(200), "anonymous": 302},
    ),
    Row("password-reset", "GET", lambda _: "/accounts/reset/", everyone(200)),
    Row(
        "password-reset",
        "POST",
        lambda _: "/accounts/reset/",
        everyone(302),
        data={"email": "nobody@example.org"},
    ),
    Row("password-reset-done", "GET", lambda _: "/accounts/reset/sent/", everyone(200)),
    Row("password-reset-confirm", "GET", lambda _: "/accounts/reset/MQ/bad-token/", everyone(200)),
    Row("password-reset-complete", "GET", lambda _: "/accounts/reset/done/", everyone(200)),
    # accounts: site administrators only (the administrator persona is a plan role)
    Row("people", "GET", lambda _: "/accounts/people/", everyone(404)),
    Row(
        "people-active",
        "POST",
        lambda _: "/accounts/people/1/active/",
        everyone(404),
        data={"active": "0"},
    ),
    Row(
        "set_language",
        "POST",
        lambda _: "/i18n/setlang/",
        everyone(302),
        data={"language": "fr", "next": "/"},
    ),
    # the public site: published plans only, the same for everyone
    Row("public-list", "GET", lambda _: "/public/", everyone(200)),
    *[
        row
        for name, path in (
            ("public-plan", "/"),
            ("public-pillar", "/pillars/protection/"),
            ("public-result", "/results/O1/"),
            ("public-indicators", "/indicators/"),
            ("public-indicator", "/indicators/I-MOD/"),
            ("public-organisation", "/organisations/mod/"),
            ("public-scorecard", "/scorecard/"),
            ("public-downloads", "/downloads/"),
            ("public-download", "/downloads/iati/"),
            ("public-participation", "/consultations/"),
            ("public-consultation", "/consultations/C1/"),
        )
        for row in (
            Row(name, "GET", lambda _, p=path: f"/public/matrix{p}", everyone(404)),
            Row(name, "GET", lambda _, p=path: f"/public/matrix{p}", everyone(200), published=True),
        )
    ],
    # a consultation not marked public has no public page, published plan or not
    Row(
        "public-consultation",
        "GET",
        lambda _: "/public/matrix/consultations/C2/",
        everyone(404),
        published=True,
    ),
    # a shadow assessment beside the government's: its page once the partners published it
    Row("public-shadow", "GET", lambda ps: public_shadow(ps, True), everyone(404)),
    Row("public-shadow", "GET", lambda ps: public_shadow(ps, True), everyone(200), published=True),
    Row("public-shadow", "GET", lambda ps: public_shadow(ps, False), everyone(404), published=True),
    Row("public-report", "GET", lambda _: "/public/matrix/reports/2025.html", everyone(404)),
    Row(
        "public-report",
        "GET",
        lambda _: "/public/matrix/reports/2025.pdf",
        everyone(200),
        published=True,
    ),
    Row(
        "public-report",
        "GET",
        lambda _: "/public/matrix/reports/1999.html",
        everyone(404),
        published=True,
    ),
    # an issued edition: none was issued on the matrix plan, so there is none to read
    Row(
        "public-report-edition",
        "GET",
        lambda _: "/public/matrix/reports/2025/edition-1.html",
        everyone(404),
        published=True,
    ),
    # issuing annual reports: those who publish the plan (its period has not ended: 422)
    Row("report-issue", "GET", lambda _: f"{P}/reports/", only(EDITORS, 200), published=True),
    Row(
        "report-issue",
        "POST",
        lambda _: f"{P}/reports/",
        only(EDITORS, 422),
        data={"period": "2028"},
        published=True,
    ),
    Row("report-issue", "GET", lambda _: f"{P}/reports/", only(EDITORS, 200)),
    Row(
        "public-result",
        "GET",
        lambda _: "/public/matrix/results/A-MOD/",
        everyone(404),
        published=True,
    ),
    Row(
        "public-download",
        "GET",
        lambda _: "/public/matrix/downloads/exe/",
        everyone(404),
        published=True,
    ),
    # civil society's shadow assessments: partners write them, members read them
    Row("shadow-list", "GET", lambda _: f"{P}/monitoring/shadow/", only(MEMBERS, 200)),
    Row("shadow-new", "GET", lambda _: f"{P}/monitoring/shadow/new/", only({"partner"}, 200)),
    Row(
        "shadow-new",
        "POST",
        lambda _: f"{P}/monitoring/shadow/new/",
        only({"partner"}, 422),
        data={"title": ""},
    ),
    Row("shadow-edit", "GET", lambda p: shadow(p), only({"partner"}, 200)),
    Row("shadow-publish", "POST", lambda p: shadow(p) + "publish/", only({"partner"}, 302)),
    Row("shadow-publish", "GET", lambda p: shadow(p) + "publish/", everyone(405)),
    # starting plans: administrators and coordinators (of any plan) start new ones
    Row("plan-new", "GET", lambda _: "/plans/new/", {**only(EDITORS, 200), "anonymous": 302}),
    Row(
        "plan-new",
        "POST",
        lambda _: "/plans/new/",
        {**only(EDITORS, 422), "anonymous": 302},
        data={"country": "", "title": ""},
    ),
    Row("plan-import", "GET", lambda _: "/plans/import/", {**only(EDITORS, 200), "anonymous": 302}),
    Row(
        "plan-import",
        "POST",
        lambda _: "/plans/import/",
        {**only(EDITORS, 422), "anonymous": 302},
        data={},
    ),
    Row(
        "plan-import-preview",
        "GET",
        lambda _: "/plans/import/00000000-0000-0000-0000-000000000000/",
        {**everyone(404), "anonymous": 302},
    ),
    # screening a NAP document: who starts plans screens; a review is its uploader's only
    Row(
        "screening-list",
        "GET",
        lambda _: "/screening/",
        {**only(EDITORS, 200), "anonymous": 302},
    ),
    Row(
        "screening-list",
        "POST",
        lambda _: "/screening/",
        {**only(EDITORS, 422), "anonymous": 302},
        data={},
    ),
    Row(
        "screening-review",
        "GET",
        lambda ps: screening_review(ps),
        {**only({"coordinator"}, 200), "anonymous": 302},
    ),
    Row(
        "screening-decide",
        "POST",
        lambda ps: screening_review(ps) + "findings/indicators/",
        {**only({"coordinator"}, 302), "anonymous": 302},
        data={"decision": "confirm"},
    ),
    Row(
        "screening-save",
        "POST",
        lambda ps: screening_review(ps) + "save/",
        {**only({"coordinator"}, 422), "anonymous": 302},
        data={"plan_id": ""},
    ),
    Row(
        "plan-next-edition",
        "GET",
        lambda _: f"{P}/next-edition/",
        {**only(EDITORS, 200), "anonymous": 302},
    ),
    Row(
        "plan-next-edition",
        "POST",
        lambda _: f"{P}/next-edition/",
        {**only(EDITORS, 422), "anonymous": 302},
        data={"title": ""},
    ),
    # a draft plan: never visible to the public
    Row("plan-detail", "GET", lambda _: f"{P}/", only(MEMBERS, 200)),
    Row("plan-detail", "GET", lambda _: f"{P}/", everyone(200), published=True),
    Row("plan-workbook", "GET", lambda _: f"{P}/logframe.xlsx", only(MEMBERS, 200)),
    Row(
        "plan-workbook",
        "GET",
        lambda _: f"{P}/logframe.xlsx?language=fr",
        everyone(200),
        published=True,
    ),
    Row("workbook-template", "GET", lambda _: "/plans/template.xlsx", everyone(200)),
    Row("result-detail", "GET", lambda _: f"{P}/results/O1/", only(MEMBERS, 200)),
    Row("result-detail", "GET", lambda _: f"{P}/results/OP1/", everyone(200), published=True),
    Row("result-detail", "GET", lambda _: f"{P}/results/A-MOD/", everyone(404), published=True),
    Row("plan-scorecard", "GET", lambda _: f"{P}/scorecard/", only(WHOLE, 200)),
    Row("plan-scorecard", "GET", lambda _: f"{P}/scorecard/", everyone(200), published=True),
    # organisation A's activity: its focal point edits it, organisation B's cannot
    Row("item-edit", "GET", lambda _: f"{P}/items/A-MOD/edit/", only({*EDITORS, "focal_a"}, 200)),
    Row(
        "item-edit",
        "POST",
        lambda _: f"{P}/items/A-MOD/edit/",
        only({*EDITORS, "focal_a"}, 422),
        data={"title": "", "start": "someday"},
    ),
    Row(
        "item-edit",
        "POST",
        lambda _: f"{P}/items/A-MOD/edit/",
        only({*EDITORS, "focal_a"}, 422),
        data={"title": "", "start": "someday"},
        published=True,
    ),
    Row("item-edit", "GET", lambda _: f"{P}/items/I-MOD/edit/", only({*EDITORS, "focal_a"}, 200)),
    Row("item-edit", "GET", lambda _: f"{P}/items/A-MOI/edit/", only({*EDITORS, "focal_b"}, 200)),
    Row("item-edit", "GET", lambda _: f"{P}/items/NOPE/edit/", everyone(404)),
    Row("item-delete", "GET", lambda _: f"{P}/items/R1/delete/", only(EDITORS, 200)),
    Row("item-delete", "POST", lambda _: f"{P}/items/R1/delete/", only(EDITORS, 302)),
    Row(
        "item-move",
        "POST",
        lambda _: f"{P}/items/A-MOI/move/",
        only(EDITORS, 302),
        data={"direction": "up"},
    ),
    Row("item-history", "GET", lambda _: f"{P}/items/A-MOD/history/", only(MEMBERS, 200)),
    # comments on the working copy: members read, all but viewers write, on what they see
    Row("plan-comments", "GET", lambda _: f"{P}/comments/", only(MEMBERS, 200)),
    Row("plan-comments", "GET", lambda _: f"{P}/comments/", only(MEMBERS, 200), published=True),
    Row(
        "plan-comments",
        "POST",
        lambda _: f"{P}/comments/",
        only(MEMBERS - {"viewer"}, 302),
        data={"body": "A remark on the whole plan"},
    ),
    Row(
        "item-comments",
        "GET",
        lambda _: f"{P}/items/A-MOD/comments/",
        only(MEMBERS - {"focal_b"}, 200),
    ),
    Row(
        "item-comments",
        "POST",
        lambda _: f"{P}/items/A-MOD/comments/",
        only(MEMBERS - {"focal_b", "viewer"}, 422),
        data={"body": ""},
    ),
    Row("item-comments", "GET", lambda _: f"{P}/items/NOPE/comments/", everyone(404)),
    Row(
        "comment-resolve",
        "POST",
        lambda p: f"{P}/comments/{comment(p)}/resolve/",
        only({*EDITORS, "partner"}, 302),
        data={"resolved": "1"},
    ),
    Row("comment-resolve", "GET", lambda p: f"{P}/comments/{comment(p)}/resolve/", everyone(405)),
    Row("item-add", "GET", lambda _: f"{P}/add/objective/", only(EDITORS, 200)),
    Row(
        "item-add",
        "GET",
        lambda _: f"{P}/add/indicator/?parent=OP1&adapt=sdg:5.5.1",
        only(EDITORS, 200),
    ),
    Row("catalogue", "GET", lambda _: "/catalogue/?q=violence", everyone(200)),
    Row("plan-catalogue", "GET", lambda _: f"{P}/catalogue/?q=5.5", only(EDITORS, 200)),
    Row("item-add", "POST", lambda _: f"{P}/add/risk/", only(EDITORS, 422), data={"id": ""}),
    Row("section-edit", "GET", lambda _: f"{P}/settings/metadata/", only(EDITORS, 200)),
    Row(
        "section-edit",
        "POST",
        lambda _: f"{P}/settings/metadata/",
        only(EDITORS, 422),
        data={"title": ""},
    ),
    Row("plan-publish", "GET", lambda _: f"{P}/publish/", only(EDITORS, 200)),
    Row("plan-publish", "POST", lambda _: f"{P}/publish/", only(EDITORS, 302)),
    Row("version-list", "GET", lambda _: f"{P}/versions/", only(MEMBERS, 200)),
    Row("version-list", "GET", lambda _: f"{P}/versions/", everyone(200), published=True),
    Row("version-detail", "GET", lambda _: f"{P}/versions/1/", everyone(404)),
    Row("version-detail", "GET", lambda _: f"{P}/versions/1/", everyone(200), published=True),
    Row("version-diff", "GET", lambda _: f"{P}/diff/", only(MEMBERS, 200)),
    Row("version-diff", "GET", lambda _: f"{P}/diff/?from=1&to=1", everyone(200), published=True),
    Row(
        "version-diff",
        "GET",
        lambda _: f"{P}/diff/?from=1&to=working",
        only(MEMBERS, 200),
        published=True,
    ),
    Row("plan-history", "GET", lambda _: f"{P}/history/", only(MEMBERS, 200)),
    Row("plan-members", "GET", lambda _: f"{P}/members/", only({"administrator"}, 200)),
    Row(
        "plan-members",
        "POST",
        lambda _: f"{P}/members/",
        only({"administrator"}, 422),
        data={"username": "nobody", "role": "viewer"},
    ),
    # the API answers the same
    Row("api-openapi", "GET", lambda _: "/api/v1/openapi.json", everyone(200)),
    Row("api-plans", "GET", lambda _: "/api/v1/plans/", everyone(200)),
    Row("api-plan", "GET", lambda _: "/api/v1/plans/matrix/", only(MEMBERS, 200)),
    Row("api-plan", "GET", lambda _: "/api/v1/plans/matrix/", everyone(200), published=True),
    Row("api-scorecard", "GET", lambda _: "/api/v1/plans/matrix/scorecard/", only(WHOLE, 200)),
    Row(
        "api-item",
        "GET",
        lambda _: "/api/v1/plans/matrix/items/A-MOD/",
        only(MEMBERS - {"focal_b"}, 200),  # another organisation's activity
        published=True,
    ),
    Row(
        "api-item",
        "PATCH",
        lambda _: "/api/v1/plans/matrix/items/A-MOD/",
        {**only({*EDITORS, "focal_a"}, 200)},
        data={"version": 0, "changes": {"description": "x"}},
    ),
    Row(
        "api-item",
        "PATCH",
        lambda _: "/api/v1/plans/matrix/items/A-MOI/",
        {**only({*EDITORS, "focal_b"}, 200)},
        data={"version": 0, "changes": {"description": "x"}},
    ),
    Row("api-comments", "GET", lambda _: "/api/v1/plans/matrix/comments/", only(MEMBERS, 200)),
    Row(
        "api-comments",
        "POST",
        lambda _: "/api/v1/plans/matrix/comments/",
        only(MEMBERS - {"viewer"}, 201),
        data={"item": "R1", "body": "Is this likely?"},
        json=True,
    ),
    # the monitoring cycle
    Row("monitoring", "GET", lambda _: f"{P}/monitoring/", only(MEMBERS, 200)),
    Row("round-list", "GET", lambda _: f"{P}/monitoring/rounds/", only(MEMBERS, 200)),
    Row("indicator-list", "GET", lambda _: f"{P}/monitoring/indicators/", only(MEMBERS, 200)),
    Row("round-new", "GET", lambda _: f"{P}/monitoring/rounds/new/", only(EDITORS, 200)),
    Row(
        "round-new",
        "POST",
        lambda _: f"{P}/monitoring/rounds/new/",
        only(EDITORS, 422),
        data={"label": ""},
    ),
    Row(
        "round-detail", "GET", lambda ps: f"{P}/monitoring/rounds/{opened(ps)}/", only(MEMBERS, 200)
    ),
    # closing a round with submissions not approved asks first (200), then closes (302)
    Row(
        "round-close",
        "POST",
        lambda ps: f"{P}/monitoring/rounds/{opened(ps)}/close/",
        only(EDITORS, 200),
    ),
    Row(
        "round-close",
        "POST",
        lambda ps: f"{P}/monitoring/rounds/{opened(ps)}/close/",
        only(EDITORS, 302),
        data={"confirm": "1"},
    ),
    # importing past data: the plan's coordinators and administrators; a file being
    # imported is its uploader's only
    Row("history-import", "GET", lambda _: f"{P}/monitoring/import/", only(EDITORS, 200)),
    Row("history-import", "POST", lambda _: f"{P}/monitoring/import/", only(EDITORS, 422)),
    Row(
        "history-import-map",
        "GET",
        lambda ps: f"{P}/monitoring/import/{pending_history(ps)}/",
        only({"coordinator"}, 200),
    ),
    Row(
        "history-import-map",
        "POST",
        lambda ps: f"{P}/monitoring/import/{pending_history(ps)}/",
        only({"coordinator"}, 422),
        data={"c0": "period"},
    ),
    Row(
        "history-import-confirm",
        "POST",
        lambda ps: f"{P}/monitoring/import/{pending_history(ps)}/confirm/",
        only({"coordinator"}, 302),
    ),
    Row(
        "submission-detail",
        "GET",
        lambda ps: submission(ps, "mod"),
        only(MEMBERS - {"focal_b"}, 200),
    ),
    Row(
        "submission-detail",
        "GET",
        lambda ps: submission(ps, "moi"),
        only(MEMBERS - {"focal_a"}, 200),
    ),
    Row(
        "submission-detail",
        "POST",
        lambda ps: submission(ps, "mod"),
        only({*EDITORS, "focal_a"}, 422),
        data={"version": "x"},
    ),
    Row(
        "submission-template",
        "GET",
        lambda ps: submission(ps, "mod") + "template.csv",
        only(MEMBERS - {"focal_b"}, 200),
    ),
    Row(
        "submission-upload",
        "GET",
        lambda ps: submission(ps, "mod") + "upload/",
        only({*EDITORS, "focal_a"}, 200),
    ),
    Row(
        "submission-upload-confirm",
        "POST",
        lambda ps: submission(ps, "mod") + "upload/999/confirm/",
        everyone(404),
    ),
    Row(
        "submission-evidence",
        "POST",
        lambda ps: submission(ps, "mod") + "evidence/",
        only({*EDITORS, "focal_a"}, 422),
    ),
    Row(
        "submission-evidence-file",
        "GET",
        lambda ps: submission(ps, "mod") + "evidence/999/",
        everyone(404),
    ),
    Row(
        "submission-action",
        "POST",
        lambda ps: submission(ps, "mod") + "submit/",
        only({*EDITORS, "focal_a"}, 302),
        data={"accept_blanks": "1"},  # nothing is filled in: submitted blank, knowingly
    ),
    Row(
        "submission-action",
        "POST",
        lambda ps: submission(ps, "mod") + "approve/",
        only(EDITORS, 422),
    ),
    # comments on a submission: the team reads them (not another organisation's focal
    # point); coordinators, the submitting focal point and partners on the coordination
    # body (the matrix plan has none listed: every partner) write; coordinators and the
    # thread's author resolve
    *[
        row
        for name, tail in (
            ("submission-comments", "comments/"),
            ("submission-value-comments", "comments/on/I-MOD/"),
        )
        for row in (
            Row(
                name,
                "GET",
                lambda ps, t=tail: submission(ps, "mod") + t,
                only(COMMENT_READERS, 200),
            ),
            Row(
                name,
                "POST",
                lambda ps, t=tail: submission(ps, "mod") + t,
                only(COMMENT_WRITERS, 302),
                data={"body": "Where does this figure come from?"},
            ),
            Row(
                name,
                "POST",
                lambda ps, t=tail: submission(ps, "mod") + t,
                only(COMMENT_WRITERS, 422),
                data={"body": " "},
            ),
        )
    ],
    Row(
        "submission-value-comments",
        "GET",
        lambda ps: submission(ps, "mod") + "comments/on/A-MOI/",  # not mod's value
        everyone(404),
    ),
    Row(
        "submission-comment-resolve",
        "POST",
        lambda ps: submission(ps, "mod") + f"comments/{submission_comment(ps)}/resolve/",
        only({*EDITORS, "partner"}, 302),
        data={"resolved": "1"},
    ),
    Row(
        "indicator-detail",
        "GET",
        lambda _: f"{P}/monitoring/indicators/I-MOD/",
        only(MEMBERS - {"focal_b"}, 200),  # moi's focal point does not see mod's indicator
    ),
    Row(
        "plan-member-remove",
        "POST",
        lambda ps: f"{P}/members/{ps.record.roles.get(user__username='viewer').pk}/remove/",
        only({"administrator"}, 302),
    ),
]


def shadow(personas: Personas) -> str:
    """The address of a draft shadow assessment of the plan (written on first use)."""
    from datetime import date

    from napkit.monitoring.models import ShadowAssessment

    found = ShadowAssessment.objects.filter(plan=personas.record).first()
    if found is None:
        found = ShadowAssessment.objects.create(
            plan=personas.record,
            title="Year one",
            authors="Women's Peace Network",
            period_start=date(2025, 1, 1),
            period_end=date(2025, 12, 31),
            summary="Slow start.",
        )
    return f"{P}/monitoring/shadow/{found.pk}/"


def public_shadow(personas: Personas, published: bool) -> str:
    """The public address of a shadow assessment, published or a draft (written here)."""
    from datetime import UTC, date, datetime

    from napkit.monitoring.models import ShadowAssessment, ShadowFinding
    from napkit.plans.signals import public_changed

    found = ShadowAssessment.objects.create(
        plan=personas.record,
        title="Year one, side by side",
        authors="Women's Peace Network",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        summary="Slow start.",
        published_at=datetime(2026, 1, 15, tzinfo=UTC) if published else None,
    )
    ShadowFinding.objects.create(
        assessment=found, criterion="budget", rating="weak", text="No money yet."
    )
    public_changed.send("tests", record=personas.record)
    return f"/public/matrix/shadow/{found.pk}/"


def comment(personas: Personas) -> int:
    """A civil-society partner's comment on organisation A's activity (written on first use)."""
    from napkit.plans.models import Comment

    found = Comment.objects.filter(plan=personas.record).first()
    if found is None:
        found = Comment.objects.create(
            plan=personas.record,
            item="A-MOD",
            author=personas.users["partner"],
            author_name="partner",
            body="Is this costed?",
        )
    return found.pk


def opened(personas: Personas) -> str:
    """The key of a reporting round on the plan (opened on first use)."""
    from datetime import date

    from napkit.monitoring import services
    from napkit.monitoring.models import ReportingRound

    found = ReportingRound.objects.filter(plan=personas.record).first()
    if found is None:
        found = services.open_round(
            None,
            personas.record,
            label="FY 2025",
            frequency="annual",
            period_start=date(2025, 1, 1),
            period_end=date(2025, 12, 31),
            opens=date(2026, 1, 1),
            deadline=date(2026, 2, 28),
        )
    return found.key


def pending_history(personas: Personas) -> str:
    """The token of a history file the coordinator uploaded (one past value of I-MOD)."""
    from napkit.monitoring.models import PendingHistory

    found = PendingHistory.objects.filter(plan=personas.record).first()
    if found is None:
        found = PendingHistory.objects.create(
            plan=personas.record,
            user=personas.users["coordinator"],
            name="history.csv",
            content=b"indicator,period,value\nI-MOD,2025,15\n",
            mapping={"indicator": "indicator", "period": "period", "value": "value"},
        )
    return str(found.token)


def screening_review(personas: Personas) -> str:
    """The address of the coordinator's review of a screened document (written on first
    use, without running screening: a finding on one page of text)."""
    from napkit.core.screening.result import Evidence, Finding, Page, Screening
    from napkit.plans.models import ScreeningReview

    found = ScreeningReview.objects.filter(user=personas.users["coordinator"]).first()
    if found is None:
        text = "The plan sets out 12 indicators."
        screening = Screening(
            name="nap.txt",
            kind="text",
            language="en",
            pages=[Page(number=1, text=text)],
            findings=[
                Finding(
                    id="indicators",
                    question="Has indicators",
                    answer="yes",
                    confidence=0.9,
                    evidence=[Evidence(page=1, quote=text, start=0, end=len(text))],
                )
            ],
            plan=PLAN.model_copy(update={"id": "screened"}),
        )
        found = ScreeningReview.objects.create(
            user=personas.users["coordinator"],
            name="nap.txt",
            content=text.encode(),
            language="en",
            screening=screening.model_dump(mode="json"),
        )
    return f"/screening/{found.token}/"


def submission_comment(personas: Personas) -> int:
    """A civil-society partner's comment on organisation A's submission (written on first
    use)."""
    from napkit.monitoring.models import Submission, SubmissionComment

    submission(personas, "mod")
    found = SubmissionComment.objects.filter(submission__round__plan=personas.record).first()
    if found is None:
        found = SubmissionComment.objects.create(
            submission=Submission.objects.get(round__plan=personas.record, organisation="mod"),
            indicator="I-MOD",
            author=personas.users["partner"],
            author_name="partner",
            text="Is this figure from the payroll?",
        )
    return found.pk


def submission(personas: Personas, organisation: str) -> str:
    from napkit.monitoring.models import Submission

    opened(personas)
    found = Submission.objects.get(round__plan=personas.record, organisation=organisation)
    return f"{P}/monitoring/submissions/{found.pk}/"


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.label}-{i}" for i, r in enumerate(ROWS)])
def test_status(row: Row) -> None:
    personas = make_personas(PLAN, publish=row.published)
    path = row.path(personas)
    got = {}
    for persona in PERSONAS:
        # Each persona acts on the same starting state: its writes are rolled back.
        with transaction.atomic():
            client: Client = personas.client(persona)
            if row.method == "GET":
                got[persona] = client.get(path).status_code
            elif row.method == "PATCH":
                got[persona] = client.patch(
                    path, json.dumps(row.data), content_type="application/json"
                ).status_code
            elif row.json:
                got[persona] = client.post(
                    path, json.dumps(row.data), content_type="application/json"
                ).status_code
            else:
                got[persona] = client.post(path, row.data or {}).status_code
            transaction.set_rollback(True)
    assert got == row.expected


def _names(patterns: list[URLPattern | URLResolver]) -> set[str]:
    found: set[str] = set()
    for p in patterns:
        if isinstance(p, URLResolver):
            found |= _names(p.url_patterns)
        elif p.name:
            found.add(p.name)
    return found


def test_every_url_has_rows() -> None:
    names = _names(get_resolver().url_patterns)
    covered = {r.name for r in ROWS}
    assert names - covered == set(), "URLs without a row in the permission table"


# --- what a focal point reads: its organisation's part, on every page ------------------

SECRET = "Unpublished-Xq7 draft"


def _with_secrets() -> Personas:
    """The matrix plan published, then changed in its working copy: organisation A's
    activity and indicator, and the plan's own sections, hold text nobody published."""
    from napkit.plans import services

    personas = make_personas(PLAN, publish=True)
    data = planfile.to_data(PLAN)
    output = data["objectives"][0]["outputs"][0]
    output["activities"][0]["description"] = f"{SECRET} (A-MOD)"
    output["indicators"][0]["definition"] = f"{SECRET} (I-MOD)"
    data["risks"][0]["title"] = f"{SECRET} (risk)"
    data["governance"] = {"bodies": [{"id": "B1", "name": f"{SECRET} (body)"}]}
    services.import_plans([type(PLAN).model_validate(data)], replace=True)
    return personas


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r.method == "GET" and not r.published], ids=lambda r: r.label
)
def test_no_page_shows_a_focal_point_another_organisations_draft(row: Row) -> None:
    """Every GET address in the table above, as organisation B's focal point, with A's
    items and the plan's sections changed but not published: none of it shows (a new view
    reading the working copy without ``working_copy_for`` fails here)."""
    personas = _with_secrets()
    path = row.path(personas)
    body = personas.client("focal_b").get(path).content.decode(errors="replace")
    assert SECRET not in body
    # and organisation A's focal point does read its own draft where it reads the plan
    if path == f"{P}/":
        assert f"{SECRET} (A-MOD)" in personas.client("focal_a").get(path).content.decode()
