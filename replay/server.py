"""The WhatDoTheyKnow replay: a local HTTP server that imitates Alaveteli closely enough that a spider written for
the real site works against it with only the base URL changed.

    from replay.server import ReplayServer
    with ReplayServer().start() as srv:        # bundled corpus, free port on 127.0.0.1
        print(srv.base_url)

Everything site-shaped follows shared/reference/alaveteli.md (routes, JSON keys, markup, states, robots.txt,
caching headers). What no real Alaveteli has — hit counters, fault injection, adding a response — lives under
`/__replay__/` and on this class (docs/architecture.md §2).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, unquote, urlsplit

from replay.site import text as T
from replay.site.corpus import Corpus
from replay.site.http import SiteRequest, SiteResponse
from replay.site.routes import Page, Site

FAULT_KINDS = {"429", "503", "500", "slow", "truncate", "reset", "redirect_offsite", "mask_wait"}
CACHE_LIMIT = 50_000


@dataclass
class Fault:
    pattern: re.Pattern[str]
    kind: str
    remaining: int | None
    opts: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"path_regex": self.pattern.pattern, "kind": self.kind, "times": self.remaining, **self.opts}


@dataclass
class Prepared:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    etag: str
    last_modified: datetime | None


def _etag(body: bytes) -> str:
    return 'W/"' + hashlib.md5(body).hexdigest() + '"'


def _prepare(page: Page) -> Prepared:
    etag = _etag(page.body)
    headers = [("Content-Type", page.content_type), ("Cache-Control", page.cache_control), ("ETag", etag)]
    lm = page.last_modified
    if lm is not None:
        lm = lm.astimezone(timezone.utc).replace(microsecond=0)
        headers.append(("Last-Modified", T.http_date(lm)))
    headers += list(page.headers.items())
    return Prepared(page.status, headers, page.body, etag, lm)


def _from_site_response(resp: SiteResponse) -> Page:
    headers = dict(resp.headers)
    ctype = headers.pop("Content-Type", None) or headers.pop("content-type", None) or "application/octet-stream"
    lm = None
    raw_lm = headers.pop("Last-Modified", None) or headers.pop("last-modified", None)
    if raw_lm:
        try:
            lm = parsedate_to_datetime(raw_lm)
        except (TypeError, ValueError):
            lm = None
    cache = headers.pop("Cache-Control", None) or "max-age=0, private, must-revalidate"
    headers.pop("Content-Length", None)
    return Page(resp.status, resp.body, ctype, lm, cache, headers, cacheable=False)


def is_fresh(headers, etag: str, last_modified: datetime | None) -> bool:
    """Rack::ConditionalGet: fresh when every validator the client sent matches."""
    inm, ims = headers.get("If-None-Match"), headers.get("If-Modified-Since")
    if not inm and not ims:
        return False
    if inm:
        tags = [t.strip() for t in inm.split(",")]
        bare = etag[2:] if etag.startswith("W/") else etag
        if not ("*" in tags or etag in tags or bare in tags or f"W/{bare}" in tags):
            return False
    if ims:
        if last_modified is None:
            return False
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        if last_modified > since:
            return False
    return True


class ReplayServer:
    def __init__(self, corpus_dir: str | Path | None = None, host: str = "127.0.0.1", port: int = 0,
                 now: datetime | None = None):
        self.corpus = Corpus.load(corpus_dir, now=now)
        self.site = Site(self.corpus)
        self.host, self.port = host, port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._cache: dict[tuple, Prepared] = {}
        self._mounts: list[tuple[str, Callable[[SiteRequest], SiteResponse], str]] = []
        self.mount_errors: list[str] = []
        self.reset_hits()
        self._mount_logs()

    def _mount_logs(self) -> None:
        """Mount the imitation disclosure logs. A broken imitation must not take the WhatDoTheyKnow replay down
        with it: the failure is logged and kept in mount_errors."""
        from replay import disclosure_logs

        try:
            disclosure_logs.mount_all(self)
        except Exception as exc:
            message = f"replay.disclosure_logs.mount_all failed: {type(exc).__name__}: {exc}"
            self.mount_errors.append(message)
            logging.getLogger(__name__).warning("%s; its sites are not served", message)

    # --- lifecycle ------------------------------------------------------------------------------------------
    def start(self) -> "ReplayServer":
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self.port), _make_handler(self))
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                        name=f"replay:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> "ReplayServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- hits -----------------------------------------------------------------------------------------------
    def hits(self) -> dict:
        """{"total", "not_modified", "by_route", "not_modified_by_route", "faults"}; by_route counts every
        answer except 304s, which are counted apart in not_modified(_by_route)."""
        with self._lock:
            return {"total": self._total, "not_modified": self._not_modified, "by_route": dict(self._by_route),
                    "not_modified_by_route": dict(self._nm_by_route), "faults": self._fault_count}

    def reset_hits(self) -> None:
        with self._lock:
            self._total = self._not_modified = self._fault_count = 0
            self._by_route: dict[str, int] = {}
            self._nm_by_route: dict[str, int] = {}

    def _count(self, route: str, not_modified: bool) -> None:
        with self._lock:
            self._total += 1
            if not_modified:
                self._not_modified += 1
                self._nm_by_route[route] = self._nm_by_route.get(route, 0) + 1
            else:
                self._by_route[route] = self._by_route.get(route, 0) + 1

    # --- faults ---------------------------------------------------------------------------------------------
    def set_fault(self, path_regex: str, kind: str, times: int | None = None, **opts) -> None:
        """Make requests whose path (with query string) matches path_regex fail. kind: "429" (retry_after=s),
        "503" (retry_after=s), "500", "slow" (seconds=), "truncate", "reset", "redirect_offsite" (location=),
        "mask_wait" (a 302 to Alaveteli's /attachments/<id>/wait holding page).
        times=None: every time; otherwise the next `times` matching requests."""
        kind = str(kind)
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; use one of {sorted(FAULT_KINDS)}")
        with self._lock:
            self._faults.append(Fault(re.compile(path_regex), kind, times, opts))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def faults(self) -> list[dict]:
        with self._lock:
            return [f.as_dict() for f in self._faults]

    def _take_fault(self, target: str) -> Fault | None:
        with self._lock:
            for f in self._faults:
                if f.pattern.search(target) and (f.remaining is None or f.remaining > 0):
                    if f.remaining is not None:
                        f.remaining -= 1
                    self._fault_count += 1
                    if f.remaining == 0:
                        self._faults.remove(f)
                    return f
        return None

    # --- corpus changes -------------------------------------------------------------------------------------
    def add_incoming_message(self, request_id: int, body: str, attachments=(), sent_at=None,
                             described_state: str | None = None, **kw) -> dict:
        """A new response on a request: the request JSON gains a `response` event and a new updated_at, the page
        shows the message, and the request's status becomes waiting_classification (unless described_state)."""
        with self.corpus.lock:
            msg = self.corpus.add_incoming_message(request_id, body, attachments, sent_at, described_state, **kw)
            with self._lock:
                self._cache.clear()
        return msg

    # --- mounted sites --------------------------------------------------------------------------------------
    def mount(self, prefix: str, handler: Callable[[SiteRequest], SiteResponse], name: str | None = None) -> None:
        """Serve every path starting with prefix from handler(SiteRequest) -> SiteResponse, with the same
        conditional GET, hit counting (route `name`, default the prefix) and faults as the Alaveteli routes."""
        if not prefix.startswith("/"):
            raise ValueError("mount prefix must start with '/'")
        self._mounts.append((prefix.rstrip("/") or "/", handler, name or prefix))
        self._mounts.sort(key=lambda m: -len(m[0]))

    def _mounted(self, path: str):
        for prefix, handler, name in self._mounts:
            if path == prefix or path.startswith(prefix + "/") or prefix == "/":
                return handler, name
        return None, None

    # --- rendering ------------------------------------------------------------------------------------------
    def render(self, path: str, raw_query: str, base: str, headers) -> tuple[str, Prepared | None]:
        """(route name, prepared response) for a site path."""
        handler, name = self._mounted(path)
        if handler is not None:
            return name, None
        route, fn = self.site.resolve(path)
        key = (base, path, raw_query)
        cached = self._cache.get(key)
        if cached is not None:
            return route, cached
        query = {k: v[0] for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
        with self.corpus.lock:
            page = fn(query, base)
        prepared = _prepare(page)
        if page.cacheable:
            with self._lock:
                if len(self._cache) > CACHE_LIMIT:
                    self._cache.clear()
                self._cache[key] = prepared
        return route, prepared

    def render_mounted(self, path: str, raw_query: str, headers, method: str) -> Prepared:
        handler, _ = self._mounted(path)
        query = {k: v[0] for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
        req = SiteRequest(path=path, query=query, headers={k.lower(): v for k, v in headers.items()},
                          method=method, raw_query=raw_query)
        try:
            resp = handler(req)
        except Exception as exc:  # a broken imitation answers 500 like a broken site would
            resp = SiteResponse(500, {"Content-Type": "text/plain; charset=utf-8"},
                                f"mounted handler failed: {exc!r}".encode())
        return _prepare(_from_site_response(resp))

    # --- control API --------------------------------------------------------------------------------------
    def control(self, method: str, action: str, body: bytes) -> tuple[int, object]:
        try:
            payload = json.loads(body or b"{}") if body else {}
        except ValueError:
            return 400, {"error": "body must be JSON"}
        if action == "hits" and method == "GET":
            return 200, self.hits()
        if action == "reset" and method in ("POST", "GET"):
            self.reset_hits()
            return 200, self.hits()
        if action == "faults":
            if method == "GET":
                return 200, self.faults()
            if method == "DELETE":
                self.clear_faults()
                return 200, []
            if method == "POST":
                opts = dict(payload)
                try:
                    self.set_fault(opts.pop("path_regex"), str(opts.pop("kind")), opts.pop("times", None), **opts)
                except (KeyError, ValueError, re.error) as exc:
                    return 400, {"error": f"bad fault: {exc}"}
                return 200, self.faults()
        if action == "incoming" and method == "POST":
            atts = [(a["filename"], base64.b64decode(a.get("content_base64", "")), a.get("content_type"))
                    for a in payload.get("attachments", [])]
            try:
                msg = self.add_incoming_message(int(payload["request_id"]), payload.get("body", ""), atts,
                                                payload.get("sent_at"), payload.get("described_state"))
            except (KeyError, ValueError) as exc:
                return 400, {"error": f"bad message: {exc}"}
            return 200, {"id": msg["id"]}
        return 404, {"error": f"unknown control {method} /__replay__/{action}; "
                              "use GET hits, POST reset, GET/POST/DELETE faults, POST incoming"}


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    allow_reuse_address = True


def _make_handler(server: ReplayServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "nginx"
        sys_version = ""

        def log_message(self, format, *args):  # quiet: the hit counter is the log
            pass

        def do_GET(self):
            self._serve("GET")

        def do_HEAD(self):
            self._serve("HEAD")

        def do_POST(self):
            self._serve("POST")

        def do_DELETE(self):
            self._serve("DELETE")

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            path = unquote(parts.path) or "/"
            if path.startswith("/__replay__/"):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status, obj = server.control(method, path[len("/__replay__/"):].strip("/"), body)
                self._send(status, [("Content-Type", "application/json"), ("Cache-Control", "no-store")],
                           json.dumps(obj).encode(), method)
                return
            if len(path) > 1 and path.endswith("/") and not path.startswith("/search/"):
                path = path.rstrip("/")
            base = f"http://{self.headers.get('Host') or f'{server.host}:{server.port}'}"
            try:
                route, prepared = server.render(path, parts.query, base, self.headers)
            except Exception:  # a replay bug must show as a 500 the spider records, not a dropped connection
                import traceback

                traceback.print_exc()
                route = "error"
                prepared = _prepare(Page(500, b"<html><body><h1>We're sorry, but something went wrong."
                                              b"</h1></body></html>"))
            fault = server._take_fault(parts.path + ("?" + parts.query if parts.query else ""))
            if fault is not None and fault.kind != "slow":
                server._count(route, False)
                self._fault(fault, prepared, path, parts.query, method)
                return
            if fault is not None:
                time.sleep(float(fault.opts.get("seconds", 1)))
            if method not in ("GET", "HEAD"):
                server._count(route, False)
                self._send(405, [("Content-Type", "text/plain"), ("Allow", "GET, HEAD")], b"Method not allowed",
                           method)
                return
            if prepared is None:
                prepared = server.render_mounted(path, parts.query, self.headers, method)
            if prepared.status == 200 and is_fresh(self.headers, prepared.etag, prepared.last_modified):
                server._count(route, True)
                keep = [(k, v) for k, v in prepared.headers if k in ("ETag", "Last-Modified", "Cache-Control")]
                self._send(304, keep, b"", method)
                return
            server._count(route, False)
            self._send(prepared.status, prepared.headers, prepared.body, method)

        def setup(self):
            super().setup()
            # one segment per answer and no Nagle delay: keep-alive clients otherwise wait for delayed ACKs
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def _send(self, status: int, headers, body: bytes, method: str) -> None:
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self._headers_buffer.append(b"\r\n")
            head = b"".join(self._headers_buffer)
            self._headers_buffer = []
            self.wfile.write(head + body if method != "HEAD" and status != 304 else head)

        def _fault(self, fault: Fault, prepared: Prepared | None, path: str, query: str, method: str) -> None:
            kind, opts = fault.kind, fault.opts
            if kind == "reset":
                self.close_connection = True
                try:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                except OSError:
                    pass
                return
            if kind == "truncate":
                if prepared is None:
                    prepared = server.render_mounted(path, query, self.headers, method)
                body = prepared.body
                self.close_connection = True
                self.send_response(prepared.status)
                for k, v in prepared.headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body) + 1 if len(body) < 2 else len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            if kind == "mask_wait":
                # Alaveteli's masking delay (AttachmentsController#ensure_masked): the file is not ready yet.
                from urllib.parse import quote as _q
                location = f"/attachments/sgid-{abs(hash(path)) % 10**8}/wait?referer={_q(self.path, safe='')}"
                self._send(302, [("Location", location), ("Content-Type", "text/html")], b"", method)
                return
            if kind == "redirect_offsite":
                location = opts.get("location") or f"http://offsite.invalid{self.path}"
                self._send(302, [("Location", location), ("Content-Type", "text/html")], b"", method)
                return
            status = int(kind)
            headers = [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-cache")]
            if "retry_after" in opts or kind == "429":
                headers.append(("Retry-After", str(opts.get("retry_after", 1))))
            messages = {429: "Too Many Requests", 503: "Service Unavailable", 500: "Internal Server Error"}
            self._send(status, headers, f"<html><body><h1>{messages[status]}</h1></body></html>".encode(), method)

    return Handler
