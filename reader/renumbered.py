"""Answers a web page numbered "1." each: an HTML list of one item per answer, copied as text, shows every item
as "1." ("1. 2011-12: One burial; ...", "1. 2011-12: One; ...", "1. Cremations are only arranged when ...").
Read in order, the second such "1." answers question 2, the third question 3: the reply is rewritten with those
numbers before it is read, keeping every offset (one digit for another)."""

from __future__ import annotations

import re

_MARK = re.compile(r"^([ \t]*)(\d{1,2})([.)])[ \t]+(?=\S)", re.MULTILINE)


def renumber_ones(text: str, groups: int) -> str:
    """``text`` with each run of two or more line-opening "1." marks (no other number's mark between them) numbered
    1, 2, 3 ... in order, when the run holds no question ("?": the request's questions restated, each "1.", are
    placed by their words) and the survey asks at least as many numbered questions (``groups``)."""
    marks = list(_MARK.finditer(text))
    if sum(m.group(2) == "1" for m in marks) < 2:
        return text
    runs: list[list] = []
    for i, m in enumerate(marks):
        # (at one indent: "1." under "1." one step in is the first item of a list inside an answer)
        if m.group(2) == "1" and i and marks[i - 1].group(2) == "1" and marks[i - 1].group(1, 3) == m.group(1, 3):
            runs[-1].append(m)
        elif m.group(2) == "1":
            runs.append([m])
    chars = None
    for run in runs:
        if not 2 <= len(run) <= min(groups, 9):
            continue
        ends = [n.start() for n in run[1:]] + [_next_mark(marks, run[-1], len(text))]
        if any("?" in text[m.start():end] for m, end in zip(run, ends)):
            continue
        chars = chars or list(text)
        for k, m in enumerate(run[1:], start=2):
            chars[m.start(2)] = str(k)
    return "".join(chars) if chars else text


def _next_mark(marks: list, m, length: int) -> int:
    i = marks.index(m)
    return marks[i + 1].start() if i + 1 < len(marks) else length


# "We are able to answer questions 6 and 7, and the answers are below.": the questions a list below answers
_NAMED = re.compile(r"\b(?:answer|answers\s+to|respond\s+to|responses\s+to)\s+questions?\s+(\d{1,2}(?:\s*(?:,|and|&)\s*"
                    r"\d{1,2})+)\b[^.\n]{0,40}\b(?:below|as\s+follows)\b", re.IGNORECASE)


def renumber_named(text: str) -> str:
    """``text`` with a list numbered from "1." below a sentence naming the questions it answers ("We are able to
    answer questions 6 and 7, and the answers are below." / "  1. We only share this information with ..." /
    "  2. No.") numbered with those questions, in order, when it has one item for each (one digit for another)."""
    m = _NAMED.search(text) if "uestion" in text else None
    if m is None:
        return text
    named = re.findall(r"\d{1,2}", m.group(1))
    marks = [k for k in _MARK.finditer(text, m.end())][:len(named)]
    if len(marks) != len(named) or [k.group(2) for k in marks] != [str(i) for i in range(1, len(named) + 1)] \
            or any(len(n) != 1 for n in named) or len({k.group(1) for k in marks}) != 1:
        return text
    chars = list(text)
    for k, n in zip(marks, named):
        chars[k.start(2)] = n
    return "".join(chars)
