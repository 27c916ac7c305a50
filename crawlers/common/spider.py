"""A base spider for sources that feed the raw layer: a run id, the store, failure recording that never stops
the rest of the crawl, a circuit breaker for a site that has stopped answering, argument errors that end
the run cleanly (recorded in crawl_runs, non-zero exit), one request per URL per run, and the download queue
that fetches a record's files one after another."""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from datetime import datetime

import scrapy
from scrapy.utils.defer import deferred_from_coro

from crawlers.common.failures import failure_kind
from crawlers.common.store import now, store_for
from crawlers.items import AttachmentItem, FailureItem, RecordBundle, ValidatorItem

logger = logging.getLogger(__name__)


def user_agent(settings) -> str:
    """`foi-compare/<version> (+<project url>; contact: <FOI_CONTACT>)`: who we are and how to reach us."""
    from crawlers.settings import version

    return (f"foi-compare/{version()} (+{settings.get('FOI_PROJECT_URL')}; "
            f"contact: {settings.get('FOI_CONTACT') or 'unset'})")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def validator_item(response, sha: str | None, fetched: datetime) -> ValidatorItem:
    """The response's ETag / Last-Modified, kept for a conditional GET next time."""
    etag, lm = response.headers.get(b"ETag"), response.headers.get(b"Last-Modified")
    return ValidatorItem(url=response.url, etag=etag.decode("latin-1") if etag else None,
                         last_modified=lm.decode("latin-1") if lm else None, content_sha256=sha,
                         fetched_at=fetched)


CHALLENGES_BEFORE_STOP = 3


def _host(url: str | None) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url or "").netloc or "the site"


def unreachable_message(url: str | None, detail: str | None) -> str:
    """Why a crawl that never reached the site stopped, and what to do next."""
    text = detail or ""
    if re.search(r"DNS|resolve|CannotResolveHost|getaddrinfo|Name or service not known", text, re.I):
        cause = f"the name {_host(url)} could not be looked up (DNS): no network connection, or a mistyped address"
    elif re.search(r"refused", text, re.I):
        cause = f"{_host(url)} refused the connection: nothing is listening there (is the address or port right?)"
    elif re.search(r"SSL|TLS|certificate", text, re.I):
        cause = f"the secure (TLS) connection to {_host(url)} failed: {text[:120]}"
    else:
        cause = f"{_host(url)} could not be reached ({text[:120] or 'connection failed'})"
    return (f"Stopped: {cause}. Check your connection and the site's address (--base-url), then run the same "
            "command again; nothing was fetched.")


def bot_protection_message(url: str | None, detail: str | None) -> str:
    """What a bot-protection answer means, that the toolkit does not evade it, and what to do instead."""
    what = detail if detail and detail.startswith("bot-protection page") else "bot-protection page"
    return (f"Stopped: {_host(url)} answered with a {what} instead of the data. "
            "foi-compare does not try to get around such protection. Ask the site's operators for access "
            "(for WhatDoTheyKnow, mySociety), saying who you are: set FOI_CONTACT=you@example.org, which goes in "
            "every request's User-Agent. Meanwhile the replies you received yourself can be read with `foi parse "
            "FILE`. The crawl resumes where it stopped when you run it again.")


class ArgumentError(ValueError):
    """A spider argument the user must fix; the message says how."""


