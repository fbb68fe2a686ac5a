"""Bulk entry: templates, and uploads checked row by row, written all or nothing."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from napkit.core.plan import planfile
from napkit.monitoring.models import IndicatorReport, PendingUpload, Submission
from tests.monitoring.rounds import fy2025
from tests.personas import Personas, make_personas

pytestmark = pytest.mark.django_db

PLAN = planfile.loads(
    """
id: matrix
metadata: {title: Bulk plan, country: XV, period: {start: 2025-01-01, end: 2028-12-31}}
organisations:
  - {id: mod, name: Ministry of Defence, type: government}
objectives:
  - id: O1
    title: Security institutions serve women
    indicators:
      - {id: I-TRAIN, name: Personnel trained, measure: number, aggregation: cumulative,
         responsible: mod, disaggregation: [sex, location]}
      - {id: I-SHARE, name: Women among officers, measure: percentage, responsible: mod}
      - {id: I-LAW, name: Code of conduct adopted, measure: yes_no, responsible: mod}
""",
    name="bulk.yaml",
)


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


@pytest.fixture
def url(team: Personas) -> str:
    opened = fy2025(team.record, deadline=date(2027, 2, 28))
    found = Submission.objects.get(round=opened, organisation="mod")
    return f"/plans/matrix/monitoring/submissions/{found.pk}/"


def as_csv(rows: list[list[object]]) -> SimpleUploadedFile:
    out = io.StringIO()
    csv.writer(out).writerows(
        [
            [
                "indicator",
                "indicator_name",
                "dimension",
                "category",
                "value",
                "numerator",
                "denominator",
                "note",
            ],
            *rows,
        ]
    )
    return SimpleUploadedFile("values.csv", out.getvalue().encode(), "text/csv")


def test_the_template_lists_each_value_to_give(team: Personas, url: str) -> None:
    response = team.client("focal_a").get(url + "template.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:5] == ["indicator", "indicator_name", "dimension", "category", "value"]
    keys = [(r[0], r[2], r[3]) for r in rows[1:]]
    assert keys == [
        ("I-TRAIN", "", ""),
        ("I-TRAIN", "sex", "female"),
        ("I-TRAIN", "sex", "male"),
        ("I-SHARE", "", ""),
        ("I-LAW", "", ""),
    ]
    xlsx = team.client("focal_a").get(url + "template.xlsx")
    assert xlsx.content[:2] == b"PK"


def test_one_bad_row_among_a_thousand_writes_nothing_and_is_named(team: Personas, url: str) -> None:
    rows: list[list[object]] = [["I-TRAIN", "", "", "", 999, "", "", ""]]
    rows += [["I-TRAIN", "", "location", f"District {n}", 1, "", "", ""] for n in range(998)]
    rows[500][4] = "twelve"
    response = team.client("focal_a").post(url + "upload/", {"file": as_csv(rows)})
    assert response.status_code == 422
    html = response.content.decode()
    assert "1 problem: nothing was written" in html
    assert "<td>502</td><td>value</td>" in html  # header is row 1; the bad row is row 502
    assert "expected a number, got &#x27;twelve&#x27;" in html
    assert not IndicatorReport.objects.exists()
    assert not PendingUpload.objects.exists()


def test_a_good_upload_is_shown_then_written_on_confirmation(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    rows = [
        ["I-TRAIN", "", "", "", 30, "", "", "HR records"],
        ["I-TRAIN", "", "sex", "female", 20, "", "", ""],
        ["I-TRAIN", "", "sex", "male", 9, "", "", ""],
        ["I-SHARE", "", "", "", "14.5", "29", "200", ""],
        ["I-LAW", "", "", "", "yes", "", "", ""],
    ]
    preview = client.post(url + "upload/", {"file": as_csv(rows)})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "5 rows read: values for 3 indicators" in html
    assert "the sex breakdown adds up to 29, but the total is 30" in html
    assert not IndicatorReport.objects.exists()  # nothing before confirmation
    pending = PendingUpload.objects.get()
    confirmed = client.post(url + f"upload/{pending.pk}/confirm/", {"version": "0"})
    assert confirmed.status_code == 302
    written = {r.indicator: r for r in IndicatorReport.objects.all()}
    assert written["I-TRAIN"].value == 30
    assert written["I-TRAIN"].parts == {"sex": {"female": 20, "male": 9}}
    assert (written["I-SHARE"].numerator, written["I-SHARE"].denominator) == (29, 200)
    assert written["I-LAW"].value is True
    assert Submission.objects.get().events.last().action == "uploaded"


def test_excel_uploads_read_the_same(team: Personas, url: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["indicator", "dimension", "category", "value"])
    sheet.append(["I-TRAIN", None, None, 12])
    sheet.append(["I-LAW", None, None, "no"])
    data = io.BytesIO()
    book.save(data)
    upload = SimpleUploadedFile("values.xlsx", data.getvalue())
    response = team.client("focal_a").post(url + "upload/", {"file": upload})
    assert response.status_code == 200
    assert "2 rows read: values for 2 indicators" in response.content.decode()


@pytest.mark.parametrize(
    ("content", "name", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "values.csv", "not a CSV or Excel file"),
        (b"indicator,value\nI-TRAIN,caf\xe9\n", "values.csv", "not UTF-8 text"),
        (b"name,amount\nx,1\n", "values.csv", "missing column(s): indicator, value"),
        (b"", "values.csv", "The submitted file is empty"),
        (b"PK\x03\x04broken", "values.xlsx", "not a readable Excel"),
    ],
)
def test_unreadable_files_say_why(
    team: Personas, url: str, content: bytes, name: str, words: str
) -> None:
    upload = SimpleUploadedFile(name, content)
    response = team.client("focal_a").post(url + "upload/", {"file": upload})
    assert response.status_code == 422
    assert words in response.content.decode().replace("&#x27;", "'")


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        (["I-NOPE", "", "", "", 1], "indicator", "&#x27;I-NOPE&#x27; is not an indicator"),
        (["I-TRAIN", "", "age_band", "18_29", 1], "dimension", "not broken down by age_band"),
        (["I-TRAIN", "", "sex", "other", 1], "category", "unknown sex category"),
        (["I-SHARE", "", "", "", 140], "value", "a percentage is from 0 to 100"),
        (["I-LAW", "", "", "", "maybe"], "value", "expected yes or no"),
        (["I-TRAIN", "", "", "", 5, 3, 4], "numerator", "only percentages have numerators"),
    ],
)
def test_each_bad_row_is_located(
    team: Personas, url: str, row: list[object], column: str, words: str
) -> None:
    response = team.client("focal_a").post(url + "upload/", {"file": as_csv([row])})
    assert response.status_code == 422
    html = response.content.decode()
    assert f"<td>2</td><td>{column}</td>" in html
    assert words in html


def test_a_repeated_row_names_the_first(team: Personas, url: str) -> None:
    rows = [["I-TRAIN", "", "", "", 1], ["I-SHARE", "", "", "", 2], ["I-TRAIN", "", "", "", 3]]
    html = team.client("focal_a").post(url + "upload/", {"file": as_csv(rows)}).content.decode()
    assert "repeats row 2" in html
