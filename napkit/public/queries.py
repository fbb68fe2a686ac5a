"""Named reads for the public: the list of published plans. A plan's release (what the
public sees of it) is stored and read through ``napkit.public.releases``."""

from __future__ import annotations

from django.db.models import OuterRef, Subquery

from napkit.plans.models import Plan, PlanVersion


def published_plans() -> list[Plan]:
    """Plans with at least one published version, each annotated with its latest number."""
    latest = PlanVersion.objects.filter(plan=OuterRef("pk")).order_by("-number")
    return list(
        Plan.objects.light()
        .listed()
        .annotate(
            latest_version=Subquery(latest.values("number")[:1]),
            latest_published=Subquery(latest.values("published_at")[:1]),
        )
        .filter(latest_version__isnull=False)
    )
