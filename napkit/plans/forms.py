"""Forms for editing plan items, built from the core model's fields.

Each kind of item lists the fields a form shows (dotted paths into the item, such as
``responsibility.lead``); the form field is chosen from the model's annotation. A saved
form becomes a dict of changes in the plan file's shape; problems the core finds come
back with field paths, which land beside the matching form field.
"""

from __future__ import annotations

import copy
import math
import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum, IntEnum
from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from pydantic import BaseModel

from napkit.core import catalogue
from napkit.core.catalogue.adapt import reference_text
from napkit.core.monitoring.submissions import number_text
from napkit.core.plan import model as core
from napkit.core.plan.edit import merge
from napkit.core.plan.labels import choice_words
from napkit.core.plan.problems import Problem
from napkit.core.plan.types import _check_id, is_number
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Measure

MODELS: dict[str, type[BaseModel]] = {
    "objective": core.Objective,
    "outcome": core.Outcome,
    "output": core.Output,
    "activity": core.Activity,
    "indicator": core.Indicator,
    "organisation": core.Organisation,
    "budget_line": core.BudgetLine,
    "risk": core.Risk,
    "consultation": core.Consultation,
    "consultation_input": core.ConsultationInput,
    "coordination_body": core.CoordinationBody,
    "meeting": core.Meeting,
    "decision": core.Decision,
    "action_item": core.ActionItem,
    "existing_action": core.ExistingAction,
}
LONG_TEXT = {
    "description",
    "definition",
    "summary",
    "statement",
    "mitigation",
    "how_addressed",
    "text",
    "note",
    "rules_of_engagement",
    "method",
    "source",
    "uses",
}
ORG_REFS = {
    "lead",
    "supporting",
    "responsible",
    "chair",
    "owner",
    "organisation",
    "source",
    "collects",
    "analyses",
    "reports",
    "attendance",
    "organisations",
    "lead_organisation",
}
LINES = {"tags", "agenda", "reports_to", "scale", "languages", "focus_countries"}

