"""Warehouse views and tables as tidy Polars frames.

Every reader casts to a fixed schema (``SCHEMAS``) so that charts, findings and exports see the same
column types whatever DuckDB inferred, and returns an empty frame of that schema when the view does not
exist yet (a warehouse that `foi extract` has not built). :func:`warehouse_problem` turns that state into a
sentence for the user.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import polars as pl

from analysis import normalise
from warehouse import layers

Schema = dict[str, pl.DataType | type[pl.DataType]]

# DuckDB type → the Polars type analysis works in. Every integer is read as Int64 and every timestamp as UTC,
# whatever width or zone the warehouse stores.
_POLARS: dict[str, pl.DataType | type[pl.DataType]] = {
    "VARCHAR": pl.Utf8, "DOUBLE": pl.Float64, "BOOLEAN": pl.Boolean, "DATE": pl.Date,
    "BIGINT": pl.Int64, "INTEGER": pl.Int64, "TIMESTAMP WITH TIME ZONE": pl.Datetime("us", "UTC"),
    "VARCHAR[]": pl.List(pl.Utf8),
}


def polars_type(duckdb_type: str) -> pl.DataType | type[pl.DataType]:
    try:
        return _POLARS[duckdb_type]
    except KeyError:
        raise ValueError(f"analysis/frames.py has no Polars type for the DuckDB type {duckdb_type!r}: add it to "
                         "_POLARS") from None


# The analyst marts and the normalized tables analysis reads, with the types it relies on: built from the one
# contract, warehouse/sql/contract.toml (the tables' types from normalized.sql).
SCHEMAS: dict[str, Schema] = {
    **{name: {c.name: polars_type(c.type) for c in mart.columns} for name, mart in layers.marts().items()},
    **{name: {c.name: polars_type(c.type) for c in layers.table_types(name)} for name in layers.tables()},
}

VIEWS = tuple(layers.marts())
TABLES = tuple(layers.tables())

# Outcomes of request_outcomes that count as "the council refused" (in whole or in part).
REFUSED_OUTCOMES = ("rejected", "partially_successful")
AWAITING_OUTCOMES = ("awaiting", "overdue", "clarification")


def empty(name: str) -> pl.DataFrame:
    return pl.DataFrame(schema=SCHEMAS[name])


def fetch(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] | None = None) -> pl.DataFrame:
    """A query's result as a Polars frame (DuckDB ≥ 2 has ``.pl()`` on relations only)."""
    return con.sql(sql, params=list(params) if params else None).pl()


def data_note(con: duckdb.DuckDBPyConnection) -> str | None:
    """What the data is, when whoever filled the warehouse said (the demo: invented replies); else None."""
    if not has_relation(con, "about"):
        return None
    row = con.execute("SELECT value FROM about WHERE key = 'data_source'").fetchone()
    return row[0] if row else None


def has_relation(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'", [name]
    ).fetchall()  # fetchall: DuckDB ≥ 2 keeps a half-read result open and blocks the next query
    return bool(rows and rows[0][0])


def _conform(frame: pl.DataFrame, schema: Schema, name: str) -> pl.DataFrame:
    """Select the contract's columns in order and cast them; a missing column is a contract break."""
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        raise ValueError(
            f"The warehouse's {name} has no column(s) {missing}; it was built by an older or newer foi-compare. "
            "Rebuild it with `foi extract`."
        )
    exprs = []
    for col, dtype in schema.items():
        have = frame.schema[col]
        if have == dtype:
            exprs.append(pl.col(col))
        elif isinstance(have, pl.Datetime) and isinstance(dtype, pl.Datetime):
            exprs.append(
                (pl.col(col).dt.replace_time_zone("UTC") if have.time_zone is None else pl.col(col))
                .dt.convert_time_zone("UTC").dt.cast_time_unit("us")
            )
        else:
            exprs.append(pl.col(col).cast(dtype, strict=False))
    return frame.select(exprs)


def read(con: duckdb.DuckDBPyConnection, name: str, survey: str | None = None) -> pl.DataFrame:
    """One view or table as a frame of its contract schema (empty when it does not exist yet)."""
    schema = SCHEMAS[name]
    if not has_relation(con, name):
        return empty(name)
    where, params = "", []
    if survey is not None and "survey" in schema:
        where, params = " WHERE survey = ?", [survey]
    frame = fetch(con, f'SELECT * FROM "{name}"{where}', params)
    return _conform(frame, schema, name)


