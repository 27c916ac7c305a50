"""Mail → requests: which messages are the requester's own, how they thread, and which council each reply is from.

Threads are joined by the messages' own headers (Message-ID, In-Reply-To, References), then by the council's
reference number (the same sender domain quoting the same reference) and last by subject (the same subject to or
from the same domain, "Re:"/"Fwd:"/"[EXTERNAL]" taken off). One thread sent to many councils is split by council,
so a round-robin e-mailed to every council at once becomes one request per council. The requester's own first
message is the request's text; when the mailbox holds only the replies, the request as the council quoted it back.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from documents.mail_text import quoted_spans

from importers.councils import Councils, registrable_domain
from importers.mail import Mail
from importers.model import CouncilMatch, ImportedMessage, ImportedRequest, Problem

_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|sv|antw|tr|r)\s*(?:\[\d+\])?\s*:|\[(?:ext|external|secure|"
                     r"official[^\]]*)\]|external\s*:)\s*", re.I)
_REFERENCE = [
    re.compile(r"\b(?:our|your|case|request)\s+ref(?:erence)?(?:\s+(?:no|number))?\.?\s*[:#]?\s*"
               r"([A-Z]{0,8}[-/ ]?\d[A-Za-z0-9/-]{2,24})", re.I),
    re.compile(r"\bref(?:erence)?(?:\s+(?:no|number))?\.?\s*[:#]\s*([A-Z]{0,8}[-/ ]?\d[A-Za-z0-9/-]{2,24})", re.I),
    re.compile(r"\b((?:FOI|FOIA|EIR|FOIR|IR|CAS)[-/ ]?\d[A-Za-z0-9/-]{2,20})\b"),
]


def clean_subject(subject: str) -> str:
    previous = None
    subject = " ".join((subject or "").split())
    while previous != subject:
        previous, subject = subject, _PREFIX.sub("", subject)
    return subject.strip()


def council_reference(*texts: str) -> str | None:
    for text in texts:
        for pattern in _REFERENCE:
            m = pattern.search(text or "")
            if m:
                return m.group(1).strip(" -/").replace(" ", "")
    return None


def unquoted(text: str) -> str:
    spans = quoted_spans(text or "")
    if not spans:
        return text or ""
    out, at = [], 0
    for start, end in spans:
        out.append(text[at:start])
        at = end
    out.append(text[at:])
    return "".join(out)


def quoted_only(text: str) -> str:
    parts = [text[s:e] for s, e in quoted_spans(text or "")]
    return "\n".join(re.sub(r"^[ \t]*> ?", "", p, flags=re.M) for p in parts).strip()


def infer_requester(mails: list[Mail], is_council=lambda address: False) -> str | None:
    """The mailbox owner's address: the one that corresponds with the most different domains (a requester writes
    to and hears from every council; each council's address talks to one requester). In a mailbox of one
    exchange, the address that is not a council's, then the one that started a thread."""
    counterparts: dict[str, set[str]] = defaultdict(set)
    for m in mails:
        if not m.from_addr:
            continue
        for to in m.to_addrs:
            if to == m.from_addr:
                continue
            counterparts[m.from_addr].add(registrable_domain(to) or to)
            counterparts[to].add(registrable_domain(m.from_addr) or m.from_addr)
    if not counterparts:
        return None
    roots = {m.from_addr for m in mails if not m.in_reply_to and not m.references}
    best = max(counterparts, key=lambda a: (len(counterparts[a]), not is_council(a), a in roots, a))
    return best


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class Threading:
    requests: list[ImportedRequest] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    requester: str | None = None
    duplicates: int = 0


def _sort_key(m: Mail):
    return (m.date.timestamp() if m.date else float("inf"), m.key)


def build_requests(mails: list[Mail], councils: Councils, *, me: set[str] | None = None,
                   mapping: dict[str, str] | None = None, request_mapping: dict[str, str] | None = None,
                   source: str = "mailbox") -> Threading:
    """Group ``mails`` into requests, one per thread and council. The user's filled-in CSV wins over every other
    way of matching: ``request_mapping`` (a request id from an earlier import's unmatched list → council code)
    for the replies that made that request, ``mapping`` (sender domain → council code) for a domain's replies."""
    checked = Threading()
    mails = _readable_and_unique(mails, checked)
    result = _build(mails, councils, me=me, mapping=mapping or {}, overrides={}, source=source)
    if request_mapping:
        overrides: dict[str, str] = {}
        domains = dict(mapping or {})
        for req in result.requests:
            code = request_mapping.get(req.request_id)
            if code is None:
                continue
            replies = [m.key for m in req.messages if m.direction == "incoming"]
            overrides.update({k: code for k in replies})
            if not replies and req.match.sender_domain:   # a request still waiting: its recipient's domain
                domains.setdefault(req.match.sender_domain, code)
        result = _build(mails, councils, me=me, mapping=domains, overrides=overrides, source=source)
    result.problems = checked.problems + result.problems
    result.duplicates = checked.duplicates
    return result


