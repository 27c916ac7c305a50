"""One e-mail → a :class:`Mail`: its threading headers, sender, date, body text and attachments.

RFC 822 bytes (mbox, Maildir, .eml) are parsed by Python's ``email`` package, Outlook ``.msg`` files by
extract-msg. Nothing here raises on a hostile message: what cannot be read becomes a defect with a reason
(malformed MIME, an encoded-word subject that does not decode, a body in an unknown or lying charset, an
attachment over the size limit) and the rest of the message is kept. Character sets are decoded by the
documents package's decoder, HTML-only bodies turned into text by its HTML reader, so an imported body reads
exactly as the same body would in an attached e-mail."""

from __future__ import annotations

import codecs
import email
import email.header
import email.policy
import email.utils
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message

from documents.files import safe_display_name
from documents.readers.eml import part_bytes
from documents.readers.html import decode_html, html_to_text
from documents.readers.textenc import decode_text

from importers.model import ImportedAttachment

logging.getLogger("extract_msg").setLevel(logging.ERROR)

_ID = re.compile(r"<([^<>\s]+)>")


@dataclass
class Mail:
    key: str                       # 'm' + hash of the Message-ID, else 'h' + hash of the bytes
    origin: str                    # where it was read: a path, 'box.mbox#12'
    sha256: str                    # of the message's bytes
    message_id: str | None = None  # without angle brackets, lower-cased
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    subject: str = ""
    from_addr: str | None = None   # lower-cased
    from_name: str | None = None
    to_addrs: list[str] = field(default_factory=list)   # To and Cc, lower-cased
    date: datetime | None = None
    body: str = ""
    body_was_html: bool = False
    attachments: list[ImportedAttachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)

    @property
    def source_url(self) -> str:
        # RFC 2392 names a message by its Message-ID; a message without one is named by its place.
        return f"mid:{self.message_id}" if self.message_id else self.origin

    @property
    def sender_domain(self) -> str | None:
        return self.from_addr.rpartition("@")[2] if self.from_addr and "@" in self.from_addr else None


_ENVELOPE = re.compile(rb"\AFrom [^\n]*\n")


def canonical(raw: bytes) -> bytes:
    """The message as the same bytes whichever container it came in: no mbox envelope line ("From sender date"),
    which an .eml saved from a mail client may also carry, and LF line ends (Maildir and .eml files keep CRLF)."""
    return _ENVELOPE.sub(b"", raw.replace(b"\r\n", b"\n"), count=1)


def message_key(message_id: str | None, raw: bytes) -> str:
    if message_id:
        return "m" + hashlib.sha256(message_id.encode("utf-8", "replace")).hexdigest()[:24]
    return "h" + hashlib.sha256(raw).hexdigest()[:24]


def _ids(value: str | None) -> list[str]:
    return [m.lower() for m in _ID.findall(value or "")]


def _header(msg: Message, name: str, defects: list[str]) -> str:
    """A header as text; a header the parser chokes on (bad encoded-words, stray bytes) is decoded by hand."""
    try:
        value = msg.get(name)
        for d in getattr(value, "defects", None) or ():
            defects.append(f"{name} header: {type(d).__name__}")
        text = " ".join(str(value).split()) if value is not None else ""
        if "\ufffd" in text:
            defects.append(f"{name} header: an encoded word that does not decode (shown as \ufffd)")
        return text
    except Exception as exc:
        defects.append(f"{name} header could not be decoded ({type(exc).__name__}); read as raw text")
    try:
        raw = msg.get_all(name, failobj=[]) if hasattr(msg, "get_all") else []
        raw_value = str(raw[0]) if raw else ""
        parts = email.header.decode_header(raw_value)
        return " ".join("".join(
            decode_text(p, c)[0] if isinstance(p, bytes) else p for p, c in parts).split())
    except Exception:
        return ""


def _raw_header(msg: Message, name: str) -> str:
    try:
        return " ".join(str(v) for v in (msg.get_all(name, failobj=[]) or []))
    except Exception:
        return ""


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _filename(part: Message) -> str | None:
    try:
        return part.get_filename()
    except Exception:
        try:
            name = part.get_param("name")
            return email.utils.collapse_rfc2231_value(name) if name else None
        except Exception:
            return None


