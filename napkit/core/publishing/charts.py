"""Charts as accessible SVG, drawn on the server: an indicator's path from baseline through
its actuals to the target, bars for progress and budget execution, and status counts.

Each chart has a title and a description for screen readers; the pages show the same
numbers in a table beside it. Colours come from classes in the stylesheet, so charts
need no inline styles (the content security policy forbids them).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from html import escape

from napkit.core.i18n import _
from napkit.core.monitoring.progress import IndicatorProgress, Point, Status
from napkit.core.plan.types import MAX_VALUE

WIDTH, HEIGHT = 640, 260
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 56, 16, 16, 40


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:,.1f}"


def _svg(title: str, description: str, width: int, height: int, body: list[str], ident: str) -> str:
    return (
        f'<svg class="chart" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}-t">{escape(title)}</title>'
        f'<desc id="{ident}-d">{escape(description)}</desc>' + "".join(body) + "</svg>"
    )


def _nice_max(value: float) -> float:
    if not value > 0:
        return 1.0
    if not math.isfinite(value) or value > MAX_VALUE:  # inputs are bounded; never crash a page
        return value if math.isfinite(value) else 1.0
    magnitude: float = 10.0 ** len(str(int(value))) / 10
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return value


def trajectory_chart(
    ident: str, title: str, planned: list[Point], actual: list[Point], unit: str = ""
) -> str:
    """Baseline → milestones → target (dashed), and the actuals (solid), over time."""
    points = planned + actual
    if not points:
        return ""
    days = [p.day for p in points]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    low = min(0.0, min(p.value for p in points))
    high = _nice_max(max(p.value for p in points))
    inner_w = WIDTH - PAD_LEFT - PAD_RIGHT
    inner_h = HEIGHT - PAD_TOP - PAD_BOTTOM

    def x(day: date) -> float:
        return PAD_LEFT + inner_w * (day - first).days / span

    def y(value: float) -> float:
        return PAD_TOP + inner_h * (1 - (value - low) / ((high - low) or 1))

    body = []
    for i in range(5):  # gridlines and value labels
        value = low + (high - low) * i / 4
        body.append(
            f'<line class="grid" x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" '
            f'y1="{y(value):.1f}" y2="{y(value):.1f}"/>'
        )
        body.append(
            f'<text class="axis" x="{PAD_LEFT - 6}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end">{escape(_fmt(value))}</text>'
        )
    for year in range(first.year, last.year + 2):
        day = date(year, 1, 1)
        if first <= day <= last:
            body.append(
                f'<text class="axis" x="{x(day):.1f}" y="{HEIGHT - 14}" '
                f'text-anchor="middle">{year}</text>'
            )
    for cls, series in (("planned", planned), ("actual", actual)):
        if len(series) > 1:
            path = " ".join(f"{x(p.day):.1f},{y(p.value):.1f}" for p in series)
            body.append(f'<polyline class="{cls}" points="{path}"/>')
        for p in series:
            label = f"{p.day.isoformat()}: {_fmt(p.value)}{(' ' + unit) if unit else ''}"
            body.append(
                f'<circle class="{cls}" cx="{x(p.day):.1f}" cy="{y(p.value):.1f}" '
                f'r="4"><title>{escape(label)}</title></circle>'
            )
    description = "; ".join(
        [f"planned {p.day.isoformat()} {_fmt(p.value)}" for p in planned]
        + [f"actual {p.day.isoformat()} {_fmt(p.value)}" for p in actual]
    )
    return _svg(title, description, WIDTH, HEIGHT, body, ident)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # 0..1 (drawn up to 1.2)
    text: str
    band: str = ""  # a CSS class, e.g. the status or level


def indicator_chart(name: str, unit: str | None, progress: IndicatorProgress) -> str:
    """An indicator's planned path and approved actuals (see ``trajectory_chart``)."""
    return trajectory_chart(
        "trajectory",
        _("{name}: planned path and actuals").format(name=name),
        progress.trajectory,
        progress.actuals,
        unit or "",
    )


CHAR_W = 7.2  # width of one character of 12px DejaVu Sans, near enough for layout


