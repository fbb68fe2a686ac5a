"""Passwords people manage themselves: changing one when signed in, and a new one by email
when it is forgotten (Django's own views, napkit's pages and words)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.http import HttpResponse
from django.urls import reverse_lazy


class _Refusing422:
    """A form that is refused answers 422, as every napkit form does."""

    def form_invalid(self, form: Any) -> HttpResponse:
        response: HttpResponse = super().form_invalid(form)  # type: ignore[misc]
        response.status_code = 422
        return response


class PasswordChange(_Refusing422, auth_views.PasswordChangeView):
    template_name = "accounts/password_form.html"
    success_url = reverse_lazy("password-change-done")
    extra_context = {"heading": "change"}


class PasswordChangeDone(auth_views.PasswordChangeDoneView):
    template_name = "accounts/password_done.html"
    extra_context = {"heading": "changed"}


class PasswordReset(_Refusing422, auth_views.PasswordResetView):
    """Asking for a link by email. The page says the same whether the address is known
    or not, so it tells no one who has an account."""

    template_name = "accounts/password_form.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("password-reset-done")
    extra_context = {"heading": "reset"}


class PasswordResetDone(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_done.html"
    extra_context = {"heading": "sent"}


class PasswordResetConfirm(_Refusing422, auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_form.html"
    success_url = reverse_lazy("password-reset-complete")
    extra_context = {"heading": "new"}


class PasswordResetComplete(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_done.html"
    extra_context = {"heading": "set"}
