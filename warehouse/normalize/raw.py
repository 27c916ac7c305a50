"""Reading the raw layer into one :class:`RawThread` per request: the request, its messages in the order
they were sent, and the readable text of each incoming message and attachment.

Only what the authority wrote is read for facts: outgoing messages and annotations are kept apart, quoted
earlier text in a reply is blanked out (with spaces, so character offsets still point into
``messages.body_text``), and attachments are read only when their text was extracted (``extraction_status =
'ok'``). A container (ZIP, attached e-mail) whose members were stored separately is read through its members
only, so the same figure is not read twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb


@dataclass
class RawText:
    message_id: str | None
    attachment_id: str | None
    text: str


@dataclass
class RawMessage:
    message_id: str | None       # None for a disclosure-log response known only through its attachments
    direction: str
    sent_at: datetime | None
    texts: list[RawText] = field(default_factory=list)


@dataclass
class RawThread:
    request_id: str
    source: str | None
    authority_key: str | None
    nation: str | None
    batch_id: int | None
    title: str | None
    request_text: str | None
    created_at: datetime | None
    received_at: datetime | None
    responded_at: datetime | None
    described_state: str | None
    calculated_state: str | None
    law_used: str | None
    linked_request_id: str | None
    display_status: str | None = None     # a disclosure log's own words for the outcome
    messages: list[RawMessage] = field(default_factory=list)


def blank_quoted(text: str, spans: Any) -> str:
    """``text`` with every quoted span replaced by spaces (newlines kept); bad spans are clipped, not fatal."""
    if not text or not spans:
        return text or ""
    chars = list(text)
    n = len(chars)
    for span in spans:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        start, end = max(0, start), min(n, end)
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def as_of(con: duckdb.DuckDBPyConnection) -> datetime | None:
    """When the raw layer was last fetched: the reference time for "overdue", so a rebuild of the same
    raw layer gives the same answer whenever it is run."""
    row = con.execute(
        "SELECT greatest(max(fetched_at), (SELECT max(fetched_at) FROM messages)) FROM requests"
    ).fetchall()
    return row[0][0] if row else None


def count_requests(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT count(*) FROM requests").fetchall()[0][0]


def iter_threads(con: duckdb.DuckDBPyConnection, chunk_size: int = 5000):
    """The threads in request_id order, ``chunk_size`` requests at a time, so that a rebuild holds one chunk
    of the raw layer in memory rather than all of it."""
    ids = [r[0] for r in con.execute("SELECT request_id FROM requests ORDER BY request_id").fetchall()]
    step = max(chunk_size, 1)
    for start in range(0, len(ids), step):
        chunk = ids[start:start + step]
        yield _read_chunk(con, chunk[0], chunk[-1])


def _read_chunk(con: duckdb.DuckDBPyConnection, first: str, last: str) -> list[RawThread]:
    # A range of request_ids in sort order: messages and attachments are picked by the same range.
    threads: dict[str, RawThread] = {}
    rows = con.execute(
        """
        SELECT r.request_id, r.source, r.authority_key, a.nation, r.batch_id, r.title, r.request_text,
               r.created_at, r.received_at, r.responded_at, r.described_state, r.calculated_state, r.law_used,
               r.linked_request_id, r.display_status
        FROM requests r LEFT JOIN authorities a USING (authority_key)
        WHERE r.request_id BETWEEN ? AND ?
        ORDER BY r.request_id
        """, [first, last]
    ).fetchall()
    for row in rows:
        threads[row[0]] = RawThread(*row)

    messages: dict[str, RawMessage] = {}
    for message_id, request_id, direction, sent_at, body, spans in con.execute(
        """
        SELECT message_id, request_id, direction, sent_at, body_text, quoted_spans FROM messages
        WHERE request_id BETWEEN ? AND ?
        ORDER BY request_id, sent_at NULLS LAST, source_message_id NULLS LAST, message_id
        """, [first, last]
    ).fetchall():
        thread = threads.get(request_id)
        if thread is None:
            continue  # a message whose request row is missing: nothing to attach it to
        message = RawMessage(message_id, direction, sent_at)
        if direction == "incoming":
            message.texts.append(RawText(message_id, None, blank_quoted(body or "", spans)))
        thread.messages.append(message)
        messages[message_id] = message

    for attachment_id, message_id, request_id, text in con.execute(
        """
        SELECT a.attachment_id, a.message_id, a.request_id, a.text FROM attachments a
        WHERE a.request_id BETWEEN ? AND ? AND a.extraction_status = 'ok' AND a.text IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM attachments c
                          WHERE c.parent_attachment_id = a.attachment_id AND c.extraction_status = 'ok')
        ORDER BY a.request_id, a.message_id NULLS LAST, a.url_part_number NULLS LAST, a.attachment_id
        """, [first, last]
    ).fetchall():
        message = messages.get(message_id) if message_id else None
        if message is not None:
            if message.direction != "incoming":
                continue  # the requester's own attachments are not the authority's answer
            message.texts.append(RawText(message_id, attachment_id, text))
            continue
        thread = threads.get(request_id)
        if thread is None:
            continue
        # a disclosure-log response document: one pseudo-message per request, dated by the log
        loose = next((m for m in thread.messages if m.message_id is None), None)
        if loose is None:
            loose = RawMessage(None, "incoming", thread.responded_at)
            thread.messages.append(loose)
        loose.texts.append(RawText(None, attachment_id, text))
    return list(threads.values())
