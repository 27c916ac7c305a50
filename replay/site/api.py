"""Machine-readable outputs: json_for_api of requests, bodies, users and events; all-authorities.csv; feeds."""

from __future__ import annotations

import csv
import io
from html import escape

from replay.site import pages
from replay.site import text as T
from replay.site.corpus import Corpus
from replay.site.search import IndexedEvent

CSV_COLUMNS = ["Internal ID", "Name", "Short name", "URL name", "Tags", "Home page", "Publication scheme",
               "Disclosure log", "Notes", "Created at", "Updated at", "Version"]


def user_json(user: dict) -> dict:
    return {"id": user["id"], "url_name": user["url_name"], "name": user["name"],
            "ban_text": user.get("ban_text") or "", "about_me": user.get("about_me") or ""}


def body_info(corpus: Corpus, body: dict) -> dict:
    reqs = corpus.by_body.get(body["id"], [])
    visible = [r for r in reqs if corpus.is_viewable(r)]
    return {
        "requests_count": len(reqs),
        "requests_successful_count": sum(r.get("described_state") in ("successful", "partially_successful")
                                         for r in reqs),
        "requests_not_held_count": sum(r.get("described_state") == "not_held" for r in reqs),
        "requests_overdue_count": sum(corpus.calculate_status(r) in ("waiting_response_overdue",
                                                                      "waiting_response_very_overdue") for r in reqs),
        "requests_visible_classified_count": sum(not r.get("awaiting_description") for r in visible),
    }


def calculated_home_page(body: dict) -> str:
    """PublicBody#calculated_home_page: the stored home page (with a scheme), else www. + the e-mail domain."""
    home = (body.get("home_page") or "").strip()
    if home:
        return home if "://" in home else "http://" + home
    email = body.get("request_email") or ""
    return f"http://www.{email.split('@', 1)[1]}" if "@" in email else ""


def body_json(corpus: Corpus, body: dict) -> dict:
    return {"id": body["id"], "url_name": body["url_name"], "name": body["name"],
            "short_name": body.get("short_name") or "", "created_at": body.get("created_at"),
            "updated_at": body.get("updated_at"), "home_page": calculated_home_page(body),
            "notes": body.get("notes") or "", "publication_scheme": body.get("publication_scheme") or "",
            "disclosure_log": body.get("disclosure_log") or "", "tags": [list(t) for t in body.get("tags", [])],
            "info": body_info(corpus, body)}


def event_display_status(ev: dict) -> str:
    if ev.get("incoming_message_id"):
        return T.status_label(ev["calculated_state"]) if ev.get("calculated_state") else "Response"
    state = ev.get("calculated_state")
    if state == "internal_review":
        return "Internal review request"
    if state == "waiting_response":
        return "Clarification"
    return "Follow up"


EVENT_KEYS = ("id", "event_type", "created_at", "described_state", "calculated_state", "last_described_at",
              "incoming_message_id", "outgoing_message_id", "comment_id")


def event_json(ev: dict) -> dict:
    out = {k: ev.get(k) for k in EVENT_KEYS}
    if ev.get("incoming_message_id") or ev.get("outgoing_message_id"):
        out["display_status"] = event_display_status(ev)
    return out


def request_json(corpus: Corpus, req: dict, deep: bool = True) -> dict:
    out = {"id": req["id"], "url_title": req["url_title"], "title": req["title"], "created_at": req["created_at"],
           "updated_at": req.get("updated_at"), "described_state": req.get("described_state"),
           "display_status": corpus.display_status(req), "awaiting_description": bool(req.get("awaiting_description")),
           "prominence": req.get("prominence", "normal"), "law_used": req.get("law_used", "foi"),
           "tags": [list(t) for t in req.get("tags", [])]}
    if deep:
        user = corpus.user_of(req)
        if user:
            out["user"] = user_json(user)
        else:
            out["user_name"] = req.get("user_name") or "Anonymous user"
        out["public_body"] = body_json(corpus, corpus.body_of(req))
        out["info_request_events"] = [event_json(ev) for ev in req.get("events", [])]
    return out


def feed_item_json(corpus: Corpus, hit: IndexedEvent) -> dict:
    out = event_json(hit.event)
    out["snippet"] = T.excerpt(hit.snippet_text)
    out["info_request"] = request_json(corpus, hit.request, deep=False)
    out["public_body"] = body_json(corpus, corpus.body_of(hit.request))
    user = corpus.user_of(hit.request)
    out["user"] = user_json(user) if user else {"name": hit.request.get("user_name") or "Anonymous user"}
    return out


def _csv_time(value: str | None) -> str:
    return T.rails_to_s(T.parse_ts(value)) if value else ""


def all_authorities_csv(corpus: Corpus) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for b in sorted(corpus.site["public_bodies"], key=lambda b: b["name"].lower()):
        tags = " ".join(f"{t[0]}:{t[1]}" if t[1] is not None else t[0] for t in b.get("tags", []))
        w.writerow([b["id"], b["name"], b.get("short_name") or "", b["url_name"], tags, calculated_home_page(b),
                    b.get("publication_scheme") or "", b.get("disclosure_log") or "", b.get("notes") or "",
                    _csv_time(b.get("created_at")), _csv_time(b.get("updated_at")), b.get("version", 1)])
    return buf.getvalue().encode("utf-8")


def atom_feed(corpus: Corpus, hits: list[IndexedEvent], *, base: str, feed_path: str, html_path: str,
              title: str) -> str:
    host = T.SITE_DOMAIN
    updated = max((h.created for h in hits), default=None)
    entries = []
    for h in hits:
        listing = pages.listing_via_event(corpus, h.request, h.event, h.snippet_text, base, head=False)
        user = corpus.user_of(h.request)
        entries.append(
            f'  <entry>\n    <id>tag:{host},2005:InfoRequestEvent/{h.event["id"]}</id>\n'
            f'    <published>{h.created.isoformat(timespec="seconds")}</published>\n'
            f'    <updated>{h.created.isoformat(timespec="seconds")}</updated>\n'
            f'    <link rel="alternate" type="text/html" href="{escape(base)}/request_event/{h.event["id"]}"/>\n'
            f'    <title>{escape(h.request["title"])}</title>\n'
            f'    <content type="html">{escape(listing)}</content>\n'
            f'    <author>\n      <name>{escape(user["name"] if user else "Anonymous user")}</name>\n    </author>\n'
            f'  </entry>\n')
    upd = f"  <updated>{updated.isoformat(timespec='seconds')}</updated>\n" if updated else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xml:lang="en-GB" xmlns="http://www.w3.org/2005/Atom">\n'
            f'  <id>tag:{host},2005:{escape(feed_path)}</id>\n'
            f'  <link rel="alternate" type="text/html" href="{escape(base + html_path)}"/>\n'
            f'  <link rel="self" type="application/atom+xml" href="{escape(base + feed_path)}"/>\n'
            f'  <title>{escape(title)}</title>\n{upd}{"".join(entries)}</feed>\n')
