"""The working copy becomes one document: each plan's rows are read into the plan file's
JSON, and its per-item edit counters move onto the plan's row."""

import uuid

from django.db import migrations, models


def to_documents(apps, schema_editor):
    from napkit.core.plan import planfile
    from napkit.plans.migrations._legacy_tables import to_core

    Plan = apps.get_model("plans", "Plan")
    ItemVersion = apps.get_model("plans", "ItemVersion")
    for record in Plan.objects.all():
        plan = to_core(apps, record)
        record.document = planfile.to_data(plan, json_mode=True)
        record.item_counters = dict(
            ItemVersion.objects.filter(plan=record).values_list("key", "version")
        )
        record.version = 1 + sum(record.item_counters.values())
        record.revision = uuid.uuid4()
        record.save(update_fields=["document", "item_counters", "version", "revision"])


def to_rows(apps, schema_editor):
    # Going back is possible only where there is nothing to lose.
    if not apps.get_model("plans", "Plan").objects.exists():
        return
    raise RuntimeError(
        "napkit cannot go back to the plan tables of 0004: restore a backup taken before "
        "the upgrade instead"
    )


class Migration(migrations.Migration):
    dependencies = [("plans", "0004_comment")]

    operations = [
        migrations.AddField(
            model_name="plan",
            name="document",
            field=models.JSONField(null=True, help_text="The working copy, as the plan file's JSON."),
        ),
        migrations.AddField(
            model_name="plan",
            name="version",
            field=models.PositiveIntegerField(
                default=1, help_text="Counts every change of the working copy."
            ),
        ),
        migrations.AddField(
            model_name="plan",
            name="item_counters",
            field=models.JSONField(
                default=dict,
                help_text="Times each item (or section) was saved: detects two people editing "
                "the same thing while edits of different items go through.",
            ),
        ),
        migrations.AddField(
            model_name="plan",
            name="revision",
            field=models.UUIDField(
                default=uuid.uuid4,
                help_text="New at every change: names this exact document (a version number "
                "alone can come back after a restore), so a parsed copy is shared under it.",
            ),
        ),
        migrations.RunPython(to_documents, to_rows, elidable=False),
    ]
