"""Opening the DuckDB warehouse and writing rows to it in batches.

Every writer goes through :func:`connect` so that a second writer gets a clear
"warehouse is busy" error instead of a lock traceback, and through :func:`upsert`
so that rows land in whole batches (one transaction per call) keyed by primary key.

The warehouse is a DuckDB file, or a team warehouse — a DuckLake on a PostgreSQL catalog
(``ducklake:postgres:…``, see warehouse/lake.py) that several processes write at once. A lake has no
PRIMARY KEY constraints, so there the same keys (as raw.sql and normalized.sql declare them) drive a MERGE.
"""

from __future__ import annotations

import os
import contextlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from warehouse import lake

T = TypeVar("T")

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


class WarehouseUnreachable(WarehouseError):
    """A team warehouse (DuckLake) cannot be opened: its catalog, its extensions or its data path."""


class WarehouseConflict(WarehouseError):
    """On a team warehouse, other writers kept committing conflicting changes first; nothing was written."""


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db, else $FOI_DUCKDB, else data/foi.duckdb. A team warehouse's address comes back as a Path too (callers
    print it); :func:`is_team` and :func:`exists` tell it apart."""
    return Path(explicit or os.environ.get("FOI_DUCKDB") or DEFAULT_DB)


def is_team(target: str | os.PathLike[str] | None) -> bool:
    """Whether ``target`` (or $FOI_DUCKDB when None) is a team warehouse's address, ducklake:postgres:…"""
    return lake.is_address(db_path(target))


def beside(target: str | os.PathLike[str] | None) -> Path:
    """The folder where a command writes what goes with the warehouse (review sheet, report, exports): the
    warehouse file's folder, or the current folder for a team warehouse, which is no file."""
    return Path(".") if is_team(target) else db_path(target).parent


def exists(target: str | os.PathLike[str] | None) -> bool:
    """Whether there is a warehouse to read at ``target``: a file that exists, or any team warehouse address
    (its catalog says what it holds when it is opened)."""
    return is_team(target) or db_path(target).exists()


def files_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    return Path(explicit or os.environ.get("FOI_FILES_DIR") or DEFAULT_FILES_DIR)


def sql_text(name: str) -> str:
    return resources.files("warehouse").joinpath("sql", name).read_text(encoding="utf-8")


