"""Run bookkeeping: one crawl_runs row per run, opened when the spider starts and completed when it stops
(also after Ctrl-C; after SIGKILL the next run marks it interrupted), plus the summary printed at the end."""

from __future__ import annotations

import logging

from scrapy import signals

from crawlers.common.store import store_for

logger = logging.getLogger(__name__)

# Statuses of the runs this process has finished; `scrapy crawl` exits non-zero unless all finished.
RUN_STATUSES: list[str] = []

_STATUS = {"finished": "finished", "shutdown": "interrupted", "cancelled": "interrupted"}


class RunRecorder:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.spider_error, signal=signals.spider_error)
        return ext

    def spider_error(self, failure, response, spider):
        # A bug or an unexpected page in a callback: that request's data is missing, so it must show.
        exc = failure.value
        spider.record_failure(response.url, "spider_error", f"{type(exc).__name__}: {exc}"[:500],
                              response.meta.get("foi_request_id"))

    def spider_opened(self, spider):
        store_for(self.crawler).start_run(spider.run_id, spider.name, spider.arguments(), spider.base_url())

    def spider_closed(self, spider, reason):
        store = store_for(self.crawler)
        stats = self.crawler.stats
        fatal = getattr(spider, "fatal_error", None)
        status = "failed" if fatal else _STATUS.get(reason, "failed")
        http_requests = stats.get_value("downloader/request_count", 0) if stats else 0
        not_modified = stats.get_value("downloader/response_status_count/304", 0) if stats else 0
        store.flush()
        kinds = dict(sorted(store.failure_kinds.items()))
        lines = [
            f"Crawl {spider.run_id} ({spider.name}) {status}" + (f": {fatal}" if fatal else f" ({reason})"),
            f"  requests stored:     {store.written['requests']}",
            f"  messages stored:     {store.written['messages']}",
            f"  attachments stored:  {store.written['attachments']} (text extracted: {store.texts_extracted})",
            f"  HTTP requests:       {http_requests} ({not_modified} not modified)",
            "  failures:            " + (", ".join(f"{k} {v}" for k, v in kinds.items()) if kinds else "none"),
        ]
        summary = "\n".join(lines)
        store.finish_run(spider.run_id, status=status, http_requests=http_requests,
                         http_not_modified=not_modified, summary=summary)
        store.close()
        RUN_STATUSES.append(status)
        if stats:
            stats.set_value("foi/run_status", status)
        print(summary, flush=True)
