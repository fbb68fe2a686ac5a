"""The IATI 2.03 activity XML of a public release: the whole plan as one IATI activity.

The file holds one ``<iati-activity>``: the plan with its participating organisations, the
gender equality policy marker, DAC sectors, budgets, transactions from the approved spending
reports and its results with indicators, baselines and one period per reporting round. Only
what the release holds goes in: no value is made up, and without a published budget no
amount appears. ``schema_errors`` and ``codelist_errors`` check a file against the IATI
reference files shipped with the project.

Choices where the plan does not say what IATI asks for:

- Identifier: ``<reporting-org ref>-<plan id>``; the reporting organisation is the plan's
  lead organisation and its ref the organisation's ``iati_ref``. Without one, the ref is
  ``<country>-NAPKIT-<organisation id>`` (``<country>-NAPKIT-GOV`` when no lead is named):
  it validates and tells plans apart, but no registration agency issued it, so add the lead
  organisation's IATI identifier to the plan before publishing to the IATI Registry.
- Dates: planned start and end from the plan period, actual start from the adoption date.
  A plan with neither gets the release's publication date as actual start, since IATI
  requires one date and the plan was certainly in force by then.
- Recipient countries: the plan's country when it works at home (focus domestic, both or
  unset), its focus countries when it works abroad (international, both). A plan does not
  divide its effort by country, so several countries share 100% evenly (nominal shares).
- Gender equality policy marker: a WPS plan has gender equality as its principal objective
  by definition, so significance is principal (2) unless the budget lines' own markers say
  otherwise: then it is principal when most of the marked budget is (by amount when all
  marked lines have one in one currency, else by count), and significant (1) if not.
- Participating organisations: the lead organisation is accountable; organisations that
  lead or support actions implement; holders of ODA or donor-funded budget lines fund;
  holders of national or subnational budget lines extend (they manage public money for the
  plan on the government's behalf). An organisation with none of these roles is listed as
  implementing: the plan names it as one of its partners.
- Budgets: one per fiscal year and currency, from budget lines with an amount; committed
  when every line in it is allocated or further along, else indicative. Lines without a
  fiscal year are left out: IATI budget periods are at most a year, and spreading them over
  the plan period would invent a phasing.
- Transactions: per reporting period end and currency, the summed allocations
  (commitment), disbursements and spending (expenditure) of the approved reports. Reports
  without a period are left out, as are zero totals (no money moved).
- Results: objectives are impact, outcomes outcome, outputs output. Targets and actuals are
  on the indicator's numeric scale (yes/no 0 and 1, ordinal levels by position, the level
  named in a comment); narrative indicators carry their text as a comment and no value. A
  period's target is the milestone dated in it, else, for counts and percentages only, the
  value the planned path expects at its end (said so in a comment). An actual is given only
  for a round with an approved value; a cumulative indicator's actual is the running total
  (like its targets), its dimension parts the period's own values.

Each result and indicator carries the plan's own id as a reference in vocabulary 99
(Reporting Organisation), so it can be matched with napkit's other exports.

The code tables and the plan-to-code decisions are in ``iati_codes``, with their reasons.
"""

from __future__ import annotations

import mimetypes
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from lxml import etree

from napkit.core.exports import iati_codes as codes
from napkit.core.exports.iati_codes import codelist_errors, schema_errors
from napkit.core.monitoring.approved import Round
from napkit.core.monitoring.periods import fiscal_year_of
from napkit.core.monitoring.progress import Actual, Observation, score
from napkit.core.plan import walk
from napkit.core.plan.model import Activity, BudgetLine, Dimension, Indicator, Plan
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Aggregation, BudgetStatus, Direction, Measure
from napkit.core.publishing.release import Release
from napkit.core.publishing.tracking import PeriodResult, indicator_periods

__all__ = ["activity_identifier", "codelist_errors", "iati_activity_xml", "schema_errors"]

Element = etree._Element

