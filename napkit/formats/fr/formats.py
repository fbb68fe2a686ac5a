"""French dates as napkit shows them: « 4 déc. 2026 » (the month's abbreviation, lower case)."""

SHORT_DATE_FORMAT = "j N Y"
SHORT_DATETIME_FORMAT = "j N Y H:i"
