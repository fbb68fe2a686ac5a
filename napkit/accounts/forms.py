"""Sign-in with throttling, and giving people roles on a plan."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from napkit.accounts import throttle
from napkit.accounts.models import Role


class ThrottledLoginForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _("Too many failed attempts. Wait 15 minutes and try again."),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        if username and not throttle.take_attempt(username):
            raise forms.ValidationError(self.error_messages["locked"], code="locked")
        try:
            return super().clean()
        except forms.ValidationError:
            address = self.request.META.get("REMOTE_ADDR") if self.request else None
            throttle.record_failure(username, address)
            raise


class RoleForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=150)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    organisation = forms.ChoiceField(label=_("Acts for (focal points)"), required=False)

    def __init__(self, organisations: list[tuple[str, str]], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [("", "—"), *organisations]

    def clean_username(self) -> object:
        name = self.cleaned_data["username"]
        user = get_user_model().objects.filter(username=name, is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("No active user with this name."))
        return user

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("role") == Role.FOCAL_POINT and not data.get("organisation"):
            self.add_error("organisation", _("A focal point acts for an organisation."))
        return data


class AccountForm(forms.Form):
    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        help_text=_("Letters, digits and @ . + - _ only; what its owner signs in with."),
    )
    email = forms.EmailField(
        label=_("Email"), help_text=_("The link to choose a password goes here.")
    )
    full_name = forms.CharField(label=_("Full name"), max_length=300, required=False)

    def clean_username(self) -> str:
        name = str(self.cleaned_data["username"]).strip()
        validator = get_user_model().username_validator
        validator(name)
        if get_user_model().objects.filter(username__iexact=name).exists():
            raise forms.ValidationError(_("An account with this user name exists already."))
        return name
