"""`foi import PATH`: replies from a mailbox, a WhatDoTheyKnow download zip or a folder of documents, into the
warehouse's raw layer beside crawled ones (importers/, docs/import.md)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from foi.options import db_option


@click.command(name="import")
@click.argument("path", type=click.Path(exists=True, path_type=Path), required=False)
@db_option
@click.option("--demo", is_flag=True,
              help="Import the bundled demo mailbox (invented replies to the demo's round-robin) into the demo's "
                   "warehouse (data/demo/foi.duckdb, after `foi demo`).")
@click.option("--files-dir", type=click.Path(file_okay=False), default=None,
              help="Where attachments go (default $FOI_FILES_DIR or data/files).")
@click.option("--me", "me", multiple=True, metavar="ADDRESS",
              help="Your own e-mail address (repeatable): messages from it are your requests. Default: the "
                   "address that corresponds with the most councils. It is never stored.")
@click.option("--councils", "mapping_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A filled-in unmatched CSV (sender_domain, council): which council each sender domain is.")
@click.option("--unmatched-out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the CSV of replies no council was matched for (default: import-unmatched.csv "
                   "beside the warehouse).")
@click.option("--verbose", "-v", is_flag=True, help="One line per request as it is stored.")
def import_(path: Path | None, db_file: str | None, demo: bool, files_dir: str | None, me: tuple[str, ...], mapping_file: str | None,
            unmatched_out: str | None, verbose: bool) -> None:
    """Import replies from PATH into the warehouse, as a crawl would have stored them.

    PATH is an mbox file, a Maildir folder, .eml / Outlook .msg files (one, or a folder of them), a
    WhatDoTheyKnow download zip (a request's "Download a zip file of all correspondence", or a Pro batch's
    export), or a folder of reply documents with a CSV (file, council, request, date, title).

    Messages are threaded (References, In-Reply-To, the council's reference, the subject) and matched to a
    council (sender domain, letterhead or signature, the address the request went to); each match says how it
    was made. Replies no council was matched for are written to a CSV: fill in its council column and import
    again with --councils. Importing the same source again adds nothing.

    \b
    Examples:
      foi import ~/Mail/foi-replies.mbox
      foi import replies/ --me newsdesk@example.co.uk
      foi import remote_working_devices.zip
      foi import ~/Mail/foi-replies.mbox --councils data/import-unmatched.csv
      foi import scans/            (a folder with foi-import.csv)
      foi import --demo            (the bundled demo mailbox, after `foi demo`)
    """
    from rich.console import Console
    from rich.table import Table

    from importers.run import MappingError, import_path, template, unmatched_csv
    from importers.sources import NotImportable
    from warehouse import db

    if demo == (path is not None):
        raise click.UsageError("Give a PATH to import, or --demo for the bundled demo mailbox (not both).")
    db_path = db.db_path(db_file)
    if demo:
        from importlib import resources

        from foi._warehouse import DEMO_DB

        path = Path(str(resources.files("importers").joinpath("demo", "replies.mbox")))
        if db_file is None and not os.environ.get("FOI_DUCKDB") and DEMO_DB.exists():
            db_path = DEMO_DB
        files_dir = files_dir or (str(db_path.parent / "files") if db_path == DEMO_DB else None)

    def progress(outcome: str, req, run_id: str) -> None:
        if verbose:
            who = req.match.authority_key or f"unmatched ({req.match.sender_domain or '?'})"
            click.echo(f"{outcome:9} {req.request_id}  {who}  {(req.title or '')[:60]}", err=True)
            sys.stderr.flush()

    try:
        summary = import_path(path, db_path=db_path, files_dir=db.files_dir(files_dir), me=set(me) or None,
                              mapping_file=mapping_file, progress=progress)
    except (NotImportable, MappingError) as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("\nStopped. Every request written so far is whole; run the same command again to finish "
                   "(what is already stored is not written twice).", err=True)
        sys.exit(130)
    except db.WarehouseError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)

    table = Table(title=f"foi import {path.name} → {db_path}", show_header=False, box=None)
    table.add_row("read as", f"{summary.kind} (source '{summary.source}')")
    if summary.requester:
        table.add_row("your address", "found by correspondence (--me to set it); never stored")
    table.add_row("requests", f"{summary.requests}: {summary.added} added, {summary.updated} updated, "
                              f"{summary.unchanged} unchanged" + (f", {summary.skipped} already crawled"
                                                                  if summary.skipped else ""))
    table.add_row("messages", f"{summary.messages} stored, {summary.attachments} attachments "
                              f"({summary.texts_read} read, {summary.texts_reused} already read before)")
    if summary.duplicates:
        table.add_row("duplicates", f"{summary.duplicates} copies of messages already read in this source")
    table.add_row("councils", ", ".join(f"{k} {v}" for k, v in sorted(summary.methods.items())) or "(none)")
    if summary.problems:
        table.add_row("problems", ", ".join(f"{k} {v}" for k, v in sorted(summary.problems.items()))
                      + f"  (foi sql \"SELECT * FROM crawl_failures WHERE run_id = '{summary.run_id}'\")")
    Console().print(table)
    out_dir = db.beside(db_path)
    if summary.unmatched:
        target = Path(unmatched_out) if unmatched_out else out_dir / "import-unmatched.csv"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(unmatched_csv(summary.unmatched), encoding="utf-8")
        again = "--demo" if demo else str(path)
        click.echo(f"{len(summary.unmatched)} requests matched no council; they are listed in {target}. Fill in "
                   f"its council column (a register code such as BNE, or the council's name), then run:\n"
                   f"  foi import {again} --councils {target}")
    if summary.unlisted:
        target = out_dir / "foi-import.csv"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(template(summary.unlisted), encoding="utf-8")
        click.echo(f"{len(summary.unlisted)} documents are not in the folder's CSV. A CSV listing them is at "
                   f"{target}: fill in council, request and date, save it in {path} as foi-import.csv and import "
                   "again.")
    click.echo("Next: `foi extract` reads the imported replies with the crawled ones.")


import_.name = "import"
