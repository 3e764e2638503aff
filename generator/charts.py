"""Series of figures -> an inline SVG chart, drawn at build time.

No JavaScript and no network: the chart is plain SVG in the page. Its colours
come from CSS classes (`templates/assets/dossier.css`), so it follows the
site's light and dark schemes. Every text in it is escaped here; numbers and
dates arrive already formatted for the dossier's language.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable
from dataclasses import dataclass

LEFT, RIGHT, TOP, BOTTOM = 64, 24, 40, 44  # margins around the plot area
LEGEND_ROW = 20  # height of a row of the legend
DATE_LABEL = 100  # room a date label takes on the time axis ('30 sept. 2025')
PALETTE = 6  # series colours, `.dossier-chart .s0` ... `.s5` in the stylesheet


@dataclass(frozen=True)
class Point:
    """One figure: when it holds, its value (low == high) or range, and a note for the tooltip."""

    when: str  # ISO 8601 date, at the precision the article gives
    low: int
    high: int
    note: str
    marker: str = "exact"  # exact, at_least, at_most or range: the marker's shape
    conflict: bool = False


@dataclass(frozen=True)
class Line:
    name: str
    points: tuple[Point, ...]


def iso_day(iso: str) -> dt.date:
    """'2022-01-06' -> that day; a month or a year alone -> its first day."""
    parts = [int(p) for p in iso.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def nice_ceiling(value: float) -> int:
    """The smallest of 1, 2, 5 x 10^k that is at least `value` (the top of the y axis)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return int(step * power)
    return int(10 * power)


def _f(x: float) -> str:
    return f"{x:.1f}"


@dataclass(frozen=True)
class _Frame:
    """Maps dates and values to SVG coordinates."""

    first: dt.date
    last: dt.date
    top: int
    width: int
    height: int
    top_margin: int = TOP

    def x(self, when: str) -> float:
        span = (self.last - self.first).days
        inner = self.width - LEFT - RIGHT
        if span == 0:
            return LEFT + inner / 2
        return LEFT + inner * (iso_day(when) - self.first).days / span

    def y(self, value: float) -> float:
        return self.height - BOTTOM - (self.height - self.top_margin - BOTTOM) * value / self.top


def line_chart(lines: list[Line], title: str, number: Callable[[int], str],
               day: Callable[[str], str], chart_id: str, size: tuple[int, int] = (640, 260), colour: int = 0) -> str:
    """An SVG line chart of `lines`, `size` pixels wide and high; `number` and `day` format the labels.

    Dates are placed on a time scale; a month or a year alone sits on its first day.
    `colour` is the palette's colour of the first line (the next lines take the next ones).
    """
    points = [p for line in lines for p in line.points]
    if not points:
        return ""
    days = [iso_day(p.when) for p in points]
    legend, rows = _legend(lines, size[0], colour)
    extra = LEGEND_ROW * (rows - 1) if legend else -LEGEND_ROW  # no legend: the plot starts higher
    frame = _Frame(min(days), max(days), nice_ceiling(max(p.high for p in points)), size[0], size[1] + extra,
                   TOP + extra)  # the plot keeps its height whatever the legend takes
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="dossier-chart" viewBox="0 0 {size[0]} {frame.height}" '
             f'role="img" aria-labelledby="{chart_id}-title">',
             f'<title id="{chart_id}-title">{_text(title)}</title>']
    parts += _y_axis(frame, number) + _x_axis(frame, sorted({p.when for p in points}, key=iso_day), day)
    for index, line in enumerate(lines):
        parts += _series(line, (colour + index) % PALETTE, frame)
    parts += legend
    parts.append("</svg>")
    return "\n".join(parts)


def _text(value: str) -> str:
    return html.escape(" ".join(value.split()), quote=True)


