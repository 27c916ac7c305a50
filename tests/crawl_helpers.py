"""Helpers for the real-crawl tests: run `scrapy crawl whatdotheyknow` in a child process against a replay
on 127.0.0.1 with politeness off, and read back what it stored."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb

from foi.cmd_crawl import run_crawl

FAST = {
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": 0, "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "FOI_BACKOFF_BASE": 0.05, "FOI_RETRY_AFTER_MAX": 1, "FOI_CHALLENGE_BACKOFF": 0.05, "DOWNLOAD_TIMEOUT": 3,
    "RETRY_TIMES": 2, "LOG_LEVEL": "WARNING", "FOI_EXTRACT_TIMEOUT": 20,
}
CONTENT_TABLES = {
    "requests": "request_id", "messages": "message_id", "attachments": "attachment_id",
    "authorities": "authority_key",
}
_EMAIL = re.compile(r"[\w.+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")


def crawl(server, tmp_path: Path, db: str = "foi.duckdb", settings: dict | None = None, **args) -> dict:
    s = {**FAST, "WDTK_BASE_URL": server.base_url, "FOI_DUCKDB": str(tmp_path / db),
         "FOI_FILES_DIR": str(tmp_path / "files"), **(settings or {})}
    return run_crawl("whatdotheyknow", {k: v for k, v in args.items() if v is not None}, s, timeout=60)


def rows(db_file: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def content(db_file: Path) -> dict[str, list[tuple]]:
    """Every raw content table, minus when things were fetched: what a crawl harvested."""
    con = duckdb.connect(str(db_file), read_only=True)
    try:
        out = {}
        for table, key in CONTENT_TABLES.items():
            cols = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c != "fetched_at"]
            out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {key}").fetchall()
        return out
    finally:
        con.close()


def corpus_site(corpus_dir: Path) -> dict:
    return json.loads((Path(corpus_dir) / "site.json").read_text(encoding="utf-8"))


def expected_counts(site: dict, keep) -> dict[str, int]:
    reqs = [r for r in site["info_requests"] if keep(r) and r.get("prominence", "normal") in ("normal", "backpage")]
    return {
        "requests": len(reqs),
        "messages": sum(len(r["outgoing_messages"]) + len(r["incoming_messages"]) + len(r["comments"]) for r in reqs),
        "attachments": sum(len(m["attachments"]) for r in reqs for m in r["incoming_messages"]),
    }


def stored_counts(db_file: Path) -> dict[str, int]:
    return {t: rows(db_file, f"SELECT count(*) FROM {t}")[0][0] for t in ("requests", "messages", "attachments")}


def emails_in_stored_text(db_file: Path) -> list[str]:
    found = []
    for (text,) in rows(db_file, "SELECT body_text FROM messages UNION ALL SELECT from_name FROM messages "
                                 "UNION ALL SELECT request_text FROM requests"):
        found += _EMAIL.findall(text or "")
    return found
