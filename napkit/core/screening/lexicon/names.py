"""Patterns shared by the three languages' rules for naming an institution."""

from __future__ import annotations

# What may follow an institution's name before its verb: its acronym ("The Federal Ministry of
# … (FMWASD) has the primary responsibility …", "Le Département fédéral des affaires
# extérieures (DFAE) assume …"), or the short name the text will use ("The Inter-Agency
# Council for … (hereinafter "the Council") shall coordinate …").
ACRONYM_AFTER = (
    # (and the parent's acronym after the unit's: « Le Département des affaires féminines (DAF)
    # du MJSC est l'institution chef de file du Plan »)
    # (and an acronym of two words: « Le Service public fédéral … (SPF REC) est le pilote … »)
    r"(?:\s+\((?-i:[A-Z][A-Z0-9-]{1,11}(?: [A-Z]{2,4})?)\)(?:\s+(?:du|de la|de l'|of the|del)\s*"
    r"(?-i:[A-Z][a-z]?[A-Z][A-Za-z0-9]{0,9})\b)?"
    r"|\s*\((?:hereinafter|hereafter|ci-après|en adelante|en lo sucesivo)\b[^)]{0,40}\))?"
)
