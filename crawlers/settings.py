"""Scrapy settings for foi-compare. Polite by default, because the default target is a volunteer-run
charity's site whose operators act against heavy crawlers (README.md "What is polite, and why", alaveteli.md §7).

Every FOI_/WDTK_ setting can also come from an environment variable of the same name; `-s NAME=value`
wins over both. Tests turn the politeness off (delays, AutoThrottle) against 127.0.0.1."""

from __future__ import annotations

import os

BOT_NAME = "foi-compare"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"
COMMANDS_MODULE = "crawlers.commands"  # `scrapy crawl` exits non-zero when the run failed


def _env(name: str, default: str) -> str:
    return os.environ.get(name) or default


def version() -> str:
    try:
        from importlib.metadata import version

        return version("foi-compare")
    except Exception:
        return "0.1.0"


WDTK_BASE_URL = _env("WDTK_BASE_URL", "https://www.whatdotheyknow.com")
FOI_DUCKDB = _env("FOI_DUCKDB", "data/foi.duckdb")
FOI_FILES_DIR = _env("FOI_FILES_DIR", "data/files")
FOI_CONTACT = _env("FOI_CONTACT", "unset; set FOI_CONTACT to your e-mail address")
FOI_MAX_FILE_MB = float(_env("FOI_MAX_FILE_MB", "50"))
FOI_PROJECT_URL = "https://github.com/foi-compare/foi-compare"
# `query=` uses Alaveteli's search pages, which robots.txt disallows: only with this opt-in, and few pages.
WDTK_ALLOW_SEARCH = _env("WDTK_ALLOW_SEARCH", "0")
WDTK_SEARCH_MAX_PAGES = int(_env("WDTK_SEARCH_MAX_PAGES", "4"))
# Re-check every known request with a conditional GET even when its listing entry looks unchanged.
WDTK_REVALIDATE = _env("WDTK_REVALIDATE", "0")
FOI_STORE_BATCH_ROWS = 500      # rows buffered before one transaction is written
FOI_STORE_BATCH_SECONDS = 5.0   # ...or this long, whichever comes first
FOI_EXTRACT_TIMEOUT = float(_env("FOI_EXTRACT_TIMEOUT", "60"))
FOI_RETRY_AFTER_MAX = float(_env("FOI_RETRY_AFTER_MAX", "300"))  # never sleep longer than this on Retry-After
FOI_CIRCUIT_BREAKER = int(_env("FOI_CIRCUIT_BREAKER", "25"))     # consecutive failures that stop the crawl

USER_AGENT = f"foi-compare/{version()} (+{FOI_PROJECT_URL}; contact: {FOI_CONTACT})"

ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 3.0
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 3.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = int(FOI_MAX_FILE_MB * 1024 * 1024)
DOWNLOAD_WARNSIZE = 0
DOWNLOAD_FAIL_ON_DATALOSS = True  # a truncated body is an error to retry, never a document
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_ENABLED = True
HTTPERROR_ALLOWED_CODES = [304, 404]  # the spider handles these itself
HTTPCACHE_ENABLED = _env("HTTPCACHE_ENABLED", "0") in ("1", "true", "True")  # for development only
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_IGNORE_HTTP_CODES = [304, 403, 429, 500, 502, 503, 504]
CLOSESPIDER_ERRORCOUNT = 0
LOG_LEVEL = _env("LOG_LEVEL", "INFO")
TELNETCONSOLE_ENABLED = False
# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every response's output; its default of 100 cost more CPU
# than parsing on fast crawls, and a response here yields a handful of items.
CONCURRENT_ITEMS = 8
# Scrapy re-reads a callback's source on every call to look for `return value` in generators (its cache misses
# bound methods); the spiders' tests cover that instead.
WARN_ON_GENERATOR_RETURN_VALUE = False
LOG_FORMATTER = "crawlers.logformatter.QuietLogFormatter"
# No Referer header: nothing on these sites needs it, and working it out for every request costs time.
REFERER_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no listening ports from a crawl
DNS_TIMEOUT = 30

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.ConditionalGetMiddleware": 580,     # outside the cache, below retry
    "crawlers.middlewares.PoliteRetryMiddleware": 550,        # replaces Scrapy's RetryMiddleware
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.OffsiteRedirectMiddleware": 610,    # sees redirects before RedirectMiddleware (600)
    "crawlers.middlewares.ChallengeDetectionMiddleware": 560,
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,   # no site here needs a login
}
# Off because the spiders use neither: each would wrap every response's output in one more async generator.
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.StoragePipeline": 300,
}
EXTENSIONS = {
    "crawlers.extensions.RunRecorder": 500,
}

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
