"""The two small objects a mounted site handler sees: a request in, a response out.

Mounted handlers (the disclosure-log imitations) are plain functions `handler(SiteRequest) -> SiteResponse`;
the replay server adds conditional GET, ETags, hit counting and faults around them like any other route.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SiteRequest:
    path: str                                   # URL path, percent-decoded, without the query string
    query: dict[str, str] = field(default_factory=dict)  # first value of each query parameter
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased header names
    method: str = "GET"
    raw_query: str = ""                         # the query string as received (for repeated parameters)


@dataclass
class SiteResponse:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)  # e.g. {"Content-Type": "text/html; charset=utf-8"}
    body: bytes = b""
    # A handler may set "Last-Modified" (HTTP date) in headers; the server then honours If-Modified-Since.
    # ETag and Content-Length are added by the server.
