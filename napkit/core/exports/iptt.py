"""The indicator performance tracking table (IPTT) as an Excel workbook.

Three sheets:

- **IPTT**: a title block, then one row per indicator (document order): its result, unit,
  direction, baseline and end-of-plan target, then per approved round (oldest first)
  the period's target, the actual and "% of the way to target" under the round's label, then the
  latest status. Headers are frozen, as are the columns up to the indicator's name.
- **Disaggregation**: one row per indicator × round × dimension × category reported.
- **About**: how every number is computed, with the plan's id and version.

Rules the workbook follows:

- Figures come from :func:`napkit.core.publishing.tracking.indicator_periods`; nothing is
  recomputed.
- Number and percentage indicators are written as numbers, so they can be computed with;
  yes/no and ordinal ones in their own terms ("Yes", a level's name); narrative ones as
  their latest evidence. "% of the way to target" is a plain number with one decimal under a header
  that says "%" (not an Excel percentage: 90.0 reads the same in the cell and in a CSV).
- An interpolated period target is marked "~" and set in italics, and a status has its
  words as well as its fill, so nothing is said by formatting alone.
- The same release and generation time give the same bytes: the workbook's created and
  modified times are the generation time, and so are the zip entries' timestamps.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from napkit.core.exports.cells import workbook_safe
from napkit.core.exports.tidy import category_label, dimension_label, ordered_parts
from napkit.core.i18n import _
from napkit.core.monitoring.approved import Round
from napkit.core.monitoring.progress import Status, shown
from napkit.core.plan import labels, walk
from napkit.core.plan.display import format_value
from napkit.core.plan.labels import words
from napkit.core.plan.model import Indicator, Plan
from napkit.core.plan.validation import dimensions
from napkit.core.plan.vocabulary import Measure
from napkit.core.publishing.release import Release
from napkit.core.publishing.tracking import PeriodResult, indicator_periods, latest_row

TITLE_ROWS = 5
GROUP_ROW = TITLE_ROWS + 2  # a blank row between the title block and the table
HEADER_ROW = GROUP_ROW + 1
FIRST_ROW = HEADER_ROW + 1
FROZEN_COLUMNS = 5  # up to and including the indicator's name
PER_ROUND = 3  # target, actual, % of the way to target

CellValue = str | int | float | None
Group = tuple[str, list[tuple[str, int]]]  # a label over its columns' (header, width)

# Light fills with dark text of the same hue: readable, and the status words are there too.
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    Status.ACHIEVED: ("C6EFCE", "006100"),
    Status.ON_TRACK: ("E2EFDA", "375623"),
    Status.AT_RISK: ("FFEB9C", "7F4F00"),
    Status.OFF_TRACK: ("FFC7CE", "9C0006"),
    Status.NO_DATA: ("EDEDED", "3A3A3A"),
}
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRED = Alignment(wrap_text=True, horizontal="center", vertical="center")


def status_label(status: Status) -> str:
    return words(status)


def _fixed_groups() -> list[Group]:
    return [
        (_("Result"), [(_("Tier"), 11), (_("Result ID"), 10), (_("Result"), 40)]),
        (
            _("Indicator"),
            [(_("Indicator ID"), 12), (_("Indicator"), 50), (_("Unit"), 14), (_("Direction"), 11)],
        ),
        (_("Baseline"), [(_("Value"), 12), (_("Date"), 11)]),
        (_("End of plan"), [(_("Target"), 13)]),
    ]


def groups(rounds: Sequence[Round]) -> list[Group]:
    """The IPTT sheet's column groups, left to right: fixed ones, one per round, latest."""
    per_round = [(_("Target"), 12), (_("Actual"), 12), (_("% of the way to target"), 10)]
    return [
        *_fixed_groups(),
        *((r.label, per_round) for r in rounds),
        (_("Latest"), [(_("Status"), 14)]),
    ]


def headers(rounds: Sequence[Round]) -> list[str]:
    """The IPTT sheet's column headers, left to right."""
    return [header for _label, cols in groups(rounds) for header, _width in cols]


