"""napkit's date formats per language (Django's FORMAT_MODULE_PATH), over Django's own.

Pages write ``{{ day|date:"SHORT_DATE_FORMAT" }}``: "4 Dec 2026" in English, "4 déc. 2026"
in French.
"""
