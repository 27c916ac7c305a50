"""`foi crawl`: a thin command around the spider; clear usage errors, a summary, a failing exit code."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from foi.cmd_crawl import crawl
from tests.crawl_helpers import FAST, rows


def test_crawl_needs_a_target():
    result = CliRunner().invoke(crawl, ["whatdotheyknow", "--since", "2021-01-01"])
    assert result.exit_code == 2 and "--batch ID, --body NAME, --tag TAG or --query TEXT" in result.output


def test_foi_crawl_runs_and_exits_non_zero_on_an_unknown_batch(make_replay, tmp_path):
    server = make_replay()
    db = tmp_path / "w.duckdb"
    fast = [arg for key, value in FAST.items() for arg in ("-s", f"{key}={value}")]
    base = [sys.executable, "-m", "foi", "crawl", "whatdotheyknow", "--base-url", server.base_url, "--db", str(db),
            "--files-dir", str(tmp_path / "files"), *fast]
    # the batch page's address, as pasted from a browser, is the batch
    ok = subprocess.run([*base, "--batch", f"{server.base_url}/info_request_batch/77", "--limit", "3"],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr[-2000:]
    assert "requests stored:     3" in ok.stdout
    bad = subprocess.run([*base, "--batch", "78"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "batch 78 was not found" in bad.stdout + bad.stderr
    assert rows(db, "SELECT status FROM crawl_runs ORDER BY started_at") == [("finished",), ("failed",)]


def test_a_batch_number_that_cannot_be_one_is_refused_before_anything_is_fetched():
    for value, says in [("-5", "batch numbers start at 1"), ("0", "batch numbers start at 1"),
                        ("laptops", "is not a batch number or a batch page's address")]:
        result = CliRunner().invoke(crawl, ["whatdotheyknow", "--batch", value])
        assert result.exit_code == 2 and says in result.output, result.output
        assert "Traceback" not in result.output