# --- cell values --------------------------------------------------------------------


def _quantitative(indicator: Indicator) -> bool:
    return indicator.measure in (Measure.NUMBER, Measure.PERCENTAGE)


def plan_value(indicator: Indicator, value: object) -> CellValue:
    """A value stated in the plan (baseline, target): a number, or the plan's own words."""
    if value is None:
        return None
    if _quantitative(indicator) and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return format_value(indicator, value)


def scale_value(indicator: Indicator, value: float | str | None) -> CellValue:
    """A computed value (actual, period target): numbers stay numbers; yes/no and ordinal
    values go back to their own terms; narrative evidence stays text."""
    if value is None or isinstance(value, str) or _quantitative(indicator):
        return value
    return format_value(indicator, shown(indicator, value))


def _number_format(indicator: Indicator, value: int | float) -> str:
    if indicator.measure is Measure.PERCENTAGE:
        return "0.0"
    return "#,##0" if float(value).is_integer() else "#,##0.0#"


def _baseline(indicator: Indicator) -> CellValue:
    if indicator.baseline.not_applicable:
        return _("not applicable")
    return plan_value(indicator, indicator.baseline.value)


# --- the IPTT sheet -------------------------------------------------------------------


def _title_block(ws: Worksheet, release: Release, generated: datetime) -> None:
    plan = release.plan
    lines = [
        plan.metadata.title,
        _("Indicator performance tracking table — version {version}, published {date}").format(
            version=release.version, date=release.published.isoformat()
        ),
        _("Data as of {date}").format(date=release.as_of.isoformat()),
        _("Generated {time}").format(time=_utc(generated).strftime("%Y-%m-%d %H:%M UTC")),
        _("Approved data only"),
    ]
    for row, text in enumerate(lines, start=1):
        ws.cell(row=row, column=1, value=text).font = Font(bold=row in (1, TITLE_ROWS))
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)


def _headers(ws: Worksheet, spec: list[Group]) -> None:
    col = 1
    for label, cols in spec:
        _group(ws, label, col, col + len(cols) - 1)
        for header, width in cols:
            cell = ws.cell(row=HEADER_ROW, column=col, value=header)
            cell.font, cell.fill, cell.alignment = Font(bold=True), HEADER_FILL, CENTRED
            ws.column_dimensions[get_column_letter(col)].width = width
            col += 1


def _group(ws: Worksheet, label: str, first: int, last: int) -> None:
    """A header over a run of columns; merged so that it reads as one label."""
    cell = ws.cell(row=GROUP_ROW, column=first, value=label)
    cell.font, cell.fill, cell.alignment = Font(bold=True), HEADER_FILL, CENTRED
    for col in range(first + 1, last + 1):
        ws.cell(row=GROUP_ROW, column=col).fill = HEADER_FILL
    if last > first:
        ws.merge_cells(start_row=GROUP_ROW, start_column=first, end_row=GROUP_ROW, end_column=last)


def _put(ws: Worksheet, row: int, col: int, value: CellValue, indicator: Indicator) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    cell.alignment = WRAP
    if isinstance(value, int | float) and not isinstance(value, bool):
        cell.number_format = _number_format(indicator, value)


def _fixed_values(plan: Plan, ref: walk.IndicatorRef) -> list[CellValue]:
    indicator, owner = ref.indicator, ref.owner
    target = indicator.target
    return [
        labels.tier_name(plan.framework.tiers, owner.tier.value),
        owner.item.id,
        owner.item.title,
        indicator.id,
        indicator.name,
        indicator.unit or ("%" if indicator.measure is Measure.PERCENTAGE else None),
        words(indicator.direction),
        _baseline(indicator),
        indicator.baseline.date.isoformat() if indicator.baseline.date else None,
        plan_value(indicator, target.value) if target else None,
    ]


