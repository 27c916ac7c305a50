"""Plain text of unknown encoding → str (see :mod:`.textenc` for the order encodings are tried in)."""

from __future__ import annotations

from .base import Context, ExtractedText, finish
from .textenc import decode_text


def read_txt(data: bytes, ctx: Context) -> ExtractedText:
    text, encoding = decode_text(data)
    warnings = [] if encoding in ("utf-8", "ascii") else [f"decoded as {encoding}"]
    return finish(text, "text", "txt", ctx, warnings=warnings, reason="the file holds only whitespace")
