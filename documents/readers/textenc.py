"""Bytes of unknown encoding → str, the way UK council files are usually encoded.

Order: a byte-order mark; strict UTF-8; UTF-16 without a BOM (every other byte NUL); then Windows-1252,
which is what Office on Windows writes (£ as 0xA3, curly quotes as 0x91–0x94); Latin-1 as the last resort
because it decodes anything.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd_nuls = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        guess = "utf-16-le"
    elif even_nuls > 0.4 and odd_nuls < 0.05:
        guess = "utf-16-be"
    else:
        return None
    text = sample[: len(sample) // 2 * 2].decode(guess, errors="replace")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n")
    return guess if printable / max(len(text), 1) > 0.9 else None


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding used). Never raises."""
    bom = bom_encoding(data)
    if bom:
        name, skip = bom
        return data[skip:].decode(name, errors="replace"), name
    candidates = []
    if declared:
        try:
            candidates.append(codecs.lookup(declared.strip().strip("\"'")).name)
        except LookupError:
            pass
    candidates.append("utf-8")
    for name in candidates:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        # A declared single-byte charset is often wrong ("iso-8859-1" for cp1252 text): prefer cp1252 for C1 bytes.
        if name in ("latin-1", "iso8859-1") and re.search("[\x80-\x9f]", text):
            return data.decode("cp1252", errors="replace"), "cp1252"
        return text, name
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NULs outside UTF-16/32, many control bytes)."""
    sample = data[:8192]
    if not sample:
        return False
    if bom_encoding(sample) or _utf16_without_bom(sample):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.05
