"""analysis.charts: house style, many councils, missing figures, offline PNG/SVG/HTML export."""

import re

import duckdb
import polars as pl
import pytest

from analysis import charts, frames
from tests.analysis_fixtures import SURVEY, build_warehouse


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = build_warehouse(tmp_path_factory.mktemp("wh") / "foi.duckdb")
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


def titles(spec: dict) -> tuple[str, list[str], list[str]]:
    inner = spec["vconcat"][0]["title"]
    footer = spec["title"]["text"]
    subtitle = inner.get("subtitle", [])
    return inner["text"], ([subtitle] if isinstance(subtitle, str) else subtitle), footer


def values(spec: dict) -> list[dict]:
    """The rows a (single-dataset) chart draws, wherever Altair lifted them to."""
    for holder in (spec["vconcat"][0], spec):
        data = holder.get("data", {})
        if "values" in data:
            return data["values"]
        if "name" in data:
            return spec["datasets"][data["name"]]
    raise AssertionError("no data in the chart")


def laptops_2021(con) -> pl.DataFrame:
    per_1000 = frames.quantities_per_1000(con, SURVEY)
    return per_1000.filter((pl.col("device") == "laptops") & (pl.col("period") == "2020-21"))


def test_ranked_bars_sorted_with_units_source_and_missing_note(con):
    chart = charts.ranked_bars(laptops_2021(con), "quantity_per_1000", title="Laptops per head",
                               axis_title="Laptops per 1,000 residents", source=charts.source_line("1 Nov 2021"))
    spec = chart.to_dict()
    title, subtitle, footer = titles(spec)
    assert title == "Laptops per head"
    assert any("Buckinghamshire CC" in s for s in subtitle)      # no population: named, not drawn as 0
    assert "WhatDoTheyKnow" in footer[0] and "1 Nov 2021" in footer[0]
    layer = spec["vconcat"][0]["layer"][0]
    assert layer["encoding"]["x"]["title"] == "Laptops per 1,000 residents"
    assert layer["encoding"]["y"]["sort"] == ["York", "Barnet", "Manchester", "Camden", "Cambridge", "Kent"]
    rows = values(spec)
    assert rows[0]["authority_name"] == "York"
    assert all(v["quantity_per_1000"] is not None for v in rows)


def test_many_councils_show_top_n_and_grow_in_height():
    frame = pl.DataFrame({"authority_name": [f"Council number {i}" for i in range(400)],
                          "v": [float(i) for i in range(400)]})
    spec = charts.ranked_bars(frame, "v", title="t", axis_title="x (units)", top_n=40).to_dict()
    _, subtitle, _ = titles(spec)
    assert any("Showing the 40 highest of 400 councils" in s for s in subtitle)
    inner = spec["vconcat"][0]
    assert len(values(spec)) == 40
    assert inner["height"] >= 40 * 15     # at least 15 px per label: no overlap
    assert values(spec)[0]["authority_name"] == "Council number 399"


def test_long_notes_are_wrapped_not_widening_the_chart():
    frame = pl.DataFrame({"authority_name": [f"A council with a long name {i}" for i in range(30)],
                          "v": [None] * 25 + [1.0] * 5})
    spec = charts.ranked_bars(frame, "v", title="t", axis_title="x (units)").to_dict()
    _, subtitle, _ = titles(spec)
    assert all(len(line) <= charts.SUBTITLE_CHARS for line in subtitle)
    assert any("25 councils" in line for line in subtitle)


def test_nothing_to_draw_gives_a_message_chart():
    frame = pl.DataFrame({"authority_name": ["A"], "v": [None]}, schema={"authority_name": pl.Utf8, "v": pl.Float64})
    spec = charts.ranked_bars(frame, "v", title="t", axis_title="x").to_dict()
    assert values(spec)[0]["m"].startswith("No council")


def test_every_chart_kind_exports_png_svg_and_offline_html(con, tmp_path):
    made = {
        "bars": charts.ranked_bars(laptops_2021(con), "quantity_per_1000", title="t", axis_title="Laptops per 1,000"),
        "years": charts.small_multiples(frames.quantities_per_1000(con, SURVEY).filter(pl.col("device") == "laptops"),
                                        "quantity_per_1000", title="t", axis_title="Laptops per 1,000"),
        "costs": charts.unit_cost_strip(frames.unit_costs(con, SURVEY)),
        "refusals": charts.refusal_rate_bars(frames.refusal_rates_overall(con)),
        "exemptions": charts.exemption_heatmap(frames.exemption_counts(con)),
        "outcomes": charts.outcome_bars(frames.request_outcomes(con, SURVEY)),
    }
    for name, chart in made.items():
        formats = ("png", "svg", "html") if name == "bars" else ("png", "svg")
        files = charts.save(chart, tmp_path, name, formats)
        png = files["png"].read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000, name
        svg = files["svg"].read_text()
        assert "<svg" in svg and "WhatDoTheyKnow" in svg, name
    html = (tmp_path / "bars.html").read_text()
    assert "York" in html and "vega" in html.lower()
    # offline: no script or stylesheet fetched from anywhere
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=\"https?:", html)


def test_unit_cost_chart_names_outliers_and_formats_pounds(con, tmp_path):
    svg = charts.to_svg(charts.unit_cost_strip(frames.unit_costs(con, SURVEY)))
    assert "Kent" in svg               # the outlier is labelled
    assert "£1,200" in svg or "£1,000" in svg    # the axis prints pounds
    assert "Unit cost (£ per device)" in svg


def test_save_rejects_unknown_format(con, tmp_path):
    with pytest.raises(ValueError, match="png, svg, html or json"):
        charts.save(charts.outcome_bars(frames.request_outcomes(con, SURVEY)), tmp_path, "x", ("gif",))


def test_a_figure_in_doubt_says_so_at_its_bar_even_when_its_bar_has_no_length(tmp_path):
    # the demo's Sheffield: a count of 0 in doubt draws a bar of no length, whose grey no one can see
    frame = pl.DataFrame({"authority_name": ["Devon", "Sheffield"], "v": [3.4, 0.0], "doubt": [False, True]})
    chart = charts.ranked_bars(frame, "v", title="t", axis_title="Laptops per 1,000", muted_field="doubt",
                               muted_note="Grey: a figure in doubt.")
    svg = charts.save(chart, tmp_path, "doubt", ("svg",))["svg"].read_text(encoding="utf-8")
    assert "0 (in doubt)" in svg
    assert "3.4 (in doubt)" not in svg and "3.4" in svg
