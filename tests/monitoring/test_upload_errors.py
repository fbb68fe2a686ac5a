"""Bad input in uploads and the submission form: a clear, located error, nothing written,
never a traceback, never a value silently changed."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from napkit.core.monitoring.submissions import parse_value
from napkit.core.plan import walk
from napkit.monitoring import services
from napkit.monitoring.models import IndicatorReport, PendingUpload, Submission
from tests.monitoring.test_bulk import PLAN, as_csv
from tests.personas import Personas, make_personas

pytestmark = pytest.mark.django_db

TRAIN = next(i.indicator for i in walk.indicators(PLAN) if i.indicator.id == "I-TRAIN")
SHARE = next(i.indicator for i in walk.indicators(PLAN) if i.indicator.id == "I-SHARE")


@pytest.fixture
def team() -> Personas:
    return make_personas(PLAN)


@pytest.fixture
def url(team: Personas) -> str:
    opened = services.open_round(
        None,
        team.record,
        label="FY 2025",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        opens=date(2026, 1, 1),
        deadline=date(2027, 2, 28),
    )
    found = Submission.objects.get(round=opened, organisation="mod")
    return f"/plans/matrix/monitoring/submissions/{found.pk}/"


def upload(client: Client, url: str, file: SimpleUploadedFile) -> tuple[int, str]:
    response = client.post(url + "upload/", {"file": file})
    return response.status_code, response.content.decode().replace("&#x27;", "'")


def confirm(client: Client, url: str, version: str = "0") -> int:
    pending = PendingUpload.objects.get()
    return client.post(url + f"upload/{pending.pk}/confirm/", {"version": version}).status_code


def saved(client: Client, url: str) -> IndicatorReport:
    """Upload and confirm a total and its sex breakdown for I-TRAIN; the saved row."""
    rows = [
        ["I-TRAIN", "", "", "", 30, "", "", "HR records"],
        ["I-TRAIN", "", "sex", "female", 20, "", "", ""],
        ["I-TRAIN", "", "sex", "male", 10, "", "", ""],
    ]
    assert upload(client, url, as_csv(rows))[0] == 200
    assert confirm(client, url) == 302
    return IndicatorReport.objects.get(indicator="I-TRAIN")


def xlsx(rows: list[list[Any]], *, empty_first: str | None = None) -> SimpleUploadedFile:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if empty_first:
        sheet.title = empty_first
        sheet = book.create_sheet("values")
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return SimpleUploadedFile("values.xlsx", data.getvalue())


HEADER = ["indicator", "dimension", "category", "value"]


# 1. A comma in a number


@pytest.mark.parametrize("text", ["12,5", "1,5", "1,50,000", "12,5%", "1,5000", ",5", "1,"])
def test_a_decimal_comma_is_refused_not_read_as_thousands(text: str) -> None:
    value, why = parse_value(TRAIN, text)
    assert value is None
    assert why is not None and "use a point for decimals (12.5), not a comma" in why


@pytest.mark.parametrize(
    ("text", "number"),
    [("1,500", 1500), ("12,345.6", 12345.6), ("1,234,567", 1234567), ("12.5", 12.5), (7, 7)],
)
def test_commas_grouping_thousands_are_read(text: str, number: float) -> None:
    assert parse_value(TRAIN, text) == (number, None)


@pytest.mark.parametrize("text", ["1_5", "1%2", "inf", "nan", "1 5", "12.5.1"])
def test_other_odd_numbers_are_refused(text: str) -> None:
    assert parse_value(TRAIN, text)[1] is not None


def test_a_decimal_comma_in_an_upload_is_located(team: Personas, url: str) -> None:
    status, html = upload(team.client("focal_a"), url, as_csv([["I-TRAIN", "", "", "", "12,5"]]))
    assert status == 422
    assert "<td>2</td><td>value</td>" in html
    assert "use a point for decimals (12.5), not a comma" in html
    assert not PendingUpload.objects.exists()


def test_a_decimal_comma_in_a_numerator_is_located(team: Personas, url: str) -> None:
    rows = [["I-SHARE", "", "", "", "14.5", "2,5", "200"]]
    status, html = upload(team.client("focal_a"), url, as_csv(rows))
    assert status == 422
    assert "<td>2</td><td>numerator</td>" in html
    assert "use a point for decimals" in html


def form_data(client: Client, url: str, **changes: str) -> dict[str, str]:
    form = client.get(url).context["form"]
    data = {n: "" if form[n].value() is None else str(form[n].value()) for n in form.fields}
    data.update(changes)
    return data


def test_a_decimal_comma_in_the_form_is_refused(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    response = client.post(url, form_data(client, url, **{"ind-I-TRAIN-value": "12,5"}))
    assert response.status_code == 422
    assert "use a point for decimals" in " ".join(
        response.context["form"].errors["ind-I-TRAIN-value"]
    )
    assert not IndicatorReport.objects.exists()
    ok = client.post(url, form_data(client, url, **{"ind-I-TRAIN-value": "1,500"}))
    assert ok.status_code == 302
    assert IndicatorReport.objects.get(indicator="I-TRAIN").value == 1500


# 6. An upper bound on values


@pytest.mark.parametrize(
    "text", ["1.7e308", "1e16", "-1e16", "1e999", 1.7e308, 10**400], ids=lambda v: repr(v)[:12]
)
def test_huge_numbers_are_refused(text: object) -> None:
    value, why = parse_value(TRAIN, text)
    assert value is None
    assert why is not None and ("too large" in why or "0 or more" in why)


def test_the_bound_itself_is_accepted() -> None:
    assert parse_value(TRAIN, "1e15") == (10**15, None)


def test_a_huge_value_in_an_upload_or_the_form_is_refused(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    status, html = upload(client, url, as_csv([["I-TRAIN", "", "", "", "1.7e308"]]))
    assert status == 422
    assert "<td>2</td><td>value</td>" in html and "too large" in html
    status, html = upload(client, url, as_csv([["I-SHARE", "", "", "", "5", "1e300", "2"]]))
    assert status == 422
    assert "<td>2</td><td>numerator</td>" in html and "too large" in html
    for field in ("ind-I-TRAIN-value", "ind-I-TRAIN-part~sex~female", "ind-I-SHARE-numerator"):
        response = client.post(url, form_data(client, url, **{field: "1.7e308"}))
        assert response.status_code == 422, field
        assert response.context["form"].errors[field]
    assert not IndicatorReport.objects.exists()


# 2. An Excel formula with no saved result


def test_a_formula_without_a_saved_result_is_refused(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    before = saved(client, url)
    PendingUpload.objects.all().delete()
    status, html = upload(client, url, xlsx([HEADER, ["I-TRAIN", None, None, "=10+20"]]))
    assert status == 422
    assert "<td>2</td><td>value</td>" in html
    assert "a formula with no saved result" in html
    assert not PendingUpload.objects.exists()
    assert IndicatorReport.objects.get(indicator="I-TRAIN").value == before.value == 30


# 3. Breakdown rows with only a note


def test_a_breakdown_row_with_only_a_note_is_refused(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    saved(client, url)
    PendingUpload.objects.all().delete()
    rows = [["I-TRAIN", "", "sex", "female", "", "", "", "a note"]]
    status, html = upload(client, url, as_csv(rows))
    assert status == 422
    assert "<td>2</td><td>value</td>" in html
    assert "a breakdown row needs a value" in html
    assert "<td>2</td><td>note</td>" in html
    assert "the note goes on the indicator" in html
    assert not PendingUpload.objects.exists()
    kept = IndicatorReport.objects.get(indicator="I-TRAIN")
    assert (kept.value, kept.parts) == (30, {"sex": {"female": 20, "male": 10}})


def test_a_note_on_a_breakdown_row_is_not_dropped(team: Personas, url: str) -> None:
    rows = [
        ["I-TRAIN", "", "", "", 30, "", "", ""],
        ["I-TRAIN", "", "sex", "female", 20, "", "", "from the HR file"],
    ]
    status, html = upload(team.client("focal_a"), url, as_csv(rows))
    assert status == 422
    assert "<td>3</td><td>note</td>" in html


def test_a_total_row_with_only_a_note_is_refused(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    saved(client, url)
    PendingUpload.objects.all().delete()
    status, html = upload(client, url, as_csv([["I-TRAIN", "", "", "", "", "", "", "no data"]]))
    assert status == 422
    assert "<td>2</td><td>value</td>" in html and "no value for I-TRAIN" in html
    assert IndicatorReport.objects.get(indicator="I-TRAIN").value == 30


def test_a_note_on_the_total_with_breakdown_values_is_kept(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    rows = [
        ["I-TRAIN", "", "", "", "", "", "", "sum of the sexes"],
        ["I-TRAIN", "", "sex", "female", 20, "", "", ""],
        ["I-TRAIN", "", "sex", "male", 10, "", "", ""],
        ["I-SHARE", "", "", "", "", "", "", ""],  # a template row left empty
    ]
    assert upload(client, url, as_csv(rows))[0] == 200
    assert confirm(client, url) == 302
    kept = IndicatorReport.objects.get(indicator="I-TRAIN")
    assert (kept.value, kept.note) == (30, "sum of the sexes")
    assert not IndicatorReport.objects.filter(indicator="I-SHARE").exists()


# 4. A garbled version on confirmation


@pytest.mark.parametrize("version", ["abc", "", "1.5", None])
def test_confirming_with_a_garbled_version_is_a_conflict(
    team: Personas, url: str, version: str | None
) -> None:
    client = team.client("focal_a")
    assert upload(client, url, as_csv([["I-TRAIN", "", "", "", 5]]))[0] == 200
    pending = PendingUpload.objects.get()
    data = {} if version is None else {"version": version}
    response = client.post(url + f"upload/{pending.pk}/confirm/", data)
    assert response.status_code == 409
    assert "Someone saved this submission" in response.content.decode()
    assert not IndicatorReport.objects.exists()
    assert Submission.objects.get().version == 0


# 5. Files that break the readers


def test_a_huge_csv_cell_is_located(team: Personas, url: str) -> None:
    text = "indicator,value,note\nI-TRAIN,1,ok\nI-TRAIN," + "9" * 200_000 + ",x\n"
    file = SimpleUploadedFile("values.csv", text.encode(), "text/csv")
    status, html = upload(team.client("focal_a"), url, file)
    assert status == 422
    assert "row 3: a cell is too long (over" in html
    assert not PendingUpload.objects.exists()


def test_a_workbook_with_a_broken_sheet_is_unreadable(team: Personas, url: str) -> None:
    good = xlsx([HEADER, ["I-TRAIN", None, None, 12]])
    broken = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(good.read())) as source,
        zipfile.ZipFile(broken, "w") as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut off mid-element
            target.writestr(item, data)
    file = SimpleUploadedFile("values.xlsx", broken.getvalue())
    status, html = upload(team.client("focal_a"), url, file)
    assert status == 422
    assert "the workbook could not be read" in html
    assert not PendingUpload.objects.exists()


# 8. Headers and sheets


def test_a_repeated_column_is_named(team: Personas, url: str) -> None:
    out = io.StringIO()
    csv.writer(out).writerows([["indicator", "value", "value"], ["I-TRAIN", "1", "2"]])
    file = SimpleUploadedFile("values.csv", out.getvalue().encode(), "text/csv")
    status, html = upload(team.client("focal_a"), url, file)
    assert status == 422
    assert "the column value appears twice (columns 2 and 3)" in html
    status, html = upload(
        team.client("focal_a"), url, xlsx([[*HEADER, "Value"], ["I-TRAIN", None, None, 1, 2]])
    )
    assert status == 422
    assert "the column value appears twice" in html


def test_an_empty_first_sheet_is_named(team: Personas, url: str) -> None:
    file = xlsx([HEADER, ["I-TRAIN", None, None, 12]], empty_first="Read me")
    status, html = upload(team.client("focal_a"), url, file)
    assert status == 422
    assert "the first sheet, Read me, is empty" in html


def test_excel_rows_still_read(team: Personas, url: str) -> None:
    client = team.client("focal_a")
    status, html = upload(client, url, xlsx([HEADER, ["I-TRAIN", None, None, 12]]))
    assert status == 200, html
    assert confirm(client, url) == 302
    assert IndicatorReport.objects.get(indicator="I-TRAIN").value == 12


def test_shares_parse() -> None:
    assert parse_value(SHARE, "14.5%") == (14.5, None)
