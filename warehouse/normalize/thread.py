"""Combining one request's replies into figures, refusals and an outcome.

A thread is read as a sequence of *replies*: one incoming message together with its attachments. Rules:

- acknowledgements, holding replies and requests for clarification never give figures;
- for each (question, subject, period, measure) the latest substantive reply wins; earlier figures are kept
  with status 'superseded' and point at the one that replaced them (an internal review that changes a
  figure therefore supersedes the first answer);
- a period written "to date" ends on the day the reply was sent (when that is before the period's end);
- two different values for the same key within one reply are a conflict: all of them are flagged and their
  confidence lowered; the most confident is used until someone checks it;
- the outcome is read from the text of the latest substantive reply (an internal review's outcome wins);
  WhatDoTheyKnow's described_state, which requesters set, is only a fallback (``outcome_source`` says which).
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reader.classify import outcome_in_label
from reader.periods import ended_by_reply
from warehouse import working_days as wd
from warehouse.normalize.raw import RawMessage, RawThread
from warehouse.normalize.surveys import get

SUBSTANTIVE = ("response", "internal_review")
# When a message and its attachments disagree about what kind of reply it is, the strongest wins.
KIND_RANK = {"internal_review": 5, "response": 4, "clarification_request": 3, "holding": 2,
             "acknowledgement": 1, "other": 0}
DECIDED = ("successful", "partially_successful", "rejected", "not_held")
REFUSED = ("rejected", "partially_successful")
NOT_ANSWERS = ("acknowledgement", "holding", "clarification_request", "internal_review")
OVERDUE_STATES = ("waiting_response_overdue", "waiting_response_very_overdue")
OTHER_STATES = ("gone_postal", "error_message", "requires_admin", "not_foi", "vexatious", "attention_requested")
CONFLICT_PENALTY = 0.5
EXTENSION = re.compile(r"public\s+interest|regulation\s+7\b|reg\.?\s*7\(1\)|section\s+10\s*\(3\)", re.I)
EXTENDED_DAYS = 40  # a public-interest extension (FOIA s10(3), ICO guidance) or EIR reg 7(1): 40 working days


@dataclass
class Part:
    message_id: str | None
    attachment_id: str | None
    reply: Any
    text: str = ""


@dataclass
class Reply:
    """One incoming message and its attachments, as parsed. What it says (kind, outcome, facts, exemptions) is
    worked out once, when first asked, from its parts as they are then: replies_of adds every part first."""
    message_id: str | None
    sent_at: datetime | None
    order: int
    parts: list[Part] = field(default_factory=list)

    @functools.cached_property
    def facts(self) -> list[tuple[Part, Any]]:
        return [(p, f) for p in self.parts for f in (get(p.reply, "facts", default=[]) or [])]

    @functools.cached_property
    def outcomes(self) -> list[str]:
        return [o for p in self.parts if (o := get(p.reply, "outcome")) in DECIDED]

    @functools.cached_property
    def kind(self) -> str:
        kinds = [str(get(p.reply, "kind", default="other")) for p in self.parts] or ["other"]
        best = max(kinds, key=lambda k: KIND_RANK.get(k, 0))
        if best not in KIND_RANK:
            best = "other"
        if best == "other" and (self.facts or self.outcomes):
            return "response"  # "please find attached" + a document that answers: an answer all the same
        return best

    @functools.cached_property
    def outcome(self) -> str | None:
        found = set(self.outcomes)
        if not found:
            return "successful" if self.facts and self.kind in SUBSTANTIVE else None
        if len(found) == 1:
            return found.pop()
        gave = found & {"successful", "partially_successful"} or (self.facts and {"successful"})
        if "partially_successful" in found or (gave and "rejected" in found):
            return "partially_successful"
        if "rejected" in found:
            return "rejected"
        return "successful" if gave else "not_held"

    @functools.cached_property
    def exemptions(self) -> list[str]:
        out = {str(e) for p in self.parts for e in (get(p.reply, "exemptions", default=[]) or [])}
        for p in self.parts:
            for q in get(p.reply, "questions", default=[]) or []:
                out.update(str(e) for e in (get(q, "exemptions", default=[]) or []))
        return sorted(out)

    @property
    def ncnd(self) -> bool:
        return any(bool(get(p.reply, "ncnd", default=False)) for p in self.parts)

    @property
    def public_interest_test(self) -> bool:
        return any(bool(get(p.reply, "public_interest_test", default=False)) for p in self.parts)

    @property
    def claims_extension(self) -> bool:
        """A holding reply that extends the time limit: to weigh the public interest (FOIA s10(3)) or
        under EIR regulation 7. The parser may not flag the public interest test in a holding reply."""
        return self.public_interest_test or any(EXTENSION.search(p.text or "") for p in self.parts)


@dataclass
class Combined:
    answers: list[dict]
    refusals: list[dict]
    outcome: dict
    failures: list[dict] = field(default_factory=list)


def answer_id(request_id: str, question: Any, subject: Any, period: Any, measure: Any,
              message_id: Any, attachment_id: Any, occurrence: int) -> str:
    """Stable across rebuilds as long as the figure is read from the same place: corrections hang on it.

    Character offsets are left out on purpose (a better parser may move them); a second figure for the same
    key in the same text gets ``#2``, ``#3`` in text order.
    """
    key = "\x1f".join("" if v is None else str(v)
                      for v in (request_id, question, subject, period, measure, message_id, attachment_id))
    if occurrence > 1:
        key += f"\x1f#{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _period_end(fact: Any, reply: Reply) -> date | None:
    """The period's last day; for a period written "to date" ("2021 (to date)", "2021-22 YTD"), the day the
    council sent the reply when that is earlier: its figures run up to when it wrote, not to the year's end. (The
    reader, given that day, has already ended it there; a parser that is not given it is ended here.)"""
    end = _date(get(fact, "period_end"))
    if end is None:
        return end
    sent = _date(reply.sent_at) if reply.sent_at is not None else None
    return ended_by_reply(_date(get(fact, "period_start")) or date.min, end, bool(get(fact, "partial", default=False)),
                          sent)


def _fact_rows(thread: RawThread, survey: str, replies: list[Reply], version: str,
               failures: list[dict]) -> list[dict]:
    rows: list[dict] = []
    occurrences: dict[tuple, int] = defaultdict(int)
    for reply in replies:
        if reply.kind not in SUBSTANTIVE:
            continue  # acknowledgements, holding replies, clarification requests: never figures
        for part, fact in sorted(reply.facts, key=lambda pf: (pf[0].attachment_id or "", _int(get(pf[1], "start")) or 0)):
            key = tuple(get(fact, n) for n in ("question", "subject", "period", "measure"))
            value = _float(get(fact, "value"))
            if not key[1] or not key[3] or value is None or not math.isfinite(value):
                failures.append({"request_id": thread.request_id, "message_id": part.message_id,
                                 "attachment_id": part.attachment_id, "extractor_version": version,
                                 "error": f"unusable fact (subject {key[1]!r}, measure {key[3]!r}, "
                                          f"value {get(fact, 'value')!r})"})
                continue
            where = key + (part.message_id, part.attachment_id)
            occurrences[where] += 1
            rows.append({
                "answer_id": answer_id(thread.request_id, *where, occurrences[where]),
                "authority_key": thread.authority_key,
                "request_id": thread.request_id,
                "survey": survey,
                "question": None if key[0] is None else str(key[0]),
                "subject": str(key[1]),
                "period": None if key[2] is None else str(key[2]),
                "period_start": _date(get(fact, "period_start")),
                "period_end": _period_end(fact, reply),
                "measure": str(key[3]),
                "value": value,
                "unit": get(fact, "unit"),
                "approx": bool(get(fact, "approx", default=False)),
                "confidence": _float(get(fact, "confidence")),
                "message_id": part.message_id,
                "attachment_id": part.attachment_id,
                "start_offset": _int(get(fact, "start")),
                "end_offset": _int(get(fact, "end")),
                "quote": get(fact, "quote"),
                "status": "extracted",
                "extractor_version": version,
                "reply_kind": reply.kind,
                "reply_sent_at": reply.sent_at,
                "superseded_by": None,
                # the reader's own doubt (Fact.conflict: "'Nil' beside a price ..."): always reviewed
                "conflict": bool(get(fact, "conflict")),
                "original_value": None,
                "override_note": None,
                "conflict_reason": get(fact, "conflict"),
                "_reply": reply.order,
            })
    return rows


def resolve(rows: list[dict]) -> list[dict]:
    """Mark superseded figures and conflicts; exactly one current figure per key (see the module docstring)."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        by_key[(row["request_id"], row["question"], row["subject"], row["period"], row["measure"])].append(row)
    for group in by_key.values():
        per_reply: dict[int, list[dict]] = defaultdict(list)
        for row in group:
            per_reply[row["_reply"]].append(row)
        winners = {}
        for order, same in per_reply.items():
            if len({r["value"] for r in same}) > 1:
                for r in same:
                    r["conflict"] = True
                    r["confidence"] = (r["confidence"] if r["confidence"] is not None else 1.0) * CONFLICT_PENALTY
            # the most confident reading; ties go to the earlier one in the text
            winners[order] = max(same, key=lambda r: (r["confidence"] or 0.0, -(r["start_offset"] or 0)))
        latest = winners[max(winners)]
        for row in group:
            if row is not latest:
                row["status"] = "superseded"
                row["superseded_by"] = latest["answer_id"]
    return rows


