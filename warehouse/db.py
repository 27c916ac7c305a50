"""Opening the DuckDB warehouse and writing rows to it in batches.

Every writer goes through :func:`connect` so that a second writer gets a clear
"warehouse is busy" error instead of a lock traceback, and through :func:`upsert`
so that rows land in whole batches (one transaction per call) keyed by primary key.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

DEFAULT_DB = Path("data") / "foi.duckdb"
DEFAULT_FILES_DIR = Path("data") / "files"


class WarehouseError(RuntimeError):
    """The warehouse cannot be opened; the message says why and what to do. Commands catch this one."""


class WarehouseBusy(WarehouseError):
    """Another process holds the warehouse open for writing."""


class WarehouseUnreadable(WarehouseError):
    """The path is a folder, or a file that is not a DuckDB database."""


class WarehouseMissing(FileNotFoundError):
    """The warehouse file does not exist yet."""


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    return Path(explicit or os.environ.get("FOI_DUCKDB") or DEFAULT_DB)


def files_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    return Path(explicit or os.environ.get("FOI_FILES_DIR") or DEFAULT_FILES_DIR)


def sql_text(name: str) -> str:
    return resources.files("warehouse").joinpath("sql", name).read_text(encoding="utf-8")


def connect(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; create it with the raw schema when writing to a new file."""
    target = db_path(path)
    if read_only and not target.exists():
        raise WarehouseMissing(
            f"No warehouse at {target}. Run a crawl first (e.g. `foi demo`), or point FOI_DUCKDB at an existing file."
        )
    if target.is_dir():
        raise WarehouseUnreadable(f"{target} is a folder, not a warehouse file: point --db / FOI_DUCKDB at a "
                                  "DuckDB file such as data/foi.duckdb.")
    if not read_only:
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(target), read_only=read_only)
    except duckdb.IOException as exc:
        text = str(exc).lower()
        if "lock" in text:
            raise WarehouseBusy(
                f"The warehouse {target} is busy: another foi command or crawl is writing to it. "
                "Wait for it to finish (or stop it), then run this again."
            ) from exc
        if "not a valid duckdb database" in text or "is a directory" in text:
            raise WarehouseUnreadable(
                f"{target} is not a DuckDB warehouse file (it is left untouched). Point --db / FOI_DUCKDB at a "
                "warehouse, or at a new file name to start one."
            ) from exc
        raise
    if not read_only:
        ensure_raw_schema(con)
    return con


def ensure_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(sql_text("raw.sql"))


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    if not rows:
        raise KeyError(f"no table {table!r} in the warehouse")
    return [r[0] for r in rows]


def primary_key(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    row = con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints() "
        "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
        [table],
    ).fetchall()
    return list(row[0][0]) if row else []


def upsert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[Mapping[str, Any]] | Iterable[Mapping[str, Any]],
) -> int:
    """Insert ``rows`` (dicts keyed by column name) into ``table`` in one transaction, merging by primary key.

    A new row stores NULL in the columns no row of the batch mentions. An existing row is updated only in the
    columns the batch mentions, so a crawl that knows a council's WhatDoTheyKnow id does not wipe the
    population the register gave it. Keys that are not columns are an error, so a typo cannot silently drop
    data. When a batch holds the same key twice, the later row wins.
    """
    rows = list(rows)
    if not rows:
        return 0
    columns = table_columns(con, table)
    unknown = {k for r in rows for k in r} - set(columns)
    if unknown:
        raise KeyError(f"{table}: unknown column(s) {sorted(unknown)}")
    key = primary_key(con, table)
    if key:
        # DuckDB refuses to update one row twice in a statement: keep the last row per key.
        latest: dict[tuple, Mapping[str, Any]] = {}
        for r in rows:
            latest[tuple(r.get(k) for k in key)] = r
        rows = list(latest.values())
    used = [c for c in columns if any(c in r for r in rows)]
    batch = pa.table({c: [r.get(c) for r in rows] for c in used})
    col_list = ", ".join(f'"{c}"' for c in used)
    sql = f'INSERT INTO "{table}" ({col_list}) SELECT {col_list} FROM _upsert_batch'
    updates = [c for c in used if c not in key]
    if key:
        conflict = ", ".join(f'"{k}"' for k in key)
        if updates:
            sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in updates)
            sql += f" ON CONFLICT ({conflict}) DO UPDATE SET {sets}"
        else:
            sql += f" ON CONFLICT ({conflict}) DO NOTHING"
    con.register("_upsert_batch", batch)
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(sql)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("_upsert_batch")
    return len(rows)
