"""Links that are not http(s) or mailto (a ``javascript:`` link, say) are refused by plan
files since this version. Any such link already stored, in a working copy or a published
version, is removed here, with an audit entry saying where and what it was, so that every
stored plan reads under the new rule."""

import re

from django.db import migrations

LINK_FIELDS = {"url", "minutes_url", "report_url"}


def _safe(value):
    seen = re.sub(r"[\x00-\x20]", "", value or "").lower()
    return seen.startswith(("http://", "https://", "mailto:")) and not any(
        c.isspace() for c in value.strip()
    )


def _clean(node, path, removed):
    if isinstance(node, list):
        for i, item in enumerate(node):
            _clean(item, f"{path}[{i}]", removed)
    elif isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}" if path else key
            if key in LINK_FIELDS and isinstance(value, str) and value.strip():
                if not _safe(value):
                    node[key] = None
                    removed.append(f"{where}: {value[:200]!r}")
            else:
                _clean(value, where, removed)


def forwards(apps, schema_editor):
    Plan = apps.get_model("plans", "Plan")
    PlanVersion = apps.get_model("plans", "PlanVersion")
    AuditEntry = apps.get_model("plans", "AuditEntry")
    for record in Plan.objects.all():
        removed = []
        _clean(record.document, "", removed)
        for version in PlanVersion.objects.filter(plan=record):
            found = []
            _clean(version.snapshot, "", found)
            if found:
                version.save(update_fields=["snapshot"])
                removed += [f"version {version.number}: {f}" for f in found]
        if removed:
            record.save(update_fields=["document"])
            AuditEntry.objects.create(
                plan=record,
                action="update",
                kind="plan",
                key=record.key,
                label="Unsafe links removed",
                reason="Links must be http(s) or mailto; removed on upgrade: "
                + "; ".join(removed),
            )


class Migration(migrations.Migration):
    dependencies = [("plans", "0006_drop_plan_tables")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False)]