def apply_overrides(rows: list[dict], overrides: dict) -> set[str]:
    """Corrections win: the row takes the corrected value (and period, measure, approx when a reviewer
    corrected them) and becomes the current figure for its key; "not a figure" takes it out of every count
    (status rejected). ``overrides``: answer_id -> warehouse.overrides.Correction.

    Returns the answer_ids that were applied.
    """
    by_id = {r["answer_id"]: r for r in rows}
    applied = set()
    for aid, fix in sorted(overrides.items()):
        row = by_id.get(aid)
        if row is None:
            continue
        applied.add(aid)
        value, note = (row["value"] if fix.value is None else fix.value), fix.note
        if fix.decision == "not_a_figure":
            row["status"], row["superseded_by"], row["override_note"] = "rejected", None, note or "not a figure"
            continue
        for field in ("period", "period_start", "period_end", "measure", "approx"):
            if getattr(fix, field) is not None:
                row[field] = getattr(fix, field)
        key = (row["request_id"], row["question"], row["subject"], row["period"], row["measure"])
        for other in rows:
            if other is not row and other["status"] not in ("superseded", "rejected") and \
                    (other["request_id"], other["question"], other["subject"], other["period"], other["measure"]) == key:
                other["status"], other["superseded_by"] = "superseded", aid
        row["original_value"] = row["value"]
        row["value"] = value
        row["status"] = "overridden"
        row["superseded_by"] = None
        row["override_note"] = note
    return applied


