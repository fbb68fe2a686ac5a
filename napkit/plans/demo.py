"""Demo comments on the demo plan's working copy: a partner's remarks on a draft, the
answers of a coordinator and a focal point, one thread already resolved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from napkit.plans.models import Comment, Plan


@dataclass(frozen=True)
class DemoComment:
    author: str
    item: str  # "" for the plan as a whole
    body: str
    days_ago: int
    resolved_by: str = ""


COMMENTS = (
    DemoComment(
        "partner",
        "A5.1.2.1",
        "An internal mechanism will not be trusted by women soldiers. We ask that the "
        "complaints mechanism sit outside the chain of command and report each year to "
        "the parliamentary defence committee, with figures disaggregated by sex and rank.",
        21,
    ),
    DemoComment(
        "focal.mod",
        "A5.1.2.1",
        "Agreed on independence: the draft decree places the mechanism under the "
        "Ombudsperson. Annual reporting to the committee can be added to the activity.",
        18,
    ),
    DemoComment(
        "partner",
        "OP3.1.1-i1",
        "Counting certified officers says little about survivors' experience. Could a "
        "second indicator follow the share of cases referred to specialised units?",
        12,
    ),
    DemoComment(
        "partner",
        "",
        "The network would like the draft's budget annex before the next coordination "
        "meeting, so that our members can comment on the costing of pillar 3.",
        9,
        resolved_by="coordinator",
    ),
    DemoComment(
        "coordinator",
        "",
        "Budget annex shared with all members of the coordination body; "
        "comments are welcome until the end of the month.",
        8,
    ),
)


def load(key: str = "valdoria-nap-2025", now: datetime | None = None) -> int:
    """Replace the plan's comments with the demo's; returns how many were written."""
    now = now or timezone.now()
    record = Plan.objects.get(key=key)
    users = {u.username: u for u in get_user_model().objects.all()}
    with transaction.atomic():
        Comment.objects.filter(plan=record).delete()
        for spec in COMMENTS:
            at = now - timedelta(days=spec.days_ago)
            made = Comment.objects.create(
                plan=record,
                item=spec.item,
                author=users.get(spec.author),
                author_name=spec.author,
                body=spec.body,
                resolved_at=at + timedelta(days=1) if spec.resolved_by else None,
                resolved_by=users.get(spec.resolved_by) if spec.resolved_by else None,
            )
            # auto_now_add sets the time of writing; the demo dates its threads in the past.
            Comment.objects.filter(pk=made.pk).update(created_at=at)
    return len(COMMENTS)
