"""A submission: fill it in, upload a spreadsheet, attach evidence, submit, review."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.utils import OperationalError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.accounts.permissions import Access, Need, SubmissionNeed
from napkit.core.monitoring.submissions import Reported, check_rows, coverage
from napkit.core.monitoring.submissions import Upload as Checked
from napkit.core.plan import display
from napkit.core.plan import model as core
from napkit.core.plan.problems import Problem
from napkit.middleware import database_busy
from napkit.monitoring import bulk, comments, services
from napkit.monitoring.forms import (
    EvidenceForm,
    ReasonForm,
    SubmissionForm,
    UploadForm,
)
from napkit.monitoring.models import Evidence, PendingUpload, Submission
from napkit.plans import queries as plan_queries
from napkit.plans.models import Plan

BUSY = gettext_lazy(
    "Many people are saving at this moment and yours could not be written in time; nothing "
    "was saved. Your entries are still in the form: press Save again in a few seconds."
)
BUSY_SUBMIT = gettext_lazy(
    "Many people are saving at this moment and yours could not be written in time; nothing "
    "was saved or submitted. Your entries are still in the form: press Submit again in a few "
    "seconds."
)


def _submission(
    request: HttpRequest, key: str, pk: int, need: SubmissionNeed
) -> tuple[Plan, Access, core.Plan, Submission]:
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
    found = Submission.objects.select_related("round").filter(pk=pk, round__plan=record).first()
    if found is None:
        raise Http404("No such submission")
    plan = plan_queries.working_copy(record)
    if not permissions.submission_allows(access, plan, found.organisation, found.editable, need):
        raise Http404("No such submission")
    return record, access, plan, found


def submission_detail(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    record, access, plan, submission = _submission(request, key, pk, SubmissionNeed.READ)
    covered = coverage(plan, submission.organisation)
    can_edit = permissions.submission_allows(
        access, plan, submission.organisation, submission.editable, SubmissionNeed.EDIT
    )
    form = SubmissionForm(
        plan, submission, covered, request.POST if request.method == "POST" else None
    )
    status = 200
    if request.method == "POST":
        if not can_edit:
            raise Http404("No such submission")
        if not form.is_valid():
            status = 422
        else:
            status = _write(
                form,
                BUSY,
                lambda: services.save(
                    request.user, submission, form.entries(), expected=form.cleaned_data["version"]
                ),
            )
            if status == 200:
                # Warnings about what was saved show on the page it redirects to.
                return HttpResponseRedirect(
                    reverse("submission-detail", args=[key, pk]) + "?saved=1"
                )
    return render(
        request,
        "monitoring/submission.html",
        _submission_context(request, record, access, plan, submission, form, can_edit),
        status=status,
    )


def _write(form: SubmissionForm, busy: str, write: Callable[[], object]) -> int:
    """Run a save or submit of a posted form; on a refusal, put the reason on the form
    (which keeps everything typed) and say which status to answer with (200 if written)."""
    try:
        write()
    except services.StaleSubmission as error:
        form.add_error(None, str(error))
        return 409
    except services.WorkflowError as error:
        form.add_error(None, str(error))
        return 422
    except OperationalError as error:
        if not database_busy(error):
            raise
        # Keep everything typed in the form rather than the generic busy page.
        form.add_error(None, busy)
        return 503
    return 200


def _submission_context(
    request: HttpRequest,
    record: Plan,
    access: Access,
    plan: core.Plan,
    submission: Submission,
    form: SubmissionForm,
    can_edit: bool,
) -> dict[str, Any]:
    names = display.short_names(plan)
    events = list(submission.events.all())
    discussions = comments.discussions(access, plan, submission, request.user)
    return {
        **_comments_context(record, submission, discussions),
        "timeline": comments.timeline(events, discussions.comments),
        "record": record,
        "plan": plan,
        "submission": submission,
        "form": form,
        "organisation": names.get(submission.organisation, submission.organisation),
        "can_edit": can_edit,
        "can_review": permissions.submission_allows(
            access, plan, submission.organisation, submission.editable, SubmissionNeed.REVIEW
        ),
        "events": events,
        "evidence": list(submission.evidence.all()),
        "evidence_form": EvidenceForm(coverage(plan, submission.organisation)),
        "upload_form": UploadForm(),
        "reason_form": ReasonForm(),
        "late": submission.late_on(timezone.localdate()),
        "saved": request.GET.get("saved") == "1",
        "warnings": form.warnings,
    }


def _comments_context(
    record: Plan, submission: Submission, discussions: comments.Discussions
) -> dict[str, Any]:
    """The threads beside each value and the whole submission's (``monitoring.comments``)."""
    return {
        "discussions": discussions,
        "whole": comments.WHOLE,
        "whole_discussion": discussions.of(""),
        "comments_url": reverse("submission-comments", args=[record.key, submission.pk]),
        "comment_form": comments.SubmissionCommentForm() if discussions.can_comment else None,
    }