def replies_of(messages: list[RawMessage], parsed: dict[tuple, Any]) -> list[Reply]:
    """Incoming messages in sending order, each with the parsed readings of its body and attachments."""
    incoming = [m for m in messages if m.direction == "incoming"]
    ordered = sorted(enumerate(incoming), key=lambda im: (im[1].sent_at is None, im[1].sent_at or datetime.min, im[0]))
    out = []
    for order, (_, m) in enumerate(ordered):
        reply = Reply(m.message_id, m.sent_at, order)
        for t in m.texts:
            parsed_reply = parsed.get((t.message_id, t.attachment_id))
            if parsed_reply is not None:
                reply.parts.append(Part(t.message_id, t.attachment_id, parsed_reply, t.text))
        if reply.parts:
            out.append(reply)
    return out


def _refusal_rows(thread: RawThread, survey: str | None, reply: Reply, version: str) -> list[dict]:
    rows, named = [], set()
    for part in reply.parts:
        for q in get(part.reply, "questions", default=[]) or []:
            for exemption in sorted({str(e) for e in (get(q, "exemptions", default=[]) or [])}):
                named.add(exemption)
                rows.append({
                    "request_id": thread.request_id, "authority_key": thread.authority_key, "survey": survey,
                    "question": None if get(q, "question") is None else str(get(q, "question")),
                    "exemption": exemption, "ncnd": bool(get(q, "ncnd", default=False)),
                    "public_interest_test": reply.public_interest_test,
                    "message_id": part.message_id, "attachment_id": part.attachment_id,
                    "quote": get(q, "quote"), "extractor_version": version,
                })
    for part in reply.parts:
        for exemption in sorted({str(e) for e in (get(part.reply, "exemptions", default=[]) or [])} - named):
            named.add(exemption)
            rows.append({
                "request_id": thread.request_id, "authority_key": thread.authority_key, "survey": survey,
                "question": None, "exemption": exemption, "ncnd": bool(get(part.reply, "ncnd", default=False)),
                "public_interest_test": reply.public_interest_test,
                "message_id": part.message_id, "attachment_id": part.attachment_id,
                "quote": None, "extractor_version": version,
            })
    return rows


