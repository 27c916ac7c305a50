"""The whole job as a plain function: crawl (WhatDoTheyKnow, then the councils' disclosure logs), extract,
report, export. `foi demo` and `foi run` call it, and so can the notebooks, the benchmarks and the tests."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


DEMO_NOTE = ("DEMONSTRATION DATA: the replies are invented answers to a real questionnaire, attributed to real "
             "councils (Barnet's 2021 reply alone is real), served by a local replay of WhatDoTheyKnow. "
             "They are not the councils' answers: do not publish these figures.")


class PipelineError(RuntimeError):
    """The pipeline cannot start (a corpus without a batch request); the message says why."""


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


def demo_batch_id(corpus_dir: Path | None) -> int:
    from replay import server

    corpus = Path(corpus_dir) if corpus_dir else Path(server.__file__).parent / "corpus"
    site = json.loads((corpus / "site.json").read_text(encoding="utf-8"))
    batches = site.get("info_request_batches") or []
    if not batches:
        raise PipelineError(f"The corpus in {corpus} has no batch request to crawl.")
    return int(batches[0]["id"])


def stored_corrections(db_file: Path) -> list[tuple[str, object]]:
    """(source file, Override) for every correction in the warehouse at ``db_file``, to carry into a fresh
    one. A warehouse that exists but cannot be read stops the run: its corrections would be lost with it."""
    from warehouse import db
    from warehouse.overrides import Override

    if not Path(db_file).exists():
        return []
    try:
        con = db.connect(db_file, read_only=True)
    except db.WarehouseError as exc:
        raise PipelineError(f"{exc} It may hold corrections (foi review / foi extract --overrides) that a fresh run "
                            f"would lose: move {db_file} aside, or delete it to start afresh.") from exc
    try:
        have = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'answer_overrides'"
                           ).fetchone()[0]
        rows = con.execute("SELECT answer_id, corrected_value, note, coalesce(source_file, '') "
                           "FROM answer_overrides").fetchall() if have else []
    finally:
        con.close()
    return [(source, Override(aid, float(value), note)) for aid, value, note, source in rows]


def _by_source(kept: list[tuple[str, object]]) -> dict[str, list]:
    out: dict[str, list] = {}
    for source, override in kept:
        out.setdefault(source or "kept from the previous warehouse", []).append(override)
    return out


def _why_failed(crawl: dict) -> str:
    """The reason a crawl gives for failing: its own first line ("Crawl … failed: Stopped: …"), not the tail of
    Scrapy's log."""
    summary = str(crawl.get("summary") or "")
    first = summary.splitlines()[0] if summary else ""
    if " failed: " in first:
        return first.split(" failed: ", 1)[1]
    return first or str(crawl.get("error") or "see the crawl_failures table")


def _holds_no_requests(db_file: Path) -> bool:
    import duckdb

    from warehouse import db

    try:
        con = db.connect(db_file, read_only=True)
    except (duckdb.Error, db.WarehouseError, db.WarehouseMissing):
        return False
    try:
        return con.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
    except duckdb.Error:
        return False
    finally:
        con.close()


def _describe(args: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in args.items()) or "no arguments"


def _short(summary) -> str:
    if isinstance(summary, dict):
        return ", ".join(f"{k}: {v}" for k, v in summary.items() if not isinstance(v, (dict, list)))
    return str(summary)


def run_pipeline(
    *,
    out_dir: Path,
    crawl_args: dict | list[dict],
    settings: dict,
    disclosure_args: dict | None,
    echo: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
    fresh: bool = True,
    data_note: str | None = None,
) -> PipelineResult:
    """Crawl → extract → report → export into ``out_dir``. Each step's failure is reported, not swallowed.
    ``data_note`` says what the data is when it is not real replies from the live sites (the demo's invented
    corpus); it is stored in the warehouse's `about` table and repeated on the report, charts and exports."""
    from analysis.export import export_all
    from analysis.report import write_report
    from foi.cmd_crawl import run_crawl
    from warehouse import db, disclosure_registry, normalize, registry

    out_dir = Path(out_dir)
    db_file = out_dir / "foi.duckdb"
    files_dir = out_dir / "files"
    # a fresh run starts a new warehouse, but a journalist's corrections are never thrown away with the old one
    kept = stored_corrections(db_file) if fresh else []
    created = fresh or not db_file.exists()
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
            if data_note:
                db.upsert(con, "about", [{"key": "data_source", "value": data_note}])
            if kept:
                from warehouse import overrides
                from warehouse.normalize import store

                store.ensure_schema(con)
                for source_file, rows in _by_source(kept).items():
                    overrides.store_overrides(con, rows, source_file)
                echo(f"      kept {len(kept)} correction(s) from the previous warehouse (answer_overrides)")
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
            summary = run_crawl("disclosure_log", disclosure_args, settings)
            result.crawls.append(summary)
            echo("      " + str(summary.get("summary") or summary))

    if crawls and all(c.get("status") == "failed" for c in result.crawls[: len(crawls)]):
        reasons = "; ".join(_why_failed(c) for c in result.crawls)
        if created and _holds_no_requests(db_file):
            # a warehouse with nothing in it would only make the next command fail less clearly
            for leftover in (db_file, Path(str(db_file) + ".wal")):
                leftover.unlink(missing_ok=True)
        raise PipelineError(f"Nothing could be crawled, so there is nothing to extract. {reasons}")

    with steps.step("Extracting answers, refusals and outcomes"):
        con = db.connect(db_file)
        try:
            result.extract = normalize.rebuild(con)
        except normalize.NothingToExtract as exc:
            raise PipelineError(str(exc)) from exc
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


def imitated_logs(server) -> dict:
    """The replay imitates some councils' logs; crawl just those (the registry's others live on real hosts)."""
    site = getattr(server, "disclosure_logs", None)
    return {"council": ",".join(sorted(site.logs))} if site and getattr(site, "logs", None) else {}


def local_settings(base_url: str) -> dict:
    # The replay is ours and on loopback: no need to be gentle with it, and robots.txt is the site's own.
    return {
        "WDTK_BASE_URL": base_url,
        "DISCLOSURE_LOG_BASE_URL": base_url,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "LOG_LEVEL": os.environ.get("FOI_LOG_LEVEL", "WARNING"),
    }