FIELDS: dict[str, tuple[str, ...]] = {
    "objective": ("title", "description", "pillars", "focus", "contexts"),
    "outcome": ("title", "description"),
    "output": ("title", "description"),
    "activity": (
        "title",
        "description",
        "responsibility.lead",
        "responsibility.supporting",
        "start",
        "end",
        "priority",
        "focus",
        "contexts",
        "tags",
        "responsibility.contact.name",
        "responsibility.contact.role",
        "responsibility.contact.email",
        "responsibility.contact.phone",
        "responsibility.contact.public",
    ),
    "indicator": (
        "name",
        "definition",
        "measure",
        "unit",
        "direction",
        "aggregation",
        "numerator",
        "denominator",
        "disaggregation",
        "scale",
        "baseline.value",
        "baseline.date",
        "baseline.source",
        "baseline.not_applicable",
        "target.value",
        "target.date",
        "source",
        "method",
        "frequency",
        "responsible",
        "data_roles.collects",
        "data_roles.analyses",
        "data_roles.reports",
        "data_roles.uses",
        "data_roles.reporting_frequency",
        "weight",
    ),
    "organisation": (
        "name",
        "acronym",
        "type",
        "level",
        "country",
        "url",
        "description",
        "focal_point.name",
        "focal_point.role",
        "focal_point.email",
        "focal_point.phone",
        "focal_point.public",
        "iati_ref",
    ),
    "budget_line": (
        "description",
        "amount",
        "currency",
        "status",
        "fiscal_year",
        "funding_source",
        "funding_type",
        "gender_marker",
        "organisation",
    ),
    "risk": ("title", "description", "likelihood", "impact", "mitigation", "owner"),
    "consultation": (
        "title",
        "date",
        "stage",
        "format",
        "location",
        "organisations",
        "participants.government",
        "participants.civil_society",
        "participants.academia",
        "participants.international",
        "participants.private",
        "participants.other",
        "participants.women",
        "participants.men",
        "report_url",
        "public",
    ),
    "consultation_input": (
        "summary",
        "source",
        "source_name",
        "about",
        "response",
        "how_addressed",
        "addressed_in",
    ),
    "coordination_body": (
        "name",
        "functions",
        "chair",
        "meeting_frequency",
        "meetings_per_year",
        "terms_of_reference.adopted",
        "terms_of_reference.url",
        "terms_of_reference.summary",
        "rules_of_engagement",
        "decisions_public",
    ),
    # A meeting's decisions and action items are items of their own, added under it.
    "meeting": (
        "date",
        "held",
        "agenda",
        "attendance",
        "women",
        "men",
        "minutes_url",
        "public",
    ),
    "decision": ("text", "date", "public"),
    "action_item": ("text", "owner", "due", "status", "done", "items"),
    "existing_action": ("title", "organisation", "description", "since", "status"),
    "metadata": (
        "title",
        "short_title",
        "country",
        "country_name",
        "edition",
        "kind",
        "region",
        "period.start",
        "period.end",
        "status",
        "languages",
        "predecessor",
        "parent",
        "adopted",
        "review_date",
        "lead_organisation",
        "lead_institution",
        "summary",
        "transcribed",
    ),
    "framework": (
        "context_lens",
        "focus",
        "focus_countries",
        "tiers.objective",
        "tiers.outcome",
        "tiers.output",
        "tiers.activity",
    ),
    "budget": ("status", "statement", "total", "currency", "published"),
    "monitoring": (
        "reporting_frequency",
        "fiscal_year_start",
        "reports_public",
        "reports_to",
        "midterm_review",
        "final_evaluation",
        "description",
    ),
    "coordinator": (
        "organisation",
        "unit",
        "resourcing",
        "staff_fte",
        "budget",
        "currency",
        "contact.name",
        "contact.email",
    ),
    "baseline_study": ("title", "date", "url", "summary"),
    # What the plan's document states where the plan does not hold the details.
    "statements": (
        "budget.answer",
        "budget.evidence",
        "budget.source",
        "indicators.answer",
        "indicators.evidence",
        "indicators.source",
        "baselines_targets.answer",
        "baselines_targets.evidence",
        "baselines_targets.source",
        "me_framework.answer",
        "me_framework.evidence",
        "me_framework.source",
        "regular_reporting.answer",
        "regular_reporting.evidence",
        "regular_reporting.source",
        "public_reporting.answer",
        "public_reporting.evidence",
        "public_reporting.source",
        "cs_design.answer",
        "cs_design.evidence",
        "cs_design.source",
        "cs_implementation_monitoring.answer",
        "cs_implementation_monitoring.evidence",
        "cs_implementation_monitoring.source",
        "coordination_mechanism.answer",
        "coordination_mechanism.evidence",
        "coordination_mechanism.source",
        "cs_on_coordination.answer",
        "cs_on_coordination.evidence",
        "cs_on_coordination.source",
        "results_chain.answer",
        "results_chain.evidence",
        "results_chain.source",
        "responsibility.answer",
        "responsibility.evidence",
        "responsibility.source",
    ),
}
# What a focal point may change on the items of their organisation.
VALUE_FIELDS = {"baseline.value", "target.value"}
MILESTONE_ROWS_SPARE = 2


def _strip_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _strip_optional(args[0])
    if typing.get_origin(annotation) is typing.Annotated:
        return _strip_optional(typing.get_args(annotation)[0])
    return annotation


def annotation_at(model: type[BaseModel], path: str) -> tuple[Any, Any]:
    """The annotation of a dotted field path, and its FieldInfo."""
    parts = path.split(".")
    current: Any = model
    info = None
    for part in parts:
        info = current.model_fields[part]
        current = _strip_optional(info.annotation)
    return current, info


@dataclass(frozen=True)
class Choices:
    organisations: list[tuple[str, str]]
    pillars: list[tuple[str, str]]
    dimensions: list[tuple[str, str]]

    @classmethod
    def of(cls, plan: core.Plan) -> Choices:
        return cls(
            organisations=[
                (o.id, (o.acronym and f"{o.acronym} — {o.name}") or o.name)
                for o in plan.organisations
            ],
            pillars=[(p.id, p.name) for p in plan.framework.pillars],
            dimensions=[(d.id, d.name) for d in dimensions(plan).values()],
        )


