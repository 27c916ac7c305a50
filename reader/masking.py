"""The request's own words in a reply: quoted lines and earlier messages, the request restated at the top
(ignored_spans), and the text with them masked (_mask)."""

from __future__ import annotations

import re

from .folding import folds_unseen, lowered
from .numbers import LOOSE_FIGURE
from .requester import requesters_letters
from .first_chars import from_first_char


_INTRO = re.compile(
    r"(?:for\s+the\s+following(?:\s+information)?|you\s+(?:have\s+)?(?:asked|requested|wrote|said)(?:\s+for)?"
    r"(?:\s+the\s+following(?:\s+information)?)?|your\s+request\s+(?:was|is|reads|read|stated)(?:\s+as\s+follows)?|"
    r"(?:requested|request(?:ing)?)\s+(?:for\s+)?(?:the\s+following(?:\s+information)?|information\s+(?:as\s+follows|below))|"
    r"in\s+which\s+you\s+(?:asked|requested)(?:\s+for)?|as\s+follows|your\s+(?:original\s+)?request|"
    # the requester's own lead-in ("please could you answer the following questions:")
    r"(?:answer|respond\s+to)\s+the\s+following(?:\s+questions?)?|"
    r"please\s+(?:could\s+you\s+|can\s+you\s+)?(?:provide|send|supply)\s+(?:me|us)(?:\s+with)?(?:\s+the\s+following)?|"
    # ("If so, could you provide us with the following information, by financial year, for each of ...?")
    r"(?:could|can)\s+you\s+(?:please\s+)?(?:provide|send|supply)\s+(?:me|us)\s+with\s+the\s+following\s+"
    r"information\b[^\n]{0,150}?|"
    r"^[ \t]*(?:request|the\s+request|information\s+requested|details\s+of\s+(?:your\s+)?request))\s*[:\-]?[ \t]*\n",
    re.IGNORECASE | re.MULTILINE)
# _INTRO searched as two: its phrases only from the letters they start with (first_chars.from_first_char), its label at a
# line's start ("Request:") alone; the first match of either is _INTRO's (both at one place: the phrases', which the
# alternation tries first)
_LABEL = r"|^[ \t]*(?:request|the\s+request|information\s+requested|details\s+of\s+(?:your\s+)?request))"
_INTRO_END = r"\s*[:\-]?[ \t]*\n"
assert _INTRO.pattern.endswith(_LABEL + _INTRO_END)
_INTRO_PHRASES = from_first_char(re.compile(_INTRO.pattern[:-len(_LABEL + _INTRO_END)] + ")" + _INTRO_END,
                                            _INTRO.flags))
# (its words tried only at a line that opens with one of their first letters: searched over every reply)
_INTRO_LABEL = re.compile("(?:" + _LABEL[1:].replace("^[ \\t]*(?:", "^[ \\t]*(?=[rtid])(?:", 1) + _INTRO_END,
                          _INTRO.flags)
assert _INTRO_PHRASES is not None


# the request, its asking or its asker named before a line's "as follows"
_ASKER_BEFORE = re.compile(r"\b(?:you|your|request\w*|ask\w*|enquir\w*|quer\w*|please|wrote|sought|seeking)\b",
                           re.IGNORECASE)


def _intro_end(text: str, endpos: int) -> int | None:
    """Where _INTRO.search(text, 0, endpos) ends, or None. A bare "as follows" in the council's own sentence ("1.
    Lincolnshire County Council (LCC) do not have accurate and complete information ... The data we have been able to
    gather is as follows:") leads its answer, not the request: it is passed over where the words before it on its
    line name no request, no asking and no requester."""
    phrase = _INTRO_PHRASES.search(text, 0, endpos)
    for _ in range(20):
        if phrase is None or text[phrase.start(1):phrase.start(1) + 10].lower() != "as follows":
            break
        line_start = text.rfind("\n", 0, phrase.start(1)) + 1
        if _ASKER_BEFORE.search(text, line_start, phrase.start(1)):
            break
        phrase = _INTRO_PHRASES.search(text, phrase.end(1), endpos)
    label = _INTRO_LABEL.search(text, 0, endpos)
    if phrase is not None and (label is None or phrase.start(1) <= label.start()):
        return phrase.end(1)
    return label.end() if label is not None else None


