"""Answers written under no number where the reply numbers the others: the answers run in the request's order, so
a block of figures standing where a number is missing is that number's answer. A page that loses its bold
headings keeps the numbers written in the answers' text ("Q2. ... not held." / "Q4. 100%") and drops the rest:

    Q5. How many ransomware attacks were successful?        (the request, restated: its last question)
    2019 - 282,213 (from June 2019 onwards)                  (question 1's answer: the numbers start again at 2)
    Q2. Herefordshire Council do not report on ..., therefore this information is not held.
    2019 - 0.004% (from June 2019 onwards)                   (question 3's answer: between 2 and 4)
    Q4. 100%

Under a heading the answers start at ("Response 16-11-2017", "Our response"), figures before a first numbered answer
"2." are question 1's likewise."""

from __future__ import annotations

import bisect
import re

from ..question_number import ANY_NUMBER
from .model import _Line


# the heading the answers start under: "Response 16-11-2017", "Our response", "Answers:"
_ANSWERS_START = re.compile(r"[ \t]*(?:our[ \t]+|the[ \t]+council'?s[ \t]+)?(?:response|answers?|reply|decision)[ \t]*:?[ \t]*"
                            r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?[ \t]*$", re.IGNORECASE)
_NEXT_NUMBER = re.compile(r"^[ \t]*(?:Q[ \t]*)?(\d{1,2})[.):]", re.MULTILINE | re.IGNORECASE)
# a blank line right before the line: it opens a block
_BLOCK_START = re.compile(r"\n[ \t]*\n[ \t]*$")
# an answer said whole on its number's line: words after the number, closed by a full stop ("Q2. ... not held.")
_SAID_WHOLE = re.compile(r"[ \t]*" + ANY_NUMBER + r"[.):][ \t]*\S[^\n?]*\.[ \t]*$", re.IGNORECASE)


def first_unnumbered(text: str, line: _Line, survey):
    """Question 1, when ``line`` is the heading the answers start under and the first numbered answer after it is
    "2.": the answers are in order, the first written under no number ("Response 16-11-2017" / "Year Total Number
    of Registered Borrowers" / "2016-17 47,477" ... / "2. 2 in Lossiemouth library ..."); else None."""
    if not _ANSWERS_START.fullmatch(line.text):
        return None
    nxt = _NEXT_NUMBER.search(text, line.end)
    if nxt is None or nxt.group(1) != "2" or not re.search(r"\d", text[line.end:nxt.start()]):
        return None
    return survey.question("1")


def numbered_starts(text: str) -> list[tuple[int, int]]:
    """(where, which number) of every line a number opens ("Q2.", "4)"), in order: found once for a reply."""
    return [(m.start(), int(m.group(1))) for m in _NEXT_NUMBER.finditer(text)]


def between_numbers(text: str, line: _Line, last: tuple[int, _Line] | None, survey,
                    numbered: list[tuple[int, int]]):
    """The question whose number the reply leaves out, when ``line`` opens a block with figures (after a blank
    line, under no number) that stands where that number would: after the request's questions restated (the last
    ends in "?") and before the answers' "2." (question 1: the numbers start again, at 2), or after an answer said
    whole on its number's line ("Q2. ... therefore this information is not held.") and before the number after
    next ("Q4.") (question 3). ``last``: the number of the last numbered line above and that line; ``numbered``:
    numbered_starts(text). None otherwise."""
    if line.marker or last is None or not (line.values or line.periods) or not re.search(r"\d", line.text) \
            or not _BLOCK_START.search(text, max(0, line.start - 40), line.start):
        return None
    i = bisect.bisect_left(numbered, (line.end, -1))
    if i == len(numbered):
        return None
    before, after = last[0], numbered[i][1]
    if after == 2 and before >= 2 and "?" in last[1].text:
        qid = "1"
    elif before + 2 == after and _SAID_WHOLE.match(last[1].text):
        qid = str(before + 1)
    else:
        return None
    return survey.question(qid)     # (None for a number asked in lettered parts: which one is not said)
