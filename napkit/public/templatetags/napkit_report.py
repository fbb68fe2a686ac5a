"""Filters of the standalone report."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from napkit.core.publishing.charts import self_styled

register = template.Library()


@register.filter
def chart(svg: str) -> SafeString:
    """A server-drawn chart (our own SVG, escaped where drawn) carrying its own colours."""
    return mark_safe(self_styled(svg))
