"""Issue 10.4: only http(s) and mailto links reach pages and open data; any other is a
located error in a plan file, and one stored before is removed on upgrade."""

from __future__ import annotations

import pytest
from django.test import Client

from napkit.core.plan import planfile
from napkit.core.plan.problems import PlanInvalid
from tests.conftest import DEMO_FILE

BAD = [
    "javascript:alert(document.cookie)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "http://a b.example",
]


@pytest.mark.parametrize("link", BAD)
def test_a_plan_file_with_a_bad_link_is_refused_where_it_is(link: str) -> None:
    text = DEMO_FILE.read_text(encoding="utf-8")
    text = text.replace("url: https://mfa.gov.example", f"url: {link!r}", 1)
    assert f"url: {link!r}" in text
    with pytest.raises(PlanInvalid) as caught:
        planfile.loads(text, name="plan.yaml")
    message = str(caught.value.problems[0])
    assert "plan.yaml:" in message and "organisations" in message and "url" in message
    assert "http:// or https://" in message


@pytest.mark.parametrize("link", ["https://mfa.gov.example/wps", "mailto:wps@mfa.example"])
def test_web_and_mail_links_are_kept(link: str) -> None:
    text = DEMO_FILE.read_text(encoding="utf-8")
    plan = planfile.loads(text.replace("url: https://mfa.gov.example", f"url: {link}", 1))
    assert plan.organisations[0].url == link


@pytest.mark.django_db
def test_a_stored_bad_link_is_removed_on_upgrade_with_a_record() -> None:
    import importlib

    from django.apps import apps

    from napkit.plans.models import AuditEntry
    from tests.personas import store

    plan = planfile.load(DEMO_FILE)
    [record] = store(plan, publish=True)
    record.document["organisations"][0]["url"] = "javascript:alert(1)"
    record.save(update_fields=["document"])
    migration = importlib.import_module("napkit.plans.migrations.0007_safe_links")
    migration.forwards(apps, None)
    record.refresh_from_db()
    assert record.document["organisations"][0]["url"] is None
    entry = AuditEntry.objects.get(plan=record, label="Unsafe links removed")
    assert "javascript:alert(1)" in entry.reason
    assert (
        Client().get(f"/public/{plan.id}/organisations/{plan.organisations[0].id}/").status_code
        == 200
    )
