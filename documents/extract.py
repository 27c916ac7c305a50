"""Bytes → text in this process: format detection and the reader for each format (architecture.md §6).

``extract_text`` never raises on bad input: a damaged, encrypted, mislabelled or hostile file comes back
with ``status`` ``failed``/``unsupported``/``needs_ocr``/``empty`` and a ``reason`` a person can read.
``extract_text_bounded`` does the same in a reused worker process with a memory cap and a timeout, for
crawls and ``foi extract`` where one pathological file must not hang or kill the run.
"""

from __future__ import annotations

import os
import re

from .readers import reader_for
from .readers.base import (
    BudgetExceeded,
    Context,
    DocumentError,
    ExtractedText,
    Limits,
    ZipBomb,
    mb,
)
from .readers.detect import (
    BINARY_FORMATS,
    content_type_type,
    describe,
    extension_type,
    looks_like_html,
    sniff,
)
from .readers.textenc import decode_text


TEST_HOOKS_ENV = "FOI_DOCUMENTS_TEST_HOOKS"
_TEST_MAGIC = b"FOI-TEST-HOOK:"

# Bot-protection and interstitial pages served instead of the file (Cloudflare, Imperva/Incapsula, Akamai,
# PerimeterX, DataDome, Sucuri, generic "enable JavaScript" walls).
_CHALLENGE_MARKERS = re.compile(
    r"cf-challenge|challenge-platform|cf_chl_|__cf_bm|just a moment\.\.\.|attention required! \| cloudflare|"
    r"checking your browser|ddos protection by|_incapsula_resource|incapsula incident|px-captcha|"
    r"perimeterx|datadome|captcha-delivery|sucuri website firewall|<title>\s*(access denied|request unsuccessful)|"
    r"please enable (javascript|cookies)|enable javascript and cookies|are you a robot|verify you are human|"
    r"g-recaptcha|h-captcha|hcaptcha\.com|recaptcha/api",
    re.I,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


_LEGACY_AS_TEXT = {"xls": "csv", "doc": "txt"}


def _claimed_type(filename: str, content_type: str | None) -> str | None:
    return extension_type(filename) or content_type_type(content_type)


def detect_type(data: bytes, filename: str = "", content_type: str | None = None) -> str:
    """The format the bytes will be read as (magic bytes, then extension, then content type)."""
    magic = sniff(data)
    if magic in ("text", "xml"):
        claimed = _claimed_type(filename, content_type)
        if claimed in ("csv", "html", "txt", "eml"):
            return claimed
        return "html" if magic == "xml" and b"<html" in data[:4096].lower() else "txt"
    return magic


def looks_like_challenge_page(data: bytes, expected_type: str | None = None) -> bool:
    """True when ``data`` is a web page standing in for what was asked for: a bot challenge, CAPTCHA or
    "access denied" wall, or any HTML page when ``expected_type`` is a file format such as ``"pdf"``.

    ``expected_type`` is a detected-type name (``"pdf"``, ``"xlsx"``…), an extension or a content type.
    """
    if not data or not looks_like_html(data):
        return False
    head = decode_text(data[:65536])[0]
    if _CHALLENGE_MARKERS.search(head):
        return True
    if expected_type:
        expected = (
            content_type_type(expected_type)
            or extension_type("x." + expected_type.lstrip("."))
            or expected_type.lower()
        )
        return expected in BINARY_FORMATS
    return False


def _html_instead_reason(data: bytes, claimed: str) -> str:
    head = decode_text(data[:65536])[0]
    what = describe(claimed)
    title = _TITLE.search(head)
    titled = f" titled {' '.join(title.group(1).split())[:80]!r}" if title and title.group(1).strip() else ""
    if _CHALLENGE_MARKERS.search(head):
        return f"expected {what} but got a bot-challenge web page{titled}; fetch it again later or by hand"
    return f"expected {what} but got an HTML web page{titled} (an error, login or challenge page?)"


def _failed(reason: str, detected: str | None = None, extractor: str | None = None) -> ExtractedText:
    return ExtractedText("failed", reason, "", extractor, detected_type=detected)


def _test_hook(data: bytes) -> ExtractedText:
    """Deliberately pathological readers, only when FOI_DOCUMENTS_TEST_HOOKS=1: they let the tests prove that
    the bounded extraction survives a file that hangs, eats memory or crashes the reader."""
    import signal
    import time

    command, _, arg = data[len(_TEST_MAGIC):].decode("ascii", "replace").strip().partition(":")
    if command == "sleep":
        time.sleep(float(arg or 60))
    elif command == "hog":
        hoard = [bytearray(16 * 1024 * 1024) for _ in range(int(arg or 4096) // 16)]
        return ExtractedText("ok", None, f"allocated {len(hoard) * 16} MB", "test-hook", detected_type="test")
    elif command == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif command == "echo":
        return ExtractedText("ok", None, f"pid {os.getpid()}", "test-hook", detected_type="test")
    return ExtractedText("ok", None, command, "test-hook", detected_type="test")


def extract_text(
    data: bytes, filename: str = "", content_type: str | None = None, *, ctx: Context | None = None,
    limits: Limits | None = None,
) -> ExtractedText:
    """Text of one downloaded file with a status and a human reason. Never raises on bad input.

    ``filename`` and ``content_type`` are hints only: the bytes decide. ``ctx`` is for container readers
    recursing into their members (shared depth and inflation budget); callers leave it out.
    """
    if ctx is None:
        ctx = Context(limits or Limits.from_env(), extract_text)
    detected: str | None = None
    extractor: str | None = None
    try:
        if not isinstance(data, (bytes, bytearray, memoryview)):
            return _failed(f"expected bytes, got {type(data).__name__}")
        data = bytes(data)
        filename = filename or ""
        if len(data) > ctx.limits.max_file_bytes:
            return _failed(
                f"too large to read: {mb(len(data))}, over the {mb(ctx.limits.max_file_bytes)} limit (FOI_MAX_FILE_MB)"
            )
        if not data.strip():
            return ExtractedText("empty", "the file is empty" if not data else "the file holds only whitespace",
                                 detected_type=_claimed_type(filename, content_type))
        if ctx.depth > ctx.limits.max_depth:
            return _failed(f"nested more than {ctx.limits.max_depth} containers deep; not read")
        if data.startswith(_TEST_MAGIC) and os.environ.get(TEST_HOOKS_ENV) == "1":
            return _test_hook(data)
        detected = detect_type(data, filename, content_type)
        claimed = _claimed_type(filename, content_type)
        if detected == "ole" and claimed in ("xls", "msg"):
            detected = claimed  # a damaged OLE file: let the named format's reader say what is wrong
        if claimed in BINARY_FORMATS and detected in ("html", "txt", "csv", "eml", "binary"):
            challenge = detected == "html" and looks_like_challenge_page(data)
            if claimed in _LEGACY_AS_TEXT and detected != "binary" and not challenge:
                # old systems save HTML tables or tab-separated text as ".xls" (and Word HTML as ".doc")
                detected = _LEGACY_AS_TEXT[claimed] if detected == "txt" else detected
            elif detected == "html":
                return _failed(_html_instead_reason(data, claimed), "html")
            else:
                looks = describe("binary" if detected == "binary" else sniff(data))
                return _failed(f"not {describe(claimed)} (looks like {looks})", detected)
        found = reader_for(detected)
        if found is None:
            return ExtractedText("unsupported", f"{describe(detected)} is not a format we read", "", None,
                                 detected_type=detected)
        read, extractor = found
        result = read(data, ctx)
        result.detected_type = result.detected_type or detected
        return result
    except BudgetExceeded as exc:
        if ctx.depth > 0:
            raise  # nothing more can be inflated: the top-level file fails as a whole
        return _failed(str(exc), detected, extractor)
    except ZipBomb as exc:
        return _failed(str(exc), detected, extractor)
    except DocumentError as exc:
        return _failed(str(exc), detected, extractor)
    except MemoryError:
        return _failed("ran out of memory reading it", detected, extractor)
    except RecursionError:
        return _failed("too deeply nested to read", detected, extractor)
    except Exception as exc:  # a library choking on a hostile file is a failed file, not a failed run
        message = " ".join(str(exc).split())[:200]
        return _failed(f"could not read {describe(detected or 'file')}: {type(exc).__name__}: {message}",
                       detected, extractor)
