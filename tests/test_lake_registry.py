"""The council register, the disclosure-log registry and disclosure-log crawls on a team warehouse
(tests/lake_fixtures.py starts the PostgreSQL): `foi authorities`, `foi disclosure-logs load` and a
disclosure_log crawl next to a WhatDoTheyKnow crawl, at the same time, into one lake."""

from __future__ import annotations

import json
import subprocess
import sys

from dev import build_disclosure_logs as generate
from tests.lake_fixtures import ROOT, catalog, foi, team  # noqa: F401 (fixtures)
from warehouse import db
from warehouse.disclosure_registry import by_code

TRUTH = json.loads(generate.TRUTH_FILE.read_text(encoding="utf-8"))


def _rows(address: str, sql: str, params: list | None = None) -> list[tuple]:
    con = db.connect(address, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_two_authorities_loads_at_once_leave_one_row_per_council_with_its_log(team):
    address, env = team
    loads = [subprocess.Popen([sys.executable, "-m", "foi", "authorities"], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in loads:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-2000:]
        assert "Loaded" in out and "disclosure logs of" in out
    [(rows, keys, logs)] = _rows(address, "SELECT count(*), count(DISTINCT authority_key), "
                                          "count(disclosure_log_url) FROM authorities")
    assert rows == keys > 300 and logs > 0
    [(name, population)] = _rows(address, "SELECT name, population FROM authorities WHERE authority_key = 'BNE'")
    assert "Barnet" in name and population > 100_000

    # the imitation logs' registry over the real one: the same councils, their demo log addresses
    loaded = foi("disclosure-logs", "load", "--registry", "demo", env=env)
    assert loaded.returncode == 0, loaded.stderr
    line = by_code("demo")["MAN"]
    assert _rows(address, "SELECT disclosure_log_url, disclosure_log_platform FROM authorities "
                          "WHERE authority_key = 'MAN'") == [(line.url, line.platform)]
    assert _rows(address, "SELECT count(*) - count(DISTINCT authority_key) FROM authorities") == [(0,)]


def test_a_disclosure_log_crawl_beside_a_whatdotheyknow_crawl_links_their_requests(team, tmp_path, replay_server):
    from tests.crawl_helpers import FAST

    address, env = team
    fast = [arg for key, value in FAST.items() for arg in ("-s", f"{key}={value}")]
    councils = ["MAN", "BNE", "SWK"]

    def crawl(*args: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "foi", "crawl", *args, "--files-dir",
                                 str(tmp_path / "files"), *fast], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)

    db.connect(address).close()
    # a journalist crawls the batch while another crawls three councils' logs, into one lake at once
    crawls = [crawl("whatdotheyknow", "--base-url", replay_server.base_url, "--batch", "2417"),
              crawl("disclosure_log", "-a", f"council={','.join(councils)}", "-s",
                    f"DISCLOSURE_LOG_BASE_URL={replay_server.base_url}")]
    for c in crawls:
        log, _ = c.communicate(timeout=600)
        assert c.returncode == 0, log[-3000:]
    # the log crawl may have finished before the batch was in: `foi disclosure-logs load` links them again
    relinked = foi("disclosure-logs", "load", "--registry", "demo", env=env)
    assert relinked.returncode == 0, relinked.stderr

    truth = {r["request_id"]: r["linked_request_id"] for r in TRUTH["requests"]
             if r["local_authority_code"] in councils}
    linked = dict(_rows(address, "SELECT request_id, linked_request_id FROM requests WHERE source = 'disclosure_log'"))
    assert linked == truth and any(truth.values())
    back = dict(_rows(address, "SELECT request_id, linked_request_id FROM requests WHERE source = 'whatdotheyknow' "
                               "AND linked_request_id IS NOT NULL"))
    assert back == {w: d for d, w in truth.items() if w}
    for code in councils:
        [(n, wdtk_id, url)] = _rows(address, "SELECT count(*), any_value(wdtk_id), any_value(disclosure_log_url) "
                                             "FROM authorities WHERE authority_key = ?", [code])
        assert n == 1 and wdtk_id is not None and url == by_code("demo")[code].url, code
    assert _rows(address, "SELECT status, count(*) FROM crawl_runs GROUP BY 1") == [("finished", 2)]
