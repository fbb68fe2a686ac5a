"""Template filters for plan text."""

from __future__ import annotations

import re
from decimal import Decimal

from django import template
from django.contrib.staticfiles import finders
from django.utils.html import escape, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext

from napkit.core.monitoring.progress import Status, status_labels
from napkit.core.plan import countries
from napkit.core.plan.display import format_amount, format_number, format_share
from napkit.core.plan.labels import field_words as words_for
from napkit.core.plan.labels import gender_marker_words, tier_name
from napkit.core.plan.labels import words as label
from napkit.core.plan.model import TierNames
from napkit.core.scorecard.model import level_for

register = template.Library()


@register.filter
def paragraphs(text: str | None) -> SafeString:
    """Blank lines separate paragraphs; single line breaks are the file's wrapping, not breaks."""
    if not text:
        return SafeString("")
    parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return format_html_join("", "<p>{}</p>", ((escape(p),) for p in parts if p))


@register.filter
def band(score: float | None) -> str:
    """CSS class of a score's level band (the scorecard's thresholds)."""
    return "band-none" if score is None else f"band-{level_for(score).value}"


@register.filter
def width_class(score: float | None) -> str:
    """A bar's width as a class in 5% steps (the content security policy forbids inline
    styles)."""
    return f"w-{round((score or 0) / 5) * 5}"


LINKED_KINDS = {"objective", "outcome", "output", "activity", "indicator"}


@register.filter
def anchor(item: object) -> str:
    """The plan page anchor of an evidence item, or '' when it has none."""
    kind, ident = getattr(item, "kind", ""), getattr(item, "id", "")
    if kind in LINKED_KINDS:
        return f"item-{ident}"
    return f"org-{ident}" if kind == "organisation" else ""


@register.simple_tag
def inline_static(path: str) -> SafeString:
    """A static file's content, for standalone documents that must carry their own CSS."""
    found = finders.find(path)
    if not found:
        raise template.TemplateSyntaxError(f"no static file {path}")
    with open(found, encoding="utf-8") as handle:
        return SafeString(handle.read())


@register.filter
def percent(value: float | None) -> str:
    return format_share(value)


@register.filter
def money(value: object) -> str:
    return format_amount(value) if isinstance(value, int | float | Decimal) else "—"


@register.filter
def number(value: object) -> str:
    """A count or measure in the reader's notation, whole numbers without ".0"."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return "—" if value is None or value == "" else str(value)
    return format_number(value)


@register.filter
def get_item(mapping: object, key: str) -> object:
    return mapping.get(key) if isinstance(mapping, dict) else None


@register.filter
def status_label(status: object) -> str:
    try:
        return status_labels()[Status(str(status))]
    except ValueError:
        return str(status)


@register.filter
def words(code: object) -> str:
    """A vocabulary code in the reader's words: ``{{ indicator.aggregation|words }}``."""
    return "" if code is None or code == "" else label(code)


@register.filter
def tier(names: object, level: str) -> str:
    """What a plan calls a level of its results chain (``{{ tiers|tier:"output" }}``)."""
    return tier_name(names, level) if isinstance(names, TierNames) else ""


@register.filter
def gender_marker(value: object) -> str:
    """A gender marker with its meaning: "2 — principal objective"."""
    return gender_marker_words(value)


@register.filter
def tr(text: str | None) -> str:
    """Text marked for translation where it was defined (``N_``), translated where shown."""
    return gettext(text) if text else (text or "")


@register.filter
def field_words(path: str) -> str:
    """A plan-file field path in the reader's words (diffs and the audit trail)."""
    return words_for(str(path))


@register.filter
def country_name(code: str | None) -> str:
    """A country code as the country's name in the reader's language (ISO 3166-1)."""
    if not code:
        return ""
    return countries.name(code, (get_language() or "en").split("-")[0])
