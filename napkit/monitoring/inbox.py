"""A person's inbox: what waits for them on every plan they have a role on, each entry
linking to where the work is done.

- focal points: their organisation's submissions returned for changes (the reason on top)
  and those still to fill in;
- coordinators and administrators (and site administrators, on every plan): submissions
  awaiting review, and open rounds whose deadline is near or past;
- everyone who may comment: open comments addressed to them, on plans and on submissions
  (see ``_comments``);
- coordinators, and focal points for their organisation: overdue action items of the
  plan's coordination bodies.

A fixed number of queries whatever the number of plans, rounds and submissions: the roles,
the plans' documents not yet parsed, the submissions, the rounds, the comments on plans
and on submissions (a count and a page each). A new kind of work is one more function
returning entries, added to ``build``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import reduce
from operator import or_

from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from napkit.accounts import permissions
from napkit.accounts.models import PlanRole, Role
from napkit.accounts.permissions import Access
from napkit.core.monitoring.workflow import Step
from napkit.core.plan import display
from napkit.core.plan.model import Plan as CorePlan
from napkit.monitoring.models import (
    EDITABLE,
    IN_REVIEW,
    Event,
    ReportingRound,
    Submission,
    SubmissionComment,
)
from napkit.monitoring.models import Status as SubmissionStatus
from napkit.plans import comments as plan_comments
from napkit.plans import documents
from napkit.plans import queries as plan_queries
from napkit.plans.models import Comment, Plan

SOON = timedelta(days=14)  # an open round whose deadline is this near is "closing soon"
SHOWN = 25  # entries listed per section; the section says how many more there are


@dataclass(frozen=True)
class Entry:
    title: str
    detail: str
    url: str
    due: date | None = None
    late: bool = False
    status: str = ""  # a submission's status (its badge), or ""
    status_label: str = ""
    reason: str = ""  # why it was returned, shown first
    note: str = ""


@dataclass(frozen=True)
class Section:
    key: str  # fix, review, fill, rounds, comments: the section's id on the page
    title: str
    entries: list[Entry]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.entries)


@dataclass(frozen=True)
class Inbox:
    sections: list[Section] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(s.total for s in self.sections)


@dataclass
class Scope:
    """The plans a person works on and as what."""

    plans: dict[int, Plan] = field(default_factory=dict)
    editor: set[int] = field(default_factory=set)  # coordinators, administrators
    focal: dict[int, str] = field(default_factory=dict)  # plan -> organisation
    commenter: set[int] = field(default_factory=set)
    documents: dict[int, CorePlan] = field(default_factory=dict)


def scope_of(user: object) -> Scope:
    found = Scope()
    if not getattr(user, "is_authenticated", False):
        return found
    roles = PlanRole.objects.filter(user=user).select_related("plan").defer("plan__document")
    for role in roles:
        pk = role.plan_id
        found.plans[pk] = role.plan
        if role.role in (Role.COORDINATOR, Role.ADMINISTRATOR):
            found.editor.add(pk)
        elif role.role == Role.FOCAL_POINT and role.organisation:
            found.focal[pk] = role.organisation
        if role.role != Role.VIEWER:
            found.commenter.add(pk)
    if permissions.manages_accounts(user):  # a site administrator reviews on every plan
        for record in Plan.objects.light().listed():
            found.plans.setdefault(record.pk, record)
            found.editor.add(record.pk)
            found.commenter.add(record.pk)
            found.focal.pop(record.pk, None)
    return found


def _load_documents(scope: Scope) -> None:
    """Every plan's working copy: those not parsed yet in this process, read in one query."""
    missing = []
    for pk, record in scope.plans.items():
        parsed = documents.get(("working", record.revision))
        if parsed is None:
            missing.append(pk)
        else:
            scope.documents[pk] = parsed
    for record in Plan.objects.filter(pk__in=missing) if missing else []:
        scope.documents[record.pk] = plan_queries.working_copy(record)


def build(user: object, today: date) -> Inbox:
    scope = scope_of(user)
    if not scope.plans:
        return Inbox()
    _load_documents(scope)
    fix, fill, review = _submissions(scope, today)
    sections = [
        _section("fix", _("Returned to you for changes"), fix),
        _section("review", _("Awaiting your review"), review),
        _section("fill", _("To fill in and submit"), fill),
        _section("rounds", _("Rounds closing soon or overdue"), _rounds(scope, today)),
        _section("actions", _("Overdue action items"), _action_items(scope, today)),
        _comments(user, scope),
    ]
    return Inbox([s for s in sections if s.total])


def _section(key: str, title: str, entries: list[Entry]) -> Section:
    return Section(key, title, entries[:SHOWN], len(entries))


