"""A person's inbox: where they land after signing in."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from napkit.monitoring import inbox as inbox_queries


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    found = inbox_queries.build(request.user, timezone.localdate())
    return render(request, "monitoring/inbox.html", {"inbox": found})
