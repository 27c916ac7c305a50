"""One set of numbers: the demo is built once, and every output a journalist can publish from — the console, the
report, the exports (CSV, XLSX, Parquet), `foi sql`, `foi review` and the notebooks — must give the numbers the
SQL views hold: councils asked, answered, awaiting and overdue, figures read and flagged, rates with their counts.

Each check reads the output as a reader would (the console's words, the report's HTML, the files, the CLI's JSON,
the notebook's printed text) and compares it with the views, so an output that computes a number of its own
instead of reading it fails here as soon as the two differ on the demo."""

from __future__ import annotations

import csv
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import nbformat
import openpyxl
import polars as pl
import pytest
from nbclient import NotebookClient

from analysis import findings, frames
from analysis.report import rate_with_counts
from warehouse import layers

ROOT = Path(__file__).resolve().parents[1]
SURVEY = "remote-working-2021"
COVERAGE = ["councils_asked", "answered", "refused", "awaiting", "overdue", "figures_extracted",
            "figures_needing_review"]
# the marts whose rows a reader sees as numbers in the report and the exports
NUMBER_MARTS = ["survey_coverage", "survey_councils", "devices_per_1000", "unit_costs", "spend_per_council",
                "licences_per_1000", "refusal_rates_overall", "exemption_counts"]

