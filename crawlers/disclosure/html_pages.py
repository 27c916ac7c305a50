"""HTML disclosure logs: directory listings (A-Z, categories, months, pages), request pages in Barnet's shape,
and lists of response documents. Pure functions of (text, URL, options); they raise only ParseError."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from crawlers.disclosure.fields import (LABELS, labelled, parse_date,
                                        split_reference)
from crawlers.disclosure.records import DocumentLink, EntryRecord, Listing, ListingEntry
from crawlers.parsing import ParseError

DEFAULT_ENTRIES = ".list--record a, ul.item-list a, .foi-log a, table.disclosure-log a, .views-row a"
DEFAULT_SECTIONS = ".list--category a, .a-z a, .az-list a, ul.alphabet a, .categories a"
DEFAULT_NEXT = "a[rel=next], .pagination .next a, a.next, li.pager__item--next a"
DOC_EXTS = ("pdf", "doc", "docx", "xls", "xlsx", "ods", "odt", "csv", "rtf", "zip", "txt", "msg", "eml", "pptx")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "p", "li", "dt", "dd", "tr", "pre", "blockquote")
_RESPONSE_HEAD = re.compile(r"^(our\s+)?(response|reply|we answered|answer|decision)\s*:?$", re.I)
_OUTCOME_WORDS = re.compile(r"\b(?:response|outcome|refus\w*|not held|withheld|exempt\w*|granted|supplied)\b", re.I)
_DOCS_HEAD = re.compile(r"^(outcome\s*/\s*documents|outcome|documents|attachments|downloads?|files?|"
                        r"related documents)\s*:?$", re.I)
_REQUEST_HEAD = re.compile(r"^(request|you asked|the request|request details|details of request)\s*:?$", re.I)
_DOC_LABEL = re.compile(r"^(?P<label>.*?)\s+-\s+(?P<mime>[a-z]+/[\w.+-]+)\s*(?:-\s*Download)?\s*$", re.I)
_SIZE = re.compile(r"\s*\((?:[A-Z]{2,5},?\s*)?[\d.,]+\s*[KMG]?B\)\s*$", re.I)


def _doc(text: str | bytes) -> lxml.html.HtmlElement:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if not text or not text.strip():
        raise ParseError("empty page")
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"not HTML: {exc}") from exc


def _main(doc) -> lxml.html.HtmlElement:
    for xpath in ("//main", "//*[@id='main-content']", "//*[@id='content']", "//article", "//body"):
        found = doc.xpath(xpath)
        if found:
            return found[0]
    return doc


def _text(el) -> str:
    """An element's text with <br> as a line break and runs of spaces collapsed."""
    parts: list[str] = []

    def walk(node):
        if node.tag == "br":
            parts.append("\n")
        elif isinstance(node.tag, str) and node.tag in ("script", "style"):
            return
        elif node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    lines = [re.sub(r"[ \t\r\f\v\xa0]+", " ", ln).strip() for ln in "".join(parts).split("\n")]
    return "\n".join(ln for ln in lines if ln)


def _same_site(url: str, page_url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def _same_host(url: str, page_url: str) -> bool:
    """Listing pages are followed only on the log's own host (entries and documents may live elsewhere)."""
    return urlsplit(url).netloc == urlsplit(page_url).netloc


def _links(root, css: str, page_url: str) -> list[tuple[str, lxml.html.HtmlElement]]:
    out, seen = [], set()
    try:
        found = root.cssselect(css)
    except Exception as exc:  # a bad selector in the registry's options
        raise ParseError(f"bad CSS selector {css!r}: {exc}") from exc
    for a in found:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        url = urljoin(page_url, href).split("#")[0]
        if _same_site(url, page_url) and url not in seen:
            seen.add(url)
            out.append((url, a))
    return out


def _container(a) -> lxml.html.HtmlElement:
    for anc in a.iterancestors():
        if anc.tag in ("li", "tr", "article", "dd") or "list__item" in (anc.get("class") or ""):
            return anc
    return a.getparent() if a.getparent() is not None else a


def is_document_url(url: str) -> bool:
    path = unquote(urlsplit(url).path).lower()
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1] in DOC_EXTS


def _name(url: str) -> str:
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]) or url


# --- directory --------------------------------------------------------------------------------------------


def parse_directory_listing(html: str | bytes, page_url: str, options: dict | None = None) -> Listing:
    """A directory page: links to request pages (with the dates shown beside them) and links to more listing
    pages (next page, A-Z letters, categories, months)."""
    options = options or {}
    root = _main(_doc(html))
    listing = Listing()
    for url, a in _links(root, options.get("entries") or DEFAULT_ENTRIES, page_url):
        if is_document_url(url):
            continue
        box = _container(a)
        dates = labelled(_text(box).split("\n"))
        marker = dates.get("updated") or parse_date(_text(box).replace(_text(a), ""))
        listing.entries.append(ListingEntry(url=url, title=_text(a) or url, marker=marker))
    for css in (options.get("sections") or DEFAULT_SECTIONS, options.get("next") or DEFAULT_NEXT):
        for url, _ in _links(root, css, page_url):
            if url not in listing.follow and url != page_url and _same_host(url, page_url):
                listing.follow.append(url)
    return listing


