"""Threads → the corpus files: ids in creation order, url_titles by Alaveteli's rule, site.json and truth.json."""

from __future__ import annotations

import hashlib
import json
import random
import re
from datetime import datetime

from .common import UrlTitles, iso
from .thread import Thread, events_for, request_state

SURVEY = "remote-working-2021"


class Ids:
    """Increasing ids with small gaps, as on a live site where other requests take the numbers in between."""

    def __init__(self, rng: random.Random, start: int, max_gap: int):
        self.rng, self.next, self.max_gap = rng, start, max_gap

    def take(self) -> int:
        value = self.next
        self.next += self.rng.randint(1, self.max_gap)
        return value


def request_address(request_id: int) -> str:
    return f"request-{request_id}-{hashlib.sha1(str(request_id).encode()).hexdigest()[:8]}@whatdotheyknow.com"


def safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("_") or "attachment"


def assemble(rng: random.Random, threads: list[Thread], bodies: list[dict], users: list[dict],
             council_codes: dict[int, str], batch: dict, snapshot: datetime) -> tuple[dict, dict, dict[str, bytes]]:
    """(site, truth, files) with files keyed by path relative to the corpus directory."""
    user_ids = {u["key"]: u["id"] for u in users}
    threads = sorted(threads, key=lambda t: (t.created_at, t.key))
    req_ids, out_ids, in_ids = Ids(rng, 700001, 60), Ids(rng, 1100001, 90), Ids(rng, 1800001, 140)
    ev_ids, com_ids, att_ids = Ids(rng, 9000001, 300), Ids(rng, 70001, 20), Ids(rng, 4000001, 9)
    ids = {id(t): req_ids.take() for t in threads}

    # every message and event numbered in time order across the whole site, as the database would
    steps = sorted(((s.at, ids[id(t)], n, t, s) for t in threads for n, s in enumerate(t.steps)),
                   key=lambda x: (x[0], x[1], x[2]))
    step_ids: dict[tuple[int, int], dict] = {}
    for _, rid, n, t, s in steps:
        entry = {"event": ev_ids.take()}
        if s.kind == "outgoing":
            entry["outgoing"] = out_ids.take()
        elif s.kind == "incoming":
            entry["incoming"] = in_ids.take()
            entry["attachments"] = [att_ids.take() for _ in s.attachments]
        elif s.kind == "comment":
            entry["comment"] = com_ids.take()
        step_ids[(rid, n)] = entry

    titles = UrlTitles()
    files: dict[str, bytes] = {}
    requests, truth_rows = [], []
    batch_member_ids = []
    for t in threads:
        rid = ids[id(t)]
        address = request_address(rid)
        url_title = titles.make(t.title)
        outgoing, incoming, comments, events = [], [], [], []
        evs = events_for(t)
        for n, s in enumerate(t.steps):
            e = step_ids[(rid, n)]
            if s.kind == "outgoing":
                outgoing.append({"id": e["outgoing"], "message_type": s.message_type, "body": s.body,
                                 "created_at": iso(s.at)})
            elif s.kind == "incoming":
                atts = []
                for part, (att_id, a) in enumerate(zip(e["attachments"], s.attachments), start=2):
                    path = f"files/{rid}/{e['incoming']}/{part}-{safe_name(a.filename)}"
                    files[path] = a.data
                    atts.append({"id": att_id, "url_part_number": part, "filename": a.filename,
                                 "content_type": a.content_type, "file": path})
                incoming.append({"id": e["incoming"], "sent_at": iso(s.at), "from_name": s.from_name,
                                 "from_email": s.from_email, "subject": s.subject,
                                 "body": s.body.replace("«request-address»", address), "attachments": atts})
            elif s.kind == "comment":
                comments.append({"id": e["comment"], "user_id": user_ids[s.user_key], "body": s.body,
                                 "created_at": iso(s.at)})
        for n, ev in enumerate(evs):
            e = step_ids[(rid, n)]
            events.append({
                "id": e["event"], "event_type": ev["event_type"], "created_at": iso(ev["at"]),
                "described_state": ev["described_state"], "calculated_state": ev["calculated_state"],
                "last_described_at": iso(ev["last_described_at"]) if ev["last_described_at"] else None,
                "incoming_message_id": e.get("incoming"), "outgoing_message_id": e.get("outgoing"),
                "comment_id": e.get("comment"),
            })
        described, awaiting = request_state(t)
        requests.append({
            "id": rid, "url_title": url_title, "title": t.title, "created_at": iso(t.created_at),
            "updated_at": iso(t.steps[-1].at), "described_state": described, "awaiting_description": awaiting,
            "prominence": "normal", "law_used": t.law_used, "tags": t.tags, "user_id": user_ids[t.user_key],
            "public_body_id": t.body_id, "info_request_batch_id": batch["id"] if t.in_batch else None,
            "outgoing_messages": outgoing, "incoming_messages": incoming, "comments": comments, "events": events,
        })
        if t.in_batch:
            batch_member_ids.append(t.body_id)
        row = {"request_id": rid, "url_title": url_title, "wdtk_body_id": t.body_id,
               "local_authority_code": council_codes[t.body_id], "in_batch": t.in_batch}
        row.update(t.truth)
        truth_rows.append(row)

    batch = dict(batch, public_body_ids=sorted(set(batch_member_ids)))
    site = {
        "snapshot_at": iso(snapshot),
        "users": [{k: v for k, v in u.items() if k != "key"} for u in users],
        "public_bodies": sorted(bodies, key=lambda b: b["id"]),
        "info_request_batches": [batch],
        "info_requests": requests,
    }
    truth = {"survey": SURVEY, "batch_id": batch["id"], "requests": truth_rows}
    files["site.json"] = dump(site)
    files["truth.json"] = dump(truth)
    return site, truth, files


def dump(obj) -> bytes:
    return (json.dumps(obj, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