def connect(path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
            as_of: datetime | str | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; create it with the raw schema when writing to a new file or lake. ``as_of`` reads a
    team warehouse as it was at that time (read only); a DuckDB file keeps no history, so there it is an error."""
    target = db_path(path)
    if lake.is_address(target):
        return _connect_lake(str(path or target), read_only=read_only, as_of=as_of)
    if as_of is not None:
        raise WarehouseError(f"{target} is a DuckDB file, which keeps no snapshots: --as-of reads a team warehouse "
                             "(ducklake:postgres:…, see docs/team-warehouse.md).")
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
        # not just "lock": a corrupt file's message names a "block"
        if "could not set lock" in text or "conflicting lock" in text:
            raise WarehouseBusy(
                f"The warehouse {target} is busy: another foi command or crawl is writing to it. "
                "Wait for it to finish (or stop it), then run this again."
            ) from exc
        if "not a valid duckdb database" in text or "is a directory" in text:
            raise WarehouseUnreadable(
                f"{target} is not a DuckDB warehouse file (it is left untouched). Point --db / FOI_DUCKDB at a "
                "warehouse, or at a new file name to start one."
            ) from exc
        if "created with an newer version" in text or "newer version of duckdb" in text:
            raise WarehouseUnreadable(
                f"{target} was written by a newer DuckDB than this one ({duckdb.__version__}, the release whose "
                "team-warehouse extensions exist as wheels; it is left untouched). Move it aside and rebuild "
                "(`foi demo`, or crawl again), or carry it over: with the newer DuckDB run EXPORT DATABASE "
                "'foi-export' (FORMAT parquet), then with this one IMPORT DATABASE 'foi-export' into a new file "
                "(docs/team-warehouse.md)."
            ) from exc
        raise
    if not read_only:
        ensure_raw_schema(con)
    return con


def _connect_lake(address: str, *, read_only: bool, as_of) -> duckdb.DuckDBPyConnection:
    try:
        con = lake.open_lake(address, read_only=read_only, as_of=as_of)
    except lake.LakeError as exc:
        raise WarehouseUnreachable(str(exc)) from exc
    if not read_only and as_of is None:
        try:
            # two writers opening a new lake both create its tables: the second one retries and finds them
            lake.retrying(lambda: ensure_raw_schema(con))
        except duckdb.HTTPException as exc:
            con.close()
            raise WarehouseUnreachable(lake.storage_failure(address, exc)) from exc
        except BaseException:
            con.close()
            raise
    return con


def ddl(con: duckdb.DuckDBPyConnection, text: str) -> str:
    """``text`` (CREATE TABLE statements) as this warehouse takes it: a lake's without PRIMARY KEY clauses."""
    return lake.without_keys(text) if lake.is_lake(con) else text


def ensure_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(ddl(con, sql_text("raw.sql")))
    if lake.is_lake(con):
        lake.ensure_fences(con, sorted({*_declared_keys(), *FENCED}))
        lake.ensure_leases(con)


def interrupt_dead_runs(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Mark the crawls and imports that died while running (killed, their machine gone) as interrupted, as a
    new run starts; returns their ids. On a DuckDB file only one process writes, so every run still marked
    running is dead; on a team warehouse, only those whose lease lapsed (warehouse.lake.dead_runs)."""
    if lake.is_lake(con):
        return lake.interrupt_dead_runs(con)
    dead = [r[0] for r in con.execute("SELECT run_id FROM crawl_runs WHERE status = 'running'").fetchall()]
    if dead:
        con.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'")
    return dead


def hold_run(con: duckdb.DuckDBPyConnection, run_id: str) -> lake.RunLease | None:
    """On a team warehouse, keep run ``run_id`` visibly alive to other writers until it is no longer recorded
    as running (or the returned lease is stopped); nothing on a DuckDB file."""
    return lake.RunLease(con, run_id) if lake.is_lake(con) else None


def cursor(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """Another cursor on the same warehouse (e.g. for a writer thread). DuckDB starts a cursor in its in-memory
    database, so on a lake it is pointed at the lake too."""
    cur = con.cursor()
    if lake.is_lake(con):
        cur.execute(f"USE {lake.ALIAS}")
    return cur


# Keyless tables whose writers still must not race on a team warehouse: a review decision checks the figure's
# latest decision before adding its own (warehouse.overrides.record_decision).
FENCED = ("review_decisions",)


def fence(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """On a team warehouse, make this transaction conflict with any concurrent one fencing ``table`` (see
    warehouse.lake.fence); nothing on a DuckDB file, where one writer at a time holds the file."""
    if lake.is_lake(con):
        lake.fence(con, table)


@lru_cache(maxsize=1)
def _declared_keys() -> dict[str, list[str]]:
    return lake.declared_keys(sql_text("raw.sql"), sql_text("normalized.sql"))


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    if not rows:
        raise KeyError(f"no table {table!r} in the warehouse")
    return [r[0] for r in rows]


def primary_key(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    if lake.is_lake(con):
        return list(_declared_keys().get(table, []))
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
    on_lake = bool(key) and lake.is_lake(con)
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
    if on_lake:
        lake.fence(con, table)
        sql = _merge_sql(table, used, key, keep_when_null)
    elif key:
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


def _merge_sql(table: str, used: list[str], key: list[str], keep_when_null: Sequence[str] | str) -> str:
    """write_rows' upsert as a MERGE, for a lake, whose tables have no key for ON CONFLICT to use."""
    match = " AND ".join(f't."{k}" = s."{k}"' for k in key)
    sets = ", ".join(
        f'"{c}" = coalesce(s."{c}", t."{c}")' if (keep_when_null == "*" or c in keep_when_null) else f'"{c}" = s."{c}"'
        for c in used if c not in key)
    cols = ", ".join(f'"{c}"' for c in used)
    values = ", ".join(f's."{c}"' for c in used)
    sql = f'MERGE INTO "{table}" AS t USING _write_batch AS s ON ({match}) '
    if sets:
        sql += f"WHEN MATCHED THEN UPDATE SET {sets} "
    return sql + f"WHEN NOT MATCHED THEN INSERT ({cols}) VALUES ({values})"


def upsert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Sequence[Mapping[str, Any]] | Iterable[Mapping[str, Any]],
) -> int:
    """Insert or merge ``rows`` into ``table`` in one transaction of its own (see :func:`write_rows`).

    A new row stores NULL in the columns no row of the batch mentions; an existing row keeps them.
    """
    rows = list(rows)
    return in_transaction(con, lambda: write_rows(con, table, rows))


def in_transaction(con: duckdb.DuckDBPyConnection, work: Callable[[], T]) -> T:
    """``work()`` in a transaction of its own. On a team warehouse a commit that conflicts with another
    writer's is tried again from the start (``work`` re-reads what it needs), so two writers both land."""
    def once() -> T:
        con.execute("BEGIN TRANSACTION")
        try:
            out = work()
            con.execute("COMMIT")
        except BaseException:
            # a failed COMMIT has already ended the transaction
            with contextlib.suppress(duckdb.TransactionException):
                con.execute("ROLLBACK")
            raise
        return out

    return lake.retrying(once) if lake.is_lake(con) else once()


def retry_on_conflict(con: duckdb.DuckDBPyConnection, work: Callable[[], T], *, what: str,
                      on_retry: Callable[[int, BaseException], None] | None = None, attempts: int = 5) -> T:
    """``work()``, a whole transaction of its own that re-reads what it needs (``foi extract``'s rebuild), run
    again from the start when, on a team warehouse, another writer committed a conflicting change first: the
    first one's snapshot stands, then this one lands on top of it. After ``attempts`` tries it stops with
    :class:`WarehouseConflict`; a failed attempt leaves nothing behind (its transaction was rolled back)."""
    if not lake.is_lake(con):
        return work()
    try:
        return lake.retrying(work, attempts=attempts, pause=0.5, on_retry=on_retry)
    except duckdb.TransactionException as exc:
        if not lake.is_conflict(exc):
            raise
        raise WarehouseConflict(
            f"{what} was tried {attempts} times, and each time another writer committed a conflicting change to "
            "the team warehouse first (another foi extract, or a review decision). Nothing of this run was "
            "written; the warehouse holds the other writer's result. Run it again when the other one is done."
        ) from exc