def _is_body_candidate(part: Message) -> bool:
    disposition = (part.get_content_disposition() or "").lower()
    return part.get_content_type() in ("text/plain", "text/html") and disposition != "attachment" \
        and not _filename(part)


def _walk(part: Message, out: list[Message]) -> None:
    """Leaf parts in order; an attached e-mail stays whole (the documents package reads it), never opened."""
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        out.append(part)
        return
    children = part.get_payload()
    if isinstance(children, list):
        for child in children:
            if isinstance(child, Message):
                _walk(child, out)


def _choose_body(leaves: list[Message]) -> tuple[Message | None, set[int]]:
    """The body (plain text preferred to its HTML alternative) and the ids of the alternatives it stands for."""
    candidates = [p for p in leaves if _is_body_candidate(p)]
    plain = next((p for p in candidates if p.get_content_type() == "text/plain"), None)
    html = next((p for p in candidates if p.get_content_type() == "text/html"), None)
    body = plain or html
    skip = {id(body)} if body is not None else set()
    if plain is not None and html is not None:
        skip.add(id(html))  # the HTML twin of the plain body is the same words again
    return body, skip


def parse_bytes(raw: bytes, origin: str, *, max_attachment_bytes: int) -> Mail:
    """Parse one RFC 822 message. Never raises: what cannot be read is listed in ``defects``."""
    raw = canonical(raw)
    sha = hashlib.sha256(raw).hexdigest()
    defects: list[str] = []
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; this is a last resort
        mail = Mail(key=message_key(None, raw), origin=origin, sha256=sha)
        mail.defects.append(f"not parseable as an e-mail ({type(exc).__name__}: {exc})"[:300])
        return mail
    for d in getattr(msg, "defects", []) or []:
        defects.append(f"malformed MIME: {type(d).__name__}")
    message_id = (_ids(_raw_header(msg, "Message-ID")) or [None])[0]
    mail = Mail(key=message_key(message_id, raw), origin=origin, sha256=sha, message_id=message_id,
                in_reply_to=_ids(_raw_header(msg, "In-Reply-To")), references=_ids(_raw_header(msg, "References")),
                defects=defects)
    mail.subject = _header(msg, "Subject", defects)
    try:
        (name, addr), = email.utils.getaddresses([_raw_header(msg, "From")]) or [("", "")]
    except ValueError:
        name, addr = "", ""
    mail.from_addr = addr.strip().lower() or None
    mail.from_name = _header(msg, "From", defects).rpartition("<")[0].strip().strip('"') or (name or None)
    mail.to_addrs = [a.strip().lower() for _, a in email.utils.getaddresses(
        [_raw_header(msg, "To"), _raw_header(msg, "Cc")]) if "@" in a]
    date = _raw_header(msg, "Date")
    if date:
        try:
            parsed = email.utils.parsedate_to_datetime(date)
            mail.date = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except (TypeError, ValueError, IndexError, OverflowError):
            defects.append(f"Date header not readable: {date[:60]!r}")
    leaves: list[Message] = []
    try:
        _walk(msg, leaves)
    except RecursionError:
        defects.append("MIME parts nested too deeply; the body was not read")
        leaves = []
    body, skip = _choose_body(leaves)
    if body is not None:
        data = part_bytes(body)
        if body.get_content_type() == "text/html":
            mail.body, mail.body_was_html = html_to_text(decode_html(data, _charset(body))), True
        else:
            declared = _charset(body)
            mail.body, used = decode_text(data, declared)
            if declared and _codec(declared) != used and not (_codec(declared) == "latin-1" and used == "cp1252"):
                defects.append(f"body declared as {declared[:40]} but read as {used}")
    elif not leaves or all(p.is_multipart() for p in leaves):
        defects.append("no body")
    part = 1
    for leaf in leaves:
        if id(leaf) in skip:
            continue
        part += 1
        mail.attachments.append(_attachment(leaf, part, max_attachment_bytes))
    return mail


