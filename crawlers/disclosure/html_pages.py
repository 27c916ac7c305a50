"""HTML disclosure logs: directory listings (A-Z, categories, months, years, pages), request pages, pages that
hold several requests, and lists of response documents. Pure functions of (text, URL, options); they raise only
ParseError.

The shapes follow what real logs print (../shared/reference/disclosure-logs.md) and the selectors public scrapers
rely on: Hastings' year pages `?year=<yyyy>` listing `#FoiList ul li a` links to `?id=FOIR-<n>` request pages
whose h1 is "FOI request (FOIR-<n>)" and h2 the title, with "Requested ..." and a "Response" heading
(data-to-insight/foi-csc-scrape-tool, foi-scrape-tool.py); Comhairle nan Eilean Siar's `.cnes_listitem` entries
(`header a`) paged by `a.cnes_pagination_link` whose title says "Next", request pages titled `h1.cnes_pagetitle`
with each label ("Reference", "Request date", "Response date") in its own element and the value in the next,
dates written "Wednesday, July 3, 2019" (ormiret/tinfoil-hat, scraper_eilean_siar.py); Moray's index of month
pages, each a table of date / request link / department with a date printed once for the rows below it
(scraper_moray.py there); East Lothian's and Aberdeen's tables linking response documents as "<title> - <Month
yyyy>" and "FOI-16-0058 - <title>" (scraper_eastlothian.py, scraper_aberdeen.py); Thurrock's pages
("Publication date:" above the date, "Request:", "Response:", "Request reference:" above "FOI 9805"); Barnet's
"Received:" and "Outcome / Documents" list."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from crawlers.disclosure.fields import DATE_KEYS, bare_label, date_line, is_label, labelled, parse_date, split_reference
from crawlers.disclosure.records import DocumentLink, EntryRecord, Listing, ListingEntry
from crawlers.parsing import ParseError
from documents.readers.base import row_line

DEFAULT_ENTRIES = ".list--record a, ul.item-list a, .foi-log a, table.disclosure-log a, .views-row a"
DEFAULT_SECTIONS = ".list--category a, .a-z a, .az-list a, ul.alphabet a, .categories a"
DEFAULT_NEXT = "a[rel=next], .pagination .next a, a.next, li.pager__item--next a"
DOC_EXTS = ("pdf", "doc", "docx", "xls", "xlsx", "ods", "odt", "csv", "rtf", "zip", "txt", "msg", "eml", "pptx")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "p", "li", "dt", "dd", "tr", "pre", "blockquote")
# The reply's start as councils head it: "Response", "Response:", "Our response", "Response provided:",
# "Response 29-07-2025", "Response sent on 1 July 2024", "We answered", "Information provided"
_RESPONSE_HEAD = re.compile(r"^(?:our\s+|the\s+council'?s\s+|council\s+)?(?:response|reply|we answered|answer|decision|"
                            r"information provided|disclosure)(?:\s+(?:provided|sent|given|issued|date|details))?"
                            r"(?:\s+on)?\s*[:\-–]?\s*(?P<rest>.*)$", re.I)
_OUTCOME_WORDS = re.compile(r"\b(?:response|outcome|refus\w*|not held|withheld|exempt\w*|granted|supplied)\b", re.I)
_DOCS_HEAD = re.compile(r"^(outcome\s*/\s*documents|outcome|documents|attachments|downloads?|files?|"
                        r"related documents)\s*:?$", re.I)
_REQUEST_HEAD = re.compile(r"^(?:request|you asked|the request|request details|details of request|"
                           r"information requested|requested information|questions?)\s*[:\-–]?\s*(?P<rest>.*)$", re.I)
# The page's own heading, not a request's: "FOI request (FOIR-2400123)", "Disclosure Log - July 2024" (North Devon's
# month pages), "Disclosure Log - Other" (Rushcliffe's category pages)
_GENERIC_HEAD = re.compile(r"^(freedom of information( request| response)?|foi (request|response)|disclosure details|"
                           r"disclosure log(?:\s+[-–:]\s+[^()]{1,40})?)\b\s*(\((?P<ref>[^)]{3,40})\))?\s*$", re.I)


def _head(rx: re.Pattern, text: str) -> tuple[bool, str]:
    """(is a heading of this kind, text after it on the same line). "Response 29-07-2025" is a heading; "Response
    times vary" is not: what follows the word must be nothing, a date, or come after a colon."""
    first, _, more = text.partition("\n")
    m = rx.match(first)
    if not m:
        return False, ""
    rest = m.group("rest").strip()
    colon = bool(re.match(r"^[^:]{0,40}:", first))
    if not rest or (len(rest) <= 40 and parse_date(rest)):
        return True, more.strip()
    if colon:
        return True, "\n".join(filter(None, [rest, more.strip()]))
    return False, ""
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
    for xpath in ("//main", "//*[@id='main-content']", "//*[@id='content']", "//*[@id='main']",
                  "//div[contains(concat(' ', normalize-space(@class), ' '), ' main ')]", "//article", "//body"):
        found = doc.xpath(xpath)
        if found:
            return found[0]
    return doc


