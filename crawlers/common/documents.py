"""Attachment bytes → stored file + text, through the documents package (helper contract in
docs/architecture.md §6). Extraction runs on one worker thread so the crawl keeps downloading meanwhile,
and so PDF libraries that are not thread-safe never run twice at once."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from documents import extract_text_bounded
from documents.files import store_file

logger = logging.getLogger(__name__)

_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="foi-extract")


@dataclass
class Extraction:
    status: str
    reason: str | None = None
    text: str | None = None
    extractor: str | None = None
    pages: int | None = None
    detected_type: str | None = None


def extract_sync(data: bytes, filename: str, content_type: str | None, timeout: float) -> Extraction:
    try:
        r = extract_text_bounded(data, filename=filename, content_type=content_type, timeout_s=timeout)
    except Exception as exc:  # the contract says never raises; a hostile file must still not stop the crawl
        logger.warning("extracting %s failed: %r", filename, exc)
        return Extraction("failed", f"extractor crashed: {type(exc).__name__}: {exc}"[:500])
    status = getattr(r, "status", None) or "failed"
    return Extraction(
        status=status,
        reason=getattr(r, "reason", None) if status != "ok" else None,
        text=(getattr(r, "text", None) or None) if status == "ok" else None,
        extractor=getattr(r, "extractor", None),
        pages=getattr(r, "pages", None),
        detected_type=getattr(r, "detected_type", None),
    )


async def extract(data: bytes, filename: str, content_type: str | None, timeout: float) -> Extraction:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_EXECUTOR, extract_sync, data, filename, content_type, timeout)


def store_bytes(files_dir: str, data: bytes) -> tuple[str, str]:
    """(sha256, path relative to files_dir); content-addressed, never by the remote name."""
    return hashlib.sha256(data).hexdigest(), store_file(files_dir, data)
