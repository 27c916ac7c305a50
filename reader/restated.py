"""Answers under a question restated on a line of its own (no number): the line below it, or the words run on
after its "?"."""

from __future__ import annotations

import re

from .answer_status import _status_of_answer
from .question_words import _COMMON_WORDS, _WORDS, _question_content, _quoted_from
from .questions import parent_of
from .survey import Survey


# a question on a line of its own (its number, when it has one, may be the list's own: "1. If yes to question five")
_QUESTION_LINE = re.compile(r"^[ \t]*(\S[^\n]{10,400}\?)[ \t]*$", re.MULTILINE)
# a line that may restate a question: asked ("...?") or as a heading, bullet or number aside
_RESTATED_LINE = re.compile(r"^[ \t]*(?:[\u2022\u00b7*-][ \t]+)?(\S[^\n]{10,400}?)[ \t]*$", re.MULTILINE)


class _RestatedLine:
    """A line that may restate a question (see _RESTATED_LINE), its words read once for every question asked of it:
    ``said`` its words (common words aside); where an answer runs on after its "?" ("... regulations? Information
    about PCNs ..."), ``cut_said`` the words up to the "?", ``tail`` what follows and ``tail_words`` its words."""

    __slots__ = ("m", "line_said", "said", "cut_said", "cut", "tail", "tail_words", "tail_may_answer")

    def __init__(self, m: re.Match) -> None:
        self.m = m
        line_said = m.group(1).rstrip()
        self.line_said = line_said
        self.said = set(_WORDS.findall(line_said.lower())) - _COMMON_WORDS
        self.cut_said = None
        self.tail = ""
        self.tail_words: set[str] = set()
        self.tail_may_answer = False
        if "?" in line_said and not line_said.endswith("?"):
            cut = line_said.index("?") + 1
            self.cut = cut
            self.tail = line_said[cut:].strip()
            self.tail_words = set(_WORDS.findall(self.tail.lower())) - _COMMON_WORDS
            # (three words or more, and not the requester asking on)
            self.tail_may_answer = len(self.tail.split()) >= 3 and not _REQUESTER_ASKS.match(self.tail)
            self.cut_said = set(_WORDS.findall(line_said[:cut].lower())) - _COMMON_WORDS


def restated_lines(text: str) -> list[_RestatedLine]:
    """Every line of ``text`` that may restate a question, read once (see _answer_below_restated)."""
    return [_RestatedLine(m) for m in _RESTATED_LINE.finditer(text)]