# XML 1.0 cannot carry most control characters; a stray one in a plan text must not break
# the whole file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class _Context:
    release: Release
    today: date
    language: str

    @property
    def plan(self) -> Plan:
        return self.release.plan


# --- small writers ------------------------------------------------------------------


def _sub(parent: Element, tag: str, **attrs: str | None) -> Element:
    """A child element; ``iso_date`` stands for ``iso-date``, and None leaves one out."""
    given = {k.replace("_", "-"): v for k, v in attrs.items() if v is not None}
    return etree.SubElement(parent, tag, given)


def _narrated(
    parent: Element, tag: str, text: str, lang: str | None = None, **attrs: str | None
) -> Element:
    element = _sub(parent, tag, **attrs)
    narrative = _sub(element, "narrative")
    narrative.text = _CONTROL.sub("", text).strip()
    if lang:
        narrative.set(codes.XML_LANG, lang)
    return element


def _number(value: float | int | Decimal) -> str:
    """Plain decimal notation: no exponent, no thousands separator, no trailing zeros."""
    if isinstance(value, float):
        value = round(value, 4)
    text = format(Decimal(str(value)).normalize(), "f")
    return "0" if text == "-0" else text


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- the file -----------------------------------------------------------------------


def iati_activity_xml(release: Release, generated: datetime) -> bytes:
    root = etree.Element("iati-activities", {"version": "2.03"})
    root.set("generated-datetime", _stamp(generated))
    plan = release.plan
    ctx = _Context(release, generated.date(), (plan.metadata.languages or ["en"])[0])
    # Last updated: the day the release's newest approved data stands at.
    activity = _sub(
        root,
        "iati-activity",
        last_updated_datetime=_stamp(datetime.combine(release.as_of, time(), UTC)),
        default_currency=plan.budget.currency,
    )
    activity.set(codes.XML_LANG, ctx.language)
    # The XSD is a strict sequence: the sections are written in its order.
    for section in (_identification, _participants, _status_and_dates, _classification):
        section(activity, ctx)
    if release.budget_public:
        _budgets(activity, ctx)
        _transactions(activity, ctx)
    _documents(activity, ctx)
    _results(activity, ctx)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# --- identification, organisations, status and dates --------------------------------


@dataclass(frozen=True)
class _Reporter:
    ref: str
    type: str
    name: str


def _reporter(plan: Plan) -> _Reporter:
    meta = plan.metadata
    lead = next((o for o in plan.organisations if o.id == meta.lead_organisation), None)
    if lead is None:
        name = f"Government of {meta.country_name or meta.country}"
        return _Reporter(f"{meta.country}-NAPKIT-GOV", "10", name)
    ref = (lead.iati_ref or "").strip() or f"{meta.country}-NAPKIT-{lead.id}"
    return _Reporter(ref, codes.organisation_type(lead, plan), lead.name)


def activity_identifier(plan: Plan) -> str:
    return f"{_reporter(plan).ref}-{plan.id}"


def _identification(activity: Element, ctx: _Context) -> None:
    plan = ctx.plan
    reporter = _reporter(plan)
    _sub(activity, "iati-identifier").text = activity_identifier(plan)
    _narrated(activity, "reporting-org", reporter.name, ref=reporter.ref, type=reporter.type)
    _narrated(activity, "title", plan.metadata.title)
    # IATI requires a description; the title stands in for a missing summary.
    summary = plan.metadata.summary or plan.metadata.title
    _narrated(activity, "description", summary, type="1")


def _participants(activity: Element, ctx: _Context) -> None:
    plan = ctx.plan
    roles = codes.roles(plan)
    written = 0
    for role in (codes.FUNDING, codes.ACCOUNTABLE, codes.EXTENDING, codes.IMPLEMENTING):
        for org in plan.organisations:
            if role in roles[org.id]:
                kind = codes.organisation_type(org, plan)
                _narrated(
                    activity, "participating-org", org.name, ref=org.iati_ref, type=kind, role=role
                )
                written += 1
    if not written:  # IATI requires one: the reporting organisation answers for the plan
        reporter = _reporter(plan)
        _narrated(
            activity, "participating-org", reporter.name, type=reporter.type, role=codes.ACCOUNTABLE
        )