def _period_cells(ws: Worksheet, row: int, col: int, indicator: Indicator, p: PeriodResult) -> None:
    target = scale_value(indicator, p.target)
    interpolated = p.target_source == "interpolated"
    if interpolated and isinstance(target, str):
        target = f"~ {target}"
    _put(ws, row, col, target, indicator)
    if interpolated:
        cell = ws.cell(row=row, column=col)
        cell.font = Font(italic=True)
        if isinstance(target, float):
            cell.number_format = f'"~ "{cell.number_format}'
    _put(ws, row, col + 1, scale_value(indicator, p.actual.value if p.actual else None), indicator)
    percent = ws.cell(row=row, column=col + 2, value=p.percent_of_target)
    percent.number_format, percent.alignment = "0.0", WRAP


def _status_cell(ws: Worksheet, row: int, col: int, status: Status) -> None:
    fill, ink = STATUS_COLOURS[status]
    cell = ws.cell(row=row, column=col, value=status_label(status))
    cell.fill = PatternFill("solid", fgColor=fill)
    cell.font = Font(color=ink, bold=True)
    cell.alignment = WRAP


def latest_status(periods: list[PeriodResult]) -> Status:
    """As of the end of the latest round with an approved value (``tracking.latest_row``,
    the indicator's headline everywhere); no data before the first."""
    last = latest_row(periods)
    return last.progress.status if last else Status.NO_DATA


def _indicator_row(ws: Worksheet, row: int, release: Release, ref: walk.IndicatorRef) -> None:
    indicator = ref.indicator
    fixed = _fixed_values(release.plan, ref)
    for col, value in enumerate(fixed, start=1):
        _put(ws, row, col, value, indicator)
    periods = indicator_periods(release, indicator)
    for i, p in enumerate(periods):
        _period_cells(ws, row, len(fixed) + 1 + i * PER_ROUND, indicator, p)
    _status_cell(ws, row, len(fixed) + 1 + len(periods) * PER_ROUND, latest_status(periods))


def _iptt_sheet(ws: Worksheet, release: Release, generated: datetime) -> None:
    rounds = sorted(release.rounds, key=lambda r: (r.end, r.start))
    spec = groups(rounds)
    _title_block(ws, release, generated)
    _headers(ws, spec)
    row = HEADER_ROW
    for row, ref in enumerate(walk.indicators(release.plan), start=FIRST_ROW):
        _indicator_row(ws, row, release, ref)
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=FROZEN_COLUMNS + 1).coordinate
    width = sum(len(cols) for _label, cols in spec)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(width)}{row}"
    ws.row_dimensions[HEADER_ROW].height = 30


# --- the Disaggregation sheet ---------------------------------------------------------


def disaggregation_headers() -> list[tuple[str, int]]:
    return [
        (_("Indicator ID"), 12),
        (_("Indicator"), 50),
        (_("Period"), 16),
        (_("Dimension"), 22),
        (_("Category"), 28),
        (_("Value"), 12),
    ]


def _disaggregation_sheet(ws: Worksheet, release: Release) -> None:
    headers = disaggregation_headers()
    for col, (header, width) in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font, cell.fill, cell.alignment = Font(bold=True), HEADER_FILL, CENTRED
        ws.column_dimensions[get_column_letter(col)].width = width
    known = dimensions(release.plan)
    row = 1
    for ref in walk.indicators(release.plan):
        indicator = ref.indicator
        for p in indicator_periods(release, indicator):
            for dim, cat, number in ordered_parts(indicator, known, p.reported):
                row += 1
                values: list[CellValue] = [
                    indicator.id,
                    indicator.name,
                    p.round.label,
                    dimension_label(known, dim),
                    category_label(known, dim, cat),
                    number,
                ]
                for col, value in enumerate(values, start=1):
                    _put(ws, row, col, value, indicator)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{row}"


# --- the About sheet ------------------------------------------------------------------


