"""Starting a plan in the browser: a new plan, the next edition, an uploaded plan file."""

from __future__ import annotations

import dataclasses
import html
import re
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from napkit.accounts.models import PlanRole, Role
from napkit.core.plan import countries, create, planfile, walk
from napkit.plans import queries, services
from napkit.plans.editing import Forbidden
from napkit.plans.models import AuditEntry, PendingImport, Plan
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN
from tests.public.helpers import published_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


def text(response: object) -> str:
    return html.unescape(response.content.decode())  # type: ignore[attr-defined]


NEW = {
    "country": "KE",
    "kind": "national",
    "edition": "3",
    "title": "Kenya National Action Plan III",
    "start": "2026-01-01",
    "end": "2030-12-31",
    "languages": ["en", "fr"],
    "framework": "un",
}


def test_a_coordinator_starts_a_plan_and_coordinates_it(team: Personas) -> None:
    client = team.client("coordinator")
    response = client.post("/plans/new/", NEW)
    assert response.status_code == 302
    assert response["Location"] == "/plans/kenya-nap-2026/?saved=plan"
    plan = queries.plan_document("kenya-nap-2026")
    assert plan is not None
    assert plan.metadata.country == "KE" and plan.metadata.country_name == "Kenya"
    assert plan.metadata.languages == ["en", "fr"] and plan.metadata.edition == 3
    assert [p.id for p in plan.framework.pillars] == [
        "participation",
        "prevention",
        "protection",
        "relief_and_recovery",
    ]
    record = Plan.objects.get(key="kenya-nap-2026")
    role = PlanRole.objects.get(plan=record, user=team.users["coordinator"])
    assert role.role == Role.COORDINATOR
    assert AuditEntry.objects.filter(plan=record, action=AuditEntry.IMPORT).exists()
    assert "The plan is stored as a draft" in text(client.get(response["Location"]))


def test_the_plans_own_pillars_and_a_free_id(team: Personas) -> None:
    client = team.client("administrator")
    first = client.post(
        "/plans/new/",
        {**NEW, "framework": "own", "pillars": "Prévention\n\nParticipation et promotion\n"},
    )
    second = client.post("/plans/new/", NEW)
    assert first.status_code == second.status_code == 302
    plan = queries.plan_document("kenya-nap-2026")
    assert plan is not None
    assert [(p.id, p.name) for p in plan.framework.pillars] == [
        ("prevention", "Prévention"),
        ("participation_et_promotion", "Participation et promotion"),
    ]
    assert queries.plan_document("kenya-nap-2026-2") is not None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"country": ""}, "country", "required"),
        ({"end": "2025-06-30"}, "end", "must end after it starts"),
        ({"framework": "own", "pillars": " "}, "pillars", "Name the plan's pillars"),
        ({"kind": "provincial"}, "region", "Say which province"),
        ({"parent": "matrix"}, "parent", "Only a provincial"),
        ({"plan_id": "matrix"}, "plan_id", "already exists"),
        ({"plan_id": "no spaces"}, "plan_id", ""),
    ],
)
def test_a_bad_answer_is_422_beside_its_field(
    team: Personas, changes: dict[str, str], field: str, words: str
) -> None:
    response = team.client("coordinator").post("/plans/new/", {**NEW, **changes})
    assert response.status_code == 422
    assert words in " ".join(response.context["form"].errors[field])
    assert Plan.objects.count() == 1


def test_a_sub_plan_rolls_up_into_a_plan_chosen_from_a_list(team: Personas) -> None:
    client = team.client("coordinator")
    page = text(client.get("/plans/new/"))
    assert '<option value="matrix">Matrix plan (matrix)</option>' in page
    response = client.post(
        "/plans/new/",
        {
            **NEW,
            "kind": "provincial",
            "region": "Mombasa",
            "parent": "matrix",
            "title": "Mombasa LAP",
        },
    )
    assert response.status_code == 302
    plan = queries.plan_document("kenya-mombasa-nap-2026")
    assert plan is not None and plan.metadata.parent == "matrix"
    assert plan.metadata.region == "Mombasa"


def test_countries_are_chosen_by_name_in_the_readers_language(team: Personas) -> None:
    french = team.client("coordinator")
    french.cookies["django_language"] = "fr"
    page = text(french.get("/plans/new/", HTTP_ACCEPT_LANGUAGE="fr"))
    assert '<option value="CI">Côte d\'Ivoire</option>' in page
    assert '<option value="GB">Royaume-Uni</option>' in page
    assert countries.name("GB", "en") == "United Kingdom"


def test_only_administrators_and_coordinators_start_plans(team: Personas) -> None:
    plan = create.new_plan(
        "x-nap-2026",
        create.Answers(country="KE", title="X", start=date(2026, 1, 1), end=date(2030, 12, 31)),
    )
    with pytest.raises(Forbidden):
        services.start_plan(team.users["focal_a"], plan)
    assert not Plan.objects.filter(key="x-nap-2026").exists()


