"""Inside a benchmark instance: a reporting round open on the national plan, and a focal
point (with a session) for each editable submission of it and of the demo's open round;
prints them as JSON with the public pages readers open. Usage: load_prepare.py COUNT"""

from __future__ import annotations

import json
import sys
from datetime import date

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

from napkit.accounts.models import PlanRole, Role  # noqa: E402
from napkit.core.plan.index import index  # noqa: E402
from napkit.monitoring import services  # noqa: E402
from napkit.monitoring.models import EDITABLE, Submission  # noqa: E402
from napkit.plans import queries  # noqa: E402
from napkit.plans.models import Plan  # noqa: E402


def _session(user: object) -> str:
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)  # type: ignore[attr-defined]
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()  # type: ignore[attr-defined]
    store.create()
    return str(store.session_key)


def main(count: int) -> None:
    national = Plan.objects.get(key="nation-a-nap-2016")
    services.open_round(
        None,
        national,
        label="Q4 2026 (load)",
        period_start=date(2026, 10, 1),
        period_end=date(2026, 12, 31),
        opens=date(2027, 1, 1),
        deadline=date(2027, 1, 31),
    )
    open_subs = Submission.objects.filter(status__in=EDITABLE).select_related("round__plan")
    reporters = []
    for n, sub in enumerate(open_subs.order_by("round__plan__key", "organisation")[:count]):
        user = get_user_model().objects.create_user(f"load-{n}", f"load{n}@x.org", "x" * 20)
        PlanRole.objects.create(
            user=user, plan=sub.round.plan, role=Role.FOCAL_POINT, organisation=sub.organisation
        )
        plan = queries.working_copy(sub.round.plan)
        numeric = [
            f"ind-{i.indicator.id}-value"
            for i in index(plan).indicators
            if i.indicator.responsible == sub.organisation
            and i.indicator.measure.value in ("number", "percentage")
        ]
        reporters.append(
            {
                "session": _session(user),
                "numeric": numeric,
                "submission": sub.pk,
                "path": f"/plans/{sub.round.plan.key}/monitoring/submissions/{sub.pk}/",
            }
        )
    public = []
    for record in Plan.objects.filter(key__in=["nation-a-nap-2016", "valdoria-nap-2025"]):
        found = index(queries.working_copy(record))
        base = f"/public/{record.key}/"
        public += [base, base + "indicators/", base + "scorecard/"]
        public += [f"{base}indicators/{i.indicator.id}/" for i in found.indicators[:5]]
        public += [f"{base}organisations/{o}/" for o in list(found.organisations)[:3]]
    json.dump({"reporters": reporters, "public": public}, sys.stdout)


if __name__ == "__main__":
    main(int(sys.argv[1]))
