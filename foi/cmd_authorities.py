"""`foi authorities`: load mySociety's UK council register into the warehouse's `authorities` table."""

from __future__ import annotations

import click

from foi.options import db_option


@click.command("authorities")
@db_option
@click.option("--register", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Another copy of mySociety's uk_local_authorities_future.csv (default: the bundled one).")
def authorities(db_file: str | None, register: str | None) -> None:
    """Load the UK council register (names, codes, GSS codes, WhatDoTheyKnow ids, population) and the
    disclosure-log registry (each council's log URL, platform and terms of reuse).

    Every council is keyed by its mySociety local-authority-code, e.g. BNE for Barnet:

        foi authorities
        foi sql "SELECT authority_key, name, population FROM authorities WHERE region = 'London'"

    Source: mySociety, UK Local Authorities (uk_la_future), CC-BY-4.0.
    """
    from warehouse import db, disclosure_registry, registry

    try:
        con = db.connect(db_file)
    except db.WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        n = registry.load_into(con, register)
        logs = disclosure_registry.load_into(con)
    except (registry.RegisterError, disclosure_registry.RegistryError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        con.close()
    click.echo(f"Loaded {n} councils into {db.db_path(db_file)} (source: {registry.REGISTER_CREDIT}), "
               f"and the disclosure logs of {logs} councils.")
