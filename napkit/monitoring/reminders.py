"""What ``napkit remind`` sends, run once a day from cron: a reminder to the focal points of
each organisation whose submission is still to fill in (or to fix) a few days before the
round's deadline, and a late notice once the deadline has passed, repeated every few days
while it stays late.

Each message sent is recorded (``Reminder``): a second run on the same day sends nothing,
a reminder goes once per submission and address, a late notice at most once every
``late_every`` days. A message that could not be sent is not recorded, so the next run
tries again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from napkit.accounts.models import PlanRole, Role
from napkit.core.plan import display
from napkit.monitoring.models import EDITABLE, Reminder, Submission
from napkit.monitoring.notify import Mail, deliver, link
from napkit.plans import queries as plan_queries

DAYS_BEFORE = 3
LATE_EVERY = 7


@dataclass(frozen=True)
class Notice:
    submission: Submission
    kind: str  # Reminder.BEFORE or Reminder.LATE
    mail: Mail
    plan: str
    round: str
    organisation: str


def due(today: date, days_before: int = DAYS_BEFORE, late_every: int = LATE_EVERY) -> list[Notice]:
    """Every message a run on ``today`` sends, none of which was already sent."""
    window = today + timedelta(days=days_before)
    found = list(
        Submission.objects.filter(
            round__closed_at__isnull=True,
            round__opens__lte=today,
            round__deadline__lte=window,
            status__in=EDITABLE,
        )
        .select_related("round", "round__plan")
        .order_by("round__deadline", "round__plan__key", "round__key", "organisation")
    )
    if not found:
        return []
    people = _focal_points({s.round.plan_id for s in found})
    sent = _already_sent(found, today, late_every)
    out = []
    with translation.override(settings.LANGUAGE_CODE):
        names: dict[int, dict[str, str]] = {}
        for s in found:
            record = s.round.plan
            if record.pk not in names:
                names[record.pk] = display.short_names(plan_queries.working_copy(record))
            kind = Reminder.LATE if s.round.deadline < today else Reminder.BEFORE
            organisation = names[record.pk].get(s.organisation, s.organisation)
            subject, body = _text(s, kind, organisation, today)
            for address in people.get((record.pk, s.organisation), []):
                if (s.pk, kind, address) in sent:
                    continue
                out.append(
                    Notice(
                        s,
                        kind,
                        Mail(address, subject, body),
                        record.key,
                        s.round.label,
                        organisation,
                    )
                )
    return out


def _focal_points(plans: set[int]) -> dict[tuple[int, str], list[str]]:
    """Focal points' addresses by (plan, organisation), in one query."""
    rows = (
        PlanRole.objects.filter(plan_id__in=plans, role=Role.FOCAL_POINT, user__is_active=True)
        .exclude(user__email="")
        .exclude(organisation="")
        .values_list("plan_id", "organisation", "user__email")
        .order_by("user__email")
    )
    out: dict[tuple[int, str], list[str]] = {}
    for plan, organisation, address in rows:
        found = out.setdefault((plan, organisation), [])
        if address not in found:
            found.append(address)
    return out


def _already_sent(
    submissions: list[Submission], today: date, late_every: int
) -> set[tuple[int, str, str]]:
    """(submission, kind, address) not to send again: any reminder before the deadline,
    and a late notice sent within the last ``late_every`` days."""
    recent = today - timedelta(days=max(late_every, 1) - 1)
    rows = Reminder.objects.filter(submission__in=submissions).filter(
        Q(kind=Reminder.BEFORE) | Q(kind=Reminder.LATE, day__gte=recent)
    )
    return set(rows.values_list("submission_id", "kind", "address"))


def _text(submission: Submission, kind: str, organisation: str, today: date) -> tuple[str, str]:
    round_ = submission.round
    values = {
        "organisation": organisation,
        "round": round_.label,
        "plan": round_.plan.title,
        "deadline": round_.deadline.isoformat(),
        "days": (round_.deadline - today).days,
        "link": link(reverse("submission-detail", args=[round_.plan.key, submission.pk])),
    }
    if kind == Reminder.LATE:
        subject = _("Late: %(organisation)s, %(round)s") % values
        body = _(
            "The report of %(organisation)s for %(round)s (%(plan)s) was due on %(deadline)s "
            "and has not been submitted. Fill it in and submit it:\n%(link)s\n"
        )
    else:
        subject = _("Due by %(deadline)s: %(organisation)s, %(round)s") % values
        body = _(
            "The report of %(organisation)s for %(round)s (%(plan)s) is due on "
            "%(deadline)s. Fill it in and submit it:\n%(link)s\n"
        )
    if submission.status == "returned":
        body = _("It was returned for changes.") + " " + body
    return subject, body % values


def send(notices: list[Notice], today: date) -> int:
    """Send each notice and record it once sent; how many went."""
    sent = 0
    for notice in notices:
        if not deliver([notice.mail]):
            continue
        try:
            with transaction.atomic():
                Reminder.objects.create(
                    submission=notice.submission,
                    kind=notice.kind,
                    address=notice.mail.to,
                    day=today,
                )
        except IntegrityError:  # another run recorded it in between: it went twice, once
            pass
        sent += 1
    return sent
