"""Reviewing a screened NAP document in the browser: upload, findings beside their marked
passages, confirm and correct (kept beside the proposal), save as a draft plan."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from napkit.accounts.models import PlanRole, Role
from napkit.core.plan.planfile import loads
from napkit.core.scorecard.assess import assess
from napkit.core.screening.result import Evidence, Finding, Page, Screening
from napkit.plans import queries
from napkit.plans.models import AuditEntry, Plan, ScreeningReview
from tests.personas import Personas, make_personas
from tests.plans.test_permissions import PLAN
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db

DOCUMENTS = Path(__file__).parents[1] / "fixtures" / "screening" / "documents"
NORVANIA = "en-01-norvania-nap-2023.txt"
VALMERIE = "fr-01-valmerie-pan-2022.txt"


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN, names=["coordinator", "administrator", "focal_a"])


def text(response: object) -> str:
    return html.unescape(response.content.decode())  # type: ignore[attr-defined]


def upload(client: Client, name: str, content: bytes | None = None) -> object:
    data = content if content is not None else (DOCUMENTS / name).read_bytes()
    return client.post("/screening/", {"file": SimpleUploadedFile(name, data)})


def uploaded(client: Client, name: str) -> ScreeningReview:
    response = upload(client, name)
    assert response.status_code == 302, getattr(response, "context", {}) and response.context  # type: ignore[attr-defined]
    token = response["Location"].rstrip("/").rsplit("/", 1)[-1]  # type: ignore[index]
    return ScreeningReview.objects.get(token=token)


def other(answer: str) -> str:
    """An answer different from screening's, for a correction."""
    return "no" if answer == "yes" else "yes"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        (NORVANIA, "en"),
        (VALMERIE, "fr"),
        ("en-01-norvania-nap-2023.pdf", "en"),
        ("fr-02-estrelle-pan-2010.docx", "fr"),
        ("en-03-aldmark-nap-2019.html", "en"),
    ],
)
def test_a_document_is_screened_into_findings_with_marked_passages(
    team: Personas, name: str, language: str
) -> None:
    client = team.client("coordinator")
    review = uploaded(client, name)
    assert review.language == language and review.user == team.users["coordinator"]
    assert bytes(review.content) == (DOCUMENTS / name).read_bytes()
    page = client.get(f"/screening/{review.token}/")
    assert page.status_code == 200
    body = page.content.decode()
    assert len(re.findall(r'<article class="card finding-review', body)) == 13
    # every passage linked from a finding is a mark in the document's text
    links = set(re.findall(r'<a href="#(ev-[0-9-]+)">', body))
    marks = set(re.findall(r'<mark class="evidence" id="(ev-[0-9-]+)"', body))
    marks |= set(re.findall(r'<span id="(ev-[0-9-]+)"></span>', body))
    assert links and links <= marks
    screening = Screening.model_validate(review.screening)
    quote = next(e for f in screening.findings for e in f.evidence)
    assert html.escape(quote.quote[:40], quote=False) in body
    listed = text(client.get("/screening/"))
    assert name in listed and "0 confirmed, 0 corrected" in listed


def test_confirm_one_and_correct_another_kept_beside_the_proposal(team: Personas) -> None:
    client = team.client("coordinator")
    review = uploaded(client, NORVANIA)
    proposed = Screening.model_validate(review.screening)
    indicators = proposed.finding("indicators")
    assert indicators is not None
    url = f"/screening/{review.token}/findings/"
    confirmed = client.post(f"{url}budget/", {"decision": "confirm"})
    assert confirmed.status_code == 302
    assert confirmed["Location"].endswith("?saved=budget#finding-budget")
    corrected = client.post(
        f"{url}indicators/",
        {
            "decision": "correct",
            "answer": other(indicators.answer),
            "note": "Annex 1 sets out 26 indicators.",
        },
    )
    assert corrected.status_code == 302
    review.refresh_from_db()
    assert review.screening == proposed.model_dump(mode="json"), "the proposal is kept as it was"
    assert review.decisions["budget"]["decision"] == "confirmed"
    assert review.decisions["budget"]["value"] == proposed.finding("budget").value  # type: ignore[union-attr]
    kept = review.decisions["indicators"]
    assert kept["decision"] == "corrected" and kept["answer"] == other(indicators.answer)
    assert kept["note"] == "Annex 1 sets out 26 indicators." and kept["by"] == "coordinator"
    page = text(client.get(f"/screening/{review.token}/"))
    assert "Confirmed by coordinator" in page and "Corrected by coordinator" in page
    assert "1 of 13 findings confirmed, 1 corrected" in page
    assert "1 confirmed, 1 corrected" in text(client.get("/screening/"))


