"""An imitation of Alaveteli's Xapian search over request events: prefixes, free text, date ranges, sorting.

Only event types sent, followup_sent, response and comment on searchable (prominence normal) requests are
indexed, as in Alaveteli. Boolean filter terms with the same prefix are OR-ed unless joined by an explicit AND;
everything else is AND-ed; `OR` between two terms ors them; `-term` / `NOT term` negate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from replay.site import text as T
from replay.site.corpus import SEARCHABLE_EVENTS, Corpus

PREFIXES = {"status", "latest_status", "variety", "latest_variety", "requested_from", "requested_by",
            "commented_by", "request", "filetype", "tag", "request_public_body_tag", "waiting_classification"}
MAX_RESULTS = 500
_WORD = re.compile(r"[a-z0-9\u00c0-\u024f]+")
_DATE_RANGE = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4})?\.\.(\d{1,2}/\d{1,2}/\d{4})?$")


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@dataclass
class IndexedEvent:
    event: dict
    request: dict
    terms: dict[str, set[str]]
    text: str           # lower-cased title + event text, whitespace collapsed
    stems: set[str]
    created: datetime
    described: datetime
    snippet_text: str   # search_text_main: the event's own text


@dataclass
class Index:
    by_request: dict[int, list[IndexedEvent]] = field(default_factory=dict)
    events: list[IndexedEvent] = field(default_factory=list)
    postings: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (prefix, value) -> positions

    def refresh(self) -> None:
        """Rebuild the flat event list and the posting lists from by_request (cheap: no text work)."""
        self.events = [ev for evs in self.by_request.values() for ev in evs]
        postings: dict[tuple[str, str], list[int]] = {}
        for pos, ev in enumerate(self.events):
            for prefix, values in ev.terms.items():
                for value in values:
                    postings.setdefault((prefix, value), []).append(pos)
        self.postings = postings


def attachment_text(corpus: Corpus, att: dict, limit: int = 200_000) -> str:
    if not (att.get("content_type") or "").startswith("text/"):
        return ""
    try:
        with open(corpus.root / att["file"], "rb") as fh:
            return fh.read(limit).decode("utf-8", "replace")
    except OSError:
        return ""


def build_index(corpus: Corpus) -> Index:
    index = Index()
    for req in corpus.site["info_requests"]:
        index.by_request[req["id"]] = index_request(corpus, req)
    index.refresh()
    return index


def update_index(index: Index, corpus: Corpus, request_ids) -> None:
    """Re-index only the requests that changed (add_incoming_message)."""
    for rid in request_ids:
        req = corpus.requests.get(rid)
        index.by_request[rid] = index_request(corpus, req) if req else []
    index.refresh()


def index_request(corpus: Corpus, req: dict) -> list[IndexedEvent]:
    out: list[IndexedEvent] = []
    if not corpus.is_searchable(req):
        return out
    body = corpus.body_of(req)
    user = corpus.user_of(req) or {}
    # InfoRequestEvent#latest_status: the latest non-blank calculated_state among the request's events
    latest_status = next((e["calculated_state"] for e in reversed(req.get("events", []))
                          if e.get("calculated_state")), "")
    tags = {t[0].lower() for t in req.get("tags", [])} | {
        f"{t[0]}:{t[1]}".lower() for t in req.get("tags", []) if t[1] is not None}
    body_tags = {t[0].lower() for t in body.get("tags", [])} | {
        f"{t[0]}:{t[1]}".lower() for t in body.get("tags", []) if t[1] is not None}
    events = [e for e in req.get("events", []) if e["event_type"] in SEARCHABLE_EVENTS]
    latest_variety = events[-1]["event_type"] if events else ""
    for ev in events:
        own, filetypes, commenter = event_text(corpus, req, ev)
        if ev["event_type"] == "comment":
            commenter_rec = corpus.comments.get(ev.get("comment_id"), (None, {}))[1]
            commenter = (corpus.users.get(commenter_rec.get("user_id")) or {}).get("url_name", "")
        terms = {
            "status": {(ev.get("calculated_state") or "").lower()},
            "latest_status": {latest_status},
            "variety": {ev["event_type"]},
            "latest_variety": {latest_variety},
            "requested_from": {body["url_name"].lower()},
            "requested_by": {user.get("url_name", "").lower()},
            "commented_by": {commenter.lower()} if commenter else set(),
            "request": {req["url_title"].lower()},
            "filetype": filetypes,
            "tag": tags,
            "request_public_body_tag": body_tags,
            "waiting_classification": {"yes"} if req.get("awaiting_description") else {"no"},
        }
        full = re.sub(r"\s+", " ", f"{req['title']} {own}").lower()
        created = T.parse_ts(ev["created_at"])
        item = IndexedEvent(event=ev, request=req, terms=terms, text=full,
                            stems={_stem(w) for w in _WORD.findall(full)}, created=created,
                            described=T.parse_ts(ev.get("last_described_at")) or created, snippet_text=own)
        out.append(item)
    return out


def event_text(corpus: Corpus, req: dict, ev: dict) -> tuple[str, set[str], str]:
    """search_text_main for an event, the file types of its attachments, and (for comments) the commenter."""
    if ev.get("incoming_message_id"):
        _, msg = corpus.incoming.get(ev["incoming_message_id"], (None, None))
        if not msg:
            return "", set(), ""
        body = corpus.body_of(req)
        user = corpus.user_of(req) or {}
        masked = T.mask_incoming(msg.get("body") or "", req["id"], body.get("request_email"),
                                 body.get("short_name") or body["name"])
        parts = [T.text_for_indexing(masked, user.get("name"))]
        types = set()
        for att in msg.get("attachments", []):
            parts.append(attachment_text(corpus, att))
            if "." in att["filename"]:
                types.add(att["filename"].rsplit(".", 1)[1].lower())
        return " ".join(p for p in parts if p), types, ""
    if ev.get("outgoing_message_id"):
        _, msg = corpus.outgoing.get(ev["outgoing_message_id"], (None, None))
        return (T.mask_outgoing(msg["body"]) if msg else ""), set(), ""
    if ev.get("comment_id"):
        _, c = corpus.comments.get(ev["comment_id"], (None, None))
        return (c["body"] if c else ""), set(), ""
    return "", set(), ""


# --- query language ---------------------------------------------------------------------------------------

@dataclass
class Term:
    kind: str                 # "prefix" | "word" | "phrase" | "range"
    value: str
    prefix: str = ""
    negate: bool = False
    start: date | None = None
    end: date | None = None


def _parse_date(text: str | None, default: date | None) -> date | None:
    if not text:
        return default
    d, m, y = text.split("/")
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return default


def parse_query(query: str) -> list[list[Term]]:
    """A list of clauses AND-ed together; each clause is a list of alternatives OR-ed together."""
    tokens = re.findall(r'-?"[^"]*"|\S+', query.replace("(", " ").replace(")", " "))
    clauses: list[tuple[list[Term], bool]] = []
    join_or = explicit_and = negate_next = False
    for tok in tokens:
        if tok == "OR":
            join_or = True
            continue
        if tok == "AND":
            explicit_and = True
            continue
        if tok == "NOT":
            negate_next = True
            continue
        term = _term(tok)
        if term is None:
            continue
        term.negate = term.negate or negate_next
        negate_next = False
        if join_or and clauses:
            clauses[-1][0].append(term)
        else:
            clauses.append(([term], explicit_and))
        join_or = explicit_and = False
    merged: list[list[Term]] = []
    by_prefix: dict[str, list[Term]] = {}
    for alts, explicit in clauses:
        t = alts[0]
        if len(alts) == 1 and t.kind == "prefix" and not t.negate and not explicit:
            if t.prefix in by_prefix:
                by_prefix[t.prefix].append(t)
                continue
            by_prefix[t.prefix] = alts
        merged.append(alts)
    return merged


def _term(tok: str) -> Term | None:
    negate = tok.startswith("-") and len(tok) > 1
    if negate:
        tok = tok[1:]
    if tok.startswith('"'):
        phrase = re.sub(r"\s+", " ", tok.strip('"')).lower().strip()
        return Term("phrase", phrase, negate=negate) if phrase else None
    m = _DATE_RANGE.match(tok)
    if m:
        return Term("range", tok, negate=negate, start=_parse_date(m.group(1), date(2001, 1, 1)),
                    end=_parse_date(m.group(2), date(9999, 12, 31)))
    if ":" in tok:
        prefix, value = tok.split(":", 1)
        if prefix.lower() in PREFIXES:
            return Term("prefix", value.lower().strip('"'), prefix=prefix.lower(), negate=negate)
    words = _WORD.findall(tok.lower())
    if not words:
        return None
    if len(words) > 1:
        return Term("phrase", " ".join(words), negate=negate)
    return Term("word", _stem(words[0]), negate=negate)


def _match(term: Term, ev: IndexedEvent) -> bool:
    if term.kind == "prefix":
        hit = term.value in ev.terms.get(term.prefix, ())
    elif term.kind == "word":
        hit = term.value in ev.stems
    elif term.kind == "phrase":
        hit = term.value in ev.text
    else:
        day = ev.created.date()
        hit = term.start <= day <= term.end
    return hit != term.negate


def run(index: Index, query: str, sort: str = "newest", collapse: bool = True) -> list[IndexedEvent]:
    """Events matching the query, sorted; with collapse, only the first event per request (request_collapse)."""
    clauses = parse_query(query)
    if not clauses:
        return []
    candidates = index.events
    for alts in clauses:  # narrow by posting lists where a clause is only positive prefix terms
        if all(t.kind == "prefix" and not t.negate for t in alts):
            positions = sorted({p for t in alts for p in index.postings.get((t.prefix, t.value), ())})
            if len(positions) < len(candidates):
                candidates = [index.events[p] for p in positions]
    hits = [ev for ev in candidates if all(any(_match(t, ev) for t in alts) for alts in clauses)]
    if sort == "relevant":
        words = [t for alts in clauses for t in alts if t.kind in ("word", "phrase") and not t.negate]
        hits.sort(key=lambda e: (sum(e.text.count(t.value) for t in words), e.created, e.event["id"]), reverse=True)
    elif sort == "described":
        hits.sort(key=lambda e: (e.described, e.event["id"]), reverse=True)
    else:
        hits.sort(key=lambda e: (e.created, e.event["id"]), reverse=True)
    if not collapse:
        return hits
    seen: set[int] = set()
    out = []
    for ev in hits:
        if ev.request["id"] not in seen:
            seen.add(ev.request["id"])
            out.append(ev)
    return out


def has_free_text(query: str) -> bool:
    return any(t.kind in ("word", "phrase") for alts in parse_query(query) for t in alts)


def params_query(query: str, params: dict[str, str], latest_status: str | None = None) -> str:
    """XapianQueries#make_query_from_params: query + date range + variety + latest_status + tag."""
    after, before = params.get("request_date_after"), params.get("request_date_before")
    if after or before:
        query += f" {after or '01/01/2001'}..{before or date.today().strftime('%d/%m/%Y')}"
    varieties = [v for k, v in params.items() if k.startswith("request_variety")]
    alts = []
    for v in ",".join(varieties).split(","):
        if v == "sent":
            alts += ["variety:sent", "variety:followup_sent"]
        elif v in ("response", "comment"):
            alts.append(f"variety:{v}")
    if alts:
        query += " (" + " OR ".join(alts) + ")"
    status = latest_status or params.get("latest_status")
    groups = {
        "successful": ["latest_status:successful", "latest_status:partially_successful"],
        "unsuccessful": ["latest_status:rejected", "latest_status:not_held"],
        "awaiting": ["latest_status:waiting_response", "latest_status:waiting_clarification",
                     "waiting_classification:true", "latest_status:internal_review", "latest_status:gone_postal",
                     "latest_status:error_message", "latest_status:requires_admin"],
        "internal_review": ["status:internal_review"],
        "other": ["latest_status:gone_postal", "latest_status:error_message", "latest_status:requires_admin",
                  "latest_status:user_withdrawn"],
        "gone_postal": ["latest_status:gone_postal"],
    }
    if status in ("recent", "all"):
        query += " (variety:sent OR variety:followup_sent OR variety:response OR variety:comment)"
    elif status in groups:
        query += " (" + " OR ".join(groups[status]) + ")"
    if params.get("tag"):
        query += f" tag:{params['tag']}"
    return query.strip()