class RawLayerSpider(scrapy.Spider):
    source: str = ""
    # How failures name one of a record's files ("document unavailable").
    file_noun: str = "file"
    # True: files already stored are queued again and re-checked with a conditional GET, and a 304 keeps the
    # stored row. False: only files not stored yet are queued.
    recheck_stored_files: bool = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._requested: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.store = store_for(crawler)
        spider.run_id = crawler.settings.get("FOI_RUN_ID") or uuid.uuid4().hex[:16]
        spider.breaker_limit = crawler.settings.getint("FOI_CIRCUIT_BREAKER", 25)
        spider.consecutive_failures = 0
        spider.consecutive_challenges = 0
        spider.fetched_any = False
        spider.fatal_error: str | None = None
        scrapy_logger = logging.getLogger("scrapy")
        if scrapy_logger.level == logging.NOTSET and crawler.settings.get("LOG_LEVEL"):
            # Scrapy filters by LOG_LEVEL only at its handler, so each response's DEBUG line was still built.
            scrapy_logger.setLevel(crawler.settings.get("LOG_LEVEL"))
        return spider

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        if (settings.getpriority("DOWNLOAD_MAXSIZE") or 0) <= 20:
            # FOI_MAX_FILE_MB may come from -s as well as the environment.
            settings.set("DOWNLOAD_MAXSIZE", int(settings.getfloat("FOI_MAX_FILE_MB", 50) * 1024 * 1024),
                         priority="spider")
        if (settings.getpriority("USER_AGENT") or 0) <= 20:
            # Unless USER_AGENT was given explicitly, build it around FOI_CONTACT (which -s may have set).
            settings.set("USER_AGENT", user_agent(settings), priority="spider")

    def arguments(self) -> dict:
        """The spider arguments as given, for crawl_runs.arguments."""
        return dict(getattr(self, "_arguments", {}))

    def base_url(self) -> str | None:
        return None

    # -- failures --------------------------------------------------------------------------------------
    def record_failure(self, url: str | None, kind: str, detail: str | None = None,
                       request_id: str | None = None) -> None:
        logger.warning("%s: %s (%s)", kind, url, detail)
        self.store.add_failure(self.run_id, FailureItem(url, kind, detail, request_id))
        if self.crawler.stats:
            self.crawler.stats.inc_value(f"foi/failures/{kind}")
        if kind == "challenge":
            self.consecutive_challenges += 1
            if not self.fetched_any or self.consecutive_challenges >= CHALLENGES_BEFORE_STOP:
                self.fail(bot_protection_message(url, detail), "bot_protection")
                return
        if kind == "connection" and not self.fetched_any:
            # the first fetches cannot reach the site at all: waiting for the circuit breaker would only repeat it
            self.fail(unreachable_message(url, detail), "unreachable")
            return
        if kind not in ("robots", "parse", "bad_argument", "not_found"):
            self.consecutive_failures += 1
            if self.breaker_limit and self.consecutive_failures >= self.breaker_limit:
                self.fail(f"stopped after {self.consecutive_failures} failures in a row: the site is refusing or "
                          "failing; try again later (the crawl resumes where it stopped)", "circuit_breaker")

    def fetched_ok(self) -> None:
        self.consecutive_failures = 0
        self.consecutive_challenges = 0
        self.fetched_any = True

    def errback(self, failure):
        request = failure.request
        kind, detail = failure_kind(failure.value)
        self.record_failure(request.url, kind, detail, request.meta.get("foi_request_id"))
        on_fail = request.meta.get("foi_on_failure")
        if on_fail is not None:
            # A method name, not the method: requests must pickle for JOBDIR.
            return getattr(self, on_fail)(request, kind, detail)
        return None

    def fail(self, message: str, reason: str = "failed") -> None:
        """End the run as failed with a message for the user."""
        if self.fatal_error is None:
            self.fatal_error = message
        logger.error(message)
        try:
            engine = self.crawler.engine
        except RuntimeError:     # not crawling (a callback called on its own): nothing to close
            engine = None
        if engine is not None and not getattr(self, "_closing", False):
            self._closing = True
            deferred_from_coro(engine.close_spider_async(reason=reason))

    # -- requests ------------------------------------------------------------------------------------------
    async def start(self):
        for request in self.start_requests():
            yield request

    def _get(self, url: str, callback, *, conditional: bool = False, meta: dict | None = None, **cb_kwargs):
        """One request per URL per run. Scrapy's own duplicate filter is bypassed on purpose: with JOBDIR it
        remembers URLs across a killed run, and would then refuse to refetch what was lost with the kill."""
        if url in self._requested:
            return []
        self._requested.add(url)
        m = {"foi_conditional": conditional, **(meta or {})}
        return [scrapy.Request(url, callback=callback, errback=self.errback, meta=m, cb_kwargs=cb_kwargs,
                               dont_filter=True)]

    # -- a record's files, downloaded one after another so its bundle is stored whole -------------------------
    def _file_is_stored(self, att: AttachmentItem) -> bool:
        """With recheck_stored_files: whether the file's bytes are stored already (fetched conditionally)."""
        return False

    def _on_download(self, response, bundle: RecordBundle, att: AttachmentItem) -> None:
        """Called for each file fetched (HTTP 200), after the attachment row is filled in."""

    def _remember(self, bundle: RecordBundle) -> None:
        """Called with each bundle as it is yielded: what the rest of the run must know is now stored."""

    def _next_download(self, bundle: RecordBundle, queue: list[AttachmentItem], done: list[AttachmentItem]):
        """The request for the first file of `queue`; once it is empty, the bundle with every file in `done`."""
        if not queue:
            bundle.attachments = done
            self._remember(bundle)
            yield bundle
            return
        att = queue[0]
        meta = {"foi_expect": "file", "foi_request_id": bundle.key, "foi_on_failure": "download_failed"}
        if self.recheck_stored_files:
            meta["foi_conditional"] = self._file_is_stored(att)
        yield scrapy.Request(att.source_url, callback=self.parse_download, errback=self.errback, meta=meta,
                             cb_kwargs={"bundle": bundle, "queue": queue, "done": done}, dont_filter=True)

    def parse_download(self, response, bundle: RecordBundle, queue: list[AttachmentItem],
                       done: list[AttachmentItem]):
        att, rest = queue[0], queue[1:]
        if response.status == 304 and self.recheck_stored_files:
            self.fetched_ok()
            yield from self._next_download(bundle, rest, done)   # the stored row stays as it is
            return
        if "challenge" in response.flags:
            self.record_failure(response.url, "challenge", "bot-protection page instead of the file", bundle.key)
            yield from self._unfetched(bundle, att, rest, done, "a bot-protection page came back instead of the file")
            return
        if response.status != 200:
            self.record_failure(response.url, f"http_{response.status}", f"{self.file_noun} unavailable", bundle.key)
            yield from self._unfetched(bundle, att, rest, done, f"HTTP {response.status}")
            return
        self.fetched_ok()
        ctype = response.headers.get(b"Content-Type")
        if ctype:   # otherwise the type the page gave for the link, if any, stands
            att.content_type = ctype.decode("latin-1").split(";")[0].strip()
        att.fetched_at = now()
        att._data = bytes(response.body)
        self._on_download(response, bundle, att)
        yield from self._next_download(bundle, rest, [*done, att])

    def download_failed(self, request, kind: str, detail: str):
        bundle, queue, done = (request.cb_kwargs[k] for k in ("bundle", "queue", "done"))
        att, rest = queue[0], queue[1:]
        if kind == "too_large":
            att.extraction_status, att.extraction_reason = "unsupported", (
                f"file larger than the FOI_MAX_FILE_MB limit; not downloaded ({detail})")
            yield from self._next_download(bundle, rest, [*done, att])
            return
        yield from self._unfetched(bundle, att, rest, done, f"{kind}: {detail}")

    def _unfetched(self, bundle: RecordBundle, att: AttachmentItem, rest, done, reason: str):
        # Kept as a row, so the record counts as incomplete and the next crawl fetches the file again.
        att.extraction_status, att.extraction_reason, att.fetched_at = "not_fetched", reason[:500], now()
        yield from self._next_download(bundle, rest, [*done, att])