def _attachment(part: Message, number: int, max_bytes: int) -> ImportedAttachment:
    ctype = part.get_content_type()
    name = _filename(part)
    if ctype == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        try:
            data = inner.as_bytes(policy=email.policy.compat32) if isinstance(inner, Message) else part_bytes(part)
        except Exception:
            data = str(inner).encode("utf-8", "replace")
        if not name and isinstance(inner, Message):
            subject = " ".join(str(inner.get("Subject", "") or "").split())[:80]
            name = f"{subject or 'attached message'}.eml"
    else:
        data = part_bytes(part)
    display = safe_display_name(name, default=f"part-{number}")
    if len(data) > max_bytes:
        return ImportedAttachment(number, display, ctype, None,
                                  refused=f"{len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
                                          "(FOI_MAX_FILE_MB); not stored or read")
    return ImportedAttachment(number, display, ctype, data)


def parse_msg(data: bytes, origin: str, *, max_attachment_bytes: int) -> Mail:
    """Parse one Outlook .msg file with extract-msg. Never raises: a damaged file is a Mail with a defect."""
    import extract_msg

    sha = hashlib.sha256(data).hexdigest()
    try:
        message = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:
        mail = Mail(key=message_key(None, data), origin=origin, sha256=sha)
        mail.defects.append(f"not a readable Outlook .msg file ({type(exc).__name__}: {exc})"[:300])
        return mail
    try:
        return _from_msg(message, data, origin, sha, max_attachment_bytes)
    finally:
        try:
            message.close()
        except Exception:
            pass


def _text(value) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _from_msg(message, data: bytes, origin: str, sha: str, max_bytes: int) -> Mail:
    defects: list[str] = []

    def attr(name: str) -> str:
        try:
            return _text(getattr(message, name, None)).strip()
        except Exception as exc:
            defects.append(f"{name} not readable ({type(exc).__name__})")
            return ""

    header = getattr(message, "header", None)
    message_id = (_ids(attr("messageId")) or (_ids(_raw_header(header, "Message-ID")) if header else []) or [None])[0]
    mail = Mail(key=message_key(message_id, data), origin=origin, sha256=sha, message_id=message_id, defects=defects)
    if header is not None:
        mail.in_reply_to = _ids(_raw_header(header, "In-Reply-To"))
        mail.references = _ids(_raw_header(header, "References"))
    mail.in_reply_to = mail.in_reply_to or _ids(attr("inReplyTo"))
    mail.subject = " ".join(attr("subject").split())
    (name, addr), = email.utils.getaddresses([attr("sender")]) or [("", "")]
    mail.from_addr, mail.from_name = (addr.lower() or None), (name or None)
    mail.to_addrs = [a.lower() for _, a in email.utils.getaddresses([attr("to"), attr("cc")]) if "@" in a]
    try:
        date = message.date
        if isinstance(date, datetime):
            mail.date = date if date.tzinfo else date.replace(tzinfo=UTC)
    except Exception:
        defects.append("Date not readable")
    body = attr("body")
    if not body.strip():
        try:
            html = message.htmlBody
            if html:
                body = html_to_text(decode_html(html) if isinstance(html, bytes) else _text(html))
                mail.body_was_html = True
        except Exception as exc:
            defects.append(f"HTML body not readable ({type(exc).__name__})")
    mail.body = body
    for number, att in enumerate(getattr(message, "attachments", []) or [], start=2):
        name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None)
        payload = getattr(att, "data", None)
        display = safe_display_name(name, default=f"part-{number}")
        if payload is not None and not isinstance(payload, (bytes, bytearray)):
            mail.attachments.append(ImportedAttachment(number, display, "application/vnd.ms-outlook", None,
                                                       refused="an Outlook message embedded in the .msg file; "
                                                               "save it out of Outlook to import it"))
            continue
        payload = bytes(payload or b"")
        ctype = getattr(att, "mimetype", None)
        if len(payload) > max_bytes:
            mail.attachments.append(ImportedAttachment(
                number, display, ctype, None,
                refused=f"{len(payload) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; not stored or read"))
        else:
            mail.attachments.append(ImportedAttachment(number, display, ctype, payload))
    return mail
