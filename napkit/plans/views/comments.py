"""Comments on the working copy: the plan's open threads, one item's thread, resolving.

Reading needs the working copy (members); writing needs the right to comment (everyone
with a role but a viewer); a focal point reads and writes only on what they see. Invalid
comments answer 422 with the message beside the field; unknown and forbidden alike 404.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from napkit.accounts import permissions
from napkit.accounts.permissions import Need
from napkit.plans import comments, queries
from napkit.plans.comments import CommentForm, CommentView, Subject
from napkit.plans.models import Comment, Plan


@dataclass(frozen=True)
class ThreadPage:
    record: Plan
    subject: Subject | None  # None: every thread of the plan
    comments: list[CommentView]
    form: CommentForm | None  # None: the user may not write here
    state: str
    open_count: int


def _state(request: HttpRequest) -> str:
    state = request.GET.get("state", "open")
    return state if state in comments.STATES else "open"


def plan_comments(request: HttpRequest, key: str) -> HttpResponse:
    """Every thread on the plan, newest last; comments on the plan as a whole are written here."""
    return _thread(request, key, None)


def item_comments(request: HttpRequest, key: str, item: str) -> HttpResponse:
    return _thread(request, key, item)


def _thread(request: HttpRequest, key: str, item: str | None) -> HttpResponse:
    need = Need.COMMENT if request.method == "POST" else Need.WORKING_COPY
    record, access = permissions.require(request.user, key, need)
    plan = queries.working_copy(record)
    subject = comments.subject_of(plan, item or "")
    if not permissions.may_read_comments(access, plan, subject.id):
        raise Http404("No such item")
    if not subject.exists and not Comment.objects.filter(plan=record, item=subject.id).exists():
        raise Http404("No such item")
    writable = subject.exists and permissions.may_comment(access, plan, subject.id)
    form = CommentForm(request.POST) if request.method == "POST" else CommentForm()
    if request.method == "POST":
        if not writable:
            raise Http404("No such item")
        if form.is_valid():
            made = comments.add(record, request.user, subject.id, form.cleaned_data["body"])
            return HttpResponseRedirect(f"{request.path}#comment-{made.pk}")
    state = "all" if item is not None else _state(request)
    page = ThreadPage(
        record=record,
        subject=subject if item is not None else None,
        comments=comments.thread(record, plan, access, request.user, item=item, state=state),
        form=form if writable else None,
        state=state,
        open_count=sum(comments.open_counts(record, access).values()),
    )
    status = 422 if form.errors else 200
    return render(request, "plans/comments.html", {"page": page}, status=status)


@require_POST
def resolve(request: HttpRequest, key: str, pk: int) -> HttpResponse:
    record, access = permissions.require(request.user, key, Need.WORKING_COPY)
    comment = get_object_or_404(Comment, plan=record, pk=pk)
    plan = queries.working_copy(record)
    if not permissions.may_read_comments(access, plan, comment.item) or not (
        permissions.may_resolve(access, request.user, comment.author_id)
    ):
        raise Http404("No such comment")
    comments.set_resolved(comment, request.user, request.POST.get("resolved") != "0")
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = reverse("item-comments", args=[record.key, comment.item]) if comment.item else ""
    return HttpResponseRedirect(
        f"{back or reverse('plan-comments', args=[record.key])}#comment-{comment.pk}"
    )
