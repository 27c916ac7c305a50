"""Item pipeline: attachment bytes to content-addressed files and text, then rows to the DuckDB raw layer."""

from __future__ import annotations

import logging

from crawlers.common.documents import extract, store_bytes
from crawlers.common.store import store_for
from crawlers.items import FailureItem, RecordBundle
from documents.mail_text import redact

logger = logging.getLogger(__name__)


class StoragePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        s = crawler.settings
        self.files_dir = s.get("FOI_FILES_DIR") or "data/files"
        self.timeout = s.getfloat("FOI_EXTRACT_TIMEOUT", 60.0)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_item(self, item, spider=None):
        store = store_for(self.crawler)
        if isinstance(item, FailureItem):
            store.add_failure(self.crawler.spider.run_id, item)
            return item
        if not isinstance(item, RecordBundle):
            return item
        for att in item.attachments:
            data = att._data
            if data is None:
                continue
            att._data = None
            att.size_bytes = len(data)
            att.sha256, att.stored_path = store_bytes(self.files_dir, data)
            result = await extract(data, att.filename or "", att.content_type, self.timeout)
            att.extraction_status = result.status
            att.extraction_reason = result.reason
            # Alaveteli masks addresses inside files only partly (not phone numbers, not every format).
            att.text = redact(result.text)
            att.extractor = result.extractor
            att.pages = result.pages
            att.detected_type = result.detected_type
            if self.crawler.stats:
                self.crawler.stats.inc_value(f"foi/extraction/{result.status}")
        store.add_bundle(item)
        return item

    def close_spider(self, spider=None):
        store_for(self.crawler).flush()
