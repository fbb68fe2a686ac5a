"""Named people with a role each on the demo plan, for permission and workflow tests.

- coordinator: edits everything and publishes (Ministry of Foreign Affairs' WPS unit)
- focal_a: focal point of organisation A (Ministry of Defence, `mod`)
- focal_b: focal point of organisation B (Ministry of the Interior, `moi`)
- partner: civil-society partner (Women's Peace Network, `wpn`): reads drafts, comments
- viewer: reads the working copy
- administrator: manages roles on the plan
- anonymous: the public
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.test import Client

from napkit.accounts.models import PlanRole, Role
from napkit.core.plan import model as core
from napkit.plans import editing, services
from napkit.plans.models import Plan

ORG_A, ORG_B = "mod", "moi"
PASSWORD = "a-long-test-password-9"
ROLES: dict[str, tuple[Role, str]] = {
    "coordinator": (Role.COORDINATOR, ""),
    "focal_a": (Role.FOCAL_POINT, ORG_A),
    "focal_b": (Role.FOCAL_POINT, ORG_B),
    "partner": (Role.CIVIL_SOCIETY, "wpn"),
    "viewer": (Role.VIEWER, ""),
    "administrator": (Role.ADMINISTRATOR, ""),
}
PERSONAS = (*ROLES, "anonymous")


def store(*plans: core.Plan, publish: bool = False) -> list[Plan]:
    services.import_plans(list(plans))
    records = [Plan.objects.get(key=p.id) for p in plans]
    if publish:
        for record in records:
            editing.publish(None, record, "first version")
    return records


@dataclass
class Personas:
    record: Plan
    users: dict[str, object] = field(default_factory=dict)

    def client(self, name: str) -> Client:
        client = Client()
        if name != "anonymous":
            client.force_login(self.users[name])  # type: ignore[arg-type]
        return client


def make_personas(
    plan: core.Plan, *, publish: bool = False, names: Sequence[str] = tuple(ROLES)
) -> Personas:
    [record] = store(plan, publish=publish)
    found = Personas(record)
    users = get_user_model()
    for name in names:
        role, organisation = ROLES[name]
        user = users.objects.create_user(username=name, password=PASSWORD)
        PlanRole.objects.create(user=user, plan=record, role=role, organisation=organisation)
        found.users[name] = user
    return found
