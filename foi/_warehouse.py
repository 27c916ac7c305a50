"""Opening an existing warehouse for a command that reads or rebuilds it (`foi export`, `foi sql`, `foi report`,
`foi extract`, `foi review`). Commands that create the warehouse (`foi crawl`, `foi authorities`) call
warehouse.db.connect themselves."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from warehouse import db


DEMO_DB = Path("data") / "demo" / "foi.duckdb"


def warehouse_path(db_file: str | None) -> Path:
    """--db, else $FOI_DUCKDB, else data/foi.duckdb; when none of those was given and data/foi.duckdb does
    not exist but the demo's warehouse does, the demo's (said on stderr), so that after `foi demo` every
    command of the README's tour works as written."""
    path = db.db_path(db_file)
    if db_file is None and not os.environ.get("FOI_DUCKDB") and not db.exists(path) and DEMO_DB.exists():
        click.echo(f"(no {path}: reading the demo's warehouse, {DEMO_DB}; use --db to choose another)", err=True)
        return DEMO_DB
    return path


def open_warehouse(db_file: str | None, *, read_only: bool, hint: str, as_of=None):
    """A connection to the warehouse at --db / $FOI_DUCKDB / data/foi.duckdb (or the demo's, see
    warehouse_path). A missing file stops the command with "No warehouse at PATH. <hint>, or point --db ..."
    (exit 1); a busy or broken one with its reason (exit 2)."""
    path = warehouse_path(db_file)
    if not db.exists(path):
        raise click.ClickException(
            f"No warehouse at {path}. {hint}, or point --db / FOI_DUCKDB at an existing file.")
    try:
        return db.connect(path, read_only=read_only, as_of=as_of)
    except db.WarehouseError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
