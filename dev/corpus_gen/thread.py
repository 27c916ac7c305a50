"""One request's correspondence as a timeline, turned into Alaveteli's messages and events.

Events get their states the way Alaveteli does it: a status the requester sets lands on a `status_update`
event, and `InfoRequest#calculate_event_states` walks the events backwards copying the latest described state
onto the response it describes.  Ids are given later, once every request exists (see assemble.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class Step:
    kind: str          # outgoing | incoming | status | comment | overdue | very_overdue
    at: datetime
    body: str = ""
    state: str | None = None           # status: the state set; outgoing: waiting_response/internal_review/None
    message_type: str = "initial_request"
    from_name: str = ""
    from_email: str = ""
    subject: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    user_key: str = ""


@dataclass
class Thread:
    key: str                 # stable tiebreak for id assignment
    title: str
    body_id: int
    user_key: str
    law_used: str = "foi"
    in_batch: bool = False
    tags: list = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    truth: dict[str, Any] = field(default_factory=dict)

    def add(self, step: Step) -> Step:
        if self.steps and step.at <= self.steps[-1].at:
            raise ValueError(f"{self.key}: step {step.kind} at {step.at} is not after {self.steps[-1].at}")
        self.steps.append(step)
        return step

    @property
    def created_at(self) -> datetime:
        return self.steps[0].at


_EVENT_TYPE = {"status": "status_update", "comment": "comment", "overdue": "overdue", "very_overdue": "very_overdue",
               "incoming": "response"}


def events_for(thread: Thread) -> list[dict]:
    """Events (without ids) with described/calculated states, in timeline order."""
    events = []
    for i, s in enumerate(thread.steps):
        if s.kind == "outgoing":
            etype = "sent" if s.message_type == "initial_request" else "followup_sent"
            described = "waiting_response" if etype == "sent" else s.state
        else:
            etype = _EVENT_TYPE[s.kind]
            described = s.state if s.kind == "status" else None
        events.append({"step": i, "event_type": etype, "at": s.at, "described_state": described,
                       "calculated_state": None, "last_described_at": None})
    curr, curr_at = None, None
    for ev in reversed(events):
        if curr is None and ev["described_state"]:
            curr, curr_at = ev["described_state"], ev["at"]
        if ev["event_type"] in {"status_update"} and ev["described_state"]:
            ev["calculated_state"], ev["last_described_at"] = ev["described_state"], ev["at"]
        if curr and ev["event_type"] == "response":
            ev["calculated_state"], ev["last_described_at"] = curr, curr_at
            curr = None
        elif curr and ev["event_type"] in {"sent", "followup_sent"} and ev["described_state"] in {
                "waiting_response", "internal_review"}:
            ev["calculated_state"], ev["last_described_at"] = ev["described_state"], ev["at"]
            curr = None
    return events


def request_state(thread: Thread) -> tuple[str, bool]:
    """(described_state, awaiting_description) after the whole timeline."""
    described, awaiting = "waiting_response", False
    for s in thread.steps:
        if s.kind == "status":
            described, awaiting = s.state, False
        elif s.kind == "outgoing" and s.state:
            described, awaiting = s.state, False
        elif s.kind == "incoming":
            awaiting = True
    return described, awaiting
