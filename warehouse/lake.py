"""A team warehouse: DuckLake, its catalog in PostgreSQL and its data files in a shared folder or on S3.

``--db`` / ``FOI_DUCKDB`` set to ``ducklake:postgres:dbname=foi host=… user=…`` opens one (see
docs/team-warehouse.md); ``FOI_LAKE_DATA_PATH`` says where its Parquet files live. Several DuckDB processes may
write to it at once and every commit is a snapshot that can be read back (``as_of``).

Nothing is downloaded at run time: the ``postgres`` and ``ducklake`` extensions (and ``httpfs``, for data files
on S3) come from their PyPI wheels (``duckdb-extension-postgres``, ``-ducklake``, ``-httpfs``, the ``lake``
extra), which exist for one DuckDB release each, hence the exact DuckDB pin in pyproject.toml.

Since several processes write at once, what a DuckDB file gets from its single writer is made here: a write
fence per keyed table (no twins without unique keys), retried commits, and run leases (a crawl killed half way
is told apart from one still running on another machine).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import random
import re
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import duckdb

PREFIX = "ducklake:"
CATALOGS = ("postgres:",)
ALIAS = "foi_lake"
# The DuckDB extension name, and the wheel that carries it for this DuckDB release.
EXTENSIONS = (("postgres", "duckdb_extension_postgres"), ("ducklake", "duckdb_extension_ducklake"))
# Loaded only for a lake whose data files are on object storage (s3://…): it costs a tenth of a second a process.
HTTPFS = ("httpfs", "duckdb_extension_httpfs")
INSTALL_HINT = "pip install 'foi-compare[lake]' (DuckDB and the extension wheels of the same release)"

T = TypeVar("T")
logger = logging.getLogger(__name__)


class LakeError(RuntimeError):
    """The lake cannot be opened; the message says why and what to do."""


def is_address(target: object) -> bool:
    return str(target).startswith(PREFIX)


def catalog_of(address: str) -> str:
    """The catalog part of a lake address, checked: only a PostgreSQL catalog lets several machines write."""
    rest = address[len(PREFIX):]
    if not rest.startswith(CATALOGS):
        raise LakeError(f"{address!r} is not a team warehouse address: write ducklake:postgres:dbname=… host=… "
                        "user=… (a DuckLake whose catalog is in PostgreSQL; see docs/team-warehouse.md).")
    if "=" not in rest:
        raise LakeError(f"{address!r} names no PostgreSQL database: add its connection settings, e.g. "
                        "ducklake:postgres:dbname=foi host=db.newsroom.internal user=foi.")
    return rest


def data_path(explicit: str | None = None) -> str | None:
    """Where the lake's data files live (FOI_LAKE_DATA_PATH): a folder every writer sees, or s3://bucket/prefix.
    None: the one the catalog recorded when the lake was made."""
    value = explicit or os.environ.get("FOI_LAKE_DATA_PATH") or None
    if not value:
        return None
    if not is_remote(value):
        value = str(Path(value).expanduser().resolve())
    # DuckLake joins file names onto the path as text
    return value.rstrip("/") + "/"


def is_remote(path: str | None) -> bool:
    return bool(path) and "://" in str(path)


def s3_secret(env: dict[str, str] | None = None) -> str | None:
    """The CREATE SECRET statement for the lake's object storage, from the settings the AWS tools read
    (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, and AWS_ENDPOINT_URL_S3 or
    AWS_ENDPOINT_URL for an S3-compatible server such as MinIO). None when none is set: DuckDB then asks S3
    without credentials. The statement holds the keys: never print it."""
    env = os.environ if env is None else env
    options = {"TYPE": "s3"}
    for option, name in (("KEY_ID", "AWS_ACCESS_KEY_ID"), ("SECRET", "AWS_SECRET_ACCESS_KEY"),
                         ("SESSION_TOKEN", "AWS_SESSION_TOKEN")):
        if env.get(name):
            options[option] = env[name]
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if region:
        options["REGION"] = region
    endpoint = env.get("AWS_ENDPOINT_URL_S3") or env.get("AWS_ENDPOINT_URL")
    if endpoint:
        parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise LakeError(f"AWS_ENDPOINT_URL {endpoint!r} is not an S3 server's address: write "
                            "http(s)://host:port, e.g. http://minio.newsroom.internal:9000.")
        options["ENDPOINT"] = parts.netloc
        options["USE_SSL"] = parts.scheme == "https"
        # S3-compatible servers (MinIO, Ceph, Garage) serve buckets as a path, not as a host name of their own
        options["URL_STYLE"] = env.get("FOI_LAKE_S3_URL_STYLE") or "path"
    if len(options) == 1:
        return None
    body = ", ".join(f"{k} {v}" if isinstance(v, bool) else f"{k} '{_quote(str(v))}'" for k, v in options.items())
    return f"CREATE OR REPLACE TEMPORARY SECRET foi_lake_s3 ({body})"


def load_object_storage(con: duckdb.DuckDBPyConnection) -> None:
    """Load httpfs (from its wheel) and give it the object storage's credentials."""
    _load(con, *HTTPFS)
    statement = s3_secret()
    if statement:
        try:
            con.execute(statement)
        except duckdb.Error as exc:
            # the statement holds the keys: the message names the settings, never their values
            raise LakeError(f"DuckDB refused the object storage settings (AWS_* variables): "
                            f"{type(exc).__name__}. Check AWS_ENDPOINT_URL and AWS_REGION.") from None


