"""Imitation council disclosure logs, mounted on the replay server (docs/architecture.md §2, "Mounted sites").

One imitation per publishing pattern the `disclosure_log` spider has an adapter for, each on the path its
registry URL has (warehouse/reference/disclosure_logs.csv), so a crawl with DISCLOSURE_LOG_BASE_URL pointing here
reads the same paths it would read on the councils' own hosts:

- `directory`: a CMS directory (by date, A-Z, by category or by month, paginated) of one page per request in
  Barnet's shape: heading, title, "Received: <date>", request text, "Outcome / Documents" with
  "<label> - <mime type> - Download" links;
- `documents`: a list whose entries link straight to the response documents (PDF, DOCX, XLSX);
- `socrata`: the log as a dataset behind a Socrata-style API (`$limit`, `$offset`, `$order`).

Hits are counted per council under `dl_listing:<code>` (listing pages, API pages), `dl_detail:<code>` (request
pages) and `dl_file:<code>` (documents). `server.disclosure_logs.change_entry(...)` edits an entry the way a
council updates its log, for incremental-crawl tests.
"""

from __future__ import annotations

import html
import json
import warnings
from datetime import date, datetime, time, timezone
from email.utils import format_datetime
from string import ascii_uppercase

from replay.disclosure_corpus import DisclosureCorpusError, Document, Entry, Log, load_logs, slug
from replay.site.http import SiteRequest, SiteResponse

HTML = "text/html; charset=utf-8"
OUTCOME_WORDS = {"successful": "Information provided in full", "partially_successful": "Information provided in part",
                 "rejected": "Refused - exempt", "not_held": "Information not held"}


def _http_date(d: date) -> str:
    return format_datetime(datetime.combine(d, time(9, 0), tzinfo=timezone.utc), usegmt=True)


def _long(d: date | None) -> str:
    return f"{d.day} {d:%B %Y}" if d else ""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _page(log: Log, title: str, body: str, last: date) -> SiteResponse:
    doc = (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{_e(title)} | {_e(log.name)}"
           f"</title></head>\n<body>\n<header class=\"site-header\"><a href=\"/\">{_e(log.name)}</a>"
           f"<nav><a href=\"/contact\">Contact us</a> <a href=\"/search\">Search</a></nav></header>\n"
           f"<main id=\"main-content\">\n{body}\n</main>\n<footer>&copy; {_e(log.name)}</footer>\n</body></html>\n")
    return SiteResponse(200, {"Content-Type": HTML, "Last-Modified": _http_date(last),
                              "Cache-Control": "max-age=0, must-revalidate"}, doc.encode("utf-8"))


def _not_found() -> SiteResponse:
    return SiteResponse(404, {"Content-Type": HTML}, b"<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>")


