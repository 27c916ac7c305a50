"""The quiet log formatter: no per-response/per-item DEBUG lines are built unless DEBUG logging is on."""

from __future__ import annotations

import logging

import scrapy
from scrapy.http import HtmlResponse

from crawlers.logformatter import QuietLogFormatter


def test_per_response_lines_only_when_debug_is_on():
    fmt = QuietLogFormatter()
    request = scrapy.Request("http://127.0.0.1/request/a")
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    spider = scrapy.Spider("t")
    engine, scraper = logging.getLogger("scrapy.core.engine"), logging.getLogger("scrapy.core.scraper")
    old = engine.level, scraper.level
    try:
        engine.setLevel(logging.INFO)
        scraper.setLevel(logging.INFO)
        assert fmt.crawled(request, response, spider) is None
        assert fmt.scraped({"a": 1}, response, spider) is None
        engine.setLevel(logging.DEBUG)
        scraper.setLevel(logging.DEBUG)
        assert "Crawled" in fmt.crawled(request, response, spider)["msg"]
        assert "Scraped" in fmt.scraped({"a": 1}, response, spider)["msg"]
    finally:
        engine.setLevel(old[0])
        scraper.setLevel(old[1])