def _y_axis(frame: _Frame, number: Callable[[int], str]) -> list[str]:
    out = []
    for i in range(5):
        value = frame.top * i / 4
        if value != int(value):
            continue
        y = _f(frame.y(value))
        out.append(f'<line class="grid" x1="{LEFT}" y1="{y}" x2="{frame.width - RIGHT}" y2="{y}"/>')
        out.append(f'<text class="label" x="{LEFT - 8}" y="{y}" text-anchor="end" '
                   f'dominant-baseline="middle">{_text(number(int(value)))}</text>')
    return out


def _x_axis(frame: _Frame, days: list[str], day: Callable[[str], str]) -> list[str]:
    base = _f(frame.height - BOTTOM)
    out = [f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{frame.width - RIGHT}" y2="{base}"/>']
    step = max(1, math.ceil(len(days) / max(2, frame.width // DATE_LABEL)))  # labels never overlap
    shown = days[::step]
    for d in shown:
        x = _f(frame.x(d))
        # the first and last labels stay inside the chart
        anchor = "middle" if len(shown) == 1 else {shown[0]: "start", shown[-1]: "end"}.get(d, "middle")
        out.append(f'<line class="axis" x1="{x}" y1="{base}" x2="{x}" y2="{_f(frame.height - BOTTOM + 5)}"/>')
        out.append(f'<text class="label" x="{x}" y="{_f(frame.height - BOTTOM + 20)}" '
                   f'text-anchor="{anchor}">{_text(day(d))}</text>')
    return out


def _series(line: Line, colour: int, frame: _Frame) -> list[str]:
    """The line through the lowest figure of each date (the most conservative), then every point."""
    lowest: dict[str, int] = {}
    for p in line.points:
        lowest[p.when] = min(lowest.get(p.when, p.low), p.low)
    out = []
    if len(lowest) > 1:
        path = " ".join(f"{_f(frame.x(d))},{_f(frame.y(v))}" for d, v in sorted(lowest.items(),
                                                                                 key=lambda dv: iso_day(dv[0])))
        out.append(f'<polyline class="line s{colour}" points="{path}"/>')
    for p in line.points:
        out.append(_marker(p, colour, frame))
    return out


def _marker(p: Point, colour: int, frame: _Frame) -> str:
    x, y = frame.x(p.when), frame.y(p.high)
    note = f"<title>{_text(p.note)}</title>"
    conflict = " conflict" if p.conflict else ""
    if p.low != p.high:
        return (f'<g class="point range s{colour}{conflict}">{note}'
                f'<line x1="{_f(x)}" y1="{_f(frame.y(p.low))}" x2="{_f(x)}" y2="{_f(y)}"/>'
                f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3"/><circle cx="{_f(x)}" cy="{_f(frame.y(p.low))}" r="3"/></g>')
    if p.marker in ("at_least", "at_most"):
        tip = -7 if p.marker == "at_least" else 7  # a triangle pointing where the true figure may lie
        shape = f'<path d="M{_f(x - 6)},{_f(y - tip / 2)} L{_f(x + 6)},{_f(y - tip / 2)} L{_f(x)},{_f(y + tip)} Z"/>'
    else:
        shape = f'<circle cx="{_f(x)}" cy="{_f(y)}" r="5"/>'
    return f'<g class="point {p.marker} s{colour}{conflict}">{note}{shape}</g>'


def _legend(lines: list[Line], width: int, colour: int) -> tuple[list[str], int]:
    """A swatch and the name of each line, in rows above the plot, and how many rows; none for one line."""
    if len(lines) < 2:
        return [], 1
    out, x, y = [], LEFT, 0
    for index, line in enumerate(lines):
        size = 30 + 7 * len(line.name)  # about 7 pixels a character at 12 pixels
        if x > LEFT and x + size > width - RIGHT:
            x, y = LEFT, y + LEGEND_ROW
        out.append(f'<rect class="swatch s{(colour + index) % PALETTE}" x="{x}" y="{y + 12}" width="12" height="12" rx="2"/>')
        out.append(f'<text class="label" x="{x + 18}" y="{y + 22}">{_text(line.name)}</text>')
        x += size
    return out, y // LEGEND_ROW + 1
