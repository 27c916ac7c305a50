"""`foi demo` end to end, as a user runs it: the README's first command, offline, then its outputs checked
against the warehouse it wrote, and every notebook run top to bottom against that warehouse.

The demo is built once per test session (and per xdist worker: the tests share the group "demo", which
run.py's `--dist loadgroup` keeps on one worker).
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import nbformat
import pytest
from nbclient import NotebookClient

from tests.docs_examples import doc_files, sql_examples, tour_commands

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
pytestmark = pytest.mark.xdist_group("demo")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "data" / "demo"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.run([sys.executable, "-m", "foi", "demo", "--out", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out, proc


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_demo_says_what_it_did_and_what_to_open(demo):
    out, proc = demo
    assert "Finished. Open these next:" in proc.stdout and str(out / "report.html") in proc.stdout
    # progress goes to stderr, step by step
    assert re.search(r"\[1/\d\] Loading the register", proc.stderr)
    assert "Crawling WhatDoTheyKnow" in proc.stderr and "Extracting answers" in proc.stderr


def test_the_console_the_report_and_the_review_sheet_count_the_same_figures(demo):
    out, proc = demo
    said = re.search(r"(\d+) figures \((\d+) to check by hand", proc.stderr)
    assert said, proc.stderr[-2000:]
    figures, flagged = int(said.group(1)), int(said.group(2))
    html = (out / "report.html").read_text(encoding="utf-8")
    assert f"{figures} figures extracted, {flagged} of them flagged" in _text(html)
    con = duckdb.connect(str(out / "foi.duckdb"), read_only=True)
    try:
        from warehouse.overrides import review_rows
        assert len(review_rows(con)) == flagged > 0
    finally:
        con.close()


def test_report_shows_barnets_figures_as_the_warehouse_holds_them(demo):
    out, _ = demo
    con = duckdb.connect(str(out / "foi.duckdb"), read_only=True)
    quantity = con.execute("SELECT quantity FROM device_purchases WHERE authority_key = 'BNE' AND device = 'laptops' "
                           "AND period = '2019-20'").fetchall()
    assert quantity == [(426.0,)]
    unit = con.execute("SELECT unit_cost_gbp FROM device_purchases WHERE authority_key = 'BNE' "
                       "AND device = 'tablets' AND unit_cost_gbp IS NOT NULL").fetchall()
    con.close()
    text = _text((out / "report.html").read_text(encoding="utf-8"))
    assert re.search(r"Barnet laptops number 2019-20 426 Laptops - 426", text)
    assert unit == [(1141.15,)] and "£1,141.15" in text
    # the report is self-contained: no script or stylesheet fetched from elsewhere
    html = (out / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=\"https?:", html)


def test_report_links_back_to_the_sources(demo):
    out, _ = demo
    html = (out / "report.html").read_text(encoding="utf-8")
    con = duckdb.connect(str(out / "foi.duckdb"), read_only=True)
    url = con.execute("SELECT source_url FROM attachments WHERE request_id IN "
                      "(SELECT request_id FROM requests WHERE authority_key = 'EDH' AND source = 'whatdotheyknow') "
                      "AND extraction_status = 'ok' LIMIT 1").fetchall()
    con.close()
    assert url and url[0][0].split("?")[0] in html


def test_charts_and_exports_are_written(demo):
    out, _ = demo
    pngs = sorted((out / "charts").glob("*.png"))
    assert len(pngs) >= 5 and all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    assert len(list((out / "charts").glob("*.svg"))) == len(pngs)
    for view in ("device_purchases", "licence_counts", "refusal_rates", "survey_coverage"):
        assert (out / "exports" / f"{view}.parquet").stat().st_size > 0
        with open(out / "exports" / f"{view}.csv", newline="", encoding="utf-8") as f:
            assert len(list(csv.reader(f))) >= 2, view
    assert (out / "exports" / "foi-compare.xlsx").read_bytes()[:2] == b"PK"


def test_the_demo_says_everywhere_that_its_replies_are_invented(demo):
    out, _ = demo
    html = (out / "report.html").read_text(encoding="utf-8")
    banner = re.search(r'<p class="banner"[^>]*id="data-note">(.*?)</p>', html, re.S)
    assert banner and "DEMONSTRATION DATA" in banner.group(1) and "invented" in banner.group(1)
    assert html.index('id="data-note"') < html.index("<h1>")               # before anything else
    # every chart's source line says so too (the SVGs carry their footer)
    for svg in (out / "charts").glob("*.svg"):
        assert "Demonstration data" in svg.read_text(encoding="utf-8"), svg.name
    readme = (out / "exports" / "README.txt").read_text(encoding="utf-8")
    assert readme.splitlines()[2].startswith("DEMONSTRATION DATA") and "device_purchases:" in readme
    import openpyxl

    sheet = openpyxl.load_workbook(out / "exports" / "foi-compare.xlsx", read_only=True)["README"]
    assert "DEMONSTRATION DATA" in str(next(sheet.iter_rows(max_row=1, values_only=True)))


def test_every_batch_request_and_the_everyday_ones_were_crawled(demo):
    out, _ = demo
    site = json.loads((ROOT / "replay" / "corpus" / "site.json").read_text(encoding="utf-8"))
    con = duckdb.connect(str(out / "foi.duckdb"), read_only=True)
    n = con.execute("SELECT count(*) FROM requests WHERE source = 'whatdotheyknow'").fetchall()[0][0]
    logs = con.execute("SELECT count(*) FROM requests WHERE source = 'disclosure_log'").fetchall()[0][0]
    runs = con.execute("SELECT status FROM crawl_runs").fetchall()
    con.close()
    visible = [r for r in site["info_requests"] if r.get("prominence", "normal") in ("normal", "backpage")]
    assert n == len(visible)
    assert logs > 0 and all(r == ("finished",) for r in runs)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_the_demo_warehouse(demo, path, tmp_path, monkeypatch):
    out, _ = demo
    warehouse = tmp_path / "data" / "foi.duckdb"           # a copy: notebooks save beside the warehouse they read
    warehouse.parent.mkdir()
    warehouse.write_bytes((out / "foi.duckdb").read_bytes())
    monkeypatch.setenv("FOI_DUCKDB", str(warehouse))
    monkeypatch.delenv("FOI_NOTEBOOK_OUT", raising=False)
    monkeypatch.delenv("FOI_ONLINE", raising=False)
    book = nbformat.read(path, as_version=4)
    client = NotebookClient(book, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(str(o.get("text", "")) + json.dumps(o.get("data", {})) for o in outputs)
    if path.stem.startswith("01"):
        assert "Barnet" in text
    # what a notebook saves goes under data/, beside the warehouse, never into the checkout's notebooks/
    assert (tmp_path / "data" / "notebooks").is_dir() or path.stem.startswith("01"), path.stem
    assert not list(tmp_path.glob("my-output*"))


def test_foi_run_is_the_same_pipeline_pointed_at_a_site(tmp_path):
    # `foi run` is what a journalist runs against the real WhatDoTheyKnow; here the site is the replay
    from replay.server import ReplayServer

    srv = ReplayServer(port=0).start()
    try:
        _run_against(srv, tmp_path)
    finally:
        srv.stop()


def _run_against(srv, tmp_path):
    out = tmp_path / "data"
    env = {**os.environ, "FOI_CONTACT": "tests@example.org"}
    proc = subprocess.run([sys.executable, "-m", "foi", "run", "--body", "london_borough_of_barnet",
                           "--base-url", srv.base_url, "--out", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (out / "report.html").exists() and (out / "foi.duckdb").exists()
    con = duckdb.connect(str(out / "foi.duckdb"), read_only=True)
    got = con.execute("SELECT quantity FROM device_purchases WHERE authority_key = 'BNE' AND device = 'laptops' "
                      "AND period = '2019-20'").fetchall()
    con.close()
    assert got == [(426.0,)]
    assert srv.hits()["by_route"].get("batch_html", 0) == 0   # a body crawl reads the body pages, not the batch
    # a run against a site says nothing of demonstration data: the data is what the site served
    assert 'id="data-note"' not in (out / "report.html").read_text(encoding="utf-8")
    assert "DEMONSTRATION" not in (out / "exports" / "README.txt").read_text(encoding="utf-8")


def test_foi_run_says_what_to_crawl(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "foi", "run", "--out", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "--batch, --body, --tag or --query" in proc.stderr


def test_foi_run_stops_with_the_crawls_reason_when_nothing_could_be_crawled(tmp_path):
    from replay.server import ReplayServer

    with ReplayServer(port=0) as srv:
        proc = subprocess.run([sys.executable, "-m", "foi", "run", "--body", "no_such_council",
                               "--base-url", srv.base_url, "--out", str(tmp_path)], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "no body 'no_such_council'" in proc.stderr


def test_a_fresh_run_keeps_the_journalists_corrections(tmp_path):
    from foi.pipeline import local_settings, run_pipeline
    from replay.server import ReplayServer
    from warehouse import db
    from warehouse.overrides import Override, store_overrides

    srv = ReplayServer(port=0).start()
    try:
        args = dict(out_dir=tmp_path / "data", crawl_args={"body": "london_borough_of_barnet"},
                    settings=local_settings(srv.base_url), disclosure_args=None, echo=lambda s: None)
        first = run_pipeline(**args)
        con = db.connect(first.db_file)
        (answer_id, value), = con.execute("SELECT answer_id, value FROM answers WHERE authority_key = 'BNE' "
                                          "AND subject = 'laptops' AND period = '2019-20' AND measure = 'count'"
                                          ).fetchall()
        store_overrides(con, [Override(answer_id, value + 1, "checked against the PDF")], "review.xlsx")
        con.close()
        lines: list[str] = []
        second = run_pipeline(**{**args, "echo": lines.append})     # fresh: a new warehouse
    finally:
        srv.stop()
    con = duckdb.connect(str(second.db_file), read_only=True)
    kept = con.execute("SELECT corrected_value, note, source_file FROM answer_overrides WHERE answer_id = ?",
                       [answer_id]).fetchall()
    shown = con.execute("SELECT value FROM answers WHERE answer_id = ?", [answer_id]).fetchall()
    con.close()
    assert kept == [(value + 1, "checked against the PDF", "review.xlsx")]
    assert shown == [(value + 1,)]
    assert any("kept 1 correction" in line for line in lines)


def test_after_the_demo_the_tours_commands_find_its_warehouse(demo):
    # run from the folder that holds data/demo/, with no data/foi.duckdb and no FOI_DUCKDB, as a new user would
    out, _ = demo
    env = {k: v for k, v in os.environ.items() if k != "FOI_DUCKDB"}
    proc = subprocess.run([sys.executable, "-m", "foi", "sql", "SELECT count(*) AS n FROM about"],
                          cwd=out.parent.parent, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "reading the demo's warehouse" in proc.stderr and "1" in proc.stdout


def test_the_readmes_tour_runs_as_written(demo, tmp_path):
    # every line of the five-minute tour, verbatim, from a folder holding the demo's data/ (and the checkout's
    # tests/ files the tour reads), with `foi` on the PATH as after `source .venv/bin/activate`
    out, _ = demo
    home = out.parent.parent
    if not (home / "tests").exists():
        (home / "tests").symlink_to(ROOT / "tests")
    env = {k: v for k, v in os.environ.items() if k != "FOI_DUCKDB"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    for line in tour_commands((ROOT / "README.md").read_text(encoding="utf-8")):
        proc = subprocess.run(line, shell=True, cwd=home, env=env, capture_output=True, text=True, timeout=300)
        # `foi survey check` exits 1 while a survey has something to look at, as linters do: a fresh draft has
        linted = line.startswith("foi survey check") and proc.returncode == 1 and "to look at" in proc.stdout
        assert proc.returncode == 0 or linted, f"{line}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    assert (home / "data" / "littering.toml").exists() and (out / "report.html").exists()


def test_every_sql_example_in_the_docs_runs_on_the_demo(demo):
    out, _ = demo
    con = duckdb.connect(str(out / "foi.duckdb"), read_only=True)
    failed = []
    try:
        examples = [e for path in doc_files() for e in sql_examples(path)]
        for example in examples:
            try:
                con.execute(example.sql).fetchall()
            except duckdb.Error as exc:
                failed.append(f"{example.where}: {str(exc).splitlines()[0]}")
    finally:
        con.close()
    assert len(examples) >= 20 and not failed, "\n".join(failed)