def bar_chart(ident: str, title: str, bars: list[Bar]) -> str:
    """Horizontal bars, one per row, each with its label and its value written out; a
    dashed line marks 100% (the track runs on to 120%, so overshooting shows)."""
    row, head = 30, 18
    # The value column is as wide as its longest text, so nothing is cut; labels give way.
    value_w = min(260, max(60, round(CHAR_W * max((len(b.text) for b in bars), default=0)) + 12))
    label_w = max(150, min(230, WIDTH - value_w - 220))
    inner = WIDTH - label_w - value_w
    fits = int((label_w - 12) / CHAR_W)
    height = head + row * len(bars) + 8
    body = []
    for i, bar in enumerate(bars):
        top = head + 4 + i * row
        short = bar.label if len(bar.label) <= fits else bar.label[: fits - 1] + "…"
        body.append(
            f'<text class="label" x="{label_w - 8}" y="{top + 17}" text-anchor="end">'
            f"{escape(short)}<title>{escape(bar.label)}</title></text>"
        )
        body.append(
            f'<rect class="track" x="{label_w}" y="{top + 5}" width="{inner}" height="14" rx="3"/>'
        )
        if bar.value is not None:
            width = inner * max(0.0, min(bar.value, 1.2)) / 1.2
            body.append(
                f'<rect class="bar {escape(bar.band)}" x="{label_w}" y="{top + 5}" '
                f'width="{width:.1f}" height="14" rx="3"/>'
            )
        body.append(
            f'<text class="value" x="{label_w + inner + 6}" y="{top + 17}">'
            f"{escape(bar.text)}</text>"
        )
    mark = label_w + inner / 1.2
    body.append(
        f'<text class="axis" x="{mark:.1f}" y="12" text-anchor="middle">100%</text>'
        f'<line class="mark" x1="{mark:.1f}" x2="{mark:.1f}" y1="{head - 2}" y2="{height}"/>'
    )
    description = "; ".join(f"{b.label}: {b.text}" for b in bars)
    return _svg(title, description, WIDTH, height, body, ident)


STATUS_ORDER = (Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.NO_DATA)


def status_chart(
    ident: str, title: str, counts: dict[Status, int], labels: dict[Status, str]
) -> str:
    """One bar split by status, with a legend."""
    total = sum(counts.values())
    if not total:
        return ""
    body = []
    left = 0.0
    for status in STATUS_ORDER:
        n = counts.get(status, 0)
        if not n:
            continue
        width = (WIDTH - 2) * n / total
        body.append(
            f'<rect class="status-{status.value}" x="{left + 1:.1f}" y="4" '
            f'width="{width:.1f}" height="24"><title>{escape(labels[status])}: {n}'
            f"</title></rect>"
        )
        left += width
    x = 1.0
    for status in STATUS_ORDER:
        n = counts.get(status, 0)
        if not n:
            continue
        body.append(
            f'<rect class="status-{status.value}" x="{x:.1f}" y="38" width="12" height="12"/>'
        )
        text = f"{labels[status]} {n}"
        body.append(f'<text class="label" x="{x + 16:.1f}" y="49">{escape(text)}</text>')
        x += 30 + 7.5 * len(text)
    description = ", ".join(f"{labels[s]} {counts.get(s, 0)}" for s in STATUS_ORDER)
    return _svg(title, description, WIDTH, 58, body, ident)


# Colours for charts outside the site's stylesheet (the standalone report, its PDF):
# the same classes, written into each chart so it draws the same anywhere.
CHART_STYLE = (
    "text{font-family:'DejaVu Sans',sans-serif;font-size:12px;fill:#1d1b22}"
    "text.axis{fill:#57525f;font-size:11px}line.grid{stroke:#d9d5de}"
    "line.mark{stroke:#57525f;stroke-dasharray:3 3}rect.track{fill:#f5f3f7}"
    "rect.bar{fill:#5a2d82}"
    "polyline.planned{fill:none;stroke:#8b8594;stroke-width:2;stroke-dasharray:6 4}"
    "polyline.actual{fill:none;stroke:#5a2d82;stroke-width:3}"
    "circle.planned{fill:#fff;stroke:#8b8594;stroke-width:2}circle.actual{fill:#5a2d82}"
    ".status-achieved{fill:#2e8b4f}.status-on_track{fill:#7cc38f}"
    ".status-at_risk{fill:#e6a23c}.status-off_track{fill:#c9474d}.status-no_data{fill:#c9c4cf}"
)


def self_styled(svg: str) -> str:
    """The chart with its colours inside it (for documents without the site's stylesheet)."""
    if not svg:
        return svg
    end = svg.index(">") + 1
    return f"{svg[:end]}<style>{CHART_STYLE}</style>{svg[end:]}"
