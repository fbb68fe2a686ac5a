"""The submission form: one block per indicator, activity and budget line the organisation
reports on, built from the plan; and the form that opens a round."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from napkit.core.monitoring.progress import Status as ProgressStatus
from napkit.core.monitoring.quality import QualityWarning, tidy
from napkit.core.monitoring.submissions import Coverage, Reported, parse_value
from napkit.core.plan import model as core
from napkit.core.plan.labels import dimension_words
from napkit.core.plan.types import MAX_VALUE
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Aggregation, Measure
from napkit.monitoring import checks
from napkit.monitoring.models import ActivityStatus, IndicatorReport, Submission
from napkit.monitoring.services import Entries

ASSESSMENTS = [
    ("", "—"),
    (ProgressStatus.ACHIEVED.value, _("achieved")),
    (ProgressStatus.ON_TRACK.value, _("on track")),
    (ProgressStatus.AT_RISK.value, _("at risk")),
    (ProgressStatus.OFF_TRACK.value, _("off track")),
]


@dataclass
class IndicatorBlock:
    indicator: core.Indicator
    value: Any
    numerator: Any | None
    denominator: Any | None
    parts: list[tuple[str, list[Any]]]  # (dimension name, bound fields)
    assessment: Any | None
    note: Any
    hint: str
    warnings: list[str]  # data-quality warnings about what is saved, shown in the block


def _value_field(indicator: core.Indicator) -> forms.Field:
    if indicator.measure is Measure.PERCENTAGE:
        label = str(_("Value (%)"))
    elif indicator.unit:
        label = str(_("Value ({unit})")).format(unit=indicator.unit)
    else:
        label = str(_("Value"))
    if indicator.measure is Measure.YES_NO:
        return forms.ChoiceField(
            label=label, required=False, choices=[("", "—"), ("yes", _("yes")), ("no", _("no"))]
        )
    if indicator.measure is Measure.ORDINAL:
        return forms.ChoiceField(
            label=label, required=False, choices=[("", "—"), *[(s, s) for s in indicator.scale]]
        )
    if indicator.measure is Measure.NARRATIVE:
        return forms.CharField(
            label=_("Evidence"), required=False, widget=forms.Textarea(attrs={"rows": 3})
        )
    return forms.CharField(label=label, required=False)


def _hint(indicator: core.Indicator) -> str:
    if indicator.aggregation is Aggregation.CUMULATIVE and indicator.measure is Measure.NUMBER:
        return str(_("Report what happened in this period only; napkit adds the periods up."))
    if indicator.measure is Measure.PERCENTAGE:
        return str(
            _(
                "Give the numerator and denominator if you can: percentages are combined "
                "from them, never added up."
            )
        )
    return ""


def _plain(number: Any) -> Any:
    """A stored number as typed (29, 1000), not as stored (29.0, 1000.00); others unchanged."""
    if isinstance(number, bool) or not isinstance(number, int | float | Decimal):
        return number
    return tidy(number)


def _initial(row: IndicatorReport | None) -> dict[str, Any]:
    if row is None:
        return {}
    value = row.value
    if isinstance(value, bool):
        value = "yes" if value else "no"
    return {
        "value": _plain(value),
        "numerator": _plain(row.numerator),
        "denominator": _plain(row.denominator),
        "assessment": row.assessment,
        "note": row.note,
        "parts": {
            dim: {cat: _plain(n) for cat, n in (cats or {}).items()}
            for dim, cats in (row.parts or {}).items()
        },
    }


class SubmissionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    narrative = forms.CharField(
        label=_("Narrative: what moved, what did not, and why"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(
        self, plan: core.Plan, submission: Submission, coverage: Coverage, *args: Any, **kwargs: Any
    ):
        super().__init__(*args, **kwargs)
        self.plan, self.submission, self.coverage = plan, submission, coverage
        self.dims = dimensions(plan)
        reports = {r.indicator: r for r in submission.indicators.all()}
        activities = {r.activity: r for r in submission.activities.all()}
        spending = {r.budget_line: r for r in submission.spending.all()}
        # Warnings are about what is saved: a form sent back with errors shows the errors.
        self.warnings: list[QualityWarning] = (
            [] if self.is_bound else checks.warnings(plan, submission, reports, spending)
        )
        self.blanks = [i.id for i in coverage.indicators if checks.blank(reports.get(i.id))]
        self.fields["version"].initial = submission.version
        self.fields["narrative"].initial = submission.narrative
        for indicator in coverage.indicators:
            self._indicator_fields(indicator, _initial(reports.get(indicator.id)))
        for activity in coverage.activities:
            row = activities.get(activity.id)
            prefix = f"act-{activity.id}"
            self.fields[f"{prefix}-status"] = forms.ChoiceField(
                label=_("Status"),
                required=False,
                choices=[("", "—"), *ActivityStatus.choices],
                initial=row.status if row else "",
            )
            self.fields[f"{prefix}-percent"] = forms.IntegerField(
                label=_("% complete"),
                required=False,
                min_value=0,
                max_value=100,
                initial=row.percent_complete if row else None,
            )
            self.fields[f"{prefix}-note"] = forms.CharField(
                label=_("Note"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=row.note if row else "",
            )
        for line in coverage.budget_lines:
            row = spending.get(line.id)
            for column, label in (
                ("allocated", _("Allocated")),
                ("disbursed", _("Disbursed")),
                ("spent", _("Spent")),
            ):
                self.fields[f"bl-{line.id}-{column}"] = forms.DecimalField(
                    label=f"{label} ({line.currency})",
                    required=False,
                    min_value=0,
                    max_digits=15,
                    decimal_places=2,
                    initial=_plain(getattr(row, column)) if row else None,
                )
        self._flag_warned_fields()

    def _flag_warned_fields(self) -> None:
        """Mark each field a warning is about, so it stands out beside its message."""
        for warning in self.warnings:
            if warning.field in ("allocated", "disbursed", "spent"):
                names = [f"bl-{warning.item}-{warning.field}"]
            elif warning.field == "parts":
                start = f"ind-{warning.item}-part~{warning.dimension}~"
                names = [n for n in self.fields if n.startswith(start)]
            else:
                names = [f"ind-{warning.item}-{warning.field}"]
            for name in names:
                if name in self.fields:
                    self.fields[name].widget.attrs["class"] = "has-warning"

    def warning_links(self) -> list[tuple[str, str]]:
        """(anchor of the block or row it is about, message) for each warning."""
        money = ("allocated", "disbursed", "spent")
        return [
            (f"{'bl' if w.field in money else 'ind'}-{w.item}", w.message) for w in self.warnings
        ]

    def warnings_of(self, item: str) -> list[str]:
        return [w.message for w in self.warnings if w.item == item]

    def _indicator_fields(self, indicator: core.Indicator, initial: dict[str, Any]) -> None:
        prefix = f"ind-{indicator.id}"
        value = _value_field(indicator)
        value.initial = initial.get("value")
        self.fields[f"{prefix}-value"] = value
        if indicator.measure is Measure.PERCENTAGE:
            for part in ("numerator", "denominator"):
                self.fields[f"{prefix}-{part}"] = forms.FloatField(
                    label=_("Numerator") if part == "numerator" else _("Denominator"),
                    required=False,
                    min_value=0,
                    max_value=MAX_VALUE,
                    initial=initial.get(part),
                )
        if indicator.measure in (Measure.NUMBER, Measure.PERCENTAGE):
            for dim_id in indicator.disaggregation:
                dim = self.dims.get(dim_id)
                for category in dim.categories if dim else []:
                    self.fields[f"{prefix}-part~{dim_id}~{category.id}"] = forms.FloatField(
                        label=dimension_words(category.name),
                        required=False,
                        min_value=0,
                        max_value=MAX_VALUE,
                        initial=initial.get("parts", {}).get(dim_id, {}).get(category.id),
                    )
        if indicator.measure is Measure.NARRATIVE:
            self.fields[f"{prefix}-assessment"] = forms.ChoiceField(
                label=_("Your assessment"),
                required=False,
                choices=ASSESSMENTS,
                initial=initial.get("assessment"),
            )
        self.fields[f"{prefix}-note"] = forms.CharField(
            label=_("Note or source"),
            required=False,
            initial=initial.get("note"),
            widget=forms.Textarea(attrs={"rows": 2}),  # read-only, a long note shows whole
        )

    def blocks(self) -> list[IndicatorBlock]:
        out = []
        for indicator in self.coverage.indicators:
            prefix = f"ind-{indicator.id}"
            parts = []
            for dim_id in indicator.disaggregation:
                fields = [
                    self[name]
                    for name in self.fields
                    if name.startswith(f"{prefix}-part~{dim_id}~")
                ]
                if fields:
                    parts.append((self.dims[dim_id].name, fields))
            out.append(
                IndicatorBlock(
                    indicator,
                    self[f"{prefix}-value"],
                    self[f"{prefix}-numerator"] if f"{prefix}-numerator" in self.fields else None,
                    self[f"{prefix}-denominator"]
                    if f"{prefix}-denominator" in self.fields
                    else None,
                    parts,
                    self[f"{prefix}-assessment"] if f"{prefix}-assessment" in self.fields else None,
                    self[f"{prefix}-note"],
                    _hint(indicator),
                    self.warnings_of(indicator.id),
                )
            )
        return out

    def activity_rows(self) -> list[tuple[core.Activity, Any, Any, Any]]:
        return [
            (a, self[f"act-{a.id}-status"], self[f"act-{a.id}-percent"], self[f"act-{a.id}-note"])
            for a in self.coverage.activities
        ]

    def spending_rows(self) -> list[tuple[core.BudgetLine, list[Any], list[str]]]:
        return [
            (
                b,
                [self[f"bl-{b.id}-{c}"] for c in ("allocated", "disbursed", "spent")],
                self.warnings_of(b.id),
            )
            for b in self.coverage.budget_lines
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for indicator in self.coverage.indicators:
            prefix = f"ind-{indicator.id}"
            value, why = parse_value(indicator, data.get(f"{prefix}-value"))
            if why:
                self.add_error(f"{prefix}-value", why)
            data[f"{prefix}-typed"] = value
        return data

    def entries(self) -> Entries:
        data = self.cleaned_data
        values: dict[str, Reported] = {}
        assessments: dict[str, str] = {}
        for indicator in self.coverage.indicators:
            prefix = f"ind-{indicator.id}"
            parts: dict[str, dict[str, float]] = {}
            for name in self.fields:
                if name.startswith(f"{prefix}-part~") and data.get(name) is not None:
                    # "~" cannot appear in ids, so it separates them safely.
                    _, dim, category = name.split("~", 2)
                    parts.setdefault(dim, {})[category] = data[name]
            values[indicator.id] = Reported(
                indicator.id,
                data.get(f"{prefix}-typed"),
                data.get(f"{prefix}-numerator"),
                data.get(f"{prefix}-denominator"),
                parts,
                data.get(f"{prefix}-note") or "",
            )
            if f"{prefix}-assessment" in self.fields:
                assessments[indicator.id] = data.get(f"{prefix}-assessment") or ""
        activities = {
            a.id: (
                data.get(f"act-{a.id}-status") or "",
                data.get(f"act-{a.id}-percent"),
                data.get(f"act-{a.id}-note") or "",
            )
            for a in self.coverage.activities
        }
        spending = {
            b.id: (
                b.currency or "",
                data.get(f"bl-{b.id}-allocated"),
                data.get(f"bl-{b.id}-disbursed"),
                data.get(f"bl-{b.id}-spent"),
            )
            for b in self.coverage.budget_lines
        }
        return Entries(values, assessments, activities, spending, data.get("narrative") or "")


class RoundForm(forms.Form):
    label = forms.CharField(
        label=_("Name"), max_length=100, help_text=_("For example FY 2026-27, or Q3 2026.")
    )
    frequency = forms.ChoiceField(
        label=_("Rhythm"),
        choices=[
            ("annual", _("annual")),
            ("semi_annual", _("semi-annual")),
            ("quarterly", _("quarterly")),
            ("custom", _("custom")),
        ],
    )
    period_start = forms.DateField(
        label=_("Period from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    period_end = forms.DateField(
        label=_("Period to"), widget=forms.DateInput(attrs={"type": "date"})
    )
    opens = forms.DateField(
        label=_("Submissions open"), widget=forms.DateInput(attrs={"type": "date"})
    )
    deadline = forms.DateField(label=_("Deadline"), widget=forms.DateInput(attrs={"type": "date"}))


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or Excel file"), help_text=_("Start from the template: one row per value.")
    )


class EvidenceForm(forms.Form):
    item = forms.ChoiceField(label=_("About"), required=False)
    file = forms.FileField(label=_("File"))
    description = forms.CharField(label=_("What it shows"), required=False)

    def __init__(self, coverage: Coverage, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["item"].choices = (
            [("", _("the whole submission"))]
            + [(i.id, f"{i.id} {i.name}") for i in coverage.indicators]
            + [(a.id, f"{a.id} {a.title}") for a in coverage.activities]
        )
