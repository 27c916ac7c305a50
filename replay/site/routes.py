"""Alaveteli's public routes over the corpus: path → (route name, Page).

Route names (used by the hit counter): request_html, request_json, request_details, request_redirect,
request_event, attachment, attachment_html, body_html, body_json, body_list, local_redirect, csv, batch_html,
batch_json, list, list_redirect, attachment_mask, search, search_redirect, feed, feed_json, user_html, user_json,
robots, home, not_found.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from replay.site import api, pages
from replay.site import search as S
from replay.site import text as T
from replay.site.corpus import Corpus, latest

PER_PAGE = 25
BODIES_PER_PAGE = 100
MEDIUM_CACHE = "max-age=3600, public"
LONG_CACHE = "max-age=86400, public"
NO_CACHE = "max-age=0, private, must-revalidate"
HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"
ROBOTS_TXT = (Path(__file__).resolve().parent / "robots.txt").read_bytes()


@dataclass
class Page:
    status: int
    body: bytes
    content_type: str = HTML
    last_modified: datetime | None = None
    cache_control: str = NO_CACHE
    headers: dict[str, str] = field(default_factory=dict)
    cacheable: bool = True      # may the server keep it in the render cache


def redirect(location: str, status: int = 301) -> Page:
    return Page(status, f'<html><body>You are being <a href="{pages.e(location)}">redirected</a>.</body></html>'
                .encode(), headers={"Location": location}, cache_control=NO_CACHE)


def not_found(message: str = "The page doesn't exist. Things you can try now...") -> Page:
    return Page(404, pages.simple_page("Not found", message).encode())


def html(text: str, last_modified=None, cache=MEDIUM_CACHE, status=200) -> Page:
    return Page(status, text.encode("utf-8"), HTML, last_modified, cache)


def as_json(obj, last_modified=None, cache=MEDIUM_CACHE) -> Page:
    return Page(200, json.dumps(obj, ensure_ascii=False).encode("utf-8"), JSON, last_modified, cache)


def page_number(query: dict[str, str]) -> int:
    try:
        return max(int(query.get("page", "1")), 1)
    except ValueError:
        return 1


class Site:
    """Renders pages from a Corpus. Not thread-safe on its own: the server holds corpus.lock while rendering."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self._index_version = -1
        self._index: S.Index | None = None
        self._sizes: dict[int, int] = {}
        self._sizes_version = -1

    # --- shared lookups ---------------------------------------------------------------------------------
    @property
    def index(self) -> S.Index:
        if self._index is None:
            self._index = S.build_index(self.corpus)
        elif self._index_version != self.corpus.version:
            changed = {rid for version, rid in self.corpus.changes if version > self._index_version}
            S.update_index(self._index, self.corpus, changed)
        self._index_version = self.corpus.version
        return self._index

    @property
    def sizes(self) -> dict[int, int]:
        if self._sizes_version != self.corpus.version:
            sizes = {}
            for _, msg in self.corpus.incoming.values():
                for a in msg.get("attachments", []):
                    try:
                        sizes[a["id"]] = os.path.getsize(self.corpus.root / a["file"])
                    except OSError:
                        sizes[a["id"]] = 0
            self._sizes, self._sizes_version = sizes, self.corpus.version
        return self._sizes

    def all_modified(self) -> datetime:
        return latest([self.corpus.request_last_modified(r) for r in self.corpus.site["info_requests"]] +
                      [T.parse_ts(b.get("updated_at")) for b in self.corpus.site["public_bodies"]])

    # --- dispatch -----------------------------------------------------------------------------------------
    def resolve(self, path: str):
        """(route name, callable(query, base) -> Page)."""
        for pattern, name, method in self._routes:
            m = pattern.fullmatch(path)
            if m:
                if path.endswith(".json") and name in ("feed", "user_html", "batch_html"):
                    name = {"feed": "feed_json", "user_html": "user_json", "batch_html": "batch_json"}[name]
                return name, (lambda q, b, m=m, method=method: method(self, m, q, b))
        return "not_found", (lambda q, b: not_found())

    # --- requests -----------------------------------------------------------------------------------------
    def _req(self, url_title: str) -> dict | None:
        req = self.corpus.requests_by_url.get(url_title)
        return req if req and self.corpus.is_viewable(req) else None

    def _hidden(self, url_title: str) -> Page | None:
        req = self.corpus.requests_by_url.get(url_title)
        if req and not self.corpus.is_viewable(req):
            return Page(403, pages.simple_page("Request has been removed",
                                               "This request has been hidden from the site.").encode())
        return None

    def request_html(self, m, q, base):
        req = self._req(m["t"])
        if not req:
            return self._hidden(m["t"]) or not_found()
        unfold = q.get("unfold") == "1"
        text = pages.request_page(self.corpus, req, unfold, base, self.sizes)
        return html(text, self.corpus.request_last_modified(req))

    def request_json(self, m, q, base):
        req = self._req(m["t"])
        if not req:
            return self._hidden(m["t"]) or not_found()
        return as_json(api.request_json(self.corpus, req), self.corpus.request_last_modified(req))

    def request_details(self, m, q, base):
        req = self._req(m["t"])
        if not req:
            return self._hidden(m["t"]) or not_found()
        return html(pages.details_page(self.corpus, req), self.corpus.request_last_modified(req))

    def request_redirect(self, m, q, base):
        req = self.corpus.requests.get(int(m["id"]))
        if not req:
            return not_found()
        return redirect(f"/request/{req['url_title']}{m['rest'] or ''}")

    def request_event(self, m, q, base):
        hit = self.corpus.events.get(int(m["id"]))
        if not hit:
            return not_found()
        req, ev = hit
        return redirect(pages.event_link(req, ev), 302)

    def _attachment_lookup(self, m):
        req = self._req(m["t"])
        if not req:
            return None, None, None
        found = self.corpus.incoming.get(int(m["in"]))
        if not found or found[0]["id"] != req["id"]:
            return req, None, None
        msg = found[1]
        att = next((a for a in msg.get("attachments", []) if a["url_part_number"] == int(m["part"])), None)
        return req, msg, att

    def _attachment_file(self, m) -> Page | tuple[dict, dict, dict, bytes]:
        """(request, message, attachment, file bytes) for an attachment URL, or the page to answer instead: hidden
        request, not found, or a redirect to the message when the file name in the URL is not the attachment's."""
        req, msg, att = self._attachment_lookup(m)
        if not req:
            return self._hidden(m["t"]) or not_found()
        if not msg or not att:
            return not_found("Attachment not found")
        if m["name"] != T.display_filename(att["filename"]):
            return redirect(f"/request/{req['url_title']}#incoming-{msg['id']}", 303)
        try:
            return req, msg, att, (self.corpus.root / att["file"]).read_bytes()
        except OSError:
            return not_found("The attachment file is missing from the replay corpus")

    def attachment(self, m, q, base):
        if not m["name"]:
            return Page(403, b"Directory listing not allowed", "text/plain; charset=utf-8")
        found = self._attachment_file(m)
        if isinstance(found, Page):
            return found
        req, _msg, att, data = found
        ctype = att.get("content_type") or "application/octet-stream"
        if ctype.startswith("text/") or ctype == "application/pdf":
            data = T.mask_binary(data)
        name = T.display_filename(att["filename"])
        return Page(200, data, ctype, self.corpus.request_last_modified(req), MEDIUM_CACHE,
                    {"Content-Disposition": f'inline; filename="{name}"'}, cacheable=len(data) < 8_000_000)

    def attachment_html(self, m, q, base):
        found = self._attachment_file(m)
        if isinstance(found, Page):
            return found
        req, msg, att, data = found
        return html(pages.attachment_html_page(self.corpus, req, msg, att, T.mask_binary(data)),
                    self.corpus.request_last_modified(req))

    def attachment_mask(self, m, q, base):
        """AttachmentMasksController#wait: the holding page shown while a file is masked (the replay's files are
        always ready, so it only appears through the `mask_wait` fault)."""
        if not q.get("referer"):
            return not_found()
        return html(pages.simple_page("Attachment processing...", "We're still preparing this attachment. The "
                                      "page will reload automatically once it's ready."), cache=NO_CACHE)

    def attachment_numeric(self, m, q, base):
        req = self.corpus.requests.get(int(m["id"]))
        if not req:
            return not_found()
        return redirect(f"/request/{req['url_title']}/response/{m['rest']}")

    # --- listings -----------------------------------------------------------------------------------------
    def _search_listing(self, query: str, q: dict, base: str, path: str, sort: str = "newest",
                        per_page: int = PER_PAGE, capped_pager: bool = False):
        page = page_number(q)
        if page * per_page > S.MAX_RESULTS:
            return None, page
        hits = S.run(self.index, query, sort)
        # request#list paginates over min(matches, MAX_RESULTS) (`show_no_more_than`): its page 20 is the last;
        # a body page paginates over the full estimate, so its page 20 still links page 21 (which is a 404).
        shown = min(len(hits), S.MAX_RESULTS) if capped_pager else len(hits)
        total_pages = max(1, math.ceil(shown / per_page))
        chunk = hits[(page - 1) * per_page: page * per_page]
        listings = [pages.listing_for(self.corpus, h, base) for h in chunk]
        params = {k: v for k, v in q.items() if k != "page"}
        return (listings, pages.pagination(path, params, page, total_pages), len(hits), chunk), page

    def body_html(self, m, q, base):
        body = self.corpus.bodies_by_url.get(m["b"])
        if not body:
            return not_found()
        view = m["view"] or "all"
        tag = m["tag"]
        if tag and not m["view"] and tag in ("successful", "unsuccessful", "awaiting", "all"):
            tag, view = None, tag
        params = dict(q)
        if tag:
            params["tag"] = tag
        query = S.params_query("", params, latest_status=view) + f" requested_from:{body['url_name']}"
        result, page = self._search_listing(query, q, base, m.string)
        if result is None:
            return not_found(f"Sorry. No pages after {S.MAX_RESULTS // PER_PAGE}.")
        listings, pager, total, chunk = result
        reqs = self.corpus.by_body.get(body["id"], [])
        modified = latest([T.parse_ts(body.get("updated_at"))] + [self.corpus.request_last_modified(r) for r in reqs])
        return html(pages.body_page(self.corpus, body, listings, pager, total, page, base), modified, LONG_CACHE)

    def body_json(self, m, q, base):
        body = self.corpus.bodies_by_url.get(m["b"])
        if not body:
            return not_found()
        reqs = self.corpus.by_body.get(body["id"], [])
        modified = latest([T.parse_ts(body.get("updated_at"))] + [self.corpus.request_last_modified(r) for r in reqs])
        return as_json(api.body_json(self.corpus, body), modified, LONG_CACHE)

    def body_list(self, m, q, base):
        tag = m["tag"] or "all"
        bodies = sorted(self.corpus.site["public_bodies"], key=lambda b: b["name"].lower())
        if tag != "all":
            if len(tag) == 1:
                bodies = [b for b in bodies if b["name"][:1].upper() == tag.upper()]
            elif ":" in tag:
                name, value = tag.split(":", 1)
                bodies = [b for b in bodies if [name, value] in [list(t) for t in b.get("tags", [])]]
            else:
                bodies = [b for b in bodies if any(t[0] == tag for t in b.get("tags", []))]
        needle = (q.get("public_body_query") or "").strip().lower()
        if needle:
            bodies = [b for b in bodies if needle in b["name"].lower() or needle in (b.get("short_name") or "").lower()]
        page = page_number(q)
        total_pages = max(1, math.ceil(len(bodies) / BODIES_PER_PAGE))
        chunk = bodies[(page - 1) * BODIES_PER_PAGE: page * BODIES_PER_PAGE]
        path = "/body/list/" + quote(tag) if m["tag"] else "/body"
        pager = pages.pagination(path, {k: v for k, v in q.items() if k != "page"}, page, total_pages)
        title = "Public authorities" if tag == "all" else f"Public authorities - {tag}"
        text = pages.body_list_page(title, [pages.body_listing_single(self.corpus, b) for b in chunk], pager,
                                    len(bodies))
        return html(text, latest([T.parse_ts(b.get("updated_at")) for b in bodies]), LONG_CACHE)

    def local_redirect(self, m, q, base):
        return redirect(f"/body/list/{quote(m['tag'])}")

    def csv(self, m, q, base):
        return Page(200, api.all_authorities_csv(self.corpus), "text/csv; charset=utf-8",
                    latest([T.parse_ts(b.get("updated_at")) for b in self.corpus.site["public_bodies"]]), LONG_CACHE)

    def batch_html(self, m, q, base):
        batch = self.corpus.batches.get(int(m["id"]))
        if not batch:
            return not_found()
        if m["fmt"]:
            return Page(406, b"", "text/plain; charset=utf-8")
        members = [r for r in self.corpus.by_batch.get(batch["id"], []) if self.corpus.is_searchable(r)]
        page = page_number(q)
        total_pages = max(1, math.ceil(len(members) / PER_PAGE))
        listings = []
        for req in members[(page - 1) * PER_PAGE: page * PER_PAGE]:
            ev = self.corpus.sent_event(req) or req["events"][0]
            snippet = ""
            if ev.get("outgoing_message_id") in self.corpus.outgoing:
                snippet = T.mask_outgoing(self.corpus.outgoing[ev["outgoing_message_id"]][1]["body"])
            listings.append(pages.listing_via_event(self.corpus, req, ev, snippet, base))
        pager = pages.pagination(f"/info_request_batch/{batch['id']}", {k: v for k, v in q.items() if k != "page"},
                                 page, total_pages)
        count = len(self.corpus.by_batch.get(batch["id"], []))
        modified = latest([self.corpus.request_last_modified(r) for r in members])
        return html(pages.batch_page(self.corpus, batch, listings, pager, count), modified, NO_CACHE)

    def request_list(self, m, q, base):
        tag, view = m["tag"], m["view"]
        if tag and not view and tag in ("all", "recent", "successful", "unsuccessful", "awaiting"):
            tag, view = None, tag
        view = view or "all"
        params = dict(q)
        if tag:
            params["tag"] = tag
        query = S.params_query(q.get("query", ""), params, latest_status=view)
        result, page = self._search_listing(query, q, base, m.string, capped_pager=True)
        if result is None:
            return not_found(f"Sorry. No pages after {S.MAX_RESULTS // PER_PAGE}.")
        listings, pager, total, _ = result
        title = "Search requests" if page == 1 else f"Search requests (page {page})"
        if tag:
            title = f"Found {total} request{'' if total == 1 else 's'} tagged \u2018{tag}\u2019"
        return html(pages.listing_page(title, pages.e(title), listings, pager,
                                       alternates=[("application/atom+xml", "RSS feed", f"{base}/feed/list/recent"),
                                                   ("application/json", "JSON feed", f"{base}/feed/list/recent.json")]),
                    self.all_modified())

    def search_redirect(self, m, q, base):
        query = q.get("query", "")
        return redirect(f"/search/{quote(query, safe='')}/all", 302)

    def search(self, m, q, base):
        rest = m["rest"]
        parts = rest.split("/")
        if parts and parts[-1] == "advanced":
            parts.pop()
        sort = None
        if len(parts) > 1 and parts[-1] in ("newest", "described", "relevant"):
            sort = parts.pop()
        kind = "all"
        if len(parts) > 1 and parts[-1] in ("requests", "bodies", "users", "all"):
            kind = parts.pop()
        query = "/".join(parts)
        full = S.params_query(query, q)
        sort = sort or ("relevant" if S.has_free_text(query) else "newest")
        per_page = PER_PAGE
        try:
            per_page = max(1, min(int(q.get("requests_per_page", PER_PAGE)), 100))
        except ValueError:
            pass
        if kind in ("bodies", "users"):
            return html(pages.listing_page("Search", "Search results", [], ""), self.all_modified(), NO_CACHE)
        result, page = self._search_listing(full, q, base, "/search/" + quote(rest, safe="/:"), sort, per_page)
        if result is None:
            return not_found(f"Sorry. No pages after {S.MAX_RESULTS // per_page}.")
        listings, pager, total, _ = result
        intro = f'  <p class="search_results_count">{total} result{"" if total == 1 else "s"}</p>\n'
        return html(pages.listing_page(f"{query} - Search", "Search results", listings, pager, intro=intro),
                    self.all_modified(), NO_CACHE)

    # --- feeds --------------------------------------------------------------------------------------------
    def _feed(self, query: str, sort: str, q, base, feed_path: str, html_path: str, title: str, fmt: str | None,
              modified: datetime):
        page = page_number(q)
        hits = S.run(self.index, query, sort, collapse=False)
        chunk = hits[(page - 1) * PER_PAGE: page * PER_PAGE]
        if fmt:
            return as_json([api.feed_item_json(self.corpus, h) for h in chunk], modified)
        text = api.atom_feed(self.corpus, chunk, base=base, feed_path=feed_path, html_path=html_path, title=title)
        return Page(200, text.encode("utf-8"), "application/atom+xml; charset=utf-8", modified, MEDIUM_CACHE)

    def feed_request(self, m, q, base):
        req = self._req(m["t"])
        if not req:
            return self._hidden(m["t"]) or not_found()
        return self._feed(f"request:{req['url_title']}", "newest", q, base, f"/request/{req['url_title']}/feed",
                          f"/request/{req['url_title']}", f"Track the request '{req['title']}'", m["fmt"],
                          self.corpus.request_last_modified(req))

    def feed_body(self, m, q, base):
        body = self.corpus.bodies_by_url.get(m["b"])
        if not body:
            return not_found()
        query = f"requested_from:{body['url_name']}"
        valid = {"sent", "resent", "followup_sent", "followup_resent", "response", "comment", "status_update"}
        if q.get("event_type") in valid:
            query += f" variety:{q['event_type']}"
        reqs = self.corpus.by_body.get(body["id"], [])
        modified = latest([T.parse_ts(body.get("updated_at"))] + [self.corpus.request_last_modified(r) for r in reqs])
        return self._feed(query, "newest", q, base, f"/feed/body/{body['url_name']}", f"/body/{body['url_name']}",
                          f"Requests to '{body['name']}'", m["fmt"], modified)

    def feed_user(self, m, q, base):
        user = self.corpus.users_by_url.get(m["u"])
        if not user:
            return not_found()
        return self._feed(f"requested_by:{user['url_name']} OR commented_by:{user['url_name']}", "newest", q, base,
                          f"/feed/user/{user['url_name']}", f"/user/{user['url_name']}",
                          f"Requests by '{user['name']}'", m["fmt"], self.all_modified())

    def feed_search(self, m, q, base):
        query = m["q"]
        fmt = None
        if query.endswith(".json"):
            query, fmt = query[:-5], "json"
        return self._feed(query, "described", q, base, f"/feed/search/{quote(query, safe='/:')}",
                          f"/search/{quote(query, safe='/:')}", f"Requests or responses matching '{query}'", fmt,
                          self.all_modified())

    def feed_list(self, m, q, base):
        view = m["view"] or "recent"
        if view == "successful":
            query, sort, title = ("variety:response (status:successful OR status:partially_successful)", "described",
                                  "Successful Freedom of Information requests")
        elif view == "recent":
            query, sort, title = "variety:sent", "newest", "New Freedom of Information requests"
        else:
            return not_found()
        return self._feed(query, sort, q, base, f"/feed/list/{view}", f"/list/{view}", title, m["fmt"],
                          self.all_modified())

    # --- users, robots, home ------------------------------------------------------------------------------
    def user_page(self, m, q, base):
        user = self.corpus.users_by_url.get(m["u"])
        if not user:
            return not_found()
        reqs = self.corpus.by_user.get(user["id"], [])
        modified = latest([self.corpus.request_last_modified(r) for r in reqs])
        if m["fmt"]:
            return as_json(api.user_json(user), modified)
        result, page = self._search_listing(f"requested_by:{user['url_name']}", q, base, f"/user/{user['url_name']}")
        if result is None:
            return not_found(f"Sorry. No pages after {S.MAX_RESULTS // PER_PAGE}.")
        listings, pager, total, _ = result
        return html(pages.user_page(self.corpus, user, listings, pager, total, base), modified)

    def robots(self, m, q, base):
        return Page(200, ROBOTS_TXT, "text/plain; charset=utf-8", None, LONG_CACHE)

    def home(self, m, q, base):
        return html(pages.layout(None,
                                 '<div id="frontpage_splash"><h1>Make a Freedom of Information request</h1>'
                                 '<p>This is the WhatDoTheyKnow replay site used by foi-compare.</p>'
                                 '<p><a href="/list">Browse requests</a> | <a href="/body">Public authorities</a>'
                                 '</p></div>'), self.all_modified())

    def track(self, m, q, base):
        return redirect("/profile/sign_in", 302)

    _T = r"(?P<t>[^/]+?)"
    _routes = [
        (re.compile(r"/robots\.txt"), "robots", robots),
        (re.compile(r"/"), "home", home),
        (re.compile(r"/request/(?P<id>\d+)(?P<rest>\.json|/details|/feed(?:\.json)?)?"), "request_redirect",
         request_redirect),
        (re.compile(r"/request/(?P<id>\d+)/response/(?P<rest>\d+/attach/.*)"), "request_redirect",
         attachment_numeric),
        (re.compile(r"/request/" + _T + r"/response/(?P<in>\d+)/attach/html/(?P<part>\d+)/(?P<name>.+)\.html"),
         "attachment_html", attachment_html),
        (re.compile(r"/request/" + _T + r"/response/(?P<in>\d+)/attach/(?P<part>\d+)/?(?P<name>[^/]*)"),
         "attachment", attachment),
        (re.compile(r"/request/" + _T + r"/feed(?:\.(?P<fmt>json))?"), "feed", feed_request),
        (re.compile(r"/request/" + _T + r"/details"), "request_details", request_details),
        (re.compile(r"/request/" + _T + r"\.json"), "request_json", request_json),
        (re.compile(r"/request/" + _T), "request_html", request_html),
        (re.compile(r"/request_event/(?P<id>\d+)"), "request_event", request_event),
        (re.compile(r"/body/all-authorities\.csv"), "csv", csv),
        (re.compile(r"/body(?:/list/(?P<tag>[^/]+))?"), "body_list", body_list),
        (re.compile(r"/local/(?P<tag>[^/]+)"), "local_redirect", local_redirect),
        (re.compile(r"/body/(?P<b>[^/]+?)\.json"), "body_json", body_json),
        (re.compile(r"/body/(?P<b>[^/.]+)(?:/(?P<tag>[^/]+)(?:/(?P<view>successful|unsuccessful|awaiting|all))?)?"),
         "body_html", body_html),
        (re.compile(r"/info_request_batch/(?P<id>\d+)(?:\.(?P<fmt>\w+))?"), "batch_html", batch_html),
        # config/routes.rb: `get '/list/all' => redirect('/list')` (and /list/recent): a bare Rails redirect,
        # which drops the query string.
        (re.compile(r"/list/(?:all|recent)"), "list_redirect", lambda self, m, q, b: redirect("/list")),
        (re.compile(r"/attachments/(?P<sgid>[^/]+)/(?P<step>wait|done)"), "attachment_mask", attachment_mask),
        (re.compile(r"/list(?:/(?P<tag>[^/]+))?(?:/(?P<view>all|recent|successful|unsuccessful|awaiting))?"), "list",
         request_list),
        (re.compile(r"/search/?"), "search_redirect", search_redirect),
        (re.compile(r"/search/(?P<rest>.+)"), "search", search),
        (re.compile(r"/(?:feed)/body/(?P<b>[^/]+?)(?:\.(?P<fmt>json))?"), "feed", feed_body),
        (re.compile(r"/(?:feed)/user/(?P<u>[^/]+?)(?:\.(?P<fmt>json))?"), "feed", feed_user),
        (re.compile(r"/(?:feed)/list(?:/(?P<view>[^/.]*))?(?:\.(?P<fmt>json))?"), "feed", feed_list),
        (re.compile(r"/(?:feed)/search/(?P<q>.+)"), "feed", feed_search),
        (re.compile(r"/track/.*|/request/[^/]+/track"), "track", track),
        (re.compile(r"/user/(?P<u>[^/]+?)(?:\.(?P<fmt>json))?"), "user_html", user_page),
    ]