def _readable_and_unique(mails: list[Mail], out: Threading) -> list[Mail]:
    """The mails that are e-mails, each once; the rest and the defects are problems in ``out``."""
    unique: dict[str, Mail] = {}
    # Maildir and folders list their files in no fixed order: sort, so that which of two messages sharing a
    # Message-ID keeps it does not depend on the container.
    for m in sorted(mails, key=lambda m: (m.date.timestamp() if m.date else float("inf"), m.sha256)):
        if not (m.from_addr or m.date or m.subject or m.message_id):
            out.problems.append(Problem(m.origin, "import_unreadable", "; ".join(
                m.defects + ["not an e-mail: no sender, date, subject or Message-ID header"])))
            continue
        seen = unique.get(m.key)
        if seen is not None:
            if seen.sha256 == m.sha256:
                out.duplicates += 1
                continue
            out.problems.append(Problem(m.origin, "import_duplicate_id",
                                        f"another message with the same Message-ID ({seen.origin}) differs; "
                                        "both kept, this one under a key of its own bytes"))
            m.key = "h" + m.sha256[:24]
        unique[m.key] = m
        if m.defects:
            out.problems.append(Problem(m.origin, "import_malformed", "; ".join(m.defects)[:1000]))
    return list(unique.values())


def _build(mails: list[Mail], councils: Councils, *, me: set[str] | None, mapping: dict[str, str],
           overrides: dict[str, str], source: str) -> Threading:
    out = Threading()
    mapping = {k.lower(): v for k, v in (mapping or {}).items()}
    mails = sorted(mails, key=_sort_key)
    def is_council(address: str) -> bool:
        return councils.from_domain(address.rpartition("@")[2]) is not None

    requester = {a.lower() for a in me} if me else ({r} if (r := infer_requester(mails, is_council)) else set())
    out.requester = ", ".join(sorted(requester)) or None

    def outgoing(m: Mail) -> bool:
        return bool(m.from_addr and m.from_addr in requester)

    def by_domain(domain: str | None) -> tuple[str, str] | None:
        """(code, method) for an e-mail domain: the user's mapping first, then what the register tells."""
        if not domain:
            return None
        code = mapping.get(domain) or mapping.get(registrable_domain(domain) or "")
        return (code, "mapping") if code else councils.from_domain(domain)

    # -- which council each reply is from ----------------------------------------------------------------------
    matches: dict[str, CouncilMatch] = {}
    for m in mails:
        if outgoing(m):
            continue
        domain = registrable_domain(m.sender_domain)
        code, method, evidence = None, None, None
        if m.key in overrides:
            code, method, evidence = overrides[m.key], "mapping", domain
        elif (hit := by_domain(m.sender_domain)):
            code, method, evidence = hit[0], hit[1], domain
        else:
            text = unquoted(m.body)
            lines = [ln for ln in text.splitlines() if ln.strip()]
            found, names = councils.named_in("\n".join(lines[:12] + lines[-25:]))
            if found:
                code, method, evidence = found, "signature", names[0]
            elif names:
                evidence = "names more than one council: " + ", ".join(names[:4])
        matches[m.key] = CouncilMatch(code, method, evidence, domain)

    # -- threads -----------------------------------------------------------------------------------------------
    by_id = {m.message_id: m.key for m in mails if m.message_id}
    union = _Union()
    linked: set[str] = set()
    for m in mails:
        union.find(m.key)
        for ref in m.in_reply_to + m.references:
            if ref in by_id:
                union.join(m.key, by_id[ref])
                linked.update((m.key, by_id[ref]))
    by_reference: dict[tuple, str] = {}
    by_subject: dict[tuple, str] = {}
    for m in mails:
        subject = clean_subject(m.subject).lower()
        if outgoing(m):
            domains = {registrable_domain(a) for a in m.to_addrs} - {None}
        else:
            domains = {matches[m.key].authority_key or registrable_domain(m.sender_domain)}
            ref = council_reference(m.subject, unquoted(m.body)[:5000])
            if ref:
                key = (frozenset(domains), ref.lower())
                union.join(m.key, by_reference.setdefault(key, m.key))
        if m.key in linked or not subject:
            continue
        for d in domains:
            key = (d, subject)
            union.join(m.key, by_subject.setdefault(key, m.key))
        if outgoing(m):
            for d in domains:
                if (code := (by_domain(d) or (None,))[0]):
                    union.join(m.key, by_subject.setdefault((code, subject), m.key))
    components: dict[str, list[Mail]] = defaultdict(list)
    for m in mails:
        components[union.find(m.key)].append(m)

    for members in components.values():
        out.requests.extend(_split_by_council(members, matches, outgoing, councils, by_domain, source))
    out.requests = join_answers_to_waiting_requests(out.requests)
    return out


