"""Naming what went wrong with a fetch, so crawl_failures can be counted and queried by kind."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as tx_error
from twisted.web import _newclient


def failure_kind(exc: BaseException) -> tuple[str, str]:
    """(kind, detail) for an exception that reached an errback."""
    if isinstance(exc, HttpError):
        resp = exc.response
        status = resp.status
        if "challenge" in (resp.flags or []):
            return "challenge", f"bot-protection page (HTTP {status})"
        if status == 429:
            return "http_429", "too many requests; retries exhausted"
        if status == 404:
            return "http_404", "not found"
        if status >= 500:
            return "http_5xx", f"HTTP {status}; retries exhausted"
        return f"http_{status}", f"HTTP {status}"
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        # Judge by how the message starts, never by the URL inside it (which the site chose).
        if text.startswith("offsite redirect"):
            return "offsite", text
        if text.startswith("Forbidden by robots.txt"):
            return "robots", text
        if text.startswith("Cancelling download") or "maxsize" in text.lower().split(" http")[0]:
            return "too_large", text
        return "ignored", text or type(exc).__name__
    name = type(exc).__name__
    # Scrapy ≥ 2.13 wraps Twisted's errors in its own exceptions; older versions pass Twisted's through.
    if name == "DownloadTimeoutError":
        return "timeout", str(exc) or "timed out"
    if name == "ResponseDataLossError":
        return "truncated", "response body shorter than its Content-Length"
    if name == "DownloadCancelledError" or "maxsize" in str(exc).lower() or "max size" in str(exc).lower():
        return "too_large", str(exc) or "download cancelled"
    if name in ("DownloadConnectionRefusedError", "CannotResolveHostError"):
        return "connection", f"{name}: {exc}"[:300]
    if name == "DownloadFailedError":
        text = str(exc)
        if "DataLoss" in text:
            return "truncated", "response body shorter than its Content-Length"
        return "connection", text[:300] or "download failed"
    if isinstance(exc, tx_error.TimeoutError | tx_error.TCPTimedOutError | TimeoutError):
        return "timeout", str(exc) or "timed out"
    if isinstance(exc, _newclient.ResponseFailed):
        reasons = " ".join(repr(r.value) for r in getattr(exc, "reasons", []) if hasattr(r, "value"))
        if "_DataLoss" in reasons or "DataLoss" in reasons:
            return "truncated", "response body shorter than its Content-Length"
        if "ConnectionLost" in reasons or "ConnectionDone" in reasons:
            return "connection", f"connection lost: {reasons}"[:300]
        return "connection", reasons[:300] or "response failed"
    if isinstance(exc, _newclient.ResponseNeverReceived):
        return "connection", "connection reset before a response"
    if isinstance(exc, tx_error.ConnectionRefusedError | tx_error.ConnectionLost | tx_error.ConnectionDone
                  | tx_error.DNSLookupError | ConnectionError):
        return "connection", f"{type(exc).__name__}: {exc}"[:300]
    if "DataLoss" in type(exc).__name__:
        return "truncated", str(exc)
    if "maxsize" in str(exc).lower():
        return "too_large", str(exc)
    return "error", f"{type(exc).__name__}: {exc}"[:300]
