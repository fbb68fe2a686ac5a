"""Comments on a submission: threads on the submission as a whole and on each of its
values, answered, resolved, and read beside the values and in the review timeline.

Who reads, writes and resolves is ``accounts.permissions``'s rule; the functions that
write check it again (``NotAllowed``), whatever the view did. A thread is its first
comment and the answers to it; it is resolved or open as a whole, and an answer to a
resolved thread opens it again (someone has more to say). A comment names the value it
is on by the value's id (an indicator, an activity, a budget line of the organisation's
part of the plan); one on a value no longer in that part keeps its thread, marked as gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from napkit.accounts import permissions
from napkit.accounts.permissions import Access
from napkit.core.monitoring.submissions import coverage
from napkit.core.plan import model as core
from napkit.monitoring import notify
from napkit.monitoring.models import Event, Submission, SubmissionComment
from napkit.plans.comments import CommentForm

KINDS = ("indicator", "activity", "budget_line")
KIND_LABELS = {
    "indicator": _("indicator"),
    "activity": _("activity"),
    "budget_line": _("budget line"),
}


class NotAllowed(Exception):
    """The user may not do this (views answer 404 before it comes to this)."""


SubmissionCommentForm = CommentForm  # the same field, label and limits as on the plan


@dataclass(frozen=True)
class Value:
    """What a thread is on: one value of the submission, or ('' id) the whole of it."""

    id: str
    kind: str  # indicator, activity, budget_line; "" for the whole submission
    label: str
    exists: bool = True

    @property
    def kind_name(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))


WHOLE = Value("", "", "")


def values(plan: core.Plan, organisation: str) -> dict[str, Value]:
    """The values one may comment on in ``organisation``'s submission, by id."""
    covered = coverage(plan, organisation)
    found = {i.id: Value(i.id, "indicator", str(i.name)) for i in covered.indicators}
    found.update({a.id: Value(a.id, "activity", str(a.title)) for a in covered.activities})
    found.update(
        {b.id: Value(b.id, "budget_line", b.description or b.id) for b in covered.budget_lines}
    )
    return found


def value_of(plan: core.Plan, submission: Submission, item: str) -> Value:
    if not item:
        return WHOLE
    return values(plan, submission.organisation).get(item) or Value(item, "", "", exists=False)


# --- writing -------------------------------------------------------------------------


def add(
    access: Access,
    plan: core.Plan,
    submission: Submission,
    user: object,
    text: str,
    *,
    on: Value = WHOLE,
    reply_to: SubmissionComment | None = None,
) -> SubmissionComment:
    """A new thread on ``on`` or (``reply_to``) an answer in that comment's thread."""
    if not permissions.may_comment_on_submission(access, plan, submission.organisation):
        raise NotAllowed
    fields = {"indicator": "", "activity": "", "budget_line": ""}
    root = None
    if reply_to is not None:
        if reply_to.submission_id != submission.pk:
            raise NotAllowed
        root = reply_to.reply_to if reply_to.reply_to_id else reply_to
        assert root is not None
        fields.update(
            indicator=root.indicator, activity=root.activity, budget_line=root.budget_line
        )
    elif on.id:
        if not on.exists or on.kind not in KINDS:
            raise NotAllowed
        fields[on.kind] = on.id
    with transaction.atomic():
        comment = SubmissionComment.objects.create(
            submission=submission,
            reply_to=root,
            author=user,
            author_name=getattr(user, "username", ""),
            text=text.strip(),
            **fields,
        )
        if root is not None and root.resolved:
            _set(root, None, resolved=False)
        notify.submission_comment(comment)
    return comment


def set_resolved(
    access: Access,
    plan: core.Plan,
    comment: SubmissionComment,
    user: object,
    resolved: bool,
) -> SubmissionComment:
    """Resolve or reopen the thread ``comment`` is in; the same twice changes nothing."""
    root = comment.reply_to if comment.reply_to_id else comment
    assert root is not None
    organisation = comment.submission.organisation
    if not permissions.may_resolve_submission_comment(
        access, plan, organisation, user, root.author_id
    ):
        raise NotAllowed
    if root.resolved != resolved:
        _set(root, user, resolved=resolved)
    return root


