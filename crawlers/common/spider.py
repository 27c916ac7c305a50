"""A base spider for sources that feed the raw layer: a run id, the store, failure recording that never stops
the rest of the crawl, a circuit breaker for a site that has stopped answering, and argument errors that end
the run cleanly (recorded in crawl_runs, non-zero exit)."""

from __future__ import annotations

import logging
import uuid

import scrapy
from scrapy.utils.defer import deferred_from_coro

from crawlers.common.failures import failure_kind
from crawlers.common.store import store_for
from crawlers.items import FailureItem

logger = logging.getLogger(__name__)


def user_agent(settings) -> str:
    """`foi-compare/<version> (+<project url>; contact: <FOI_CONTACT>)`: who we are and how to reach us."""
    from crawlers.settings import _version

    return (f"foi-compare/{_version()} (+{settings.get('FOI_PROJECT_URL')}; "
            f"contact: {settings.get('FOI_CONTACT') or 'unset'})")


class ArgumentError(ValueError):
    """A spider argument the user must fix; the message says how."""


class RawLayerSpider(scrapy.Spider):
    source: str = ""

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.store = store_for(crawler)
        spider.run_id = crawler.settings.get("FOI_RUN_ID") or uuid.uuid4().hex[:16]
        spider.breaker_limit = crawler.settings.getint("FOI_CIRCUIT_BREAKER", 25)
        spider.consecutive_failures = 0
        spider.fatal_error: str | None = None
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
        if kind not in ("robots", "parse", "bad_argument", "not_found"):
            self.consecutive_failures += 1
            if self.breaker_limit and self.consecutive_failures >= self.breaker_limit:
                self.fail(f"stopped after {self.consecutive_failures} failures in a row: the site is refusing or "
                          "failing; try again later (the crawl resumes where it stopped)", "circuit_breaker")

    def fetched_ok(self) -> None:
        self.consecutive_failures = 0

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
        engine = self.crawler.engine
        if engine is not None and not getattr(self, "_closing", False):
            self._closing = True
            deferred_from_coro(engine.close_spider_async(reason=reason))