class LogSite:
    """One council's imitation log: listing pages, request pages and documents."""

    def __init__(self, log: Log):
        self.log = log

    # -- helpers -------------------------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return self.log.path

    def last_changed(self, entries: list[Entry] | None = None) -> date:
        entries = self.log.entries if entries is None else entries
        return max((e.last_changed for e in entries), default=date(2021, 1, 1))

    def _pages(self, entries: list[Entry], req: SiteRequest) -> tuple[list[Entry], int, int] | None:
        size = self.log.page_size or len(entries) or 1
        pages = max(1, -(-len(entries) // size))
        try:
            page = int(req.query.get("page", "1"))
        except ValueError:
            return None
        if page < 1 or page > pages:
            return None
        return entries[(page - 1) * size: page * size], page, pages

    def _entry_list(self, entries: list[Entry]) -> str:
        items = []
        for e in entries:
            meta = f"<p class=\"list__meta\">Published: {_long(e.published)}</p>"
            if e.updated:
                meta += f"<p class=\"list__meta\">Updated: {_long(e.updated)}</p>"
            items.append(f"<li class=\"list__item\"><a class=\"list__link\" href=\"{_e(e.path)}\">{_e(e.title)}</a>"
                         f"{meta}</li>")
        return "<ul class=\"list list--record\">\n" + "\n".join(items) + "\n</ul>"

    @staticmethod
    def _pager(path: str, page: int, pages: int) -> str:
        links = []
        if page > 1:
            links.append(f"<a rel=\"prev\" href=\"{_e(path)}?page={page - 1}\">Previous page</a>")
        if page < pages:
            links.append(f"<a rel=\"next\" href=\"{_e(path)}?page={page + 1}\">Next page</a>")
        return f"<nav class=\"pagination\">{' '.join(links)} <span>Page {page} of {pages}</span></nav>"

    def _sections(self, links: list[tuple[str, str]]) -> str:
        return ("<ul class=\"list list--category\">\n" +
                "\n".join(f"<li><a href=\"{_e(h)}\">{_e(t)}</a></li>" for h, t in links) + "\n</ul>")

    # -- dispatch --------------------------------------------------------------------------------------------
    def __call__(self, req: SiteRequest) -> SiteResponse:
        path = req.path.rstrip("/") or "/"
        for e in self.log.entries:
            for d in e.documents:
                if d.path == req.path:
                    return self.document(d, e)
        if self.log.platform == "socrata":
            return self.api(req) if path == self.base else _not_found()
        if self.log.platform == "documents":
            return self.documents_listing(req) if path == self.base else _not_found()
        for e in self.log.entries:
            if e.path == path:
                return self.detail(e)
        return self.directory_listing(path, req)

    # -- directory ---------------------------------------------------------------------------------------------
    def directory_listing(self, path: str, req: SiteRequest) -> SiteResponse:
        style, base, entries = self.log.style, self.base, self.log.entries
        title = "Freedom of Information disclosure log"
        if style == "by_date" and path == base:
            return self._listing_page(path, title, entries, req)
        if style == "a_z":
            letters = sorted({e.title[:1].upper() for e in entries})
            if path == base:
                body = (f"<h1>{title}</h1>\n<p>Browse the log by the first letter of the request's title.</p>\n" +
                        self._sections([(f"{base}/a-z/{c.lower()}", c) for c in ascii_uppercase if c in letters]))
                return _page(self.log, title, body, self.last_changed())
            if path.startswith(f"{base}/a-z/"):
                letter = path.rsplit("/", 1)[-1].upper()
                chosen = [e for e in entries if e.title[:1].upper() == letter]
                return self._listing_page(path, f"{title}: {letter}", chosen, req) if chosen else _not_found()
        if style == "category":
            cats = sorted({e.category for e in entries})
            if path == base:
                body = f"<h1>{title}</h1>\n" + self._sections([(f"{base}/category/{slug(c)}", c) for c in cats])
                return _page(self.log, title, body, self.last_changed())
            if path.startswith(f"{base}/category/"):
                name = next((c for c in cats if slug(c) == path.rsplit("/", 1)[-1]), None)
                chosen = [e for e in entries if e.category == name]
                return self._listing_page(path, f"{title}: {name}", chosen, req) if chosen else _not_found()
        if style == "by_month":
            months = sorted({(e.published.year, e.published.month) for e in entries}, reverse=True)
            if path == base:
                body = f"<h1>{title}</h1>\n" + self._sections(
                    [(f"{base}/{y}/{m:02d}", date(y, m, 1).strftime("%B %Y")) for y, m in months])
                return _page(self.log, title, body, self.last_changed())
            tail = path[len(base):].strip("/").split("/")
            if len(tail) == 2 and all(t.isdigit() for t in tail):
                chosen = [e for e in entries if (e.published.year, e.published.month) == (int(tail[0]), int(tail[1]))]
                return self._listing_page(path, title, chosen, req) if chosen else _not_found()
        return _not_found()

    def _listing_page(self, path: str, title: str, entries: list[Entry], req: SiteRequest) -> SiteResponse:
        paged = self._pages(entries, req)
        if paged is None:
            return _not_found()
        shown, page, pages = paged
        body = f"<h1>{_e(title)}</h1>\n{self._entry_list(shown)}\n{self._pager(path, page, pages)}"
        return _page(self.log, title, body, self.last_changed(entries))

    def detail(self, e: Entry) -> SiteResponse:
        parts = ["<h1>Freedom of Information Request</h1>", f"<h2 class=\"foi-title\">{_e(e.title)}</h2>"]
        if not (self.log.style == "by_date" and e.reference.isdigit()):
            parts.append(f"<p class=\"foi-reference\">Request reference: {_e(e.reference)}</p>")
        parts.append(f"<p class=\"foi-received\">Received: {_long(e.received)}</p>")
        if e.responded:
            parts.append(f"<p class=\"foi-responded\">Responded: {_long(e.responded)}</p>")
        if e.updated:
            parts.append(f"<p class=\"foi-updated\">Updated: {_long(e.updated)}</p>")
        if not e.documents:
            parts.append(f"<p class=\"foi-outcome\">Outcome: {_e(OUTCOME_WORDS[e.outcome])}</p>")
        parts.append("<div class=\"foi-request\">" + "".join(f"<p>{_e(p)}</p>" for p in e.request_text.split("\n\n"))
                     + "</div>")
        if e.response_text:
            parts.append("<h3>Response</h3><div class=\"foi-response\">" +
                         "".join(f"<p>{_e(p).replace(chr(10), '<br>')}</p>" for p in e.response_text.split("\n\n"))
                         + "</div>")
        if e.documents:
            items = "".join(f"<li>{_e(d.label)} - {_e(d.content_type)} - <a href=\"{_e(d.path)}\">Download</a></li>"
                            for d in e.documents)
            parts.append(f"<h3>Outcome / Documents</h3><ul class=\"foi-documents\">{items}</ul>")
        return _page(self.log, e.title, "\n".join(parts), e.last_changed)

    # -- documents list ----------------------------------------------------------------------------------------
    def documents_listing(self, req: SiteRequest) -> SiteResponse:
        paged = self._pages(self.log.entries, req)
        if paged is None:
            return _not_found()
        shown, page, pages = paged
        items = []
        for e in shown:
            links = " ".join(
                f"<a href=\"{_e(d.path)}\">{_e(e.reference)} {_e(e.title)} "
                f"({_e(d.name.rsplit('.', 1)[-1].upper())}, {max(1, len(d.data) // 1024)} KB)</a>" for d in e.documents)
            dates = (f"Received: {_long(e.received)} | Responded: {_long(e.responded)} | "
                     f"Published: {_long(e.updated or e.published)} | Outcome: {OUTCOME_WORDS[e.outcome]}")
            items.append(f"<li class=\"document\">{links}<br><span class=\"document__meta\">{dates}</span></li>")
        body = (f"<h1>Disclosure log</h1>\n<p>Responses to Freedom of Information requests, newest first.</p>\n"
                f"<ul class=\"list list--documents\">\n" + "\n".join(items) + "\n</ul>\n" +
                self._pager(self.base, page, pages))
        return _page(self.log, "Disclosure log", body, self.last_changed())

    def document(self, d: Document, e: Entry) -> SiteResponse:
        return SiteResponse(200, {"Content-Type": d.content_type,
                                  "Last-Modified": _http_date(d.modified or e.published)}, d.data)

    # -- socrata ------------------------------------------------------------------------------------------------
    def row(self, e: Entry) -> dict:
        def ts(d):
            return f"{d.isoformat()}T00:00:00.000" if d else None

        out = {":id": e.row_id, "reference": e.reference, "title": e.title, "date_received": ts(e.received),
               "date_responded": ts(e.responded), "request_text": e.request_text, "outcome": OUTCOME_WORDS[e.outcome],
               "last_updated": ts(e.last_changed)}
        if e.response_text:
            out["response_text"] = e.response_text
        if e.exemptions:
            out["exemptions"] = ", ".join(e.exemptions)
        if e.documents:
            out["response_document"] = {"url": f"https://{self.log.host}{e.documents[0].path}",
                                        "description": e.documents[0].name}
        return {k: v for k, v in out.items() if v is not None}

    def api(self, req: SiteRequest) -> SiteResponse:
        try:
            limit = int(req.query.get("$limit", "1000"))
            offset = int(req.query.get("$offset", "0"))
        except ValueError:
            body = {"error": True, "message": "Invalid $limit or $offset"}
            return SiteResponse(400, {"Content-Type": "application/json"}, json.dumps(body).encode())
        order = req.query.get("$order", ":id").split()[0]
        rows = [self.row(e) for e in self.log.entries]
        rows.sort(key=lambda r: str(r.get(order, r[":id"])))
        chunk = rows[offset: offset + max(0, min(limit, 50000))]
        return SiteResponse(200, {"Content-Type": "application/json; charset=utf-8",
                                  "Last-Modified": _http_date(self.last_changed())},
                            json.dumps(chunk, indent=1).encode("utf-8"))


class DisclosureLogsSite:
    """Every imitation log on one server, plus the controls tests use to change them."""

    def __init__(self) -> None:
        self.logs = {log.code: LogSite(log) for log in load_logs()}

    def mount(self, server) -> None:
        for code, site in self.logs.items():
            log = site.log
            server.mount(log.path, site, name=f"dl_listing:{code}")
            for e in log.entries:
                if e.path:
                    server.mount(e.path, site, name=f"dl_detail:{code}")
                for d in e.documents:
                    server.mount(d.path, site, name=f"dl_file:{code}")

    def entry(self, code: str, reference: str) -> Entry:
        for e in self.logs[code].log.entries:
            if e.reference == reference:
                return e
        raise KeyError(f"{code} has no entry {reference!r}")

    def change_entry(self, code: str, reference: str, *, response_text: str | None = None,
                     document: tuple[str, bytes] | None = None, updated: date | None = None) -> Entry:
        """Edit an entry as a council would: new response text and/or new bytes for its first document, with
        an "Updated" date (default: the day after the log's latest change) shown in the listing."""
        site = self.logs[code]
        e = self.entry(code, reference)
        if response_text is not None:
            e.response_text = response_text
        if document is not None:
            d = e.documents[0]
            content = document[1]
            d.read = lambda c=content: c
            d.version += 1
        e.updated = updated or date.fromordinal(site.last_changed().toordinal() + 1)
        if document is not None:
            e.documents[0].modified = e.updated
        return e


def mount_all(server) -> None:
    """Called by ReplayServer at construction: mount every imitation log and expose the controls as
    `server.disclosure_logs`. The logs are the shipped replay/disclosure_corpus/; when it is missing or broken
    the replay still serves WhatDoTheyKnow, without the logs, and says why."""
    try:
        site = DisclosureLogsSite()
    except DisclosureCorpusError as exc:   # says what to do
        warnings.warn(f"replay: imitation disclosure logs not mounted: {exc}", RuntimeWarning, stacklevel=2)
        server.disclosure_logs = None
        return
    site.mount(server)
    server.disclosure_logs = site