def _status_and_dates(activity: Element, ctx: _Context) -> None:
    meta = ctx.plan.metadata
    _sub(activity, "activity-status", code=codes.activity_status(ctx.plan, ctx.today))
    dated: list[tuple[str, date]] = []
    if meta.period is not None:
        dated.append((codes.PLANNED_START, meta.period.start))
    if meta.adopted is not None and meta.adopted <= ctx.today:  # actual dates are never ahead
        dated.append((codes.ACTUAL_START, meta.adopted))
    if meta.period is not None:
        dated.append((codes.PLANNED_END, meta.period.end))
    if not dated:
        dated.append((codes.ACTUAL_START, ctx.release.published))
    for kind, day in dated:
        _sub(activity, "activity-date", type=kind, iso_date=day.isoformat())


# --- countries, sectors, policy marker ---------------------------------------------


def _classification(activity: Element, ctx: _Context) -> None:
    for country, share in codes.recipient_countries(ctx.plan):
        _sub(activity, "recipient-country", code=country, percentage=_number(share))
    for code, percentage in codes.SECTORS:
        _sub(activity, "sector", vocabulary=codes.DAC, code=code, percentage=percentage)
    significance = codes.gender_significance(ctx.plan)
    _sub(
        activity,
        "policy-marker",
        vocabulary=codes.DAC,
        code=codes.GENDER_EQUALITY,
        significance=significance,
    )


# --- money -----------------------------------------------------------------------


def _currency(line: BudgetLine, plan: Plan) -> str | None:
    return line.currency or plan.budget.currency


@dataclass(frozen=True)
class _Budget:
    start: date
    end: date
    currency: str
    amount: Decimal
    committed: bool


def _budget_list(plan: Plan) -> list[_Budget]:
    """Budget-line amounts by fiscal year and currency (lines without a year left out)."""
    month = plan.monitoring.fiscal_year_start
    amounts: dict[tuple[date, str], Decimal] = defaultdict(Decimal)
    committed: dict[tuple[date, str], bool] = {}
    for line in (b.line for b in walk.budget_lines(plan)):
        currency = _currency(line, plan)
        if line.amount is None or currency is None or line.fiscal_year is None:
            continue
        # "2025-26", "2025-2026" and "2025" all name the fiscal year starting in 2025.
        key = (date(int(line.fiscal_year[:4]), month, 1), currency)
        amounts[key] += line.amount
        firm = line.effective_status.at_least(BudgetStatus.ALLOCATED)
        committed[key] = committed.get(key, True) and firm
    return [
        _Budget(
            start, fiscal_year_of(start, month).end, currency, amount, committed[start, currency]
        )
        for (start, currency), amount in sorted(amounts.items())
    ]


def _value(parent: Element, amount: Decimal, currency: str, day: date) -> None:
    value = _sub(parent, "value", currency=currency, value_date=day.isoformat())
    value.text = _number(amount)


def _budgets(activity: Element, ctx: _Context) -> None:
    for budget in _budget_list(ctx.plan):
        status = codes.COMMITTED if budget.committed else codes.INDICATIVE
        element = _sub(activity, "budget", type=codes.ORIGINAL, status=status)
        _sub(element, "period-start", iso_date=budget.start.isoformat())
        _sub(element, "period-end", iso_date=budget.end.isoformat())
        _value(element, budget.amount, budget.currency, budget.start)


