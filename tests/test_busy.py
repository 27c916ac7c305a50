"""A second writer while one holds the warehouse: every `foi` command says "the warehouse is busy" and what to
do, exits non-zero without a traceback, and changes nothing. The holder is a real separate process with the
DuckDB file open for writing, as a running crawl or `foi extract` would have it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from foi.cli import cli
from foi.cmd_crawl import run_crawl
from warehouse import db

ROOT = Path(__file__).resolve().parents[1]
HOLD = ("import sys, time, duckdb\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('CREATE TABLE IF NOT EXISTS holder_was_here (x INTEGER)')\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n")   # holds the write lock until the test closes stdin


@pytest.fixture
def held(tmp_path):
    path = tmp_path / "foi.duckdb"
    con = db.connect(path)   # a real warehouse with the raw schema
    con.execute("INSERT INTO authorities (authority_key, name, source) VALUES ('BNE', 'Barnet', 'register')")
    con.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield path
    finally:
        holder.stdin.close()
        holder.wait(timeout=20)
    # nothing was changed by the refused commands
    con = db.connect(path, read_only=True)
    try:
        assert con.execute("SELECT authority_key FROM authorities").fetchall() == [("BNE",)]
        tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert "answers" not in tables   # foi extract did not get to write its layer
    finally:
        con.close()


def foi(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "foi", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def assert_busy(code: int, output: str, path: Path) -> None:
    assert code != 0
    assert "Traceback" not in output, output
    assert f"The warehouse {path} is busy" in output, output
    assert "Wait for it to finish" in output


@pytest.mark.parametrize("args", [
    ["extract", "-q"],
    ["crawl", "whatdotheyknow", "--batch", "77", "--base-url", "http://127.0.0.1:9"],
    ["authorities"],
])
def test_writers_are_told_the_warehouse_is_busy(held, args):
    out = foi(*args, "--db", str(held))
    assert_busy(out.returncode, out.stdout + out.stderr, held)


@pytest.mark.parametrize("args", [
    ["sql", "SELECT count(*) FROM authorities"],
    ["sql", "--write", "DELETE FROM authorities"],
    ["review"],
    ["extract", "--survey", "remote-working-2021"],
    ["export"],
    ["report"],
])
def test_every_other_command_is_told_too(held, args, tmp_path):
    runner = CliRunner()
    extra = ["--out", str(tmp_path / "out")] if args[0] in ("export", "report") else []
    result = runner.invoke(cli, [*args, "--db", str(held), *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert_busy(result.exit_code, result.output + (result.stderr if result.stderr_bytes else ""), held)


def test_a_crawl_started_without_the_cli_fails_clearly(held, tmp_path):
    """`scrapy crawl` or run_crawl() skip the CLI's check: the spider itself must refuse and say why."""
    result = run_crawl("whatdotheyknow", {"batch": 77}, {"FOI_DUCKDB": str(held), "FOI_FILES_DIR": str(tmp_path / "f"),
                                                          "WDTK_BASE_URL": "http://127.0.0.1:9", "LOG_LEVEL": "ERROR"},
                       timeout=60)
    assert result["status"] == "failed" and result["exit_code"] != 0
    assert "busy" in result.get("error", ""), result
