"""What may happen to a submission: one rule, by its status and whether its round is open.

Every place that decides (the services that write, the permission module, the pages that
offer a button, the round-closing confirmation) asks ``allowed``, so the answer is the
same everywhere. Statuses are the plain strings of ``napkit.monitoring.models.Status``.

Closing a round ends reporting for it: nothing is filled in, submitted, returned or
reopened any more (a returned submission could never be fixed). What was handed in before
the round closed may still be approved, so a late review loses no reported data.
"""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    EDIT = "edit"  # fill in, save, upload, attach evidence
    SUBMIT = "submit"
    RETURN = "return"
    APPROVE = "approve"
    REOPEN = "reopen"


FROM: dict[Step, frozenset[str]] = {
    Step.EDIT: frozenset({"draft", "returned"}),
    Step.SUBMIT: frozenset({"draft", "returned"}),
    Step.RETURN: frozenset({"submitted", "resubmitted"}),
    Step.APPROVE: frozenset({"submitted", "resubmitted"}),
    Step.REOPEN: frozenset({"approved"}),
}
AFTER_CLOSING = frozenset({Step.APPROVE})


def allowed(step: Step, status: str, round_open: bool) -> bool:
    """Whether ``step`` may happen to a submission in ``status`` in an open or closed round."""
    return status in FROM[step] and (round_open or step in AFTER_CLOSING)


def closed_only(step: Step, status: str, round_open: bool) -> bool:
    """The step is refused only because the round is closed."""
    return not round_open and not allowed(step, status, False) and allowed(step, status, True)