_LINE_ENDS = ("td", "th", "tr", "p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "header",
              "section", "article", "table", "ul", "ol")


def _text(el) -> str:
    """An element's text with <br>, table cells and inner blocks as line breaks and runs of spaces collapsed."""
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
            if child.tag in _LINE_ENDS:   # table cells and blocks inside the element are lines of their own
                parts.append("\n")
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
    pages (next page, A-Z letters, categories, months). In a table, a row with an empty date cell has the date
    of the row above (Moray's month tables print each date once). `index=<css>` names links to listing pages
    that are followed only from a page listing no requests itself (Moray's index of months), so a month page's
    own menus are not walked."""
    options = options or {}
    root = _main(_doc(html))
    listing = Listing()
    above: dict[int, object] = {}   # table -> the last date printed in it
    for url, a in _links(root, options.get("entries") or DEFAULT_ENTRIES, page_url):
        if is_document_url(url):
            continue
        box = _container(a)
        dates = labelled(_text(box).split("\n"))
        marker = dates.get("updated") or date_line(_text(box).replace(_text(a), ""))
        if box.tag == "tr":
            table = next(box.iterancestors("table"), None)
            if marker is None and table is not None:
                marker = above.get(id(table))
            elif table is not None:
                above[id(table)] = marker
        title = _text(a) or (a.get("title") or "").strip() or url   # Hastings' links carry a title attribute
        listing.entries.append(ListingEntry(url=url, title=title, marker=marker))
    follow = [options.get("sections") or DEFAULT_SECTIONS, options.get("next") or DEFAULT_NEXT]
    if options.get("index") and not listing.entries:
        follow.append(options["index"])
    for css in follow:
        for url, _ in _links(root, css, page_url):
            if url not in listing.follow and url != page_url and _same_host(url, page_url):
                listing.follow.append(url)
    return listing


_LEAF_INSIDE = ("p", "li", "dd", "tr", "pre", "blockquote")
# menus and search panels inside the page's main part (an article's own <header> often holds its title: kept)
_CHROME = ("aside", "nav")


def _blocks(root) -> list[tuple[str, str, lxml.html.HtmlElement]]:
    """(tag, text, element) of the block elements in reading order, outermost blocks only. A div counts when it
    holds no other block (CMS field wrappers: `<div class="field-label">Publication date:</div>`)."""
    out = []
    for el in root.iter(*_BLOCKS, "div"):
        if el.tag == "div" and any(True for _ in el.iter(*_BLOCKS[:-1], "div", "blockquote") if _ is not el):
            continue
        if any(anc.tag in _LEAF_INSIDE or anc.tag in _CHROME for anc in el.iterancestors()):
            continue
        text = _row_text(el) if el.tag == "tr" else _text(el)
        if text:
            out.append((el.tag, text, el))
    return out


def _row_text(tr) -> str:
    """A table row of three cells or more (figures by year: Devon's "1. ... received? | 1360 | 1218 | ...") as one
    tab-separated line, as documents/ writes a table for the reader; a row of one or two cells (a label and its
    value, a question and its answer) keeps a line per cell."""
    cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) < 3:
        return _text(tr)
    return row_line(_text(c).replace("\n", " ") for c in cells)


def _documents(links: list[tuple[str, lxml.html.HtmlElement]]) -> list[DocumentLink]:
    out, seen = [], set()
    for url, a in links:
        box = _container(a)
        line = _text(box).replace("\n", " ") if box.tag in ("li", "dd", "tr") else _text(a)
        m = _DOC_LABEL.match(line)
        if not (m or is_document_url(url) or re.search(r"\bdownload\b", _text(a), re.I)) or url in seen:
            continue
        seen.add(url)
        out.append(DocumentLink(url=url, label=m.group("label") if m else _text(a) or None,
                                content_type=m.group("mime").lower() if m else None, name=_name(url)))
    return out


def _sections_by_css(root, options: dict) -> dict[int, str]:
    """id(element) -> "request" / "response" for the elements the registry's `request=<css>` / `response=<css>`
    name: for a log that wraps the request and the reply in their own elements without printing a heading."""
    out: dict[int, str] = {}
    for section in ("request", "response"):
        if options.get(section):
            try:
                found = root.cssselect(options[section])
            except Exception as exc:  # a bad selector in the registry's options
                raise ParseError(f"bad CSS selector {options[section]!r}: {exc}") from exc
            for el in found:
                for inner in el.iter():
                    out[id(inner)] = section
    return out


def _read_blocks(blocks, rec: EntryRecord, title: str | None, marked: dict[int, str] | None = None) -> EntryRecord:
    """Fields, request and reply of one request from its blocks: labels are fields, a request heading starts
    the request, a response heading ("Response 29-07-2025", "Response provided:") starts the reply, a documents
    heading the list of files; a block inside an element the registry names as the request or the response is
    that, whatever its heading."""
    marked = marked or {}
    heads = [text for tag, text, _ in blocks if tag in ("h1", "h2", "h3")]
    rec.title = title or next((t for t in heads if not _GENERIC_HEAD.match(t) and not is_label(t)
                               and not _head(_RESPONSE_HEAD, t)[0] and not _head(_REQUEST_HEAD, t)[0]), None)
    labels = labelled([text for _, text, _ in blocks])
    rec.received, rec.responded = labels.get("received"), labels.get("responded")
    rec.updated = labels.get("updated")
    rec.reference = labels.get("reference")
    rec.outcome_label = labels.get("outcome")
    for t in heads:   # "FOI request (FOIR-2400123)"
        m = _GENERIC_HEAD.match(t)
        if m and m.group("ref") and not rec.reference:
            rec.reference = m.group("ref").strip()
    section = "request"
    request, response = [], []
    waiting: str | None = None   # the field of a label that stood alone on its line, whose value may come next
    for tag, text, el in blocks:
        if waiting:
            key, waiting = waiting, None
            # its value is short, and a date under a date label; else the label was a heading over text
            # (North Devon's "Request received:" stands above the request itself)
            if not is_label(text) and len(text) <= 60 and (key not in DATE_KEYS or parse_date(text)):
                continue
        if text == rec.title and tag.startswith("h"):
            continue
        if id(el) in marked and not is_label(text):
            (request if marked[id(el)] == "request" else response).append(text)
            continue
        if _GENERIC_HEAD.match(text):
            if section == "response" and tag.startswith("h"):
                section = "end"   # "Freedom of Information / Contact us ..." under the reply is the site's
            continue
        is_response, rest = _head(_RESPONSE_HEAD, text)
        if is_response and (tag.startswith("h") or len(text.split("\n")[0]) < 60 or rest):
            section = "response"
            if rest:
                response.append(rest)
            continue
        if is_label(text):
            # "Received: ...", "Request reference:" (its value may be the next block) are fields, not text
            if not re.search(r":\s*\S", text.split("\n")[0]) and not parse_date(text):
                waiting = bare_label(text)
            continue
        if tag.startswith("h") or len(text) < 40 or text.split("\n")[0].rstrip().endswith(":"):
            if _DOCS_HEAD.match(text):
                section = "documents"
                continue
            is_request, rest = _head(_REQUEST_HEAD, text)
            if is_request:
                section = "request"
                if rest:
                    request.append(rest)
                continue
        if section == "request":
            request.append(text)
        elif section == "response":
            response.append(text)
        elif section == "documents":
            m = _DOC_LABEL.match(text.replace("\n", " "))
            if m and not rec.outcome_label:
                rec.outcome_label = m.group("label")
    rec.request_text = "\n\n".join(request) or None
    rec.response_text = "\n\n".join(response) or None
    if rec.response_text and rec.response_text.rstrip(" .") in {d.label for d in rec.documents}:
        rec.response_text = None   # "Response: <link to the letter>" (Rushcliffe): the reply is the document
    if not rec.reference:
        ref, _ = split_reference(rec.title or "")
        rec.reference = ref
    if not rec.outcome_label:
        # "Response (some not held) - application/pdf": a document's link text is the log's outcome label
        rec.outcome_label = next((d.label for d in rec.documents if d.label and _OUTCOME_WORDS.search(d.label)), None)
    return rec


def _sha(html: str | bytes) -> str:
    return hashlib.sha256(html if isinstance(html, bytes) else html.encode("utf-8")).hexdigest()


def parse_request_page(html: str | bytes, page_url: str, options: dict | None = None) -> EntryRecord:
    """A request's own page: heading, title, "Received: <date>", request text, response text, and the
    "Outcome / Documents" list of "<label> - <mime type> - Download" links."""
    root = _main(_doc(html))
    blocks = _blocks(root)
    if not blocks:
        raise ParseError("request page has no text")
    rec = EntryRecord(url=page_url, fingerprint=_sha(html))
    rec.documents = _documents(_links(root, "a[href]", page_url))
    titled = root.cssselect(".foi-title, h1.cnes_pagetitle")
    _read_blocks(blocks, rec, _text(titled[0]) if titled else None, _sections_by_css(root, options or {}))
    if not rec.reference:
        last = urlsplit(page_url).path.rstrip("/").rsplit("/", 1)[-1]
        rec.reference = last if re.fullmatch(r"\d{4,}", last) else None
    if not rec.title and not rec.request_text:
        raise ParseError("not a request page (no title, no request text)")
    if (options or {}).get("text") == "reply" and not rec.response_text:
        # the council publishes its answer written into the request's questions (Devon's information_request
        # pages: "1. ... how many FOI requests have you received?  1360  1218 ...", then its refusal of question
        # 4): no heading parts them, so the page's text goes to the reader whole, as the reply
        rec.response_text, rec.request_text = rec.request_text, None
    return rec


def _starts(blocks) -> list[int]:
    """Where each request starts on a page that holds several: the heading above each reference (a "Reference:"
    line or a heading that begins with one) when every request has a heading of its own, else the reference
    lines themselves (North Devon's monthly pages and Rushcliffe's category pages print "Request reference:" /
    "Reference:" first and no heading per request: the heading above the first is the page's). Fewer than two
    distinct references: one request."""
    found: list[tuple[int, str, str]] = []   # (block, reference, how it was printed)
    for i, (tag, text, _) in enumerate(blocks):
        ref = labelled([text]).get("reference") if is_label(text) else None
        how = text.split(":")[0].strip().lower() if ref else ""
        if ref is None and i + 1 < len(blocks) and re.fullmatch(r"(?i)\s*(?:request\s+)?ref(?:erence)?(?:\s+number)?"
                                                                r"\s*:?\s*", text):
            ref, how = blocks[i + 1][1].split("\n")[0], text.strip(" :").lower()
        if ref is None and tag.startswith("h"):
            ref, how = split_reference(text)[0] or (m.group("ref") if (m := _GENERIC_HEAD.match(text)) else None), tag
        if ref:
            found.append((i, ref.strip(), how))
    # each request is introduced the same way ("Request reference: ..."); an "Our ref: ..." quoted in a reply is
    # not the start of another request
    usual = max({how for *_, how in found}, key=lambda h: sum(f[2] == h for f in found), default="")
    refs = [(i, ref) for i, ref, how in found if how == usual]
    if len({r for _, r in refs}) < 2:
        return [0]
    heads, floor = [], 0
    for i, _ in refs:
        heads.append(next((j for j in range(i, floor - 1, -1) if blocks[j][0].startswith("h")), None))
        floor = i + 1
    if any(h is None for h in heads[1:]):
        return [i for i, _ in refs]
    starts = []
    for h, (i, _) in zip(heads, refs):
        h = i if h is None else h
        if not starts or h > starts[-1]:
            starts.append(h)
    return [0] + starts[1:] if starts[0] > 0 and not any(t.startswith("h") for t, _, _ in blocks[:starts[0]]) \
        else starts


def parse_request_pages(html: str | bytes, page_url: str, options: dict | None = None) -> list[EntryRecord]:
    """A page that holds one request or several (a month's requests one after another, each with its own
    reference): one record per request, each with its own reference, dates, texts and documents. The registry
    option `each=<css>` names the element that wraps each request when the page has one."""
    options = options or {}
    root = _main(_doc(html))
    if options.get("each"):
        try:
            boxes = root.cssselect(options["each"])
        except Exception as exc:  # a bad selector in the registry's options
            raise ParseError(f"bad CSS selector {options['each']!r}: {exc}") from exc
        groups = [_blocks(box) for box in boxes]
    else:
        blocks = _blocks(root)
        starts = _starts(blocks)
        if len(starts) < 2:
            return [parse_request_page(html, page_url, options)]
        groups = [blocks[a:b] for a, b in zip(starts, starts[1:] + [len(blocks)])]
        if starts[0] > 0:
            groups.insert(0, [])   # the page's own heading and introduction are nobody's request
    records = []
    for group in groups:
        if not group:
            continue
        rec = EntryRecord(url=page_url)
        links = [(url, a) for _, _, el in group for url, a in _links(el, "a[href]", page_url)]
        rec.documents = _documents(links)
        _read_blocks(group, rec, None)
        if not (rec.reference or rec.title) or not (rec.request_text or rec.response_text or rec.documents):
            continue   # the page's introduction or footer
        rec.fingerprint = hashlib.sha256("\n".join(t for _, t, _ in group).encode("utf-8")).hexdigest()
        records.append(rec)
    if not records:
        raise ParseError("no request found on the page")
    return records


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
