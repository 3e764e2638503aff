"""The dossier's series of figures -> what the home and the figures page show.

Key figures (the latest and most conservative figure of each main series, and
the range of all its figures), the rows of each series' table, and the lines
of its chart. Every figure keeps the article and sentence it was read from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .charts import Line, Point
from .model import Dossier, Facts, Series, SeriesPoint

# The tolls a reader looks for first, in this order; other categories follow.
MAIN_CATEGORIES = ("killed", "wounded", "arrested", "missing", "displaced")


@dataclass(frozen=True)
class FigureRow:
    """One figure of a series, with the article it comes from and who gave it."""

    point: SeriesPoint
    article: Facts
    link: str  # docs/-relative link to the sentence
    given_by: str  # the source the sentence names, else the article's outlet, else ""


@dataclass(frozen=True)
class KeyFigure:
    """A series at a glance: its latest, most conservative figure and the range of all its figures."""

    series: Series
    latest: FigureRow
    low: int
    high: int
    rows: int  # how many figures the series has


def rows_of(series: Series, dossier: Dossier, link: Callable[[str, str], str]) -> tuple[FigureRow, ...]:
    """The series' figures in its order; `link(document, sentence)` makes a sentence link."""
    out = []
    for p in series.points:
        article = dossier.document(p.document)
        given_by = p.count.attributed_to or article.document.source or ""
        out.append(FigureRow(p, article, link(p.document, p.sentence), given_by))
    return tuple(out)


def main_series(dossier: Dossier) -> tuple[Series, ...]:
    """Series of the main tolls first (in MAIN_CATEGORIES order), the most figures first within one."""
    rank = {c: i for i, c in enumerate(MAIN_CATEGORIES)}
    return tuple(sorted(dossier.series, key=lambda s: (rank.get(s.category, len(rank)), -len(s.points), s.key)))


def key_figure(series: Series, rows: tuple[FigureRow, ...]) -> KeyFigure:
    """The most conservative figure at the series' latest date (the last one if none is marked)."""
    chosen = next((r for r in rows if r.point.conservative), None)
    if chosen is None:
        latest = [r for r in rows if r.point.latest] or list(rows)
        chosen = min(latest, key=lambda r: r.point.bounds)
    bounds = [r.point.bounds for r in rows]
    return KeyFigure(series, chosen, min(b[0] for b in bounds), max(b[1] for b in bounds), len(rows))


MARKERS = {"at_least": "at_least", "more_than": "at_least", "at_most": "at_most", "less_than": "at_most"}


def chart_lines(series: list[Series], name: Callable[[Series], str],
                note: Callable[[SeriesPoint], str]) -> list[Line]:
    """The chart lines of `series`: only figures that have a date can be placed, and only at the
    finest precision the series has: a figure dated by its month alone, drawn on the 1st, would
    draw a rise or a fall that no report gave. Those stay in the series' table."""
    lines = []
    for s in series:
        finest = max((len(p.date) for p in s.points if p.date), default=0)
        points = tuple(Point(p.date, *p.bounds, note(p), MARKERS.get(p.count.qualifier, "exact"),
                             p.in_conflict) for p in s.points if p.date and len(p.date) == finest)
        if points:
            lines.append(Line(name(s), points))
    return lines
