"""A published demo plan with its demo monitoring data, and every public URL of it."""

from __future__ import annotations

import io
import re

import openpyxl
from django.test import Client

from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.monitoring import approved, demo
from napkit.plans.models import Plan
from napkit.plans.signals import public_changed
from tests.personas import store


def published_demo(plan: core.Plan) -> Plan:
    [record] = store(plan, publish=True)
    demo.load(plan.id)
    return record


def data_changed(record: Plan) -> None:
    """What the monitoring services do after changing approved data, for tests that change
    it through the ORM: gather it again and rebuild the release."""
    approved.rebuild(record)
    public_changed.send("tests", record=record)


def page_urls(plan: core.Plan) -> list[str]:
    base = f"/public/{plan.id}/"
    urls = [base, f"{base}indicators/", f"{base}scorecard/", f"{base}downloads/"]
    urls += [f"{base}pillars/{p.id}/" for p in plan.framework.pillars]
    urls += [
        f"{base}results/{r.item.id}/"
        for r in walk.results(plan)
        if not isinstance(r.item, core.Activity)
    ]
    urls += [f"{base}indicators/{i.indicator.id}/" for i in walk.indicators(plan)]
    urls += [f"{base}organisations/{o.id}/" for o in plan.organisations]
    urls += [f"{base}consultations/"]
    urls += [f"{base}consultations/{c.id}/" for c in plan.consultations if c.public]
    return urls


DOWNLOADS = ("csv", "json", "iati", "iptt", "yaml")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def text_of(content: bytes) -> str:
    """A download as searchable text (an Excel workbook's XML parts joined)."""
    if content.startswith(b"PK"):
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
        return "\n".join(
            "\t".join("" if v is None else str(v) for v in row)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    return content.decode("utf-8")


def everything_public(client: Client, plan: core.Plan, periods: list[str]) -> dict[str, str]:
    """Every public page, download and report (HTML) of the plan, by URL."""
    found = {}
    for url in page_urls(plan):
        response = client.get(url)
        assert response.status_code == 200, url
        # A CSRF token is random text: a forbidden word (SO9) can turn up in it by chance.
        found[url] = CSRF.sub("", response.content.decode())
    for name in DOWNLOADS:
        url = f"/public/{plan.id}/downloads/{name}/"
        response = client.get(url)
        assert response.status_code == 200, url
        found[url] = text_of(response.content)
    for period in periods:
        url = f"/public/{plan.id}/reports/{period}.html"
        response = client.get(url)
        assert response.status_code == 200, url
        # A CSRF token is random text: a forbidden word (SO9) can turn up in it by chance.
        found[url] = CSRF.sub("", response.content.decode())
    return found
