"""`foi export`, `foi sql` and `foi report`: getting the comparison out of the warehouse."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from foi.options import as_of_option, db_option

from foi._warehouse import open_warehouse, warehouse_path
from warehouse import db


# Statement types `foi sql` runs without --write. DESCRIBE, SHOW, SUMMARIZE and FROM-first queries parse as
# SELECT. PRAGMA is allowed only for the pragmas that read.
READ_TYPES = {"SELECT", "EXPLAIN"}
READ_PRAGMAS = {"table_info", "show", "show_tables", "show_tables_expanded", "database_size", "storage_info",
                "database_list", "version", "platform", "functions", "metadata_info", "user_agent", "collations",
                "show_databases"}


def _open(db_file: str | None, read_only: bool = True, as_of=None):
    return open_warehouse(db_file, read_only=read_only, as_of=as_of,
                          hint="Run `foi demo` for the bundled demo, or crawl a "
                          "batch (`foi crawl whatdotheyknow --batch ID`)")


# --- foi sql ----------------------------------------------------------------------------------------------

class NotReadOnly(ValueError):
    """A statement that could change the warehouse or files, run without --write."""


def _parse(query: str):
    """The statements of QUERY; invalid or empty SQL stops the command with a message."""
    import duckdb

    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise click.ClickException(f"That is not valid SQL: {exc}") from exc
    if not statements:
        raise click.ClickException("The query is empty.")
    return statements


def check_read_only(query: str) -> list[str]:
    """The query's statements, or NotReadOnly naming the first one that is not a read."""
    out = []
    for statement in _parse(query):
        kind = statement.type.name
        text = statement.query.strip()
        if kind == "PRAGMA":
            m = re.match(r"\s*pragma\s+(\w+)", text, re.IGNORECASE)
            if m and m.group(1).lower() in READ_PRAGMAS:
                out.append(text)
                continue
        elif kind in READ_TYPES:
            out.append(text)
            continue
        raise NotReadOnly(
            f"`foi sql` only reads by default, and this statement is a {kind}: {text[:80]!r}. "
            "Use SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN or a reading PRAGMA; to change the warehouse "
            "(or write files with COPY) add --write, knowing that `foi extract` rebuilds derived tables."
        )
    return out


def _print(frame, fmt: str) -> None:
    import polars as pl

    if fmt == "csv":
        click.echo(_flat(frame).write_csv(), nl=False)
    elif fmt == "json":
        click.echo(frame.with_columns(
            [pl.col(c).cast(pl.Utf8) for c, t in frame.schema.items() if t.is_temporal()]
        ).write_json())
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False, header_style="bold")
        for name in frame.columns:
            table.add_column(name, overflow="fold")
        for row in frame.iter_rows():
            table.add_row(*["" if v is None else str(v) for v in row])
        Console().print(table)
        click.echo(f"{frame.height} row{'s' if frame.height != 1 else ''}", err=True)


def _flat(frame):
    import polars as pl

    return frame.with_columns(
        [pl.col(c).list.eval(pl.element().cast(pl.Utf8)).list.join("; ")
         for c, t in frame.schema.items() if isinstance(t, pl.List)]
        + [pl.col(c).cast(pl.Utf8) for c, t in frame.schema.items() if isinstance(t, (pl.Struct, pl.Array))]
    )


@click.command()
@click.argument("query")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table for reading, csv or json for piping into other tools.")
@click.option("--write", is_flag=True, help="Allow statements that change the warehouse (INSERT, UPDATE, CREATE, COPY…).")
@as_of_option
def sql(query: str, db_file: str | None, fmt: str, write: bool, as_of) -> None:
    """Run QUERY against the warehouse and print the result.

    The warehouse is opened read-only and only reading statements are accepted, unless you add --write.
    Views to start from: device_purchases, licence_counts, refusal_rates, survey_coverage; tables: answers,
    refusals, request_outcomes, and the raw layer (authorities, requests, messages, attachments).

    \b
    Examples:
      foi sql "SHOW TABLES"
      foi sql "DESCRIBE device_purchases"
      foi sql "SELECT authority_name, period, quantity, unit_cost_gbp
               FROM device_purchases WHERE device = 'laptops' ORDER BY unit_cost_gbp DESC"
      foi sql "SELECT authority_name, round(100 * refusal_rate) AS pct
               FROM refusal_rates WHERE year = 2021 ORDER BY pct DESC" --format csv > refusals.csv
      foi sql "SELECT exemption, count(*) AS n FROM refusals GROUP BY 1 ORDER BY n DESC" --format json
      foi sql --db data/demo/foi.duckdb "SELECT * FROM survey_coverage"
      foi sql --as-of 2026-11-30T17:00 "SELECT count(*) FROM requests"   # a team warehouse, as it was
    """
    import duckdb

    if write:
        statements = [s.query for s in _parse(query)]
    else:
        try:
            statements = check_read_only(query)
        except NotReadOnly as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
    if write and as_of is not None:
        raise click.UsageError("--as-of reads the past: it cannot be used with --write.")
    con = _open(db_file, read_only=not write, as_of=as_of)
    try:
        result = None
        for statement in statements:
            result = con.sql(statement)
        frame = result.pl() if result is not None else None
    except duckdb.Error as exc:
        raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc
    finally:
        con.close()
    if frame is not None:
        _print(frame, fmt)


