"""Patterns shared by the three languages' rules for naming an institution."""

from __future__ import annotations

# What may follow an institution's name before its verb: its acronym ("The Federal Ministry of
# … (FMWASD) has the primary responsibility …", "Le Département fédéral des affaires
# extérieures (DFAE) assume …"), or the short name the text will use ("The Inter-Agency
# Council for … (hereinafter "the Council") shall coordinate …").
ACRONYM_AFTER = (
    r"(?:\s+\((?-i:[A-Z][A-Z0-9-]{1,11})\)"
    r"|\s*\((?:hereinafter|hereafter|ci-après|en adelante|en lo sucesivo)\b[^)]{0,40}\))?"
)