_RESPONSE_START = re.compile(
    r"^[ \t]*(?:(?:our|the\s+council'?s|council'?s|the\s+authority'?s|council)\s+)?(?:response|responses|reply|answer|"
    r"answers|information\s+(?:provided|supplied|released))\b"
    r"|^[ \t]*(?:we\s+have\s+(?:now\s+)?(?:processed|considered|completed|dealt|handled|searched|located)|"
    r"this\s+request\s+has\s+been\s+(?:processed|considered|dealt)|please\s+(?:find|see)\s+(?:below|attached|enclosed|our|the)|"
    r"i\s+(?:can|am\s+able\s+to|am\s+pleased\s+to|am\s+writing\s+to|have\s+(?:now\s+)?(?:considered|processed))|"
    r"we\s+(?:can|are\s+able\s+to|are\s+pleased\s+to)|the\s+(?:council|authority)\s+(?:can|is\s+able|has|does|holds|purchased)|"
    r"in\s+(?:response|answer|reply)|[^\n]{0,60}?\bwould\s+advise\s+(?:you\s+)?as\s+follows\b|a\s*\d*\s*[.:)][ \t]|answer\s*\d*\s*[.:)-]?|(?:the\s+)?information\s+(?:you\s+)?requested\s+is|"
    # a refusal or answer that starts straight after the restated request
    r"we\s+(?:estimate|consider|believe|have\s+decided|do\s+not\s+hold|hold|are\s+(?:unable|not\s+able|withholding|"
    r"refusing))|the\s+(?:council|authority)\s+(?:considers|believes|has\s+decided|does\s+not\s+hold|holds|will\s+neither|"
    r"is\s+(?:unable|not\s+able|withholding|refusing))|unfortunately|i\s+(?:am\s+sorry|regret)|this\s+information\s+is)"
    # a disclosure log's heading over the council's answers, after the "Request" it restates: "Decision"; a log's
    # "You asked" / ... / "We answered"
    r"|^[ \t]*(?:our\s+|the\s+)?decision[ \t]*:?[ \t]*$|^[ \t]*we\s+(?:answered|replied|responded)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_QUOTED_TAIL = re.compile(
    r"^[ \t]*-{2,}\s*(?:original\s+message|forwarded\s+message)\s*-{2,}"
    r"|^[ \t]*On\s.{5,120}\bwrote:\s*$"
    r"|^[ \t]*From:\s.+\n[ \t]*(?:Sent|Date):\s",
    re.IGNORECASE | re.MULTILINE)


_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_HEADER_LINE = re.compile(r"^[ \t]*[A-Za-z][\w-]{0,30}:\s")


def ignored_spans(text: str) -> list[tuple[int, int]]:
    """Spans that are the requester's words: '>' quoted lines, quoted earlier messages at the end, and
    the request restated at the top of a reply ("for the following information:" ... up to the answer)."""
    spans: list[tuple[int, int]] = []
    for m in (_QUOTED_LINE.finditer(text) if ">" in text else ()):
        spans.append((m.start(), m.end()))
    # (every quoted tail holds "message", "wrote" or "from:"; most replies hold none)
    low = None if folds_unseen(text) else lowered(text)
    tail = _QUOTED_TAIL.search(text) if low is None or "message" in low or "wrote" in low or "from:" in low else None
    # the e-mail's own header block at the top ("From: ... Date: ...") is not a quoted earlier message
    while tail and not any(line.strip() and not _HEADER_LINE.match(line) for line in text[:tail.start()].splitlines()):
        tail = _QUOTED_TAIL.search(text, tail.end())
    if tail:
        spans.append((tail.start(), len(text)))
    limit = tail.start() if tail else len(text)
    intro = _intro_end(text, max(0, min(limit, int(len(text) * 0.6) + 200)))
    restated = 0
    if intro is not None:
        begin = intro
        answer = _RESPONSE_START.search(text, begin, limit)
        if answer and answer.start() > begin and not _looks_answered(text[begin:answer.start()]):
            spans.append((begin, answer.start()))
            restated = answer.start() - begin
    if restated < 40:
        # a disclosure-log page: the request in the requester's own words, then a "Response" heading (also when
        # a "Request" heading looked like an intro: "Request" / "Please find attached a Freedom of Information
        # request ..." is the requester's own letter, not the council's answer)
        heading = _RESPONSE_HEADING.search(text, 0, limit)
        # (figures there are the request's own: "£ spent in each year", the years it lists, its options)
        if heading and _REQUESTER.search(text, 0, heading.start()) and not _COUNCIL_VOICE.search(text, 0, heading.start()):
            # from the "Request:" label when there is one (the page's own title above it stays readable)
            begin = intro if intro is not None and intro <= heading.start() else 0
            spans.append((begin, heading.start()))
        elif heading is None and (sent := _SENT_LINE.search(text, 0, limit)) is not None \
                and (asker := _REQUESTER.search(text, 0, sent.start())) is not None \
                and not _COUNCIL_VOICE.search(text, 0, sent.start()):
            # a log's page of the request in the requester's words and, with no heading, the council's one line that
            # sends what was asked: "1. Please provide both the mean and the median hourly earnings ... So if the
            # lowest employee was paid 0p ... £26 - £50 ..." over "Please find the information requested attached."
            # (from the line the requester first asks on: a page's title and status line above it stay readable)
            spans.append((text.rfind("\n", 0, asker.start()) + 1, sent.start()))
    spans += requesters_letters(text, spans)
    return sorted(spans)