def test_htmx_swaps_the_finding_and_the_drafts_headlines(team: Personas) -> None:
    client = team.client("coordinator")
    review = uploaded(client, NORVANIA)
    response = client.post(
        f"/screening/{review.token}/findings/cs_on_coordination/",
        {"decision": "correct", "answer": "partial", "note": "Observers only."},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="finding-cs_on_coordination"' in body
    assert body.count('<article class="card finding-review') == 1
    assert 'id="draft" aria-labelledby="draft-title" hx-swap-oob="true"' in body
    assert "<html" not in body


@pytest.mark.parametrize(
    ("finding", "data", "field"),
    [
        ("budget", {"decision": "correct", "answer": "yes", "value": "lots"}, "value"),
        ("budget", {"decision": "correct", "answer": "yes", "value": ""}, "value"),
        ("indicators", {"decision": "correct", "answer": "maybe"}, "answer"),
        ("indicators", {"decision": "correct", "answer": ""}, "answer"),
        ("lead_institution", {"decision": "correct", "answer": "yes"}, "value"),
        ("indicators", {"decision": "guess"}, "__all__"),
    ],
)
def test_an_invalid_correction_is_422_and_keeps_nothing(
    team: Personas, finding: str, data: dict[str, str], field: str
) -> None:
    client = team.client("coordinator")
    review = uploaded(client, NORVANIA)
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        response = client.post(
            f"/screening/{review.token}/findings/{finding}/",
            data,
            **headers,  # type: ignore[arg-type]
        )
        assert response.status_code == 422
        assert 'class="errors"' in response.content.decode()
    review.refresh_from_db()
    assert review.decisions == {}
    missing = client.post(f"/screening/{review.token}/findings/nothing/", {"decision": "confirm"})
    assert missing.status_code == 404


def test_saved_as_a_draft_plan_with_the_corrections(team: Personas) -> None:
    client = team.client("coordinator")
    review = uploaded(client, NORVANIA)
    proposed = Screening.model_validate(review.screening)
    indicators = proposed.finding("indicators")
    public = proposed.finding("public_reporting")
    assert indicators is not None and public is not None
    base = f"/screening/{review.token}/"
    client.post(f"{base}findings/budget/", {"decision": "confirm"})
    client.post(
        f"{base}findings/indicators/",
        {"decision": "correct", "answer": other(indicators.answer), "note": "See annex 1."},
    )
    client.post(
        f"{base}findings/public_reporting/",
        {"decision": "correct", "answer": other(public.answer)},
    )
    client.post(
        f"{base}findings/budget/",
        {"decision": "correct", "answer": "partial", "value": "costed", "note": "Costed only."},
    )
    client.post(
        f"{base}findings/lead_institution/",
        {"decision": "correct", "answer": "yes", "value": "Ministry of Equality"},
    )
    page = client.get(base)
    suggested = page.context["page"].save_form.initial["plan_id"]
    assert suggested and not Plan.objects.filter(key=suggested).exists()
    response = client.post(f"{base}save/", {"plan_id": "norvania-nap-2023", "country": "NO"})
    assert response.status_code == 302
    assert response["Location"] == "/plans/norvania-nap-2023/scorecard/"
    record = Plan.objects.get(key="norvania-nap-2023")
    plan = queries.plan_document("norvania-nap-2023")
    assert plan is not None and plan.metadata.status.value == "draft"
    assert plan.metadata.transcribed and plan.metadata.lead_institution == "Ministry of Equality"
    assert plan.metadata.country == "NO" and plan.metadata.country_name is None
    assert plan.statements.indicators is not None
    assert plan.statements.indicators.answer == other(indicators.answer)
    assert plan.budget.status is not None and plan.budget.status.value == "costed"
    headlines = {h.id: h.answer for h in assess(plan, date(2026, 6, 1)).headlines}
    assert headlines["indicators"] == other(indicators.answer)
    assert headlines["public_reporting"] == other(public.answer)
    assert headlines["budget"] == "costed"
    assert headlines["lead_institution"] == "Ministry of Equality"
    scorecard = text(client.get(response["Location"]))
    assert "Ministry of Equality" in scorecard
    assert AuditEntry.objects.filter(plan=record, action=AuditEntry.IMPORT).exists()
    role = PlanRole.objects.get(plan=record, user=team.users["coordinator"])
    assert role.role == Role.COORDINATOR
    review.refresh_from_db()
    assert review.plan == record
    assert review.screening == proposed.model_dump(mode="json")
    # saved once: a second save, or another decision, is refused with the plan's link
    again = client.post(f"{base}save/", {"plan_id": "norvania-nap-2023-b", "country": "NO"})
    assert again.status_code == 409 and "/plans/norvania-nap-2023/" in again.content.decode()
    later = client.post(f"{base}findings/focus/", {"decision": "confirm"})
    assert later.status_code == 409
    assert Plan.objects.filter(key__startswith="norvania").count() == 1
    shown = text(client.get(base))
    assert "This review is saved as the draft plan" in shown and 'name="decision"' not in shown
    assert "norvania-nap-2023" in text(client.get("/screening/"))


def test_a_taken_or_bad_plan_id_is_422_and_stores_nothing(team: Personas) -> None:
    client = team.client("coordinator")
    review = uploaded(client, NORVANIA)
    for key in ("matrix", "no spaces", ""):
        response = client.post(
            f"/screening/{review.token}/save/", {"plan_id": key, "country": "NO"}
        )
        assert response.status_code == 422
        assert response.context["page"].save_form.errors["plan_id"]
    unknown = {"plan_id": "x-nap", "country": "XX"}
    response = client.post(f"/screening/{review.token}/save/", unknown)
    assert response.status_code == 422 and response.context["page"].save_form.errors["country"]
    assert Plan.objects.count() == 1
    review.refresh_from_db()
    assert review.plan is None


def test_only_its_owner_and_site_administrators_see_a_review(team: Personas) -> None:
    review = uploaded(team.client("coordinator"), NORVANIA)
    base = f"/screening/{review.token}/"
    stranger = team.client("administrator")  # may start plans, but it is not theirs
    assert stranger.get(base).status_code == 404
    assert stranger.post(f"{base}findings/budget/", {"decision": "confirm"}).status_code == 404
    assert stranger.post(f"{base}save/", {"plan_id": "stolen"}).status_code == 404
    assert NORVANIA not in text(stranger.get("/screening/"))
    assert team.client("focal_a").get(base).status_code == 404
    assert team.client("focal_a").get("/screening/").status_code == 404
    assert team.client("anonymous").get(base).status_code == 302
    root = get_user_model().objects.create_superuser("root", "root@example.org", "x-long-pw-1")
    admin = Client()
    admin.force_login(root)
    assert admin.get(base).status_code == 200
    review.refresh_from_db()
    assert review.decisions == {} and not Plan.objects.filter(key="stolen").exists()


def test_only_those_who_start_plans_are_offered_screening(team: Personas) -> None:
    assert 'href="/screening/"' in team.client("coordinator").get("/").content.decode()
    assert 'href="/screening/"' not in team.client("focal_a").get("/").content.decode()


GERMAN = (
    "Der Nationale Aktionsplan der Regierung wird von den Ministerien umgesetzt, und die "
    "Frauen nehmen an allen Entscheidungen über Frieden und Sicherheit teil. "
)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("scan.pdf", b"%PDF-1.4 a scanned page, no text", "PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "Word"),
        ("plan-de.txt", GERMAN.encode() * 20, "English, French and Spanish"),
        ("plan.xlsx", b"PK\x03\x04", "Screening reads PDF"),
    ],
)
def test_an_unreadable_document_is_422_and_nothing_is_kept(
    team: Personas, name: str, content: bytes, words: str
) -> None:
    response = upload(team.client("coordinator"), name, content)
    assert response.status_code == 422
    assert words in text(response)
    assert not ScreeningReview.objects.exists()