@require_POST
def submission_action(request: HttpRequest, key: str, pk: int, action: str) -> HttpResponse:
    if action == "submit":
        return _submit(request, key, pk)
    record, access, plan, submission = _submission(request, key, pk, SubmissionNeed.REVIEW)
    reason = request.POST.get("reason", "")
    steps = {
        "return": lambda: services.return_submission(request.user, submission, reason),
        "approve": lambda: services.approve(request.user, submission, reason, plan=plan),
        "reopen": lambda: services.reopen(request.user, submission, reason),
    }
    if action not in steps:
        raise Http404("No such step")
    try:
        steps[action]()
    except services.WorkflowError as error:
        form = SubmissionForm(plan, submission, coverage(plan, submission.organisation))
        context = _submission_context(request, record, access, plan, submission, form, False)
        context["error"] = str(error)
        # The reason typed (or not) stays in the field it was typed into.
        context[f"{action}_reason"] = reason
        return render(request, "monitoring/submission.html", context, status=422)
    return HttpResponseRedirect(reverse("submission-detail", args=[key, pk]))


def _submit(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    """Submit what is on the form: saved and submitted in one transaction, or refused with
    everything typed kept. Indicators left blank stop it once, after saving, until the
    reporter confirms them ("accept_blanks"). A request without the form (no "version")
    submits what is saved, under the same rule about blanks."""
    record, access, plan, submission = _submission(request, key, pk, SubmissionNeed.EDIT)
    covered = coverage(plan, submission.organisation)
    typed = "version" in request.POST
    form = SubmissionForm(plan, submission, covered, request.POST if typed else None)
    blanks: list[str] = []

    def submit() -> None:
        nonlocal blanks
        try:
            services.submit(
                request.user,
                submission,
                form.entries() if typed else None,
                expected=form.cleaned_data["version"] if typed else None,
                accept_blanks=request.POST.get("accept_blanks") == "1",
                plan=plan,
            )
        except services.BlanksLeft as left:
            blanks = left.blanks

    error = ""
    if typed:
        status = _write(form, BUSY_SUBMIT, submit) if form.is_valid() else 422
    else:
        # Nothing typed to keep: a busy database is the generic busy page (middleware).
        try:
            submit()
            status = 200
        except services.WorkflowError as refused:
            status, error = 422, str(refused)
    if status == 200 and not blanks:
        return HttpResponseRedirect(reverse("submission-detail", args=[key, pk]))
    if blanks:
        # Saved, not submitted: the form as saved (at its new version) with the list.
        submission.refresh_from_db()
        form = SubmissionForm(plan, submission, covered)
    context = _submission_context(request, record, access, plan, submission, form, True)
    context.update(submitting=True, blanks=blanks, error=error)
    return render(request, "monitoring/submission.html", context, status=status)


def template(request: HttpRequest, key: str, pk: int, fmt: str) -> HttpResponse:
    _record, _access, plan, submission = _submission(request, key, pk, SubmissionNeed.READ)
    covered = coverage(plan, submission.organisation)
    name = f"{plan.id}-{submission.round.key}-{submission.organisation}"
    if fmt == "xlsx":
        response = HttpResponse(
            bulk.template_xlsx(plan, covered),
            content_type=("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        )
    elif fmt == "csv":
        response = HttpResponse(
            bulk.template_csv(plan, covered), content_type="text/csv; charset=utf-8"
        )
    else:
        raise Http404("No such format")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def upload(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    """Check an upload and show it; nothing is written until it is confirmed."""
    record, _access, plan, submission = _submission(request, key, pk, SubmissionNeed.EDIT)
    form = UploadForm(request.POST or None, request.FILES or None)
    context: dict[str, Any] = {"record": record, "submission": submission, "form": form}
    if request.method != "POST" or not form.is_valid():
        return render(
            request,
            "monitoring/upload.html",
            context,
            status=422 if request.method == "POST" else 200,
        )
    handle = form.cleaned_data["file"]
    covered = coverage(plan, submission.organisation)
    cells: list[Problem] = []  # problems found while reading cells, before checking rows
    try:
        checked = check_rows(
            plan,
            covered.indicators,
            bulk.read_rows(handle.name, handle.read(), cells),
            handle.name,
        )
    except bulk.Unreadable as error:
        context["problems"] = [error.problem]
        return render(request, "monitoring/upload.html", context, status=422)
    if cells:
        checked.problems = sorted([*cells, *checked.problems], key=lambda p: p.line or 0)
    context.update(
        checked=checked, problems=checked.problems[:500], more=max(0, len(checked.problems) - 500)
    )
    if checked.problems:
        return render(request, "monitoring/upload.html", context, status=422)
    pending = PendingUpload.objects.create(
        submission=submission,
        user=request.user,
        name=handle.name,
        rows={k: v.__dict__ for k, v in checked.values.items()},
    )
    context["pending"] = pending
    context["version"] = submission.version
    return render(request, "monitoring/upload.html", context)


@require_POST
def upload_confirm(request: HttpRequest, key: str, pk: int, pending_pk: int) -> HttpResponse:
    _record, _access, _plan, submission = _submission(request, key, pk, SubmissionNeed.EDIT)
    pending = PendingUpload.objects.filter(
        pk=pending_pk, submission=submission, user=request.user
    ).first()
    if pending is None:
        raise Http404("No such upload")
    values = {k: Reported(**v) for k, v in pending.rows.items()}
    try:
        expected = int(request.POST.get("version", ""))
    except ValueError:
        expected = -1  # no version, or a garbled one: refused like a stale one
    try:
        services.apply_upload(
            request.user,
            submission,
            Checked(values, [], [], len(values)),
            expected=expected,
        )
    except services.WorkflowError as error:
        return render(
            request,
            "monitoring/upload.html",
            {
                "record": _record,
                "submission": submission,
                "form": UploadForm(),
                "problems": [],
                "error": str(error),
            },
            status=409,
        )
    pending.delete()
    return HttpResponseRedirect(reverse("submission-detail", args=[key, pk]) + "?saved=1")


@require_POST
def evidence_add(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    _record, _access, plan, submission = _submission(request, key, pk, SubmissionNeed.EDIT)
    form = EvidenceForm(coverage(plan, submission.organisation), request.POST, request.FILES)
    if not form.is_valid():
        return HttpResponse(_("Choose a file to attach."), status=422)
    handle = form.cleaned_data["file"]
    Evidence.objects.create(
        submission=submission,
        item=form.cleaned_data["item"] or "",
        file=handle,
        name=handle.name[:255],
        size=handle.size,
        description=form.cleaned_data["description"],
        uploaded_by=request.user,
    )
    return HttpResponseRedirect(reverse("submission-detail", args=[key, pk]) + "#evidence")


def evidence_file(request: HttpRequest, key: str, pk: int, evidence_pk: int) -> FileResponse:
    _record, _access, _plan, submission = _submission(request, key, pk, SubmissionNeed.READ)
    found = submission.evidence.filter(pk=evidence_pk).first()
    if found is None:
        raise Http404("No such file")
    return FileResponse(found.file.open("rb"), as_attachment=True, filename=found.name)
