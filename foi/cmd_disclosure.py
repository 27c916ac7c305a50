"""`foi disclosure-logs`: the registry of council disclosure logs (check, propose, load)."""

from __future__ import annotations

import click

from foi.options import db_option

from crawlers.disclosure.propose import fetch, propose_lines
from crawlers.parsing import ParseError
from warehouse import db
from warehouse.disclosure_registry import RegistryError, load, load_into
from warehouse.linking import link_requests


def click_group():
    """The `check`, `propose` and `load` commands as a click group."""
    @click.group("disclosure-logs", context_settings={"help_option_names": ["-h", "--help"]})
    def cli():
        """The council disclosure-log registry (warehouse/reference/disclosure_logs.csv).

        Check it, propose new lines from WhatDoTheyKnow's all-authorities.csv, or load it into the warehouse."""

    @cli.command()
    @click.option("--registry", "registry_file", type=click.Path(dir_okay=False, exists=True),
                  help="A registry file other than the bundled one.")
    def check(registry_file):
        """Validate the registry and list its councils."""
        try:
            logs = load(registry_file)
        except RegistryError as exc:
            raise click.ClickException(str(exc)) from exc
        for log in logs:
            click.echo(f"{log.code:5} {log.platform:12} {log.url or '-'}" + (f"  [terms: {log.terms}]" if log.terms
                                                                              else ""))
        click.echo(f"{len(logs)} councils, {sum(log.crawlable for log in logs)} crawlable")

    @cli.command()
    @click.argument("source")
    @click.option("--registry", "registry_file", type=click.Path(dir_okay=False, exists=True),
                  help="Leave out councils this registry already has (default: the bundled one).")
    def propose(source, registry_file):
        """Print registry lines for councils whose WhatDoTheyKnow entry names a disclosure log.

        SOURCE is an all-authorities.csv file or URL, e.g.
        https://www.whatdotheyknow.com/body/all-authorities.csv (or the replay's /body/all-authorities.csv).
        Review each line (platform, terms) before adding it to the registry."""
        try:
            text = fetch(source)
            proposals = propose_lines(text, load(registry_file))
        except (OSError, ParseError, RegistryError) as exc:
            raise click.ClickException(f"could not read {source}: {exc}") from exc
        for p in proposals:
            click.echo(p.line())
        click.echo(f"# {len(proposals)} proposed line(s)", err=True)

    @cli.command("load")
    @db_option
    @click.option("--registry", "registry_file", type=click.Path(dir_okay=False, exists=True))
    def load_cmd(db_file, registry_file):
        """Write the registry into the authorities table and re-link requests found in both sources.

        Every disclosure_log crawl does this; run it after a WhatDoTheyKnow crawl, which rewrites the
        authorities' disclosure-log columns and the links of the requests it re-harvests."""
        try:
            logs = load(registry_file)
        except RegistryError as exc:
            raise click.ClickException(str(exc)) from exc
        try:
            con = db.connect(db_file)
        except db.WarehouseError as exc:
            raise click.ClickException(str(exc)) from exc
        try:
            n = load_into(con, logs=logs)
            links = link_requests(con)
        finally:
            con.close()
        click.echo(f"{n} councils' disclosure logs written to authorities; {len(links)} requests linked to "
                   "WhatDoTheyKnow")

    return cli


disclosure_logs = click_group()
