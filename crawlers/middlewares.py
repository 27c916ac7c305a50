"""Downloader middlewares: polite retries that honour Retry-After, conditional GETs from stored validators,
bot-protection pages detected instead of stored, and redirects off the site recorded instead of followed."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from crawlers.common.store import store_for

logger = logging.getLogger(__name__)

_CHALLENGE_MARKERS = (b"cf-chl", b"challenge-platform", b"just a moment", b"captcha", b"attention required",
                      b"checking your browser", b"ddos-guard", b"access denied", b"are you a robot",
                      b"bot protection", b"verify you are human")
_FILE_EXTS = {"pdf", "doc", "docx", "xls", "xlsx", "ods", "odt", "csv", "zip", "msg", "eml", "rtf", "ppt", "pptx",
              "png", "jpg", "jpeg", "gif", "tif", "tiff"}


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (now if now is not None else time.time()))


class _Pause:
    """A site-wide pause: when the server says "slow down", every request waits, not just the refused one."""

    def __init__(self) -> None:
        self.until = 0.0

    def extend(self, seconds: float) -> None:
        self.until = max(self.until, time.monotonic() + seconds)

    async def wait(self) -> None:
        delay = self.until - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)


def _pause_for(crawler) -> _Pause:
    pause = getattr(crawler, "_foi_pause", None)
    if pause is None:
        pause = crawler._foi_pause = _Pause()
    return pause


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, plus: a 429/503 with Retry-After pauses the whole crawl that long (capped by
    FOI_RETRY_AFTER_MAX) before the retry; without the header the pause grows 2, 4, 8... seconds."""

    @classmethod
    def from_crawler(cls, crawler):
        mw = super().from_crawler(crawler)
        mw.retry_after_max = crawler.settings.getfloat("FOI_RETRY_AFTER_MAX", 300)
        mw.base_backoff = crawler.settings.getfloat("FOI_BACKOFF_BASE", 2.0)
        mw.pause = _pause_for(crawler)
        return mw

    async def process_request(self, request: Request, spider=None):
        await self.pause.wait()
        return None

    def process_response(self, request: Request, response: Response, spider=None):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        if response.status in (429, 503):
            attempt = request.meta.get("retry_times", 0) + 1
            hinted = retry_after_seconds(response.headers.get(b"Retry-After"))
            delay = hinted if hinted is not None else self.base_backoff * (2 ** (attempt - 1))
            delay = min(delay, self.retry_after_max)
            if self.crawler.stats:
                self.crawler.stats.inc_value(f"foi/backoff/http_{response.status}")
            logger.info("Server said %s for %s; pausing %.1fs before retrying", response.status, request.url, delay)
            self.pause.extend(delay)
        return self._retry(request, f"HTTP {response.status}") or response


class ConditionalGetMiddleware:
    """Sends If-None-Match / If-Modified-Since for pages whose content is stored (meta `foi_conditional`)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request, spider=None):
        if not request.meta.get("foi_conditional"):
            return None
        validator = store_for(self.crawler).validator(request.url)
        if validator:
            etag, last_modified = validator
            if etag:
                request.headers.setdefault(b"If-None-Match", etag.encode("latin-1", "replace"))
            if last_modified:
                request.headers.setdefault(b"If-Modified-Since", last_modified.encode("latin-1", "replace"))
        return None

    def process_response(self, request: Request, response: Response, spider=None):
        if response.status == 304 and self.crawler.stats:
            self.crawler.stats.inc_value("foi/not_modified")
        return response


def looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in head[:300]


def is_challenge(response: Response) -> bool:
    if not isinstance(response.body, bytes) or not looks_like_html(response.body):
        return False
    low = response.body[:20000].lower()
    return any(marker in low for marker in _CHALLENGE_MARKERS)


def expected_file(request: Request) -> bool:
    """Was a document (PDF, DOCX, XLSX...) expected rather than a page?"""
    if request.meta.get("foi_expect") != "file":
        return False
    name = urlsplit(request.url).path.rsplit("/", 1)[-1].lower()
    return name.rsplit(".", 1)[-1] in _FILE_EXTS if "." in name else False


class ChallengeDetectionMiddleware:
    """A bot-protection page (403/503 challenge HTML, or HTML where a document was expected) is never passed
    on as content: the crawl backs off, retries a few times, and then the response is flagged `challenge`
    so the spider records a failure and stores nothing for it."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.backoff = crawler.settings.getfloat("FOI_CHALLENGE_BACKOFF", 30.0)
        self.max_retry_times = crawler.settings.getint("RETRY_TIMES")
        self.pause = _pause_for(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider=None):
        teapot = response.status == 418    # "I'm a teapot": bot protection refusing a non-browser outright
        challenge = teapot or (response.status in (403, 429, 503) and is_challenge(response)) or (
            response.status == 200 and expected_file(request) and looks_like_html(response.body or b"")
        )
        if not challenge:
            return response
        if self.crawler.stats:
            self.crawler.stats.inc_value("foi/challenge_pages")
        spider = self.crawler.spider
        if teapot or not getattr(spider, "fetched_any", True):
            # a teapot, or a challenge before anything got through: asking again only asks the protection again
            return response.replace(flags=[*response.flags, "challenge"])
        self.pause.extend(self.backoff)
        retry = get_retry_request(request, spider=self.crawler.spider, reason="bot-protection page",
                                  max_retry_times=self.max_retry_times)
        if retry is not None:
            return retry
        return response.replace(flags=[*response.flags, "challenge"])


class OffsiteRedirectMiddleware:
    """A redirect that leaves the site being crawled is not followed; it becomes a recorded `offsite` failure."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider=None):
        if response.status not in (301, 302, 303, 307, 308) or b"Location" not in response.headers:
            return response
        target = urljoin(request.url, response.headers[b"Location"].decode("latin-1"))
        here, there = urlsplit(request.url), urlsplit(target)
        if there.scheme in ("http", "https") and there.netloc == here.netloc:
            return response
        allowed = getattr(self.crawler.spider, "allowed_hosts", ())
        if there.netloc in allowed:
            return response
        raise IgnoreRequest(f"offsite redirect to {target}")
