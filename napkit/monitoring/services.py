"""Writes of the monitoring cycle: opening rounds, saving, the review workflow, uploads.

Workflow: draft → submitted → returned (with a reason) → resubmitted → approved. Approved
data is locked; a coordinator can reopen it, with a reason. Every step is an ``Event``
(who, when, why), and every save checks the submission's version counter, so two people
filling in the same submission cannot overwrite each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from napkit.core.monitoring.submissions import Reported, reporting_organisations
from napkit.core.monitoring.submissions import Upload as CheckedUpload
from napkit.core.monitoring.workflow import Step, closed_only
from napkit.core.plan.model import Plan as CorePlan
from napkit.monitoring import approved, checks, notify
from napkit.monitoring.models import (
    EDITABLE,
    IN_REVIEW,
    ActivityReport,
    Event,
    IndicatorReport,
    ReportingRound,
    SpendingReport,
    Status,
    Submission,
)
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan
from napkit.plans.signals import public_changed


class WorkflowError(Exception):
    """A step the submission's state does not allow; the message says why."""


class StaleSubmission(WorkflowError):
    """Someone saved the submission since it was opened."""


def _who(user: object) -> dict[str, Any]:
    authenticated = getattr(user, "is_authenticated", False)
    return {
        "user": user if authenticated else None,
        "username": getattr(user, "username", "") if authenticated else "",
    }


def _event(submission: Submission, user: object, action: str, reason: str = "") -> None:
    Event.objects.create(submission=submission, action=action, reason=reason, **_who(user))


STEPS = {Event.RETURNED: Step.RETURN, Event.APPROVED: Step.APPROVE, Event.REOPENED: Step.REOPEN}


def _round_open_for(current: Submission, step: Step) -> None:
    """Refuse a step only a closed round forbids (``core.monitoring.workflow``, the one
    rule); a step the status forbids is refused by the caller, with its own message."""
    if closed_only(step, current.status, current.round.is_open):
        raise WorkflowError(
            _("The round %(round)s is closed: this submission can no longer be %(done)s.")
            % {"round": current.round.label, "done": DONE[step]}
        )


DONE = {
    Step.EDIT: gettext_lazy("changed"),
    Step.SUBMIT: gettext_lazy("submitted"),
    Step.RETURN: gettext_lazy("returned"),
    Step.APPROVE: gettext_lazy("approved"),
    Step.REOPEN: gettext_lazy("reopened"),
}


def open_round(
    user: object,
    record: Plan,
    *,
    label: str,
    period_start: date,
    period_end: date,
    opens: date,
    deadline: date,
    frequency: str = "custom",
) -> ReportingRound:
    """Open a round and give every organisation with something to report its submission."""
    if period_end < period_start:
        raise WorkflowError(_("The period ends before it starts."))
    if deadline < opens:
        raise WorkflowError(_("The deadline is before the round opens."))
    key = slugify(label) or period_start.isoformat()
    with transaction.atomic():
        if ReportingRound.objects.filter(plan=record, key=key).exists():
            raise WorkflowError(_("There is already a round called %(label)s.") % {"label": label})
        plan = plan_queries.working_copy(record)
        created = ReportingRound.objects.create(
            plan=record,
            key=key,
            label=label,
            frequency=frequency,
            period_start=period_start,
            period_end=period_end,
            opens=opens,
            deadline=deadline,
            created_by=_who(user)["user"],
        )
        for organisation in reporting_organisations(plan):
            submission = Submission.objects.create(round=created, organisation=organisation)
            _event(submission, user, Event.CREATED)
        notify.round_opened(created)
        return created


def close_round(user: object, round_: ReportingRound) -> None:
    round_.closed_at = timezone.now()
    round_.save(update_fields=["closed_at"])


def _locked(submission: Submission, expected: int | None) -> Submission:
    current = Submission.objects.select_for_update().select_related("round").get(pk=submission.pk)
    if expected is not None and current.version != expected:
        raise StaleSubmission(
            _(
                "Someone saved this submission since you opened it: reload it "
                "to see their changes. Your entries are still in the form."
            )
        )
    return current


@dataclass
class Entries:
    """What a reporter entered for a submission."""

    indicators: dict[str, Reported]
    assessments: dict[str, str]
    activities: dict[str, tuple[str, int | None, str]]  # status, % complete, note
    spending: dict[str, tuple[str, Decimal | None, Decimal | None, Decimal | None]]
    narrative: str = ""