def join_answers_to_waiting_requests(requests: list[ImportedRequest]) -> list[ImportedRequest]:
    """A council's replies that thread to nothing (a new subject, a case system's own numbering) belong to the
    request sent to that council when exactly one such request still waits for an answer."""
    by_code: dict[str, list[ImportedRequest]] = defaultdict(list)
    for r in requests:
        if r.match.authority_key:
            by_code[r.match.authority_key].append(r)
    dropped: set[str] = set()
    for rs in by_code.values():
        waiting = [r for r in rs if not any(m.direction == "incoming" for m in r.messages)
                   and any(m.direction == "outgoing" for m in r.messages)]
        orphans = [r for r in rs if not any(m.direction == "outgoing" for m in r.messages)]
        if len(waiting) != 1 or not orphans:
            continue
        target = waiting[0]
        for r in orphans:
            target.messages.extend(r.messages)
            target.council_reference = target.council_reference or r.council_reference
            target.match = r.match
            dropped.add(r.request_id)
        target.messages.sort(key=lambda m: (m.sent_at is None, m.sent_at.timestamp() if m.sent_at else 0, m.key))
    return [r for r in requests if r.request_id not in dropped]


def _split_by_council(members: list[Mail], matches: dict[str, CouncilMatch], outgoing, councils: Councils,
                      by_domain, source: str) -> list[ImportedRequest]:
    members = sorted(members, key=_sort_key)
    sent = [m for m in members if outgoing(m)]
    replies = [m for m in members if not outgoing(m)]
    groups: dict[str, list[Mail]] = defaultdict(list)
    for m in replies:
        match = matches[m.key]
        groups[match.authority_key or f"domain:{match.sender_domain or 'unknown'}"].append(m)
    # A reply from a host that names no council (a case-management system's acknowledgement) in a thread with
    # exactly one council is that council's.
    councils_here = [g for g in groups if not g.startswith("domain:")]
    if len(councils_here) == 1:
        for g in [g for g in groups if g.startswith("domain:")]:
            for m in groups.pop(g):
                matches[m.key] = CouncilMatch(councils_here[0], "thread", "replied in the thread of "
                                              f"{councils.names.get(councils_here[0], councils_here[0])}",
                                              matches[m.key].sender_domain)
                groups[councils_here[0]].append(m)
    request = sent[0] if sent else None
    recipients: dict[str, tuple[str | None, str | None, str]] = {}   # group → (code, method, recipient domain)
    if request is not None:
        for to in request.to_addrs:
            domain = registrable_domain(to.rpartition("@")[2]) or to
            hit = by_domain(to.rpartition("@")[2])
            group = hit[0] if hit else f"domain:{domain}"
            recipients.setdefault(group, (hit[0] if hit else None, hit[1] if hit else None, domain))
        unmatched = [g for g in groups if g.startswith("domain:")]
        matched_recipients = [g for g in recipients if not g.startswith("domain:")]
        # Replies from an unknown host to a request sent to one council only: that council's.
        if len(recipients) == 1 and matched_recipients and not councils_here:
            code = matched_recipients[0]
            for g in unmatched:
                for m in groups.pop(g):
                    matches[m.key] = CouncilMatch(code, "recipient_domain", recipients[code][2],
                                                  matches[m.key].sender_domain)
                    groups[code].append(m)
        # The request sent to a council that has not replied yet is still a request (awaiting an answer).
        for group in recipients:
            if group not in groups and (not groups or not group.startswith("domain:")):
                groups[group] = []
    root_key = members[0].key
    requests = []
    for group, mails in groups.items():
        mails = sorted(mails, key=_sort_key)
        group_hash = hashlib.sha256(f"{root_key}|{group}".encode()).hexdigest()[:20]
        request_id = f"mail:{group_hash}"
        domains = {matches[m.key].sender_domain for m in mails} - {None}
        if mails:
            match = next((matches[m.key] for m in reversed(mails) if matches[m.key].authority_key == group),
                         matches[mails[-1].key])
        else:
            code, method, domain = recipients[group]
            match = CouncilMatch(code, "recipient_domain" if method else None, domain, domain)
        own = [s for s in sent if s is request or not s.to_addrs or len(groups) == 1
               or any((by_domain(a.rpartition("@")[2]) or (None,))[0] == group
                      or registrable_domain(a.rpartition("@")[2]) in domains for a in s.to_addrs)]
        messages = []
        for m in sorted(own + mails, key=_sort_key):
            direction = "outgoing" if outgoing(m) else "incoming"
            key = f"{m.key}:{group_hash[:8]}" if direction == "outgoing" else m.key
            messages.append(ImportedMessage(
                key=key, direction=direction, sent_at=m.date,
                from_name=m.from_name if direction == "incoming" else None,
                body_text=m.body, source_url=m.source_url, content_sha256=m.sha256,
                attachments=m.attachments, defects=m.defects))
        first_reply = mails[0] if mails else None
        if request is not None:
            title, text, text_from = clean_subject(request.subject), unquoted(request.body).strip(), "outgoing"
        else:
            title = clean_subject(first_reply.subject) if first_reply else None
            text = next((q for m in mails if (q := quoted_only(m.body))), None)
            text_from = "quoted" if text else None
        reference = next((r for m in mails if (r := council_reference(m.subject, unquoted(m.body)[:5000]))), None)
        anchor = request or first_reply
        requests.append(ImportedRequest(
            request_id=request_id, source=source, title=title or None, request_text=text or None, match=match,
            messages=messages, source_url=anchor.source_url if anchor else None, council_reference=reference,
            created_at=request.date if request is not None else None, request_text_from=text_from))
    return requests
