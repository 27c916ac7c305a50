"""Message text from any source — a crawl or an imported mailbox, which both use documents/: where the quoted
earlier correspondence is, and redaction of personal contact details before the text is stored.

Quoted sections are found the way Alaveteli folds them (IncomingMessage's quote removal): runs of lines
starting with `>`, and everything from an "-----Original Message-----" marker, an "On ... wrote:" line or an
Outlook "From: ... Sent: ..." header block to the end of the message."""

from __future__ import annotations

import re

_TO_END_MARKERS = [
    re.compile(r"^[ \t]*-{2,}\s*Original Message\s*-{2,}[ \t]*$", re.I | re.M),
    re.compile(r"^[ \t]*-{2,}\s*Forwarded by .*$", re.I | re.M),
    re.compile(r"^[ \t]*On\b[^\n]{0,200}?(?:\n[^\n]{0,200}?)?\b(?:wrote|said)\s*:[ \t]*$", re.I | re.M),
    # Outlook: a From: line followed within four lines by Sent: (or Date:) — the header of the quoted e-mail.
    re.compile(r"^[ \t]*\*?From:\*?[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*\*?(?:Sent|Date):\*?[^\n]*$", re.I | re.M),
]
_QUOTED_LINE = re.compile(r"^[ \t]*>.*(?:\n|$)", re.M)


def quoted_spans(text: str) -> list[list[int]]:
    """`[[start, end], ...]` character offsets of quoted earlier text, sorted, not overlapping."""
    if not text:
        return []
    spans: list[list[int]] = []
    cut = len(text)
    for marker in _TO_END_MARKERS:
        m = marker.search(text)
        if m and m.start() < cut and m.start() > 0:  # a message that *is* only a quote keeps its first marker
            cut = m.start()
    for m in _QUOTED_LINE.finditer(text, 0, cut):
        end = m.end()
        if spans and spans[-1][1] == m.start():
            spans[-1][1] = end
        else:
            spans.append([m.start(), end])
    if cut < len(text):
        if spans and spans[-1][1] >= cut:
            spans[-1][1] = len(text)
        else:
            spans.append([cut, len(text)])
    return [[s, min(e, len(text))] for s, e in spans if e > s]


# Alaveteli's own placeholders are kept as they are: "[email address]", "[FOI #123 email]", "[mobile number]",
# "[<body> request email]", "[WhatDoTheyKnow contact email]", "[name removed]", ...
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_MASKED_EMAIL = re.compile(r"(?<![\w.])x+(?:[.x]*x)?@x+(?:\.x+)+")  # bytes masked in attachments
_PHONE = re.compile(
    # separators are spaces, dashes, dots and brackets (a bracket may take a space: "(020) 7946 0000") only:
    # a tab or line break is a table cell boundary
    r"(?<![\w/.-])(?:(?:\+|00) ?44 ?(?:\(0\) ?)?|\(?0)(?:\d(?:[ \-.]|\) ?|\( ?)?){8,10}\d(?![\w/-])"
)


def redact(text: str | None) -> str | None:
    """Replace e-mail addresses with `[email address]` and UK phone numbers with `[phone number]`."""
    if not text:
        return text
    text = _EMAIL.sub("[email address]", text)
    return _PHONE.sub(_phone_sub, text)


def _phone_sub(m: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group(0))
    # 10-11 digits (or +44 forms) look like a phone number; shorter runs are references or money.
    return "[phone number]" if 10 <= len(digits) <= 13 else m.group(0)
