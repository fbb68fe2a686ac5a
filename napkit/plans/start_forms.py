"""The forms that start a plan in the browser: a new plan, the next edition, an upload."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from napkit.core.plan import countries
from napkit.core.plan.create import Answers, EndValue
from napkit.core.plan.types import _check_id
from napkit.core.plan.vocabulary import PlanKind
from napkit.plans.models import Plan

LANGUAGES = (
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("ar", _("Arabic")),
    ("ru", _("Russian")),
)
KINDS = (
    (PlanKind.NATIONAL.value, _("National plan")),
    (PlanKind.REGIONAL.value, _("Regional plan (several countries)")),
    (PlanKind.PROVINCIAL.value, _("Provincial plan")),
    (PlanKind.LOCAL.value, _("Local plan")),
    (PlanKind.DEPARTMENTAL.value, _("Departmental plan (one ministry or agency)")),
)
SUB_PLANS = {PlanKind.PROVINCIAL.value, PlanKind.LOCAL.value, PlanKind.DEPARTMENTAL.value}
FRAMEWORKS = (
    ("un", _("The UN four pillars: participation, prevention, protection, relief and recovery")),
    ("own", _("The plan's own pillars")),
)
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _plan_id(value: str) -> str:
    value = value.strip()
    try:
        _check_id(value)
    except ValueError as error:
        raise forms.ValidationError(str(error)) from None
    if Plan.objects.filter(key=value).exists():
        raise forms.ValidationError(_("A plan with this id already exists."))
    return value


class PeriodMixin(forms.Form):
    start = forms.DateField(label=_("Period starts"), widget=DATE)
    end = forms.DateField(label=_("Period ends"), widget=DATE)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The period must end after it starts."))
        return data


class NewPlanForm(PeriodMixin):
    country = forms.ChoiceField(label=_("Country"))
    kind = forms.ChoiceField(label=_("Kind of plan"), choices=KINDS, initial="national")
    region = forms.CharField(
        label=_("Province, locality or department"),
        required=False,
        max_length=200,
        help_text=_("For a provincial, local or departmental plan."),
    )
    parent = forms.ChoiceField(
        label=_("Rolls up into"),
        required=False,
        help_text=_("The national plan this sub-plan contributes to."),
    )
    edition = forms.IntegerField(
        label=_("Edition"),
        required=False,
        min_value=1,
        max_value=99,
        help_text=_("1 for a country's first plan, 2 for its second, …"),
    )
    title = forms.CharField(label=_("Title"), max_length=500)
    field_order = ["country", "kind", "region", "parent", "edition", "title", "start", "end"]
    languages = forms.MultipleChoiceField(
        label=_("Languages of the plan"),
        choices=LANGUAGES,
        initial=["en"],
        widget=forms.CheckboxSelectMultiple,
    )
    framework = forms.ChoiceField(
        label=_("Framework"), choices=FRAMEWORKS, initial="un", widget=forms.RadioSelect
    )
    pillars = forms.CharField(
        label=_("The plan's own pillars"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line, in the plan's order."),
    )
    plan_id = forms.CharField(
        label=_("Plan id"),
        required=False,
        max_length=64,
        help_text=_(
            "Used in addresses and files; it never changes. Left empty, one is made from the "
            "country and the year."
        ),
    )

    def __init__(self, *args: Any, parents: Iterable[Plan] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        language = (get_language() or "en").split("-")[0]
        self.fields["country"].choices = [("", "—"), *countries.choices(language)]  # type: ignore[attr-defined]
        self.fields["parent"].choices = [  # type: ignore[attr-defined]
            ("", "—"),
            *((p.key, f"{p.title} ({p.key})") for p in parents),
        ]

    def clean_plan_id(self) -> str:
        value = self.cleaned_data.get("plan_id") or ""
        return _plan_id(value) if value.strip() else ""

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("framework") == "own" and not _lines(data.get("pillars") or ""):
            self.add_error("pillars", _("Name the plan's pillars, one per line."))
        if data.get("parent") and data.get("kind") not in SUB_PLANS:
            self.add_error(
                "parent", _("Only a provincial, local or departmental plan rolls up into another.")
            )
        if data.get("kind") in SUB_PLANS and not (data.get("region") or "").strip():
            self.add_error("region", _("Say which province, locality or department."))
        return data

    def answers(self) -> Answers:
        d = self.cleaned_data
        return Answers(
            country=d["country"],
            title=d["title"].strip(),
            start=d["start"],
            end=d["end"],
            edition=d.get("edition"),
            kind=PlanKind(d["kind"]),
            region=(d.get("region") or "").strip() or None,
            parent=d.get("parent") or None,
            languages=tuple(d["languages"]),
            pillars=tuple(_lines(d.get("pillars") or "")) if d["framework"] == "own" else (),
        )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class NextEditionForm(PeriodMixin):
    title = forms.CharField(label=_("Title"), max_length=500)
    plan_id = forms.CharField(
        label=_("Plan id"), max_length=64, help_text=_("Used in addresses; it never changes.")
    )
    field_order = ["title", "start", "end", "plan_id"]

    def __init__(self, *args: Any, end_values: dict[str, EndValue], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.end_values = end_values
        for key in end_values:
            self.fields[f"baseline-{key}"] = forms.BooleanField(required=False, initial=True)

    def clean_plan_id(self) -> str:
        return _plan_id(self.cleaned_data.get("plan_id") or "")

    def baselines(self) -> dict[str, EndValue]:
        return {k: v for k, v in self.end_values.items() if self.cleaned_data.get(f"baseline-{k}")}


class UploadPlanForm(forms.Form):
    file = forms.FileField(
        label=_("Plan file"),
        help_text=_(
            "A plan file in YAML or JSON (as `napkit export` writes it), or a logframe "
            "workbook (.xlsx)."
        ),
    )
    replace = forms.BooleanField(
        label=_("Replace the stored plan with the same id"),
        required=False,
        help_text=_("Its versions, roles and history stay; its working copy is replaced."),
    )


def default_period(today: date) -> tuple[date, date]:
    """Next January to the end of a five-year plan, the most common span."""
    start = date(today.year + 1, 1, 1)
    return start, date(start.year + 4, 12, 31)
