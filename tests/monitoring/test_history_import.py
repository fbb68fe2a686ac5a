"""Importing past monitoring data: the service, the web flow, the command line."""

from __future__ import annotations

import io
from datetime import date

import pytest
from click.testing import CliRunner
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import Workbook

from napkit.cli import main
from napkit.core.plan import model as core
from napkit.core.plan import planfile
from napkit.monitoring import approved, demo, history, queries, services
from napkit.monitoring.models import (
    Event,
    IndicatorReport,
    PendingHistory,
    ReportingRound,
    Status,
    Submission,
)
from tests.personas import Personas, make_personas
from tests.querycount import cold_queries

pytestmark = pytest.mark.django_db

PLAN = planfile.loads(
    """
id: hist
metadata: {title: History plan, country: XV, period: {start: 2019-01-01, end: 2028-12-31}}
organisations:
  - {id: mod, name: Ministry of Defence, type: government}
  - {id: moi, name: Ministry of the Interior, type: government}
  - {id: wpn, name: Women's Peace Network, type: civil_society}
objectives:
  - id: O1
    title: Security institutions serve women
    indicators:
      - {id: I-TRAIN, name: Personnel trained, measure: number, aggregation: cumulative,
         responsible: mod, disaggregation: [sex], baseline: {value: 0, date: 2018-12-31},
         target: {value: 100, date: 2028-12-31}}
      - {id: I-SHARE, name: Women among police officers, measure: percentage,
         responsible: moi, baseline: {value: 10, date: 2018-12-31},
         target: {value: 30, date: 2028-12-31}}
""",
    name="hist.yaml",
)
CSV = (
    "Indicator;Period;Value;Category;Comment\n"
    "I-TRAIN;2019;20;;HR\n"
    "I-TRAIN;2019;12;female;\n"
    "I-TRAIN;2019;8;male;\n"
    "I-TRAIN;2020;25;;\n"
    "Women among police officers;2020;14.5;;\n"
)
URL = "/plans/hist/monitoring/"


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


def test_import_writes_closed_approved_rounds_with_events(team: Personas) -> None:
    done = history.import_history(
        team.users["coordinator"], team.record, "history.csv", CSV.encode(), _guess(CSV)
    )
    assert (done.rounds_created, done.rounds_filled, done.values) == (2, 0, 3)
    rounds = list(ReportingRound.objects.filter(plan=team.record).order_by("period_start"))
    assert [(r.label, r.period_start, r.closed_at is not None) for r in rounds] == [
        ("2019", date(2019, 1, 1), True),
        ("2020", date(2020, 1, 1), True),
    ]
    subs = Submission.objects.filter(round__plan=team.record)
    assert {(s.round.label, s.organisation, s.status) for s in subs} == {
        ("2019", "mod", Status.APPROVED),
        ("2020", "mod", Status.APPROVED),
        ("2020", "moi", Status.APPROVED),
    }
    train = IndicatorReport.objects.get(indicator="I-TRAIN", submission__round__label="2019")
    assert (train.value, train.parts, train.note) == (20, {"sex": {"female": 12, "male": 8}}, "HR")
    events = Event.objects.filter(action=Event.IMPORTED)
    assert events.count() == 3
    assert all("history.csv" in e.reason and e.username == "coordinator" for e in events)
    # the approved data was gathered again: dashboards and progress see the values
    data = approved.current(team.record)
    assert [o.value for o in data.observations["I-TRAIN"]] == [20, 25]
    progress = queries.standing(team.record, PLAN, timezone.localdate()).progress
    assert progress["I-TRAIN"].actual is not None and progress["I-TRAIN"].actual.value == 45
    assert progress["I-SHARE"].actual is not None and progress["I-SHARE"].actual.value == 14.5


def test_all_or_nothing(team: Personas) -> None:
    bad = CSV + "I-SHARE;2021;140;;\nnope;2021;1;;\n"
    with pytest.raises(history.HistoryInvalid) as error:
        history.import_history(None, team.record, "h.csv", bad.encode(), _guess(bad))
    assert [(p.line, p.path) for p in error.value.problems] == [
        (7, ("Value",)),
        (8, ("Indicator",)),
    ]
    assert not ReportingRound.objects.filter(plan=team.record).exists()


def test_never_overwrites_and_fills_closed_rounds_only_where_empty(team: Personas) -> None:
    history.import_history(None, team.record, "h.csv", CSV.encode(), _guess(CSV))
    again = "Indicator;Period;Value\nI-TRAIN;2020;99\nI-SHARE;2019;11\n"
    with pytest.raises(history.HistoryInvalid) as error:
        history.import_history(None, team.record, "h.csv", again.encode(), _guess(again))
    [problem] = error.value.problems
    assert problem.line == 2 and "already has a value" in problem.message
    assert (
        IndicatorReport.objects.get(indicator="I-TRAIN", submission__round__label="2020").value
        == 25
    )
    fill = "Indicator;Period;Value\nI-SHARE;2019;11\n"
    done = history.import_history(None, team.record, "h.csv", fill.encode(), _guess(fill))
    assert (done.rounds_created, done.rounds_filled) == (0, 1)
    assert ReportingRound.objects.filter(plan=team.record).count() == 2


