"""Accounts a ministry runs itself: opening one (its owner chooses the password by a link
sent to them), closing and reopening one. Site administrators only (the permission module
says who)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from napkit.accounts import permissions


class NotAllowed(Exception):
    """Only a site administrator opens, closes and reopens accounts."""


@dataclass(frozen=True)
class Opened:
    user: object
    link: str  # where its owner chooses a password (also sent to them by email)


def invitation(user: object, base_url: str) -> dict[str, object]:
    """What the email inviting ``user`` to choose a password says, with its link."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))  # type: ignore[attr-defined]
    token = default_token_generator.make_token(user)  # type: ignore[arg-type]
    scheme, _sep, domain = base_url.rstrip("/").partition("://")
    path = reverse("password-reset-confirm", kwargs={"uidb64": uid, "token": token})
    return {
        "user": user,
        "new_account": True,
        "protocol": scheme,
        "domain": domain,
        "uid": uid,
        "token": token,
        "link": f"{scheme}://{domain}{path}",
    }


def open_account(
    by: object, username: str, email: str, full_name: str = "", base_url: str | None = None
) -> Opened:
    """A new account without a password; its owner is sent a link to choose one."""
    if not permissions.manages_accounts(by):
        raise NotAllowed()
    first, _space, last = full_name.strip().partition(" ")
    with transaction.atomic():
        user = get_user_model().objects.create_user(
            username=username, email=email, first_name=first[:150], last_name=last[:150]
        )
        user.set_unusable_password()
        user.save()
    context = invitation(user, base_url or settings.SITE_URL)
    subject = render_to_string("accounts/email/password_reset_subject.txt", context).strip()
    body = render_to_string("accounts/email/password_reset.txt", context)
    send_mail(subject, body, None, [email])
    return Opened(user, str(context["link"]))


def set_active(by: object, user: object, active: bool) -> None:
    """Close an account (its owner can no longer sign in; its history stays) or reopen it."""
    if not permissions.manages_accounts(by):
        raise NotAllowed()
    if user == by and not active:
        raise NotAllowed()  # an administrator cannot lock themselves out
    type(user).objects.filter(pk=user.pk).update(is_active=active)  # type: ignore[attr-defined]
