"""The forms of a screening review: the upload, a decision on one finding, the save."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from napkit.core.plan import countries
from napkit.core.plan.labels import words
from napkit.core.screening.result import Finding
from napkit.plans.reviews import ANSWERS, VALUES
from napkit.plans.start_forms import _plan_id

SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt")


class UploadDocumentForm(forms.Form):
    file = forms.FileField(
        label=_("NAP document"),
        help_text=_("A PDF with a text layer, a Word document (.docx), a web page or plain text."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(SUFFIXES)}),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(SUFFIXES):
            raise forms.ValidationError(
                _("Screening reads PDF, Word (.docx), HTML and plain-text documents.")
            )
        return upload


class DecisionForm(forms.Form):
    """Confirm a finding as proposed, or correct it (the button pressed says which).
    Confirming needs nothing but the button; a correction's answer and value are checked
    against the finding's vocabulary."""

    answer = forms.ChoiceField(label=_("Answer"), required=False)
    value = forms.CharField(label=_("Value"), required=False, max_length=500)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Why you corrected it, or where the document says so."),
    )

    def __init__(self, *args: Any, finding: Finding, correct: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", f"{finding.id}-%s")  # one form per finding on the page
        super().__init__(*args, **kwargs)
        self.finding = finding
        self.correct = correct
        self.fields["answer"].choices = [(a, words(a)) for a in ANSWERS]  # type: ignore[attr-defined]
        self.valued = finding.id in VALUES
        vocabulary = VALUES.get(finding.id)
        if vocabulary:
            self.fields["value"] = forms.ChoiceField(
                label=_("Value"),
                required=False,
                choices=[("", "—"), *((v, words(v)) for v in vocabulary)],
            )
        if not self.valued:
            del self.fields["value"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.correct:
            return data
        answer = data.get("answer")
        if not answer:
            self.add_error("answer", _("Choose the answer the document gives."))
            return data
        value = (data.get("value") or "").strip()
        if not self.valued or answer == "not_stated":
            data["value"] = None
        elif not value:
            self.add_error("value", _("Give the value the document states."))
        else:
            data["value"] = value
        return data


class SavePlanForm(forms.Form):
    country = forms.ChoiceField(
        label=_("Country"),
        help_text=_("Screening reads the country from the document; check it."),
    )
    plan_id = forms.CharField(
        label=_("Plan id"), max_length=64, help_text=_("Used in addresses; it never changes.")
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        language = (get_language() or "en").split("-")[0]
        self.fields["country"].choices = [("", "—"), *countries.choices(language)]  # type: ignore[attr-defined]

    def clean_plan_id(self) -> str:
        return _plan_id(self.cleaned_data.get("plan_id") or "")
