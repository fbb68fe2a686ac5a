"""Importing years of past monitoring data into a stored plan, as approved rounds.

``preview`` reads a file and checks it against the plan and what is stored, writing
nothing; ``import_history`` does the same under the plan's lock and, when nothing is
wrong, writes it all in one transaction: a closed round per new period, an approved
submission per responsible organisation (filling an existing closed round only where
the indicator has no value yet), an ``imported`` event naming the file and the counts on
every submission it touched, then the plan's approved data gathered again and the public
release told, the way an approval does. Any problem and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.core.monitoring import history as core
from napkit.core.monitoring import tables
from napkit.core.plan import model as plan_model
from napkit.core.plan.problems import Problem
from napkit.monitoring import approved
from napkit.monitoring.models import (
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


class NotAllowed(Exception):
    """Only the plan's coordinators and administrators import its history."""


class HistoryInvalid(Exception):
    """The file cannot be imported; ``problems`` says everything that is wrong."""

    def __init__(self, problems: list[Problem], checked: core.History | None = None):
        self.problems = problems
        self.checked = checked
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Imported:
    rounds_created: int
    rounds_filled: int
    submissions: int
    values: int


def may_import(user: object, record: Plan) -> bool:
    """Coordinators and administrators of the plan (and napkit's own commands: no user)."""
    if user is None:
        return True
    return permissions.access_for(user, record).allows(Need.EDIT)


def read(name: str, data: bytes, sheet: str | None = None) -> tables.Table:
    """The file's table; ``HistoryInvalid`` with the reason when it is not one."""
    try:
        return tables.read_table(name, data, sheet)
    except tables.Unreadable as error:
        raise HistoryInvalid([error.problem]) from None


def stored(record: Plan) -> tuple[list[core.StoredRound], list[core.StoredValue]]:
    """The plan's rounds and every stored indicator value, as the check needs them."""
    rounds = list(ReportingRound.objects.filter(plan=record))
    labels = {r.pk: r.label for r in rounds}
    busy: dict[int, dict[str, str]] = {}
    filled = set(
        IndicatorReport.objects.filter(submission__round__plan=record).values_list(
            "submission_id", flat=True
        )
    )
    for model in (ActivityReport, SpendingReport):
        filled |= set(
            model.objects.filter(submission__round__plan=record).values_list(
                "submission_id", flat=True
            )
        )
    for submission in Submission.objects.filter(round__plan=record).exclude(status=Status.APPROVED):
        if submission.pk in filled:
            busy.setdefault(submission.round_id, {})[submission.organisation] = str(
                submission.get_status_display()
            )
    values = [
        core.StoredValue(indicator, start, end, labels[rid])
        for indicator, rid, start, end, value, parts in IndicatorReport.objects.filter(
            submission__round__plan=record
        ).values_list(
            "indicator",
            "submission__round_id",
            "submission__round__period_start",
            "submission__round__period_end",
            "value",
            "parts",
        )
        if value is not None or parts
    ]
    return [
        core.StoredRound(
            r.key,
            r.label,
            r.period_start,
            r.period_end,
            r.closed_at is not None,
            busy.get(r.pk, {}),
        )
        for r in rounds
    ], values


def preview(
    record: Plan,
    table: tables.Table,
    mapping: Mapping[str, str],
    *,
    plan: plan_model.Plan | None = None,
    today: date | None = None,
) -> core.History:
    """What importing the table would write, or every problem (nothing is written)."""
    plan = plan or plan_queries.working_copy(record)
    rounds, values = stored(record)
    return core.check(
        plan,
        table,
        mapping,
        today=today or timezone.localdate(),
        rounds=rounds,
        stored=values,
    )


