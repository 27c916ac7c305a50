"""The parts of a reply that ask rather than answer: the request quoted back, whose numbers are the requester's.

Replies restate the questions they answer ("3. For 2016 which five sites have been responsible for the most
PCNs? Please give a description of where the junction is."), often run together in one paragraph, sometimes
with the request's own example ("e.g. The FPN will be discounted to £50 if paid within 10 days"). None of their
numbers is a figure (issue 13, item 3). These patterns find those spans in one line of text; what counts as a
restated survey question is the reader's to judge (reader/facts.py, FactReader._asked_spans).
"""

from __future__ import annotations

import re

from .folding import folds_unseen
from .numbers import LOOSE_FIGURE
from .first_chars import from_first_char
from .sentences import STOP, breaks

# a sentence that asks: from the line's start or a sentence break up to its "?" (with the question's number,
# however written: "3.", "(3)", "Q3", "Q.5", "Question 5:")
ASKING = re.compile(r"(?:^|(?<=[.!?:;]\s))(?:(?:[Qq](?:uestion)?\s*\.?\s*)?\(?\d{1,2}[a-z]?[.):]?\s+)?"
                    r"[^.!?\n]{3,300}\?")

# a sentence that requests, as a requester writes ("Please give the name of all ten roads ...", "Could you
# provide ...", "I would like ..."): from the line's start or a sentence break up to the sentence's end. Not
# "Please note ..." or "Please find attached ...", which councils write.
# a request for documents rather than figures: "Please provide a copy of any guidance ...", "copies of any internal
# documents or policies"
ASKS_A_COPY = re.compile(r"\bcop(?:y|ies)\s+of\b", re.IGNORECASE)
_REQUEST_VERB = (r"(?:provide|give|state|supply|list|detail|send|tell|confirm|include|specify|indicate|identify|"
                 r"break\s+(?:[\w-]+\s+){0,5}?down\b|advise\s+(?:me|us)|let\s+(?:me|us)\s+know|share|disclose)\b")
# (also after a clause that says what of: "For the fines issued in 2017 ..., please break these down ...")
REQUESTING = re.compile(
    r"(?:^|(?<=[.!?:;]\s))(?:\(?\d{1,2}[a-z]?[.)]\s+)?(?:(?:for|of|in|from|regarding)\s[^.!?\n]{0,120}?,\s*)?"
    r"(?:(?:if\s+(?:yes|so)|and|also)\s*,?\s+)?"
    r"(?:please\s+(?:(?:could|can|would|will)\s+you\s+)?" + _REQUEST_VERB +
    r"|(?:could|can|would|will)\s+you\s+(?:please\s+)?" + _REQUEST_VERB +
    # "If so, how many and please provide a link to the consultations.": a follow-on question, the requester's
    r"|if\s+(?:yes|so)\s*,?\s+(?:how|what|which|when|where|who|whether|please)\b" +
    # the requester saying what the request is ("It is a request following up a report which said 26 NEW cameras
    # are in use."): its numbers are the request's
    r"|(?:this|it)\s+is\s+a\s+(?:follow[\s-]*up\s+)?request\s+(?:following|for|about|regarding|to)\b" +
    r"|i\s+(?:would\s+like|wish\s+to\s+(?:know|request|receive)|am\s+(?:requesting|writing\s+to\s+request)|"
    r"request)\b)"
    # (to its sentence's end, or to a colon with only a figure after it: the answer keyed after the request
    # restated, "1. Please provide the total number of social houses owned by your council: 2526")
    r"[^\n]{0,300}?(?:[.!?](?=\s|$)|(?=:[ \t]*£?" + LOOSE_FIGURE + r"[ \t]*(?:\n|$))|$)", re.IGNORECASE)

# an example given with a question ("... how long is the discounted period? e.g. The FPN will be discounted to
# £50 if paid within 10 days."): the request's template, not a figure
_EXAMPLE = re.compile(r"\s*(?:e\.\s?g\.?|i\.\s?e\.?|ie|for\s+example|for\s+instance)[\s,:][^\n]{0,300}?(?:[.!?](?=\s|$)|$)",
                      re.IGNORECASE)
# an example on a line of its own that asks ("For example, if 10 employee use any of their working hours on facility
# time could you tell me how many of the 10 employees use 1-25%, ..."): the request's, however far from its question
_ASKING_EXAMPLE = re.compile(r"[ \t]*(?:for[ \t]+(?:example|instance))[\s,:][^\n]*?(?:\b(?:could|can|would|will)[ \t]+"
                             r"you\b|\bplease\b|\?)", re.IGNORECASE)
