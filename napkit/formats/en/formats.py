"""English dates as napkit shows them: day, abbreviated month, year."""

SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y H:i"
