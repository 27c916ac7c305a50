"""E-mail (.eml, message/rfc822) → the message's own text, with every attachment (forwarded e-mails too)
extracted as a member, recursively and under the same limits."""

from __future__ import annotations

import email
import email.policy
import email.utils
from email.message import Message

from ..files import safe_display_name
from .base import Context, DocumentError, ExtractedText, finish
from .html import html_to_text
from .textenc import decode_text

_HEADERS = ("From", "To", "Date", "Subject")


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
        return " ".join(str(value).split()) if value is not None else ""
    except Exception:  # malformed encoded-words and the like
        raw = msg.get_all(name, failobj=[""])
        return " ".join(str(raw[0]).split()) if raw else ""


def part_bytes(part: Message) -> bytes:
    """A MIME part's decoded bytes; a part whose transfer encoding is broken gives its raw text's bytes."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if payload is None:
        raw = part.get_payload()
        payload = raw.encode("utf-8", "replace") if isinstance(raw, str) else b""
    return payload


def _part_text(part: Message) -> str:
    charset = None
    try:
        charset = part.get_content_charset()
    except Exception:
        pass
    return decode_text(part_bytes(part), charset)[0]


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        try:
            name = part.get_param("name")
            if isinstance(name, tuple):
                name = email.utils.collapse_rfc2231_value(name)
        except Exception:
            name = None
    return name


def _is_attachment(part: Message) -> bool:
    if part.get_content_maintype() == "multipart":
        return False
    if part.get_content_type() == "message/rfc822":
        return True
    disposition = (part.get_content_disposition() or "").lower()
    if disposition == "attachment":
        return True
    if _filename(part) and part.get_content_type() not in ("text/plain", "text/html"):
        return True
    if disposition == "inline" and _filename(part):
        return True
    return part.get_content_maintype() not in ("text",)


def _walk(part: Message, body: list[str], attachments: list[tuple[str | None, Message]]) -> None:
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        attachments.append((None, part))
        return
    if part.is_multipart():
        children = part.get_payload()
        if not isinstance(children, list):
            return
        if ctype == "multipart/alternative":
            # one body from the alternatives (plain text preferred), attachments from all of them
            plain = [c for c in children if c.get_content_type() == "text/plain" and not _is_attachment(c)]
            html = [c for c in children if c.get_content_type() == "text/html" and not _is_attachment(c)]
            chosen = plain[:1] or html[:1]
            for child in children:
                if child in chosen or child.is_multipart() and not chosen:
                    _walk(child, body, attachments)
                elif child.is_multipart():
                    _walk(child, [], attachments)
                elif _is_attachment(child) and child not in plain and child not in html:
                    attachments.append((_filename(child), child))
            return
        for child in children:
            _walk(child, body, attachments)
        return
    if _is_attachment(part):
        attachments.append((_filename(part), part))
    elif ctype == "text/html":
        body.append(html_to_text(_part_text(part)))
    else:
        body.append(_part_text(part))


def message_text(msg: Message, ctx: Context) -> tuple[str, list[tuple[str, ExtractedText]]]:
    headers = [f"{name}: {_header(msg, name)}" for name in _HEADERS if _header(msg, name)]
    body: list[str] = []
    attachments: list[tuple[str | None, Message]] = []
    _walk(msg, body, attachments)
    members: list[tuple[str, ExtractedText]] = []
    child = ctx.child()
    if len(attachments) > ctx.limits.max_members:
        raise DocumentError(f"e-mail has {len(attachments):,} attachments (limit {ctx.limits.max_members:,}); not read")
    for index, (name, part) in enumerate(attachments, start=1):
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                subject = _header(inner, "Subject") or "forwarded message"
                display = safe_display_name(name or f"{subject}.eml")
                members.append((display, child.extract(inner.as_bytes(policy=email.policy.compat32), display,
                                                       "message/rfc822", ctx=child)))
                continue
        data = part_bytes(part)
        display = safe_display_name(name, default=f"attachment-{index}")
        members.append((display, child.extract(data, name or "", part.get_content_type(), ctx=child)))
    text = "\n".join(headers) + "\n\n" + "\n\n".join(b.strip("\n") for b in body if b.strip())
    return text, members


def read_eml(data: bytes, ctx: Context) -> ExtractedText:
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    text, members = message_text(msg, ctx)
    result = finish(text, "email", "eml", ctx, members=members)
    if result.status == "empty" and members:
        result.status, result.reason = "ok", None
    return result