def save(
    user: object, submission: Submission, entries: Entries, *, expected: int | None
) -> Submission:
    """Save a draft (or a returned submission being corrected)."""
    with transaction.atomic():
        current = _locked(submission, expected)
        _round_open_for(current, Step.EDIT)
        _editable(current)
        _write(current, entries)
        current.version += 1
        current.save()
        _event(current, user, Event.SAVED)
        return current


def _editable(current: Submission) -> None:
    if current.status not in EDITABLE:
        raise WorkflowError(
            _("This submission is %(status)s and cannot be changed.")
            % {"status": current.get_status_display()}
        )


def _write(current: Submission, entries: Entries) -> bool:
    """Bring the submission's rows to what was entered; True if anything changed."""
    changed = _write_indicators(current, entries.indicators, entries.assessments)
    changed |= _upsert(
        current.activities.all(),
        "activity",
        {
            key: {"status": status, "percent_complete": percent, "note": note}
            for key, (status, percent, note) in entries.activities.items()
        },
        lambda key: ActivityReport(submission=current, activity=key),
    )
    changed |= _upsert(
        current.spending.all(),
        "budget_line",
        {
            key: {
                "currency": cur,
                "allocated": allocated,
                "disbursed": disbursed,
                "spent": spent,
            }
            for key, (cur, allocated, disbursed, spent) in entries.spending.items()
        },
        lambda key: SpendingReport(submission=current, budget_line=key),
    )
    changed |= current.narrative != entries.narrative
    current.narrative = entries.narrative
    return changed


def _write_indicators(
    submission: Submission, values: dict[str, Reported], assessments: dict[str, str]
) -> bool:
    existing = {r.indicator: r for r in submission.indicators.all()}
    wanted: dict[str, dict[str, Any]] = {}
    for key in set(values) | set(assessments):
        reported = values.get(key) or Reported(key)
        old = existing.get(key)
        wanted[key] = {
            "value": reported.value,
            "numerator": reported.numerator,
            "denominator": reported.denominator,
            "parts": reported.parts,
            "note": reported.note,
            "assessment": assessments.get(key, old.assessment if old else ""),
        }
    return _upsert(
        existing.values(),
        "indicator",
        wanted,
        lambda key: IndicatorReport(submission=submission, indicator=key),
    )


def _upsert(
    rows: Iterable[Any],
    key_field: str,
    wanted: dict[str, dict[str, Any]],
    make: Callable[[str], Any],
) -> bool:
    """Bring a submission's rows to ``wanted`` ({key: {field: value}}) in two statements,
    writing only rows that change: a save holds the database's write lock (on SQLite, the
    whole file's) for as long as it writes, so one statement per row would make everyone
    saving at a deadline queue behind the biggest organisation."""
    existing = {getattr(row, key_field): row for row in rows}
    new, changed = [], []
    fields: set[str] = set()
    for key, values in wanted.items():
        row = existing.get(key)
        if row is None:
            row = make(key)
            new.append(row)
        elif all(getattr(row, name) == value for name, value in values.items()):
            continue
        else:
            changed.append(row)
            fields.update(values)
        for name, value in values.items():
            setattr(row, name, value)
    if new:
        type(new[0]).objects.bulk_create(new, batch_size=1000)
    if changed:
        type(changed[0]).objects.bulk_update(changed, sorted(fields), batch_size=1000)
    return bool(new or changed)


def apply_upload(
    user: object, submission: Submission, upload: CheckedUpload, *, expected: int | None
) -> Submission:
    """Write a checked bulk upload, all of it, or nothing if it has problems."""
    if upload.problems:
        raise WorkflowError(_("The upload has problems; nothing was written."))
    with transaction.atomic():
        current = _locked(submission, expected)
        _round_open_for(current, Step.EDIT)
        if current.status not in EDITABLE:
            raise WorkflowError(
                _("This submission is %(status)s and cannot be changed.")
                % {"status": current.get_status_display()}
            )
        _write_indicators(current, upload.values, {})
        current.version += 1
        current.save()
        _event(current, user, Event.UPLOADED, _("%(n)s rows") % {"n": upload.rows})
        return current


class BlanksLeft(WorkflowError):
    """Indicators are still blank and the reporter has not said to submit them so; what
    was typed is saved, nothing is submitted."""

    def __init__(self, blanks: list[str]):
        self.blanks = blanks
        super().__init__(
            ngettext(
                "%(n)s indicator has no value: %(ids)s.",
                "%(n)s indicators have no value: %(ids)s.",
                len(blanks),
            )
            % {"n": len(blanks), "ids": ", ".join(blanks)}
        )


