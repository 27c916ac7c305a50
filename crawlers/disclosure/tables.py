"""Disclosure logs printed as one HTML table whose every row is a request: Nottingham City Council's
`InformationGovernance/DisclosureLog.aspx` (an ASP.NET page; its stored text shows the header row "Id | Subject |
Response Date | Questions | Response Files" over one row per request of the last three months).

A row is read as a dataset row is (crawlers/disclosure/datasets.py): each cell under its header's name, so the
same column names, the same `fields=ours:theirs` option and the same problems for a ragged row apply. Links in a
cell are that row's documents."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from crawlers.disclosure import datasets
from crawlers.disclosure.html_pages import DEFAULT_NEXT, _doc, _links, _main, _same_host, _text
from crawlers.disclosure.records import EntryRecord, Listing
from crawlers.parsing import ParseError

DEFAULT_TABLE = "table"


def _cells(tr) -> list:
    return [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _rows(table, page_url: str) -> list[dict]:
    """The table's rows as {header: cell}; a cell with links is a list of {url, description}. A row with a
    different number of cells keeps the extra ones under None (or misses some), which the dataset reader
    records as that row's problem."""
    trs = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    if not trs:
        return []
    header = [_text(c) for c in _cells(trs[0])]
    if not any(header):
        raise ParseError("the log's table has no header row naming its columns")
    rows = []
    for tr in trs[1:]:
        cells = _cells(tr)
        if not cells:
            continue
        values = []
        for cell in cells:
            links = [{"url": urljoin(page_url, a.get("href").strip()), "description": _text(a) or None}
                     for a in cell.iter("a") if (a.get("href") or "").strip()[:1] not in ("", "#")]
            values.append(links or _text(cell))
        row: dict = dict(zip(header, values))
        if len(values) > len(header):
            row[None] = values[len(header):]
        elif len(values) < len(header):
            row.update({h: None for h in header[len(values):]})
        rows.append(row)
    return rows


def parse_request_table(html: str | bytes, page_url: str, options: dict | None = None) -> tuple[Listing, list[str]]:
    """(listing, problems): one entry per row of the table (`entries=<css>` names it when the page has several),
    each keyed by its reference column at `<page>#<reference>`; next-page links are followed."""
    options = options or {}
    root = _main(_doc(html))
    css = options.get("entries") or DEFAULT_TABLE
    try:
        tables = [t for t in root.cssselect(css) if t.tag == "table"]
    except Exception as exc:  # a bad selector in the registry's options
        raise ParseError(f"bad CSS selector {css!r}: {exc}") from exc
    if not tables:
        raise ParseError(f"no table matches {css!r} on the page")
    p = urlsplit(page_url)
    base = urlunsplit((p.scheme, p.netloc, p.path, p.query, ""))
    rows = [row for table in tables for row in _rows(table, page_url)]
    entries, problems = datasets.entries_from_rows(rows, base, options)
    listing = Listing(entries=entries)
    for url, _ in _links(root, options.get("next") or DEFAULT_NEXT, page_url):
        if url not in listing.follow and url != page_url and _same_host(url, page_url):
            listing.follow.append(url)
    return listing, problems


def requests_in_tables(html: str | bytes, page_url: str, options: dict | None = None) -> list[EntryRecord]:
    """A page reached from a directory listing whose requests are a table (North Devon's months before 2023: "Ref |
    Response issued | Information Requested | Response Provided | Exemptions/Exceptions"): one record per row.
    Only a table whose header names a reference, a request or reply, and a date is taken for one, so a table of
    figures or contracts inside a reply is not; [] when the page has none."""
    root = _main(_doc(html))
    names = datasets.field_map(options)
    wanted = (set(names["reference"]), set(names["request_text"]) | set(names["response_text"]),
              set(names["received"]) | set(names["responded"]) | set(names["updated"]))
    p = urlsplit(page_url)
    base = urlunsplit((p.scheme, p.netloc, p.path, p.query, ""))
    records, problems = [], []
    for table in root.iter("table"):
        if next(table.iterancestors("table"), None) is not None:
            continue
        try:
            rows = _rows(table, page_url)
        except ParseError:
            continue
        header = {datasets.column_name(k) for k in (rows[0] if rows else {}) if k is not None}
        if not rows or not all(header & names_ for names_ in wanted):
            continue
        entries, bad = datasets.entries_from_rows(rows, base, options)
        for e in entries:   # the page is what the listing links and what the crawl remembers having read
            e.record.url = page_url
            records.append(e.record)
        problems += bad
    if problems and not records:
        raise ParseError(f"the page's table of requests has no readable row ({problems[0]})")
    return records
