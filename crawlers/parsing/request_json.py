"""`/request/<url_title>.json` (`InfoRequest#json_for_api(true)`): state, body, requester and events."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from crawlers.parsing.bodies import BodyRecord, body_from_json, tag_strings
from crawlers.parsing.errors import ParseError, not_json
from crawlers.parsing.values import as_int, as_timestamp


@dataclass
class Event:
    id: int
    event_type: str
    created_at: datetime | None = None
    described_state: str | None = None
    calculated_state: str | None = None
    incoming_message_id: int | None = None
    outgoing_message_id: int | None = None
    comment_id: int | None = None
    display_status: str | None = None


@dataclass
class RequestJson:
    id: int
    url_title: str
    title: str
    created_at: datetime | None = None
    updated_at: datetime | None = None
    described_state: str | None = None
    display_status: str | None = None
    awaiting_description: bool | None = None
    prominence: str | None = None
    law_used: str | None = None
    tags: list[str] = field(default_factory=list)
    requester: str | None = None      # user url_name; never the display name or an address
    body: BodyRecord | None = None
    events: list[Event] = field(default_factory=list)

    @property
    def last_event_id(self) -> int | None:
        return max((e.id for e in self.events), default=None)

    def event_for(self, kind: str, message_id: int) -> Event | None:
        attr = {"incoming": "incoming_message_id", "outgoing": "outgoing_message_id", "annotation": "comment_id"}[kind]
        for e in self.events:
            if getattr(e, attr) == message_id:
                return e
        return None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def parse_request_json(text: str | bytes) -> RequestJson:
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise ParseError(f"{not_json(text, 'request JSON')}: {exc}") from exc
    if not isinstance(data, dict):
        raise ParseError("request JSON is not an object")
    rid, url_title = as_int(data.get("id")), _str(data.get("url_title"))
    if rid is None or url_title is None:
        raise ParseError("request JSON lacks id or url_title")
    user = data.get("user")
    requester = _str(user.get("url_name")) if isinstance(user, dict) else None
    body = None
    if isinstance(data.get("public_body"), dict):
        try:
            body = body_from_json(data["public_body"])
        except ParseError:
            body = None
    events: list[Event] = []
    raw_events = data.get("info_request_events")
    for ev in raw_events if isinstance(raw_events, list) else []:
        if not isinstance(ev, dict) or as_int(ev.get("id")) is None:
            continue
        events.append(Event(
            id=as_int(ev["id"]),
            event_type=str(ev.get("event_type") or ""),
            created_at=as_timestamp(ev.get("created_at")),
            described_state=_str(ev.get("described_state")),
            calculated_state=_str(ev.get("calculated_state")),
            incoming_message_id=as_int(ev.get("incoming_message_id")),
            outgoing_message_id=as_int(ev.get("outgoing_message_id")),
            comment_id=as_int(ev.get("comment_id")),
            display_status=_str(ev.get("display_status")),
        ))
    awaiting = data.get("awaiting_description")
    return RequestJson(
        id=rid,
        url_title=url_title,
        title=str(data.get("title") or url_title),
        created_at=as_timestamp(data.get("created_at")),
        updated_at=as_timestamp(data.get("updated_at")),
        described_state=_str(data.get("described_state")),
        display_status=_str(data.get("display_status")),
        awaiting_description=awaiting if isinstance(awaiting, bool) else None,
        prominence=_str(data.get("prominence")),
        law_used=_str(data.get("law_used")),
        tags=tag_strings(data.get("tags")),
        requester=requester,
        body=body,
        events=sorted(events, key=lambda e: e.id),
    )
