"""Every page of the workspace and the public site, read in French, holds no English UI text.

The demo plan and its monitoring data are written in English: that is the users' data, not
napkit's text, so every string stored in the plan file and the database is taken out of a
page's text before it is searched for common English words.
"""

from __future__ import annotations

import bisect
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.db import models
from django.test import Client

from napkit.core import catalogue
from napkit.core.plan import model as core
from napkit.core.plan import planfile
from tests.pages import demo_site, pages

CATALOGUE = Path(catalogue.__file__).parent / "data"

pytestmark = pytest.mark.django_db

# Words napkit's own English text is made of, which no French page shows (case-sensitive).
ENGLISH = [
    "Save",
    "Cancel",
    "Edit",
    "Delete",
    "Submit",
    "Approve",
    "Indicator",
    "Indicators",
    "Progress",
    "Target",
    "Baseline",
    "Budget line",
    "Budget lines",
    "on track",
    "off track",
    "at risk",
    "Activities",
    "Activity",
    "Objective",
    "Output",
    "Outcome",
    "Spent",
    "Allocated",
    "Committed",
    "Disbursed",
    "Planned",
    "Yes",
    "Female",
    "Male",
    "Deadline",
    "Download",
    "Search",
    "Show",
    "Notes",
    "Unit",
    "Sign in",
    "Choose",
    "Principal",
    "Significant",
    "Not targeted",
    "people",
    "the",
    "of",
    "and",
    "with",
    "from",
    "by",
    "for",
    "to",
    "not",
    "is",
    "are",
    "this",
    "each",
    "none",
    "True",
    "False",
    "None",
]
FOUND = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(w) for w in ENGLISH) + r")(?![\w'’-])")
# Text that is English in every language: the language switcher names English in English.
ALLOWED = ("English",)


class _Text(HTMLParser):
    """A page's visible text and the attributes read aloud or shown (title, placeholder,
    aria-label, alt), one string per text node."""

    SKIP = {"script", "style", "code", "pre", "template"}
    SHOWN = {"title", "placeholder", "aria-label", "alt"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        if tag == "option":
            return
        for name, value in attrs:
            if name in self.SHOWN and value:
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping and data.strip():
            self.parts.append(data)


def texts(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return [" ".join(p.split()) for p in parser.parts]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def user_data(plan: core.Plan) -> list[str]:
    """Every string the users wrote: the plan file's and the database's (longest first)."""
    found = set(_strings(planfile.to_data(plan)))
    for app in ("monitoring", "plans", "accounts"):
        for model in apps.get_app_config(app).get_models():
            fields = [
                f.name
                for f in model._meta.get_fields()
                if isinstance(f, models.CharField | models.TextField | models.JSONField)
            ]
            for row in model.objects.values_list(*fields):
                found |= set(_strings(list(row)))
    # the indicator catalogue's sets quote their source documents in English
    for path in CATALOGUE.glob("*.yaml"):
        found |= set(_strings(yaml.safe_load(path.read_text(encoding="utf-8"))))
    # long texts are shown a paragraph at a time
    found |= {p for s in list(found) for p in re.split(r"\n\s*\n", s)}
    words = {" ".join(s.split()) for s in found}
    return sorted((s for s in words if len(s) > 2), key=len, reverse=True)


def _untruncated(text: str, starts: list[str]) -> str:
    """The text without the user data cut short with an ellipsis in it."""
    while "…" in text:
        before, _, after = text.partition("…")
        for k in range(len(before), 2, -1):
            tail = before[-k:].lstrip()
            i = bisect.bisect_left(starts, tail)
            if i < len(starts) and starts[i].startswith(tail):
                before = before[: len(before) - k]
                break
        text = before + " " + after
    return text


def english_in(text: str, data: list[str], starts: list[str]) -> list[str]:
    text = _untruncated(text, starts)
    for s in data:
        if s in text:
            text = re.sub(rf"(?<!\w){re.escape(s)}(?!\w)", " ", text)
    for allowed in ALLOWED:
        text = text.replace(allowed, " ")
    return [m.group(1) for m in FOUND.finditer(text)]


def test_no_page_shows_english_text_in_french(demo_plan: core.Plan) -> None:
    personas = demo_site(demo_plan)
    data = user_data(demo_plan)
    starts = sorted(data)
    problems: dict[str, set[str]] = {}
    for page in pages(personas, demo_plan):
        role = page.roles[0]
        client: Client = personas.client(role)
        client.cookies["django_language"] = "fr"
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, role)
        for text in texts(response.content.decode()):
            for word in english_in(text, data, starts):
                problems.setdefault(f"{page.url} ({role})", set()).add(f"{word}: {text[:120]}")
    assert problems == {}, "\n".join(
        f"{url}\n  " + "\n  ".join(sorted(found)) for url, found in problems.items()
    )