def import_history(
    user: object,
    record: Plan,
    name: str,
    data: bytes,
    mapping: Mapping[str, str],
    *,
    sheet: str | None = None,
    today: date | None = None,
) -> Imported:
    """Import the file's history, all of it, or raise ``HistoryInvalid`` and write nothing."""
    if not may_import(user, record):
        raise NotAllowed(_("Only the plan's coordinators and administrators import data."))
    table = read(name, data, sheet)
    with transaction.atomic():
        # One import at a time per plan, and checked against what is stored under the lock:
        # a round filled by someone else meanwhile is a conflict, never overwritten.
        Plan.objects.select_for_update().filter(pk=record.pk).first()
        checked = preview(record, table, mapping, today=today)
        if checked.problems:
            raise HistoryInvalid(checked.problems, checked)
        if not checked.values:
            raise HistoryInvalid(
                [Problem(_("the file has no value to import"), file=name)], checked
            )
        done = _write(user, record, name, checked)
        approved.rebuild(record)
        public_changed.send("monitoring", record=record)
        return done


def _key(label: str, taken: set[str]) -> str:
    base = (slugify(label) or "imported")[:56]
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    taken.add(key)
    return key


def _write(user: object, record: Plan, name: str, checked: core.History) -> Imported:
    now = timezone.now()
    who = {
        "user": user if getattr(user, "is_authenticated", False) else None,
        "username": getattr(user, "username", "") if user is not None else "",
    }
    existing = {r.key: r for r in ReportingRound.objects.filter(plan=record)}
    taken = set(existing)
    created = filled = 0
    touched: list[tuple[Submission, int]] = []
    reports: list[IndicatorReport] = []
    for wanted in checked.rounds:
        if wanted.key is None:
            round_ = ReportingRound.objects.create(
                plan=record,
                key=_key(wanted.label, taken),
                label=wanted.label,
                frequency=wanted.frequency,
                period_start=wanted.start,
                period_end=wanted.end,
                # Past data has no real deadline: it counts as filed on the day it came in.
                opens=now.date(),
                deadline=now.date(),
                closed_at=now,
                created_by=who["user"],
            )
            created += 1
        else:
            round_ = existing[wanted.key]
            filled += 1
        submissions = {s.organisation: s for s in round_.submissions.all()}
        for organisation in wanted.organisations:
            submission = submissions.get(organisation)
            if submission is None:
                submission = Submission(round=round_, organisation=organisation)
            if submission.status != Status.APPROVED:
                # new, or empty (the check refuses one with unreviewed entries)
                submission.status = Status.APPROVED
                submission.first_submitted_at = submission.first_submitted_at or now
                submission.submitted_at = submission.submitted_at or now
                submission.approved_at = now
            submission.version += 1
            submission.save()
            old = {r.indicator: r for r in submission.indicators.all()}
            mine = [v for v in wanted.values if v.organisation == organisation]
            for value in mine:
                found = old.get(value.indicator)
                if found is not None:
                    # a row with no value yet (an assessment, a note): filled, its words kept
                    found.value, found.parts = value.value, value.parts
                    found.numerator, found.denominator = value.numerator, value.denominator
                    found.note = "\n".join(t for t in (found.note, value.note) if t)
                    found.save()
                    continue
                reports.append(
                    IndicatorReport(
                        submission=submission,
                        indicator=value.indicator,
                        value=value.value,
                        numerator=value.numerator,
                        denominator=value.denominator,
                        parts=value.parts,
                        note=value.note,
                    )
                )
            touched.append((submission, len(mine)))
    IndicatorReport.objects.bulk_create(reports, batch_size=1000)
    Event.objects.bulk_create(
        Event(
            submission=submission,
            action=Event.IMPORTED,
            at=now,
            reason=_(
                "%(file)s: %(n)s values for this submission (%(total)s values in %(rounds)s "
                "rounds imported)"
            )
            % {"file": name, "n": n, "total": checked.values, "rounds": len(checked.rounds)},
            **who,
        )
        for submission, n in touched
    )
    return Imported(created, filled, len(touched), checked.values)