def test_an_open_round_is_not_filled(team: Personas) -> None:
    services.open_round(
        None,
        team.record,
        label="2021",
        period_start=date(2021, 1, 1),
        period_end=date(2021, 12, 31),
        opens=date(2022, 1, 1),
        deadline=date(2022, 2, 1),
    )
    text = "Indicator;Period;Value\nI-TRAIN;2021;3\n"
    with pytest.raises(history.HistoryInvalid, match="still open"):
        history.import_history(None, team.record, "h.csv", text.encode(), _guess(text))


@pytest.mark.parametrize("persona", ["focal_a", "partner", "viewer"])
def test_only_coordinators_and_administrators_import(team: Personas, persona: str) -> None:
    with pytest.raises(history.NotAllowed):
        history.import_history(team.users[persona], team.record, "h.csv", CSV.encode(), _guess(CSV))
    assert not ReportingRound.objects.filter(plan=team.record).exists()


def test_the_web_flow(team: Personas) -> None:
    client = team.client("administrator")
    assert f"{URL}import/".encode() in client.get(URL).content
    assert f"{URL}import/".encode() not in team.client("focal_a").get(URL).content
    response = client.post(f"{URL}import/", {"file": _upload("h.csv", CSV.encode())})
    assert response.status_code == 302
    pending = PendingHistory.objects.get()
    assert pending.mapping == {
        "Indicator": "indicator",
        "Period": "period",
        "Value": "value",
        "Category": "category",
        "Comment": "note",
    }
    page = client.get(response["Location"])
    assert page.status_code == 200 and b"Which column is which" in page.content
    # a column given twice: 422 with the reason
    twice = client.post(response["Location"], {"c0": "indicator", "c1": "period", "c2": "period"})
    assert twice.status_code == 422 and b"keep one" in twice.content
    preview = client.post(
        response["Location"], _choices(["indicator", "period", "value", "category", "note"])
    )
    assert preview.status_code == 200
    assert b"What will be imported" in preview.content and b"new closed round" in preview.content
    assert not ReportingRound.objects.filter(plan=team.record).exists()  # nothing yet
    done = client.post(f"{URL}import/{pending.token}/confirm/")
    assert done.status_code == 302 and "imported=3" in done["Location"]
    assert ReportingRound.objects.filter(plan=team.record).count() == 2
    assert not PendingHistory.objects.exists()
    assert b"3 values imported" in client.get(done["Location"]).content


def test_the_preview_locates_every_problem(team: Personas) -> None:
    client = team.client("coordinator")
    bad = "Indicator;Period;Value\nI-TRAIN;someday;1\nI-SHARE;2020;200\n"
    response = client.post(f"{URL}import/", {"file": _upload("bad.csv", bad.encode())})
    preview = client.post(response["Location"], _choices(["indicator", "period", "value"]))
    assert preview.status_code == 422
    assert b"2 problems: nothing was imported" in preview.content
    assert b"not a period we can read" in preview.content and b"from 0 to 100" in preview.content
    assert b"Import these values" not in preview.content
    # confirming anyway writes nothing
    token = PendingHistory.objects.get().token
    assert client.post(f"{URL}import/{token}/confirm/").status_code == 409
    assert not ReportingRound.objects.filter(plan=team.record).exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("h.csv", b""),
        ("h.xlsx", b"PK\x03\x04 not a workbook"),
        ("h.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
        ("h.csv", b"one column only\n1\n"),
        ("h.bin", bytes(range(256)) * 4),
    ],
)
def test_bad_files_answer_422_never_500(team: Personas, name: str, data: bytes) -> None:
    response = team.client("coordinator").post(f"{URL}import/", {"file": _upload(name, data)})
    assert response.status_code == 422
    assert not PendingHistory.objects.exists()


def test_an_excel_workbook(team: Personas) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Code indicateur", "Période", "Valeur"])
    sheet.append(["I-SHARE", "T1 2020", 0.125])
    sheet["C2"].number_format = "0.0%"
    out = io.BytesIO()
    book.save(out)
    client = team.client("coordinator")
    response = client.post(f"{URL}import/", {"file": _upload("h.xlsx", out.getvalue())})
    preview = client.post(response["Location"], _choices(["indicator", "period", "value"]))
    assert preview.status_code == 200
    token = PendingHistory.objects.get().token
    assert client.post(f"{URL}import/{token}/confirm/").status_code == 302
    assert IndicatorReport.objects.get(indicator="I-SHARE").value == 12.5


