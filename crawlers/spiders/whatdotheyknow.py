"""`scrapy crawl whatdotheyknow -a batch=ID | body=NAME[,NAME] | tag=TAG | query=Q [-a since=YYYY-MM-DD] [-a limit=N]`

Harvests WhatDoTheyKnow (any Alaveteli site: set WDTK_BASE_URL) into the raw layer. Routes are the ones
robots.txt allows (alaveteli.md §7): requests are discovered from batch pages, body pages, `/list` and the
body directory; each request costs its `.json` (state and events) and its `?unfold=1` page (message text,
attachment links), plus one download per attachment not stored yet. Search (for `query=`) is disallowed for
robots and runs only with WDTK_ALLOW_SEARCH=1, a few pages at most."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta
from urllib.parse import quote, urljoin, urlsplit

import scrapy

from crawlers.common.spider import ArgumentError, RawLayerSpider, sha256_hex, validator_item
from crawlers.common.store import now
from crawlers.items import AttachmentItem, AuthorityItem, MessageItem, RecordBundle, RequestItem
from crawlers.middlewares import is_challenge
from crawlers.parsing import ParseError
from crawlers.parsing.bodies import BodyRecord, parse_authorities_csv, parse_body_directory, parse_body_json
from crawlers.parsing.listing import ListingEntry, parse_listing
from crawlers.parsing.request_json import RequestJson, parse_request_json
from crawlers.parsing.request_page import parse_request_page
from documents.mail_text import quoted_spans, redact
from crawlers.parsing.timestamps import parse_since

logger = logging.getLogger(__name__)

_REDIRECTS = [301, 302, 303, 307, 308]
_MASK_WAIT = re.compile(r"^/attachments/[^/]+/(?:wait|done)$")
_ATTACH_PATH = re.compile(r"^/request/[^/]+/response/\d+/attach/\d+/")
MASK_RETRIES = 4   # tries after a masking-delay redirect before the file is left for the next crawl

SOURCE = "whatdotheyknow"
MAX_LISTING_PAGES = 20   # Alaveteli raises "not found" past page 20 (500 results / 25 per page)
_TRUE = ("1", "true", "yes", "on")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
LOCAL_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def _json_failure_kind(response) -> str:
    """`challenge` for a bot-protection page served with 200 where JSON was expected: it counts towards the
    circuit breaker, unlike a `parse` failure of one odd record."""
    return "challenge" if is_challenge(response) else "parse"


def request_key(wdtk_id: int) -> str:
    return f"wdtk:{wdtk_id}"


def authority_key(body: BodyRecord) -> tuple[str, object]:
    """(authority_key, register council or None): the register code when the register knows the body."""
    council = None
    try:
        from warehouse import registry

        council = registry.council_for(body.wdtk_id, body.tag_value("gss"))
    except Exception as exc:  # a missing/broken register must not stop the crawl; keys fall back to WDTK ids
        logger.debug("register lookup failed: %r", exc)
    if council is not None:
        return council.code, council
    return (f"wdtk:{body.wdtk_id}" if body.wdtk_id is not None else f"wdtk:{body.url_name}"), None


def authority_item(body: BodyRecord, source_url: str, fetched_at: datetime, sha: str | None) -> AuthorityItem:
    key, council = authority_key(body)
    return AuthorityItem(
        authority_key=key, name=body.name, source=SOURCE, wdtk_id=body.wdtk_id, wdtk_url_name=body.url_name,
        short_name=body.short_name, tags=body.tags, home_page=body.home_page,
        disclosure_log_url=body.disclosure_log, requests_count=body.requests_count,
        gss_code=body.tag_value("gss") or getattr(council, "gss_code", None),
        local_authority_code=getattr(council, "code", None),
        authority_type=getattr(council, "authority_type", None),
        authority_type_name=getattr(council, "authority_type_name", None),
        nation=getattr(council, "nation", None), region=getattr(council, "region", None),
        population=getattr(council, "population", None),
        source_url=source_url, fetched_at=fetched_at, content_sha256=sha,
    )


class WhatDoTheyKnowSpider(RawLayerSpider):
    name = "whatdotheyknow"
    source = SOURCE
    file_noun = "attachment"   # attachments never change under the same part number: stored ones are not queued
    # One site: Scrapy's default queue balances many domains' download slots, work this crawl does not need.
    custom_settings = {"SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue"}

    def __init__(self, batch=None, body=None, tag=None, query=None, since=None, limit=None, base_url=None,
                 revalidate=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._arguments = {k: v for k, v in dict(batch=batch, body=body, tag=tag, query=query, since=since,
                                                   limit=limit, base_url=base_url, revalidate=revalidate).items()
                           if v not in (None, "")}
        self.arg_error: str | None = None
        try:
            self.batch_id = self._int_arg("batch", batch)
            self.bodies = [b.strip() for b in (body or "").split(",") if b.strip()]
            self.tag = (tag or "").strip() or None
            self.query = (query or "").strip() or None
            self.since: date | None = parse_since(since)
            self.limit = self._int_arg("limit", limit)
            if self.limit is not None and self.limit < 1:
                raise ArgumentError("limit must be a positive number of requests, e.g. limit=50")
            if not (self.batch_id is not None or self.bodies or self.tag or self.query):
                raise ArgumentError("say what to crawl: -a batch=<id>, -a body=<url_name>, -a tag=<tag> "
                                    "or -a query=\"<search>\"")
        except (ArgumentError, ParseError) as exc:
            self.arg_error = str(exc)
        self._base_arg = base_url
        self._revalidate_arg = revalidate
        self.scheduled = 0

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        # Politeness protects someone else's server. On this machine (the replay, a local imitation) the
        # delays only waste time, so they are dropped unless set explicitly.
        host = urlsplit(str(settings.get("WDTK_BASE_URL") or "")).hostname
        if host in LOOPBACK:
            for name, value in LOCAL_SETTINGS.items():
                if (settings.getpriority(name) or 0) <= 20:
                    settings.set(name, value, priority="spider")

    @staticmethod
    def _int_arg(name: str, value) -> int | None:
        if value in (None, ""):
            return None
        try:
            return int(str(value).strip())
        except ValueError as exc:
            raise ArgumentError(f"{name}={value!r} is not a number") from exc

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.base = (spider._base_arg or s.get("WDTK_BASE_URL") or "https://www.whatdotheyknow.com").rstrip("/")
        if urlsplit(spider.base).scheme not in ("http", "https"):
            spider.arg_error = spider.arg_error or f"base URL {spider.base!r} must start with http:// or https://"
        spider.allowed_hosts = (urlsplit(spider.base).netloc,)
        spider.allow_search = str(s.get("WDTK_ALLOW_SEARCH", "0")).lower() in _TRUE
        spider.search_max_pages = s.getint("WDTK_SEARCH_MAX_PAGES", 4)
        spider.revalidate = str(spider._revalidate_arg or s.get("WDTK_REVALIDATE", "0")).lower() in _TRUE
        spider._load_state()
        return spider

    def base_url(self) -> str | None:
        return self.base

    def url(self, path: str) -> str:
        return self.base + path

    # -- what the warehouse already holds ---------------------------------------------------------------
    def _load_state(self) -> None:
        rows = self.store.query(
            "SELECT r.url_title, r.request_id, r.calculated_state, r.last_event_id, "
            "NOT EXISTS (SELECT 1 FROM attachments a WHERE a.request_id = r.request_id "
            "            AND a.extraction_status = 'not_fetched') AS complete "
            "FROM requests r WHERE r.source = ?", [SOURCE])
        self.known = {url_title: (rid, state, last, complete) for url_title, rid, state, last, complete in rows}
        self.known_messages = {m for (m,) in self.store.query(
            "SELECT message_id FROM messages WHERE message_id LIKE 'wdtk:%'")}
        self.stored_attachments = {a for (a,) in self.store.query(
            "SELECT attachment_id FROM attachments WHERE attachment_id LIKE 'wdtk:%' "
            "AND extraction_status IS DISTINCT FROM 'not_fetched'")}
        self.listing_shas = {url: sha for url, sha in self.store.query(
            "SELECT url, content_sha256 FROM http_validators WHERE url LIKE ?", [self.url("/body/%")])}
        self.known_bodies = {u for (u,) in self.store.query(
            "SELECT wdtk_url_name FROM authorities WHERE source = ? AND wdtk_url_name IS NOT NULL", [SOURCE])}

    # -- start -----------------------------------------------------------------------------------------
    def start_requests(self):
        if self.query and not self.allow_search and not self.arg_error:
            # refuse before fetching anything, so `batch=… query=…` does not harvest half of what was asked
            self.arg_error = ("query= needs WhatDoTheyKnow's search pages, which its robots.txt disallows for "
                              "crawlers. Set WDTK_ALLOW_SEARCH=1 to run it anyway at low volume (at most "
                              "WDTK_SEARCH_MAX_PAGES pages), or use batch=, body= or tag= instead.")
        if self.arg_error:
            self.record_failure(None, "bad_argument", self.arg_error)
            self.fatal_error = self.arg_error
            return
        if self.batch_id is not None:
            yield from self._get(self.url(f"/info_request_batch/{self.batch_id}"), self.parse_listing_page,
                            kind="batch", page=1)
        for name in self.bodies:
            yield from self._body_requests(name)
        if self.tag:
            yield from self._get(self.url(f"/body/list/{quote(self.tag, safe=':')}"), self.parse_body_directory,
                                 meta={"foi_on_failure": "body_directory_failed"}, page=1)
        if self.query:
            yield from self._search_request(1)

    # -- listings ----------------------------------------------------------------------------------------
    def _search_request(self, page: int):
        # Search is disallowed by robots.txt; the user opted in with WDTK_ALLOW_SEARCH, so this one route
        # skips the robots check. Newest first, so `since` can stop paging early.
        path = f"/search/{quote(self.query, safe='')}/requests/newest"
        url = self.url(path + (f"?page={page}" if page > 1 else ""))
        return self._get(url, self.parse_listing_page, meta={"dont_obey_robotstxt": True}, kind="search", page=page)

    def _body_requests(self, url_name: str):
        # No /body/<name>.json here: every request's JSON carries its body's whole JSON (alaveteli.md §2), so the
        # body's row comes with its first request. Only a body with nothing to harvest is fetched on its own
        # (see parse_listing_page), or every body with revalidate.
        if self.revalidate:
            yield from self._body_json(url_name)
        yield from self._get(self.url(f"/body/{quote(url_name)}"), self.parse_listing_page, kind="body", page=1,
                        url_name=url_name, meta={"foi_on_failure": "body_listing_failed"})

    def _body_json(self, url_name: str):
        return self._get(self.url(f"/body/{quote(url_name)}.json"), self.parse_body,
                         conditional=url_name in self.known_bodies, url_name=url_name)

    def body_listing_failed(self, request, kind: str, detail: str):
        if kind == "robots" and request.cb_kwargs.get("page") == 1 and request.cb_kwargs.get("window") is None:
            # Alaveteli's robots.txt has `Disallow: */tor*` (for /tor pages), which also matches every body whose
            # url_name starts with "tor": Torbay, Torfaen, Torridge...
            name = request.cb_kwargs.get("url_name")
            message = (f"robots.txt forbids the body page /body/{name} (Alaveteli's 'Disallow: */tor*' matches "
                       "any url_name starting with 'tor'); its requests can still be harvested from a batch "
                       "with -a batch=<id>")
            if self.bodies == [name] and not (self.tag or self.query or self.batch_id is not None):
                self.fatal_error = self.fatal_error or message
            logger.warning(message)
        return []

    def _limit_reached(self) -> bool:
        return self.limit is not None and self.scheduled >= self.limit

    def parse_listing_page(self, response, kind: str, page: int, url_name: str | None = None,
                           window: tuple[str, str] | None = None):
        if response.status == 404:
            if kind == "batch" and page == 1:
                self._fatal(response.url, "not_found", f"batch {self.batch_id} was not found at {self.base} "
                            "(HTTP 404); check the number in the batch's URL /info_request_batch/<id>")
            elif kind == "body" and page == 1 and window is None:
                self._fatal(response.url, "not_found", f"no body {url_name!r} at {self.base}: check the url_name "
                            "(the last part of the body's address, /body/<url_name>)")
            elif kind == "body" and window is None and page > MAX_LISTING_PAGES:
                yield from self._date_slices(url_name)
            else:
                self.record_failure(response.url, "not_found", f"listing page {page} not found")
            return
        try:
            listing = parse_listing(response.text, response.url)
        except (ParseError, AttributeError) as exc:
            self.record_failure(response.url, "parse", str(exc))
            return
        if not listing.entries and not listing.body_url_names and is_challenge(response):
            # Judged only when the page has none of Alaveteli's listing markup: a real page may mention
            # "access denied" or "captcha" in an excerpt.
            self.record_failure(response.url, "challenge", f"bot-protection page instead of {kind} listing page {page}")
            return
        self.fetched_ok()
        if kind == "body" and page == 1 and window is None and url_name:
            sha = sha256_hex(response.body)
            self.listing_shas[response.url] = sha
            yield RecordBundle(key=f"listing:{response.url}",
                               validators=[validator_item(response, sha, now())])
        if kind == "batch" and not listing.entries and listing.body_url_names and page == 1:
            logger.info("batch %s has not been sent yet: no requests to harvest", self.batch_id)
        older = 0
        scheduled_before = self.scheduled
        for entry in listing.entries:
            if self.since and entry.event_date and kind != "batch" and entry.event_date.date() < self.since:
                older += 1   # body/search pages show each request's latest event: nothing since `since`
                continue
            yield from self._consider(entry, batch_id=self.batch_id if kind == "batch" else None)
        if (kind == "body" and page == 1 and window is None and url_name and url_name not in self.known_bodies
                and self.scheduled == scheduled_before and not self.revalidate and not self._limit_reached()
                and not any(e.url_title in self.known for e in listing.entries)):
            # A new body none of whose requests is fetched (it has none, or none since `since`): its row
            # comes from its own JSON. A request of it stored earlier brought its row already, even when that
            # row holds another url_name (two WhatDoTheyKnow bodies the register counts as one council).
            yield from self._body_json(url_name)
        if self._limit_reached() or not listing.next_url:
            return
        if self.since and kind != "batch" and listing.entries and older == len(listing.entries):
            return   # newest first: every later page is older still
        if kind == "search" and page >= self.search_max_pages:
            logger.info("search stopped after %s pages (WDTK_SEARCH_MAX_PAGES)", page)
            return
        if kind == "body" and window is None and page >= MAX_LISTING_PAGES:
            # Past 500 results the body page stops; slice the rest by date through /list (allowed).
            yield from self._date_slices(url_name)
            return
        if kind == "body" and page >= MAX_LISTING_PAGES:
            # A /list date slice stops at page 20 too (404 after it) even when will_paginate links page 21.
            # (Batch pages have no such cap: info_request_batch#show paginates without MAX_RESULTS.)
            yield from self._split_window(url_name, window)
            return
        if kind == "search":
            yield from self._search_request(page + 1)
            return
        yield from self._get(listing.next_url, self.parse_listing_page, kind=kind, page=page + 1, url_name=url_name,
                        window=window)

    def _date_slices(self, url_name: str):
        start = self.since or date(2008, 1, 1)
        today = date.today()
        year = start
        while year <= today:
            end = min(date(year.year, 12, 31), today)
            yield from self._list_slice(url_name, year, end)
            year = end + timedelta(days=1)

    def _split_window(self, url_name: str, window: tuple[str, str]):
        """A date slice that itself fills 20 pages: list it again month by month (a month that still overflows
        is recorded, not silently cut)."""
        after, before = (datetime.strptime(d, "%d/%m/%Y").date() for d in window)
        if (after.year, after.month) == (before.year, before.month):
            self.record_failure(None, "listing_cap", f"more than {MAX_LISTING_PAGES * 25} requests to {url_name} "
                                f"between {window[0]} and {window[1]}; only the newest {MAX_LISTING_PAGES * 25} "
                                "are listed")
            return
        month = date(after.year, after.month, 1)
        while month <= before:
            nxt = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
            start, end = max(month, after), min(nxt - timedelta(days=1), before)
            yield from self._list_slice(url_name, start, end)
            month = nxt

    def _list_slice(self, url_name: str, start: date, end: date):
        # `/list`, never `/list/all`: Rails routes `/list/all` to a bare redirect('/list'), which drops the
        # query string, so the slice would list every request on the site.
        after, before = start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")
        url = self.url(f"/list?query={quote('requested_from:' + url_name)}"
                       f"&request_date_after={quote(after, safe='')}&request_date_before={quote(before, safe='')}")
        yield from self._get(url, self.parse_listing_page, kind="body", page=1, url_name=url_name,
                             window=(after, before))

    def _consider(self, entry: ListingEntry, batch_id: int | None):
        """A request from a listing: skip it when the stored copy is complete and the listing shows the same
        status (and, on body pages, a latest message we already have); otherwise fetch its JSON."""
        if self._limit_reached():
            return []
        known = self.known.get(entry.url_title)
        if known is not None:
            rid, state, _last, complete = known
            anchor_known = True
            if entry.anchor:
                kind, _, num = entry.anchor.partition("-")
                prefix = {"incoming": "in", "outgoing": "out", "comment": "comment"}.get(kind)
                anchor_known = prefix is None or f"wdtk:{prefix}:{num}" in self.known_messages
            if complete and not self.revalidate and entry.status == state and anchor_known:
                self.crawler.stats.inc_value("foi/skipped_unchanged")
                return []
        self.scheduled += 1
        complete = known is not None and known[3]
        return self._get(self.url(f"/request/{quote(entry.url_title)}.json"), self.parse_request_json,
                         conditional=complete, meta={"foi_request_id": known[0] if known else None},
                         url_title=entry.url_title, batch_id=batch_id, listed_status=entry.status)

    # -- bodies --------------------------------------------------------------------------------------------
    def parse_body_directory(self, response, page: int, from_csv: bool = False):
        names: list[str]
        if from_csv:
            if response.status != 200 or not response.body:
                self._fatal(response.url, "not_found", f"no bodies tagged {self.tag!r} at {self.base}")
                return
            try:
                records = parse_authorities_csv(response.text)
            except ParseError as exc:
                self._fatal(response.url, "parse", str(exc))
                return
            names = [r.url_name for r in records if r.has_tag(self.tag)]
            if not names:
                self._fatal(response.url, "not_found", f"no bodies tagged {self.tag!r} at {self.base}")
                return
            next_url = None
        else:
            names, next_url = ([], None)
            if response.status == 200:
                try:
                    names, next_url = parse_body_directory(response.text, response.url)
                except ParseError as exc:
                    self.record_failure(response.url, "parse", str(exc))
            if not names and page == 1:
                # The directory may not list machine tags; all-authorities.csv has every body's tags.
                yield from self._get(self.url("/body/all-authorities.csv"), self.parse_body_directory, page=1,
                                from_csv=True)
                return
        self.fetched_ok()
        for name in names:
            if self._limit_reached():
                return
            yield from self._body_requests(name)
        if next_url and not self._limit_reached():
            yield from self._get(next_url, self.parse_body_directory, page=page + 1)

    def body_directory_failed(self, request, kind: str, detail: str):
        if request.cb_kwargs.get("from_csv") or request.cb_kwargs.get("page") != 1:
            return []
        # The directory is down or refuses us; the nightly CSV export lists every body with its tags.
        return self._get(self.url("/body/all-authorities.csv"), self.parse_body_directory, page=1, from_csv=True)

    def parse_body(self, response, url_name: str):
        if response.status == 304:
            return
        if response.status == 404:
            return  # the body listing records the missing body once
        try:
            body = parse_body_json(response.text)
        except ParseError as exc:
            self.record_failure(response.url, _json_failure_kind(response), str(exc))
            return
        self.fetched_ok()
        fetched = now()
        sha = sha256_hex(response.body)
        bundle = RecordBundle(key=f"body:{url_name}",
                              authorities=[authority_item(body, response.url, fetched, sha)],
                              validators=[validator_item(response, sha, fetched)])
        self.known_bodies.add(url_name)
        yield bundle

    # -- requests ------------------------------------------------------------------------------------------
    def parse_request_json(self, response, url_title: str, batch_id: int | None, listed_status: str | None = None):
        if response.status == 304:
            self.fetched_ok()
            known = self.known.get(url_title)
            if known and listed_status and listed_status != known[1]:
                # Unchanged request, but the listing words its status differently from the request page (a site
                # variant): remember the listing's word so the next crawl does not ask again.
                self.store.set_request_state(known[0], listed_status)
                self.known[url_title] = (known[0], listed_status, *known[2:])
            return   # unchanged since the stored copy
        if response.status == 404:
            self.record_failure(response.url, "not_found", f"request {url_title} not found")
            return
        try:
            rj = parse_request_json(response.body)
        except ParseError as exc:
            self.record_failure(response.url, _json_failure_kind(response), str(exc),
                                response.meta.get("foi_request_id"))
            return
        self.fetched_ok()
        if self.since:
            latest = max((e.created_at for e in rj.events if e.created_at), default=rj.updated_at)
            if latest is not None and latest.date() < self.since:
                self.crawler.stats.inc_value("foi/skipped_before_since")
                return
        fetched = now()
        sha = sha256_hex(response.body)
        json_meta = {"url": response.url, "sha": sha, "fetched_at": fetched,
                     "validator": validator_item(response, sha, fetched)}
        yield from self._get(self.url(f"/request/{quote(rj.url_title)}?unfold=1"), self.parse_request_page,
                        meta={"foi_request_id": request_key(rj.id)}, rj=rj, json_meta=json_meta,
                        batch_id=batch_id, listed_status=listed_status)

    def parse_request_page(self, response, rj: RequestJson, json_meta: dict, batch_id: int | None,
                           listed_status: str | None = None):
        rid = request_key(rj.id)
        if response.status != 200:
            self.record_failure(response.url, f"http_{response.status}", "request page unavailable", rid)
            return
        try:
            page = parse_request_page(response.text, response.url)
        except ParseError as exc:
            self.record_failure(response.url, "parse", str(exc), rid)
            return
        if not page.messages and page.calculated_state is None and is_challenge(response):
            # A bot-protection page served with 200 (judged only when none of the request page's markup is
            # there): storing it would record a request with no messages.
            self.record_failure(response.url, "challenge", "bot-protection page instead of the request page", rid)
            return
        self.fetched_ok()
        fetched = now()
        page_sha = sha256_hex(response.body)
        page_url = response.url.split("?")[0]
        bundle = RecordBundle(key=rid)
        authority = None
        if rj.body is not None:
            authority = authority_item(rj.body, json_meta["url"], json_meta["fetched_at"], json_meta["sha"])
            bundle.authorities.append(authority)

        messages: dict[str, MessageItem] = {}
        prefix = {"incoming": "in", "outgoing": "out", "annotation": "comment"}
        attr = {"incoming": "incoming_message_id", "outgoing": "outgoing_message_id", "annotation": "comment_id"}
        for event in rj.events:
            for kind in ("incoming", "outgoing", "annotation"):
                mid = getattr(event, attr[kind])
                key = f"wdtk:{prefix[kind]}:{mid}" if mid is not None else None
                if key is None or key in messages:
                    continue
                shown = page.message(kind, mid)
                text = redact(shown.text) if shown and shown.text is not None else None
                if kind == "incoming":
                    from_name = redact(shown.author) if shown and shown.author else None
                    sent_at = (shown.sent_at if shown and shown.sent_at else None) or event.created_at
                    status = event.display_status
                else:
                    # People appear only by their public url_name on the site, never by name or address.
                    from_name = (shown.author_url_name if shown and shown.author_url_name else
                                 (rj.requester if kind == "outgoing" else None))
                    sent_at = event.created_at or (shown.sent_at if shown else None)
                    status = None
                messages[key] = MessageItem(
                    message_id=key, request_id=rid, direction=kind, source_message_id=mid, event_id=event.id,
                    sent_at=sent_at, from_name=from_name, body_text=text,
                    quoted_spans=quoted_spans(text) if text else None, display_status=status,
                    source_url=f"{page_url}#{'comment' if kind == 'annotation' else kind}-{mid}",
                    fetched_at=fetched, content_sha256=page_sha)
        # Messages the page shows that no event mentions (should not happen, but the text is evidence).
        for shown in page.messages:
            key = f"wdtk:{prefix[shown.kind]}:{shown.id}"
            if key not in messages:
                text = redact(shown.text) if shown.text is not None else None
                messages[key] = MessageItem(
                    message_id=key, request_id=rid, direction=shown.kind, source_message_id=shown.id,
                    sent_at=shown.sent_at, from_name=redact(shown.author) if shown.kind == "incoming" else
                    shown.author_url_name, body_text=text, quoted_spans=quoted_spans(text) if text else None,
                    source_url=f"{page_url}#{'comment' if shown.kind == 'annotation' else shown.kind}-{shown.id}",
                    fetched_at=fetched, content_sha256=page_sha)
        bundle.messages = list(messages.values())

        initial = next((m for m in bundle.messages if m.direction == "outgoing"), None)
        calculated = page.calculated_state or listed_status or (
            "waiting_classification" if rj.awaiting_description else rj.described_state)
        bundle.requests.append(RequestItem(
            request_id=rid, source=SOURCE, source_request_id=str(rj.id), url_title=rj.url_title, title=rj.title,
            authority_key=authority.authority_key if authority else None,
            wdtk_body_id=rj.body.wdtk_id if rj.body else None,
            batch_id=page.batch_id if page.batch_id is not None else batch_id,
            requester=rj.requester, created_at=rj.created_at, updated_at=rj.updated_at,
            described_state=rj.described_state, calculated_state=calculated, display_status=rj.display_status,
            awaiting_description=rj.awaiting_description, law_used=rj.law_used, prominence=rj.prominence,
            tags=rj.tags, request_text=initial.body_text if initial else None, last_event_id=rj.last_event_id,
            source_url=json_meta["url"], fetched_at=json_meta["fetched_at"], content_sha256=json_meta["sha"]))
        bundle.validators.append(json_meta["validator"])

        queue: list[AttachmentItem] = []
        for shown in page.messages:
            if shown.kind != "incoming":
                continue
            for att in shown.attachments:
                aid = f"wdtk:{att.incoming_message_id}:{att.url_part_number}"
                if aid in self.stored_attachments:
                    continue   # bytes and text already stored; attachments never change under the same part
                queue.append(AttachmentItem(
                    attachment_id=aid, request_id=rid, message_id=f"wdtk:in:{att.incoming_message_id}",
                    url_part_number=att.url_part_number, filename=att.filename, source_url=att.url))
        if rj.body is None and page.body_url_name and page.body_url_name not in self.known_bodies:
            # This request's JSON did not carry its authority (alaveteli.md §2 says it does): read the authority's
            # own JSON, once per crawl, so that the request is not left without one.
            yield from self._body_json(page.body_url_name)
        yield from self._next_download(bundle, queue, [])   # RawLayerSpider fetches them one after another

    # -- attachment downloads: Alaveteli's own redirects -------------------------------------------------------
    def _next_download(self, bundle: RecordBundle, queue: list[AttachmentItem], done: list[AttachmentItem]):
        # Redirects of an attachment URL are handled here, not by RedirectMiddleware: a masking-delay redirect
        # leads to an HTML holding page and a stale filename to the request page, and neither is the file.
        for request in super()._next_download(bundle, queue, done):
            if isinstance(request, scrapy.Request):
                request.meta.update(dont_redirect=True, handle_httpstatus_list=[*_REDIRECTS, 304, 404])
            yield request

    def parse_download(self, response, bundle: RecordBundle, queue: list[AttachmentItem],
                       done: list[AttachmentItem]):
        if response.status not in _REDIRECTS:
            yield from super().parse_download(response, bundle, queue, done)
            return
        att, rest = queue[0], queue[1:]
        location = response.headers.get(b"Location", b"").decode("latin-1")
        target = urljoin(response.url, location) if location else ""
        path = urlsplit(target).path
        hops = response.meta.get("foi_attach_hops", 0)
        if _MASK_WAIT.search(path) and hops < MASK_RETRIES:
            # Alaveteli is still masking the file (addresses, censor rules) and sent us to a holding page;
            # ask for the file itself again: the server waits up to 5 s each time before redirecting.
            self.crawler.stats.inc_value("foi/attachment_masking_wait")
            yield self._refetch(response.request, response.request.url, hops)
            return
        if (_ATTACH_PATH.search(path) and urlsplit(target).netloc == urlsplit(response.url).netloc
                and hops < MASK_RETRIES):
            # e.g. /request/<numeric id>/response/... to the url_title form: the same file under its own name.
            yield self._refetch(response.request, target, hops)
            return
        if _MASK_WAIT.search(path):
            why = f"the site was still preparing (masking) the file after {hops + 1} tries"
            kind = "masking_delay"
        else:
            # 303 to the message on the request page: the filename on the page we read no longer matches.
            why = f"HTTP {response.status} to {target or 'nowhere'}: the attachment's name or place changed"
            kind = "attachment_moved"
        self.record_failure(response.url, kind, why, bundle.key)
        yield from self._unfetched(bundle, att, rest, done, why)

    @staticmethod
    def _refetch(request, url: str, hops: int):
        meta = {**request.meta, "foi_attach_hops": hops + 1}
        return request.replace(url=url, meta=meta, dont_filter=True)

    def _remember(self, bundle: RecordBundle) -> None:
        for r in bundle.requests:
            complete = all(a.extraction_status != "not_fetched" for a in bundle.attachments)
            self.known[r.url_title] = (r.request_id, r.calculated_state, r.last_event_id, complete)
        self.known_messages.update(m.message_id for m in bundle.messages)
        self.stored_attachments.update(a.attachment_id for a in bundle.attachments
                                       if a.extraction_status != "not_fetched")

    def _fatal(self, url: str | None, kind: str, message: str) -> None:
        self.record_failure(url, kind, message)
        self.fatal_error = self.fatal_error or message
