"""Who is calling the API: a token (``Authorization: Token …``) or the browser session.

Token calls need no CSRF token (they carry no cookie); session calls that change
something are checked for CSRF like any form.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.views.decorators.csrf import csrf_exempt

from napkit.accounts.models import ApiToken

View = Callable[..., HttpResponse]


def error(status: int, message: str, **extra: Any) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


def _checked() -> None:
    """Stands for the view in the CSRF check (the real view is exempt, for tokens)."""


def api_view(methods: tuple[str, ...]) -> Callable[[View], View]:
    def wrap(view: View) -> View:
        @csrf_exempt
        @functools.wraps(view)
        def run(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method not in methods:
                response = error(405, f"use {' or '.join(methods)}")
                response["Allow"] = ", ".join(methods)
                return response
            header = request.headers.get("Authorization", "").strip()
            if header:
                scheme, _space, token = header.partition(" ")
                if scheme != "Token" or not token.strip():
                    return error(401, "send Authorization: Token <token> (see `napkit token`)")
                user = ApiToken.objects.user_for(token.strip())
                if user is None:
                    return error(401, "invalid token")
                request.user = user  # type: ignore[assignment]
            elif request.method not in ("GET", "HEAD", "OPTIONS"):
                refused = CsrfViewMiddleware(lambda r: HttpResponse()).process_view(
                    request, _checked, args, kwargs
                )
                if refused is not None:
                    return error(403, "CSRF check failed (send the CSRF token, or use a token)")
            if not hasattr(request, "user"):
                request.user = AnonymousUser()
            return view(request, *args, **kwargs)

        return run

    return wrap
