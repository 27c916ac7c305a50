"""Options several `foi` commands share, defined once (as sqlite-utils does), so each reads and documents alike."""

from __future__ import annotations

import click

DB_HELP = "Warehouse file (default: $FOI_DUCKDB or data/foi.duckdb)."

db_option = click.option("--db", "db_file", metavar="PATH", type=click.Path(dir_okay=False), default=None,
                         help=DB_HELP)