def warehouse_problem(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> str | None:
    """A sentence saying why there is nothing to analyse, or None when there is something."""
    missing = [v for v in VIEWS if not has_relation(con, v)]
    if len(missing) == len(VIEWS):
        crawled = has_relation(con, "requests") and con.execute("SELECT count(*) FROM requests").fetchall()[0][0]
        if not crawled:
            return ("The warehouse is empty: nothing has been crawled yet. Run `foi demo` for the bundled demo, "
                    "or `foi run --batch <id>` for a live WhatDoTheyKnow batch.")
        return "Requests have been crawled but not extracted yet. Run `foi extract` to build the analyst views."
    if missing:
        # read as empty they would make the outputs disagree with `foi sql` over the views this one has
        return (f"This warehouse was built by an older foi-compare and lacks the view(s) {', '.join(missing)}. "
                "Run `foi extract` to rebuild its views.")
    answers = read(con, "device_purchases", survey).height + read(con, "licence_counts", survey).height
    outcomes = read(con, "request_outcomes", survey).height
    if survey and not answers and not outcomes:
        known = surveys(con)
        hint = f" Surveys in this warehouse: {', '.join(known)}." if known else ""
        return f"No figures extracted yet for survey {survey}.{hint}"
    return None


def surveys(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Surveys present, the one with the most requests first."""
    found: dict[str, int] = {}
    for name in ("request_outcomes", "answers", "survey_coverage"):
        frame = read(con, name)
        if frame.height:
            for s, n in frame.group_by("survey").len().iter_rows():
                if s is not None:
                    found[s] = found.get(s, 0) + n
    return sorted(found, key=lambda s: (-found[s], s))


def authority_names(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """authority_key → authority_name: the warehouse's authorities table first, the register for the rest."""
    register = normalise.load_register().select("authority_key", pl.col("register_name").alias("authority_name"))
    if not has_relation(con, "authorities"):
        return register
    crawled = fetch(con, "SELECT authority_key, coalesce(short_name, name) AS authority_name FROM authorities")
    crawled = crawled.with_columns(pl.col("authority_name").cast(pl.Utf8))
    return pl.concat([crawled, register.join(crawled, on="authority_key", how="anti")])


def with_names(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> pl.DataFrame:
    names = authority_names(con)
    out = frame.join(names, on="authority_key", how="left")
    return out.with_columns(pl.col("authority_name").fill_null(pl.col("authority_key")))


# --- devices ---------------------------------------------------------------------------------------------
# Every figure below is a mart of warehouse/sql/marts.sql read as it is (one set of numbers for the report, the
# exports, the notebooks and `foi sql`); Polars only sorts it and joins names and links.

def device_purchases(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    return read(con, "device_purchases", survey)


def quantities_per_1000(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    """One row per council, device and period: how many bought, at what unit cost, for what total, per 1,000
    residents (the ``devices_per_1000`` mart; ``financial_year`` places each period in a comparable year)."""
    return read(con, "devices_per_1000", survey).sort("device", "period_start", "authority_name", nulls_last=True)


devices_by_year = quantities_per_1000


def unit_costs(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    """Unit cost per council and device, the spread across councils and outliers (the ``unit_costs`` mart)."""
    return read(con, "unit_costs", survey).sort("device", "unit_cost_gbp", "authority_name", nulls_last=True)


def spend(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    """Spend per council, device and period (the ``device_spend`` mart)."""
    return read(con, "device_spend", survey).sort("device", "period_start", "authority_name", nulls_last=True)


def spend_totals(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    """Device spend per council, figures in doubt left out, and per 1,000 residents (``spend_per_council``)."""
    return read(con, "spend_per_council", survey).sort("spend_gbp", "authority_name", descending=[True, False],
                                                       nulls_last=True)


# --- licences --------------------------------------------------------------------------------------------

def licence_counts(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    """Accounts per council and product, per 1,000 residents (the ``licences_per_1000`` mart)."""
    frame = read(con, "licences_per_1000", survey)
    return frame.sort("product", "accounts", descending=[False, True], nulls_last=True)


# --- refusals and outcomes -------------------------------------------------------------------------------

def refusal_rates_by_year(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return read(con, "refusal_rates").sort("authority_name", "year", nulls_last=True)


def refusal_rates_overall(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """All years together per council: the counts summed and each rate the ratio of the sums beside it
    (the ``refusal_rates_overall`` mart)."""
    return read(con, "refusal_rates_overall").sort(["refusal_rate", "authority_name"], descending=[True, False],
                                                   nulls_last=True)


def request_outcomes(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    frame = read(con, "request_outcomes", survey)
    frame = with_names(con, frame)
    urls = request_urls(con)
    return frame.join(urls, on="request_id", how="left").sort("authority_name")


ANSWERED_OUTCOMES = ("successful", "partially_successful", "rejected", "not_held")


def survey_outcomes(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    """One row per council asked in a survey (the ``survey_councils`` mart: which request speaks for the
    council, its outcome, ``answered_elsewhere``, ``survey_requests``), with that request's dates, exemptions
    and link for the coverage table."""
    councils = read(con, "survey_councils", survey)
    details = read(con, "request_outcomes").drop("authority_key", "survey", "outcome")
    frame = councils.join(details, on="request_id", how="left")
    return frame.join(request_urls(con), on="request_id", how="left").sort("authority_name")


def request_urls(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    if not has_relation(con, "requests"):
        return pl.DataFrame(schema={"request_id": pl.Utf8, "request_url": pl.Utf8, "request_title": pl.Utf8})
    # the crawl records the JSON it read (/request/<url_title>.json); people want the page
    return fetch(
        con, r"SELECT request_id, regexp_replace(source_url, '(/request/[^/?#]+)\.json$', '\1') AS request_url,"
             " title AS request_title FROM requests"
    ).with_columns(pl.all().cast(pl.Utf8))


def refusals(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    return with_names(con, read(con, "refusals", survey))


def exemption_counts(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """How many requests each council refused under each exemption, every request on record (the
    ``exemption_counts`` mart), with each exemption's heading (``exemption_label``: the law differs by nation)."""
    counts = read(con, "exemption_counts")
    nation = normalise.nations()
    counts = counts.with_columns(
        pl.struct("exemption", "authority_key").map_elements(
            lambda r: normalise.exemption_label(r["exemption"], nation.get(r["authority_key"])), return_dtype=pl.Utf8
        ).alias("exemption_label")
    )
    return counts.sort("exemption", "authority_name")


def survey_coverage(con: duckdb.DuckDBPyConnection, survey: str | None = None) -> pl.DataFrame:
    return read(con, "survey_coverage", survey)


def answers(con: duckdb.DuckDBPyConnection, survey: str | None = None,
            statuses: Sequence[str] = ("extracted", "overridden")) -> pl.DataFrame:
    """The figures behind every view, with council names and the URL each came from, ``needs_review`` and
    ``doubt`` (why a figure is in doubt: `foi review` lists it) and ``original_value`` (what was read, when a
    person corrected the figure).

    A request published both on WhatDoTheyKnow and in the council's disclosure log gives its figures once,
    as the views count them (the warehouse's `int_answers__counted`)."""
    frame = read(con, "answers", survey).filter(pl.col("status").is_in(list(statuses)))
    checks = pl.DataFrame(schema={"answer_id": pl.Utf8, "needs_review": pl.Boolean, "doubt": pl.Utf8})
    # counted_answers: its name in warehouses extracted before the SQL layers
    counted_view = next((v for v in ("int_answers__counted", "counted_answers") if has_relation(con, v)), None)
    if counted_view:
        counted = fetch(con, f"SELECT answer_id FROM {counted_view}")
        duplicates = frame.filter(pl.col("status").is_in(["extracted", "overridden"]))
        duplicates = duplicates.join(counted, on="answer_id", how="anti").select("answer_id")
        frame = frame.join(duplicates, on="answer_id", how="anti")
    if counted_view == "int_answers__counted":
        checks = fetch(con, "SELECT answer_id, needs_review, conflict_reason AS doubt FROM int_answers__counted"
                       ).cast(checks.schema)
    frame = frame.join(checks, on="answer_id", how="left").with_columns(pl.col("needs_review").fill_null(False))
    originals = (fetch(con, "SELECT answer_id, original_value FROM answers WHERE original_value IS NOT NULL")
                 if "original_value" in _columns(con, "answers") else pl.DataFrame())
    originals = originals.cast({"answer_id": pl.Utf8, "original_value": pl.Float64}) if originals.width else \
        pl.DataFrame(schema={"answer_id": pl.Utf8, "original_value": pl.Float64})
    frame = frame.join(originals, on="answer_id", how="left")
    frame = with_names(con, frame).join(request_urls(con), on="request_id", how="left")
    return frame.join(source_urls(con), on=["message_id", "attachment_id"], how="left", nulls_equal=True).with_columns(
        pl.coalesce("source_url", "request_url").alias("source_url")
    )


def _columns(con: duckdb.DuckDBPyConnection, name: str) -> set[str]:
    return {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
                                      "AND table_name = ?", [name]).fetchall()}


def source_urls(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """URL of the message or attachment a figure was read from."""
    schema = {"message_id": pl.Utf8, "attachment_id": pl.Utf8, "source_url": pl.Utf8}
    parts = []
    if has_relation(con, "attachments"):
        parts.append(fetch(
            con, "SELECT message_id, attachment_id, source_url FROM attachments WHERE source_url IS NOT NULL"
        ))
    if has_relation(con, "messages"):
        parts.append(fetch(
            con, "SELECT message_id, NULL::VARCHAR AS attachment_id, source_url FROM messages WHERE source_url IS NOT NULL"
        ))
    if not parts:
        return pl.DataFrame(schema=schema)
    return pl.concat([p.cast(schema) for p in parts]).unique(["message_id", "attachment_id"], keep="first")
