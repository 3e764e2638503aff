"""Series -> what the figures page draws: which figures a chart can place honestly."""

from __future__ import annotations

from generator.figures import chart_lines
from generator.model import Count, Series, SeriesPoint


def point(value: int, date: str | None, sentence: str) -> SeriesPoint:
    count = Count("killed", value, value, value, "at_least", "policiers", None, None, sentence, str(value))
    return SeriesPoint(count, "a", date, "article" if date and len(date) < 10 else "count")


def test_a_chart_places_figures_at_the_finest_date_precision_of_their_series():
    series = Series("killed-police", "killed", "police", "policiers", (
        point(2, "2022-01", "p1-s1"), point(13, "2022-01-06", "p2-s1"), point(18, "2022-01-08", "p3-s1"),
        point(7, None, "p4-s1")))
    (line,) = chart_lines([series], lambda s: s.label, lambda p: p.count.text)
    assert [(p.when, p.low) for p in line.points] == [("2022-01-06", 13), ("2022-01-08", 18)]


def test_a_series_dated_by_months_only_is_still_drawn():
    series = Series("killed-police", "killed", "police", "policiers", (point(2, "2022-01", "p1-s1"),))
    (line,) = chart_lines([series], lambda s: s.label, lambda p: p.count.text)
    assert [(p.when, p.low) for p in line.points] == [("2022-01", 2)]
