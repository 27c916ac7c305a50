"""Writing the normalized layer: whole tables in one transaction, from Arrow batches.

A rebuild is DELETE + INSERT of every derived table and CREATE OR REPLACE of the views, all inside one
DuckDB transaction: a process killed half way leaves the previous layer (DuckDB rolls an uncommitted
transaction back when the file is next opened), never a mixture.
"""

from __future__ import annotations

from datetime import datetime, timezone

import duckdb
import pyarrow as pa

from warehouse.db import sql_text

DERIVED = ("answers", "refusals", "request_outcomes", "survey_subjects", "extract_failures")

TS = pa.timestamp("us", tz="UTC")
SCHEMAS: dict[str, pa.Schema] = {
    "answers": pa.schema([
        ("answer_id", pa.string()), ("authority_key", pa.string()), ("request_id", pa.string()),
        ("survey", pa.string()), ("question", pa.string()), ("subject", pa.string()), ("period", pa.string()),
        ("period_start", pa.date32()), ("period_end", pa.date32()), ("measure", pa.string()),
        ("value", pa.float64()), ("unit", pa.string()), ("approx", pa.bool_()), ("confidence", pa.float64()),
        ("message_id", pa.string()), ("attachment_id", pa.string()), ("start_offset", pa.int32()),
        ("end_offset", pa.int32()), ("quote", pa.string()), ("status", pa.string()),
        ("extractor_version", pa.string()), ("reply_kind", pa.string()), ("reply_sent_at", TS),
        ("superseded_by", pa.string()), ("conflict", pa.bool_()), ("original_value", pa.float64()),
        ("override_note", pa.string()),
    ]),
    "refusals": pa.schema([
        ("request_id", pa.string()), ("authority_key", pa.string()), ("survey", pa.string()),
        ("question", pa.string()), ("exemption", pa.string()), ("ncnd", pa.bool_()),
        ("public_interest_test", pa.bool_()), ("message_id", pa.string()), ("attachment_id", pa.string()),
        ("quote", pa.string()), ("extractor_version", pa.string()),
    ]),
    "request_outcomes": pa.schema([
        ("request_id", pa.string()), ("authority_key", pa.string()), ("survey", pa.string()),
        ("outcome", pa.string()), ("ncnd", pa.bool_()), ("exemptions", pa.list_(pa.string())),
        ("received_at", TS), ("answered_at", TS), ("working_days", pa.int32()), ("in_time", pa.bool_()),
        ("described_state", pa.string()), ("extractor_version", pa.string()),
        ("public_interest_test", pa.bool_()), ("outcome_source", pa.string()), ("extended", pa.bool_()),
        ("internal_review", pa.bool_()), ("replies", pa.int32()),
    ]),
    "survey_subjects": pa.schema([("survey", pa.string()), ("subject", pa.string()), ("kind", pa.string())]),
    "extract_failures": pa.schema([
        ("request_id", pa.string()), ("message_id", pa.string()), ("attachment_id", pa.string()),
        ("error", pa.string()), ("extractor_version", pa.string()),
    ]),
}


def _expected_columns() -> dict[str, list[str]]:
    scratch = duckdb.connect()
    try:
        scratch.execute(sql_text("normalized.sql"))
        return {t: [r[0] for r in scratch.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [t]
        ).fetchall()] for t in DERIVED + ("answer_overrides", "extract_runs")}
    finally:
        scratch.close()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the normalized tables; a derived table of an older layout is dropped and recreated (it is
    rebuilt anyway). Runs inside the caller's transaction."""
    expected = _expected_columns()
    for table in DERIVED:
        have = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = 'main' "
            "ORDER BY ordinal_position", [table]).fetchall()]
        if have and have != expected[table]:
            con.execute(f'DROP TABLE "{table}" CASCADE')
    con.execute(sql_text("normalized.sql"))


_STRUCTS = {name: pa.struct(list(schema)) for name, schema in SCHEMAS.items()}


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    # pyarrow's own row-to-column conversion, as one struct array: 1.5x faster than building each column in
    # Python and ~20% faster than Table.from_pylist. A key the table does not have is ignored, a column a row
    # lacks is null.
    return pa.Table.from_struct_array(pa.array(rows, type=_STRUCTS[table]))


def replace(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], where: str = "", params=()) -> None:
    """DELETE (optionally only ``where``) and bulk INSERT from Arrow. Runs inside the caller's transaction."""
    con.execute(f'DELETE FROM "{table}" {where}', list(params))
    append(con, table, rows)


def append(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Bulk INSERT from Arrow, in the caller's transaction."""
    if not rows:
        return
    batch = to_arrow(table, rows)
    name = f"_batch_{table}"
    con.register(name, batch)
    try:
        cols = ", ".join(f'"{c}"' for c in batch.column_names)
        con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM {name}')
    finally:
        con.unregister(name)


ANALYST_VIEWS = ("device_purchases", "licence_counts", "refusal_rates", "survey_coverage")


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    # A warehouse written by an older version holds these as views: drop whatever is there, as its own kind.
    for name, kind in con.execute(
        "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_name IN (SELECT unnest(?::VARCHAR[]))", [list(ANALYST_VIEWS)]
    ).fetchall():
        con.execute(f'DROP {"VIEW" if kind == "VIEW" else "TABLE"} "{name}"')
    con.execute(sql_text("views.sql"))


def log_run(con: duckdb.DuckDBPyConnection, version: str, surveys: list[str], counts: dict) -> None:
    con.execute(
        "INSERT INTO extract_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [version, datetime.now(timezone.utc), surveys, counts["requests"], counts["answers"], counts["refusals"],
         counts["failures"], counts["overrides_applied"], counts["overrides_unmatched"]],
    )