def test_another_persons_pending_file_is_not_found(team: Personas) -> None:
    client = team.client("coordinator")
    response = client.post(f"{URL}import/", {"file": _upload("h.csv", CSV.encode())})
    assert team.client("administrator").get(response["Location"]).status_code == 404


def test_preview_queries_do_not_grow_with_rows(team: Personas) -> None:
    client = team.client("coordinator")

    def count(text: str) -> int:
        response = client.post(f"{URL}import/", {"file": _upload("h.csv", text.encode())})
        with cold_queries() as ctx:
            page = client.post(response["Location"], _choices(["indicator", "period", "value"]))
        assert page.status_code == 200
        return len(ctx.captured_queries)

    few = count("Indicator;Period;Value\nI-TRAIN;2019;1\n")
    many = count(
        "Indicator;Period;Value\n"
        + "".join(
            f"I-TRAIN;{y}-Q{q};{q}\nI-SHARE;{y}-Q{q};{q}\n"
            for y in range(2019, 2025)
            for q in (1, 2, 3, 4)
        )
    )
    assert many == few <= 20


def test_the_demo_plan_takes_history_before_its_first_round(demo_plan: core.Plan) -> None:
    team = make_personas(demo_plan, names=["coordinator"])
    demo.load(demo_plan.id)
    text = (
        "Indicator;Period;Value\n"
        "R1.2-i1;Q1 2025;31\n"  # January to March 2025: before the first fiscal year
        "OP2.2-i1;Q1 2025;non\n"
        "R1.2-i1;FY2025-26;33\n"  # the demo's approved round already has it
    )
    with pytest.raises(history.HistoryInvalid) as error:
        history.import_history(None, team.record, "h.csv", text.encode(), _guess(text))
    assert [p.line for p in error.value.problems] == [4]
    done = history.import_history(
        None, team.record, "h.csv", text.rsplit("R1.2", 1)[0].encode(), _guess(text)
    )
    assert (done.rounds_created, done.values) == (1, 2)
    assert ReportingRound.objects.get(plan=team.record, period_start=date(2025, 1, 1)).label == (
        "Q4 FY 2024-25"
    )


def test_the_command_line(team: Personas, tmp_path: object) -> None:
    path = tmp_path / "history.csv"  # type: ignore[operator]
    path.write_text(CSV.replace("Comment", "Remarks"), encoding="utf-8")
    runner = CliRunner()
    dry = runner.invoke(main, ["import-data", "hist", str(path), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "would be imported" in dry.output
    assert not ReportingRound.objects.filter(plan=team.record).exists()
    done = runner.invoke(main, ["import-data", "hist", str(path), "--map", "Remarks=note"])
    assert done.exit_code == 0, done.output
    assert "3 value(s) imported into 2 new" in done.output
    assert IndicatorReport.objects.get(indicator="I-TRAIN", value=20).note == "HR"
    again = runner.invoke(main, ["import-data", "hist", str(path)])
    assert again.exit_code == 1
    assert "history.csv:2: error: Indicator: I-TRAIN already has a value" in again.output
    assert runner.invoke(main, ["import-data", "nope", str(path)]).exit_code == 1
    assert runner.invoke(main, ["import-data", "hist", str(path), "--map", "x"]).exit_code == 2


def _guess(text: str) -> dict[str, str]:
    from napkit.core.monitoring import history_columns as cols

    return cols.guess(text.splitlines()[0].split(";"))


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, "application/octet-stream")


def _choices(fields: list[str]) -> dict[str, str]:
    return {f"c{n}": f for n, f in enumerate(fields)}


def test_a_national_plan_takes_five_years_of_quarters() -> None:
    from napkit.core.plan import generate, walk

    plan = generate.plan("national")
    team = make_personas(plan, names=["coordinator"])
    first = plan.metadata.period.start.year + 1  # type: ignore[union-attr]
    typed = {"percentage": "50", "yes_no": "yes", "narrative": "done"}
    rows = ["indicator,period,value"]
    for ref in walk.indicators(plan):
        i = ref.indicator
        value = i.scale[0] if i.scale else typed.get(i.measure.value, "5")
        rows += [f"{i.id},{y}-Q{q},{value}" for y in range(first, first + 5) for q in (1, 2, 3, 4)]
    text = "\n".join(rows) + "\n"
    done = history.import_history(
        team.users["coordinator"],
        team.record,
        "national.csv",
        text.encode(),
        {"indicator": "indicator", "period": "period", "value": "value"},
        today=date(2040, 1, 1),
    )
    assert (done.rounds_created, done.values) == (20, len(rows) - 1)
    assert len(approved.current(team.record).rounds) == 20
