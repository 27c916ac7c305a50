"""Imported requests → the raw layer, in the rows a crawl writes (warehouse/sql/raw.sql).

Each request lands whole or not at all (requests are written in transactions of whole requests), and a request whose content is unchanged since the
last import is not written again: its rows keep their values, so importing the same source twice changes
nothing, and an import killed half-way, run again, finishes the requests it had not written and ends with the
same rows as an uninterrupted run. Attachment bytes are stored by content (documents.files.store_file) and read
by the documents package in its bounded worker; bytes already read once (in any earlier import or crawl) are not
read again. Stored text is redacted as the crawler redacts WhatDoTheyKnow's: e-mail addresses and phone
numbers, and the requester's own address wherever it appears."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from documents import extract_text_bounded
from documents.files import store_file
from documents.mail_text import quoted_spans, redact
from warehouse import db as warehouse_db
from warehouse import registry

from importers.model import ImportedRequest, Problem

logger = logging.getLogger(__name__)

MATCHES_TABLE = "authority_matches"
# Part of every request's fingerprint: raise it when what the writer stores for the same source changes, so that
# the next import rewrites requests written the old way instead of calling them unchanged.
WRITER_VERSION = 2
# raw.sql's key spaces: 'mail:<message key>', 'wdtkx:<url_title>:<n>', 'folder:<file hash>'
ID_PREFIX = {"mailbox": "mail", "wdtk_export": "wdtkx", "folder": "folder"}


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class WriteCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    messages: int = 0
    attachments: int = 0
    texts_read: int = 0
    texts_reused: int = 0


def authority_key(req: ImportedRequest) -> str:
    """The register's code; for a request no council was matched for, ``unmatched:<sender domain>``, as a crawl
    keys a body the register lacks ``wdtk:<body id>``: every request has a key the views can group and name by,
    and the placeholder says plainly that it is not a council (authority_matches.authority_key stays NULL)."""
    if req.match.authority_key:
        return req.match.authority_key
    what = req.match.sender_domain or " ".join((req.match.evidence or "").split())[:60] or "unknown"
    return f"unmatched:{what}"


class RawWriter:
    def __init__(self, con, files_dir: str, *, private: set[str] | None = None, timeout: float = 60.0,
                 batch_requests: int = 50, batch_seconds: float = 2.0) -> None:
        self.con = con
        self.files_dir = str(files_dir)
        self.private = {p for p in (private or set()) if p}
        self.timeout = timeout
        self.counts = WriteCounts()
        self._columns = {t: (warehouse_db.table_columns(con, t), warehouse_db.primary_key(con, t))
                         for t in ("requests", "messages", "attachments", MATCHES_TABLE, "authorities")}
        self._authorities_done: set[str] = set()
        self._pending: list[tuple[ImportedRequest, dict[str, list[dict]], bool]] = []
        self.batch_requests, self.batch_seconds = batch_requests, batch_seconds
        self._pending_since = 0.0
        self._read_now: dict[str, dict] = {}
        self._stored = dict(con.execute("SELECT request_id, content_sha256 FROM requests").fetchall())
        self._register = {r["authority_key"]: r for r in registry.authority_rows()}

    # -- text ------------------------------------------------------------------------------------------------
    def _clean(self, text: str | None) -> str | None:
        if text is None:
            return None
        for p in self.private:
            text = re.sub(re.escape(p), "[email address]", text, flags=re.I)
        return redact(text)

    def _address(self, url: str | None, fallback: str | None) -> str | None:
        if url and any(p in url.lower() for p in self.private):
            return fallback
        return url

    # -- one request -----------------------------------------------------------------------------------------
    @staticmethod
    def signature(req: ImportedRequest) -> str:
        """A hash of everything an import writes for ``req``: equal signatures mean nothing to write."""
        doc = {
            "title": req.title, "text": req.request_text, "match": [req.match.authority_key, req.match.method,
                                                                   req.match.evidence, req.match.sender_domain],
            "ref": req.council_reference, "created": str(req.created_at), "url": req.source_url,
            "status": req.display_status, "url_title": req.url_title, "batch": req.batch_id,
            "messages": [[m.key, m.direction, m.content_sha256, str(m.sent_at), m.from_name,
                          [[a.part, a.filename, a.content_type, a.parent_part, a.refused,
                            hashlib.sha256(a.data).hexdigest() if a.data is not None else None]
                           for a in m.attachments]] for m in req.messages],
        }
        return f"import-v{WRITER_VERSION}:" + hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()

    def write(self, req: ImportedRequest) -> str | None:
        """Queue one request: 'unchanged' at once when its fingerprint matches what is stored, else None (it is
        written, whole, by the next :meth:`flush`, which says whether it was added or updated)."""
        sig = self.signature(req)
        old = self._stored.get(req.request_id)
        if old == sig:
            self.counts.unchanged += 1
            return "unchanged"
        if not self._pending:
            self._pending_since = time.monotonic()
        self._pending.append((req, self._rows(req, sig, now()), old is not None))
        return None

    def due(self) -> bool:
        """Whether the queue should be written now: a batch is full, or a slow one (attachments being read) has
        waited long enough that a stop would lose noticeable work."""
        return bool(self._pending) and (len(self._pending) >= self.batch_requests
                                        or time.monotonic() - self._pending_since >= self.batch_seconds)

    def flush(self) -> list[tuple[str, ImportedRequest]]:
        """Write the queued requests in one transaction (so each lands whole or not at all, and an import killed at
        any moment leaves only whole requests); (outcome, request) for each, in order."""
        if not self._pending:
            return []
        batch, self._pending = self._pending, []
        tables: dict[str, list[dict]] = {t: [] for t in ("authorities", "requests", "messages", "attachments",
                                                         MATCHES_TABLE)}
        for req, rows, _ in batch:
            code = req.match.authority_key
            if code and code not in self._authorities_done and code in self._register:
                tables["authorities"].append(self._register[code])
                self._authorities_done.add(code)
            for table in ("requests", "messages", "attachments", MATCHES_TABLE):
                tables[table].extend(rows[table])
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in tables.items():
                if rows:
                    cols, key = self._columns[table]
                    keep = "*" if table == "authorities" else ("linked_request_id",) if table == "requests" else ()
                    warehouse_db.write_rows(self.con, table, rows, columns=cols, key=key, keep_when_null=keep)
            # rows an earlier import of these requests wrote that this one no longer has (a thread regrouped)
            ids = [req.request_id for req, _, _ in batch]
            self.con.execute("DELETE FROM attachments WHERE list_contains(?, request_id) "
                             "AND NOT list_contains(?, attachment_id)",
                             [ids, [r["attachment_id"] for r in tables["attachments"]]])
            self.con.execute("DELETE FROM messages WHERE list_contains(?, request_id) AND NOT list_contains(?, message_id)",
                             [ids, [r["message_id"] for r in tables["messages"]]])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        done = []
        for req, rows, existed in batch:
            self._stored[req.request_id] = rows["requests"][0]["content_sha256"]
            if existed:
                self.counts.updated += 1
            else:
                self.counts.added += 1
            self.counts.messages += len(rows["messages"])
            self.counts.attachments += len(rows["attachments"])
            done.append(("updated" if existed else "added", req))
        return done

    def _rows(self, req: ImportedRequest, sig: str, fetched: datetime) -> dict[str, list[dict]]:
        rid = req.request_id
        request_url = self._address(req.source_url, None)
        rows: dict[str, list[dict]] = {"requests": [{
            "request_id": rid, "source": req.source, "source_request_id": req.source_request_id,
            "url_title": req.url_title, "title": self._clean(req.title), "authority_key": authority_key(req),
            "batch_id": req.batch_id, "requester": None, "created_at": req.created_at, "updated_at": max(
                (m.sent_at for m in req.messages if m.sent_at), default=None),
            "display_status": req.display_status, "council_reference": req.council_reference,
            "request_text": self._clean(req.request_text), "source_url": request_url, "fetched_at": fetched,
            "content_sha256": sig}], "messages": [], "attachments": [], MATCHES_TABLE: [{
                "request_id": rid, "authority_key": req.match.authority_key, "method": req.match.method,
                "evidence": self._clean(req.match.evidence), "sender_domain": req.match.sender_domain,
                "request_text_from": req.request_text_from, "matched_at": fetched}]}
        for n, m in enumerate(req.messages, start=1):
            mid = f"{ID_PREFIX[req.source]}:{m.key}"
            text = self._clean(m.body_text)
            url = self._address(m.source_url, f"{rid}#message-{n}")
            rows["messages"].append({
                "message_id": mid, "request_id": rid, "direction": m.direction, "sent_at": m.sent_at,
                "from_name": self._clean(m.from_name), "body_text": text,
                "quoted_spans": quoted_spans(text) if text else None, "source_url": url, "fetched_at": fetched,
                "content_sha256": m.content_sha256})
            for a in m.attachments:
                aid = f"{mid}:{a.part}"
                row = {"attachment_id": aid, "message_id": mid, "request_id": rid, "url_part_number": a.part,
                       "parent_attachment_id": f"{mid}:{a.parent_part}" if a.parent_part else None,
                       "filename": a.filename, "content_type": a.content_type,
                       "source_url": self._address(a.source_url, None) or f"{url}#part-{a.part}",
                       "fetched_at": fetched}
                if a.data is None:
                    row.update(extraction_status="not_fetched" if not a.refused else "failed",
                               extraction_reason=a.refused or "no bytes in the source")
                else:
                    row.update(self._read(a.data, a.filename or "", a.content_type))
                rows["attachments"].append(row)
        return rows

    def text_of(self, data: bytes, filename: str, content_type: str | None) -> str:
        """The text the documents package reads from ``data`` (read once: writing the request later reuses it)."""
        return self._read(data, filename, content_type, count=False).get("text") or ""

    def _read(self, data: bytes, filename: str, content_type: str | None, *, count: bool = True) -> dict:
        sha = hashlib.sha256(data).hexdigest()
        stored = store_file(self.files_dir, data)
        known = self.con.execute(
            "SELECT detected_type, text, extraction_status, extraction_reason, extractor, pages FROM attachments "
            "WHERE sha256 = ? AND extraction_status IS NOT NULL AND extraction_status NOT IN ('not_fetched') "
            "LIMIT 1", [sha]).fetchall()
        base = {"sha256": sha, "stored_path": stored, "size_bytes": len(data)}
        if sha in self._read_now:   # the same bytes read before in this import, maybe not yet in the table
            return {**base, **self._read_now[sha]}
        if known:
            self.counts.texts_reused += count
            detected, text, status, reason, extractor, pages = known[0]
            self._read_now[sha] = {"detected_type": detected, "text": text, "extraction_status": status,
                                   "extraction_reason": reason, "extractor": extractor, "pages": pages}
            return {**base, **self._read_now[sha]}
        try:
            r = extract_text_bounded(data, filename=filename, content_type=content_type, timeout_s=self.timeout)
            status = getattr(r, "status", None) or "failed"
            result = {"detected_type": r.detected_type, "text": self._clean(r.text or None) if status == "ok" else None,
                      "extraction_status": status, "extraction_reason": r.reason if status != "ok" else None,
                      "extractor": r.extractor, "pages": r.pages}
        except Exception as exc:  # the documents contract says never raises; a hostile file must still not stop us
            result = {"extraction_status": "failed",
                      "extraction_reason": f"extractor crashed: {type(exc).__name__}: {exc}"[:500]}
        self.counts.texts_read += 1
        self._read_now[sha] = result
        return {**base, **result}

    # -- after every request of one import -----------------------------------------------------------------
    def drop_regrouped(self, source: str, produced: set[str], message_ids: set[str]) -> int:
        """Delete requests an earlier import of this source made whose every message this import has put in
        another request (the thread was regrouped, e.g. after a council was mapped). Returns how many."""
        stale = [r[0] for r in self.con.execute(
            "SELECT request_id FROM requests r WHERE source = ? AND NOT list_contains(?, request_id) "
            "AND EXISTS (SELECT 1 FROM authority_matches m WHERE m.request_id = r.request_id) "
            "AND NOT EXISTS (SELECT 1 FROM messages g WHERE g.request_id = r.request_id "
            "                AND NOT list_contains(?, split_part(g.message_id, ':', 2)))",
            [source, sorted(produced), sorted(message_ids)]).fetchall()]
        if not stale:
            return 0
        self.con.execute("BEGIN TRANSACTION")
        for table in ("attachments", "messages", MATCHES_TABLE, "requests"):
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, request_id)", [stale])
        self.con.execute("COMMIT")
        return len(stale)


def record_problems(con, run_id: str, problems: list[Problem], private: set[str]) -> None:
    if not problems:
        return
    rows = []
    for p in problems:
        detail, where = p.detail, p.where
        for addr in private:
            detail = re.sub(re.escape(addr), "[email address]", detail, flags=re.I)
            where = re.sub(re.escape(addr), "[email address]", where, flags=re.I)
        rows.append({"run_id": run_id, "url": where, "kind": p.kind, "detail": redact(detail)[:2000],
                     "request_id": p.request_id, "occurred_at": now()})
    _insert_failures(con, rows)


def _insert_failures(con, rows: list[dict]) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        warehouse_db.write_rows(con, "crawl_failures", rows, merge=False)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
