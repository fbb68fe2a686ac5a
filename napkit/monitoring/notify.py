"""Email telling people what to do next: a submission returned (to its focal points),
submitted (to the plan's coordinators), a round opened (to the focal points who report in
it), a comment on an item (to the focal points of the organisations working on it, or the
coordinators), a comment on a submission (to its organisation's focal points and the
plan's coordinators), and ``napkit remind``'s reminders and late notices.

Mail goes out after the transaction commits (``transaction.on_commit``), so nobody is told
of a step that was rolled back, and a mail server that fails only writes to the log: the
person's action has already succeeded and must not be undone for a notice. People without
an email address (Django's ``User.email``) are sent nothing. Messages are written in the
server's language (``LANGUAGE_CODE``), not the actor's: the reader is someone else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

from napkit.accounts.models import PlanRole, Role
from napkit.core.plan import display
from napkit.core.plan.index import index
from napkit.monitoring.models import ReportingRound, Submission, SubmissionComment
from napkit.plans import queries as plan_queries
from napkit.plans.models import Comment, Plan

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str


def link(path: str) -> str:
    """An address in this napkit, for a message read outside any web request."""
    return settings.SITE_URL.rstrip("/") + path


def deliver(mails: Iterable[Mail]) -> int:
    """Send each message on its own (one bad address does not stop the others); how many
    went. A failure is logged, never raised."""
    sent = 0
    for mail in mails:
        try:
            EmailMessage(mail.subject, mail.body, None, [mail.to]).send()
        except Exception:  # any backend error: the log says which message, nobody is blocked
            logger.exception("could not send %r to %s", mail.subject, mail.to)
        else:
            sent += 1
    return sent


def after_commit(make: Callable[[], list[Mail]]) -> None:
    """Work out the messages and send them once the current transaction has committed."""

    def run() -> None:
        try:
            with translation.override(settings.LANGUAGE_CODE):
                mails = make()
        except Exception:  # reading who to tell failed: the action itself stands
            logger.exception("could not prepare notifications")
            return
        deliver(mails)

    transaction.on_commit(run)


def addresses(record: Plan, role: Role, organisation: str | None = None) -> list[str]:
    """The email addresses of the plan's active people in ``role`` (for an organisation)."""
    found = PlanRole.objects.filter(plan=record, role=role, user__is_active=True).exclude(
        user__email=""
    )
    if organisation is not None:
        found = found.filter(organisation=organisation)
    return sorted(set(found.values_list("user__email", flat=True)))


def _names(record: Plan) -> dict[str, str]:
    return display.short_names(plan_queries.working_copy(record))


def _submission_link(submission: Submission) -> str:
    return link(reverse("submission-detail", args=[submission.round.plan.key, submission.pk]))


def _date(day: object) -> str:
    return formats.date_format(day, "DATE_FORMAT")


# --- the events --------------------------------------------------------------------


def returned(submission: Submission, reason: str) -> None:
    """A submission returned for changes: its organisation's focal points."""

    def make() -> list[Mail]:
        round_ = submission.round
        organisation = _names(round_.plan).get(submission.organisation, submission.organisation)
        subject = _("Returned for changes: %(organisation)s, %(round)s") % {
            "organisation": organisation,
            "round": round_.label,
        }
        body = _(
            "Your submission for %(round)s was returned for changes.\n\n"
            "Why: %(reason)s\n\nFix it and submit it again by %(deadline)s:\n%(link)s\n"
        ) % {
            "round": round_.label,
            "reason": reason,
            "deadline": _date(round_.deadline),
            "link": _submission_link(submission),
        }
        return [
            Mail(a, subject, body)
            for a in addresses(round_.plan, Role.FOCAL_POINT, submission.organisation)
        ]

    after_commit(make)


