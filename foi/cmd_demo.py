"""`foi demo` and `foi run`: the whole job in one command.

The demo starts the bundled WhatDoTheyKnow replay on 127.0.0.1, crawls its batch request (and the imitation
council disclosure logs), extracts the answers, and writes the warehouse, report, charts and exports to
``data/demo/``. `foi run` is the same pipeline pointed at the real site.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from foi.options import BATCH_ID
from foi.pipeline import (DEMO_NOTE, PipelineError, PipelineResult, demo_batch_id, imitated_logs, local_settings,
                          run_pipeline)

DEMO_DIR = Path("data") / "demo"
DEMO_PORT = 8042  # `foi replay`'s default port


def _guarded(fn):
    """Warehouse problems (busy, not a DuckDB file) and a pipeline that cannot go on become a clear message,
    not a traceback."""
    from functools import wraps

    from warehouse import db

    @wraps(fn)
    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (db.WarehouseError, PipelineError) as exc:
            raise click.ClickException(str(exc)) from exc

    return call


def _closing(result: PipelineResult) -> str:
    lines = ["", "Finished. Open these next:"]
    if result.report:
        lines.append(f"  the report     {result.report}")
    lines.append(f"  the charts     {result.out_dir / 'charts'}/  (PNG and SVG)")
    lines.append(f"  the exports    {result.out_dir / 'exports'}/  (CSV, XLSX and Parquet of every view)")
    lines.append(f"  the warehouse  {result.db_file}")
    lines.append(f"      e.g.  foi sql --db {result.db_file} \"SELECT * FROM device_purchases LIMIT 10\"")
    lines.append("  the notebooks  jupyter lab notebooks/   (they read the demo warehouse)")
    if result.problems:
        lines.append("")
        lines.append("Things to know:")
        lines.extend(f"  - {p}" for p in result.problems)
    return "\n".join(lines)


@click.command("demo")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=str(DEMO_DIR), show_default=True,
              help="Where to write the warehouse, report, charts and exports.")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False), default=None,
              help="Serve another replay corpus instead of the bundled demo.")
@click.option("--no-disclosure-logs", is_flag=True, help="Skip the council disclosure-log step.")
def demo(out_dir: str, corpus: str | None, no_disclosure_logs: bool) -> None:
    """Run the whole job offline on the bundled demo.

    Starts the WhatDoTheyKnow replay on 127.0.0.1, crawls its batch request to 40+ councils (and the imitation
    council disclosure logs), extracts the figures and refusals, and writes data/demo/: foi.duckdb,
    report.html, charts/ and exports/. Needs no network.
    """
    from replay.server import ReplayServer

    corpus_dir = Path(corpus) if corpus else None
    batch_id = demo_batch_id(corpus_dir)
    try:
        # The report links back to every source on the replay, so serve it where `foi replay` serves by
        # default: those links work again whenever `foi replay` runs. Any free port if that one is taken.
        server = ReplayServer(corpus_dir=corpus_dir, host="127.0.0.1", port=DEMO_PORT).start()
    except OSError:
        server = ReplayServer(corpus_dir=corpus_dir, host="127.0.0.1", port=0).start()
    click.echo(f"Replay of WhatDoTheyKnow serving the demo corpus at {server.base_url}", err=True)
    try:
        result = _guarded(run_pipeline)(
            out_dir=Path(out_dir),
            # the batch for the survey, then every request to the councils so refusal rates mean something
            crawl_args=[{"batch": batch_id}, {"tag": "local_council"}],
            settings=local_settings(server.base_url),
            disclosure_args=None if no_disclosure_logs else imitated_logs(server),
            echo=lambda s: click.echo(s, err=True),
            data_note=DEMO_NOTE if corpus is None else (
                f"REPLAYED DATA: replies from the corpus in {corpus}, served by a local replay of WhatDoTheyKnow, "
                "not fetched from the live site."),
        )
    finally:
        server.stop()
    click.echo(_closing(result))
    click.echo(f"  the sources    the report links to the replay at {server.base_url}; run "
               f"`foi replay --port {server.port}` to follow them.")


@click.command("run")
@click.option("--batch", type=BATCH_ID, default=None, help="A WhatDoTheyKnow batch request: its id or its page's address (info_request_batch/<id>).")
@click.option("--body", default=None, help="Authority url_name(s), comma-separated, e.g. barnet_borough_council.")
@click.option("--tag", default=None, help="Every authority with this tag, e.g. local_council or gss:E09000003.")
@click.option("--query", default=None, help="A search (needs WDTK_ALLOW_SEARCH=1; see the README).")
@click.option("--since", default=None, help="Only requests made on or after YYYY-MM-DD.")
@click.option("--limit", type=int, default=None, help="Stop after this many requests.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="data", show_default=True)
@click.option("--base-url", default=None, help="Another Alaveteli site (default: $WDTK_BASE_URL or WhatDoTheyKnow).")
def run(batch, body, tag, query, since, limit, out_dir, base_url) -> None:
    """Crawl WhatDoTheyKnow live, extract and report: the demo's pipeline on the real site.

    Set FOI_CONTACT to an e-mail address or URL first: it goes in the User-Agent so the site's operators can
    reach you. The crawl is polite (robots.txt, AutoThrottle, one request at a time) and incremental: run the
    same command again later to pick up new replies cheaply.

        FOI_CONTACT=you@example.org foi run --batch 1234
    """
    args = {k: v for k, v in dict(batch=batch, body=body, tag=tag, query=query, since=since, limit=limit).items()
            if v is not None}
    if not any(k in args for k in ("batch", "body", "tag", "query")):
        raise click.UsageError("Say what to crawl: --batch, --body, --tag or --query.")
    if not os.environ.get("FOI_CONTACT"):
        click.echo("Note: FOI_CONTACT is not set; please set it to an e-mail address so the site can reach you.",
                   err=True)
    settings = {"WDTK_BASE_URL": base_url or os.environ.get("WDTK_BASE_URL") or "https://www.whatdotheyknow.com"}
    result = _guarded(run_pipeline)(out_dir=Path(out_dir), crawl_args=args, settings=settings, disclosure_args=None,
                          echo=lambda s: click.echo(s, err=True), fresh=False)
    click.echo(_closing(result))
