"""Series -> inline SVG: a chart a browser can draw without JavaScript, and text that stays text."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from generator.charts import Line, Point, iso_day, line_chart, nice_ceiling

SVG = "{http://www.w3.org/2000/svg}"
JAN = [f"2022-01-0{d}" for d in (5, 6, 7, 9)]


def chart(lines: list[Line], size=(640, 260)) -> ET.Element:
    svg = line_chart(lines, "Bilans", str, str, "c1", size)
    return ET.fromstring(svg)


def test_axis_top_is_a_round_number_above_the_highest_figure():
    assert [nice_ceiling(v) for v in (0, 1, 7, 13, 164, 200, 201, 2000, 2001)] == [1, 1, 10, 20, 200, 200, 500, 2000,
                                                                                    5000]


def test_partial_dates_are_placed_on_their_first_day():
    assert iso_day("2022") == dt.date(2022, 1, 1)
    assert iso_day("2022-01") == dt.date(2022, 1, 1)
    assert iso_day("2022-01-06") == dt.date(2022, 1, 6)


def test_a_line_joins_the_lowest_figure_of_each_date_in_date_order():
    points = (Point(JAN[2], 164, 164, "a"), Point(JAN[0], 8, 8, "b"), Point(JAN[2], 225, 225, "c"))
    root = chart([Line("tués", points)])
    (line,) = root.iter(f"{SVG}polyline")
    coords = [tuple(map(float, xy.split(","))) for xy in line.get("points").split()]
    assert len(coords) == 2
    assert coords[0][0] < coords[1][0]  # 5 January left of 7 January
    assert coords[0][1] > coords[1][1]  # 8 drawn below 164 (SVG's y grows downwards)
    zero = float(root.get("viewBox").split()[3]) - 44  # the axis line: value 0
    assert coords[1][1] == pytest.approx(zero - (zero - 20) * 164 / 500, abs=0.05)  # 20: top without a legend


def test_every_figure_gets_a_marker_with_its_note_and_conflicts_are_marked():
    points = (Point(JAN[1], 13, 13, "au moins 13", "at_least"), Point(JAN[1], 18, 18, "18", conflict=True),
              Point(JAN[3], 100, 300, "100 à 300", "range"))
    root = chart([Line("tués", points)])
    groups = [g for g in root.iter(f"{SVG}g") if "point" in g.get("class", "")]
    assert [g.findtext(f"{SVG}title") for g in groups] == ["au moins 13", "18", "100 à 300"]
    assert [g.get("class") for g in groups] == ["point at_least s0", "point exact s0 conflict", "point range s0"]
    assert groups[0].find(f"{SVG}path") is not None  # a triangle, not a dot
    assert groups[2].find(f"{SVG}line") is not None  # a bar from 100 to 300


def test_each_series_has_its_colour_and_a_legend_entry():
    lines = [Line("tués", (Point(JAN[0], 1, 1, ""),)), Line("blessés", (Point(JAN[0], 5, 5, ""),))]
    root = chart(lines)
    assert [t.text for t in root.iter(f"{SVG}text") if t.get("y") == "22"] == ["tués", "blessés"]
    assert {g.get("class").split()[-1] for g in root.iter(f"{SVG}g")} == {"s0", "s1"}


def test_a_long_legend_wraps_and_the_chart_grows_to_keep_the_plot_its_height():
    lines = [Line(f"tués · groupe numéro {i} des forces", (Point(JAN[0], i, i, ""),)) for i in range(1, 5)]
    root = chart(lines, (640, 260))
    rows = sorted({float(r.get("y")) for r in root.iter(f"{SVG}rect")})
    assert len(rows) > 1
    assert root.get("viewBox") == f"0 0 640 {260 + 20 * (len(rows) - 1)}"
    assert all(float(t.get("x")) + 7 * len(t.text) <= 640 for t in root.iter(f"{SVG}text") if "groupe" in t.text)


def test_text_from_articles_is_escaped_and_the_chart_has_an_accessible_name():
    svg = line_chart([Line('<script>alert(1)</script> & "x"', (Point(JAN[0], 1, 1, "<b>note</b>"),))],
                     "Tolls <i>", str, str, "c9")
    assert "<script>" not in svg and "<b>" not in svg and "<i>" not in svg
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root.get("aria-labelledby") == "c9-title"
    assert root.findtext(f"{SVG}title") == "Tolls <i>"


def test_the_requested_size_is_the_view_box_and_no_figures_draw_nothing():
    one = [Line("x", (Point(JAN[0], 1, 1, ""),))]
    assert chart(one + one, (800, 300)).get("viewBox") == "0 0 800 300"
    assert chart(one, (800, 300)).get("viewBox") == "0 0 800 280"  # no legend for a single line
    assert line_chart([], "t", str, str, "c") == ""


def test_same_series_same_bytes():
    lines = [Line("tués", tuple(Point(d, i * 7, i * 7, str(i)) for i, d in enumerate(JAN)))]
    assert line_chart(lines, "t", str, str, "c") == line_chart(list(lines), "t", str, str, "c")


def test_date_labels_are_thinned_out_on_a_narrow_chart():
    days = [f"2025-04-0{d}" for d in range(3, 8)]
    line = [Line("tués", tuple(Point(d, i, i, "") for i, d in enumerate(days)))]
    wide = [t.text for t in chart(line, (640, 260)).iter(f"{SVG}text") if t.text in days]
    narrow = [t.text for t in chart(line, (360, 200)).iter(f"{SVG}text") if t.text in days]
    assert wide == days
    assert narrow == days[::2]


def test_a_chart_can_start_at_another_colour_and_its_end_labels_stay_inside():
    svg = line_chart([Line("blessés", (Point(JAN[0], 1, 1, ""), Point(JAN[3], 4, 4, "")))], "t", str, str, "c",
                     (360, 200), colour=1)
    root = ET.fromstring(svg)
    assert {g.get("class").split()[-1] for g in root.iter(f"{SVG}g")} == {"s1"}
    anchors = [t.get("text-anchor") for t in root.iter(f"{SVG}text") if t.text in JAN]
    assert anchors == ["start", "end"]
