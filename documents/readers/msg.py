"""Outlook (.msg) → the message's text, attachments (embedded messages too) as members, with extract-msg."""

from __future__ import annotations

import logging

from ..files import safe_display_name
from .base import Context, DocumentError, ExtractedText, finish
from .html import decode_html, html_to_text

logging.getLogger("extract_msg").setLevel(logging.ERROR)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def message_members(message, ctx: Context) -> tuple[str, list[tuple[str, ExtractedText]]]:
    headers = []
    for label, attr in (("From", "sender"), ("To", "to"), ("Date", "date"), ("Subject", "subject")):
        try:
            value = _text(getattr(message, attr, None)).strip()
        except Exception:
            value = ""
        if value:
            headers.append(f"{label}: {' '.join(value.split())}")
    try:
        body = _text(message.body)
    except Exception:
        body = ""
    if not body.strip():
        try:
            html = message.htmlBody
            body = html_to_text(decode_html(html) if isinstance(html, bytes) else _text(html))
        except Exception:
            body = ""
    members: list[tuple[str, ExtractedText]] = []
    child = ctx.child()
    for index, att in enumerate(getattr(message, "attachments", []) or [], start=1):
        name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or getattr(att, "name", None)
        data = getattr(att, "data", None)
        if data is not None and not isinstance(data, (bytes, bytearray)):  # an embedded Outlook message
            if child.depth > ctx.limits.max_depth:
                members.append((safe_display_name(name, default=f"attachment-{index}"),
                                ExtractedText("failed", "nested too deeply", detected_type="msg")))
                continue
            text, inner = message_members(data, child)
            subject = _text(getattr(data, "subject", "")) or "embedded message"
            display = safe_display_name(name or f"{subject}.msg")
            members.append((display, finish(text, "extract-msg", "msg", child, members=inner)))
            continue
        display = safe_display_name(name, default=f"attachment-{index}")
        members.append((display, child.extract(bytes(data or b""), name or "", getattr(att, "mimetype", None), ctx=child)))
    return "\n".join(headers) + "\n\n" + body, members


def read_msg(data: bytes, ctx: Context) -> ExtractedText:
    import extract_msg

    try:
        message = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:
        raise DocumentError(f"damaged or unsupported Outlook .msg file: {exc}") from exc
    try:
        text, members = message_members(message, ctx)
    finally:
        try:
            message.close()
        except Exception:
            pass
    result = finish(text, "extract-msg", "msg", ctx, members=members)
    if result.status == "empty" and members:
        result.status, result.reason = "ok", None
    return result