def submit(
    user: object,
    submission: Submission,
    entries: Entries | None = None,
    *,
    expected: int | None = None,
    accept_blanks: bool = True,
    plan: CorePlan | None = None,
) -> Submission:
    """Send a draft (or a corrected returned submission) for review.

    ``entries`` (what is on the form) are saved in the same transaction first, so nothing
    typed since the last save is lost; ``expected`` is the version the form was opened at.
    Unless ``accept_blanks``, indicators without a value stop it with ``BlanksLeft``, after
    the entries are saved. ``plan`` is the working copy, if the caller has it already.
    """
    with transaction.atomic():
        current = _locked(submission, expected)
        _round_open_for(current, Step.SUBMIT)
        if current.status == Status.DRAFT:
            status, action = Status.SUBMITTED, Event.SUBMITTED
        elif current.status == Status.RETURNED:
            status, action = Status.RESUBMITTED, Event.RESUBMITTED
        else:
            raise WorkflowError(_("Only a draft or a returned submission can be submitted."))
        if entries is not None and _write(current, entries):
            _event(current, user, Event.SAVED)
        blanks = [] if accept_blanks else checks.blanks(_plan(current, plan), current)
        current.version += 1
        if not blanks:
            now = timezone.now()
            current.status = status
            current.submitted_at = now
            current.first_submitted_at = current.first_submitted_at or now
        current.save()
        if not blanks:
            _event(current, user, action)
            notify.submitted(current)  # coordinators are told once this commits
            return current
    # Raised once the transaction has committed: what was typed is kept, nothing submitted.
    raise BlanksLeft(blanks)


def _plan(current: Submission, plan: CorePlan | None) -> CorePlan:
    return plan if plan is not None else plan_queries.working_copy(current.round.plan)


def _step(
    user: object,
    submission: Submission,
    allowed: set[str],
    refusal: str,
    action: str,
    reason: str = "",
    check: Callable[[Submission], None] | None = None,
    **fields: object,
) -> Submission:
    """One review step: lock, check the state allows it (and ``check``, if given, anything
    else it needs), change it, record who and why."""
    with transaction.atomic():
        current = _locked(submission, None)
        _round_open_for(current, STEPS[action])
        if current.status not in allowed:
            raise WorkflowError(refusal)
        if check is not None:
            check(current)
        for name, value in fields.items():
            setattr(current, name, value)
        current.version += 1
        current.save()
        _event(current, user, action, reason)
        if Status.APPROVED in (current.status, *allowed):
            # What counts as data changed: gather it again, and tell the public release.
            record = current.round.plan
            approved.rebuild(record)
            public_changed.send("monitoring", record=record)
        return current


def return_submission(user: object, submission: Submission, reason: str) -> Submission:
    if not reason.strip():
        raise WorkflowError(_("Say why the submission is returned."))
    returned = _step(
        user,
        submission,
        IN_REVIEW,
        _("Only a submitted submission can be returned."),
        Event.RETURNED,
        reason.strip(),
        status=Status.RETURNED,
    )
    notify.returned(returned, reason.strip())
    return returned


class ReasonNeeded(WorkflowError):
    """The submission has data-quality warnings and the reviewer gave no reason to approve
    it as it is."""


def approve(
    user: object, submission: Submission, reason: str = "", plan: CorePlan | None = None
) -> Submission:
    """Approve a submitted submission; over data-quality warnings only with a reason, kept
    in the approval event (``checks.warnings``, worked out under the lock from what is
    saved, so a reviewer cannot approve warnings they were not shown)."""

    def reason_given(current: Submission) -> None:
        found = checks.warnings(_plan(current, plan), current)
        if found and not reason.strip():
            raise ReasonNeeded(
                ngettext(
                    "This submission has %(n)s data-quality warning: say why you approve it "
                    "as it is.",
                    "This submission has %(n)s data-quality warnings: say why you approve it "
                    "as it is.",
                    len(found),
                )
                % {"n": len(found)}
            )

    return _step(
        user,
        submission,
        IN_REVIEW,
        _("Only a submitted submission can be approved."),
        Event.APPROVED,
        reason.strip(),
        check=reason_given,
        status=Status.APPROVED,
        approved_at=timezone.now(),
    )


def reopen(user: object, submission: Submission, reason: str) -> Submission:
    if not reason.strip():
        raise WorkflowError(_("Say why the approved data is reopened."))
    reopened = _step(
        user,
        submission,
        {Status.APPROVED},
        _("Only approved data can be reopened."),
        Event.REOPENED,
        reason.strip(),
        status=Status.RETURNED,
        approved_at=None,
    )
    notify.returned(reopened, reason.strip())  # it is back with its focal points to fix
    return reopened
