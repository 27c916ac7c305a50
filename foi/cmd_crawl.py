"""`foi crawl`: run a spider into the warehouse and print what it stored.

The crawl runs as `python -m scrapy crawl ...` in a child process (Twisted's reactor cannot be restarted, so a
second crawl in one Python process would fail); `run_crawl()` is the same thing for Python callers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import click

from foi.options import BATCH_ID, db_option

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SPIDERS = ("whatdotheyknow", "disclosure_log")


def _setting_value(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def crawl_command(spider_name: str, args: dict, settings: dict, run_id: str) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider_name]
    for key, value in args.items():
        if value is not None and value != "":
            cmd += ["-a", f"{key}={value}"]
    for key, value in {**settings, "FOI_RUN_ID": run_id}.items():
        if value is not None:
            cmd += ["-s", f"{key}={_setting_value(value)}"]
    return cmd


def _run_row(db_file: str, run_id: str) -> dict | None:
    import duckdb

    from warehouse import db

    if not db.exists(db_file):
        return None
    try:
        con = db.connect(db_file, read_only=True)
    except (duckdb.Error, db.WarehouseError):
        return None
    try:
        cur = con.execute("SELECT * FROM crawl_runs WHERE run_id = ?", [run_id])
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
    except duckdb.Error:
        return None
    finally:
        con.close()
    if row is None:
        return None
    out = dict(zip(names, row))
    for key in ("arguments", "failures_by_kind"):
        if isinstance(out.get(key), str):
            try:
                out[key] = json.loads(out[key])
            except ValueError:
                pass
    return out


def run_crawl(spider_name: str, args: dict, settings: dict | None = None, *, echo_output: bool = False,
              timeout: float | None = None) -> dict:
    """Run one crawl to completion and return its crawl_runs row as a dict (status, counts, failures_by_kind,
    summary, ...) plus `exit_code` and, when the crawl could not record itself, `error`.

    `settings` are Scrapy/foi settings (WDTK_BASE_URL, FOI_DUCKDB, FOI_FILES_DIR, DOWNLOAD_DELAY, ...);
    anything not given comes from the environment and crawlers/settings.py."""
    settings = dict(settings or {})
    run_id = uuid.uuid4().hex[:16]
    db_file = str(settings.get("FOI_DUCKDB") or os.environ.get("FOI_DUCKDB") or "data/foi.duckdb")
    env = dict(os.environ)
    env["SCRAPY_SETTINGS_MODULE"] = "crawlers.settings"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH")) if p)
    cmd = crawl_command(spider_name, args, settings, run_id)
    try:
        if echo_output:
            proc = subprocess.run(cmd, env=env, timeout=timeout)
            output = ""
        else:
            proc = subprocess.run(cmd, env=env, timeout=timeout, capture_output=True, text=True, errors="replace")
            output = (proc.stdout or "") + (proc.stderr or "")
        returncode = proc.returncode
    except subprocess.TimeoutExpired as exc:   # the child has been killed; its run row says "running"
        def _text(v):
            return v.decode("utf-8", "replace") if isinstance(v, bytes) else (v or "")
        output = _text(exc.stdout) + _text(exc.stderr) + f"\ncrawl stopped: it took longer than {timeout} s"
        returncode = -9
    row = _run_row(db_file, run_id) or {
        "run_id": run_id, "spider": spider_name, "status": "failed", "arguments": args,
        "summary": "the crawl did not start; see the error",
    }
    row["exit_code"] = returncode
    if returncode == -9:
        row["status"] = "failed"
    if returncode != 0 and row.get("status") == "failed" and output:
        lines = [ln for ln in output.strip().splitlines() if ln.strip()]
        row["error"] = "\n".join(lines[-5:])
        row["output"] = output[-20000:]
    return row


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("spider", type=click.Choice(SPIDERS), default="whatdotheyknow")
@click.option("--batch", type=BATCH_ID, help="A batch request's id, or its page's address (/info_request_batch/<id>).")
@click.option("--body", help="Authorities by url_name (as in /body/<url_name>), comma-separated.")
@click.option("--tag", help="Every authority with this tag: local_council, or a machine tag like gss:E09000003.")
@click.option("--query", help="A WhatDoTheyKnow search. Search is disallowed by robots.txt: needs --allow-search.")
@click.option("--since", help="Only requests with activity on or after this date (YYYY-MM-DD).")
@click.option("--limit", type=int, help="Fetch at most this many requests.")
@click.option("--base-url", help="Another Alaveteli site or the replay (default $WDTK_BASE_URL or WhatDoTheyKnow).")
@db_option
@click.option("--files-dir", type=click.Path(file_okay=False), help="Where attachments go (default $FOI_FILES_DIR "
              "or data/files).")
@click.option("--allow-search", is_flag=True, help="Opt in to search pages for --query (a few pages at most).")
@click.option("--revalidate", is_flag=True, help="Re-check every known request with a conditional GET.")
@click.option("-a", "spider_args", multiple=True, metavar="NAME=VALUE", help="Extra spider argument.")
@click.option("-s", "extra_settings", multiple=True, metavar="NAME=VALUE", help="Extra Scrapy/foi setting.")
def crawl(spider, batch, body, tag, query, since, limit, base_url, db_file, files_dir, allow_search, revalidate,
          spider_args, extra_settings) -> None:
    """Harvest FOI requests into the warehouse (DuckDB raw layer) and print a summary.

    \b
    Examples:
      foi crawl whatdotheyknow --batch 1234
      foi crawl whatdotheyknow --body barnet_borough_council,leeds_city_council --since 2021-09-01
      foi crawl whatdotheyknow --tag local_council --since 2021-09-01 --limit 200
      foi crawl whatdotheyknow --query "laptops tablets" --allow-search
      foi crawl whatdotheyknow --batch 1234 --base-url http://127.0.0.1:8000   (the replay)

    Running the same command again fetches only what changed. Set FOI_CONTACT to your e-mail address: it goes
    in the User-Agent so the site's operators can reach you.
    """
    args = {k: v for k, v in dict(batch=batch, body=body, tag=tag, query=query, since=since, limit=limit).items()
            if v is not None}
    for item in spider_args:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"-a {item!r}: write it as NAME=VALUE")
        args[key] = value
    if revalidate:
        args["revalidate"] = "1"
    if spider == "whatdotheyknow" and not any(k in args for k in ("batch", "body", "tag", "query")):
        raise click.UsageError("Say what to crawl: --batch ID, --body NAME, --tag TAG or --query TEXT.")
    settings: dict = {}
    if base_url:
        settings["WDTK_BASE_URL"] = base_url
    if db_file:
        settings["FOI_DUCKDB"] = db_file
    if files_dir:
        settings["FOI_FILES_DIR"] = files_dir
    if allow_search:
        settings["WDTK_ALLOW_SEARCH"] = "1"
    for item in extra_settings:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"-s {item!r}: write it as NAME=VALUE")
        settings[key] = value
    if not os.environ.get("FOI_CONTACT") and not base_url:
        click.echo("Note: FOI_CONTACT is not set; set it to your e-mail address so the site can reach you.",
                   err=True)
    _check_not_busy(settings.get("FOI_DUCKDB") or os.environ.get("FOI_DUCKDB"))
    result = run_crawl(spider, args, settings, echo_output=True)
    if result.get("status") != "finished":
        raise click.ClickException(
            f"crawl {result.get('status')}" + (f": {result['error']}" if result.get("error") else
                                               "; see the summary above and the crawl_failures table"))


def _check_not_busy(db_file: str | None) -> None:
    from warehouse import db

    try:
        con = db.connect(db_file)
    except db.WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    con.close()
