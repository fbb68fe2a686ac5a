"""Civil society's shadow assessments: the form, and saving and publishing them.

Partners write an assessment of a reporting period (a summary, a link to their full
text, and a rating and finding for the plan as a whole, per objective and per scorecard
criterion) and publish it when they choose. Saves
carry a version number, so two partners editing the same assessment cannot overwrite
each other's work unseen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from napkit.core.monitoring.progress import Status
from napkit.core.plan import model as core
from napkit.core.scorecard import catalogue
from napkit.core.scorecard.model import Level
from napkit.monitoring.models import ShadowAssessment, ShadowFinding
from napkit.plans.models import Plan
from napkit.plans.signals import public_changed

WHOLE = "plan"  # the form's key for findings about the plan as a whole
CRITERION = "criterion-"  # the form's keys for findings about a scorecard criterion

RATINGS = [
    ("", _("no rating")),
    (Status.ACHIEVED.value, _("achieved")),
    (Status.ON_TRACK.value, _("on track")),
    (Status.AT_RISK.value, _("at risk")),
    (Status.OFF_TRACK.value, _("off track")),
]
# A criterion is rated as the scorecard rates it.
LEVEL_RATINGS = [
    ("", _("no rating")),
    (Level.HIGH_IMPACT.value, _("high impact")),
    (Level.SOLID.value, _("solid")),
    (Level.PARTIAL.value, _("partial")),
    (Level.WEAK.value, _("weak")),
]


class StaleAssessment(Exception):
    """Someone saved the assessment since this form was opened."""


class ShadowForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    authors = forms.CharField(
        label=_("Written by"),
        max_length=300,
        help_text=_("The organisations, as they wish to be named; separate several with ';'."),
    )
    period_start = forms.DateField(
        label=_("Period from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    period_end = forms.DateField(
        label=_("Period to"), widget=forms.DateInput(attrs={"type": "date"})
    )
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea(attrs={"rows": 8}))
    url = forms.URLField(
        assume_scheme="https",
        label=_("Full text"),
        required=False,
        help_text=_("A link to the published document."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, plan: core.Plan, *args: Any, editing: bool = False, **kwargs: Any):
        super().__init__(*args, **kwargs)
        # Saving over an assessment needs the version it was opened at; a new one has none.
        self.fields["version"].required = editing
        self.subjects = [(WHOLE, str(_("The plan as a whole")))] + [
            (o.id, f"{o.id} {o.title}") for o in plan.objectives
        ]
        self.criteria = [(f"{CRITERION}{c.id}", f"{c.number}. {_(c.title)}") for c in catalogue()]
        for key, label in self.subjects + self.criteria:
            self.fields[f"rating-{key}"] = forms.ChoiceField(
                label=_("Rating: {subject}").format(subject=label),
                choices=LEVEL_RATINGS if key.startswith(CRITERION) else RATINGS,
                required=False,
            )
            self.fields[f"finding-{key}"] = forms.CharField(
                label=_("Finding: {subject}").format(subject=label),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The period cannot end before it starts."))
        if "version" in self.errors:  # a hidden field: say it where it shows
            self.add_error(
                None,
                _(
                    "This form came without the version of the assessment it edits, so saving "
                    "it could overwrite someone else's changes. Nothing was saved: open the "
                    "assessment again, then make your changes."
                ),
            )
        for key, _label in self.subjects + self.criteria:
            if data.get(f"rating-{key}") and not data.get(f"finding-{key}", "").strip():
                self.add_error(f"finding-{key}", _("Say what the rating rests on."))
        return data

    @property
    def finding_rows(self) -> list[tuple[str, forms.BoundField, forms.BoundField]]:
        return [
            (label, self[f"rating-{key}"], self[f"finding-{key}"]) for key, label in self.subjects
        ]

    @property
    def criterion_rows(self) -> list[tuple[str, forms.BoundField, forms.BoundField]]:
        return [
            (label, self[f"rating-{key}"], self[f"finding-{key}"]) for key, label in self.criteria
        ]


def initial(found: ShadowAssessment) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": found.title,
        "authors": found.authors,
        "period_start": found.period_start,
        "period_end": found.period_end,
        "summary": found.summary,
        "url": found.url,
        "version": found.version,
    }
    for f in found.findings.all():
        key = f"{CRITERION}{f.criterion}" if f.criterion else (f.item or WHOLE)
        data[f"rating-{key}"] = f.rating
        data[f"finding-{key}"] = f.text
    return data


@dataclass(frozen=True)
class Saved:
    assessment: ShadowAssessment
    created: bool


def save(user: object, record: Plan, found: ShadowAssessment | None, data: dict[str, Any]) -> Saved:
    """Create or update an assessment; StaleAssessment if it changed since it was opened."""
    fields = {k: data[k] for k in ("title", "authors", "period_start", "period_end", "summary")}
    fields["url"] = data.get("url") or ""
    with transaction.atomic():
        if found is None:
            found = ShadowAssessment.objects.create(
                plan=record,
                created_by=user if getattr(user, "is_authenticated", False) else None,
                **fields,
            )
            created = True
        else:
            locked = ShadowAssessment.objects.select_for_update().get(pk=found.pk)
            if data.get("version") != locked.version:  # a missing version is never current
                raise StaleAssessment()
            for name, value in fields.items():
                setattr(locked, name, value)
            locked.version += 1
            locked.save()
            found, created = locked, False
        found.findings.all().delete()
        order = 0
        for key in [WHOLE, *(k for k in _subject_keys(data) if k != WHOLE)]:
            text = (data.get(f"finding-{key}") or "").strip()
            if text:
                criterion = key.removeprefix(CRITERION) if key.startswith(CRITERION) else ""
                ShadowFinding.objects.create(
                    assessment=found,
                    item="" if key == WHOLE or criterion else key,
                    criterion=criterion,
                    rating=data.get(f"rating-{key}") or "",
                    text=text,
                    order=order,
                )
                order += 1
        public_changed.send("monitoring", record=record)
    return Saved(found, created)


def _subject_keys(data: dict[str, Any]) -> list[str]:
    return [k.removeprefix("finding-") for k in data if k.startswith("finding-")]


def publish(found: ShadowAssessment, published: bool) -> ShadowAssessment:
    with transaction.atomic():
        found.published_at = timezone.now() if published else None
        found.version += 1
        found.save(update_fields=["published_at", "version", "updated"])
        public_changed.send("monitoring", record=found.plan)
    return found
