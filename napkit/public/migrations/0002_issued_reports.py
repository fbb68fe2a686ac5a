# Issued annual reports: editions frozen with their documents (issue 15.4).

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0008_pending_import"),
        ("public", "0001_releases"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="IssuedReport",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "period",
                    models.CharField(help_text="The period's slug (fy-2025-26).", max_length=40),
                ),
                ("period_label", models.CharField(max_length=80)),
                ("period_start", models.DateField()),
                ("period_end", models.DateField()),
                ("edition", models.PositiveIntegerField()),
                (
                    "version",
                    models.PositiveIntegerField(help_text="The published version it rests on."),
                ),
                (
                    "data",
                    models.JSONField(
                        help_text="The release it was built from (plan and approved data)."
                    ),
                ),
                (
                    "reason",
                    models.TextField(blank=True, help_text="Why a later edition was issued."),
                ),
                ("issued_by_name", models.CharField(blank=True, max_length=150)),
                ("issued_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "issued_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="issued_reports",
                        to="plans.plan",
                    ),
                ),
            ],
            options={
                "ordering": ["period_end", "-edition"],
            },
        ),
        migrations.CreateModel(
            name="IssuedFile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=8)),
                ("fmt", models.CharField(max_length=4)),
                ("filename", models.CharField(max_length=200)),
                ("content", models.BinaryField()),
                (
                    "issued",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="files",
                        to="public.issuedreport",
                    ),
                ),
            ],
        ),
        migrations.AddConstraint(
            model_name="issuedreport",
            constraint=models.UniqueConstraint(
                fields=("plan", "period", "edition"), name="one_edition_number_per_period"
            ),
        ),
        migrations.AddConstraint(
            model_name="issuedfile",
            constraint=models.UniqueConstraint(
                fields=("issued", "language", "fmt"), name="one_file_per_language_and_format"
            ),
        ),
    ]