def _transaction_totals(release: Release) -> list[tuple[date, str, str, Decimal]]:
    """(date, TransactionType code, currency, total) per reporting period end."""
    plan = release.plan
    lines = {b.line.id: b.line for b in walk.budget_lines(plan)}
    totals: dict[tuple[date, str, str], Decimal] = defaultdict(Decimal)
    for report in release.spending:
        line = lines.get(report.line)
        currency = _currency(line, plan) if line else plan.budget.currency
        if report.end is None or currency is None:
            continue
        for code, amount in (
            (codes.COMMITMENT, report.allocated),
            (codes.DISBURSEMENT, report.disbursed),
            (codes.EXPENDITURE, report.spent),
        ):
            if amount:
                totals[report.end, code, currency] += amount
    return [(*key, total) for key, total in sorted(totals.items())]


def _transactions(activity: Element, ctx: _Context) -> None:
    for day, code, currency, amount in _transaction_totals(ctx.release):
        transaction = _sub(activity, "transaction")
        _sub(transaction, "transaction-type", code=code)
        _sub(transaction, "transaction-date", iso_date=day.isoformat())
        _value(transaction, amount, currency, day)


# --- documents --------------------------------------------------------------------


def _documents(activity: Element, ctx: _Context) -> None:
    for doc in ctx.plan.metadata.documents:
        if not doc.url:
            continue
        url = doc.url.strip().replace(" ", "%20")
        # The FileFormat codelist is IANA media types; an unknown extension is a web page.
        media = mimetypes.guess_type(url)[0] or "text/html"
        link = _sub(activity, "document-link", url=url, format=media)
        lang = doc.language if doc.language != ctx.language else None
        _narrated(link, "title", doc.title, lang=lang)
        _sub(link, "category", code=codes.document_category(doc.kind))
        if doc.language:
            _sub(link, "language", code=doc.language.split("-")[0])
        if doc.date:
            _sub(link, "document-date", iso_date=doc.date.isoformat())


# --- results ----------------------------------------------------------------------


def _results(activity: Element, ctx: _Context) -> None:
    found = dimensions(ctx.plan)
    for ref in walk.results(ctx.plan):
        item = ref.item
        if isinstance(item, Activity) or not item.indicators:
            continue
        result = _sub(activity, "result", type=codes.RESULT_TYPE[ref.tier])
        _narrated(result, "title", item.title)
        if item.description:
            _narrated(result, "description", item.description)
        _sub(result, "reference", vocabulary=codes.OWN, code=item.id)
        for indicator in item.indicators:
            _indicator(result, ctx, indicator, found)


def _indicator(
    result: Element, ctx: _Context, indicator: Indicator, found: dict[str, Dimension]
) -> None:
    # Counts reported per period add up; percentages, levels, text and stocks do not.
    additive = indicator.measure is Measure.NUMBER and indicator.aggregation is not (
        Aggregation.LATEST
    )
    element = _sub(
        result,
        "indicator",
        measure=codes.MEASURE[indicator.measure],
        ascending="0" if indicator.direction is Direction.DECREASE else "1",
        aggregation_status="1" if additive else "0",
    )
    _narrated(element, "title", indicator.name)
    if indicator.definition:
        _narrated(element, "description", indicator.definition)
    _sub(element, "reference", vocabulary=codes.OWN, code=indicator.id)
    for ref in indicator.catalogue:
        vocabulary = codes.INDICATOR_VOCABULARY.get(ref.set)
        if vocabulary:
            _sub(element, "reference", vocabulary=vocabulary, code=ref.code)
    _baseline(element, indicator, ctx.plan)
    for row in indicator_periods(ctx.release, indicator):
        _period(element, ctx.plan, indicator, row, found)


def _label(indicator: Indicator, number: float) -> str | None:
    """The level a numeric position stands for (yes/no and ordinal), when it is one."""
    if indicator.measure is Measure.YES_NO:
        levels = ["No", "Yes"]
    elif indicator.measure is Measure.ORDINAL:
        levels = indicator.scale
    else:
        return None
    return levels[int(number)] if number.is_integer() and 0 <= number < len(levels) else None