def form_name(path: str) -> str:
    return path.replace(".", "__")


LABELS = {
    "baseline.value": _("Baseline value"),
    "baseline.date": _("Baseline date"),
    "baseline.source": _("Baseline source"),
    "baseline.not_applicable": _("No baseline can exist"),
    "target.value": _("Target value"),
    "target.date": _("Target date"),
    "data_roles.collects": _("Who collects the data"),
    "data_roles.analyses": _("Who analyses the data"),
    "data_roles.reports": _("Who reports the data"),
    "data_roles.uses": _("Who uses the data"),
    "data_roles.reporting_frequency": _("How often it is reported"),
    "period.start": _("Period start"),
    "period.end": _("Period end"),
    "source": _("Source"),
}


# The other fields' labels (a field not listed here shows its path, tidied).
LABELS.update(
    {
        "acronym": _("Acronym"),
        "action_items": _("Action items"),
        "adopted": _("Adopted"),
        "aggregation": _("Aggregation"),
        "amount": _("Amount"),
        "attendance": _("Attendance"),
        "budget": _("Budget"),
        "chair": _("Chair"),
        "contact.email": _("Contact email"),
        "contact.name": _("Contact name"),
        "contact.phone": _("Contact phone"),
        "contact.role": _("Contact role"),
        "contact.public": _("Contact public"),
        "context_lens": _("Context lens"),
        "contexts": _("Contexts"),
        "country": _("Country"),
        "country_name": _("Country name"),
        "currency": _("Currency"),
        "date": _("Date"),
        "decisions": _("Decisions"),
        "decisions_public": _("Decisions public"),
        "definition": _("Definition"),
        "denominator": _("Denominator"),
        "description": _("Description"),
        "direction": _("Direction"),
        "disaggregation": _("Disaggregation"),
        "edition": _("Edition"),
        "end": _("End"),
        "final_evaluation": _("Final evaluation"),
        "fiscal_year": _("Fiscal year"),
        "fiscal_year_start": _("Fiscal year start"),
        "focal_point.email": _("Focal point email"),
        "focal_point.name": _("Focal point name"),
        "focal_point.phone": _("Focal point phone"),
        "focal_point.public": _("Focal point public"),
        "focal_point.role": _("Focal point role"),
        "focus": _("Focus"),
        "focus_countries": _("Focus countries"),
        "format": _("Format"),
        "frequency": _("Frequency"),
        "functions": _("Functions"),
        "funding_source": _("Funding source"),
        "funding_type": _("Funding type"),
        "gender_marker": _("Gender marker"),
        "how_addressed": _("How addressed"),
        "iati_ref": _("IATI identifier"),
        "impact": _("Impact"),
        "kind": _("Kind"),
        "languages": _("Languages"),
        "lead_institution": _("Lead institution"),
        "lead_organisation": _("Lead organisation"),
        "level": _("Level"),
        "likelihood": _("Likelihood"),
        "location": _("Location"),
        "measure": _("Measure"),
        "meeting_frequency": _("Meeting frequency"),
        "meetings_per_year": _("Meetings per year"),
        "method": _("Method"),
        "midterm_review": _("Midterm review"),
        "minutes_url": _("Minutes URL"),
        "mitigation": _("Mitigation"),
        "name": _("Name"),
        "numerator": _("Numerator"),
        "organisation": _("Organisation"),
        "organisations": _("Organisations"),
        "owner": _("Owner"),
        "parent": _("Parent"),
        "participants.academia": _("Participants: academia"),
        "participants.civil_society": _("Participants: civil society"),
        "participants.government": _("Participants: government"),
        "participants.international": _("Participants: international"),
        "participants.other": _("Participants: other"),
        "participants.private": _("Participants: private sector"),
        "participants.women": _("Participants: women"),
        "pillars": _("Pillars"),
        "predecessor": _("Predecessor"),
        "priority": _("Priority"),
        "public": _("Public"),
        "published": _("Published"),
        "region": _("Region"),
        "report_url": _("Report URL"),
        "reporting_frequency": _("Reporting frequency"),
        "reports_public": _("Reports public"),
        "reports_to": _("Reports to"),
        "resourcing": _("Resourcing"),
        "response": _("Response"),
        "responsibility.contact.email": _("Contact email"),
        "responsibility.contact.name": _("Contact name"),
        "responsibility.contact.phone": _("Contact phone"),
        "responsibility.contact.public": _("Contact public"),
        "responsibility.contact.role": _("Contact role"),
        "responsibility.lead": _("Lead"),
        "responsibility.supporting": _("Supporting"),
        "responsible": _("Responsible"),
        "review_date": _("Review date"),
        "rules_of_engagement": _("Rules of engagement"),
        "scale": _("Scale"),
        "short_title": _("Short title"),
        "since": _("Since"),
        "source_name": _("Source name"),
        "staff_fte": _("Staff (full-time equivalent)"),
        "stage": _("Stage"),
        "start": _("Start"),
        "statement": _("Statement"),
        "status": _("Status"),
        "summary": _("Summary"),
        "tags": _("Tags"),
        "terms_of_reference.adopted": _("Terms of reference adopted"),
        "terms_of_reference.summary": _("Terms of reference summary"),
        "terms_of_reference.url": _("Terms of reference URL"),
        "tiers.activity": _("Name of the activity level"),
        "tiers.objective": _("Name of the objective level"),
        "tiers.outcome": _("Name of the outcome level"),
        "tiers.output": _("Name of the output level"),
        "title": _("Title"),
        "total": _("Total"),
        "transcribed": _("Transcribed"),
        "type": _("Type"),
        "unit": _("Unit"),
        "url": _("URL"),
        "weight": _("Weight"),
    }
)
# What a plan states without details (statements): each statement's answer, evidence, source.
STATEMENT_LABELS = {
    "indicators": _("Indicators"),
    "baselines_targets": _("Baselines and targets"),
    "me_framework": _("M&E framework"),
    "regular_reporting": _("Regular reporting"),
    "public_reporting": _("Public reporting"),
    "cs_design": _("Civil society in design"),
    "cs_implementation_monitoring": _("Civil society in implementation and monitoring"),
    "coordination_mechanism": _("Coordination mechanism"),
    "cs_on_coordination": _("Civil society on the coordination body"),
    "budget": _("Budget"),
    "responsibility": _("Responsibility"),
    "results_chain": _("Results chain"),
}
STATEMENT_PARTS = {
    "answer": _("%(statement)s: answer"),
    "evidence": _("%(statement)s: evidence"),
    "source": _("%(statement)s: source"),
}


