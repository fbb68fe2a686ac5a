"""Each person's inbox: what each role sees, the return reason first, and a fixed number of
queries however many plans, rounds and submissions there are."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from napkit.accounts.models import PlanRole
from napkit.monitoring import services
from napkit.monitoring.inbox import build
from napkit.monitoring.models import ReportingRound, Submission
from napkit.plans import comments
from tests.personas import ROLES, Personas, make_personas, store
from tests.plans.test_permissions import PLAN
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db

REASON = "The spending on A-MOD is missing."


def open_round(record: object, label: str = "FY 2025", days_left: int = 5) -> ReportingRound:
    today = timezone.localdate()
    return services.open_round(
        None,
        record,  # type: ignore[arg-type]
        label=label,
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        opens=today - timedelta(days=20),
        deadline=today + timedelta(days=days_left),
    )


def of(round_: ReportingRound, organisation: str) -> Submission:
    return Submission.objects.select_related("round").get(round=round_, organisation=organisation)


@pytest.fixture
def cycle() -> Personas:
    """mod's submission returned with a reason, moi's submitted, comments on mod's items."""
    team = make_personas(PLAN)
    round_ = open_round(team.record)
    coordinator = team.users["coordinator"]
    services.submit(team.users["focal_a"], of(round_, "mod"))
    services.return_submission(coordinator, of(round_, "mod"), REASON)
    services.submit(team.users["focal_b"], of(round_, "moi"))
    comments.add(team.record, team.users["partner"], "A-MOD", "Who recruits the officers?")
    comments.add(team.record, team.users["focal_b"], "A-MOI", "Training starts in March.")
    comments.add(team.record, team.users["coordinator"], "A-MOI", "Thank you, noted.")
    return team


def sections(team: Personas, persona: str) -> dict[str, list[str]]:
    found = build(team.users[persona], timezone.localdate())
    return {s.key: [e.title for e in s.entries] for s in found.sections}


MOD_ITEM = "A-MOD Recruit women officers"
MOI_ITEM = "A-MOI Train police on survivor-centred investigation"
EXPECTED = {
    # their organisation's work and comments on their items, newest first
    "focal_a": {"fix": ["Ministry of Defence · FY 2025"], "comments": [MOD_ITEM]},
    # moi's submission is with the reviewers; the coordinator answered on moi's item
    "focal_b": {"comments": [MOI_ITEM]},
    "coordinator": {
        "review": ["Ministry of the Interior · FY 2025"],
        "rounds": ["FY 2025"],
        "comments": [MOI_ITEM, MOD_ITEM],
    },
    "administrator": {
        "review": ["Ministry of the Interior · FY 2025"],
        "rounds": ["FY 2025"],
        "comments": [MOI_ITEM, MOI_ITEM, MOD_ITEM],
    },
    "partner": {},
    "viewer": {},
}


@pytest.mark.parametrize("persona", sorted(EXPECTED))
def test_each_persona_sees_their_next_steps(cycle: Personas, persona: str) -> None:
    assert sections(cycle, persona) == EXPECTED[persona]


def test_the_matrix_covers_every_role() -> None:
    assert set(EXPECTED) == set(ROLES)


def test_a_returned_submission_comes_first_with_its_reason(cycle: Personas) -> None:
    found = build(cycle.users["focal_a"], timezone.localdate())
    first = found.sections[0]
    assert first.key == "fix"
    assert first.entries[0].reason == REASON
    page = cycle.client("focal_a").get("/inbox/").content.decode()
    assert (
        page.index(REASON)
        < page.index("Ministry of Defence · FY 2025")
        < page.index("Comments for you")
    )
    assert f'href="/plans/matrix/monitoring/submissions/{of_round(cycle, "mod").pk}/"' in page


def of_round(team: Personas, organisation: str) -> Submission:
    return Submission.objects.get(round__plan=team.record, organisation=organisation)


def test_a_closed_round_leaves_drafts_but_keeps_what_awaits_review(cycle: Personas) -> None:
    round_ = ReportingRound.objects.get(plan=cycle.record)
    services.close_round(None, round_)
    assert "fix" not in sections(cycle, "focal_a")
    coordinator = sections(cycle, "coordinator")
    assert coordinator["review"] == ["Ministry of the Interior · FY 2025"]  # may still be approved
    assert "rounds" not in coordinator