def test_a_file_over_the_limit_is_refused(team: Personas, settings: object) -> None:
    limit = settings.CONFIG.max_plan_file_bytes  # type: ignore[attr-defined]
    response = upload(team.client("coordinator"), "big.txt", b"a" * (limit + 1))
    assert response.status_code == 422 and "may be up to" in text(response)
    assert not ScreeningReview.objects.exists()


# --- the document's own text is escaped, however it reads -------------------------------

HOSTILE = "<script>alert('x')</script> & <b>bold</b>"


def _review_of(user: object, pages: list[str], findings: int = 13) -> ScreeningReview:
    """A review written directly, its passages at known places, screening not run."""
    plan = loads(
        "id: doc\nmetadata: {title: A plan, country: XV, transcribed: true}\n", name="doc.yaml"
    )
    found = [
        Finding(
            id=key,
            question=key,
            answer="yes",
            confidence=0.5,
            evidence=[
                Evidence(page=1 + n % len(pages), quote=pages[n % len(pages)][:20], start=0, end=20)
            ],
        )
        for n, key in enumerate(
            [
                "budget",
                "indicators",
                "baselines_targets",
                "me_framework",
                "regular_reporting",
                "public_reporting",
                "cs_design",
                "cs_implementation_monitoring",
                "coordination_mechanism",
                "cs_on_coordination",
                "focus",
                "lead_institution",
                "pillars",
            ][:findings]
        )
    ]
    screening = Screening(
        name="doc.txt",
        kind="text",
        language="en",
        pages=[Page(number=n, text=t) for n, t in enumerate(pages, start=1)],
        findings=found,
        plan=plan,
    )
    return ScreeningReview.objects.create(
        user=user, name="doc.txt", content=b"", language="en", screening=screening.model_dump()
    )


def test_the_documents_text_is_escaped_inside_and_outside_the_marks(team: Personas) -> None:
    review = _review_of(team.users["coordinator"], [HOSTILE + " trailing words", "second page"])
    body = team.client("coordinator").get(f"/screening/{review.token}/").content.decode()
    assert "<script>alert" not in body and "<b>bold" not in body
    assert '<mark class="evidence" id="ev-1-0-20">&lt;script&gt;alert(&#x27;x&#x27;)' in body
    assert "&amp; &lt;b&gt;bold&lt;/b&gt; trailing words" in body


def test_the_review_pages_queries_do_not_grow_with_findings_or_pages(team: Personas) -> None:
    client = team.client("coordinator")
    small = _review_of(team.users["coordinator"], ["one page of text here"], findings=2)
    large = _review_of(
        team.users["coordinator"], [f"page {n} of the document's text" for n in range(40)]
    )
    counts = []
    for review in (small, large):
        client.get(f"/screening/{review.token}/")
        with cold_queries() as ctx:
            assert client.get(f"/screening/{review.token}/").status_code == 200
        counts.append(len(ctx))
    assert counts[0] == counts[1] <= 6, counts
