"""Comments on the working copy: the form, writing and resolving, and what the pages show.

A civil-society partner reads drafts and says what they think of them; so do the plan's
coordinators and focal points. Each remark sits on one item (or on the plan as a whole),
and stays there after the item changes; a removed item keeps its thread, marked as gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django import forms
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from napkit.accounts import permissions
from napkit.accounts.permissions import Access
from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.monitoring import notify
from napkit.plans import queries
from napkit.plans.models import Comment, Plan
from napkit.plans.models.comments import MAX_COMMENT
from napkit.plans.pages import KIND_LABELS

STATES = ("open", "resolved", "all")


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=MAX_COMMENT,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write your comment first.")},
        help_text=_("Seen by the plan's team and partners, never by the public."),
    )


@dataclass(frozen=True)
class Subject:
    """What a thread is about: an item of the working copy, or the plan as a whole."""

    id: str  # "" for the plan as a whole
    kind: str
    label: str
    exists: bool = True

    @property
    def kind_name(self) -> str:
        return str(KIND_LABELS.get(self.kind, self.kind))


@dataclass(frozen=True)
class CommentView:
    id: int
    subject: Subject
    author: str
    body: str
    at: datetime
    resolved_at: datetime | None
    resolved_by: str
    can_resolve: bool


def subjects(plan: core.Plan) -> dict[str, Subject]:
    """Every item one may comment on, by id ('' for the plan as a whole)."""
    found = {
        f.id: Subject(f.id, f.kind, walk.item_label(f.item)) for f in walk.identified_items(plan)
    }
    found[""] = Subject("", "plan", plan.metadata.title)
    return found


def subject_of(plan: core.Plan, item: str) -> Subject:
    return subjects(plan).get(item) or Subject(item, "", "", exists=False)


def add(record: Plan, user: object, item: str, body: str) -> Comment:
    comment = Comment.objects.create(
        plan=record,
        item=item,
        author=user,
        author_name=getattr(user, "username", ""),
        body=body.strip(),
    )
    notify.comment_added(comment)
    return comment


def set_resolved(comment: Comment, user: object, resolved: bool) -> None:
    """Resolve or reopen; saying the same twice changes nothing (a double click is harmless)."""
    if comment.resolved == resolved:
        return
    comment.resolved_at = timezone.now() if resolved else None
    comment.resolved_by = user if resolved else None  # type: ignore[assignment]
    comment.save(update_fields=["resolved_at", "resolved_by"])


def open_counts(record: Plan, access: Access) -> dict[str, int]:
    """Open comments per item ('' for the plan as a whole) that this reader may see, in
    one query (what is hidden is judged on the whole working copy, never on a part)."""
    hidden = permissions.hidden_keys(access, queries.working_copy(record))
    return {k: n for k, n in _all_open_counts(record).items() if k not in hidden}


def _all_open_counts(record: Plan) -> dict[str, int]:
    rows = (
        Comment.objects.open().filter(plan=record).values("item").annotate(n=Count("id")).order_by()
    )
    return {r["item"]: r["n"] for r in rows}


def thread(
    record: Plan,
    plan: core.Plan,
    access: Access,
    user: object,
    *,
    item: str | None = None,
    state: str = "open",
) -> list[CommentView]:
    """The comments the user may read: on one item, or (``item`` None) on the whole plan."""
    found = Comment.objects.filter(plan=record).select_related("resolved_by")
    if item is not None:
        found = found.filter(item=item)
    if state == "open":
        found = found.open()
    elif state == "resolved":
        found = found.filter(resolved_at__isnull=False)
    hidden = permissions.hidden_keys(access, plan)
    known = subjects(plan)
    out = []
    for c in found:
        if c.item in hidden:
            continue
        subject = known.get(c.item) or Subject(c.item, "", "", exists=False)
        out.append(view_of(c, subject, access, user))
    return out


def view_of(c: Comment, subject: Subject, access: Access, user: object) -> CommentView:
    return CommentView(
        id=c.pk,
        subject=subject,
        author=c.author_name,
        body=c.body,
        at=c.created_at,
        resolved_at=c.resolved_at,
        resolved_by=c.resolved_by.username if c.resolved_by else "",
        can_resolve=permissions.may_resolve(access, user, c.author_id),
    )
