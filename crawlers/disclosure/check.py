"""`foi disclosure-logs check --fetch`: for each council, whether its start URL answers, its listing parses into
entries, and its first entry parses into a request, fetched politely (one request at a time, a User-Agent that
says who asks, robots.txt obeyed) so a person can see which registry lines need attention."""

from __future__ import annotations

import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from crawlers.disclosure.adapters import adapter_for
from crawlers.parsing import ParseError

TIMEOUT = 30


@dataclass
class CheckResult:
    code: str
    platform: str
    start: str = "-"      # "ok", "http 404", "unreachable: ...", "not crawled", ...
    listing: str = "-"    # "12 entries, 3 more pages", "no entries", "parse: ..."
    first: str = "-"      # "FOIR-2400123 'Parking permits'", "parse: ..."
    empty_ok: bool = False  # an API or dataset may rightly answer nothing for the newest period

    @property
    def ok(self) -> bool:
        listed = self.listing.split(" ")[0].isdigit() or (self.empty_ok and self.listing.startswith("no entries"))
        return self.start == "ok" and listed and not self.first.startswith(("parse", "http", "unreachable"))


def _fetch(url: str, agent: str, body: bytes | None = None) -> bytes:
    headers = {"User-Agent": agent}
    if body is not None:
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=body, headers=headers, method="POST" if body is not None else "GET")
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:  # one page at a time, never in bulk
        return resp.read()


def _allowed(url: str, agent: str) -> bool:
    p = urlsplit(url)
    rp = urllib.robotparser.RobotFileParser(urlunsplit((p.scheme, p.netloc, "/robots.txt", "", "")))
    try:
        rp.read()
    except (OSError, ValueError):
        return True   # no robots.txt to read: nothing forbids
    return rp.can_fetch(agent, url)


def _failed(exc: Exception) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"http {exc.code}"
    return f"unreachable: {getattr(exc, 'reason', exc)}"[:120]


def check_log(log, agent: str, base: str | None = None) -> CheckResult:
    """Fetch and parse one council's start URL, and its first entry's page when the listing links pages."""
    out = CheckResult(log.code, log.platform, empty_ok=log.platform in ("infreemation", "socrata", "csv", "table"))
    adapter = adapter_for(log.platform)
    if adapter is None or not log.url:
        out.start = "not crawled"
        return out

    def at(url: str) -> str:
        if not base:
            return url
        p, b = urlsplit(url), urlsplit(base)
        return urlunsplit((b.scheme, b.netloc, p.path or "/", p.query, ""))

    try:
        starts = adapter.start_urls(log.url, log.options)
        bodies = adapter.request_bodies(log.url, log.options) if adapter.method == "POST" else [None] * len(starts)
    except ValueError as exc:
        out.start = f"not configured: {exc}"[:160]
        return out
    # the newest year page or API period may be empty: look at up to three before saying the listing is
    tries = [(at(u), b) for u in starts for b in bodies][:3] if adapter.method == "POST" else \
        [(at(u), None) for u in starts][:3]
    for url, body in tries:
        if not _allowed(url, agent):
            out.start = "robots.txt forbids"
            return out
        try:
            page = _fetch(url, agent, body)
        except (OSError, ValueError) as exc:
            out.start = _failed(exc)
            return out
        out.start = "ok"
        try:
            listing, problems = adapter.parse_listing(page, url, log.options)
        except ParseError as exc:
            out.listing = f"parse: {exc}"[:160]
            return out
        except Exception as exc:  # a page of the wrong shape: reported, the check goes on with the next council
            out.listing = f"parse: {type(exc).__name__}: {exc}"[:160]
            return out
        if listing.entries:
            break
    out.listing = (f"{len(listing.entries)} entries" if listing.entries else "no entries") + (
        f", {len(listing.follow)} more pages" if listing.follow else "") + (
        f", {len(problems)} unreadable" if problems else "")
    if not listing.entries:
        return out
    entry = listing.entries[0]
    if entry.record is not None:
        rec = entry.record
    elif adapter.detail_pages:
        try:
            records = adapter.parse_detail(_fetch(at(entry.url), agent), entry.url, log.options)
        except (OSError, ValueError) as exc:
            out.first = _failed(exc) if not isinstance(exc, ParseError) else f"parse: {exc}"[:160]
            return out
        except Exception as exc:  # as above
            out.first = f"parse: {type(exc).__name__}: {exc}"[:160]
            return out
        rec = records[0]
    else:
        return out
    out.first = f"{rec.reference or '(no reference)'} {str(rec.title or '')[:50]!r}" + (
        "" if rec.received or rec.responded or rec.updated else " (no dates)")
    return out
