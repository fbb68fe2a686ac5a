"""The IATI 2.03 activity export: valid against the shipped schema and codelists, and
holding what the issue asks for (organisations and roles, the gender policy marker, DAC
sectors, budgets, transactions, results with baselines, periods, targets and actuals)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from lxml import etree

from napkit.core.exports import export
from napkit.core.exports.iati import (
    activity_identifier,
    codelist_errors,
    iati_activity_xml,
    schema_errors,
)
from napkit.core.exports.iati_codes import active_codes, activity_status
from napkit.core.monitoring.progress import score
from napkit.core.plan import walk
from napkit.core.plan.model import Activity, Plan
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Direction, Focus, FundingType, Measure, PlanStatus, Tier
from napkit.core.publishing.release import Release, disclosed
from napkit.core.publishing.tracking import indicator_periods
from tests.core.releases import demo_release

GENERATED = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
Element = etree._Element


def write(release: Release) -> bytes:
    xml = iati_activity_xml(release, GENERATED)
    assert schema_errors(xml) == []
    assert codelist_errors(xml) == []
    return xml


def no_data(plan: Plan) -> Release:
    return Release(plan, version=1, published=date(2025, 3, 10), as_of=date(2025, 3, 10))


def activity_of(xml: bytes) -> Element:
    found = etree.fromstring(xml).find("iati-activity")
    assert found is not None
    return found


def edit_lines(plan: Plan, change: Callable[[dict[str, Any]], None]) -> Plan:
    """The plan with ``change`` applied to the data of every budget line."""
    data = plan.model_dump(mode="python")

    def visit(node: object) -> None:
        if isinstance(node, dict):
            if "funding_type" in node and "fiscal_year" in node:
                change(node)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(data)
    return Plan.model_validate(data)


def number(element: Element, attribute: str = "value") -> float:
    text = element.get(attribute)
    assert text is not None and re.fullmatch(r"-?\d+(\.\d+)?", text), text
    return float(text)


@pytest.fixture(scope="module")
def release(demo_plan: Plan) -> Release:
    return demo_release(demo_plan)


@pytest.fixture(scope="module")
def demo_xml(release: Release) -> bytes:
    return iati_activity_xml(release, GENERATED)


@pytest.fixture(scope="module")
def activity(demo_xml: bytes) -> Element:
    return activity_of(demo_xml)


# --- validity ---------------------------------------------------------------------


def test_the_demo_release_is_valid_iati(demo_xml: bytes) -> None:
    assert schema_errors(demo_xml) == []
    assert codelist_errors(demo_xml) == []


def test_one_activity_in_a_utf8_file_with_a_declaration(demo_xml: bytes) -> None:
    assert demo_xml.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = etree.fromstring(demo_xml)
    assert root.tag == "iati-activities"
    assert root.get("version") == "2.03"
    assert root.get("generated-datetime") == "2026-11-26T12:00:00Z"
    assert len(root.findall("iati-activity")) == 1
    assert b"\n    <iati-identifier>" in demo_xml  # pretty-printed


def test_the_registry_serves_the_same_bytes(release: Release, demo_xml: bytes) -> None:
    assert export("iati", release, GENERATED) == demo_xml


def test_the_weak_plan_with_an_empty_release_is_valid(weak_plan: Plan) -> None:
    activity = activity_of(write(no_data(weak_plan)))
    assert activity.find("result/indicator") is not None
    for absent in ("budget", "transaction", ".//baseline", ".//period"):
        assert activity.find(absent) is None, absent


# --- identification and organisations ---------------------------------------------


def test_identifier_and_reporting_org_come_from_the_lead_organisation(
    demo_plan: Plan, activity: Element
) -> None:
    lead = next(o for o in demo_plan.organisations if o.id == "mfa")
    assert activity.findtext("iati-identifier") == f"{lead.iati_ref}-{demo_plan.id}"
    reporter = activity.find("reporting-org")
    assert reporter is not None
    assert reporter.get("ref") == lead.iati_ref
    assert reporter.findtext("narrative") == lead.name
    assert activity.findtext("title/narrative") == demo_plan.metadata.title
    assert activity.find("description[@type='1']") is not None


def _without_lead_ref(plan: Plan) -> Plan:
    lead = plan.metadata.lead_organisation
    orgs = [
        o.model_copy(update={"iati_ref": None}) if o.id == lead else o for o in plan.organisations
    ]
    return plan.model_copy(update={"organisations": orgs})


def _without_lead(plan: Plan) -> Plan:
    meta = plan.metadata.model_copy(update={"lead_organisation": None})
    return plan.model_copy(update={"metadata": meta})


@pytest.mark.parametrize(
    ("change", "ref"),
    [(_without_lead_ref, "XV-NAPKIT-mfa"), (_without_lead, "XV-NAPKIT-GOV")],
    ids=["lead-without-iati-ref", "no-lead"],
)
def test_a_plan_without_an_iati_ref_still_validates(
    demo_plan: Plan, change: Callable[[Plan], Plan], ref: str
) -> None:
    plan = change(demo_plan)
    activity = activity_of(write(demo_release(plan)))
    assert activity.findtext("iati-identifier") == f"{ref}-{plan.id}" == activity_identifier(plan)
    reporter = activity.find("reporting-org")
    assert reporter is not None and reporter.get("ref") == ref
    assert ref not in {o.get("ref") for o in activity.findall("participating-org")}


def _names(activity: Element, role: str) -> set[str]:
    return {
        o.findtext("narrative") or ""
        for o in activity.findall("participating-org")
        if o.get("role") == role
    }


def _expected_roles(plan: Plan) -> dict[str, set[str]]:
    name = {o.id: o.name for o in plan.organisations}
    doers = set()
    for ref in walk.activities(plan):
        assert isinstance(ref.item, Activity)
        doers |= {ref.item.responsibility.lead, *ref.item.responsibility.supporting}
    lines = [b.line for b in walk.budget_lines(plan)]
    outside = {FundingType.ODA, FundingType.DONOR}
    public = {FundingType.NATIONAL_BUDGET, FundingType.SUBNATIONAL_BUDGET}
    return {
        "1": {name[x.organisation] for x in lines if x.organisation and x.funding_type in outside},
        "2": {name[plan.metadata.lead_organisation or ""]},
        "3": {name[x.organisation] for x in lines if x.organisation and x.funding_type in public},
        "4": {name[x] for x in doers if x},
    }


@pytest.mark.parametrize("role", ["1", "2", "3", "4"])
def test_participating_organisations_have_each_role(
    demo_plan: Plan, activity: Element, role: str
) -> None:
    expected = _expected_roles(demo_plan)[role]
    assert expected
    assert _names(activity, role) == expected


def test_every_organisation_takes_part_with_its_type_and_ref(
    demo_plan: Plan, activity: Element
) -> None:
    by_name = {o.name: o for o in demo_plan.organisations}
    orgs = activity.findall("participating-org")
    assert {o.findtext("narrative") for o in orgs} == set(by_name)
    for element in orgs:
        org = by_name[element.findtext("narrative") or ""]
        assert element.get("ref") == org.iati_ref
    types = {o.findtext("narrative"): o.get("type") for o in orgs}
    assert types["Ministry of Foreign Affairs"] == "10"
    assert types["Provincial Government of Nordmark"] == "11"  # local government
    assert types["Valdorian Women's Peace Network"] == "22"
    assert types["UN Women Valdoria Country Office"] == "40"
    assert types["Meridian Social Research"] == "70"
    assert types["Institute for Peace and Gender Studies, University of Valdoria"] == "80"
    assert types["Office of the Ombudsperson for Human Rights"] == "90"


# --- status, dates, countries, sectors, policy marker -----------------------------


@pytest.mark.parametrize(
    ("status", "today", "evaluation", "code"),
    [
        ("draft", date(2026, 1, 1), None, "1"),
        ("active", date(2024, 6, 1), None, "1"),
        ("active", date(2026, 1, 1), None, "2"),
        ("active", date(2030, 6, 1), None, "3"),
        ("expired", date(2030, 6, 1), date(2030, 9, 1), "3"),
        ("expired", date(2031, 6, 1), date(2030, 9, 1), "4"),
        ("superseded", date(2031, 1, 1), None, "4"),
    ],
)
def test_activity_status_follows_the_plan_status_and_period(
    demo_plan: Plan, status: str, today: date, evaluation: date | None, code: str
) -> None:
    plan = demo_plan.model_copy(
        update={
            "metadata": demo_plan.metadata.model_copy(update={"status": PlanStatus(status)}),
            "monitoring": demo_plan.monitoring.model_copy(update={"final_evaluation": evaluation}),
        }
    )
    assert activity_status(plan, today) == code


def test_activity_dates_come_from_the_period_and_adoption(
    demo_plan: Plan, activity: Element
) -> None:
    dates = {d.get("type"): d.get("iso-date") for d in activity.findall("activity-date")}
    period = demo_plan.metadata.period
    assert period is not None and demo_plan.metadata.adopted is not None
    assert dates == {
        "1": period.start.isoformat(),
        "2": demo_plan.metadata.adopted.isoformat(),
        "3": period.end.isoformat(),
    }
    assert activity.find("activity-status[@code='2']") is not None


def _percentages(activity: Element, tag: str) -> dict[str, Decimal]:
    return {e.get("code") or "": Decimal(e.get("percentage") or "") for e in activity.findall(tag)}


@pytest.mark.parametrize(
    ("focus", "countries"),
    [
        ("domestic", ["XV"]),
        ("international", ["SS", "CF", "UA"]),
        ("both", ["XV", "SS", "CF", "UA"]),
    ],
)
def test_recipient_countries_add_up_to_100(
    demo_plan: Plan, focus: str, countries: list[str]
) -> None:
    framework = demo_plan.framework.model_copy(update={"focus": Focus(focus)})
    plan = demo_plan.model_copy(update={"framework": framework})
    shares = _percentages(activity_of(write(no_data(plan))), "recipient-country")
    assert list(shares) == countries
    assert sum(shares.values()) == 100


def test_dac_sectors_fit_wps_and_add_up_to_100(activity: Element) -> None:
    sectors = activity.findall("sector")
    assert {s.get("vocabulary") for s in sectors} == {"1"}
    shares = _percentages(activity, "sector")
    assert {"15220", "15170"} <= set(shares)
    assert set(shares) <= active_codes("Sector")
    assert sum(shares.values()) == 100


@pytest.mark.parametrize(
    ("marker", "significance"),
    [(None, "2"), (0, "1"), (1, "1"), (2, "2")],
    ids=["unmarked-is-principal-by-definition", "not-targeted", "significant", "principal"],
)
def test_gender_policy_marker_follows_the_budget_lines(
    demo_plan: Plan, marker: int | None, significance: str
) -> None:
    plan = edit_lines(demo_plan, lambda line: line.update(gender_marker=marker))
    xml = write(no_data(plan))
    markers = activity_of(xml).findall("policy-marker")
    assert [(m.get("vocabulary"), m.get("code"), m.get("significance")) for m in markers] == [
        ("1", "1", significance)
    ]


def test_the_demo_plan_is_principal_for_gender_equality(activity: Element) -> None:
    marker = activity.find("policy-marker[@vocabulary='1'][@code='1']")
    assert marker is not None and marker.get("significance") == "2"


# --- budgets and transactions ---------------------------------------------------------


def _budgets(activity: Element) -> dict[tuple[str, str], Decimal]:
    found = {}
    for budget in activity.findall("budget"):
        start = budget.find("period-start")
        end = budget.find("period-end")
        value = budget.find("value")
        assert start is not None and end is not None and value is not None
        first = date.fromisoformat(start.get("iso-date") or "")
        last = date.fromisoformat(end.get("iso-date") or "")
        assert first < last < first.replace(year=first.year + 1)  # at most a year
        assert budget.get("type") == "1" and budget.get("status") in ("1", "2")
        assert value.get("value-date") == first.isoformat()
        found[first.isoformat(), value.get("currency") or ""] = Decimal(value.text or "")
    return found


def _line_totals(plan: Plan) -> dict[tuple[str, str], Decimal]:
    month = plan.monitoring.fiscal_year_start
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for line in (b.line for b in walk.budget_lines(plan)):
        if line.amount is not None and line.fiscal_year and line.currency:
            totals[f"{line.fiscal_year[:4]}-{month:02d}-01", line.currency] += line.amount
    return dict(totals)


def test_one_budget_per_fiscal_year(demo_plan: Plan, activity: Element) -> None:
    budgets = _budgets(activity)
    assert budgets == _line_totals(demo_plan)
    assert set(budgets) == {("2025-04-01", "EUR"), ("2026-04-01", "EUR")}
    end = activity.find("budget/period-end")
    assert end is not None and end.get("iso-date") == "2026-03-31"


def test_mixed_currencies_give_one_budget_per_currency(demo_plan: Plan) -> None:
    def to_usd(line: dict[str, Any]) -> None:
        if line["organisation"] == "mod" and line["currency"]:
            line["currency"] = "USD"

    plan = edit_lines(demo_plan, to_usd)
    budgets = _budgets(activity_of(write(demo_release(plan))))
    assert {currency for _, currency in budgets} == {"EUR", "USD"}
    assert budgets == _line_totals(plan)


@pytest.mark.parametrize(("status", "code"), [("costed", "1"), ("allocated", "2"), ("spent", "2")])
def test_budget_status_is_committed_from_allocated_on(
    demo_plan: Plan, status: str, code: str
) -> None:
    plan = edit_lines(demo_plan, lambda line: line.update(status=status))
    budgets = activity_of(write(demo_release(plan))).findall("budget")
    assert budgets and {b.get("status") for b in budgets} == {code}


def test_lines_without_a_fiscal_year_are_left_out_of_budgets(demo_plan: Plan) -> None:
    plan = edit_lines(demo_plan, lambda line: line.update(fiscal_year=None))
    assert activity_of(write(demo_release(plan))).find("budget") is None


def test_transactions_total_the_approved_spending(release: Release, activity: Element) -> None:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    dates = set()
    for transaction in activity.findall("transaction"):
        day = transaction.find("transaction-date")
        value = transaction.find("value")
        kind = transaction.find("transaction-type")
        assert day is not None and value is not None and kind is not None
        assert value.get("value-date") == day.get("iso-date")
        assert value.get("currency") == "EUR"
        assert re.fullmatch(r"\d+(\.\d+)?", value.text or "")
        totals[kind.get("code") or ""] += Decimal(value.text or "")
        dates.add(day.get("iso-date"))
    spending = release.spending
    assert spending
    assert totals == {
        "2": sum((s.allocated or Decimal(0) for s in spending), Decimal(0)),
        "3": sum((s.disbursed or Decimal(0) for s in spending), Decimal(0)),
        "4": sum((s.spent or Decimal(0) for s in spending), Decimal(0)),
    }
    assert dates == {s.end.isoformat() for s in spending if s.end}


@pytest.mark.parametrize("strip", [False, True], ids=["raw", "disclosed"])
def test_an_unpublished_budget_leaves_out_budgets_and_transactions(
    demo_plan: Plan, strip: bool
) -> None:
    hidden = demo_plan.budget.model_copy(update={"published": False})
    plan = demo_plan.model_copy(update={"budget": hidden})
    release = demo_release(disclosed(plan) if strip else plan)
    activity = activity_of(write(release))
    assert activity.find("budget") is None
    assert activity.find("transaction") is None
    assert activity.find(".//value") is None


def test_money_is_written_plainly(activity: Element) -> None:
    values = activity.findall(".//value")
    assert values
    for value in values:
        assert re.fullmatch(r"\d+(\.\d+)?", value.text or ""), value.text


# --- results --------------------------------------------------------------------------


def _own(element: Element) -> str:
    ref = element.find("reference[@vocabulary='99']")
    assert ref is not None
    return ref.get("code") or ""


def test_one_result_per_result_with_indicators(demo_plan: Plan, activity: Element) -> None:
    types = {Tier.OBJECTIVE: "3", Tier.OUTCOME: "2", Tier.OUTPUT: "1"}
    expected = [
        (ref.item.id, types[ref.tier])
        for ref in walk.results(demo_plan)
        if not isinstance(ref.item, Activity) and ref.item.indicators
    ]
    results = activity.findall("result")
    assert [(_own(r), r.get("type")) for r in results] == expected
    indicators = [_own(i) for i in activity.findall("result/indicator")]
    assert indicators == [ref.indicator.id for ref in walk.indicators(demo_plan)]


def test_sdg_catalogue_codes_are_referenced(demo_plan: Plan, activity: Element) -> None:
    refs = {
        (r.get("vocabulary"), r.get("code")) for r in activity.findall(".//indicator/reference")
    }
    sdg = {
        c.code
        for ref in walk.indicators(demo_plan)
        for c in ref.indicator.catalogue
        if c.set == "sdg"
    }
    assert sdg and {("9", code) for code in sdg} <= refs
    assert {v for v, _ in refs} == {"9", "99"}  # no vocabulary for the UN and EU 1325 sets


MEASURES = {"number": "1", "percentage": "2", "yes_no": "3", "ordinal": "4", "narrative": "5"}


@pytest.mark.parametrize("measure", list(Measure))
def test_indicators_with_baselines_periods_targets_and_actuals(
    demo_plan: Plan, release: Release, activity: Element, measure: Measure
) -> None:
    elements = {_own(i): i for i in activity.findall("result/indicator")}
    checked = [
        ref.indicator for ref in walk.indicators(demo_plan) if ref.indicator.measure is measure
    ]
    assert checked
    for indicator in checked:
        element = elements[indicator.id]
        assert element.get("measure") == MEASURES[measure.value]
        assert element.get("ascending") == (
            "0" if indicator.direction is Direction.DECREASE else "1"
        )
        assert element.findtext("title/narrative") == indicator.name
        _check_baseline(element, indicator)
        periods = element.findall("period")
        rows = indicator_periods(release, indicator)
        assert len(periods) == len(release.rounds) == len(rows)
        for period, row in zip(periods, rows, strict=True):
            _check_period(period, row, indicator)


def _check_baseline(element: Element, indicator: Any) -> None:
    base = indicator.baseline
    baseline = element.find("baseline")
    if base.value is None or base.not_applicable:
        assert baseline is None
        return
    assert baseline is not None
    assert baseline.get("year") == str(base.date.year)
    assert baseline.get("iso-date") == base.date.isoformat()
    if indicator.measure is Measure.NARRATIVE:
        assert baseline.get("value") is None
        assert baseline.findtext("comment/narrative") == base.value.strip()
    else:
        assert number(baseline) == pytest.approx(score(indicator, base.value))


def _check_period(period: Element, row: Any, indicator: Any) -> None:
    assert period.find("period-start").get("iso-date") == row.round.start.isoformat()
    assert period.find("period-end").get("iso-date") == row.round.end.isoformat()
    target = period.find("target")
    if row.target_source == "milestone" and indicator.measure is not Measure.NARRATIVE:
        assert target is not None and number(target) == pytest.approx(row.target, abs=1e-4)
    actuals = [a for a in period.findall("actual") if a.find("dimension") is None]
    if row.reported is None:
        assert actuals == []
    elif indicator.measure is Measure.NARRATIVE:
        assert [a.get("value") for a in actuals] == [None]
        assert actuals[0].findtext("comment/narrative") == row.reported.value
        assert target is None or target.get("value") is None
    else:
        assert len(actuals) == 1
        assert number(actuals[0]) == pytest.approx(row.actual.value, abs=1e-4)


def test_dimension_actuals_match_the_observed_parts(
    demo_plan: Plan, release: Release, activity: Element
) -> None:
    found = dimensions(demo_plan)
    elements = {_own(i): i for i in activity.findall("result/indicator")}
    checked = 0
    for key, observations in release.observations.items():
        for observation in (o for o in observations if o.parts):
            period = next(
                p
                for p in elements[key].findall("period")
                if p.find("period-start").get("iso-date") == observation.start.isoformat()
            )
            got = {
                (d.get("name"), d.get("value"), number(a))
                for a in period.findall("actual")
                for d in a.findall("dimension")
            }
            names = {k: {c.id: c.name for c in found[k].categories} for k in observation.parts}
            expected = {
                (found[k].name, names[k][c], value)
                for k, values in observation.parts.items()
                for c, value in values.items()
            }
            assert got == expected
            checked += 1
    assert checked


# --- the checks themselves ----------------------------------------------------------


def _broken(xml: bytes, change: Callable[[Element], None]) -> bytes:
    root = etree.fromstring(xml)
    activity = root.find("iati-activity")
    assert activity is not None
    change(activity)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _drop_identifier(activity: Element) -> None:
    found = activity.find("iati-identifier")
    assert found is not None
    activity.remove(found)


def _title_first(activity: Element) -> None:
    title = activity.find("title")
    assert title is not None
    activity.insert(0, title)


@pytest.mark.parametrize(
    ("change", "element"),
    [(_drop_identifier, "reporting-org"), (_title_first, "title")],
    ids=["missing-iati-identifier", "out-of-order"],
)
def test_schema_errors_are_located(
    demo_xml: bytes, change: Callable[[Element], None], element: str
) -> None:
    broken = _broken(demo_xml, change)
    errors = schema_errors(broken)
    assert errors
    assert all(re.match(r"line \d+: ", e) for e in errors)
    misplaced = etree.fromstring(broken).find(f"iati-activity/{element}")
    assert misplaced is not None
    assert errors[0].startswith(f"line {misplaced.sourceline}: Element '{element}'")


def test_schema_errors_report_xml_that_is_not_well_formed() -> None:
    errors = schema_errors(b"<iati-activities version='2.03'>\n<iati-activity>")
    assert len(errors) == 1 and errors[0].startswith("line ")
    assert "not well-formed" in errors[0]


@pytest.mark.parametrize(
    ("path", "attribute", "value", "codelist"),
    [
        ("participating-org", "role", "9", "OrganisationRole"),
        ("participating-org", "type", "12", "OrganisationType"),
        ("reporting-org", "type", "99", "OrganisationType"),
        ("activity-status", "code", "7", "ActivityStatus"),
        ("activity-date", "type", "5", "ActivityDateType"),
        ("sector", "code", "15164", "Sector"),  # withdrawn
        ("sector", "vocabulary", "0", "SectorVocabulary"),
        ("policy-marker", "significance", "5", "PolicySignificance"),
        ("budget", "status", "3", "BudgetStatus"),
        ("budget/value", "currency", "EURO", "Currency"),
        ("transaction/transaction-type", "code", "14", "TransactionType"),
        ("document-link/category", "code", "Z99", "DocumentCategory"),
        ("result", "type", "4", "ResultType"),
        ("result/indicator", "measure", "6", "IndicatorMeasure"),
    ],
)
def test_codelist_errors_flag_an_invented_code(
    demo_xml: bytes, path: str, attribute: str, value: str, codelist: str
) -> None:
    def invent(activity: Element) -> None:
        found = activity.find(path)
        assert found is not None
        found.set(attribute, value)

    errors = codelist_errors(_broken(demo_xml, invent))
    assert len(errors) == 1
    tag = path.split("/")[-1]
    assert re.match(r"line \d+: ", errors[0])
    for part in (tag, f"@{attribute}", repr(value), codelist):
        assert part in errors[0]


def test_codes_of_other_vocabularies_are_not_checked_against_dac_lists(demo_xml: bytes) -> None:
    def own_sector(activity: Element) -> None:
        sector = activity.find("sector")
        assert sector is not None
        sector.set("vocabulary", "99")
        sector.set("code", "WPS-1")

    assert codelist_errors(_broken(demo_xml, own_sector)) == []