def _blocks(root) -> list[tuple[str, str, lxml.html.HtmlElement]]:
    """(tag, text, element) of the block elements in reading order, outermost blocks only."""
    out = []
    for el in root.iter(*_BLOCKS):
        if any(anc.tag in ("p", "li", "dd", "tr", "pre", "blockquote") for anc in el.iterancestors()):
            continue
        text = _text(el)
        if text:
            out.append((el.tag, text, el))
    return out


def parse_request_page(html: str | bytes, page_url: str, options: dict | None = None) -> EntryRecord:
    """A request's own page: heading, title, "Received: <date>", request text, response text, and the
    "Outcome / Documents" list of "<label> - <mime type> - Download" links."""
    root = _main(_doc(html))
    blocks = _blocks(root)
    if not blocks:
        raise ParseError("request page has no text")
    rec = EntryRecord(url=page_url, fingerprint=hashlib.sha256(html if isinstance(html, bytes) else
                                                               html.encode("utf-8")).hexdigest())
    titled = root.cssselect(".foi-title")
    heads = [(tag, text) for tag, text, _ in blocks if tag in ("h1", "h2")]
    generic = re.compile(r"^(freedom of information( request| response)?|foi request|disclosure details|"
                         r"disclosure log)$", re.I)
    if titled:
        rec.title = _text(titled[0])
    else:
        rec.title = next((t for _, t in heads if not generic.match(t)), None)
    labels = labelled([text for _, text, _ in blocks])
    rec.received, rec.responded = labels.get("received"), labels.get("responded")
    rec.updated = labels.get("updated")
    rec.reference = labels.get("reference")
    rec.outcome_label = labels.get("outcome")
    section = "request"
    request, response = [], []
    for tag, text, el in blocks:
        if tag in ("h1", "h2") and (generic.match(text) or text == rec.title):
            continue
        if any(rx.match(text.split("\n")[0]) for rx in LABELS.values()):
            continue   # "Received: ...", "Request reference: ..." lines are fields, not request text
        if tag.startswith("h") or len(text) < 40:
            if _RESPONSE_HEAD.match(text):
                section = "response"
                continue
            if _DOCS_HEAD.match(text):
                section = "documents"
                continue
            if _REQUEST_HEAD.match(text):
                section = "request"
                continue
        if section == "request":
            request.append(text)
        elif section == "response":
            response.append(text)
        else:
            m = _DOC_LABEL.match(text.replace("\n", " "))
            if m and not rec.outcome_label:
                rec.outcome_label = m.group("label")
    rec.request_text = "\n\n".join(request) or None
    rec.response_text = "\n\n".join(response) or None
    seen = set()
    for url, a in _links(root, "a[href]", page_url):
        box = _container(a)
        line = _text(box).replace("\n", " ") if box.tag in ("li", "dd", "tr") else _text(a)
        m = _DOC_LABEL.match(line)
        if not (m or is_document_url(url) or re.search(r"\bdownload\b", _text(a), re.I)):
            continue
        if url in seen:
            continue
        seen.add(url)
        rec.documents.append(DocumentLink(url=url, label=m.group("label") if m else _text(a) or None,
                                          content_type=m.group("mime").lower() if m else None, name=_name(url)))
    if not rec.reference:
        last = urlsplit(page_url).path.rstrip("/").rsplit("/", 1)[-1]
        ref, _ = split_reference(rec.title or "")
        rec.reference = ref or (last if re.fullmatch(r"\d{4,}", last) else None)
    if not rec.outcome_label:
        # "Response (some not held) - application/pdf": a document's link text is the log's outcome label
        rec.outcome_label = next((d.label for d in rec.documents if d.label and _OUTCOME_WORDS.search(d.label)), None)
    if not rec.title and not rec.request_text:
        raise ParseError("not a request page (no title, no request text)")
    return rec


# --- lists of documents --------------------------------------------------------------------------------------


def parse_document_listing(html: str | bytes, page_url: str, options: dict | None = None) -> Listing:
    """A list whose entries link straight to response documents: one entry per list item / table row, with
    the reference and title from the link text and the dates printed beside it."""
    options = options or {}
    root = _main(_doc(html))
    listing = Listing()
    by_box: dict[int, tuple[lxml.html.HtmlElement, list[tuple[str, lxml.html.HtmlElement]]]] = {}
    for url, a in _links(root, options.get("entries") or "a[href]", page_url):
        if not is_document_url(url):
            continue
        box = _container(a)
        by_box.setdefault(id(box), (box, []))[1].append((url, a))
    for box, links in by_box.values():
        box_text = _text(box)
        first_text = _SIZE.sub("", _text(links[0][1]))
        ref, title = split_reference(first_text)
        labels = labelled(box_text.split("\n"))
        rec = EntryRecord(
            url=links[0][0], title=title or first_text or None, reference=labels.get("reference") or ref,
            received=labels.get("received"), responded=labels.get("responded"), updated=labels.get("updated"),
            documents=[DocumentLink(url=u, label=_SIZE.sub("", _text(a)) or None, name=_name(u)) for u, a in links],
            fingerprint=hashlib.sha256(etree.tostring(box)).hexdigest())
        rec.outcome_label = labels.get("outcome")
        listing.entries.append(ListingEntry(url=rec.url, title=rec.title or rec.url,
                                            marker=rec.updated or rec.responded, record=rec))
    for url, _ in _links(root, options.get("next") or DEFAULT_NEXT, page_url):
        if url not in listing.follow and url != page_url and _same_host(url, page_url):
            listing.follow.append(url)
    return listing
