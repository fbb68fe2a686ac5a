"""Inside a benchmark instance: accounts, sessions and API tokens for each plan, the pages
to time, and how many queries each page costs (run by bench/instance.py, prints JSON).

Usage: python bench/prepare.py PLAN_KEY…
"""

from __future__ import annotations

import json
import sys
from collections import Counter

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import (  # noqa: E402
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,
)
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from napkit import memo  # noqa: E402
from napkit.accounts.models import ApiToken, PlanRole, Role  # noqa: E402
from napkit.core.plan.index import index  # noqa: E402
from napkit.monitoring.models import Submission  # noqa: E402
from napkit.plans import queries  # noqa: E402
from napkit.plans.models import Plan  # noqa: E402


def _user(name: str, plan: Plan, role: Role, organisation: str = "") -> object:
    user, _ = get_user_model().objects.get_or_create(username=name)
    PlanRole.objects.update_or_create(
        user=user, plan=plan, defaults={"role": role, "organisation": organisation}
    )
    return user


def _session(user: object) -> str:
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)  # type: ignore[attr-defined]
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()  # type: ignore[attr-defined]
    store.create()
    return str(store.session_key)


def _prepare(key: str) -> dict[str, object]:
    record = Plan.objects.get(key=key)
    plan = queries.working_copy(record)
    found = index(plan)
    biggest = Counter(i.indicator.responsible for i in found.indicators).most_common(1)[0][0]
    coordinator = _user(f"bench-coordinator-{key}", record, Role.COORDINATOR)
    focal = _user(f"bench-focal-{key}", record, Role.FOCAL_POINT, biggest or "")
    submission = (
        Submission.objects.filter(round__plan=record, organisation=biggest)
        .order_by("-round__period_end")
        .first()
    )
    indicator = found.indicators[0].indicator.id
    activity = found.activities[0].item.id
    base = f"/plans/{key}"
    pages = [
        ("plan page", "coordinator", f"{base}/"),
        ("an objective's page", "coordinator", f"{base}/results/{plan.objectives[0].id}/"),
        ("editor page of an activity", "coordinator", f"{base}/items/{activity}/edit/"),
        ("workspace indicator page", "coordinator", f"{base}/monitoring/indicators/{indicator}/"),
        ("monitoring dashboard", "coordinator", f"{base}/monitoring/"),
        (
            "submission form (biggest organisation)",
            "focal",
            f"{base}/monitoring/submissions/{submission.pk if submission else 0}/",
        ),
        ("public overview", "public", f"/public/{key}/"),
        ("public indicator page", "public", f"/public/{key}/indicators/{indicator}/"),
    ]
    clients = {"coordinator": Client(HTTP_HOST="localhost"), "focal": Client(HTTP_HOST="localhost")}
    clients["coordinator"].force_login(coordinator)  # type: ignore[arg-type]
    clients["focal"].force_login(focal)  # type: ignore[arg-type]
    clients["public"] = Client(HTTP_HOST="localhost")
    counts = {}
    for name, who, path in pages:
        cache.clear()
        memo.forget_everything()
        with CaptureQueriesContext(connection) as ctx:
            status = clients[who].get(path).status_code
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        counts[name] = len(ctx.captured_queries)
    writable = [a.item.id for a in found.activities[:12]]
    return {
        "sessions": {"coordinator": _session(coordinator), "focal": _session(focal)},
        "token": ApiToken.issue(coordinator, "bench"),
        "pages": pages,
        "queries": counts,
        "activities": writable,
        "organisation": biggest,
    }


def main(keys: list[str]) -> None:
    out = {key: _prepare(key) for key in keys}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