# --- foi export -------------------------------------------------------------------------------------------

def _formats(value: str) -> tuple[str, ...]:
    from analysis.export import FORMATS

    chosen = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    bad = [f for f in chosen if f not in FORMATS]
    if bad or not chosen:
        raise click.BadParameter(f"choose from {', '.join(FORMATS)} (comma-separated), not {value!r}")
    return chosen


@click.command()
@db_option
@click.option("--out", "out_dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Where to write (default: exports/ next to the warehouse, e.g. data/exports).")
@click.option("--format", "formats", default="csv,xlsx,parquet", show_default=True, metavar="LIST",
              help="Comma-separated: csv, xlsx, parquet.")
@click.option("--views-only", is_flag=True, help="Only the views and normalized tables, not the exemption counts "
                                                 "with their labels.")
def export(db_file: str | None, out_dir: str | None, formats: str, views_only: bool) -> None:
    """Export every analyst view and normalized table to CSV, XLSX and Parquet.

    One CSV and one Parquet file per view/table, and one workbook (foi-compare.xlsx) with a sheet per
    view after a README sheet. The views include devices and licences per 1,000 residents, unit-cost
    spread with outliers, spend per council and refusal rates over all years (the numbers the report
    shows, as `foi sql` reads them); exemption counts with their labels are added. An empty cell means no
    figure (never zero).

    \b
    Examples:
      foi export
      foi export --db data/demo/foi.duckdb --out ~/Desktop/councils --format xlsx
      foi export --format csv,parquet --views-only
    """
    from analysis import frames
    from analysis.export import export_all

    chosen = _formats(formats)
    path = warehouse_path(db_file)
    db_file = str(path)
    target = Path(out_dir) if out_dir else db.beside(path) / "exports"
    con = _open(db_file)
    try:
        problem = frames.warehouse_problem(con)
        written = export_all(con, target, chosen, include_analysis=not views_only)
    finally:
        con.close()
    if problem:
        click.echo(f"Note: {problem} The files have column headers but no rows.", err=True)
    click.echo(f"Wrote {len(written)} files to {target}:")
    for file in written:
        click.echo(f"  {file}")


# --- foi report -------------------------------------------------------------------------------------------

@click.command()
@db_option
@click.option("--out", "out_dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Where to write report.html and charts/ (default: beside the warehouse, where `foi run` "
                   "and `foi demo` write them).")
@click.option("--survey", metavar="NAME", help="Which survey to report on (default: the one with most requests).")
@click.option("--title", metavar="TEXT", help="The report's title.")
def report(db_file: str | None, out_dir: str | None, survey: str | None, title: str | None) -> None:
    """Write the HTML report and its charts from the warehouse.

    report.html opens offline (charts are inline SVG): headline findings in sentences, charts, a table per
    question with a link to the reply each figure came from, who answered and who has not, refusal rates
    and exemptions. charts/ holds every chart as PNG and SVG for publishing.

    \b
    Examples:
      foi report
      foi report --db data/demo/foi.duckdb --out data/demo/another
      foi report --survey remote-working-2021 --title "Council laptops in the pandemic"
    """
    from analysis import frames
    from analysis.report import write_report

    path = warehouse_path(db_file)
    db_file = str(path)
    # beside the warehouse: the report a user opened after `foi demo` is the one rewritten
    target = Path(out_dir) if out_dir else db.beside(path)
    con = _open(db_file)
    try:
        if not any(frames.has_relation(con, v) for v in frames.VIEWS):
            raise click.ClickException(frames.warehouse_problem(con) or "The warehouse has no analyst views yet.")
        known = frames.surveys(con)
        if survey and survey not in known:
            raise click.ClickException(
                f"No survey {survey!r} in {path}. "
                + (f"Surveys here: {', '.join(known)}." if known else "No survey has been extracted yet.")
            )
        problem = frames.warehouse_problem(con, survey)
        written = write_report(con, target, survey=survey, title=title)
    finally:
        con.close()
    if problem:
        click.echo(f"Note: {problem}", err=True)
    charts = sorted((target / "charts").glob("*.png"))
    click.echo(f"Wrote {written} ({len(charts)} charts in {target / 'charts'}).")
