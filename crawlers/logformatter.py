"""Scrapy's per-response and per-item log lines, built only when DEBUG logging would show them."""

from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter


class QuietLogFormatter(LogFormatter):
    """Scrapy asks its LogFormatter for a "Crawled (200)" line for every response and a "Scraped from" line for
    every item, and passes them to its loggers whatever the level; returning None skips both steps, which
    cost more than parsing a page on a fast crawl. With LOG_LEVEL=DEBUG the lines are as Scrapy writes them."""

    def crawled(self, request, response, spider):
        if not logging.getLogger("scrapy.core.engine").isEnabledFor(logging.DEBUG):
            return None
        return super().crawled(request, response, spider)

    def scraped(self, item, response, spider):
        if not logging.getLogger("scrapy.core.scraper").isEnabledFor(logging.DEBUG):
            return None
        return super().scraped(item, response, spider)
