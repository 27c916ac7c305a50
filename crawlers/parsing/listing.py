"""Request listings: batch pages, body pages and `/list` share Alaveteli's `_request_listing_via_event`
partial (`div.request_listing`), 25 entries a page, `rel="next"` pagination.

The listing gives two cheap change signals per request (README.md, "What is polite, and why"): the status class
`icon_<calculated status>` and, on body pages, the head link's anchor (`#incoming-<id>` = latest message).
Older markup puts the class on `span.bottomline`, newer on `i.icon-standalone`; any element will do."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import unquote, urljoin, urlsplit

from parsel import Selector

from crawlers.parsing.css import first, q
from crawlers.parsing.errors import ParseError
from crawlers.parsing.timestamps import parse_timestamp

ICON = re.compile(r"(?:^|\s)icon_([a-z_]+)(?:\s|$)")
_REQUEST_PATH = re.compile(r"^/request/([^/?#]+)/?$")
_BODY_PATH = re.compile(r"^/body/([^/?#.]+)/?$")
_USER_PATH = re.compile(r"^/user/([^/?#.]+)")
_SENT_TO = re.compile(r"Sent to\s+(\d+)\s+authorit", re.I)
_SENT_TO_HINT = re.compile(r"Sent(?:\s|&nbsp;|&#160;)+to", re.I)


@dataclass
class ListingEntry:
    url_title: str
    title: str
    status: str | None = None           # calculated status from the icon_<status> class
    anchor: str | None = None           # 'incoming-12', 'outgoing-3', 'comment-4' or None
    body_url_name: str | None = None
    requester: str | None = None        # user url_name
    event_date: datetime | None = None


@dataclass
class ListingPage:
    entries: list[ListingEntry] = field(default_factory=list)
    next_url: str | None = None
    title: str | None = None
    sent_to: int | None = None          # batch pages: "Sent to N authorities"
    body_url_names: list[str] = field(default_factory=list)  # unsent batch: the target bodies


def selector(html: str) -> Selector:
    if not isinstance(html, str):
        raise ParseError("page text must be str")
    try:
        return Selector(text=html or "<html></html>")
    except Exception as exc:  # lxml refuses some inputs (e.g. NUL bytes); that is a parse failure
        raise ParseError(f"unreadable HTML: {exc}") from exc


def _path(href: str) -> tuple[str, str]:
    parts = urlsplit(href)
    return unquote(parts.path), parts.fragment


def next_page_url(root, page_url: str) -> str | None:
    """The next page's URL from will_paginate's links; `root` is the page's lxml root (Selector.root)."""
    href = first(root, 'a[rel~="next"]::attr(href)') or first(root, ".pagination a.next_page::attr(href)")
    return urljoin(page_url, href) if href else None


def parse_listing(html: str, page_url: str) -> ListingPage:
    root = selector(html).root
    page = ListingPage(next_url=next_page_url(root, page_url))
    page.title = (first(root, "title::text") or "").strip() or None
    # Joining every text node of a page is costly; only batch pages say "Sent to", so look in the source first.
    m = _SENT_TO.search(" ".join(q("body *::text")(root))) if _SENT_TO_HINT.search(html) else None
    if m:
        page.sent_to = int(m.group(1))
    for block in q(".request_listing")(root):
        head = q(".head a[href]")(block) or q(".request_left a[href*='/request/']")(block)
        if not head:
            continue
        path, fragment = _path(head[0].get("href", ""))
        m = _REQUEST_PATH.match(path)
        if not m:
            continue
        entry = ListingEntry(url_title=m.group(1), title=" ".join(q("::text")(head[0])).strip())
        for cls in q("[class*='icon_']::attr(class)")(block):
            im = ICON.search(cls)
            if im:
                entry.status = im.group(1)
                break
        entry.anchor = fragment or None
        for href in q(".requester a::attr(href)")(block):
            p, _ = _path(href)
            if (bm := _BODY_PATH.match(p)) and not entry.body_url_name:
                entry.body_url_name = bm.group(1)
            elif (um := _USER_PATH.match(p)) and not entry.requester:
                entry.requester = um.group(1)
        when = first(block, ".requester time::attr(datetime)") or first(block, ".requester time::text")
        if when:
            try:
                entry.event_date = parse_timestamp(when)
            except ParseError:
                entry.event_date = None
        page.entries.append(entry)
    if not page.entries:
        # An unsent batch lists its target bodies (public_body/_body_listing) instead of requests.
        for href in q(".body_listing a::attr(href), .public-body-listing a::attr(href)")(root):
            p, _ = _path(href)
            if (bm := _BODY_PATH.match(p)) and bm.group(1) not in page.body_url_names:
                page.body_url_names.append(bm.group(1))
    return page
