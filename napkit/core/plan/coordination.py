"""The coordination body at work: missed meetings, overdue action items, public decisions.

One place says what "missed" and "overdue" mean, so the plan page, the scorecard and any
list of what needs doing (an inbox) agree:

- a meeting is *missed* when it was not held and its date is before today;
- an action item is *overdue* when it is open and its due date is before today;
- an action item is *closed on time* when it is done on or before its due date (dropped
  items are neither on time nor late: they are left out of the count);
- a decision is *public* when it says so, or, when it does not say, when its meeting's
  minutes are public.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from napkit.core.plan.model import ActionItem, CoordinationBody, Decision, Meeting, Plan
from napkit.core.plan.vocabulary import ActionItemStatus


@dataclass(frozen=True)
class Placed:
    """An action item or a decision with the meeting and body it belongs to."""

    body: CoordinationBody
    meeting: Meeting


@dataclass(frozen=True)
class PlacedAction(Placed):
    item: ActionItem


@dataclass(frozen=True)
class PlacedDecision(Placed):
    decision: Decision

    @property
    def day(self) -> date:
        return self.decision.date or self.meeting.date


def missed(meeting: Meeting, today: date) -> bool:
    return not meeting.held and meeting.date < today


def missed_meetings(body: CoordinationBody, today: date) -> list[Meeting]:
    return [m for m in body.meetings if missed(m, today)]


def held_meetings(body: CoordinationBody) -> list[Meeting]:
    return [m for m in body.meetings if m.held]


def action_items(plan: Plan) -> Iterator[PlacedAction]:
    for body in plan.governance.bodies:
        for meeting in body.meetings:
            for item in meeting.action_items:
                yield PlacedAction(body, meeting, item)


def overdue(item: ActionItem, today: date) -> bool:
    return item.status is ActionItemStatus.OPEN and item.due is not None and item.due < today


def overdue_items(plan: Plan, today: date) -> list[PlacedAction]:
    return [a for a in action_items(plan) if overdue(a.item, today)]


def on_time(item: ActionItem) -> bool:
    return (
        item.status is ActionItemStatus.DONE
        and item.due is not None
        and item.done is not None
        and item.done <= item.due
    )


def come_due(plan: Plan, today: date) -> list[PlacedAction]:
    """Action items with a due date before today that were not dropped: those that could be
    closed on time by now."""
    return [
        a
        for a in action_items(plan)
        if a.item.due is not None
        and a.item.due < today
        and a.item.status is not ActionItemStatus.DROPPED
    ]


def decisions(plan: Plan) -> Iterator[PlacedDecision]:
    for body in plan.governance.bodies:
        for meeting in body.meetings:
            for decision in meeting.decisions:
                yield PlacedDecision(body, meeting, decision)


def public_decisions(plan: Plan) -> list[PlacedDecision]:
    """Public decisions, newest first."""
    found = [d for d in decisions(plan) if d.meeting.decision_public(d.decision)]
    return sorted(found, key=lambda d: d.day, reverse=True)
