"""`foi demo` and `foi run`: the whole job in one command.

The demo starts the bundled WhatDoTheyKnow replay on 127.0.0.1, crawls its batch request (and the imitation
council disclosure logs), extracts the answers, and writes the warehouse, report, charts and exports to
``data/demo/``. `foi run` is the same pipeline pointed at the real site.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import click

DEMO_DIR = Path("data") / "demo"
DEMO_PORT = 8042  # `foi replay`'s default port


@dataclass
class PipelineResult:
    out_dir: Path
    db_file: Path
    crawls: list[dict] = field(default_factory=list)
    extract: dict | None = None
    report: Path | None = None
    charts: list[Path] = field(default_factory=list)
    exports: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Steps:
    """Numbered progress lines on stderr, so a long run shows where it is and how long each step took."""

    def __init__(self, total: int, echo: Callable[[str], None]):
        self.total, self.n, self.echo = total, 0, echo

    @contextmanager
    def step(self, title: str):
        self.n += 1
        self.echo(f"[{self.n}/{self.total}] {title} …")
        started = time.monotonic()
        yield
        self.echo(f"      done in {time.monotonic() - started:.1f} s")


def _demo_batch_id(corpus_dir: Path | None) -> int:
    from replay import server

    corpus = Path(corpus_dir) if corpus_dir else Path(server.__file__).parent / "corpus"
    site = json.loads((corpus / "site.json").read_text(encoding="utf-8"))
    batches = site.get("info_request_batches") or []
    if not batches:
        raise click.ClickException(f"The corpus in {corpus} has no batch request to crawl.")
    return int(batches[0]["id"])


def _has_spider(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(f"crawlers.spiders.{name}") is not None


def run_pipeline(
    *,
    out_dir: Path,
    crawl_args: dict | list[dict],
    settings: dict,
    disclosure_args: dict | None,
    echo: Callable[[str], None] = click.echo,
    fresh: bool = True,
) -> PipelineResult:
    """Crawl → extract → report → export into ``out_dir``. Each step's failure is reported, not swallowed."""
    from analysis.export import export_all
    from analysis.report import write_report
    from foi.cmd_crawl import run_crawl
    from warehouse import db, disclosure_registry, normalize, registry

    out_dir = Path(out_dir)
    db_file = out_dir / "foi.duckdb"
    files_dir = out_dir / "files"
    if fresh:
        for stale in (db_file, Path(str(db_file) + ".wal"), out_dir / "charts", out_dir / "exports"):
            if stale.is_dir():
                shutil.rmtree(stale)
            elif stale.exists():
                stale.unlink()
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = {**settings, "FOI_DUCKDB": str(db_file), "FOI_FILES_DIR": str(files_dir)}
    result = PipelineResult(out_dir=out_dir, db_file=db_file)
    crawls = [crawl_args] if isinstance(crawl_args, dict) else list(crawl_args)
    steps = Steps(4 + len(crawls) + int(disclosure_args is not None), echo)

    with steps.step("Loading the register of UK councils (mySociety, CC-BY-4.0)"):
        con = db.connect(db_file)
        try:
            registry.load_into(con)
            disclosure_registry.load_into(con)
        finally:
            con.close()

    for args in crawls:
        with steps.step(f"Crawling WhatDoTheyKnow at {settings.get('WDTK_BASE_URL')} ({_describe(args)})"):
            summary = run_crawl("whatdotheyknow", args, settings)
            result.crawls.append(summary)
            echo("      " + str(summary.get("summary") or summary))
            if summary.get("status") not in (None, "finished"):
                result.problems.append(f"WhatDoTheyKnow crawl ({_describe(args)}) ended {summary.get('status')}: "
                                       "see the crawl_runs and crawl_failures tables.")

    if disclosure_args is not None:
        with steps.step(f"Crawling council disclosure logs ({_describe(disclosure_args) or 'every council'})"):
            if _has_spider("disclosure_log"):
                summary = run_crawl("disclosure_log", disclosure_args, settings)
                result.crawls.append(summary)
                echo("      " + str(summary.get("summary") or summary))
            else:
                result.problems.append("The disclosure-log spider is not in this build; skipped that step.")
                echo("      not available in this build")

    if crawls and all(c.get("status") == "failed" for c in result.crawls[: len(crawls)]):
        reasons = "; ".join(str(c.get("error") or c.get("summary") or "see crawl_failures") for c in result.crawls)
        raise click.ClickException(f"Nothing could be crawled, so there is nothing to extract: {reasons}")

    with steps.step("Extracting answers, refusals and outcomes"):
        con = db.connect(db_file)
        try:
            result.extract = normalize.rebuild(con)
        except normalize.NothingToExtract as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            con.close()
        echo("      " + _short(result.extract))

    with steps.step("Writing the report and charts"):
        con = db.connect(db_file, read_only=True)
        try:
            result.report = write_report(con, out_dir)
            result.charts = sorted((out_dir / "charts").glob("*")) if (out_dir / "charts").exists() else []
        finally:
            con.close()

    with steps.step("Exporting every view to CSV, XLSX and Parquet"):
        con = db.connect(db_file, read_only=True)
        try:
            exported = export_all(con, out_dir / "exports")
            result.exports = [Path(p) for p in exported] if exported else sorted((out_dir / "exports").glob("*"))
        finally:
            con.close()
    return result


def _guarded(fn):
    """Warehouse problems (busy, not a DuckDB file) become a clear message, not a traceback."""
    from functools import wraps

    from warehouse import db

    @wraps(fn)
    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except db.WarehouseError as exc:
            raise click.ClickException(str(exc)) from exc

    return call


def _describe(args: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in args.items()) or "no arguments"


def _short(summary) -> str:
    if isinstance(summary, dict):
        return ", ".join(f"{k}: {v}" for k, v in summary.items() if not isinstance(v, (dict, list)))
    return str(summary)


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
    batch_id = _demo_batch_id(corpus_dir)
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
            settings=_local_settings(server.base_url),
            disclosure_args=None if no_disclosure_logs else _imitated_logs(server),
            echo=lambda s: click.echo(s, err=True),
        )
    finally:
        server.stop()
    click.echo(_closing(result))
    click.echo(f"  the sources    the report links to the replay at {server.base_url}; run "
               f"`foi replay --port {server.port}` to follow them.")


def _imitated_logs(server) -> dict:
    """The replay imitates some councils' logs; crawl just those (the registry's others live on real hosts)."""
    site = getattr(server, "disclosure_logs", None)
    return {"council": ",".join(sorted(site.logs))} if site and getattr(site, "logs", None) else {}


def _local_settings(base_url: str) -> dict:
    # The replay is ours and on loopback: no need to be gentle with it, and robots.txt is the site's own.
    return {
        "WDTK_BASE_URL": base_url,
        "DISCLOSURE_LOG_BASE_URL": base_url,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "LOG_LEVEL": os.environ.get("FOI_LOG_LEVEL", "WARNING"),
    }


@click.command("run")
@click.option("--batch", type=int, default=None, help="A WhatDoTheyKnow batch request id (info_request_batch/<id>).")
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