def _label(path: str) -> str:
    if path in LABELS:
        return str(LABELS[path])
    head, _dot, tail = path.partition(".")
    if head in STATEMENT_LABELS and tail in STATEMENT_PARTS:
        return str(STATEMENT_PARTS[tail]) % {"statement": STATEMENT_LABELS[head]}
    parts = [p.replace("_", " ") for p in path.split(".")]
    if len(parts) > 1 and parts[0] == "responsibility":
        parts = parts[1:]
    return " ".join(parts).capitalize()


def _is_reference(info: Any) -> bool:
    """Whether a field holds an item id (the plan's identifiers carry their own check)."""
    return any(getattr(m, "func", None) is _check_id for m in info.metadata) or any(
        getattr(m, "func", None) is _check_id
        for arg in typing.get_args(info.annotation)
        for m in getattr(arg, "__metadata__", ())
    )


def _enum_choices(enum: type[Enum]) -> list[tuple[Any, str]]:
    """An enumeration's values in the reader's words (a gender marker: "2 — principal")."""
    return [(m.value, choice_words(m)) for m in enum]


def make_field(model: type[BaseModel], path: str, choices: Choices) -> forms.Field:
    annotation, info = annotation_at(model, path)
    name = path.split(".")[-1]
    required = bool(info.is_required()) and "." not in path
    label = _label(path)
    help_text = gettext(info.description) if info.description else ""
    origin = typing.get_origin(annotation)
    inner = _strip_optional(typing.get_args(annotation)[0]) if origin is list else None
    if path in VALUE_FIELDS:
        return forms.CharField(label=label, required=False, help_text=help_text)
    if name in ORG_REFS and (name != "source" or _is_reference(info)):
        opts = choices.organisations
        if origin is list:
            return forms.MultipleChoiceField(
                label=label, choices=opts, required=False, widget=forms.CheckboxSelectMultiple
            )
        return forms.ChoiceField(label=label, choices=[("", "—"), *opts], required=required)
    if name == "pillars":
        return forms.MultipleChoiceField(
            label=label,
            choices=choices.pillars,
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
    if name == "disaggregation":
        return forms.MultipleChoiceField(
            label=label,
            choices=choices.dimensions,
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
    if origin is list and isinstance(inner, type) and issubclass(inner, Enum):
        return forms.MultipleChoiceField(
            label=label,
            choices=_enum_choices(inner),
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
    if origin is list or name in LINES:
        return forms.CharField(
            label=label,
            required=False,
            widget=forms.Textarea(attrs={"rows": 3}),
            help_text=_("One per line."),
        )
    if isinstance(annotation, type) and issubclass(annotation, IntEnum):
        return forms.TypedChoiceField(
            label=label,
            coerce=int,
            empty_value=None,
            choices=[("", "—"), *_enum_choices(annotation)],
            required=required,
        )
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        opts = _enum_choices(annotation)
        if info.default is not None and not info.is_required():
            # A field with a default always has a value: offer no blank.
            return forms.ChoiceField(label=label, choices=opts, initial=info.default.value)
        return forms.ChoiceField(
            label=label, choices=opts if required else [("", "—"), *opts], required=required
        )
    if annotation is bool:
        # A new meeting is held unless unticked: the box starts as the model's default.
        return forms.BooleanField(
            label=label, required=False, help_text=help_text, initial=info.default is True
        )
    if annotation is date:
        return forms.DateField(
            label=label,
            required=required,
            help_text=help_text,
            widget=forms.DateInput(attrs={"type": "date"}),
        )
    if annotation is int:
        return forms.IntegerField(label=label, required=required, help_text=help_text)
    if annotation is float:
        return forms.FloatField(label=label, required=required, help_text=help_text, min_value=0)
    if annotation is Decimal:
        return forms.DecimalField(
            label=label,
            required=required,
            help_text=help_text,
            min_value=0,
            decimal_places=2,
            max_digits=15,
        )
    widget = forms.Textarea(attrs={"rows": 3}) if name in LONG_TEXT else None
    return forms.CharField(
        label=label, required=required, help_text=help_text, widget=widget, strip=False
    )


def _get(data: Any, path: str) -> Any:
    for part in path.split("."):
        if data is None:
            return None
        data = data.get(part) if isinstance(data, dict) else None
    return data


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        if not isinstance(data.get(part), dict):
            data[part] = {}
        data = data[part]
    data[parts[-1]] = value


def _initial(value: Any, field: forms.Field) -> Any:
    if isinstance(field, forms.CharField) and isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool) and isinstance(field, forms.CharField):
        return "yes" if value else "no"
    return value


class ItemForm(forms.Form):
    """A form over some fields of one plan item (or plan section)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        model: type[BaseModel],
        paths: tuple[str, ...],
        plan: core.Plan,
        item: dict[str, Any] | None,
        *args: Any,
        with_id: bool = False,
        measure: Measure | None = None,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.model, self.paths, self.item = model, paths, item or {}
        self.measure = measure
        choices = Choices.of(plan)
        if with_id:
            self.fields["id"] = forms.RegexField(
                label=_("Id"),
                regex=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
                help_text=_(
                    "Letters, digits, '.', '_' or '-'; unique in the plan; it never "
                    "changes once set."
                ),
            )
        self.defaults: dict[str, Any] = {}
        for path in paths:
            field = make_field(model, path, choices)
            self.fields[form_name(path)] = field
            default = annotation_at(model, path)[1].default
            if isinstance(default, int | float | str) and not isinstance(default, bool):
                self.defaults[path] = default  # a blank field keeps the model's default
                if field.initial is None:
                    field.initial = default
            if item is not None and not self.is_bound:
                field.initial = _initial(_get(item, path), field)

    def changes(self) -> dict[str, Any]:
        """The cleaned form as changes to the item: only the fields the form shows (the
        service merges them into the item, so what the form does not show is kept)."""
        out: dict[str, Any] = {}
        for path in self.paths:
            value = self.cleaned_data.get(form_name(path))
            field = self.fields[form_name(path)]
            _set(out, path, self._convert(path, field, value))
        for top, value in list(out.items()):
            if not (isinstance(value, dict) and _optional(self.model, top)):
                continue
            current = self.item.get(top)
            whole = copy.deepcopy(current) if isinstance(current, dict) else {}
            merge(whole, value)
            if _blank(whole):  # an optional part left empty is cleared, not kept empty
                out[top] = None
        if "id" in self.fields:
            out["id"] = self.cleaned_data["id"]
        return out

    def _convert(self, path: str, field: forms.Field, value: Any) -> Any:
        if path in VALUE_FIELDS:
            return parse_value(value, self.measure)
        if (
            isinstance(field, forms.CharField)
            and isinstance(field.widget, forms.Textarea)
            and field.help_text == _("One per line.")
        ):
            return [line.strip() for line in (value or "").splitlines() if line.strip()]
        if isinstance(field, forms.MultipleChoiceField):
            # Keep the order the item had; newly ticked choices go at the end.
            before = _get(self.item, path) or []
            chosen = list(value or [])
            return [v for v in before if v in chosen] + [v for v in chosen if v not in before]
        if value in ("", None) and not field.required:
            return self.defaults.get(path)
        return value

    def add_problems(self, problems: list[Problem], base: tuple[Any, ...]) -> None:
        """Put each problem beside its field (paths relative to ``base``), or on top."""
        for problem in problems:
            rel = problem.path[len(base) :] if problem.path[: len(base)] == base else ()
            name = ".".join(str(p) for p in rel if not isinstance(p, int))
            while name and form_name(name) not in self.fields:
                name = name.rsplit(".", 1)[0] if "." in name else ""
            target = form_name(name) if name else None
            self.add_error(target, problem.message)


def _optional(model: type[BaseModel], name: str) -> bool:
    info = model.model_fields[name]
    return not info.is_required() and info.default is None


def _blank(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_blank(v) for v in value.values())
    return value in (None, "", [], False)


class IndicatorForm(ItemForm):
    """The indicator form, with its milestones as rows and the reason for revised targets."""

    def __init__(
        self,
        plan: core.Plan,
        item: dict[str, Any] | None,
        paths: tuple[str, ...],
        *args: Any,
        **kwargs: Any,
    ):
        measure = Measure((item or {}).get("measure") or Measure.NUMBER)
        super().__init__(core.Indicator, paths, plan, item, *args, measure=measure, **kwargs)
        existing = (item or {}).get("milestones") or []
        self.milestone_rows = len(existing) + MILESTONE_ROWS_SPARE
        for i in range(self.milestone_rows):
            old = existing[i] if i < len(existing) else {}
            self.fields[f"milestone_{i}_date"] = forms.DateField(
                label=_("Milestone date"),
                required=False,
                widget=forms.DateInput(attrs={"type": "date"}),
                initial=old.get("date"),
            )
            self.fields[f"milestone_{i}_value"] = forms.CharField(
                label=_("Milestone value"), required=False, initial=value_text(old.get("value"))
            )
            self.fields[f"milestone_{i}_label"] = forms.CharField(
                label=_("Milestone label"), required=False, initial=old.get("label") or ""
            )
        # Only the plan's editors say which catalogue indicators an indicator adapts.
        self.references = "name" in paths
        if self.references:
            self.fields["catalogue_ref"] = forms.CharField(
                label=_("Catalogue indicators it adapts"),
                required=False,
                initial=reference_text(
                    [
                        core.CatalogueRef.model_validate(r)
                        for r in (item or {}).get("catalogue") or []
                    ]
                ),
                help_text=_(
                    "The global indicators this one reports against, as in the indicator "
                    "catalogue: sdg:5.5.1, un_1325:11a (several separated by commas)."
                ),
            )
        self.fields["reason"] = forms.CharField(
            label=_("Reason for revising a target"),
            required=False,
            widget=forms.Textarea(attrs={"rows": 2}),
            help_text=_(
                "Needed when a target or milestone changes; the earlier value is "
                "kept in its history."
            ),
        )

    def clean_catalogue_ref(self) -> list[dict[str, Any]]:
        """Each reference found in the catalogue, as the plan file writes it (notes kept)."""
        notes = {
            (r.get("set"), r.get("code")): r.get("note") for r in (self.item.get("catalogue") or [])
        }
        out = []
        for ref in (r.strip() for r in (self.cleaned_data.get("catalogue_ref") or "").split(",")):
            if not ref:
                continue
            try:
                found = catalogue.find(ref)
            except catalogue.AmbiguousReference as error:
                raise forms.ValidationError(str(error)) from None
            if found is None:
                raise forms.ValidationError(
                    _("%(ref)s is not in the indicator catalogue.") % {"ref": ref}
                )
            catalogue_set, code = catalogue.plan_reference(found)
            key = (catalogue_set.value, code)
            out.append({"set": key[0], "code": key[1], "note": notes.get(key)})
        return out

    @property
    def milestone_fields(self) -> list[tuple[Any, Any, Any]]:
        return [
            (
                self[f"milestone_{i}_date"],
                self[f"milestone_{i}_value"],
                self[f"milestone_{i}_label"],
            )
            for i in range(self.milestone_rows)
        ]

    def changes(self) -> dict[str, Any]:
        out = super().changes()
        if out.get("measure"):
            self.measure = Measure(out["measure"])
            for path in VALUE_FIELDS:
                if path.split(".")[0] in out and isinstance(out[path.split(".")[0]], dict):
                    raw = self.cleaned_data.get(form_name(path))
                    _set(out, path, parse_value(raw, self.measure))
        existing = self.item.get("milestones") or []
        rows = []
        for i in range(self.milestone_rows):
            day = self.cleaned_data.get(f"milestone_{i}_date")
            value = parse_value(self.cleaned_data.get(f"milestone_{i}_value"), self.measure)
            if day is None and value is None:
                continue
            old = existing[i] if i < len(existing) else {}
            rows.append(
                {
                    **old,
                    "date": day,
                    "value": value,
                    "label": self.cleaned_data.get(f"milestone_{i}_label") or None,
                }
            )
        out["milestones"] = rows
        if self.references:
            out["catalogue"] = self.cleaned_data.get("catalogue_ref") or []
        if isinstance(out.get("target"), dict):
            out["target"] = {**(self.item.get("target") or {}), **out["target"]}
            if out["target"].get("value") is None and out["target"].get("date") is None:
                out["target"] = None
        return out


def parse_value(text: Any, measure: Measure | None) -> Any:
    """A typed indicator value from what was typed: '42', '12.5', 'yes', 'Adopted'."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    raw = str(text).strip()
    if measure is Measure.YES_NO:
        lowered = raw.lower()
        if lowered in ("yes", "true", "1", "oui", "vrai"):
            return True
        if lowered in ("no", "false", "0", "non", "faux"):
            return False
        return raw
    if measure in (Measure.NUMBER, Measure.PERCENTAGE):
        # Read as uploads read it; what is no number ("1,5") is left as typed, so validation
        # refuses it rather than turning a decimal comma into 15.
        cleaned = number_text(raw)
        number = float(cleaned) if cleaned is not None else math.nan
        if not math.isfinite(number):
            return raw
        return int(number) if number.is_integer() else number
    return raw


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if is_number(value):
        return str(value)
    return "" if value is None else str(value)
