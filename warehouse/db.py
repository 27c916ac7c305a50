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


def write_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[Mapping[str, Any]] | Iterable[Mapping[str, Any]],
    *,
    merge: bool = True,
    keep_when_null: Sequence[str] | str = (),
    columns: Sequence[str] | None = None,
    key: Sequence[str] | None = None,
) -> int:
    """Insert ``rows`` (dicts keyed by column name) into ``table`` in the caller's transaction, as one Arrow batch.

    With ``merge`` (and a primary key) an existing row is updated only in the columns the batch mentions, and
    the later of two rows with the same key wins. Columns named in ``keep_when_null`` ("*" for all) keep their
    stored value when the new row has none: another source filled them (the register's population, a link
    between sources). Keys that are not columns are an error, so a typo cannot silently drop data.
    A caller writing many batches may pass the table's ``columns`` and primary ``key`` it looked up once.
    """
    rows = list(rows)
    if not rows:
        return 0
    columns = list(columns) if columns is not None else table_columns(con, table)
    present = set().union(*rows)
    unknown = present - set(columns)
    if unknown:
        raise KeyError(f"{table}: unknown column(s) {sorted(unknown)}")
    key = (list(key) if key is not None else primary_key(con, table)) if merge else []
    if key:
        # DuckDB refuses to update one row twice in a statement: keep the last row per key.
        latest: dict[tuple, Mapping[str, Any]] = {}
        for r in rows:
            latest[tuple(r.get(k) for k in key)] = r
        rows = list(latest.values())
        present = set().union(*rows)
    used = [c for c in columns if c in present]
    # pyarrow infers each column's type from its values; DuckDB casts to the table's types on insert
    batch = pa.table({c: [r.get(c) for r in rows] for c in used})
    col_list = ", ".join(f'"{c}"' for c in used)
    sql = f'INSERT INTO "{table}" ({col_list}) SELECT {col_list} FROM _write_batch'
    if key:
        conflict = ", ".join(f'"{k}"' for k in key)
        sets = ", ".join(
            f'"{c}" = coalesce(EXCLUDED."{c}", "{table}"."{c}")' if (keep_when_null == "*" or c in keep_when_null)
            else f'"{c}" = EXCLUDED."{c}"'
            for c in used if c not in key)
        sql += f" ON CONFLICT ({conflict}) DO UPDATE SET {sets}" if sets else f" ON CONFLICT ({conflict}) DO NOTHING"
    con.register("_write_batch", batch)
    try:
        con.execute(sql)
    finally:
        con.unregister("_write_batch")
    return len(rows)


def upsert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[Mapping[str, Any]] | Iterable[Mapping[str, Any]],
) -> int:
    """Insert or merge ``rows`` into ``table`` in one transaction of its own (see :func:`write_rows`).

    A new row stores NULL in the columns no row of the batch mentions; an existing row keeps them.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        n = write_rows(con, table, rows)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return n
