"""The request page, fetched as `/request/<url_title>?unfold=1` so quoted sections are present.

Gives what the JSON lacks: message text, sender names, message dates, attachment links, the calculated
status (including overdue) and the batch id. Selectors follow alaveteli.md §5 and accept older markup."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from crawlers.parsing.css import each as _each
from crawlers.parsing.css import first as _first
from crawlers.parsing.css import q as _q
from crawlers.parsing.errors import ParseError
from crawlers.parsing.listing import ICON, selector
from crawlers.parsing.timestamps import parse_timestamp

_ATTACH = re.compile(r"/request/([^/]+)/response/(\d+)/attach/(\d+)/([^?#]*)")
_BATCH = re.compile(r"/info_request_batch/(\d+)")
_STATUS_MOD = re.compile(r"request-status-message--([a-z_]+)")
_USER = re.compile(r"^/user/([^/?#.]+)")
_BODY = re.compile(r"^/body/([^/?#.]+)/?$")
_SPACE = re.compile(r"[ \t\r\n\f]+")
# the links of the subtitle "... made this request to <body>" (and "... as part of a batch sent to N authorities")
_SUBTITLE_LINKS = ".request-header__subtitle a::attr(href), .request-header .subtitle a::attr(href), " \
                  "#request_header a::attr(href)"
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "blockquote", "pre"}


@dataclass
class PageAttachment:
    incoming_message_id: int
    url_part_number: int
    filename: str
    url: str
    attachment_dom_id: int | None = None
    size_text: str | None = None


@dataclass
class PageMessage:
    kind: str                 # incoming | outgoing | annotation
    id: int
    sent_at: datetime | None = None
    author: str | None = None         # display name as shown (incoming: the authority's officer/body)
    author_url_name: str | None = None  # outgoing/annotation: the user's public url_name when linked
    text: str | None = None
    attachments: list[PageAttachment] = field(default_factory=list)


@dataclass
class RequestPage:
    calculated_state: str | None = None
    batch_id: int | None = None
    title: str | None = None
    body_url_name: str | None = None   # the authority the subtitle links to ("... request to <a href=/body/x>")
    messages: list[PageMessage] = field(default_factory=list)

    def message(self, kind: str, id_: int) -> PageMessage | None:
        return next((m for m in self.messages if m.kind == kind and m.id == id_), None)


def element_text(el) -> str:
    """Text of an HTML element with paragraphs and <br> as line breaks, links as their text, and Alaveteli's
    "show/hide quoted sections" control left out."""
    parts: list[str] = []

    def flow(text: str | None, pre: bool) -> None:
        # HTML whitespace: a newline in the source is a space; only <br> and blocks break lines.
        if text:
            parts.append(text if pre else _SPACE.sub(" ", text))

    def walk(node, pre: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        cls = (node.get("class") or "") if tag else ""
        if not tag or tag in ("script", "style") or "unfold_link" in cls:
            flow(node.tail, pre)
            return
        inner_pre = pre or tag == "pre"
        if tag == "br":
            parts.append("\n")
        elif tag in _BLOCK_TAGS:
            parts.append("\n\n" if tag == "p" else "\n")
        flow(node.text, inner_pre)
        for child in node:
            walk(child, inner_pre)
        if tag in _BLOCK_TAGS:
            parts.append("\n\n" if tag == "p" else "\n")
        flow(node.tail, pre)

    flow(el.text, el.tag == "pre")
    for child in el:
        walk(child, el.tag == "pre")
    text = "".join(parts).replace("\r\n", "\n").replace("\xa0", " ")
    text = "\n".join(line.strip(" ") for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _time(block) -> datetime | None:
    for value in (_first(block, ".correspondence__header time::attr(datetime)"),
                  _first(block, "time::attr(datetime)"),
                  _first(block, "time::text")):
        if value:
            try:
                return parse_timestamp(value)
            except ParseError:
                continue
    h2 = " ".join(_q("h2 ::text")(block))
    m = re.search(r"(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})", h2)
    if m:
        try:
            return parse_timestamp(m.group(1))
        except ParseError:
            return None
    return None


def _dom_id(value: str | None, prefix: str) -> int | None:
    if value and value.startswith(prefix) and value[len(prefix):].isdigit():
        return int(value[len(prefix):])
    return None


def _attachments(block, page_url: str, incoming_id: int) -> list[PageAttachment]:
    found: dict[int, PageAttachment] = {}
    items = _q("li.attachment")(block) or _q(".list-of-attachments li")(block)
    for li in items:
        hrefs = [h for h in _q("a::attr(href)")(li) if "/attach/" in h and "/attach/html/" not in h]
        if not hrefs:
            continue  # hidden or erased attachment: no download link to follow
        att = _attachment_from_href(hrefs[0], page_url, incoming_id)
        if att is None:
            continue
        name = " ".join(_q(".attachment__name ::text")(li)).strip()
        att.filename = name or att.filename
        att.attachment_dom_id = _dom_id(li.get("id"), "attachment-")
        meta = [t.strip() for t in _q(".attachment__meta::text")(li) if t.strip()]
        att.size_text = meta[0] if meta else None
        found.setdefault(att.url_part_number, att)
    # Older or unusual markup: any download link inside the message that the list did not give us.
    for href in _q("a::attr(href)")(block):
        if "/attach/" in href and "/attach/html/" not in href:
            att = _attachment_from_href(href, page_url, incoming_id)
            if att is not None and att.url_part_number not in found:
                found[att.url_part_number] = att
    return [found[k] for k in sorted(found)]


def _attachment_from_href(href: str, page_url: str, incoming_id: int) -> PageAttachment | None:
    url = urljoin(page_url, href)
    m = _ATTACH.search(urlsplit(url).path)
    if not m or int(m.group(2)) != incoming_id:
        return None
    parts = urlsplit(url)
    # Drop ?cookie_passthrough=1: it only matters to browsers and would split the validator cache.
    clean = f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.scheme else parts.path
    return PageAttachment(incoming_message_id=incoming_id, url_part_number=int(m.group(3)),
                          filename=unquote(m.group(4)), url=clean)


def _with_class(*classes: str) -> str:
    """XPath for descendants carrying any of `classes` as a whole class name."""
    return ".//*[" + " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in classes) + "]"


_CONCEALED = etree.XPath(_with_class("hidden_attachment", "hidden_message"))
_NOT_BODY_TEXT = etree.XPath(_with_class("attachments", "list-of-attachments", "hidden_attachment"))
_MESSAGE_BLOCKS = etree.XPath(
    "//*[starts-with(@id,'incoming-') or starts-with(@id,'outgoing-') or starts-with(@id,'comment-')]")


def _without(root, junk_xpath) -> object:
    """A copy of `root` without the elements `junk_xpath` finds (the page's own tree stays whole)."""
    clone = lxml_html.fromstring(lxml_html.tostring(root))
    for junk in junk_xpath(clone):
        junk.getparent().remove(junk)
    return clone


def _body_text(blocks: list, body_css: list[str]) -> str | None:
    for css in body_css:
        nodes = _each(blocks, css)
        if nodes:
            root = nodes[0]
            if _CONCEALED(root):
                # A hidden main body part shows Alaveteli's notice ("This attachment has been hidden...")
                # in its place: that notice is not the message's text.
                return element_text(_without(root, _CONCEALED)) or None
            return element_text(root)
    return None


def _user(block) -> str | None:
    for href in _q("a::attr(href)")(block):
        m = _USER.match(unquote(urlsplit(href).path))
        if m:
            return m.group(1)
    return None


def parse_request_page(html: str, page_url: str) -> RequestPage:
    root = selector(html).root
    # The first text of the first <h1> that has any (".request-header h1" is one of the page's h1s).
    first_text = next((text for h1 in root.iter("h1") for text in h1.itertext()), "")
    page = RequestPage(title=first_text.strip() or None)
    status_el = _q("#request_status")(root)
    classes = _each(status_el, "[class*='icon_']::attr(class)") + [el.get("class") for el in status_el
                                                                    if el.get("class") is not None]
    for cls in classes:
        m = ICON.search(cls) or _STATUS_MOD.search(cls)
        if m:
            page.calculated_state = m.group(1)
            break
    subtitle_links = _q(_SUBTITLE_LINKS)(root)
    # The sidebar's "part of a batch" block, else the subtitle's batch link (request/request_subtitle/_batch).
    # Most requests are not in a batch, and the sidebar query walks the whole page: look in the source first.
    batch_links = [] if "info_request_batch" not in html else (
        _q(".sidebar__part-of-batch a::attr(href)")(root) + subtitle_links)
    for href in batch_links:
        m = _BATCH.search(href)
        if m:
            page.batch_id = int(m.group(1))
            break
    for href in subtitle_links:
        m = _BODY.match(unquote(urlsplit(href).path))
        if m:
            page.body_url_name = m.group(1)
            break
    # Correspondence in page order; ids from the DOM ids the JSON's message ids refer to.
    for block in _MESSAGE_BLOCKS(root):
        dom_id = block.get("id", "")
        classes = (block.get("class") or "").split()
        if dom_id.startswith("incoming-") and ("incoming" in classes or "correspondence" in classes):
            mid = _dom_id(dom_id, "incoming-")
            if mid is None:
                continue
            msg = PageMessage("incoming", mid, sent_at=_time(block))
            author = " ".join(" ".join(_q(".correspondence__header__author ::text")(block)).split())
            msg.author = author or None
            text_block = _q(".correspondence_text")(block)
            main_css = "div[id^='attachment-']:not(.attachments)"
            main = _each(text_block, main_css) if text_block else []
            msg.text = _body_text(text_block, [main_css]) if main else None
            if not main and text_block:
                # No main-body div id: a message with no text part ("[ Email has no body, please see
                # attachments ]" in an id-less div) or older markup. The text is what is not the attachment list.
                msg.text = element_text(_without(text_block[0], _NOT_BODY_TEXT)) or None
            msg.attachments = _attachments(block, page_url, mid)
            page.messages.append(msg)
        elif dom_id.startswith("outgoing-") and ("outgoing" in classes or "correspondence" in classes):
            mid = _dom_id(dom_id, "outgoing-")
            if mid is None:
                continue
            msg = PageMessage("outgoing", mid, sent_at=_time(block), author_url_name=_user(block))
            msg.text = _body_text([block], [".correspondence_text > div", ".correspondence_text", "p.event_plain"])
            page.messages.append(msg)
        elif dom_id.startswith("comment-") and any(c.startswith("comment_in_request") for c in classes):
            mid = _dom_id(dom_id, "comment-")
            if mid is None:
                continue
            msg = PageMessage("annotation", mid, sent_at=_time(block), author_url_name=_user(block))
            msg.text = _body_text([block], [".comment_in_request_text"])
            page.messages.append(msg)
    return page
