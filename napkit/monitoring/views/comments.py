"""Comments on a submission: the whole submission's thread (on the submission page), one
value's threads (their own page, linked from beside the value), answering and resolving.

Every form works without JavaScript (a redirect to where the comment shows); with htmx
the answer is the thread alone, swapped in place. An invalid comment answers 422 with the
message beside its field; unknown and forbidden alike answer 404.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.accounts.permissions import Access, SubmissionNeed
from napkit.core.plan import display
from napkit.core.plan import model as core
from napkit.monitoring import comments
from napkit.monitoring.comments import SubmissionCommentForm, Value
from napkit.monitoring.models import Submission, SubmissionComment
from napkit.monitoring.views.submissions import _submission
from napkit.plans.models import Plan


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _readable(
    request: HttpRequest, key: str, pk: int
) -> tuple[Plan, Access, core.Plan, Submission]:
    record, access, plan, submission = _submission(request, key, pk, SubmissionNeed.READ)
    if not permissions.may_read_submission_comments(access, submission.organisation):
        raise Http404("No such submission")
    return record, access, plan, submission


def thread_url(record: Plan, submission: Submission, item: str) -> str:
    args = [record.key, submission.pk]
    if item:
        return reverse("submission-value-comments", args=[*args, item])
    return reverse("submission-comments", args=args)


def submission_comments(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    """The whole submission's threads (shown on the submission page; this address is
    where they are written, and read on their own)."""
    return _thread(request, key, pk, "")


def value_comments(request: HttpRequest, key: str, pk: int, item: str) -> HttpResponse:
    return _thread(request, key, pk, item)


def _thread(request: HttpRequest, key: str, pk: int, item: str) -> HttpResponse:
    record, access, plan, submission = _readable(request, key, pk)
    value = comments.value_of(plan, submission, item)
    if item and not value.exists and not _has_comments(submission, item):
        raise Http404("No such value")
    writable = value.exists and permissions.may_comment_on_submission(
        access, plan, submission.organisation
    )
    form = SubmissionCommentForm()
    reply_form = None
    reply_to = None
    if request.method == "POST":
        if not writable:
            raise Http404("No such value")
        reply_to = _reply_to(request, submission, item)
        posted = SubmissionCommentForm(request.POST)
        if posted.is_valid():
            made = comments.add(
                access,
                plan,
                submission,
                request.user,
                posted.cleaned_data["body"],
                on=value,
                reply_to=reply_to,
            )
            if not is_htmx(request):
                back = _back(request, record, submission, item)
                return HttpResponseRedirect(f"{back}#comment-{made.pk}")
        elif reply_to is not None:
            reply_form = posted
        else:
            form = posted
    context = _context(request, record, access, plan, submission, value, writable)
    context.update(
        form=form if writable else None,
        reply_form=reply_form,
        reply_to=reply_to.pk if reply_to is not None else None,
        next=request.POST.get("next", ""),
    )
    status = 422 if form.errors or reply_form is not None else 200
    template = (
        "monitoring/_submission_thread.html"
        if is_htmx(request)
        else "monitoring/submission_comments.html"
    )
    return render(request, template, context, status=status)


def _has_comments(submission: Submission, item: str) -> bool:
    """Whether a value no longer in the organisation's part still has threads (kept)."""
    on = Q(indicator=item) | Q(activity=item) | Q(budget_line=item)
    return SubmissionComment.objects.filter(on, submission=submission).exists()


def _reply_to(request: HttpRequest, submission: Submission, item: str) -> SubmissionComment | None:
    """The thread a posted answer is in, which must be on this value of this submission."""
    raw = request.POST.get("reply_to", "")
    if not raw:
        return None
    try:
        pk = int(raw)
    except ValueError:
        raise Http404("No such comment") from None
    found = (
        SubmissionComment.objects.select_related("reply_to").filter(submission=submission, pk=pk)
    ).first()
    if found is None or found.on != item:
        raise Http404("No such comment")
    return found


def _back(request: HttpRequest, record: Plan, submission: Submission, item: str) -> str:
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        return back.split("#")[0]
    if item:
        return thread_url(record, submission, item)
    return reverse("submission-detail", args=[record.key, submission.pk])


def _context(
    request: HttpRequest,
    record: Plan,
    access: Access,
    plan: core.Plan,
    submission: Submission,
    value: Value,
    writable: bool,
) -> dict[str, Any]:
    found = comments.discussions(access, plan, submission, request.user)
    names = display.short_names(plan)
    return {
        "record": record,
        "submission": submission,
        "organisation": names.get(submission.organisation, submission.organisation),
        "value": value,
        "discussion": found.of(value.id),
        "thread_url": thread_url(record, submission, value.id),
        "can_comment": writable,
        "next": "",
        "reported": _reported(submission, value),
    }


def _reported(submission: Submission, value: Value) -> list[tuple[str, object]]:
    """What the submission says of the value, to read beside its threads."""
    if value.kind == "indicator":
        row = submission.indicators.filter(indicator=value.id).first()
        if row is None:
            return []
        return [(_("Value"), row.value), (_("Note or source"), row.note)]
    if value.kind == "activity":
        act = submission.activities.filter(activity=value.id).first()
        if act is None:
            return []
        return [
            (_("Status"), act.get_status_display()),
            (_("% complete"), act.percent_complete),
            (_("Note"), act.note),
        ]
    if value.kind == "budget_line":
        spent = submission.spending.filter(budget_line=value.id).first()
        if spent is None:
            return []
        return [
            (_("Allocated"), spent.allocated),
            (_("Disbursed"), spent.disbursed),
            (_("Spent"), spent.spent),
        ]
    return []


@require_POST
def resolve(request: HttpRequest, key: str, pk: int, comment_pk: int) -> HttpResponse:
    record, access, plan, submission = _readable(request, key, pk)
    comment = (
        SubmissionComment.objects.select_related("reply_to", "submission")
        .filter(submission=submission, pk=comment_pk)
        .first()
    )
    if comment is None:
        raise Http404("No such comment")
    try:
        root = comments.set_resolved(
            access, plan, comment, request.user, request.POST.get("resolved") != "0"
        )
    except comments.NotAllowed:
        raise Http404("No such comment") from None
    item = root.on
    if is_htmx(request):
        value = comments.value_of(plan, submission, item)
        writable = value.exists and permissions.may_comment_on_submission(
            access, plan, submission.organisation
        )
        context = _context(request, record, access, plan, submission, value, writable)
        context.update(
            form=SubmissionCommentForm() if writable else None, next=request.POST.get("next", "")
        )
        return render(request, "monitoring/_submission_thread.html", context)
    return HttpResponseRedirect(f"{_back(request, record, submission, item)}#comment-{root.pk}")
