"""Issue 10.9: `napkit backup` and `napkit restore` give back exactly what was stored —
plans, history, monitoring data, accounts and uploaded files — on SQLite and PostgreSQL."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest
from django.conf import settings

from napkit import backup
from napkit.core.plan import model as core
from napkit.monitoring import demo
from napkit.monitoring.models import IndicatorReport
from napkit.plans import queries, services
from napkit.plans.models import AuditEntry, Plan, PlanVersion
from tests.personas import store

pytestmark = pytest.mark.django_db(transaction=True)


def _state() -> tuple[object, ...]:
    return (
        sorted((p.key, p.version, p.revision) for p in Plan.objects.all()),
        PlanVersion.objects.count(),
        AuditEntry.objects.count(),
        IndicatorReport.objects.count(),
        sorted(p.name for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()),
    )


def test_a_backup_gives_everything_back(demo_plan: core.Plan, tmp_path: Path) -> None:
    store(demo_plan, publish=True)
    demo.load(demo_plan.id)
    evidence = Path(settings.MEDIA_ROOT) / "evidence" / "proof.pdf"
    evidence.parent.mkdir(parents=True, exist_ok=True)
    evidence.write_bytes(b"%PDF-1.4 proof")
    before = _state()
    document = queries.plan_document(demo_plan.id)
    target = tmp_path / "napkit.tar"
    taken = backup.backup(target)
    assert taken.files >= 1
    # everything changes after the backup
    changed = demo_plan.model_copy(
        update={"metadata": demo_plan.metadata.model_copy(update={"title": "Changed after"})}
    )
    services.import_plans([changed], replace=True)
    IndicatorReport.objects.all().delete()
    evidence.unlink()
    assert _state() != before
    backup.restore(target)
    assert _state() == before
    assert queries.plan_document(demo_plan.id) == document
    assert evidence.read_bytes() == b"%PDF-1.4 proof"


def test_what_is_not_a_backup_is_refused_and_changes_nothing(
    weak_plan: core.Plan, tmp_path: Path
) -> None:
    store(weak_plan)
    before = _state()
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not an archive")
    with pytest.raises(backup.BackupError, match="cannot read"):
        backup.restore(junk)
    empty = tmp_path / "empty.tar"
    with tarfile.open(empty, "w"):
        pass
    with pytest.raises(backup.BackupError, match="not a napkit backup"):
        backup.restore(empty)
    assert _state() == before