# (the look-ahead: its words are tried only at a line that opens with one of their first letters)
_RESPONSE_HEADING = re.compile(r"^[ \t]*(?=[otra])(?:(?:our\s+|the\s+council'?s\s+)?(?:response|answer|reply)"
                               r"(?:\s+provided)?"
                               # a disclosure log's field over its outcome and the reply's documents
                               r"|outcome(?:\s*/\s*documents?)?)[ \t]*:?[ \t]*$",
                               re.IGNORECASE | re.MULTILINE)
_REQUESTER = re.compile(r"\bI\s+(?:would\s+like|am\s+writing\s+to\s+request|request|believe|wish\s+to|want)\b"
                        r"|\bplease\s+(?:provide|supply|send|confirm|tell)\b|\bcould\s+you\s+(?:please\s+)?(?:provide|tell)\b",
                        re.IGNORECASE)
_SENT_LINE = re.compile(r"^[ \t]*(?=[pt])(?:please\s+(?:find|see)\s+(?:attached|enclosed|the\s+(?:attached|enclosed|"
                        r"information\s+(?:you\s+)?requested\s+(?:attached|enclosed)))|the\s+information\s+(?:you\s+)?"
                        r"requested\s+is\s+(?:attached|enclosed))\b", re.IGNORECASE | re.MULTILINE)
_COUNCIL_VOICE = re.compile(r"\bthank\s+you\s+for\s+your\b|\byour\s+request\b|\bwe\s+(?:have|can|are|hold|do)\b",
                            re.IGNORECASE)


_STANDALONE_NUMBER = re.compile(r"(?<![\w/.,£-])(?!(?:19|20)\d\d\b)" + LOOSE_FIGURE + r"(?![\w/.)-]|\.\w)")


# a short answer straight after a question, on its line or the next: "...waiting list data?\n11", "...on these
# sites? Approx 690.", "...closed to further applications?\nNo" (not the request's own "Yes/No" options, nor the
# next question's number: "...?\n3. How much ...")
_ANSWER_AFTER_ASK = re.compile(r"\?[ \t]*(?:\n[ \t]*)?(?:approx(?:imately|\.)?[ \t]*|about[ \t]+|c\.[ \t]*)?"
                               r"(?:" + LOOSE_FIGURE + r"|yes|no|none|nil)(?![\w/,)-]|[ \t]*/|\.\d|\.[ \t]*[A-Za-z(])",
                               re.IGNORECASE)


def _looks_answered(span: str) -> bool:
    """A restated request holds the questions, not figures: prices or several numbers mean the
    council answered inline, so the span must be read; so do short answers under two of its questions or more
    (a council that writes its answers into the request it quotes)."""
    if len(_ANSWER_AFTER_ASK.findall(span)) >= 2:
        return True
    if span.lstrip()[:1] in "\"\u201c\u2018'":
        return False        # the request quoted word for word: its own £ figures are the requester's
    return "£" in span or len(_STANDALONE_NUMBER.findall(span)) >= 4


_NOT_NEWLINE = re.compile(r"[^\n]+")


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character inside ``spans`` but its line breaks made a space (same length)."""
    if not spans:
        return text
    out = []
    done = 0        # (spans may overlap: each character is masked once)
    for s, e in sorted(spans):
        s = max(s, done)
        if e <= s:
            continue
        out.append(text[done:s])
        out.append(_NOT_NEWLINE.sub(lambda m: " " * len(m.group(0)), text[s:e]))
        done = e
    out.append(text[done:])
    return "".join(out)
