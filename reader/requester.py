"""The requester's own letter left whole on a reply's page: a disclosure log or a thread that shows the request
as it was sent ("I am writing to you under the Freedom of Information Act 2000 to request the following
information ..." down to "Thank you for your time and I look forward to your response."), with no heading between
it and the answer. Its asks ("please specify whether the data is calendar or financial year", "I will be happy to
clarify what I am asking for") and its numbers are the requester's, never the council's."""

from __future__ import annotations

import re

# how a requester opens a request letter (a council writing back "I am writing to request clarification" asks for
# no information "under the Act")
# (a page's run-together lines may put it straight after a date: "Responded Wed 15 August 2018I am writing")
_OPENS = re.compile(r"(?<![A-Za-z])I\s+am\s+writing\s+(?:to\s+you\s+)?(?:under|in\s+accordance\s+with)\s+the\s+Freedom\s+of\s+"
                    r"Information\b[^.\n]{0,80}?\bto\s+(?:request|ask)\b"
                    r"|(?<![A-Za-z])I\s+(?:would\s+like|wish)\s+to\s+(?:request|make\s+a\s+request\s+for)\s+(?:the\s+following\s+)?"
                    r"information\b"
                    # the template many requesters send: "I am writing to make an open government request for all the
                    # information to which I am entitled under the Freedom of Information Act 2000."
                    r"|(?<![A-Za-z])I\s+am\s+writing\s+to\s+make\s+an\s+open\s+government\s+request\b", re.IGNORECASE)
# and closes it: "I look forward to your response", "I look forward to hearing from you"
_CLOSES = re.compile(r"\bI\s+look\s+forward\s+to\s+(?:your|hearing|receiving)\b[^.\n]*[.!]?", re.IGNORECASE)
# the council's voice inside what looked like the letter: then it is not the letter alone
_COUNCIL = re.compile(r"\bthank\s+you\s+for\s+your\s+(?:request|e-?mail|letter)\b|\bour\s+(?:response|reply|ref)\b"
                      r"|\bwe\s+(?:hold|do\s+not\s+hold|have\s+(?:considered|processed))\b", re.IGNORECASE)
# an answer written into the letter after a question: "...reported?\n10", "...? Approx 690."
# (not the next question's number: "...LED street lights?\n2. If the council ...")
_ANSWERED_INLINE = re.compile(r"\?[ \t]*\n?[ \t]*(?:approx\w*\.?[ \t]*)?\u00a3?\d(?!\d*[.)][ \t])", re.IGNORECASE)
_REACH = 6000     # a letter runs a few screens at most
# a request sent through WhatDoTheyKnow, shown on its page: addressed to the body by its name ("Dear Belfast City
# Council,"; the body writes to a person, "Dear Ms Burrows") and signed off "Yours faithfully," (a letter to a
# named person, as the body's own, ends "Yours sincerely") or closed "I look forward to hearing from you"
_TO_BODY = re.compile(r"^[ \t]*Dear[ \t]+[^\n,]{0,80}?\b(?:Council|Authority|Department|Borough|Executive|Government|"
                      r"Ministry|Agency|Trust|Board|Commission|Office)\b[^\n,]{0,40},?[ \t]*$", re.MULTILINE)
_FAITHFULLY = re.compile(r"^[ \t]*Yours[ \t]+faithfully\b[^\n]*", re.MULTILINE | re.IGNORECASE)


# a note the requester added on the request's page, and its first paragraph ("P. Bladon left an annotation ()" /
# "In this F of I request there is reference to "26 new CCTV cameras" ...")
_ANNOTATION = re.compile(r"^[^\n]{1,80}\bleft[ \t]+an[ \t]+annotation\b[^\n]*\n(?:[ \t]*\n)*[^\n]*", re.MULTILINE)


def requesters_letters(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of ``text`` that are a request letter quoted whole (opening to closing line), outside ``taken``."""
    out: list[tuple[int, int]] = []
    if "annotation" in text:
        out += [m.span() for m in _ANNOTATION.finditer(text)]
    # (or, unsigned so, closed as _OPENS's letters are: "... I look forward to hearing from you in the near
    # future." / "Thank you for your time,")
    closes = [rx for rx, word in ((_FAITHFULLY, "aithfully"), (_CLOSES, "orward to")) if word in text]
    if "Dear" in text and closes:
        for m in _TO_BODY.finditer(text):
            if any(a <= m.start() < b for a, b in taken + out):
                continue
            close = min((c for rx in closes if (c := rx.search(text, m.end(), m.end() + _REACH)) is not None),
                        key=lambda c: c.start(), default=None)
            if close is None or _TO_BODY.search(text, m.end(), close.start()):
                continue
            letter = text[m.start():close.end()]
            if _COUNCIL.search(letter) or len(_ANSWERED_INLINE.findall(letter)) >= 2:
                continue
            out.append((m.start(), close.end()))
    if "orward to" not in text and "ORWARD TO" not in text:
        return out      # (no letter without its closing line: most replies are searched no further)
    for m in _OPENS.finditer(text):
        if any(a <= m.start() < b for a, b in taken + out):
            continue
        close = _CLOSES.search(text, m.end(), m.end() + _REACH)
        if close is None:
            continue
        letter = text[m.start():close.end()]
        if _COUNCIL.search(letter) or len(_ANSWERED_INLINE.findall(letter)) >= 2:
            continue
        out.append((m.start(), close.end()))
    return out
