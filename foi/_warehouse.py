"""Opening an existing warehouse for a command that reads or rebuilds it (`foi export`, `foi sql`, `foi report`,
`foi extract`, `foi review`). Commands that create the warehouse (`foi crawl`, `foi authorities`) call
warehouse.db.connect themselves."""

from __future__ import annotations

import sys

import click

from warehouse import db


def open_warehouse(db_file: str | None, *, read_only: bool, hint: str):
    """A connection to the warehouse at --db / $FOI_DUCKDB / data/foi.duckdb. A missing file stops the command
    with "No warehouse at PATH. <hint>, or point --db ..." (exit 1); a busy or broken one with its reason (exit 2)."""
    path = db.db_path(db_file)
    if not path.exists():
        raise click.ClickException(
            f"No warehouse at {path}. {hint}, or point --db / FOI_DUCKDB at an existing file.")
    try:
        return db.connect(path, read_only=read_only)
    except db.WarehouseError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
