"""Runs that die on a team warehouse: a crawl killed half way must not stay `running` for ever, and a crawl that
is really running elsewhere must not be called interrupted (tests/lake_fixtures.py starts the PostgreSQL)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

from tests.lake_fixtures import ROOT, catalog, foi, team  # noqa: F401 (fixtures)
from warehouse import db, lake


def _statuses(address: str) -> dict[str, str]:
    con = db.connect(address, read_only=True)
    try:
        return dict(con.execute("SELECT run_id, status FROM crawl_runs").fetchall())
    finally:
        con.close()


def _wait_running(address: str, count: int, procs: list[subprocess.Popen], timeout: float = 120) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        running = sorted(r for r, s in _statuses(address).items() if s == "running")
        if len(running) >= count:
            return running
        for p in procs:
            assert p.poll() is None, f"a crawl ended before it could be killed: {p.communicate()[0][-2000:]}"
        time.sleep(0.5)
    raise AssertionError(f"{count} crawls never showed as running")


def test_a_crawl_killed_on_a_lake_is_marked_interrupted_by_the_next_and_a_live_one_is_not(team, tmp_path,
                                                                                         make_replay):
    from tests.crawl_helpers import FAST

    address, env = team
    server = make_replay()
    fast = [arg for key, value in FAST.items() for arg in ("-s", f"{key}={value}")]
    # one request a second: these two crawls are still running when one is killed
    slow = [*fast, "-s", "DOWNLOAD_DELAY=1", "-s", "CONCURRENT_REQUESTS=1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]

    def crawl(batch: int, settings: list[str]) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "foi", "crawl", "whatdotheyknow", "--base-url",
                                 server.base_url, "--files-dir", str(tmp_path / f"files-{batch}"), *settings,
                                 "--batch", str(batch)], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True)

    def kill(proc: subprocess.Popen) -> None:
        # `foi crawl` and the Scrapy process it starts: SIGKILL to both, no chance to record anything
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)

    # the lake exists before anyone polls it
    db.connect(address).close()
    doomed = crawl(77, slow)
    [doomed_run] = _wait_running(address, 1, [doomed])
    alive = crawl(77, slow)
    running = _wait_running(address, 2, [doomed, alive])
    [alive_run] = [r for r in running if r != doomed_run]
    try:
        kill(doomed)
        assert _statuses(address)[doomed_run] == "running"

        # the next crawl, from another process, finds the dead one (its lease's process is gone) but not the
        # one still crawling
        nxt = foi("crawl", "whatdotheyknow", "--base-url", server.base_url, "--files-dir", str(tmp_path / "f"),
                  *fast, "--batch", "77", env=env)
        assert nxt.returncode == 0, nxt.stdout[-2000:] + nxt.stderr[-2000:]
        statuses = _statuses(address)
        assert statuses[doomed_run] == "interrupted"
        assert statuses[alive_run] == "running"
        assert sorted(statuses.values()) == ["finished", "interrupted", "running"]
    finally:
        kill(alive)


def test_an_import_on_a_lake_marks_a_dead_crawl_interrupted_too(team, tmp_path):
    address, env = team
    con = db.connect(address)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    pid = int(dead.stdout)
    db.upsert(con, "crawl_runs", [{"run_id": "killed", "spider": "whatdotheyknow", "status": "running",
                                   "started_at": "2026-12-06 10:00:00+00"}])
    con.execute(f"INSERT INTO {lake.LEASES} VALUES ('killed', ?, ?, now())", [lake.this_host(), pid])
    con.close()
    folder = tmp_path / "replies"
    folder.mkdir()
    (folder / "barnet.txt").write_text("London Borough of Barnet\n\nWe do not hold this information.\n")
    (folder / "foi-import.csv").write_text("file,council,request,date,title\n"
                                           "barnet.txt,BNE,7691884,2021-10-05,Remote working devices\n")
    out = foi("import", str(folder), env=env)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    statuses = _statuses(address)
    assert statuses.pop("killed") == "interrupted"
    assert list(statuses.values()) == ["finished"]


def test_which_runs_are_dead(team):
    address, _ = team
    con = db.connect(address)
    try:
        gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
        here, elsewhere = lake.this_host(), "laptop-of-ben/2b0c"
        long_ago = "now() - INTERVAL 1 HOUR"
        runs = {
            "quiet-elsewhere": (long_ago, [(elsewhere, 4242, "now() - INTERVAL 10 MINUTES")]),
            "renewed-elsewhere": (long_ago, [(elsewhere, 4242, "now() - INTERVAL 20 MINUTES"),
                                             (elsewhere, 4242, "now() - INTERVAL 5 SECONDS")]),
            "never-leased-long-ago": (long_ago, []),
            "just-started": ("now()", []),
            "process-gone-here": (long_ago, [(here, int(gone.stdout), "now()")]),
            "process-alive-here": (long_ago, [(here, os.getpid(), "now()")]),
        }
        for run_id, (started, leases) in runs.items():
            con.execute("INSERT INTO crawl_runs (run_id, spider, started_at, status) VALUES "
                        f"(?, 'whatdotheyknow', {started}, 'running')", [run_id])
            for host, pid, when in leases:
                con.execute(f"INSERT INTO {lake.LEASES} VALUES (?, ?, ?, {when})", [run_id, host, pid])
        con.execute("INSERT INTO crawl_runs (run_id, spider, started_at, status) VALUES "
                    "('done', 'whatdotheyknow', now(), 'finished')")

        dead = ["never-leased-long-ago", "process-gone-here", "quiet-elsewhere"]
        assert lake.dead_runs(con) == dead
        assert db.interrupt_dead_runs(con) == dead
        statuses = dict(con.execute("SELECT run_id, status FROM crawl_runs").fetchall())
        assert {r for r, s in statuses.items() if s == "interrupted"} == set(dead)
        assert statuses["done"] == "finished" and statuses["just-started"] == "running"
        assert db.interrupt_dead_runs(con) == []
    finally:
        con.close()


def test_a_lease_is_renewed_until_its_run_is_no_longer_running(team):
    address, _ = team
    con = db.connect(address)
    try:
        db.upsert(con, "crawl_runs", [{"run_id": "r1", "spider": "whatdotheyknow", "status": "running",
                                       "started_at": "2026-12-06 10:00:00+00"}])
        lease = lake.RunLease(con, "r1", interval=0.05)

        def renewals() -> int:
            return con.execute(f"SELECT count(*) FROM {lake.LEASES} WHERE run_id = 'r1'").fetchone()[0]

        deadline = time.monotonic() + 30
        while renewals() < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert renewals() >= 4
        assert lake.dead_runs(con, stale_after=5) == []
        db.upsert(con, "crawl_runs", [{"run_id": "r1", "status": "finished"}])
        lease._thread.join(timeout=30)
        assert not lease._thread.is_alive()
        settled = renewals()
        time.sleep(0.2)
        assert renewals() == settled
        lease.stop()
    finally:
        con.close()


def test_a_file_warehouse_still_marks_every_running_run_interrupted(tmp_path):
    con = db.connect(tmp_path / "foi.duckdb")
    try:
        db.upsert(con, "crawl_runs", [{"run_id": "old", "spider": "whatdotheyknow", "status": "running",
                                       "started_at": "2026-12-06 10:00:00+00"}])
        assert db.hold_run(con, "old") is None
        assert db.interrupt_dead_runs(con) == ["old"]
        assert con.execute("SELECT status FROM crawl_runs").fetchall() == [("interrupted",)]
    finally:
        con.close()