def test_a_partner_sees_answers_in_a_thread_they_wrote_in(cycle: Personas) -> None:
    comments.add(cycle.record, cycle.users["coordinator"], "A-MOD", "The ministry's HR unit.")
    assert sections(cycle, "partner") == {"comments": [MOD_ITEM]}


def test_anonymous_people_are_sent_to_sign_in(cycle: Personas) -> None:
    response = cycle.client("anonymous").get("/inbox/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_nothing_to_do_says_so(cycle: Personas) -> None:
    page = cycle.client("viewer").get("/inbox/").content.decode()
    assert "Nothing waits for you" in page


def test_sign_in_lands_on_the_inbox(cycle: Personas) -> None:
    from tests.personas import PASSWORD

    client = cycle.client("anonymous")
    response = client.post("/accounts/login/", {"username": "focal_a", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/inbox/"


def test_the_home_page_says_what_napkit_is_and_sums_the_inbox(cycle: Personas) -> None:
    anonymous = cycle.client("anonymous").get("/").content.decode()
    assert 'href="/public/"' in anonymous and "Your inbox" not in anonymous
    mine = cycle.client("focal_a").get("/").content.decode()
    assert 'href="/inbox/#fix"' in mine and "Matrix plan" in mine  # the plan list stays


def _grow(team: Personas, plans: int, start: int = 0) -> None:
    """``plans`` more plans with the same people and roles, each with two rounds of work."""
    for i in range(start, start + plans):
        [record] = store(PLAN.model_copy(update={"id": f"matrix-{i}"}))
        for name, (role, organisation) in ROLES.items():
            PlanRole.objects.create(
                user=team.users[name], plan=record, role=role, organisation=organisation
            )
        for label in ("FY 2025", "FY 2026"):
            round_ = open_round(record, label)
            services.submit(None, of(round_, "moi"))
            services.submit(None, of(round_, "mod"))
            services.return_submission(None, of(round_, "mod"), REASON)
        comments.add(record, team.users["partner"], "A-MOD", "Who recruits?")


@pytest.mark.parametrize("persona", ["focal_a", "coordinator", "partner"])
def test_queries_do_not_grow_with_plans_and_rounds(cycle: Personas, persona: str) -> None:
    client = cycle.client(persona)

    def count() -> int:
        with cold_queries() as ctx:
            assert client.get("/inbox/").status_code == 200
        return len(ctx.captured_queries)

    _grow(cycle, 1)
    few = count()
    _grow(cycle, 4, start=1)
    assert count() == few


def test_overdue_action_items_go_to_the_coordinators_and_their_owner() -> None:
    from napkit.core.plan import planfile

    data = planfile.to_data(PLAN)
    data["governance"] = {
        "bodies": [
            {
                "id": "B1",
                "name": "Steering committee",
                "meetings": [
                    {
                        "id": "M1",
                        "date": "2025-03-01",
                        "held": True,
                        "action_items": [
                            {
                                "id": "M1-1",
                                "text": "Send the recruitment figures",
                                "owner": "mod",
                                "due": "2025-04-01",
                            },
                            {
                                "id": "M1-2",
                                "text": "Done already",
                                "owner": "mod",
                                "due": "2025-04-01",
                                "status": "done",
                                "done": "2025-03-20",
                            },
                            {
                                "id": "M1-3",
                                "text": "Not due yet",
                                "owner": "moi",
                                "due": "2999-01-01",
                            },
                        ],
                    }
                ],
            }
        ]
    }
    team = make_personas(type(PLAN).model_validate(data))
    assert sections(team, "coordinator")["actions"] == ["Send the recruitment figures"]
    assert sections(team, "focal_a")["actions"] == ["Send the recruitment figures"]
    assert "actions" not in sections(team, "focal_b")
    [entry] = build(team.users["focal_a"], timezone.localdate()).sections[0].entries
    assert entry.url == "/plans/matrix/#item-M1" and entry.detail == "Matrix plan"
