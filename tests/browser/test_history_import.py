"""A coordinator brings years of past indicator data from a spreadsheet into a plan: upload,
check the columns napkit guessed, see a problem located on its row, fix the file, preview,
import; in English on a desktop and in French at 390 px."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from napkit.monitoring.models import IndicatorReport, ReportingRound
from tests.browser.conftest import serious_violations
from tests.browser.test_start_flow import DESKTOP, PHONE, no_sideways_scroll, open_page, sign_in
from tests.monitoring.test_history_import import PLAN
from tests.personas import make_personas

pytestmark = pytest.mark.django_db(transaction=True)

GOOD = (
    "Indicateur;Période;Valeur;Catégorie;Commentaire\n"
    "I-TRAIN;2019;20;;RH\n"
    "I-TRAIN;2019;12;female;\n"
    "I-TRAIN;2019;8;male;\n"
    "Women among police officers;2020;14,5;;\n"
)
BAD = GOOD.replace("I-TRAIN;2019;20;;RH", "I-TRAIN;un jour;20;;RH")
WORDS = {
    "en": {"problem": "1 problem: nothing was imported", "done": "2 values imported"},
    "fr": {"problem": "1 problème : rien n’a été importé", "done": "2 valeurs importées"},
}


def upload(page: object, base: str, content: str) -> None:
    page.goto(f"{base}/plans/hist/monitoring/import/")  # type: ignore[attr-defined]
    page.locator("input[type=file]").set_input_files(  # type: ignore[attr-defined]
        {"name": "history.csv", "mimeType": "text/csv", "buffer": content.encode()}
    )
    page.locator("main form button[type=submit]").first.click()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "viewport"), [("en", DESKTOP), ("fr", PHONE)], ids=["en-desktop", "fr-phone"]
)
def test_past_data_comes_in_after_a_located_problem_is_fixed(
    browser: Browser,
    live_server: object,
    screenshots: Path,
    language: str,
    viewport: dict[str, int],
) -> None:
    base = live_server.url  # type: ignore[attr-defined]
    make_personas(PLAN, names=["coordinator"])
    page = open_page(browser, language, viewport)
    sign_in(page, base)

    page.goto(f"{base}/plans/hist/monitoring/")
    expect(page.locator("a[href='/plans/hist/monitoring/import/']").first).to_be_visible()
    upload(page, base, BAD)
    page.wait_for_url("**/monitoring/import/*/")
    # The columns were guessed from their French headers.
    expect(page.locator("select[name=c0]")).to_have_value("indicator")
    expect(page.locator("select[name=c1]")).to_have_value("period")
    page.locator("main form.stacked button[type=submit]").click()
    expect(page.get_by_text(WORDS[language]["problem"])).to_be_visible()
    expect(page.get_by_text("un jour").first).to_be_visible()
    no_sideways_scroll(page)
    page.screenshot(path=screenshots / f"history-problem-{language}.png", full_page=True)
    assert not ReportingRound.objects.filter(plan__key="hist").exists()

    upload(page, base, GOOD)
    page.wait_for_url("**/monitoring/import/*/")
    page.locator("main form.stacked button[type=submit]").click()
    confirm = page.locator("form[action$='/confirm/'] button[type=submit]")
    expect(confirm).to_be_visible()
    no_sideways_scroll(page)
    assert serious_violations(page) == []
    page.screenshot(path=screenshots / f"history-preview-{language}.png", full_page=True)
    confirm.click()
    page.wait_for_url("**/monitoring/?imported=2*")
    expect(page.get_by_text(WORDS[language]["done"])).to_be_visible()
    assert ReportingRound.objects.filter(plan__key="hist").count() == 2
    assert IndicatorReport.objects.filter(submission__round__plan__key="hist").count() == 2
    page.context.close()