def _names(scope: Scope, pk: int) -> dict[str, str]:
    document = scope.documents.get(pk)
    return display.short_names(document) if document else {}


# --- submissions -------------------------------------------------------------------


def _submissions(scope: Scope, today: date) -> tuple[list[Entry], list[Entry], list[Entry]]:
    """The focal points' own submissions to fix or fill, and those awaiting review."""
    wanted = []
    if scope.editor:
        wanted.append(Q(round__plan_id__in=scope.editor, status__in=IN_REVIEW))
    wanted += [
        Q(round__plan_id=pk, organisation=organisation, status__in=EDITABLE)
        for pk, organisation in scope.focal.items()
    ]
    if not wanted:
        return [], [], []
    why = Event.objects.filter(
        submission=OuterRef("pk"), action__in=[Event.RETURNED, Event.REOPENED]
    ).order_by("-at", "-pk")
    found = (
        Submission.objects.filter(reduce(or_, wanted))
        .select_related("round")
        .annotate(why=Subquery(why.values("reason")[:1]))
        .order_by("round__deadline", "round_id", "organisation")
    )
    fix, fill, review = [], [], []
    for s in found:
        pk = s.round.plan_id
        record = scope.plans[pk]
        entry = Entry(
            title=f"{_names(scope, pk).get(s.organisation, s.organisation)} · {s.round.label}",
            detail=record.title,
            url=reverse("submission-detail", args=[record.key, s.pk]),
            due=s.round.deadline,
            late=s.round.deadline < today,
            status=s.status,
            status_label=s.get_status_display(),
            reason=(s.why or "") if s.status == SubmissionStatus.RETURNED else "",  # type: ignore[attr-defined]
        )
        if s.status in IN_REVIEW:
            if s.may(Step.APPROVE):
                review.append(entry)
        elif s.may(Step.EDIT):  # a closed round's drafts are nobody's work any more
            (fix if s.status == SubmissionStatus.RETURNED else fill).append(entry)
    return fix, fill, review


def _rounds(scope: Scope, today: date) -> list[Entry]:
    """Open rounds of the plans one coordinates, deadline near or past, with how many
    submissions are not handed in yet."""
    if not scope.editor:
        return []
    found = (
        ReportingRound.objects.filter(
            plan_id__in=scope.editor, closed_at__isnull=True, deadline__lte=today + SOON
        )
        .annotate(
            total=Count("submissions"),
            waiting=Count("submissions", filter=Q(submissions__status__in=EDITABLE)),
        )
        .order_by("deadline", "pk")
    )
    out = []
    for r in found:
        record = scope.plans[r.plan_id]
        waiting, total = r.waiting, r.total  # type: ignore[attr-defined]
        out.append(
            Entry(
                title=r.label,
                detail=record.title,
                url=reverse("round-detail", args=[record.key, r.key]),
                due=r.deadline,
                late=r.deadline < today,
                note=ngettext(
                    "%(n)s of %(total)s submission not handed in",
                    "%(n)s of %(total)s submissions not handed in",
                    waiting,
                )
                % {"n": waiting, "total": total},
            )
        )
    return out


def _action_items(scope: Scope, today: date) -> list[Entry]:
    """Open action items of coordination bodies past their due date: every one on the plans
    one coordinates; a focal point's organisation's own. Read from the working copies
    already loaded, so no query. (Plans written before action items had owners and due
    dates hold none of either: nothing shows.)"""
    out = []
    for pk, document in scope.documents.items():
        editor, organisation = pk in scope.editor, scope.focal.get(pk)
        if not editor and organisation is None:
            continue
        record = scope.plans[pk]
        for body in document.governance.bodies:
            for meeting in body.meetings:
                for action in meeting.action_items:
                    due, owner = getattr(action, "due", None), getattr(action, "owner", None)
                    status = str(getattr(action, "status", "open"))
                    if due is None or due >= today or status != "open":
                        continue
                    if not editor and owner != organisation:
                        continue
                    names = _names(scope, pk)
                    out.append(
                        Entry(
                            title=str(action.text),
                            # a focal point is not shown the coordination body's name: the
                            # governance section is not part of what they read
                            detail=f"{record.title} · {body.name}" if editor else record.title,
                            url=reverse("plan-detail", args=[record.key]) + f"#item-{meeting.id}",
                            due=due,
                            late=True,
                            note=names.get(owner, owner or ""),
                        )
                    )
    return sorted(out, key=lambda e: (e.due or today, e.title))


# --- comments ----------------------------------------------------------------------