def _answer_below_restated(text: str, q, survey: Survey,
                           lines: list[_RestatedLine] | None = None) -> tuple[str, tuple[int, int]] | None:
    """The answer on the line below the question restated word for word on a line of its own (no number): the
    status it gives and its span. None when no line restates the question, or the line below is another question,
    or empty. ``lines``: restated_lines(text), when the caller asks this of several questions."""
    asked = _question_content(q.text)
    # (a short question, "If so, what hours are they affected?", has too few words to weigh: only its words exactly)
    exact_only = _plain(q.text) if len(asked) < 3 else None
    if exact_only == "":
        return None
    other_qs = [o for o in survey.questions if o.id != q.id]
    others = [_question_content(o.text) for o in other_qs]
    # another question asked whole, its parts' words together: the request's own line for a question the survey
    # splits into parts ("- With regard to trade union facility time, please provide the total cost ... the budget
    # ... the current number of employees ...") is no answer to the question restated above it
    own = parent_of(q.id) or q.id
    wholes: dict[str, set] = {}
    for o, words in zip(other_qs, others):
        if (g := parent_of(o.id) or o.id) != own:
            wholes.setdefault(g, set()).update(words)
    found = None
    # a line shares half the question's words or more (below): fewer than that, and it is not looked at further
    least = 0.5 * len(asked)
    for ln in (restated_lines(text) if lines is None else lines):
        m = ln.m
        line_said = ln.line_said
        tail = ""
        said = ln.said
        if ln.cut_said is not None:
            # the answer run on after the question on its line ("... breached bus lane regulations? Information
            # about PCNs issued in London is published annually ..."), unless what follows is more of the question
            tail_words = ln.tail_words
            if ln.tail_may_answer and not (tail_words and len(tail_words & asked) >= 0.8 * len(tail_words)):
                tail = ln.tail
                line_said = line_said[:ln.cut]
                said = ln.cut_said
        if exact_only is not None:
            # (asked, with its "?": a short item of the request's list, "a) number of new rooms", is no heading)
            if _plain(line_said) != exact_only or not line_said.rstrip().endswith("?"):
                continue
        elif len(said & asked) < least:
            continue
        common = len(said & asked)
        # a heading without "?" ("Total number of days lost to Mental Health issues within the Authority") must
        # be the question's words closely, though the council puts its own name for "the council" and leaves out
        # the request's notes; a sentence (a full stop) is an answer, not a heading. A question that asks, then
        # says more ("...reason for illness? Please can you show this figure as ...") is asked all the same.
        widened = False
        if exact_only is not None:
            pass        # the question word for word
        elif "?" in line_said:
            if len(said) < 3 or common < 0.6 * len(asked):
                continue
            if common < 0.8 * len(said):
                if not (line_said.rstrip().endswith("?") and _all_asked(common, asked, said)):
                    continue        # (a clause more inside the question; not the requester asking on after it)
                widened = True
        elif line_said.endswith(".") or len(said) < 4 or common < 0.65 * len(said) \
                or common < 0.5 * len(asked):
            continue
        if exact_only is None and any(len(said & o) / max(1, len(o)) > common / len(asked) for o in others):
            continue        # the line restates another question better
        if widened and any(len(said & o) >= common / len(asked) * len(o) for o in others if len(o) >= 3):
            continue        # a line asking more than the question asks others as well: the request's, whole
        if tail:
            end = m.start(1) + len(m.group(1).rstrip())
            start = end - len(tail)
            found = _status_of_answer(tail), (start, end)
            continue

        # (past a label over the answer: "Answer", "Response:")
        nxt = _LINE_BELOW.match(text, m.end())
        if nxt is None:
            continue
        line = nxt.group(1).strip()
        words = set(_WORDS.findall(line.lower())) - _COMMON_WORDS
        if not line or line.endswith("?") or not re.search(r"[A-Za-z]{2,}|\d", line) or _NUMBERED_LINE.match(line) \
                or _SIGNED_OFF.match(line) \
                or (any(len(words) >= 3 and len(words & o) >= 0.6 * len(words)
                        for o in others + [asked] + list(wholes.values())) and not _said_not(line, q.text)) \
                or any(_quoted_from(line, o.text) for o in survey.questions):
            continue
        start = nxt.start(1)
        end = start + len(nxt.group(1).rstrip())
        found = _status_of_answer(line), (start, end)
    # the last: a reply restates the request at its top and again above each answer
    return found


def _plain(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


# a negation the question does not hold: "No professional valuation of the market rental value of the space has been
# sought either in-house or externally." under "Whether a professional valuation ... has been sought ...": the
# question's words said in the negative, as a sentence, are its answer
_NOT = re.compile(r"\b(?:not|no|never|none|nor)\b|n't\b", re.IGNORECASE)


def _said_not(line: str, question: str) -> bool:
    return line.rstrip().endswith(".") and bool(_NOT.search(line)) and not _NOT.search(question)


_LINE_BELOW = re.compile(r"\n(?:[ \t]*\n)*(?:[ \t]*(?:our\s+)?(?:answers?|responses?|reply)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*)?"
                         r"([^\n]+)", re.IGNORECASE)


# the requester asking on ("Please can you show this figure as ...", "Could you also ..."), not a council answering
# ("Please find below ...", "Please note ...")
_REQUESTER_ASKS = re.compile(r"\W*(?:please\b(?!\s+(?:find|see|note|be\s+advised|refer))|(?:could|can|would|will)\s+you\b|"
                             r"i\s+(?:would|am|wish|want)\b"
                             # the requester saying what the question takes in: "These offences might include but are
                             # not limited to using a fake blue badge ..."
                             r"|(?:this|these|that|those|such)\s+(?:[\w-]+\s+){0,2}(?:might|may|could|would|can|should)\s+"
                             r"include\b)", re.IGNORECASE)


_NUMBERED_LINE = re.compile(r"(?:(?:question|q)\s*)?\(?\d{1,2}[a-z]?\s*[.):](?!\d)", re.IGNORECASE)


# the requester's sign-off under the request's last question ("4) If the figures are held, ...?" / "Yours
# faithfully,"): the request ends there, no answer
_SIGNED_OFF = re.compile(r"(?:yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)\s+regards)\b", re.IGNORECASE)


def _all_asked(common: int, asked: set, said: set) -> bool:
    """A line that asks every word of the question and a clause more, the request's own: "... carried out by the
    local authority under the Public Health (Control of Diseases) Act 1984 or as many years of data as you have
    available?" restating "... carried out by the local authority." (a survey that leaves the clause out)."""
    return len(asked) >= 6 and common >= 0.9 * len(asked) and len(said) <= 2 * len(asked)
