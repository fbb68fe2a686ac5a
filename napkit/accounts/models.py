"""Who may do what on which plan: roles per plan, login throttling, API tokens."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from napkit.plans.models import Plan


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Administrator")
    COORDINATOR = "coordinator", _("Coordinator")
    FOCAL_POINT = "focal_point", _("Focal point")
    CIVIL_SOCIETY = "civil_society", _("Civil-society partner")
    VIEWER = "viewer", _("Viewer")


class PlanRole(models.Model):
    """A user's role on one plan; a focal point (and optionally a partner) acts for an
    organisation of the plan, named by its id."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plan_roles"
    )
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=20, choices=Role.choices)
    organisation = models.CharField(
        max_length=64, blank=True, help_text="Id of the plan organisation the user acts for."
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "plan"], name="one_role_per_plan")]

    def __str__(self) -> str:
        return f"{self.user} {self.role} on {self.plan}"


class LoginFailure(models.Model):
    """A failed sign-in, kept for a while to slow down password guessing."""

    username = models.CharField(max_length=150, db_index=True)
    address = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)


class LoginAttempts(models.Model):
    """How many sign-ins a user name has had in the current window: taken one at a time by
    single conditional updates, so simultaneous guesses cannot slip past the limit."""

    username = models.CharField(max_length=150, unique=True)
    attempts = models.PositiveIntegerField(default=0)
    since = models.DateTimeField()


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def user_for(self, token: str) -> object | None:
        found = self.select_related("user").filter(digest=_digest(token)).first()
        return found.user if found and found.user.is_active else None


class ApiToken(models.Model):
    """A token for the API; only its digest is stored, the token is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = ApiTokenQuerySet.as_manager()

    def __str__(self) -> str:
        return f"{self.user}: {self.name}"

    @classmethod
    def issue(cls, user: object, name: str) -> str:
        token = secrets.token_urlsafe(32)
        cls.objects.create(user=user, name=name, digest=_digest(token))
        return token
