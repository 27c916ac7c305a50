"""The crawl's one connection to the DuckDB warehouse.

Rows are buffered and written in batches, each batch one transaction across all raw tables (a request's
bundle is never split across batches), merged on the primary key (warehouse.db.write_rows) so re-running never
duplicates. Because a bundle lands whole or not at all, a crawl killed at any moment leaves only complete
requests behind, and the next run redoes exactly what is missing.

Batches the crawl fills are written by one background thread (one batch in flight, in order) so that DuckDB's
work overlaps the parsing of the next pages; every read and every explicit `flush()` waits for it first."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any


from crawlers.items import TABLE_OF, FailureItem, RecordBundle, row
from warehouse import db as warehouse_db

logger = logging.getLogger(__name__)

_KEYS = {"authorities": "authority_key", "requests": "request_id", "messages": "message_id",
         "attachments": "attachment_id", "http_validators": "url"}
_ORDER = ["authorities", "requests", "messages", "attachments", "http_validators"]
# Columns a crawl leaves as they are when its row has no value for them ("*": every column).
_KEEP_WHEN_NULL: dict[str, object] = {"authorities": "*", "requests": ("linked_request_id", "council_reference",
                                                                         "received_at", "responded_at")}


def now() -> datetime:
    return datetime.now(UTC)


class RawStore:
    def __init__(self, path: str, *, batch_rows: int = 500, batch_seconds: float = 5.0) -> None:
        self.path = path
        self.con = warehouse_db.connect(path)
        self.batch_rows = batch_rows
        self.batch_seconds = batch_seconds
        self._pending: dict[str, dict[Any, dict]] = {t: {} for t in _ORDER}
        self._failures: list[dict] = []
        self._state_updates: dict[str, str] = {}
        self._last_flush = time.monotonic()
        self.written: Counter[str] = Counter()       # rows written this run, per table
        self.texts_extracted = 0
        self.failure_kinds: Counter[str] = Counter()
        self.closed = False
        self._lock = threading.Lock()              # counters and failures the writer thread also touches
        self._writer: ThreadPoolExecutor | None = None
        self._in_flight: Future | None = None
        self._wcon = None                          # the writer's own cursor, opened with the first batch
        self._schema: dict[str, tuple[list[str], list[str]]] = {}
        self._validators: dict[str, tuple[str | None, str | None]] = {
            url: (etag, lm) for url, etag, lm in self.con.execute(
                "SELECT url, etag, last_modified FROM http_validators").fetchall()
        }

    # -- what is already stored (read by spiders to decide what to skip) --------------------------------
    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        self._wait()
        return self.con.execute(sql, params or []).fetchall()

    def validator(self, url: str) -> tuple[str | None, str | None] | None:
        return self._validators.get(url)

    # -- writing -----------------------------------------------------------------------------------------
    def add_bundle(self, bundle: RecordBundle) -> None:
        for items in (bundle.authorities, bundle.requests, bundle.messages, bundle.attachments, bundle.validators):
            for item in items:
                table = TABLE_OF[type(item)]
                r = row(item)
                self._pending[table][r[_KEYS[table]]] = r
        for v in bundle.validators:
            self._validators[v.url] = (v.etag, v.last_modified)
        if self.pending_rows() >= self.batch_rows or time.monotonic() - self._last_flush >= self.batch_seconds:
            self.flush(wait=False)

    def set_request_state(self, request_id: str, calculated_state: str) -> None:
        """Correct one stored request's calculated_state (applied with the next batch)."""
        self._state_updates[request_id] = calculated_state

    def add_failure(self, run_id: str, failure: FailureItem) -> None:
        with self._lock:
            self.failure_kinds[failure.kind] += 1
        self._failures.append({"run_id": run_id, "url": failure.url, "kind": failure.kind,
                               "detail": (failure.detail or "")[:2000] or None, "request_id": failure.request_id,
                               "occurred_at": now()})

    def pending_rows(self) -> int:
        return sum(len(v) for v in self._pending.values()) + len(self._failures) + len(self._state_updates)

    def flush(self, *, wait: bool = True) -> None:
        """Write what is pending as one transaction. With wait=False the batch goes to the writer thread and this
        returns at once (after the previous batch has landed: one in flight, in order)."""
        self._last_flush = time.monotonic()
        batch = None
        if self.pending_rows():
            batch = ({t: list(self._pending[t].values()) for t in _ORDER}, self._failures, self._state_updates)
            self._pending = {t: {} for t in _ORDER}
            self._failures, self._state_updates = [], {}
        self._wait()
        if batch is None:
            return
        if wait:
            self._write(*batch)
        else:
            if self._writer is None:
                self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="foi-store")
            self._in_flight = self._writer.submit(self._write, *batch)

    def _wait(self) -> None:
        if self._in_flight is not None:
            in_flight, self._in_flight = self._in_flight, None
            in_flight.result()   # _write records its own failures; this re-raises only a bug

    def _write(self, rows: dict[str, list[dict]], failures: list[dict], state_updates: dict[str, str]) -> None:
        con = self._writer_con()

        def batch() -> None:
            for table in _ORDER:
                if rows[table]:
                    self._insert(table, rows[table], replace=True, con=con)
            if failures:
                self._insert("crawl_failures", failures, replace=False, con=con)
            for request_id, state in state_updates.items():
                con.execute("UPDATE requests SET calculated_state = ? WHERE request_id = ?", [state, request_id])

        try:
            # on a team warehouse, tried again when another crawl's batch committed a conflicting change first
            warehouse_db.in_transaction(con, batch)
        except Exception as exc:
            # Drop this batch rather than wedge every later one: the requests in it are not stored, so the
            # next crawl fetches them again. The failure itself is kept.
            logger.error("could not write a batch to %s: %r", self.path, exc)
            lost = sorted({str(r.get("request_id")) for r in rows["requests"]})
            with self._lock:
                self.failure_kinds["store"] += 1
            failures = [*failures, {
                "run_id": getattr(self, "run_id", None) or "unknown", "url": None, "kind": "store",
                "detail": f"batch not written ({type(exc).__name__}: {exc}); requests "
                          f"{', '.join(lost[:50])} will be fetched again next time"[:2000],
                "request_id": None, "occurred_at": now()}]
            warehouse_db.in_transaction(con, lambda: self._insert("crawl_failures", failures, replace=False, con=con))
            return
        with self._lock:
            for table in _ORDER:
                self.written[table] += len(rows[table])
            self.texts_extracted += sum(1 for r in rows["attachments"] if r.get("extraction_status") == "ok")

    def _writer_con(self):
        # Batches go through a cursor of their own (a DuckDB connection must not be shared between threads);
        # never two at once, since a batch is written only after the previous one has landed.
        if self._wcon is None:
            self._wcon = warehouse_db.cursor(self.con)
        return self._wcon

    def _insert(self, table: str, rows: list[dict], *, replace: bool, con=None) -> None:
        # Other sources fill some columns (the register's population, the disclosure-log registry's URL, links
        # between sources): a crawl that does not know them must not blank them.
        con = con if con is not None else self._writer_con()
        if table not in self._schema:
            self._schema[table] = (warehouse_db.table_columns(con, table), warehouse_db.primary_key(con, table))
        columns, key = self._schema[table]
        warehouse_db.write_rows(con, table, rows, merge=replace, keep_when_null=_KEEP_WHEN_NULL.get(table, ()),
                                columns=columns, key=key)

    # -- crawl_runs ----------------------------------------------------------------------------------------
    def start_run(self, run_id: str, spider: str, arguments: dict, base_url: str | None) -> None:
        self.run_id = run_id
        # runs killed before they could say so (on a team warehouse, only those whose process is gone)
        warehouse_db.interrupt_dead_runs(self.con)
        warehouse_db.upsert(self.con, "crawl_runs", [{
            "run_id": run_id, "spider": spider, "started_at": now(), "status": "running",
            "arguments": json.dumps(arguments, sort_keys=True, default=str), "base_url": base_url}])
        self._lease = warehouse_db.hold_run(self.con, run_id)

    def finish_run(self, run_id: str, *, status: str, http_requests: int, http_not_modified: int,
                   summary: str) -> None:
        self.flush()
        warehouse_db.in_transaction(self.con, lambda: self.con.execute(
            "UPDATE crawl_runs SET finished_at = ?, status = ?, http_requests = ?, http_not_modified = ?, "
            "requests_stored = ?, messages_stored = ?, attachments_stored = ?, texts_extracted = ?, failures = ?, "
            "failures_by_kind = ?, summary = ? WHERE run_id = ?",
            [now(), status, http_requests, http_not_modified, self.written["requests"], self.written["messages"],
             self.written["attachments"], self.texts_extracted, sum(self.failure_kinds.values()),
             json.dumps(dict(sorted(self.failure_kinds.items()))), summary, run_id],
        ))

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            try:
                self._wait()
            finally:
                if self._writer is not None:
                    self._writer.shutdown(wait=True)
                if self._wcon is not None:
                    self._wcon.close()
                if getattr(self, "_lease", None) is not None:
                    self._lease.stop()
                self.con.close()


def store_for(crawler) -> RawStore:
    """The crawl's store, opened on first use and shared by spider, middlewares, pipeline and extensions."""
    store = getattr(crawler, "_foi_store", None)
    if store is None:
        s = crawler.settings
        store = RawStore(s.get("FOI_DUCKDB") or "data/foi.duckdb",
                         batch_rows=s.getint("FOI_STORE_BATCH_ROWS", 500),
                         batch_seconds=s.getfloat("FOI_STORE_BATCH_SECONDS", 5.0))
        crawler._foi_store = store
    return store
