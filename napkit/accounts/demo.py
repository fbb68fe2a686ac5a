"""Demo accounts: one person per role on the demo plans, so a newcomer can sign in as each."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction

from napkit.accounts.models import PlanRole, Role
from napkit.plans.models import Plan

DEMO_PLAN = "valdoria-nap-2025"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: Role | None  # None: site administrator
    organisation: str = ""
    description: str = ""


ACCOUNTS = (
    DemoAccount("admin", None, description="site administrator (all plans)"),
    DemoAccount(
        "coordinator", Role.COORDINATOR, description="WPS unit, Ministry of Foreign Affairs"
    ),
    DemoAccount("focal.mod", Role.FOCAL_POINT, "mod", "focal point, Ministry of Defence"),
    DemoAccount("focal.moi", Role.FOCAL_POINT, "moi", "focal point, Ministry of the Interior"),
    DemoAccount(
        "partner", Role.CIVIL_SOCIETY, "wpn", "civil-society partner, Women's Peace Network"
    ),
    DemoAccount("viewer", Role.VIEWER, description="viewer"),
)


def create_accounts(password: str | None = None) -> list[tuple[DemoAccount, str]]:
    """(Re)create the demo accounts with fresh passwords; returns each with its password."""
    users = get_user_model()
    plan = Plan.objects.get(key=DEMO_PLAN)
    made = []
    with transaction.atomic():
        for account in ACCOUNTS:
            secret = password or secrets.token_urlsafe(12)
            user, _ = users.objects.get_or_create(username=account.username)
            user.set_password(secret)
            user.is_superuser = user.is_staff = account.role is None
            user.is_active = True
            user.save()
            if account.role is not None:
                PlanRole.objects.update_or_create(
                    user=user,
                    plan=plan,
                    defaults={"role": account.role, "organisation": account.organisation},
                )
            made.append((account, secret))
    return made