def extension_file(name: str, module_name: str) -> Path:
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise LakeError(f"A team warehouse needs DuckDB's {name} extension, from the {module_name} wheel, which is "
                        f"not installed: {INSTALL_HINT}.") from exc
    folder = Path(module.__file__).parent / "extensions"
    wanted = folder / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
    if not wanted.is_file():
        found = sorted(p.name for p in folder.glob("v*")) or ["none"]
        raise LakeError(f"The installed {module_name} wheel carries the {name} extension for DuckDB "
                        f"{', '.join(found)}, but this is DuckDB v{duckdb.__version__}: {INSTALL_HINT}.")
    return wanted


def load_extensions(con: duckdb.DuckDBPyConnection) -> None:
    """Install (a local file copy into DuckDB's extension folder, no network) and load both extensions."""
    for name, module_name in EXTENSIONS:
        _load(con, name, module_name)


def _load(con: duckdb.DuckDBPyConnection, name: str, module_name: str) -> None:
    path = extension_file(name, module_name)
    con.execute(f"INSTALL '{_quote(str(path))}'")
    con.execute(f"LOAD {name}")


def open_lake(address: str, *, read_only: bool = False, as_of: datetime | str | None = None,
              data: str | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection whose default database is the lake at ``address`` (as it was at ``as_of``: then
    read only)."""
    catalog = catalog_of(address)
    # autoinstall off: an extension that is not in its wheel is an error here, never a download
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        load_extensions(con)
        options = []
        path = data_path(data)
        if is_remote(path):
            load_object_storage(con)
        if path and not read_only and as_of is None:
            options.append(f"DATA_PATH '{_quote(path)}'")
        if read_only or as_of is not None:
            options.append("READ_ONLY")
        if as_of is not None:
            stamp = as_of.isoformat() if isinstance(as_of, datetime) else str(as_of)
            options.append(f"SNAPSHOT_TIME '{_quote(stamp)}'")
        where = f" ({', '.join(options)})" if options else ""
        _attach(con, f"ATTACH '{_quote(PREFIX + catalog)}' AS {ALIAS}{where}", address, as_of)
        con.execute(f"USE {ALIAS}")
        # a session in UTC, as the file warehouse's writers assume
        con.execute("SET TimeZone = 'UTC'")
    except BaseException:
        con.close()
        raise
    return con


def recorded_data_path(con: duckdb.DuckDBPyConnection) -> str | None:
    """The data path the lake's catalog recorded when it was made."""
    rows = con.execute(f"SELECT value FROM __ducklake_metadata_{ALIAS}.ducklake_metadata "
                       "WHERE key = 'data_path'").fetchall()
    return rows[0][0] if rows else None


def _attach(con: duckdb.DuckDBPyConnection, statement: str, address: str, as_of, attempts: int = 6) -> None:
    for attempt in range(attempts):
        try:
            con.execute(statement)
            return
        except duckdb.Error as exc:
            if "requires the extension httpfs" in str(exc) and not _loaded(con, HTTPFS[0]):
                # not told where the files are (a reader): the catalog says they are on object storage
                load_object_storage(con)
                continue
            # Two writers opening a new lake both create its catalog tables; PostgreSQL lets one win and the
            # other, tried again, opens the catalog the winner made.
            racing = "initialize" in str(exc) and ("already exists" in str(exc) or "duplicate key" in str(exc))
            if not racing or attempt == attempts - 1:
                raise LakeError(_attach_failure(address, exc, as_of)) from exc
            time.sleep(0.1 * (attempt + 1))


def _loaded(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = ?", [name]).fetchall()
                [0][0])


def _attach_failure(address: str, exc: duckdb.Error, as_of) -> str:
    text = str(exc)
    if "No snapshot found" in text:
        return (f"The team warehouse {address} has no snapshot at or before {as_of}: its first commit is later, "
                "or the snapshots of that time were expired (ducklake_expire_snapshots). Give a later --as-of time; "
                "`foi sql \"SELECT * FROM foi_lake.snapshots()\"` lists the ones kept.")
    if "creating a new DuckLake is explicitly disabled" in text:
        return (f"The team warehouse {address} has no lake yet: its PostgreSQL database is there but empty. The "
                "first command that writes (foi crawl, foi import) makes it.")
    if "connect" in text.lower() or "password" in text.lower():
        return (f"Cannot reach the team warehouse's PostgreSQL catalog ({address}): {text.strip()}. Check that the "
                "server runs and that dbname, host, port and user are right (see docs/team-warehouse.md).")
    if "DATA_PATH" in text or "data path" in text.lower():
        return f"The team warehouse {address} needs its data folder: set FOI_LAKE_DATA_PATH ({text.strip()})."
    return f"Cannot open the team warehouse {address}: {text.strip()}"


def storage_failure(address: str, exc: duckdb.Error) -> str:
    """What to tell someone whose lake's data files cannot be reached (an HTTP error from object storage)."""
    first = str(exc).strip().splitlines()
    detail = " ".join(line.strip() for line in first if line.strip())[:400]
    return (f"The team warehouse {address} cannot write its data files: {detail}. Check that the bucket in "
            "FOI_LAKE_DATA_PATH exists and that AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION (and "
            "AWS_ENDPOINT_URL for a server that is not AWS) are set (see docs/team-warehouse.md).")


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the connection's default database is a DuckLake (which has no keys or indexes)."""
    # fetchall: DuckDB 2 keeps a half-read result open on the connection
    rows = con.execute("SELECT type FROM duckdb_databases() WHERE database_name = current_database()").fetchall()
    return bool(rows) and rows[0][0] == "ducklake"


_COLUMN_KEY = re.compile(r"\s+PRIMARY\s+KEY\b", re.I)
_TABLE_KEY = re.compile(r",\s*PRIMARY\s+KEY\s*\([^)]*\)", re.I)


def without_keys(ddl: str) -> str:
    """The CREATE TABLE statements of ``ddl`` without their PRIMARY KEY clauses, which DuckLake refuses: there
    the writers merge on the keys instead (warehouse.db.write_rows), which the original DDL still records."""
    return _COLUMN_KEY.sub("", _TABLE_KEY.sub("", ddl))


def declared_keys(*ddl: str) -> dict[str, list[str]]:
    """{table: primary key columns} as ``ddl`` declares them, read from a scratch in-memory DuckDB."""
    scratch = duckdb.connect()
    try:
        for text in ddl:
            scratch.execute(text)
        return {table: list(columns) for table, columns in scratch.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY'").fetchall()}
    finally:
        scratch.close()


def is_conflict(exc: BaseException) -> bool:
    """Whether ``exc`` is DuckLake refusing a commit because a concurrent writer committed a conflicting change."""
    return isinstance(exc, duckdb.TransactionException) and "conflict" in str(exc).lower()


def retrying(work: Callable[[], T], *, attempts: int = 10, pause: float = 0.05,
             on_retry: Callable[[int, BaseException], None] | None = None) -> T:
    """Run ``work`` (one whole transaction) again when DuckLake reports that a concurrent writer committed a
    conflicting change first: the second writer re-reads and re-applies, so neither write is lost.
    ``on_retry(attempt, exc)`` is told before each new attempt."""
    for attempt in range(attempts):
        try:
            return work()
        except duckdb.TransactionException as exc:
            if not is_conflict(exc) or attempt == attempts - 1:
                raise
            if on_retry is not None:
                on_retry(attempt + 1, exc)
            # jittered, so that two writers that collided do not collide again in step
            time.sleep(pause * (2 ** min(attempt, 5)) * (0.5 + random.random()))
    raise AssertionError("unreachable")


FENCE = "foi_write_fence"


def ensure_fences(con: duckdb.DuckDBPyConnection, tables: list[str]) -> None:
    """One row per keyed table in the fence table (see :func:`fence`); a row two writers both add is harmless."""
    con.execute(f"CREATE TABLE IF NOT EXISTS {FENCE} (table_name VARCHAR NOT NULL, writes BIGINT NOT NULL)")
    con.execute(f"INSERT INTO {FENCE} SELECT t, 0 FROM unnest(?::VARCHAR[]) AS u(t) "
                f"WHERE t NOT IN (SELECT table_name FROM {FENCE})", [tables])


def fence(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Make this transaction conflict with any concurrent one that merges into ``table``.

    DuckLake has no unique keys, and two concurrent appends never conflict: two writers merging the same new
    key would each insert it. Both also update the table's fence row, which DuckLake does not let two
    concurrent transactions do, so the second one fails at COMMIT, is retried (:func:`retrying`), and then
    finds the first one's row to update.
    """
    con.execute(f"UPDATE {FENCE} SET writes = writes + 1 WHERE table_name = ?", [table])


def snapshot(con: duckdb.DuckDBPyConnection) -> tuple[int, datetime] | None:
    """The lake's current snapshot (id, time), or None when the connection is not to a lake."""
    if not is_lake(con):
        return None
    # the snapshot this connection reads: the latest, or the one --as-of chose
    rows = con.execute(f"SELECT snapshot_id, snapshot_time FROM {ALIAS}.snapshots() WHERE snapshot_id = "
                       f"(SELECT id FROM ducklake_current_snapshot('{ALIAS}'))").fetchall()
    return (int(rows[0][0]), rows[0][1]) if rows else None


def _quote(text: str) -> str:
    return text.replace("'", "''")


# --- runs that died -------------------------------------------------------------------------------------------
# On a DuckDB file only one process writes, so a run still marked running when another starts is dead. On a lake
# other crawls and imports may really be running, on this machine or another: each one proves it is alive with
# a lease row it adds every LEASE_SECONDS (adds only: concurrent appends never conflict in DuckLake).

LEASES = "foi_run_leases"
LEASE_SECONDS = 30.0
# a lease not renewed for this long belongs to a run that died (a machine that crashed, a network gone)
STALE_SECONDS = 4 * LEASE_SECONDS


def ensure_leases(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"CREATE TABLE IF NOT EXISTS {LEASES} (run_id VARCHAR NOT NULL, host VARCHAR NOT NULL, "
                "pid INTEGER NOT NULL, renewed_at TIMESTAMPTZ NOT NULL)")


@lru_cache(maxsize=1)
def this_host() -> str:
    """This machine, as leases name it: its host name and, on Linux, its boot (a pid is only unique within one)."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        boot = ""
    return f"{socket.gethostname()}/{boot}" if boot else socket.gethostname()


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        # a killed process its parent has not reaped yet still answers os.kill
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


class RunLease:
    """A running crawl's or import's lease on a lake: renewed by a daemon thread on a cursor of its own until
    :meth:`stop`, until the run is no longer recorded as running, or until the connection is closed."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: str, interval: float = LEASE_SECONDS):
        self.run_id = run_id
        self.interval = interval
        self._con = con.cursor()
        self._con.execute(f"USE {ALIAS}")
        self._stop = threading.Event()
        try:
            self.renew()
        except duckdb.Error as exc:
            # the run goes on; others may call it dead once the lease is stale, and its own records still land
            logger.warning("could not take a lease for run %s: %s", run_id, exc)
        self._thread = threading.Thread(target=self._run, name=f"lease-{run_id}", daemon=True)
        self._thread.start()

    def renew(self) -> None:
        self._con.execute(f"INSERT INTO {LEASES} VALUES (?, ?, ?, now())", [self.run_id, this_host(), os.getpid()])

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                status = self._con.execute("SELECT status FROM crawl_runs WHERE run_id = ?", [self.run_id]).fetchall()
                if status and status[0][0] != "running":
                    break
                self.renew()
            except duckdb.ConnectionException:
                break
            except duckdb.Error as exc:
                # a catalog that is briefly unreachable: the next renewal may work, and a lease only goes
                # stale after several missed ones
                logger.warning("could not renew the lease of run %s: %s", self.run_id, exc)
        self._close()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=60)

    def _close(self) -> None:
        with contextlib.suppress(duckdb.Error):
            self._con.close()


def dead_runs(con: duckdb.DuckDBPyConnection, *, stale_after: float = STALE_SECONDS) -> list[str]:
    """The runs recorded as running whose process is gone: on this machine, no process of the lease's pid;
    anywhere, no lease renewed (or, for a run that never took one, no start) for ``stale_after`` seconds."""
    rows = con.execute(f"""
        SELECT r.run_id, l.host, l.pid,
               epoch(now()) - epoch(coalesce(l.renewed_at, r.started_at)) AS silent
        FROM crawl_runs AS r
        LEFT JOIN (SELECT run_id, arg_max(host, renewed_at) AS host, arg_max(pid, renewed_at) AS pid,
                          max(renewed_at) AS renewed_at
                   FROM {LEASES} GROUP BY run_id) AS l USING (run_id)
        WHERE r.status = 'running'""").fetchall()
    here = this_host()
    return sorted(run_id for run_id, host, pid, silent in rows
                  if silent > stale_after or (host == here and not process_alive(pid)))


def interrupt_dead_runs(con: duckdb.DuckDBPyConnection, *, stale_after: float = STALE_SECONDS) -> list[str]:
    """Mark the :func:`dead_runs` interrupted, in one transaction of its own; returns their ids."""
    def once() -> list[str]:
        con.execute("BEGIN TRANSACTION")
        try:
            dead = dead_runs(con, stale_after=stale_after)
            if dead:
                con.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running' "
                            "AND run_id IN (SELECT unnest(?::VARCHAR[]))", [dead])
            con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.TransactionException):
                con.execute("ROLLBACK")
            raise
        return dead

    return retrying(once)
