"""A team warehouse: DuckLake, its catalog in PostgreSQL and its data files in a shared folder or on S3.

``--db`` / ``FOI_DUCKDB`` set to ``ducklake:postgres:dbname=foi host=… user=…`` opens one (see
docs/team-warehouse.md); ``FOI_LAKE_DATA_PATH`` says where its Parquet files live. Several DuckDB processes may
write to it at once and every commit is a snapshot that can be read back (``as_of``).

Nothing is downloaded at run time: the ``postgres`` and ``ducklake`` extensions come from their PyPI wheels
(``duckdb-extension-postgres``, ``duckdb-extension-ducklake``, the ``lake`` extra), which exist for one DuckDB
release each, hence the exact DuckDB pin in pyproject.toml.
"""

from __future__ import annotations

import importlib
import os
import random
import re
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import duckdb

PREFIX = "ducklake:"
CATALOGS = ("postgres:",)
ALIAS = "foi_lake"
# The DuckDB extension name, and the wheel that carries it for this DuckDB release.
EXTENSIONS = (("postgres", "duckdb_extension_postgres"), ("ducklake", "duckdb_extension_ducklake"))
INSTALL_HINT = "pip install 'foi-compare[lake]' (DuckDB and the extension wheels of the same release)"

T = TypeVar("T")


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
    """Where the lake's data files live (FOI_LAKE_DATA_PATH): a folder every writer sees, or s3://…. None: the
    one the catalog recorded when the lake was made."""
    value = explicit or os.environ.get("FOI_LAKE_DATA_PATH") or None
    if value and "://" not in value:
        value = str(Path(value).expanduser().resolve())
        # DuckLake joins file names onto the path as text
        value = value.rstrip("/") + "/"
    return value


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


def _attach(con: duckdb.DuckDBPyConnection, statement: str, address: str, as_of, attempts: int = 6) -> None:
    for attempt in range(attempts):
        try:
            con.execute(statement)
            return
        except duckdb.Error as exc:
            # Two writers opening a new lake both create its catalog tables; PostgreSQL lets one win and the
            # other, tried again, opens the catalog the winner made.
            racing = "initialize" in str(exc) and ("already exists" in str(exc) or "duplicate key" in str(exc))
            if not racing or attempt == attempts - 1:
                raise LakeError(_attach_failure(address, exc, as_of)) from exc
            time.sleep(0.1 * (attempt + 1))


def _attach_failure(address: str, exc: duckdb.Error, as_of) -> str:
    text = str(exc)
    if "No snapshot found" in text:
        return (f"The team warehouse {address} has no snapshot at or before {as_of}: its first commit is later, "
                "or the snapshots of that time were expired (ducklake_expire_snapshots). Give a later --as-of time; "
                "`foi sql \"SELECT * FROM foi_lake.snapshots()\"` lists the ones kept.")
    if "connect" in text.lower() or "password" in text.lower():
        return (f"Cannot reach the team warehouse's PostgreSQL catalog ({address}): {text.strip()}. Check that the "
                "server runs and that dbname, host, port and user are right (see docs/team-warehouse.md).")
    if "DATA_PATH" in text or "data path" in text.lower():
        return f"The team warehouse {address} needs its data folder: set FOI_LAKE_DATA_PATH ({text.strip()})."
    return f"Cannot open the team warehouse {address}: {text.strip()}"


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


def retrying(work: Callable[[], T], *, attempts: int = 10, pause: float = 0.05) -> T:
    """Run ``work`` (one whole transaction) again when DuckLake reports that a concurrent writer committed a
    conflicting change first: the second writer re-reads and re-applies, so neither write is lost."""
    for attempt in range(attempts):
        try:
            return work()
        except duckdb.TransactionException as exc:
            if "conflict" not in str(exc).lower() or attempt == attempts - 1:
                raise
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
