"""Alaveteli's text rules: dates, status labels, masking, quote folding, simple_format, filenames.

Each rule follows Alaveteli's own code (see shared/reference/alaveteli.md §5), because a spider written for the
real site reads what these functions produce.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

SITE_NAME = "WhatDoTheyKnow"
SITE_DOMAIN = "www.whatdotheyknow.com"
CONTACT_EMAIL = "help@whatdotheyknow.com"

STATUS_LABELS = {
    "waiting_response": "Awaiting response",
    "waiting_classification": "Awaiting classification",
    "waiting_response_overdue": "Delayed",
    "waiting_response_very_overdue": "Long overdue",
    "waiting_clarification": "Waiting clarification",
    "gone_postal": "Handled by postal mail",
    "not_held": "Information not held",
    "rejected": "Refused",
    "successful": "Successful",
    "partially_successful": "Partially successful",
    "internal_review": "Awaiting internal review",
    "error_message": "Delivery error",
    "requires_admin": "Unusual response",
    "user_withdrawn": "Withdrawn by the requester",
    "attention_requested": "Reported for administrator attention",
    "vexatious": "Considered by administrators as vexatious",
    "not_foi": "Considered by administrators as not an FOI request",
}

STATE_GROUPS = {
    "successful": {"successful", "partially_successful"},
    "unsuccessful": {"rejected", "not_held"},
    "awaiting": {"waiting_response", "waiting_clarification", "waiting_classification", "internal_review",
                 "gone_postal", "error_message", "requires_admin"},
    "other": {"gone_postal", "error_message", "requires_admin", "user_withdrawn"},
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def status_label(state: str | None) -> str:
    return STATUS_LABELS.get(state or "", (state or "").replace("_", " ").capitalize())


def parse_ts(value: str | None) -> datetime | None:
    """Corpus timestamps are ISO 8601 with offset (and usually milliseconds)."""
    if not value:
        return None
    return datetime.fromisoformat(value)


def simple_date_text(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def rails_to_s(moment: datetime) -> str:
    """Time#to_s as Rails prints it: 2021-10-05 14:02:11 +0100."""
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


def time_tag(moment: datetime) -> str:
    iso = moment.replace(microsecond=0).isoformat()
    return f'<time datetime="{iso}" title="{rails_to_s(moment)}">{simple_date_text(moment)}</time>'


def http_date(moment: datetime) -> str:
    from email.utils import format_datetime
    from datetime import timezone

    return format_datetime(moment.astimezone(timezone.utc).replace(microsecond=0), usegmt=True)


# --- masking -------------------------------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%'+\-]+@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}")
EMAIL_RE_BYTES = re.compile(rb"[A-Za-z0-9._%'+\-]+@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}")
MOBILE_RE = re.compile(r"(Mobile|Mob)([\s/]*(Fax|Tel))*\s*:?[\s\d]*\d")
LOGIN_LINK_RE = re.compile(r"https?://" + re.escape(SITE_DOMAIN) + r"/c/[^\s]+")


def request_email_re(request_id: int) -> re.Pattern[str]:
    """The request's own incoming address, foi+request-<id>-<hash>@whatdotheyknow.com (any host, any hash)."""
    return re.compile(r"(?:foi\+)?request-" + str(int(request_id)) + r"-[0-9a-z]+@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}", re.I)


def mask_incoming(text: str, request_id: int, body_email: str | None, body_label: str) -> str:
    """Request-specific masks, then the default masks, in Alaveteli's order."""
    text = request_email_re(request_id).sub(f"[FOI #{request_id} email]", text)
    text = re.sub(re.escape(CONTACT_EMAIL), f"[{SITE_NAME} contact email]", text, flags=re.I)
    if body_email:
        text = re.sub(re.escape(body_email), f"[{body_label} request email]", text, flags=re.I)
    text = EMAIL_RE.sub("[email address]", text)
    text = MOBILE_RE.sub("[mobile number]", text)
    text = LOGIN_LINK_RE.sub(f"[{SITE_NAME} login link]", text)
    return text


def mask_outgoing(text: str) -> str:
    return EMAIL_RE.sub("[email address]", text)


def _x_out(m: re.Match) -> bytes:
    return re.sub(rb"[^@.]", b"x", m.group(0))


_PDF_STREAM = re.compile(rb"stream\r?\n.*?endstream", re.S)