def test_the_next_edition_carries_the_structure_and_offers_end_values(
    demo_plan: object, team: Personas
) -> None:
    record = published_demo(demo_plan)  # type: ignore[arg-type]
    PlanRole.objects.create(user=team.users["coordinator"], plan=record, role=Role.COORDINATOR)
    PlanRole.objects.create(
        user=team.users["focal_a"], plan=record, role=Role.FOCAL_POINT, organisation="mod"
    )
    client = team.client("coordinator")
    form = client.get(f"/plans/{record.key}/next-edition/")
    assert form.status_code == 200
    offered = re.findall(r'name="(baseline-[^"]+)"', form.content.decode())
    assert len(offered) >= 5, "indicators with approved values are offered as new baselines"
    kept, dropped = offered[0], offered[1]
    response = client.post(
        f"/plans/{record.key}/next-edition/",
        {
            "title": "Fourth National Action Plan",
            "start": "2030-01-01",
            "end": "2034-12-31",
            "plan_id": "valdoria-nap-2030",
            kept: "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    old = queries.plan_document(record.key)
    new = queries.plan_document("valdoria-nap-2030")
    assert old is not None and new is not None
    assert (
        new.metadata.predecessor == record.key and new.metadata.edition == old.metadata.edition + 1
    )
    assert [o.id for o in new.objectives] == [o.id for o in old.objectives]
    by_id = {i.indicator.id: i.indicator for i in walk.indicators(new)}
    before = {i.indicator.id: i.indicator for i in walk.indicators(old)}
    kept_id, dropped_id = kept.removeprefix("baseline-"), dropped.removeprefix("baseline-")
    assert by_id[kept_id].baseline.source and record.key in by_id[kept_id].baseline.source
    assert by_id[dropped_id].baseline == before[dropped_id].baseline
    assert all(i.target is None and not i.milestones for i in by_id.values())
    assert not new.consultations and not new.governance.endorsements
    roles = {
        r.user.username: r.role for r in PlanRole.objects.filter(plan__key="valdoria-nap-2030")
    }
    assert roles == {"coordinator": Role.COORDINATOR, "focal_a": Role.FOCAL_POINT}


BROKEN = """id: broken
metadata: {title: Broken plan, country: KE, period: {start: 2026-01-01, end: 2030-12-31}}
objectives:
  - id: O1
    title: Women lead
    outputs:
      - id: OP1
        title: Training
        activities:
          - {id: A1, title: Train, responsibility: {lead: nobody}}
"""


def upload(client: Client, name: str, content: str, **extra: str) -> object:
    return client.post(
        "/plans/import/", {"file": SimpleUploadedFile(name, content.encode()), **extra}
    )


def test_an_uploaded_file_with_an_error_says_where_and_stores_nothing(team: Personas) -> None:
    response = upload(team.client("coordinator"), "broken.yaml", BROKEN)
    assert response.status_code == 422  # type: ignore[attr-defined]
    page = text(response)
    assert "broken.yaml:10:53" in page
    assert "unknown organisation 'nobody'" in page
    assert "nothing was stored" in page
    assert not PendingImport.objects.exists() and not Plan.objects.filter(key="broken").exists()


def test_an_uploaded_file_is_previewed_then_imported(team: Personas) -> None:
    client = team.client("coordinator")
    good = BROKEN.replace("lead: nobody", "lead: mod").replace(
        "objectives:", "organisations: [{id: mod, name: Defence, type: government}]\nobjectives:"
    )
    response = upload(client, "good.yaml", good)
    assert response.status_code == 302  # type: ignore[attr-defined]
    preview = client.get(response["Location"])  # type: ignore[index]
    page = text(preview)
    assert "Broken plan" in page and "1 organisations, 1 objectives" in page
    assert not Plan.objects.filter(key="broken").exists()
    assert client.post(response["Location"]).status_code == 302  # type: ignore[index]
    assert queries.plan_document("broken") is not None
    assert not PendingImport.objects.exists()


def test_someone_elses_upload_is_not_found(team: Personas) -> None:
    response = upload(team.client("coordinator"), "matrix.yaml", planfile.dumps(PLAN))
    url = response["Location"]  # type: ignore[index]
    assert team.client("administrator").get(url).status_code == 404


def test_replacing_a_stored_plan_must_be_asked_for(team: Personas) -> None:
    client = team.client("coordinator")
    changed = planfile.dumps(PLAN.model_copy(update={"risks": []}))
    response = upload(client, "matrix.yaml", changed)
    url = response["Location"]  # type: ignore[index]
    page = text(client.get(url))
    assert "already stored" in page and "disabled" in page
    assert client.post(url).status_code == 422
    replaced = upload(client, "matrix.yaml", changed, replace="on")
    assert client.post(replaced["Location"], {"replace": "1"}).status_code == 302  # type: ignore[index]
    stored = queries.plan_document("matrix")
    assert stored is not None and stored.risks == []


def test_too_large_a_file_is_refused(team: Personas, settings: object) -> None:
    small = dataclasses.replace(settings.CONFIG, max_plan_file_bytes=100)  # type: ignore[attr-defined]
    settings.CONFIG = small  # type: ignore[attr-defined]
    response = upload(team.client("coordinator"), "big.yaml", BROKEN)
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "plan files may be up to" in text(response)
    assert not PendingImport.objects.exists()
