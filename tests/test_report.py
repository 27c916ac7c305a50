"""analysis.report.write_report and analysis.export.export_all on the fixture warehouse."""

import re

import duckdb
import openpyxl
import polars as pl
import pytest

from analysis import export, frames
from analysis.report import write_report
from tests.analysis_fixtures import SURVEY, build_warehouse
from warehouse import db


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    return build_warehouse(tmp_path_factory.mktemp("wh") / "foi.duckdb")


@pytest.fixture(scope="module")
def report_html(warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        path = write_report(con, out, chart_formats=("svg",))   # PNGs: see test_cmd_export's report test
    assert path == out / "report.html"
    return out, path.read_text(encoding="utf-8")


def text_of(html: str) -> str:
    html = re.sub(r"<svg.*?</svg>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_report_states_findings_with_known_figures(report_html):
    _, html = report_html
    text = text_of(html)
    assert "York bought the most laptops per head in 2020-21: 950 laptops, or 4.5 per 1,000 residents" in text
    assert "Kent paid the most per laptop: £1,450" in text
    assert "Glasgow refused it in full under s12 (excessive cost, FOISA)" in text
    assert "Sheffield is overdue" in text
    # the council without a population figure gets a note, and a dash in the tables, not a zero
    assert "No population figure in the register for Buckinghamshire CC" in text


def test_report_links_every_source(report_html):
    _, html = report_html
    links = set(re.findall(r'href="([^"]+)"', html))
    assert "https://www.whatdotheyknow.com/request/remote_working_devices_and_licences_5009" in links   # Sheffield
    assert ("https://www.whatdotheyknow.com/request/remote_working_devices_and_licences_5003/response/50030/"
            "attach/2/FOI%2021-3344%20response.xlsx") in links
    assert "https://www.whatdotheyknow.com/request/remote_working_devices_and_licences_5001#incoming-50010" in links


def test_report_is_self_contained_with_charts_beside_it(report_html):
    out, html = report_html
    assert "<svg" in html
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"<link[^>]+stylesheet", html)
    svgs = {p.name for p in (out / "charts").glob("*.svg")}
    assert {"laptops_per_1000.svg", "unit_costs.svg", "refusal_rates.svg", "exemptions.svg"} <= svgs
    assert 'href="charts/unit_costs.svg"' in html


def test_report_tables_per_question_and_coverage(report_html):
    _, html = report_html
    text = text_of(html)
    for heading in ("Question 1a: laptops", "Question 2b: Office 365", "Who answered", "Refusal rates",
                    "Laptops by type of council, 2020-21"):
        assert heading in text
    assert "Answered in part (some withheld)" in text


def test_empty_warehouse_report_says_what_to_do(tmp_path):
    con = db.connect(tmp_path / "empty.duckdb")
    path = write_report(con, tmp_path / "out")
    con.close()
    text = text_of(path.read_text())
    assert "The warehouse is empty: nothing has been crawled yet. Run `foi demo`" in text


def test_survey_without_answers_report_says_so(tmp_path):
    wh = build_warehouse(tmp_path / "w.duckdb", with_answers=False)
    with duckdb.connect(str(wh), read_only=True) as con:
        path = write_report(con, tmp_path / "out", survey=SURVEY, chart_formats=("svg",))
    text = text_of(path.read_text())
    assert f"No figures have been extracted for {SURVEY} yet: 9 of 9 councils are still awaited" in text
    assert "9 of 9 councils asked have not answered yet" in text


def test_hostile_text_and_links_are_neutralised(tmp_path):
    wh = build_warehouse(tmp_path / "w.duckdb")
    con = db.connect(wh)
    con.execute("UPDATE authorities SET short_name = '<script>alert(1)</script>' WHERE authority_key = 'BNE'")
    con.execute("UPDATE requests SET source_url = 'javascript:alert(1)' WHERE request_id = 'wdtk:5002'")
    path = write_report(con, tmp_path / "out", chart_formats=("svg",))
    con.close()
    html = path.read_text()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_export_all_writes_and_round_trips(warehouse, tmp_path):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        written = export.export_all(con, tmp_path)
        device_purchases = frames.read(con, "device_purchases")
        outcomes = frames.read(con, "request_outcomes")
    names = {p.name for p in written}
    for view in (*frames.VIEWS, *frames.TABLES):
        assert f"{view}.csv" in names and f"{view}.parquet" in names
    assert "foi-compare.xlsx" in names and "devices_per_1000.csv" in names
    # Parquet keeps types exactly, lists included
    assert pl.read_parquet(tmp_path / "device_purchases.parquet").equals(device_purchases)
    assert pl.read_parquet(tmp_path / "request_outcomes.parquet").equals(outcomes)
    # CSV: same rows, missing figures stay empty (not 0), lists joined with "; "
    csv = pl.read_csv(tmp_path / "device_purchases.csv", schema=frames.SCHEMAS["device_purchases"])
    assert csv.equals(device_purchases)
    camden = pl.read_csv(tmp_path / "request_outcomes.csv").filter(pl.col("authority_key") == "CMD")
    assert camden.filter(pl.col("survey") == SURVEY)["exemptions"].to_list() == ["s31(3)"]
    # XLSX: README first, one sheet per view, same number of rows
    book = openpyxl.load_workbook(tmp_path / "foi-compare.xlsx", read_only=True)
    assert book.sheetnames[0] == "README"
    assert set(frames.VIEWS) <= set(book.sheetnames)
    assert book["device_purchases"].max_row == device_purchases.height + 1


def test_export_does_not_turn_reply_text_into_formulas(tmp_path):
    wh = build_warehouse(tmp_path / "w.duckdb")
    con = db.connect(wh)
    con.execute("UPDATE answers SET quote = '=HYPERLINK(\"http://evil\")' WHERE authority_key = 'BNE'")
    export.export_all(con, tmp_path / "out", formats=("xlsx",))
    con.close()
    book = openpyxl.load_workbook(tmp_path / "out" / "foi-compare.xlsx")
    sheet = book["answers"]
    header = [c.value for c in sheet[1]]
    column = header.index("quote") + 1
    cells = [sheet.cell(row=r, column=column) for r in range(2, sheet.max_row + 1)]
    evil = [c for c in cells if c.value and "HYPERLINK" in str(c.value)]
    assert evil and all(c.data_type == "s" for c in evil)   # text, not a formula


def test_export_empty_warehouse_has_headers(tmp_path):
    con = db.connect(tmp_path / "e.duckdb")
    export.export_all(con, tmp_path / "out", formats=("csv",), include_analysis=False)
    con.close()
    header = (tmp_path / "out" / "device_purchases.csv").read_text().strip()
    assert header == ",".join(frames.SCHEMAS["device_purchases"])


def test_a_corrected_figure_shows_what_was_read_and_a_doubtful_one_says_why(tmp_path):
    path = build_warehouse(tmp_path / "foi.duckdb")
    with db.connect(path) as con:
        con.execute("UPDATE answers SET status = 'overridden', original_value = 1100, value = 1200 "
                    "WHERE authority_key = 'BNE' AND subject = 'laptops' AND period = '2020-21' AND measure = 'count' "
                    "AND status = 'extracted'")
        con.execute("UPDATE answers SET conflict = true, conflict_reason = 'two values for the same figure' "
                    "WHERE authority_key = 'YOR' AND subject = 'laptops' AND period = '2020-21' AND measure = 'count'")
        write_report(con, tmp_path / "out", survey=SURVEY, chart_formats=("svg",))
    text = text_of((tmp_path / "out" / "report.html").read_text(encoding="utf-8"))
    assert "1,200 (corrected; read as 1,100)" in text
    assert "950 (in doubt, to check: two values for the same figure)" in text