def mask_binary(data: bytes) -> bytes:
    """Overwrite e-mail addresses with x, keeping @ and . and the length (Alaveteli's apply_binary_masks).

    Alaveteli uncompresses a PDF before masking it; we do not, so the bytes inside PDF streams are left alone:
    compressed data can look like an address by chance, and overwriting it would corrupt the document.
    """
    if not data.startswith(b"%PDF"):
        return EMAIL_RE_BYTES.sub(_x_out, data)
    out, last = [], 0
    for m in _PDF_STREAM.finditer(data):
        out.append(EMAIL_RE_BYTES.sub(_x_out, data[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(EMAIL_RE_BYTES.sub(_x_out, data[last:]))
    return b"".join(out)


# --- quote folding (IncomingMessage::QuoteHandling) ---------------------------------------------------------

FOLD = "FOLDED_QUOTED_SECTION"
_SCORE_WORDS = (r"(disclaimer:\n|confidential|received\sthis\semail\sin\serror|virus|intended\s+recipient|"
                r"monitored\s+centrally|intended\s+(for\s+|only\s+for\s+use\s+by\s+)the\s+addressee|"
                r"routinely\s+monitored|MessageLabs|unauthorised\s+use)")
_ORIGINAL = r"(----* This is a copy of the message, including all the headers. ----*|----*\s*Original Message\s*----*|" \
            r"----*\s*Forwarded message.+----*|----*\s*Forwarded by.+----*)"


def remove_lotus_quoting(text: str, user_name: str | None) -> str:
    if not user_name:
        return text
    name = re.escape(user_name)
    rep = "\n\n" + FOLD
    text = re.sub(r"^\s?" + name + r"[^\n]+\n([^\n]+\n)?\s?Sent by:[^\n]+\n.*", rep, text, flags=re.I | re.M | re.S)
    text = re.sub(r"^\s?" + name + r"\s+To\s+FOI requests at.*", rep, text, flags=re.I | re.M | re.S)
    text = re.sub(r"^\s?From: [^\n]+\n\s?Sent: [^\n]+\n\s?To:\s+['\"]?" + name + r"['\"]?\n\s?Subject:.*", rep, text,
                  flags=re.I | re.M | re.S)
    return text


def remove_quoted_sections(text: str) -> str:
    rep = "\n" + FOLD + "\n"
    text = re.sub(r"^((>>>.* \d\d/\d\d/\d\d\d\d\s+\d\d:\d\d(?::\d\d)?\s*>>>)\n.*)$", rep, text, flags=re.M | re.S)
    text = re.sub(r"^( On [^\n]+\n\s*<[^>\n]+> (wrote|said):\s*\n.*)$", rep, text, flags=re.M | re.S)
    text = re.sub(r"^(>.*\n)", rep, text, flags=re.M)
    text = re.sub(r"^(On .+ (wrote|said):\n)", rep, text, flags=re.M)
    for ch in "-_*#":
        score = r"(?:[" + re.escape(ch) + r"]\s*){8,}"
        pattern = (r"(Disclaimer\s+)?(\s*" + score + r"\n(?:(?!" + score + r"\n).)*?" + _SCORE_WORDS +
                   r".*?(?:" + score + r"|\Z))")
        text = re.sub(pattern, rep, text, count=1, flags=re.I | re.S)
    text = re.sub(r"(" + _ORIGINAL + r"\n.*)$", rep, text, flags=re.I | re.M | re.S)
    return text


def fold(text: str, user_name: str | None) -> str:
    return remove_quoted_sections(remove_lotus_quoting(text, user_name))


_URL_RE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)\]])")


def simple_format(text: str) -> str:
    """ActionView simple_format: paragraphs on blank lines, <br> on single newlines (text already escaped)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [p for p in re.split(r"\n\n+", text) if p.strip() != ""] or [""]
    return "\n\n".join("<p>" + p.replace("\n", "\n<br>") + "</p>" for p in paragraphs)


def linkify(escaped: str) -> str:
    return _URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


def body_for_html_display(masked: str, incoming_id: int, subject: str, user_name: str | None, unfold: bool) -> str:
    """IncomingMessage#get_body_for_html_display on text that is already masked."""
    folded = fold(masked, user_name)
    text = masked if unfold else folded
    text = linkify(html.escape(text, quote=False))
    text = re.sub(r"\[(email address|mobile number)\]", r'[<a href="/help/officers#mobiles">\1</a>]', text)
    if not unfold:
        text = re.sub(r"(\s*" + FOLD + r"\s*)+", FOLD, text, flags=re.M).strip()
        if text == FOLD:
            text = "[Subject only] " + html.escape(subject or "") + text
        link = (f'<span class="unfold_link">\n  <a href="?unfold=1#incoming-{incoming_id}">show quoted sections</a>\n'
                f'</span>\n')
        text = text.replace(FOLD, "\n\n" + link + "\n\n")
    elif FOLD in folded:
        link = f'<span class="unfold_link">\n  <a href="?#incoming-{incoming_id}">hide quoted sections</a>\n</span>\n'
        text = text + "\n\n" + link
    return simple_format(text.strip())


def text_for_indexing(masked: str, user_name: str | None) -> str:
    return fold(masked, user_name).replace(FOLD, " ").strip()


# --- attachments ------------------------------------------------------------------------------------------

def display_filename(name: str) -> str:
    """Every character outside [A-Za-z0-9.] becomes a space; runs collapse; spaces next to dots go."""
    out = re.sub(r"[^A-Za-z0-9.]", " ", name)
    out = re.sub(r" +", " ", out)
    out = re.sub(r" ?\. ?", ".", out)
    return out.strip()


def display_size(size: int) -> str:
    """FoiAttachment#update_display_size!: whole K below a megabyte (so "0K" for tiny files), else 1-decimal M."""
    if size > 1024 * 1024:
        return f"{size / 1024 / 1024:.1f}M"
    return f"{size // 1024}K"


# AttachmentToHTML.extractable?: its own adapters (text, PDF, RTF) plus the Google Docs Viewer types.
HTML_VIEWABLE = {"text/plain", "application/pdf", "application/rtf", "image/tiff", "application/vnd.ms-word",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.ms-powerpoint",
                 "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                 "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "text/csv"}


def excerpt(text: str, length: int = 150) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= length:
        return text
    return text[:length].rstrip() + "..."