# A round-robin's requests are mostly sent on a few days: each deadline is worked out once per day of receipt,
# nation and length (deadline reads a timestamp as its UK day, so the day gives the same deadline)
_deadline = functools.lru_cache(maxsize=4096)(wd.deadline)


def _timing(thread: RawThread, replies: list[Reply], as_of: datetime | None, first: Reply | None = None) -> dict:
    outgoing = [m.sent_at for m in thread.messages if m.direction == "outgoing" and m.sent_at is not None]
    received = min(outgoing) if outgoing else (thread.received_at or thread.created_at)
    if first is None:
        first = next((r for r in replies if r.kind == "response"), None)
    # disclosure logs give the date of response even when the response document was not read
    answered = (first.sent_at if first is not None else None) or thread.responded_at
    out = {"received_at": received, "answered_at": answered, "working_days": None, "in_time": None,
           "extended": False, "deadline": None}
    if received is None:
        return out
    nation = thread.nation
    # the clock restarts when the requester answers a request for clarification (FOIA s1(3))
    start = received
    for r in replies:
        if r.kind == "clarification_request" and r.sent_at is not None and (answered is None or r.sent_at < answered):
            later = [t for t in outgoing if t > r.sent_at and (answered is None or t < answered)]
            if later:
                start = min(later)
    normal = _deadline(wd.local_date(start), nation)
    extended = any(
        r.kind == "holding" and r.sent_at is not None and wd.local_date(r.sent_at) <= normal
        and (r.claims_extension or (thread.law_used or "").lower() == "eir")
        for r in replies
    )
    limit_day = _deadline(wd.local_date(start), nation, EXTENDED_DAYS) if extended else normal
    out.update(extended=extended, deadline=limit_day)
    if answered is not None:
        days = wd.working_days_between(start, answered, nation)
        out["working_days"] = days
        out["in_time"] = days <= (EXTENDED_DAYS if extended else wd.STATUTORY_DAYS)
    elif overdue(thread, extended, limit_day, as_of):
        out["in_time"] = False
    return out