def submitted(submission: Submission) -> None:
    """A submission sent for review: the plan's coordinators."""

    def make() -> list[Mail]:
        round_ = submission.round
        organisation = _names(round_.plan).get(submission.organisation, submission.organisation)
        subject = _("To review: %(organisation)s, %(round)s") % {
            "organisation": organisation,
            "round": round_.label,
        }
        body = _("%(organisation)s submitted its report for %(round)s. Review it:\n%(link)s\n") % {
            "organisation": organisation,
            "round": round_.label,
            "link": _submission_link(submission),
        }
        return [Mail(a, subject, body) for a in addresses(round_.plan, Role.COORDINATOR)]

    after_commit(make)


def round_opened(round_: ReportingRound) -> None:
    """A new round: the focal points of every organisation that reports in it."""

    def make() -> list[Mail]:
        mails = []
        for submission in round_.submissions.all():
            subject = _("New reporting round: %(round)s") % {"round": round_.label}
            body = _(
                "The reporting round %(round)s of %(plan)s opens on %(opens)s. Your "
                "organisation's report is due by %(deadline)s:\n%(link)s\n"
            ) % {
                "round": round_.label,
                "plan": round_.plan.title,
                "opens": _date(round_.opens),
                "deadline": _date(round_.deadline),
                "link": link(reverse("submission-detail", args=[round_.plan.key, submission.pk])),
            }
            mails += [
                Mail(a, subject, body)
                for a in addresses(round_.plan, Role.FOCAL_POINT, submission.organisation)
            ]
        return mails

    after_commit(make)


def comment_added(comment: Comment) -> None:
    """A comment: the focal points of the organisations working on its item, or, when
    none does (or it is on the plan as a whole), the plan's coordinators. Never its author."""

    def make() -> list[Mail]:
        record = comment.plan
        plan = plan_queries.working_copy(record)
        on = index(plan)
        organisations = [
            o.id for o in plan.organisations if comment.item in on.organisation_items(o.id)
        ]
        found: set[str] = set()
        for organisation in organisations if comment.item else []:
            found.update(addresses(record, Role.FOCAL_POINT, organisation))
        if not found:
            found.update(addresses(record, Role.COORDINATOR))
        author = getattr(comment.author, "email", "")
        path = (
            reverse("item-comments", args=[record.key, comment.item])
            if comment.item
            else reverse("plan-comments", args=[record.key])
        )
        subject = _("New comment on %(item)s (%(plan)s)") % {
            "item": comment.item or _("the plan"),
            "plan": record.title,
        }
        body = _("%(author)s wrote:\n\n%(body)s\n\nAnswer or resolve it:\n%(link)s\n") % {
            "author": comment.author_name,
            "body": comment.body,
            "link": link(path),
        }
        return [Mail(a, subject, body) for a in sorted(found) if a != author]

    after_commit(make)


def submission_comment(comment: SubmissionComment) -> None:
    """A comment on a submission (a new thread or an answer): the focal points of the
    organisation that submitted it and the plan's coordinators. Never its author."""

    def make() -> list[Mail]:
        submission = comment.submission
        round_ = submission.round
        record = round_.plan
        organisation = _names(record).get(submission.organisation, submission.organisation)
        found = set(addresses(record, Role.FOCAL_POINT, submission.organisation))
        found.update(addresses(record, Role.COORDINATOR))
        author = getattr(comment.author, "email", "")
        args = [record.key, submission.pk]
        path = (
            reverse("submission-value-comments", args=[*args, comment.on])
            if comment.on
            else reverse("submission-detail", args=args)
        )
        subject = _("New comment on %(organisation)s, %(round)s (%(on)s)") % {
            "organisation": organisation,
            "round": round_.label,
            "on": comment.on or _("the submission"),
        }
        body = _("%(author)s wrote:\n\n%(body)s\n\nAnswer or resolve it:\n%(link)s\n") % {
            "author": comment.author_name,
            "body": comment.text,
            "link": link(f"{path}#comment-{comment.pk}"),
        }
        return [Mail(a, subject, body) for a in sorted(found) if a != author]

    after_commit(make)
