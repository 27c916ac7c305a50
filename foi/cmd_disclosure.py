"""`foi disclosure-logs`: the registry of council disclosure logs (check, propose, load)."""

from __future__ import annotations

import click

from foi.options import db_option

from crawlers.disclosure.propose import fetch, propose_lines
from crawlers.parsing import ParseError
from warehouse import db
from warehouse.disclosure_registry import DEMO, RegistryError, by_platform, load, load_into
from warehouse.linking import link_requests


def _registry_option(help_text: str):
    return click.option("--registry", "registry_file", metavar="FILE|demo",
                        callback=lambda ctx, param, value: _registry_path(value), help=help_text)


def _registry_path(value):
    from pathlib import Path

    if value in (None, DEMO) or Path(value).is_file():
        return value
    raise click.BadParameter(f"{value!r} is not a file; give a registry CSV file or 'demo' (the imitation logs)")


def click_group():
    """The `check`, `propose` and `load` commands as a click group."""
    @click.group("disclosure-logs", context_settings={"help_option_names": ["-h", "--help"]})
    def cli():
        """The council disclosure-log registry (warehouse/reference/disclosure_logs.csv).

        Check it, propose new lines from WhatDoTheyKnow's all-authorities.csv, or load it into the warehouse."""

    @cli.command()
    @_registry_option("A registry file other than the bundled one ('demo': the replay's imitation logs).")
    @click.option("--fetch", is_flag=True, help="Also fetch each council's start URL and first entry and say "
                                                "whether they parse (one request at a time).")
    @click.option("--council", "councils", help="Only these councils (codes, comma-separated).")
    @click.option("--base-url", help="Fetch every URL's path from this host instead (a replay or a mirror).")
    def check(registry_file, fetch, councils, base_url):
        """Validate the registry, list its councils, count them by platform and, with --fetch, check each log.

        With --fetch, each line says whether the start URL answered, how many entries the listing gave and
        what the first entry parsed to; the exit status is 1 when any crawlable log failed."""
        try:
            logs = load(registry_file)
        except RegistryError as exc:
            raise click.ClickException(str(exc)) from exc
        if councils:
            wanted = {c.strip().upper() for c in councils.split(",") if c.strip()}
            unknown = wanted - {log.code for log in logs}
            if unknown:
                raise click.ClickException(f"no registry line for {', '.join(sorted(unknown))}")
            logs = [log for log in logs if log.code in wanted]
        failed = 0
        if fetch:
            from crawlers.disclosure.check import check_log
            from crawlers.settings import USER_AGENT as agent
        for log in logs:
            line = f"{log.code:5} {log.platform:12} {log.url or '-'}" + (f"  [terms: {log.terms}]" if log.terms
                                                                          else "")
            click.echo(line)
            if fetch and log.crawlable:
                r = check_log(log, agent, base_url)
                failed += not r.ok
                click.echo(f"      start: {r.start} | listing: {r.listing} | first entry: {r.first}")
        counts = ", ".join(f"{n} {platform}" for platform, n in by_platform(logs).items())
        click.echo(f"{len(logs)} councils, {sum(log.crawlable for log in logs)} crawlable ({counts})")
        if failed:
            raise click.ClickException(f"{failed} log(s) did not parse; see the lines above")

    @cli.command()
    @click.argument("source")
    @_registry_option("Leave out councils this registry already has (default: the bundled one).")
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
    @_registry_option("A registry file other than the bundled one ('demo': the replay's imitation logs).")
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
