"""Screening a NAP document in the browser and reviewing what it found.

Who may start plans may screen documents (a screened document becomes a plan). A review is
its uploader's own: anyone else, site administrators apart, gets 404, as for every
object one may not see.
"""

from __future__ import annotations

import uuid

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.core.plan.problems import PlanInvalid, Problem
from napkit.plans import queries, reviews, screening_pages, uploads
from napkit.plans.models import ScreeningReview
from napkit.plans.screening_forms import DecisionForm, SavePlanForm, UploadDocumentForm
from napkit.plans.views.edit import is_htmx

LIST = "plans/screening_list.html"
REVIEW = "plans/screening_review.html"
FINDING = "plans/_screening_finding.html"


def _screener(request: HttpRequest) -> None:
    if not permissions.may_start_plans(request.user):
        raise Http404("No such page")


def _review(request: HttpRequest, token: uuid.UUID) -> ScreeningReview:
    _screener(request)
    review = (
        ScreeningReview.objects.select_related("plan")
        .defer("content", "plan__document")
        .filter(token=token)
        .first()
    )
    if review is None or not reviews.owned(request.user, review):
        raise Http404("No such review")
    return review


def _list(request: HttpRequest, form: UploadDocumentForm, **extra: object) -> dict[str, object]:
    mine = (
        ScreeningReview.objects.filter(user=request.user)
        .select_related("plan")
        .defer("content", "screening", "plan__document")
    )
    return {"form": form, "rows": screening_pages.review_rows(mine), **extra}


@login_required
def screening_list(request: HttpRequest) -> HttpResponse:
    """The reviews one has started, and the upload of another document."""
    _screener(request)
    if request.method != "POST":
        return render(request, LIST, _list(request, UploadDocumentForm()))
    form = UploadDocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, LIST, _list(request, form), status=422)
    upload = form.cleaned_data["file"]
    try:
        content = uploads.read_limited(upload)
        result = _screen(content, upload.name)
    except PlanInvalid as invalid:
        return render(request, LIST, _list(request, form, problems=invalid.problems), status=422)
    review = ScreeningReview.objects.create(
        user=request.user,
        name=upload.name[:255],
        content=content,
        language=result.language,
        screening=result.model_dump(mode="json"),
    )
    return HttpResponseRedirect(reverse("screening-review", args=[review.token]))


def _screen(content: bytes, name: str) -> object:
    """Screening is CPU work on the document alone, quick enough to wait for."""
    from napkit.core.screening import screen
    from napkit.core.screening.extract import Unreadable

    try:
        return screen(content, name)
    except Unreadable as unreadable:
        raise PlanInvalid([unreadable.problem]) from None


def _page(
    request: HttpRequest, review: ScreeningReview, **kwargs: object
) -> screening_pages.ReviewPage:
    taken = queries.taken_keys() if review.plan_id is None else ()
    return screening_pages.review_page(review, timezone.localdate(), taken=taken, **kwargs)  # type: ignore[arg-type]


@login_required
def screening_review(request: HttpRequest, token: uuid.UUID) -> HttpResponse:
    review = _review(request, token)
    return render(request, REVIEW, {"page": _page(request, review)})


@login_required
@require_POST
def screening_decide(request: HttpRequest, token: uuid.UUID, finding: str) -> HttpResponse:
    """Confirm or correct one finding. With htmx the answer is that finding alone (and the
    draft's headlines, swapped out of band); without it, the whole page."""
    review = _review(request, token)
    found = reviews.screening_of(review).finding(finding)
    if found is None:
        raise Http404("No such finding")
    if review.plan_id is not None:
        # Decisions after saving would no longer reach the plan: the plan is edited instead.
        return _answer(request, review, finding, status=409)
    action = request.POST.get("decision")
    form = DecisionForm(request.POST, finding=found, correct=action == "correct")
    if form.is_valid() and action not in ("confirm", "correct"):
        form.add_error(None, _("Confirm the finding or save a correction."))
    if not form.is_valid():
        return _answer(request, review, finding, bound={finding: form}, status=422)
    d = form.cleaned_data
    reviews.decide(
        review,
        found,
        by=request.user.get_username(),
        correct=form.correct,
        answer=d.get("answer") or "",
        value=d.get("value"),
        note=d.get("note") or "",
    )
    if is_htmx(request):
        return _answer(request, review, finding, status=200)
    url = reverse("screening-review", args=[review.token])
    return HttpResponseRedirect(f"{url}?saved={finding}#finding-{finding}")


def _answer(
    request: HttpRequest,
    review: ScreeningReview,
    finding: str,
    *,
    status: int,
    bound: dict[str, DecisionForm] | None = None,
) -> HttpResponse:
    page = _page(request, review, bound=bound)
    if is_htmx(request):
        context = {"page": page, "card": screening_pages.card(page, finding), "oob": True}
        return render(request, FINDING, context, status=status)
    return render(request, REVIEW, {"page": page}, status=status)


@login_required
@require_POST
def screening_save(request: HttpRequest, token: uuid.UUID) -> HttpResponse:
    """The corrected draft plan, stored as a new draft plan under the id the reviewer
    chose. A review already saved shows the plan it became instead."""
    review = _review(request, token)
    if review.plan_id is not None:
        problems = [
            Problem(
                reviews.already_saved(review.plan.key if review.plan else ""),
            )
        ]
        return render(
            request, REVIEW, {"page": _page(request, review), "problems": problems}, status=409
        )
    form = SavePlanForm(request.POST)
    if not form.is_valid():
        return render(request, REVIEW, {"page": _page(request, review, save_form=form)}, status=422)
    key = form.cleaned_data["plan_id"]
    try:
        reviews.save_as_plan(request.user, review, key, form.cleaned_data["country"])
    except PlanInvalid as invalid:
        page = _page(request, review, save_form=form)
        return render(request, REVIEW, {"page": page, "problems": invalid.problems}, status=422)
    return HttpResponseRedirect(reverse("plan-scorecard", args=[key]))
