"""The corpus in memory: site.json indexed for the routes, Alaveteli's status rules, and mutations for tests.

The records stay the dicts read from site.json (so JSON output keeps their exact values); lookups are indexes
built once at load and rebuilt after a mutation.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from replay.site import text as T

BUNDLED = Path(__file__).resolve().parent.parent / "corpus"
SEARCHABLE_EVENTS = ("sent", "followup_sent", "response", "comment")


class CorpusError(Exception):
    """The corpus directory is missing or its site.json does not follow docs/architecture.md §1."""


@dataclass
class Corpus:
    root: Path
    site: dict
    now: datetime | None = None  # fixed "today" for overdue states; None = the real clock
    lock: threading.RLock = field(default_factory=threading.RLock)
    version: int = 0
    changes: list[tuple[int, int]] = field(default_factory=list)  # (version, request id) per mutation

    # --- loading -----------------------------------------------------------------------------------------
    @classmethod
    def load(cls, root: str | Path | None = None, now: datetime | None = None) -> "Corpus":
        root = Path(root) if root else BUNDLED
        path = root / "site.json"
        if not path.is_file():
            fix = ("the demo corpus ships with foi-compare: reinstall it (in a checkout, `python -m dev.build_corpus` "
                   "rebuilds it)" if root == BUNDLED else "pass --corpus a folder that holds a site.json "
                   "(docs/architecture.md §1)")
            raise CorpusError(f"no site.json in {root}; {fix}")
        try:
            site = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CorpusError(f"{path} is not readable JSON: {exc}") from exc
        for key in ("users", "public_bodies", "info_requests"):
            if not isinstance(site.get(key), list):
                raise CorpusError(f"{path}: key {key!r} must be a list")
        site.setdefault("info_request_batches", [])
        corpus = cls(root=root, site=site, now=now)
        try:
            corpus.reindex()
            for req in site["info_requests"]:
                corpus.body_of(req)
                T.parse_ts(req["created_at"])
        except (KeyError, TypeError, ValueError) as exc:
            raise CorpusError(f"{path} does not follow docs/architecture.md §1 (corpus format): "
                              f"{type(exc).__name__}: {exc}") from exc
        return corpus

    def reindex(self) -> None:
        s = self.site
        self.users = {u["id"]: u for u in s["users"]}
        self.users_by_url = {u["url_name"]: u for u in s["users"]}
        self.bodies = {b["id"]: b for b in s["public_bodies"]}
        self.bodies_by_url = {b["url_name"]: b for b in s["public_bodies"]}
        self.batches = {b["id"]: b for b in s["info_request_batches"]}
        self.requests = {r["id"]: r for r in s["info_requests"]}
        self.requests_by_url = {r["url_title"]: r for r in s["info_requests"]}
        self.incoming: dict[int, tuple[dict, dict]] = {}
        self.outgoing: dict[int, tuple[dict, dict]] = {}
        self.comments: dict[int, tuple[dict, dict]] = {}
        self.events: dict[int, tuple[dict, dict]] = {}
        self.by_body: dict[int, list[dict]] = {}
        self.by_user: dict[int, list[dict]] = {}
        self.by_batch: dict[int, list[dict]] = {}
        for r in s["info_requests"]:
            for m in r.get("incoming_messages", []):
                self.incoming[m["id"]] = (r, m)
            for m in r.get("outgoing_messages", []):
                self.outgoing[m["id"]] = (r, m)
            for c in r.get("comments", []):
                self.comments[c["id"]] = (r, c)
            for e in r.get("events", []):
                self.events[e["id"]] = (r, e)
            self.by_body.setdefault(r["public_body_id"], []).append(r)
            self.by_user.setdefault(r["user_id"], []).append(r)
            if r.get("info_request_batch_id") is not None:
                self.by_batch.setdefault(r["info_request_batch_id"], []).append(r)
        for reqs in self.by_batch.values():
            reqs.sort(key=lambda r: r["id"])
        self._status_cache: dict[int, str] = {}

    # --- Alaveteli's status rules --------------------------------------------------------------------------
    def today(self) -> datetime:
        """The replay's "now": the server's `now`, else the corpus's snapshot_at, else the real clock."""
        if self.now is not None:
            return self.now
        snap = self.site.get("snapshot_at")
        return T.parse_ts(snap) if snap else datetime.now(timezone.utc)

    def last_sent_at(self, req: dict) -> datetime:
        sent = [e for e in req.get("events", []) if e["event_type"] in ("sent", "resent")]
        return T.parse_ts(sent[-1]["created_at"] if sent else req["created_at"])

    def calculate_status(self, req: dict) -> str:
        cached = self._status_cache.get(req["id"])
        if cached is not None:
            return cached
        status = self._calculate_status(req)
        self._status_cache[req["id"]] = status
        return status

    def _calculate_status(self, req: dict) -> str:
        if req.get("awaiting_description"):
            return "waiting_classification"
        state = req.get("described_state") or "waiting_response"
        if state != "waiting_response":
            return state
        from warehouse.working_days import deadline, local_date

        sent = self.last_sent_at(req)
        today = local_date(self.today())
        if today > deadline(sent, days=40):
            return "waiting_response_very_overdue"
        if today > deadline(sent, days=20):
            return "waiting_response_overdue"
        return "waiting_response"

    def display_status(self, req: dict) -> str:
        return T.status_label(self.calculate_status(req))

    def is_searchable(self, req: dict) -> bool:
        return req.get("prominence", "normal") == "normal"

    def is_viewable(self, req: dict) -> bool:
        return req.get("prominence", "normal") in ("normal", "backpage")

    def user_of(self, req: dict) -> dict | None:
        return self.users.get(req.get("user_id"))

    def body_of(self, req: dict) -> dict:
        return self.bodies[req["public_body_id"]]

    def sent_event(self, req: dict) -> dict | None:
        """last_event_forming_initial_request: the last sent/resent event."""
        sent = [e for e in req.get("events", []) if e["event_type"] in ("sent", "resent")]
        return sent[-1] if sent else None

    def request_last_modified(self, req: dict) -> datetime:
        events = req.get("events") or []
        moments = [T.parse_ts(req.get("updated_at") or req["created_at"])]
        if events:
            moments.append(T.parse_ts(events[-1]["created_at"]))
        return latest(moments)

    def _scratch(self) -> Path:
        if getattr(self, "_scratch_dir", None) is None:
            import shutil
            import tempfile
            import weakref

            self._scratch_dir = Path(tempfile.mkdtemp(prefix="foi-replay-"))
            weakref.finalize(self, shutil.rmtree, str(self._scratch_dir), True)
        return self._scratch_dir

    # --- mutation for incremental tests -------------------------------------------------------------------
    def add_incoming_message(self, request_id: int, body: str, attachments=(), sent_at=None,
                             described_state: str | None = None, from_name: str | None = None,
                             from_email: str | None = None, subject: str | None = None) -> dict:
        """A new response arrives: message, attachments, a `response` event; awaiting_description becomes true
        (so the calculated status is waiting_classification) unless described_state is given."""
        with self.lock:
            req = self.requests.get(int(request_id))
            if req is None:
                raise KeyError(f"no request with id {request_id}")
            body_rec = self.body_of(req)
            when = _as_datetime(sent_at)
            if when is None:
                # strictly after the last change, so Last-Modified moves and If-Modified-Since sees the news
                when = max(self.today(), self.request_last_modified(req) + timedelta(seconds=1))
            if when.tzinfo is None:
                when = when.replace(tzinfo=timezone.utc)
            stamp = _iso(when)
            next_in = max([m for m in self.incoming] + [0]) + 1
            next_ev = max([e for e in self.events] + [0]) + 1
            next_att = max([a["id"] for _, m in self.incoming.values() for a in m.get("attachments", [])] + [0]) + 1
            # Added files never go into the corpus directory (it may be the bundled, committed corpus).
            files_dir = self._scratch() / str(req["id"]) / str(next_in)
            atts = []
            for part, att in enumerate(attachments, start=2):
                if isinstance(att, dict):
                    filename, content, ctype = att["filename"], att["content"], att.get("content_type")
                else:
                    filename, content, ctype = att[0], att[1], (att[2] if len(att) > 2 else None)
                if isinstance(content, str):
                    content = content.encode("utf-8")
                ctype = ctype or _guess_type(filename)
                files_dir.mkdir(parents=True, exist_ok=True)
                safe = T.display_filename(filename).replace(" ", "_") or "file"
                rel = str(files_dir / f"{part}-{safe}")  # absolute: root / rel resolves to it
                Path(rel).write_bytes(content)
                atts.append({"id": next_att, "url_part_number": part, "filename": filename, "content_type": ctype,
                             "file": rel})
                next_att += 1
            msg = {"id": next_in, "sent_at": stamp, "from_name": from_name or f"{body_rec['name']} FOI Team",
                   "from_email": from_email or body_rec.get("request_email") or "foi@example.gov.uk",
                   "subject": subject or f"RE: Freedom of Information request - {req['title']}",
                   "body": body, "attachments": atts}
            req.setdefault("incoming_messages", []).append(msg)
            state = described_state or None
            req.setdefault("events", []).append({
                "id": next_ev, "event_type": "response", "created_at": stamp, "described_state": state,
                "calculated_state": state, "last_described_at": stamp if state else None,
                "incoming_message_id": next_in, "outgoing_message_id": None, "comment_id": None})
            if described_state:
                req["described_state"] = described_state
                req["awaiting_description"] = False
            else:
                req["awaiting_description"] = True
            # Alaveteli stamps updated_at when the mail arrives; it must move forward even for a back-dated sent_at
            req["updated_at"] = _iso(max(when, self.request_last_modified(req) + timedelta(seconds=1)))
            self.version += 1
            self.changes.append((self.version, req["id"]))
            self.reindex()
            return msg


def _as_datetime(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def _guess_type(filename: str) -> str:
    import mimetypes

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def latest(moments) -> datetime:
    moments = [m for m in moments if m is not None]
    return max(moments) if moments else datetime(2001, 1, 1, tzinfo=timezone.utc)