def _comments(user: object, scope: Scope) -> Section:
    """Open comments by others addressed to this person: on any item of a plan they
    coordinate; for a focal point, on their organisation's items; for anyone, on a thread
    they wrote in."""
    title = _("Comments for you")
    if not scope.commenter:
        return Section("comments", title, [], 0)
    wanted = [Q(plan_id__in=scope.editor)] if scope.editor else []
    for pk, organisation in scope.focal.items():
        document = scope.documents.get(pk)
        if document is not None:
            keys = permissions.organisation_keys(document, organisation)
            wanted.append(Q(plan_id=pk, item__in=sorted(keys)))
    took_part = Comment.objects.filter(plan=OuterRef("plan"), item=OuterRef("item"), author=user)
    wanted.append(Q(plan_id__in=scope.commenter) & Exists(took_part))
    found = (
        Comment.objects.open()
        .filter(plan_id__in=scope.commenter)
        .filter(reduce(or_, wanted))
        .exclude(author=user)  # type: ignore[misc]
        .order_by("-created_at", "-pk")
    )
    total = found.count()
    entries: list[tuple[datetime, Entry]] = []
    for c in found[:SHOWN] if total else []:
        record = scope.plans[c.plan_id]
        document = scope.documents.get(c.plan_id)
        if document is not None and c.item and _hidden(scope, c.plan_id, document, c.item):
            total -= 1
            continue
        subject = plan_comments.subject_of(document, c.item) if document else None
        label = subject.label if subject and subject.exists else c.item
        entries.append(
            (
                c.created_at,
                Entry(
                    title=f"{c.item} {label}".strip() if c.item else record.title,
                    detail=record.title,
                    url=(
                        reverse("item-comments", args=[record.key, c.item])
                        if c.item
                        else reverse("plan-comments", args=[record.key])
                    ),
                    note=f"{c.author_name}: {Truncator(c.body).chars(160)}",
                ),
            )
        )
    more, on_submissions = _submission_comments(user, scope)
    merged = sorted([*entries, *on_submissions], key=lambda pair: pair[0], reverse=True)
    return Section("comments", title, [e for _at, e in merged[:SHOWN]], total + more)


def _submission_comments(user: object, scope: Scope) -> tuple[int, list[tuple[datetime, Entry]]]:
    """Comments in open threads on submissions, by others, addressed to this person: on
    every submission of a plan they coordinate; for a focal point, on their organisation's;
    for a partner, in a thread they wrote in. (A count and a page: two queries.)"""
    plan = "submission__round__plan_id"
    wanted = [Q(**{f"{plan}__in": scope.editor})] if scope.editor else []
    wanted += [
        Q(**{plan: pk, "submission__organisation": organisation})
        for pk, organisation in scope.focal.items()
    ]
    others = scope.commenter - scope.editor - set(scope.focal)
    if others:
        took_part = SubmissionComment.objects.filter(author=user).filter(
            Q(pk=OuterRef("thread")) | Q(reply_to_id=OuterRef("thread"))
        )
        wanted.append(Q(**{f"{plan}__in": others}) & Exists(took_part))
    if not wanted:
        return 0, []
    open_thread = Q(reply_to__isnull=True, resolved_at__isnull=True) | Q(
        reply_to__isnull=False, reply_to__resolved_at__isnull=True
    )
    found = (
        SubmissionComment.objects.annotate(thread=Coalesce("reply_to_id", "pk"))
        .filter(open_thread, **{f"{plan}__in": scope.commenter})
        .filter(reduce(or_, wanted))
        .exclude(author=user)  # type: ignore[misc]
        .select_related("submission__round")
        .order_by("-created", "-pk")
    )
    total = found.count()
    entries = []
    for c in found[:SHOWN] if total else []:
        submission = c.submission
        pk = submission.round.plan_id
        record = scope.plans[pk]
        organisation = _names(scope, pk).get(submission.organisation, submission.organisation)
        args = [record.key, submission.pk]
        path = (
            reverse("submission-value-comments", args=[*args, c.on])
            if c.on
            else reverse("submission-detail", args=args)
        )
        entries.append(
            (
                c.created,
                Entry(
                    title=f"{organisation} · {submission.round.label} · "
                    f"{c.on or _('the submission')}",
                    detail=record.title,
                    url=f"{path}#comment-{c.pk}",
                    note=f"{c.author_name}: {Truncator(c.text).chars(160)}",
                ),
            )
        )
    return total, entries


def _hidden(scope: Scope, pk: int, document: CorePlan, item: str) -> bool:
    """An item a focal point does not see (a thread they wrote in before their
    organisation's part changed): never shown, as on the plan's own pages."""
    organisation = scope.focal.get(pk)
    if organisation is None:
        return False
    access = Access(
        role=Role.FOCAL_POINT, organisation=organisation, superuser=False, published=True
    )
    return item in permissions.hidden_keys(access, document)
