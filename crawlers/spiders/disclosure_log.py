"""`scrapy crawl disclosure_log [-a council=CODE[,CODE]] [-a platform=NAME] [-a revalidate=1]`

Harvests councils' own disclosure logs into the raw layer next to WhatDoTheyKnow: `requests` rows with
`source = 'disclosure_log'`, the council's `authority_key` and `council_reference`, `received_at` /
`responded_at`; the request and the response as `messages`; the documents as `attachments` (bytes stored and
text extracted by the shared pipeline). Which councils and how to read each one comes from the registry
(warehouse/reference/disclosure_logs.csv): the line's platform picks an adapter (crawlers/disclosure/adapters.py).

Incremental: listing pages are read every run; a request page is fetched again only when the listing shows a
different date for it (a listing that shows no dates: never, once stored whole), or its listing entry / dataset
row / API record changed (documents, datasets, Infreemation); documents are re-checked with conditional GETs. An
unchanged log therefore costs its listing pages only.

Identity: a request's key is the council's reference; without one, the page's path and query (`?id=...` pages
are distinct requests), and the request's place on a page that holds several. Two different requests never
share a key in a run: the second is keyed by its address instead, and the clash is recorded. `revalidate=1`
re-checks every request page with a conditional GET. After the crawl, entries are linked to the same request
on WhatDoTheyKnow (warehouse/linking.py).

Settings: DISCLOSURE_LOG_BASE_URL (read every registry URL from this host instead, keeping the path: the
replay, which serves the demo's imitation logs, so the demo registry is read unless another is named),
DISCLOSURE_LOG_REGISTRY (another registry file, or `demo`), DISCLOSURE_LOG_REVALIDATE.
"""

from __future__ import annotations

import hashlib
import logging
import os
from datetime import date, datetime, time, timezone
from urllib.parse import unquote, urlsplit, urlunsplit

import scrapy
from scrapy import signals

from crawlers.common.spider import ArgumentError, RawLayerSpider, sha256_hex, validator_item
from crawlers.common.store import now
from crawlers.disclosure.adapters import Adapter, adapter_for
from warehouse.linking import link_requests
from crawlers.disclosure.records import EntryRecord, ListingEntry
from crawlers.items import AttachmentItem, MessageItem, RecordBundle, RequestItem
from crawlers.parsing import ParseError
from documents.mail_text import redact

logger = logging.getLogger(__name__)

SOURCE = "disclosure_log"
MAX_LISTING_PAGES = 500   # per council and run: a runaway pager stops here
_TRUE = ("1", "true", "yes", "on")


def _moment(d: date | None) -> datetime | None:
    return datetime.combine(d, time(0, 0), tzinfo=timezone.utc) if d else None


def address_key(code: str, record: EntryRecord, place: int | None = None) -> str:
    """`dl:<code>:url:<path>[?<query>][#<n>]`: the host is left out because a replay serves the same paths."""
    p = urlsplit(record.url)
    where = unquote(p.path) + (f"?{p.query}" if p.query else "") + (f"#{p.fragment}" if p.fragment else "")
    return f"dl:{code}:url:{where}" + (f"#{place}" if place is not None else "")


def request_key(code: str, record: EntryRecord, place: int | None = None) -> str:
    """`dl:<code>:<council reference>`; without a reference, the request's address (and its place on a page that
    holds several)."""
    if record.reference:
        return f"dl:{code}:{record.reference}"
    return address_key(code, record, place)


