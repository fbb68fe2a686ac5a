"""Template filters for plan text."""

from __future__ import annotations

import re

from django import template
from django.utils.html import escape, format_html_join
from django.utils.safestring import SafeString

register = template.Library()


@register.filter
def paragraphs(text: str | None) -> SafeString:
    """Blank lines separate paragraphs; single line breaks are the file's wrapping, not breaks."""
    if not text:
        return SafeString("")
    parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return format_html_join("", "<p>{}</p>", ((escape(p),) for p in parts if p))