def _set(root: SubmissionComment, user: object, *, resolved: bool) -> None:
    root.resolved_at = timezone.now() if resolved else None
    root.resolved_by = user if resolved else None  # type: ignore[assignment]
    root.save(update_fields=["resolved_at", "resolved_by"])


# --- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class CommentView:
    id: int
    author: str
    text: str
    at: datetime


@dataclass(frozen=True)
class ThreadView:
    """A first comment, its answers, and whether it is resolved."""

    first: CommentView
    replies: list[CommentView]
    resolved_at: datetime | None
    resolved_by: str
    can_resolve: bool

    @property
    def id(self) -> int:
        return self.first.id


@dataclass
class Discussion:
    """One value's threads (or the whole submission's)."""

    value: Value
    threads: list[ThreadView] = field(default_factory=list)

    @property
    def open(self) -> int:
        return sum(1 for t in self.threads if t.resolved_at is None)

    @property
    def resolved(self) -> int:
        return len(self.threads) - self.open


@dataclass
class Discussions:
    """Every thread of a submission the user reads, and what they may do."""

    by_value: dict[str, Discussion]  # '' the whole submission
    can_read: bool
    can_comment: bool
    comments: list[SubmissionComment]  # in the order written, for the timeline

    def of(self, item: str) -> Discussion:
        return self.by_value.get(item) or Discussion(WHOLE if not item else Value(item, "", ""))

    @property
    def open(self) -> int:
        return sum(d.open for d in self.by_value.values())

    @property
    def resolved(self) -> int:
        return sum(d.resolved for d in self.by_value.values())


def discussions(
    access: Access, plan: core.Plan, submission: Submission, user: object
) -> Discussions:
    """The submission's threads, grouped by value, in one query (none when the user does
    not read them)."""
    organisation = submission.organisation
    if not permissions.may_read_submission_comments(access, organisation):
        return Discussions({}, False, False, [])
    rows = list(
        SubmissionComment.objects.filter(submission=submission).select_related("resolved_by")
    )
    known = values(plan, organisation)
    replies: dict[int, list[CommentView]] = {}
    for c in rows:
        if c.reply_to_id:
            replies.setdefault(c.reply_to_id, []).append(_view(c))
    found: dict[str, Discussion] = {}
    for c in rows:
        if c.reply_to_id:
            continue
        on = c.on
        value = WHOLE if not on else known.get(on) or Value(on, "", "", exists=False)
        found.setdefault(on, Discussion(value)).threads.append(
            ThreadView(
                first=_view(c),
                replies=replies.get(c.pk, []),
                resolved_at=c.resolved_at,
                resolved_by=c.resolved_by.username if c.resolved_by else "",
                can_resolve=permissions.may_resolve_submission_comment(
                    access, plan, organisation, user, c.author_id
                ),
            )
        )
    return Discussions(
        found,
        True,
        permissions.may_comment_on_submission(access, plan, organisation),
        rows,
    )


def _view(c: SubmissionComment) -> CommentView:
    return CommentView(c.pk, c.author_name, c.text, c.created)


# --- the review timeline --------------------------------------------------------------


@dataclass(frozen=True)
class Moment:
    """One line of the review timeline: a step of the workflow, a comment, or a thread
    resolved."""

    at: datetime
    kind: str  # event, comment, resolved
    who: str
    event: Event | None = None
    comment: int = 0  # the comment's id (of the thread's first comment when resolved)
    on: str = ""  # the value's id, '' for the whole submission
    text: str = ""
    reply: bool = False


def timeline(events: Iterable[Event], comments: Iterable[SubmissionComment]) -> list[Moment]:
    """Workflow steps, comments and resolutions, oldest first (a step before a comment
    made at the same moment)."""
    out = [Moment(e.at, "event", e.username, event=e) for e in events]
    for c in comments:
        out.append(
            Moment(
                c.created,
                "comment",
                c.author_name,
                comment=c.pk,
                on=c.on,
                text=c.text,
                reply=bool(c.reply_to_id),
            )
        )
        if c.resolved_at is not None and not c.reply_to_id:
            who = c.resolved_by.username if c.resolved_by else ""
            out.append(Moment(c.resolved_at, "resolved", who, comment=c.pk, on=c.on))
    order = {"event": 0, "comment": 1, "resolved": 2}
    return sorted(out, key=lambda m: (m.at, order[m.kind]))