pytestmark = pytest.mark.xdist_group("demo")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("agree") / "demo"
    proc = subprocess.run([sys.executable, "-m", "foi", "demo", "--out", str(out)], cwd=ROOT,
                          env={**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"},
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return out, proc.stdout + proc.stderr   # the steps report on stderr, the summary on stdout


@pytest.fixture(scope="module")
def views(demo):
    """What the SQL views say: the one set of numbers every output must show."""
    con = duckdb.connect(str(demo[0] / "foi.duckdb"), read_only=True)
    try:
        coverage = con.execute(f"SELECT {', '.join(COVERAGE)} FROM survey_coverage WHERE survey = ?",
                               [SURVEY]).fetchall()[0]
        marts = {name: frames.read(con, name) for name in NUMBER_MARTS}
        flagged = con.execute("SELECT count(*) FROM int_answers__counted WHERE needs_review AND survey = ?",
                              [SURVEY]).fetchall()[0][0]
    finally:
        con.close()
    return {"coverage": dict(zip(COVERAGE, coverage)), "marts": marts, "flagged": flagged}


def number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_demo_is_not_a_vacuous_comparison(views):
    cov = views["coverage"]
    assert cov["councils_asked"] > 40 and cov["figures_extracted"] > 500
    # the demo's flagged figures include "September 2019: 107"-style months and nil-beside-a-price conflicts
    assert cov["figures_needing_review"] == views["flagged"] > 30
    assert all(views["marts"][name].height for name in NUMBER_MARTS)


def test_the_console_says_the_views_numbers(demo, views):
    found = re.search(r"([\d,]+) figures \(([\d,]+) to check by hand", demo[1])
    assert found, demo[1][-3000:]
    cov = views["coverage"]
    assert (number(found.group(1)), number(found.group(2))) == (cov["figures_extracted"],
                                                                cov["figures_needing_review"])


def report_html(demo) -> str:
    return (demo[0] / "report.html").read_text(encoding="utf-8")


def table_rows(page: str, anchor: str) -> list[list[str]]:
    """The cells of the report's table under id=anchor, as text."""
    at = page.index(f'id="{anchor}"')
    body = page[at:page.index("</table>", at)]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if cells:
            rows.append([html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cells])
    return rows


def test_the_report_counts_what_the_views_count(demo, views):
    page = report_html(demo)
    shown = {name: number(value) for name, value in re.findall(r'data-count="(\w+)">([\d,]+)<', page)}
    assert shown == views["coverage"]
    headline = findings.coverage(pl.DataFrame([{"survey": SURVEY, **views["coverage"]}]))
    assert html.escape(headline.text, quote=False) in page


def test_the_reports_rates_are_the_views_with_their_counts(demo, views):
    overall = views["marts"]["refusal_rates_overall"]
    expected = {(r["authority_name"], rate_with_counts(r["refusal_rate"], r["partially_withheld"] + r["withheld_in_full"],
                                                       r["resolvable"]),
                 rate_with_counts(r["in_time_rate"], r["answered_in_time"], r["answered"]))
                for r in overall.iter_rows(named=True)}
    shown = {(row[0], row[8], row[9]) for row in table_rows(report_html(demo), "refusal-rates")}
    assert shown == expected
    # a rate can be traced to the counts beside it: "83% (5 of 6)" is 5/6
    for _, refusal, in_time in shown:
        for cell in (refusal, in_time):
            if cell != "—":
                pct, part, whole = re.fullmatch(r"(\d+)% \(([\d,]+) of ([\d,]+)\)", cell).groups()
                assert int(pct) == round(100 * number(part) / number(whole))


def test_the_reports_per_head_figures_are_the_views(demo, views):
    per_1000 = views["marts"]["devices_per_1000"].filter(pl.col("survey") == SURVEY)
    expected = sorted((r["authority_name"], r["period"], findings.fmt_rate(r["quantity_per_1000"], 2)
                       if r["quantity_per_1000"] is not None else "—")
                      for r in per_1000.iter_rows(named=True))
    shown = sorted((row[0], row[2], row[8]) for row in table_rows(report_html(demo), "devices"))
    assert shown == expected


def test_the_exports_are_the_views(demo, views):
    exports = demo[0] / "exports"
    book = openpyxl.load_workbook(exports / "foi-compare.xlsx", read_only=True)
    for name in NUMBER_MARTS:
        want = views["marts"][name]
        parquet = pl.read_parquet(exports / f"{name}.parquet")
        # exemption_counts is exported with each exemption's heading beside the mart's columns
        assert parquet.columns[: want.width] == want.columns, name
        parquet = parquet.select(want.columns)
        assert parquet.sort(want.columns).equals(want.sort(want.columns)), name
        with (exports / f"{name}.csv").open(encoding="utf-8") as fh:
            assert sum(1 for _ in csv.reader(fh)) == want.height + 1, name
        assert book[name].max_row == want.height + 1, name
    # the counts themselves, as a spreadsheet user reads them
    with (exports / "survey_coverage.csv").open(encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["survey"] == SURVEY)
    assert {c: int(row[c]) for c in COVERAGE} == views["coverage"]
    sheet = list(book["survey_coverage"].iter_rows(values_only=True))
    got = dict(zip(sheet[0], next(r for r in sheet[1:] if r[0] == SURVEY)))
    assert {c: int(got[c]) for c in COVERAGE} == views["coverage"]


def run_foi(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "foi", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COLUMNS": "200"})


def test_foi_sql_over_the_views_gives_the_same_numbers(demo, views):
    db = str(demo[0] / "foi.duckdb")
    proc = run_foi("sql", "--db", db, "--format", "json",
                   f"SELECT {', '.join(COVERAGE)} FROM survey_coverage WHERE survey = '{SURVEY}'")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [views["coverage"]]
    # every derived mart is there for SQL users, with the rows the report and the exports show
    for name in NUMBER_MARTS:
        proc = run_foi("sql", "--db", db, "--format", "json", f"SELECT count(*) AS n FROM {name}")
        assert json.loads(proc.stdout) == [{"n": views["marts"][name].height}], name


def test_foi_review_lists_the_flagged_figures(demo, views, tmp_path):
    sheet = tmp_path / "review.csv"
    proc = run_foi("review", "--db", str(demo[0] / "foi.duckdb"), "--out", str(sheet), "--survey", SURVEY)
    assert proc.returncode == 0, proc.stderr
    with sheet.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == views["coverage"]["figures_needing_review"]
    # the warehouse's own doubts reach review with their reason
    assert any("may mean the year to" in r["reason"] for r in rows)
    # and the browser's queue (foi review --serve) lists the same figures, with the same reasons
    from review.queue import Filters, load_queue

    con = duckdb.connect(str(demo[0] / "foi.duckdb"), read_only=True)
    try:
        queue = load_queue(con, Filters(survey=SURVEY))
    finally:
        con.close()
    assert queue.total == len(rows)
    assert {i.answer_id: i.row["reason"] for i in queue.items} == {r["answer_id"]: r["reason"] for r in rows}


def run_notebook(name: str, db: Path, tmp_path: Path) -> str:
    book = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    env = {"FOI_DUCKDB": str(db), "FOI_NOTEBOOK_OUT": str(tmp_path / "out")}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        NotebookClient(book, timeout=180, kernel_name="python3",
                       resources={"metadata": {"path": str(tmp_path)}}).execute()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    return "\n".join(str(o.get("text", "")) for o in outputs)


def test_the_notebooks_say_the_views_numbers(demo, views, tmp_path):
    cov = views["coverage"]
    quick = run_notebook("01-quick-start.ipynb", demo[0] / "foi.duckdb", tmp_path)
    found = re.search(r"([\d,]+) councils asked; ([\d,]+) answered, ([\d,]+) refused all or part, ([\d,]+) still "
                      r"awaited(?: \(([\d,]+) overdue\))?\. ([\d,]+) figures extracted(?:, ([\d,]+) of them flagged)?",
                      quick)
    assert found, quick
    said = [number(g) if g else 0 for g in found.groups()]
    assert said == [cov[c] for c in COVERAGE]
    refusals = run_notebook("03-refusal-rates.ipynb", demo[0] / "foi.duckdb", tmp_path)
    if cov["awaiting"]:
        assert f"{cov['awaiting']} of {cov['councils_asked']} councils asked" in refusals, refusals
    else:
        assert f"All {cov['councils_asked']} councils asked have answered." in refusals, refusals


def test_every_number_the_outputs_show_is_a_mart_of_the_contract():
    # the derived tables are marts (SQL users see them), not frames computed in analysis/
    assert set(NUMBER_MARTS) <= set(layers.marts())
    from analysis import export

    assert set(export.ANALYSIS_FRAMES) == {"exemption_counts"}
