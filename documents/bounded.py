"""Bytes → text in a reused worker process with a memory cap and a timeout, for crawls and `foi extract`, where
one pathological file must not hang or kill the run."""

from __future__ import annotations

from .readers.base import ExtractedText
from .pool import default_pool


def extract_text_bounded(
    data: bytes, filename: str = "", content_type: str | None = None, timeout_s: float = 30,
    max_memory_mb: int = 1024,
) -> ExtractedText:
    """:func:`extract_text` in a reused worker process capped at ``max_memory_mb`` of address space and
    ``timeout_s`` seconds. A worker that times out or crashes is killed and replaced; the result is then
    ``failed`` with reason ``"timed out after 30 s"`` or ``"worker crashed: ..."``. Thread-safe, fork-safe;
    workers are shut down at exit. See :mod:`documents.pool` for pool size and settings."""
    return default_pool().extract(data, filename, content_type, timeout_s=timeout_s, max_memory_mb=max_memory_mb)
