"""Answers a web page numbered "1." each: an HTML list of one item per answer, copied as text, shows every item
as "1." ("1. 2011-12: One burial; ...", "1. 2011-12: One; ...", "1. Cremations are only arranged when ...").
Read in order, the second such "1." answers question 2, the third question 3: the reply is rewritten with those
numbers before it is read, keeping every offset (one digit for another). So is a request in sections that each
number from 1 ("Management of Subject Access Requests:" / "1. ..."), which a draft numbers on, answered the same
way (section_edits): there a number may need one more digit ("10." where "3." stands), and parse_reply takes
every position back to the page as given (to_given). Answers numbered with a slash ("1/ Please note, ...", "2/ Dogs
Euthanised:", "5a,b,c/ NSDC has ...") are numbered with a full stop (slash_marks) before either is looked for."""

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


# "1/ ...", "5a,b,c/ ...": a line opening with a question's number (or its parts' letters) and a slash; a date
# ("01/04/2023") has a digit after its slash ("15, 16, 17/ ...", several questions' numbers, is left as it is)
_SLASH_MARK = re.compile(r"^[ \t]*\d{1,2}[a-h]?(?:[ \t]*,[ \t]*[a-h])*(/)[ \t]+(?=\S)", re.MULTILINE)


def slash_marks(text: str) -> str:
    """``text`` with each line-opening "N/" mark made "N." (one character for another), where two or more such marks
    open lines and their numbers rise: a reply that numbers its answers so ("1/ Please note, we provide ...",
    "2/ Dogs Euthanised:", ...) is then read as one numbered "1.", "2.", ..."""
    if "/" not in text:
        return text
    marks = list(_SLASH_MARK.finditer(text))
    firsts = [int(re.match(r"[ \t]*(\d+)", m.group(0)).group(1)) for m in marks]
    if len(marks) < 2 or any(b <= a for a, b in zip(firsts, firsts[1:])):
        return text
    chars = list(text)
    for m in marks:
        chars[m.start(1)] = "."
    return "".join(chars)


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



def section_edits(text: str, groups: list[str]) -> list[tuple[int, int, str]]:
    """Numbered lists that start again at "1." in each section of the request, numbered on as the survey numbers
    them ("Management of Freedom of Information Requests:" / "1. ..." ... "4. ..." / "Management of Subject Access
    Requests:" / "1. ..." ... "4. ..." answers questions 1-8): the edits (start, end, new number) that do it, in
    order. Done only where every line-opening number of the text falls in runs 1, 2, 3 ... that, taken in order,
    add up to the survey's numbered questions once or more (the request restated, then the answers), two runs or
    more each time. A new number one digit longer takes a space of the indent, or one of two spaces after the mark,
    where there is one; otherwise the edit makes the text one character longer (see apply_edits, to_given)."""
    n = len(groups)
    if n < 3 or n > 99 or groups != [str(i) for i in range(1, n + 1)]:
        return []
    marks = list(_MARK.finditer(text))
    if not marks or marks[0].group(2) != "1":
        return []
    runs: list[list] = []
    for m in marks:
        if _RANGE_AFTER.match(text, m.end()):
            return []       # "1. -3. To find this information ...": one answer for a range of questions
        k = int(m.group(2))
        if k == 1:
            runs.append([m])
        elif k == int(runs[-1][-1].group(2)) + 1 and m.group(1, 3) == runs[-1][-1].group(1, 3):
            runs[-1].append(m)
        else:
            return []
    new: list[tuple[object, int]] = []
    done, cycle_runs = 0, 0
    for run in runs:
        if len(run) < 2:
            return []       # a section of one question is no list numbered again
        new.extend((m, done + i) for i, m in enumerate(run, start=1))
        done, cycle_runs = done + len(run), cycle_runs + 1
        if done > n:
            return []
        if done == n:
            if cycle_runs < 2:
                return []
            done, cycle_runs = 0, 0
    if done:
        return []
    edits = []
    for m, k in new:
        old, want = m.group(2), str(k)
        if old == want:
            continue
        a, b = m.start(2), m.end(2)
        if len(want) > len(old) and m.group(1):
            a -= 1                                  # "  3. ..." -> " 10. ...": one space of the indent
            want = want.rjust(b - a)
        elif len(want) > len(old) and m.end() - m.start(3) >= 3:
            # "3.  2 late" -> "10. 2 late": one of two spaces after the mark
            b = m.end()
            want = (want + m.group(3)).ljust(b - a)
        edits.append((a, b, want))
    return edits


_RANGE_AFTER = re.compile(r"[-\u2013][ \t]*\d{1,2}\b")


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with ``edits`` (section_edits) made."""
    if not edits:
        return text
    out, at = [], 0
    for a, b, new in edits:
        out += [text[at:a], new]
        at = b
    out.append(text[at:])
    return "".join(out)


def to_given(edits: list[tuple[int, int, str]]):
    """A function from a position in the edited text to the same place in the text as given (the identity where
    no edit changed the length)."""
    grown = [(a, b, len(new) - (b - a)) for a, b, new in edits if len(new) != b - a]
    if not grown:
        return None

    def given(pos: int) -> int:
        shift = 0
        for a, b, d in grown:
            if pos >= b + shift + d:
                shift += d          # past this edit's new number
            elif pos > a + shift:
                return min(pos - shift, b)      # inside the new number: its place in the old one
            else:
                break
        return pos - shift
    return given