# a question's number run on after the question before it ("... contraventions? 4. For 2019 how many ..."),
# in a request quoted as one paragraph
_RUN_ON_NUMBER = re.compile(r"\s*\(?\d{1,2}[a-z]?[.)](?=\s+[A-Z])")


# a requester's opening ("I am writing to request information under the Freedom of Information Act ...",
# "I would like to request ..."): a line that starts so is the request, however many questions run on in it
_OPENING = re.compile(r"[\s\W]*(?:dear\s+[^\n,]{1,40},?\s*)?i\s+(?:am\s+writing\s+to\s+(?:request|ask|make)|"
                      r"would\s+like\s+to\s+(?:request|make\s+a\s+request|ask)|wish\s+to\s+(?:request|make|ask))\b",
                      re.IGNORECASE)


# a lettered or numbered question run on after the answer before it, mid-sentence ("... 2014/15 1 – no income
# b) How many fixed penalties for dog fouling were issued ...?"): the question starts at its letter
_RUN_ON_MARKER = re.compile(r"(?<=\s)\(?(?:[a-h]|\d{1,2})\)\s+(?=[A-Z])")


def _from_last_marker(line: str, start: int, end: int) -> int:
    """Where an asking sentence really starts: at the last run-on question letter inside it, if any."""
    last = None
    for m in _RUN_ON_MARKER.finditer(line, start + 1, end):
        last = m
    return last.start() if last is not None else start


def may_request(line: str) -> bool:
    """Whether REQUESTING may match in ``line`` (False: it holds none of the words one of which every match holds:
    "please", "could you", "if so", "a request", "I would like", "I wish to")."""
    low = line.lower()
    # (written out, not a loop over a tuple: asked of every line, where the loop costs twice the tests)
    return "please" in low or "you" in low or "if" in low or "request" in low or "like" in low or "wish" in low \
        or folds_unseen(line)


def asking_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of every part of ``line`` that asks or requests, with the example or the next question's
    number that follows one; sorted by start, possibly overlapping."""
    if _OPENING.match(line):
        return [(0, len(line))]
    # (a question ends in "?"; a request holds a word may_request looks for: most lines of a reply are not searched)
    spans = [(_from_last_marker(line, m.start(), m.end()), m.end()) for m in ASKING.finditer(line)] \
        if "?" in line else []
    if may_request(line):
        spans += [(m.start(), m.end()) for m in REQUESTING.finditer(line)]
    spans.sort()
    for _, end in list(spans):
        for rx in (_EXAMPLE, _RUN_ON_NUMBER):
            m = rx.match(line, end)
            if m and m.end() > m.start():
                spans.append((m.start(), m.end()))
    return spans


def asking_example(line: str) -> bool:
    """Whether ``line`` is an example that asks, on a line of its own ("For example, if 10 employee use ... could you
    tell me how many of the 10 employees use 1-25%, ..."): the request's, however far from its question."""
    return ("xample" in line or "nstance" in line) and _ASKING_EXAMPLE.match(line) is not None


# (every example holds one of these; most lines hold none: a test costs less than the search)
_EXAMPLE_HINT = re.compile(r"e\.\s?g|i\.\s?e|\bie\b|for\s+(?:example|instance)", re.IGNORECASE)
# (asked of the line above every line: searched only from the letters its matches start with)
_EXAMPLE_HINT_FAST = from_first_char(_EXAMPLE_HINT) or _EXAMPLE_HINT


def example_run_on(before: str, line: str) -> int:
    """How much of ``line`` is the rest of an example that a line break cut: where the line before ends inside
    the example given with a question ("5. ... how long is the discounted period? e.g. The FPN" / "will be
    discounted to £50 if paid within 10 days. No", a PDF's wrapped line), this line up to its first sentence end
    is the request's example, not figures (the "No" after it is the council's answer). 0 when none."""
    if not _EXAMPLE_HINT_FAST.search(before):
        return 0
    tail = before.rstrip()
    if not tail or tail[-1] in ".!?:;":
        return 0
    for _, end in sorted(asking_spans(tail), reverse=True):
        m = _EXAMPLE.match(tail, end)
        if m and m.end() > m.start() and m.end() >= len(tail):
            stop = next(breaks(line, STOP, 0, 300), None)
            return stop.end() if stop else 0
    return 0
