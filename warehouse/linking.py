"""Linking a disclosure-log entry to the same request on WhatDoTheyKnow, so it is counted once.

The rule, in order (both rows must belong to the same council, `authority_key`):
1. Reference: the log's `council_reference` appears in the WhatDoTheyKnow thread — in a reply's text (e.g.
   "Our ref: 7691884") or the request's title — as a whole token, separators ignored ("FOI/21/7936" matches
   "FOI 21/7936"); references with fewer than 4 digits are too short to trust. When several WhatDoTheyKnow
   requests quote it, the one created closest to the date received wins.
2. Title and dates: otherwise the titles are similar (difflib ratio of the normalised words ≥ 0.75) and the log's
   received date is within 14 days of the WhatDoTheyKnow request's creation (without a received date: the
   response came 0-120 days after it).
Each request is linked at most once. Both rows get `linked_request_id` (the other's request_id). Links are
recomputed from scratch on every run, so they follow corrections in either source. Count requests once with
`WHERE NOT (source = 'disclosure_log' AND linked_request_id IS NOT NULL)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

from warehouse import db

TITLE_RATIO = 0.75
RECEIVED_WINDOW_DAYS = 14
RESPONSE_WINDOW_DAYS = 120

# The canonical count: each request once, whichever sources hold it.
DISTINCT_REQUESTS_SQL = "SELECT * FROM requests WHERE NOT (source = 'disclosure_log' AND linked_request_id IS NOT NULL)"


@dataclass(frozen=True)
class Link:
    dl_request_id: str
    wdtk_request_id: str
    rule: str   # "reference" | "title_dates"


def reference_pattern(reference: str) -> re.Pattern[str] | None:
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", reference or "") if p]
    if not parts or sum(ch.isdigit() for ch in reference) < 4:
        return None
    body = r"[\s/_.\-]*".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", re.I)


def _words(title: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (title or "").lower()))


def title_similarity(a: str | None, b: str | None) -> float:
    a, b = _words(a), _words(b)
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


def _days(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return (a - b).total_seconds() / 86400


def find_links(dl_rows: list[dict], wdtk_rows: list[dict], thread_text: dict[str, str]) -> list[Link]:
    """Pure: which disclosure-log rows are which WhatDoTheyKnow requests. Rows are dicts with request_id,
    authority_key, title, council_reference, received_at, responded_at (log) / created_at (WhatDoTheyKnow)."""
    by_authority: dict[str, list[dict]] = {}
    for w in wdtk_rows:
        by_authority.setdefault(w["authority_key"], []).append(w)
    links: list[Link] = []
    taken: set[str] = set()
    pending: list[dict] = []
    for d in sorted(dl_rows, key=lambda r: r["request_id"]):
        pattern = reference_pattern(d.get("council_reference") or "")
        candidates = by_authority.get(d["authority_key"], [])
        if pattern is not None:
            hits = [w for w in candidates if w["request_id"] not in taken and
                    (pattern.search(thread_text.get(w["request_id"], "")) or pattern.search(w.get("title") or ""))]
            if hits:
                hits.sort(key=lambda w: abs(_days(d.get("received_at"), w.get("created_at")) or 0))
                links.append(Link(d["request_id"], hits[0]["request_id"], "reference"))
                taken.add(hits[0]["request_id"])
                continue
        pending.append(d)
    for d in pending:
        best, best_score = None, 0.0
        for w in by_authority.get(d["authority_key"], []):
            if w["request_id"] in taken:
                continue
            score = title_similarity(d.get("title"), w.get("title"))
            if score < TITLE_RATIO:
                continue
            gap = _days(d.get("received_at"), w.get("created_at"))
            if gap is not None:
                if abs(gap) > RECEIVED_WINDOW_DAYS:
                    continue
            else:
                after = _days(d.get("responded_at"), w.get("created_at"))
                if after is None or not 0 <= after <= RESPONSE_WINDOW_DAYS:
                    continue
            if score > best_score:
                best, best_score = w, score
        if best is not None:
            links.append(Link(d["request_id"], best["request_id"], "title_dates"))
            taken.add(best["request_id"])
    return links


def _dicts(cur) -> list[dict]:
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def link_requests(con) -> list[Link]:
    """Recompute every link between the two sources in the warehouse, in one transaction (on a team warehouse,
    read and written again when a crawl commits to the requests meanwhile)."""
    return db.in_transaction(con, lambda: _relink(con))


def _relink(con) -> list[Link]:
    dl_rows = _dicts(con.execute(
        "SELECT request_id, authority_key, title, council_reference, received_at, responded_at FROM requests "
        "WHERE source = 'disclosure_log' AND authority_key IS NOT NULL"))
    keys = sorted({d["authority_key"] for d in dl_rows})
    wdtk_rows = _dicts(con.execute(
        "SELECT request_id, authority_key, title, created_at FROM requests WHERE source = 'whatdotheyknow' "
        "AND authority_key IN (SELECT unnest(?::VARCHAR[]))", [keys])) if keys else []
    texts: dict[str, str] = {}
    if wdtk_rows:
        for rid, text in con.execute(
                "SELECT request_id, string_agg(coalesce(body_text, ''), '\n') FROM messages WHERE request_id IN "
                "(SELECT unnest(?::VARCHAR[])) AND direction = 'incoming' GROUP BY request_id",
                [[w["request_id"] for w in wdtk_rows]]).fetchall():
            texts[rid] = text or ""
    links = find_links(dl_rows, wdtk_rows, texts)
    con.execute("UPDATE requests SET linked_request_id = NULL WHERE linked_request_id IS NOT NULL AND "
                "(source = 'disclosure_log' OR linked_request_id LIKE 'dl:%')")
    for link in links:
        con.execute("UPDATE requests SET linked_request_id = ? WHERE request_id = ?",
                    [link.wdtk_request_id, link.dl_request_id])
        con.execute("UPDATE requests SET linked_request_id = ? WHERE request_id = ?",
                    [link.dl_request_id, link.wdtk_request_id])
    return links