class DisclosureLogSpider(RawLayerSpider):
    name = "disclosure_log"
    source = SOURCE
    file_noun = "document"
    recheck_stored_files = True   # a council may replace a document under the same link

    def __init__(self, council=None, platform=None, revalidate=None, registry=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._arguments = {k: v for k, v in dict(council=council, platform=platform, revalidate=revalidate,
                                                   registry=registry).items() if v not in (None, "")}
        self.council_codes = [c.strip().upper() for c in (council or "").split(",") if c.strip()]
        self.platform = (platform or "").strip() or None
        self._registry_arg = registry
        self._revalidate_arg = revalidate
        self.listing_pages: dict[str, int] = {}
        self.linked = False
        self.logs = []
        self.arg_error: str | None = None
        self.keys: dict[str, str] = {}   # request key -> what it was read from, this run

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings

        def setting(name: str, default: str = "") -> str:
            # crawlers/settings.py does not define these, so the environment is read here (`-s` still wins).
            return str(s.get(name) or os.environ.get(name) or default)

        base = setting("DISCLOSURE_LOG_BASE_URL").strip().rstrip("/")
        if base and urlsplit(base).scheme not in ("http", "https"):
            spider.arg_error = f"DISCLOSURE_LOG_BASE_URL {base!r} must start with http:// or https://"
        spider.base = base or None
        spider.revalidate = str(spider._revalidate_arg or setting("DISCLOSURE_LOG_REVALIDATE", "0")).lower() in _TRUE
        spider.registry_file = spider._registry_arg or setting("DISCLOSURE_LOG_REGISTRY") or None
        if spider.registry_file is None and spider.base:
            from warehouse.disclosure_registry import DEMO

            spider.registry_file = DEMO   # a replay serves the imitation logs, at the demo registry's addresses
        if not spider.arg_error:
            try:
                spider.logs = spider._select_logs()
            except (ArgumentError, ValueError) as exc:
                spider.arg_error = str(exc)
        spider.allowed_hosts = tuple(sorted({urlsplit(spider.fetch_url(log.url)).netloc for log in spider.logs}))
        spider._load_state()
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    def base_url(self) -> str | None:
        return self.base

    # -- registry ----------------------------------------------------------------------------------------------
    def _select_logs(self):
        from warehouse.disclosure_registry import PLATFORMS, load

        logs = load(self.registry_file)
        by_code = {log.code: log for log in logs}
        unknown = [c for c in self.council_codes if c not in by_code]
        if unknown:
            raise ArgumentError(f"council {', '.join(unknown)} has no line in the disclosure-log registry; add one "
                                "to warehouse/reference/disclosure_logs.csv (see README.md, \"Council disclosure logs\")")
        if self.platform and self.platform not in PLATFORMS:
            raise ArgumentError(f"platform={self.platform!r} is not one of {', '.join(PLATFORMS)}")
        chosen = [by_code[c] for c in self.council_codes] if self.council_codes else logs
        if self.platform:
            chosen = [log for log in chosen if log.platform == self.platform]
        return chosen

    def fetch_url(self, url: str) -> str:
        """The URL to fetch: with DISCLOSURE_LOG_BASE_URL set, the same path and query on that host."""
        if not self.base or not url:
            return url
        p, b = urlsplit(url), urlsplit(self.base)
        return urlunsplit((b.scheme, b.netloc, p.path or "/", p.query, ""))

    # -- what the warehouse already holds ---------------------------------------------------------------------
    def _load_state(self) -> None:
        rows = self.store.query(
            "SELECT r.source_url, r.request_id, r.updated_at, r.content_sha256, "
            "NOT EXISTS (SELECT 1 FROM attachments a WHERE a.request_id = r.request_id "
            "            AND a.extraction_status = 'not_fetched') AS complete "
            "FROM requests r WHERE r.source = ?", [SOURCE])
        self.known = {url: (rid, updated.date() if updated else None, sha, complete)
                      for url, rid, updated, sha, complete in rows}
        # a request whose every document is stored, by its key: on a page re-checked, it is left as it is
        self.complete_sha = {rid: sha for _, rid, _, sha, complete in rows if complete}
        self.stored_attachments = {a: url for a, url in self.store.query(
            "SELECT attachment_id, source_url FROM attachments WHERE attachment_id LIKE 'dl:%' "
            "AND extraction_status IS DISTINCT FROM 'not_fetched'")}

    # -- start ---------------------------------------------------------------------------------------------------
    def start_requests(self):
        if self.arg_error:
            self.record_failure(None, "bad_argument", self.arg_error)
            self.fatal_error = self.arg_error
            return
        if not self.logs:
            logger.warning("no disclosure logs match council=%s platform=%s", self.council_codes or "all",
                           self.platform or "any")
            return
        from warehouse.disclosure_registry import load_into

        load_into(self.store.con, logs=self.logs)   # the authorities rows, before any entry refers to them
        for log in self.logs:
            adapter = adapter_for(log.platform)
            if adapter is None:
                if self.council_codes:
                    self.record_failure(log.url or None, "not_crawlable",
                                        f"{log.code}'s log is registered as {log.platform!r}, which has no adapter")
                else:
                    logger.info("%s: %s log, not crawled", log.code, log.platform)
                    self.crawler.stats.inc_value("foi/disclosure/not_crawlable")
                continue
            try:
                starts = adapter.start_urls(log.url, log.options)
                bodies = adapter.request_bodies(log.url, log.options) if adapter.method == "POST" else [None]
            except ValueError as exc:   # an option the line needs is missing or wrong; the message says which
                self.record_failure(log.url, "not_configured", f"{log.code}: {exc}")
                continue
            for url in starts:
                for body in bodies:
                    yield from self._listing(log, adapter, url, body)

    def _listing(self, log, adapter: Adapter, url: str, body: bytes | None = None):
        url = self.fetch_url(url)
        count = self.listing_pages.get(log.code, 0)
        seen_as = url if body is None else f"{url} {hashlib.sha256(body).hexdigest()}"
        if seen_as in self._requested:
            return []
        if count >= MAX_LISTING_PAGES:
            self.record_failure(url, "too_many_pages", f"{log.code}: stopped after {count} listing pages")
            return []
        self.listing_pages[log.code] = count + 1
        if body is None:
            return self._get(url, self.parse_listing, log_code=log.code)
        self._requested.add(seen_as)
        return [scrapy.Request(url, method="POST", body=body, headers={"Content-Type": "application/json",
                                                                       "Accept": "application/json"},
                               callback=self.parse_listing, errback=self.errback, dont_filter=True,
                               meta={"foi_conditional": False}, cb_kwargs={"log_code": log.code})]

    def _log(self, code: str):
        return next(log for log in self.logs if log.code == code)

    # -- listings ------------------------------------------------------------------------------------------------
    def _parsed(self, response, log_code: str, parse):
        """An adapter's reading of one page, or None when it fails: recorded as that page's failure (a malformed
        page, or hostile or unforeseen input), never the crawl's end."""
        try:
            return parse()
        except ParseError as exc:
            self.record_failure(response.url, "parse", f"{log_code}: {exc}")
        except Exception as exc:  # noqa: BLE001 — whatever a page makes a parser raise stays that page's failure
            self.record_failure(response.url, "parse", f"{log_code}: {type(exc).__name__}: {exc}"[:500])
        return None

    def parse_listing(self, response, log_code: str):
        log = self._log(log_code)
        adapter = adapter_for(log.platform)
        if response.status != 200:
            kind = "not_found" if response.status == 404 else f"http_{response.status}"
            self.record_failure(response.url, kind, f"{log_code}: listing page unavailable")
            return
        self.fetched_ok()
        parsed = self._parsed(response, log_code, lambda: adapter.parse_listing(response.body, response.url,
                                                                                 log.options))
        if parsed is None:
            return
        listing, problems = parsed
        for problem in problems:
            self.record_failure(response.url, "parse", f"{log_code}: {problem}")
        if not listing.entries and not listing.follow:
            logger.info("%s: listing page %s has no entries", log_code, response.url)
        for url in listing.follow:
            yield from self._listing(log, adapter, url)
        for entry in listing.entries:
            yield from self._consider(log, adapter, entry)

    def _consider(self, log, adapter: Adapter, entry: ListingEntry):
        known = self.known.get(entry.url)
        if entry.record is not None:
            # The listing holds the whole entry: it changed when what it was read from changed.
            if known and known[3] and known[2] == entry.record.fingerprint and not self.revalidate:
                self.crawler.stats.inc_value("foi/skipped_unchanged")
                return
            yield from self._record(log, entry.record, entry.marker, page=None)
            return
        if not adapter.detail_pages:
            return
        # a listing that shows no date for its entries: a stored request page is not fetched again (revalidate=1
        # re-checks them all; recheck=1 on the registry line re-checks this log's pages, which grow in place)
        recheck = log.options.get("recheck") == "1"
        if known and known[3] and not (self.revalidate or recheck) and (entry.marker is None
                                                                       or known[1] == entry.marker):
            self.crawler.stats.inc_value("foi/skipped_unchanged")
            return
        url = self.fetch_url(entry.url)
        yield from self._get(url, self.parse_detail, conditional=bool(known and known[3]),
                             meta={"foi_request_id": known[0] if known else None}, log_code=log.code,
                             marker=entry.marker)

    def parse_detail(self, response, log_code: str, marker: date | None):
        log = self._log(log_code)
        if response.status == 304:
            self.fetched_ok()
            return
        if response.status != 200:
            kind = "not_found" if response.status == 404 else f"http_{response.status}"
            self.record_failure(response.url, kind, f"{log_code}: request page unavailable")
            return
        records = self._parsed(response, log_code, lambda: adapter_for(log.platform).parse_detail(
            response.body, response.url, log.options))
        if records is None:
            return
        self.fetched_ok()
        several = len(records) > 1
        new = []
        for n, record in enumerate(records, start=1):
            if not several:
                record.fingerprint = sha256_hex(response.body)
            place = n if several else None
            stored = self.complete_sha.get(request_key(log_code, record, place))
            if not self.revalidate and stored == record.fingerprint:
                # a page re-checked because it grows (recheck=1): its requests already stored whole stay as they are
                self.crawler.stats.inc_value("foi/skipped_unchanged")
                continue
            new.append((record, place))
        for n, (record, place) in enumerate(new, start=1):   # the page's validators go with the last one stored
            yield from self._record(log, record, marker, page=response if n == len(new) else None, place=place)

    # -- one entry into one bundle -------------------------------------------------------------------------------
    def _key(self, log, record: EntryRecord, place: int | None) -> str:
        """The request's key, never one another request of this run already holds."""
        rid = request_key(log.code, record, place)
        source = f"{record.url}#{place}" if place else record.url
        holder = self.keys.setdefault(rid, source)
        if holder != source:
            other = address_key(log.code, record, place)
            self.record_failure(record.url, "duplicate_key",
                                f"{log.code}: reference {record.reference!r} is also on {holder}; this request is "
                                f"kept under its address ({other})")
            rid = other
            self.keys.setdefault(rid, source)
        return rid

    def _record(self, log, record: EntryRecord, marker: date | None, page, place: int | None = None):
        rid = self._key(log, record, place)
        fetched = now()
        updated = marker or record.updated or record.responded
        tags = ["disclosure_log", f"platform:{log.platform}"] + (["reuse_terms"] if log.terms else [])
        law = record.law if record.law in ("foi", "eir") else ("eir" if "eir" in (record.reference or "").lower()
                                                               else "foi")
        bundle = RecordBundle(key=rid)
        bundle.requests.append(RequestItem(
            request_id=rid, source=SOURCE, source_request_id=record.reference, title=record.title,
            authority_key=log.code, created_at=_moment(record.received), updated_at=_moment(updated),
            described_state=None, display_status=record.outcome_label, law_used=law, tags=tags,
            council_reference=record.reference, request_text=redact(record.request_text),
            received_at=_moment(record.received), responded_at=_moment(record.responded),
            source_url=record.url, fetched_at=fetched, content_sha256=record.fingerprint))
        if record.request_text:
            bundle.messages.append(MessageItem(
                message_id=f"{rid}:request", request_id=rid, direction="outgoing", sent_at=_moment(record.received),
                body_text=redact(record.request_text), source_url=record.url, fetched_at=fetched,
                content_sha256=record.fingerprint))
        response_id = f"{rid}:response"
        if record.response_text or record.documents:
            bundle.messages.append(MessageItem(
                message_id=response_id, request_id=rid, direction="incoming", sent_at=_moment(record.responded),
                from_name=log.council or log.code, body_text=redact(record.response_text),
                display_status=record.outcome_label, source_url=record.url, fetched_at=fetched,
                content_sha256=record.fingerprint))
        if page is not None:
            bundle.validators.append(validator_item(page, record.fingerprint, fetched))
        queue = []
        for n, doc in enumerate(record.documents, start=1):
            queue.append(AttachmentItem(
                attachment_id=f"{rid}:{n}", request_id=rid, message_id=response_id, url_part_number=n,
                filename=doc.name, content_type=doc.content_type, source_url=self.fetch_url(doc.url)))
        yield from self._next_download(bundle, queue, [])

    # -- documents: the download queue is RawLayerSpider's ----------------------------------------------------------
    def _file_is_stored(self, att: AttachmentItem) -> bool:
        return self.stored_attachments.get(att.attachment_id) == att.source_url

    def _on_download(self, response, bundle: RecordBundle, att: AttachmentItem) -> None:
        bundle.validators.append(validator_item(response, sha256_hex(response.body), att.fetched_at))

    def _remember(self, bundle: RecordBundle) -> None:
        complete = all(a.extraction_status != "not_fetched" for a in bundle.attachments)
        for r in bundle.requests:
            self.known[r.source_url] = (r.request_id, r.updated_at.date() if r.updated_at else None,
                                        r.content_sha256, complete)
        for a in bundle.attachments:
            if a.extraction_status != "not_fetched":
                self.stored_attachments[a.attachment_id] = a.source_url

    # -- after the crawl -------------------------------------------------------------------------------------------
    def on_idle(self, spider=None):
        if self.linked or self.fatal_error:
            return
        self.linked = True
        try:
            self.store.flush()
            links = link_requests(self.store.con)
        except Exception as exc:  # the harvest is stored; a failed linking pass must not lose it
            self.record_failure(None, "linking", f"{type(exc).__name__}: {exc}"[:500])
            return
        self.crawler.stats.set_value("foi/disclosure/linked", len(links))
        logger.info("linked %d disclosure-log entries to WhatDoTheyKnow requests", len(links))