def overdue(thread: RawThread, extended: bool, limit_day, as_of: datetime | None) -> bool:
    """Unanswered past the deadline. WhatDoTheyKnow's calculated waiting_response* state is the site's own
    clock and wins when there is one (a replayed or old copy would otherwise all look overdue today); past
    an extension, only its "long overdue" (40 working days) counts. Otherwise (disclosure logs, or a state
    such as waiting_classification) the deadline is compared with when the raw layer was fetched."""
    calculated = (thread.calculated_state or "").strip()
    if calculated in OVERDUE_STATES:
        return calculated == "waiting_response_very_overdue" if extended else True
    if calculated == "waiting_response":
        return False
    # no state, or one that hides the clock (waiting_classification after a mere acknowledgement)
    return as_of is not None and wd.local_date(as_of) > limit_day


def combine(thread: RawThread, survey: str | None, parsed: dict[tuple, Any], version: str,
            as_of: datetime | None, with_facts: bool = True) -> Combined:
    replies = replies_of(thread.messages, parsed)
    failures: list[dict] = []
    answers = resolve(_fact_rows(thread, survey, replies, version, failures)) if (survey and with_facts) else []
    timing = _timing(thread, replies, as_of)

    decided = [r for r in replies if r.kind in SUBSTANTIVE and r.outcome is not None]
    reviews = [r for r in decided if r.kind == "internal_review"]
    decisive = (reviews or decided or [None])[-1]
    outcome, source, exemptions_from = None, None, None
    if decisive is not None:
        outcome, source = decisive.outcome, "text"
        exemptions_from = decisive
        if outcome in REFUSED and not decisive.exemptions:
            # an internal review that upholds the refusal without repeating the sections
            earlier = [r for r in decided if r.order < decisive.order and r.exemptions]
            if earlier:
                exemptions_from = earlier[-1]
        elif outcome not in REFUSED and not decisive.exemptions:
            exemptions_from = None
    state = (thread.described_state or "").strip()
    labelled = outcome_in_label(thread.display_status) if thread.source == "disclosure_log" else None
    if labelled is not None and outcome in (None, "rejected", "successful") and labelled != outcome:
        # a disclosure log's own label is the council's word on its decision ("Information provided in part"
        # over a letter that only says what it withheld); the reader reads it, the crawler only kept it
        outcome, source = labelled, "log_label"
        if outcome not in REFUSED:
            exemptions_from = None
    if outcome is None:
        last = replies[-1] if replies else None
        if state in DECIDED:
            outcome, source = state, "described_state"
            if timing["answered_at"] is None:
                # the requester says it was answered: the answer is the first reply that is not a formality
                answer = next((r for r in replies if r.kind not in NOT_ANSWERS), None)
                if answer is not None:
                    timing = _timing(thread, replies, as_of, first=answer)
        elif state == "user_withdrawn":
            outcome, source = "withdrawn", "described_state"
        elif state == "waiting_clarification" or (last is not None and last.kind == "clarification_request"):
            outcome, source = "clarification", "thread_state"
        elif state in OTHER_STATES or (timing["answered_at"] is not None):
            outcome, source = "other", "thread_state"
        elif timing["in_time"] is False:
            outcome, source = "overdue", "thread_state"
        else:
            outcome, source = "awaiting", "thread_state"

    refusals = _refusal_rows(thread, survey, exemptions_from, version) if exemptions_from else []
    exemptions = exemptions_from.exemptions if exemptions_from else []
    ncnd = bool(exemptions_from.ncnd) if exemptions_from else False
    return Combined(
        answers=answers,
        refusals=refusals,
        failures=failures,
        outcome={
            "request_id": thread.request_id,
            "authority_key": thread.authority_key,
            "survey": survey,
            "outcome": outcome,
            "ncnd": ncnd,
            "exemptions": exemptions,
            "received_at": timing["received_at"],
            "answered_at": timing["answered_at"],
            "working_days": timing["working_days"],
            "in_time": timing["in_time"],
            "described_state": thread.described_state,
            "extractor_version": version,
            "public_interest_test": any(r.public_interest_test for r in replies),
            "outcome_source": source,
            "extended": timing["extended"],
            "internal_review": any(r.kind == "internal_review" for r in replies),
            "replies": len([m for m in thread.messages if m.direction == "incoming"]),
        },
    )