def about_lines(release: Release, generated: datetime) -> list[str]:
    plan = release.plan
    return [
        _("About this table"),
        _("Plan: {title} (id {id}), version {version}, published {date}.").format(
            title=plan.metadata.title,
            id=plan.id,
            version=release.version,
            date=release.published.isoformat(),
        ),
        _("Data as of {date}; generated {time}.").format(
            date=release.as_of.isoformat(), time=_utc(generated).strftime("%Y-%m-%d %H:%M UTC")
        ),
        _(
            "Approved data only: values that have not been approved, and drafts of the plan, "
            "are not included."
        ),
        _(
            "Actual: how a period's actual is obtained depends on the indicator's aggregation. "
            "Non-cumulative: the sum of the values reported within the period. Cumulative: "
            "the running total of everything reported up to the period's end, starting from "
            "the baseline. Latest: the most recent value reported."
        ),
        _(
            "Percentages are never added up: where numerators and denominators are reported "
            "they are summed and divided; otherwise the latest percentage stands."
        ),
        _(
            "Target: the period's target is the milestone (or end target) dated inside the "
            "period. Without one it is interpolated: the value the plan's path (a straight "
            "line from the baseline through the milestones to the end target) expects at the "
            "period's end. Interpolated targets are marked ~ and set in italics."
        ),
        _(
            "% of the way to target: the indicator's progress, the same figure every page "
            "and report shows: direction-aware, from the baseline to the END target, "
            "(actual − baseline) ÷ (end target − baseline) × 100. 100 means the end target "
            "was reached; for a decrease indicator a fall counts as progress; for a count "
            "starting at zero it is simply actual ÷ end target. Without a baseline, counts "
            "start from zero and other indicators from their first reported value. A period "
            "with nothing reported has no percentage."
        ),
        _(
            "Ordinal indicators count by the position of their level on the scale (0 for the "
            "lowest) and yes/no indicators as 1 and 0; they are shown in their own terms. "
            "Narrative indicators show their evidence and have no percentage."
        ),
        _(
            "Status (latest): as of the end of the latest period with an approved value, "
            "progress compared "
            "with the progress expected by then. Achieved: the end target is reached. On "
            "track: within 15 % of what was expected. At risk: within 40 %. Off track: further "
            "behind. No data: nothing reported yet. Narrative indicators carry the reporter's "
            "own rating."
        ),
        _("Disaggregation: the breakdowns reported with each value, one row per category."),
    ]


def _about_sheet(ws: Worksheet, release: Release, generated: datetime) -> None:
    ws.column_dimensions["A"].width = 110
    for row, text in enumerate(about_lines(release, generated), start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.alignment = WRAP
        cell.font = Font(bold=row == 1, size=14 if row == 1 else 11)


# --- the workbook ---------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    """Naive UTC, as the workbook's properties expect (a naive time is taken as UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def build_workbook(release: Release, generated: datetime) -> Workbook:
    wb = Workbook()
    iptt = wb.active
    assert isinstance(iptt, Worksheet)
    iptt.title = "IPTT"
    _iptt_sheet(iptt, release, generated)
    _disaggregation_sheet(wb.create_sheet(_("Disaggregation")), release)
    _about_sheet(wb.create_sheet(_("About")), release, generated)
    wb.properties.title = _("Indicator performance tracking table: {title}").format(
        title=release.plan.metadata.title
    )
    wb.properties.subject = f"{release.plan.id} v{release.version}"
    wb.properties.creator = "napkit"
    wb.properties.created = wb.properties.modified = _utc(generated)
    return workbook_safe(wb)


def _fixed_zip(raw: bytes, moment: datetime) -> bytes:
    """The same archive with every entry dated ``moment`` instead of the time of writing."""
    stamp = _utc(moment).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            dst.writestr(entry, src.read(info))
    return out.getvalue()


def iptt_workbook(release: Release, generated: datetime) -> bytes:
    """The IPTT workbook's bytes (.xlsx)."""
    wb = build_workbook(release, generated)
    raw = io.BytesIO()
    # ExcelWriter rather than wb.save: save stamps "modified" with the clock.
    ExcelWriter(wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    return _fixed_zip(raw.getvalue(), generated)