def _valued(
    parent: Element,
    tag: str,
    indicator: Indicator,
    number: float | None,
    text: str | None = None,
    **attrs: str | None,
) -> Element:
    """``tag`` with a value on the indicator's scale, or (no number) ``text`` as a comment."""
    element = _sub(parent, tag, **attrs, value=None if number is None else _number(number))
    note = text or (None if number is None else _label(indicator, number))
    if note:
        _narrated(element, "comment", note)
    return element


def _baseline(element: Element, indicator: Indicator, plan: Plan) -> None:
    base = indicator.baseline
    # IATI needs the baseline's year; an undated baseline stands at the plan's start.
    day = base.date
    year = day.year if day else (plan.metadata.period.start.year if plan.metadata.period else None)
    if base.not_applicable or base.value is None or year is None:
        return
    number = score(indicator, base.value)
    text = str(base.value) if number is None else None
    iso = day.isoformat() if day else None
    _valued(element, "baseline", indicator, number, text, year=str(year), iso_date=iso)


def _target_text(indicator: Indicator, plan: Plan, r: Round) -> str | None:
    """A narrative indicator's milestone or target dated inside the round, as text."""
    end = plan.metadata.period.end if plan.metadata.period else None
    dated = [*indicator.milestones, *([indicator.target] if indicator.target else [])]
    inside = [(d, t) for t in dated if (d := t.date or end) and r.start <= d <= r.end]
    return str(max(inside, key=lambda pair: pair[0])[1].value) if inside else None


def _period(
    element: Element,
    plan: Plan,
    indicator: Indicator,
    row: PeriodResult,
    found: dict[str, Dimension],
) -> None:
    period = _sub(element, "period")
    _sub(period, "period-start", iso_date=row.round.start.isoformat())
    _sub(period, "period-end", iso_date=row.round.end.isoformat())
    _target(period, plan, indicator, row)
    if row.reported is not None and row.actual is not None:  # else nothing approved
        _actuals(period, indicator, row.reported, row.actual, found)


def _target(period: Element, plan: Plan, indicator: Indicator, row: PeriodResult) -> None:
    if indicator.measure is Measure.NARRATIVE:
        text = _target_text(indicator, plan, row.round)
        if text:
            _valued(period, "target", indicator, None, text)
    elif row.target_source == "milestone" and row.target is not None:
        _valued(period, "target", indicator, row.target)
    # Between milestones the planned path gives a number; a fraction of a yes/no or of an
    # ordinal level is not a target anyone set, so only counts and percentages get one.
    elif row.target is not None and indicator.measure in (Measure.NUMBER, Measure.PERCENTAGE):
        _valued(period, "target", indicator, row.target, _INTERPOLATED)


_INTERPOLATED = "Expected at the period's end on the planned path (between milestones)"


def _actuals(
    period: Element,
    indicator: Indicator,
    reported: Observation,
    actual: Actual,
    found: dict[str, Dimension],
) -> None:
    """The period's actual, then one actual per disaggregated part."""
    if indicator.measure is Measure.NARRATIVE:
        if reported.value is not None:
            _valued(period, "actual", indicator, None, str(reported.value))
        return
    if not isinstance(actual.value, int | float):
        return
    running = actual.method == "running total"
    note = "Running total since the baseline" if running else None
    _valued(period, "actual", indicator, float(actual.value), note)
    for name, category, number in _parts(reported, found):
        part = _sub(period, "actual", value=_number(number))
        _sub(part, "dimension", name=name, value=category)
        if running:
            _narrated(part, "comment", "Part of the value reported for this period")


def _parts(reported: Observation, found: dict[str, Dimension]) -> Iterator[tuple[str, str, float]]:
    """(dimension name, category name, value) of each part, in the dimension's order."""
    for key, values in reported.parts.items():
        dimension = found.get(key)
        names = {c.id: c.name for c in dimension.categories} if dimension else {}
        ordered = [c for c in names if c in values] + [c for c in values if c not in names]
        for category in ordered:
            yield (
                (dimension.name if dimension else key),
                names.get(category, category),
                values[category],
            )
