"""Open questions answered under numbers the other readers pass over (question_status.fill_open's reading of a
reply's numbered lines): a number asked only in lettered parts, numbers answered together, a short answer in
words between answered numbers, a yes/no question restated in the negative."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from . import classify as C
from .answer_status import _status_of_answer
from .numbered_answers import _mark_answer
from .numbers import LOOSE_FIGURE
from .status_common import MAX_LINES, _WORD, _parent
from .survey import Survey

# two or more numbers opening a line, answered together: "2 & 3 The cameras rotate on their mount ...", "1. and 2. ..."
_NUMBERS_TOGETHER = re.compile(r"^[ \t]*(?P<ids>\d{1,2}\.?(?:[ \t]*(?:,|&|and|-|\u2013|to)[ \t]*\d{1,2}\.?)+)[ \t]*[.):\-\u2013]?[ \t]+"
                               r"(?P<answer>[^\n]+)", re.IGNORECASE | re.MULTILINE)
# a number on a line of figures ("010415 - 310316 21 vehicle damage £0.00 pd", "2021/22 740": two or more)
_NUMBER = re.compile(LOOSE_FIGURE)
# a line opening with a question's number, and what follows it
_NUMBERED_ANSWER = re.compile(r"^[ \t]*(\d{1,2})[ \t]*[.)][ \t]*(?P<rest>[^\n]*)", re.MULTILINE)
# the words on a numbered line after its number: "3. Kingdom"
_AFTER_NUMBER = re.compile(r"[ \t]*(?:(?:question|q)[ \t]*)?\d{1,2}[a-z]?[ \t]*[.):][ \t]*(?P<rest>[^\n]*)", re.IGNORECASE)


def _with_figures(res: str, text: str, a: int, b: int) -> str:
    """An answer that refuses, then gives figures on two lines or more all the same ("Due to the low numbers
    involved, a breakdown ... is therefore exempt under section 38(1)(b) ... Can advise that for period there were 5
    vehicles / 010415 - 310316 21 vehicle damage £0.00 pd / ..."): part given, part refused."""
    if res == "rejected" and sum(1 for line in text[a:b].split("\n")[:200] if len(_NUMBER.findall(line)) >= 2) >= 2:
        return "partially_successful"
    return res


@lru_cache(maxsize=64)
def _asked_words(survey: Survey) -> dict[str, frozenset[str]]:
    """Each question's words, by id: once per survey (hashed by identity), not per reply; read only."""
    return {q.id: frozenset(_WORD.findall((q.text or "").lower())) for q in survey.questions}


def _under_numbers(survey: Survey, text: str, original: str, said: dict, marks: list) -> list:
    """Open questions answered under numbers the other readers pass over:

    - a number the survey asks only in lettered parts ("1. As follows:" over "a) More than 6 months b) More than 12
      months"): each part, when none of them has a status;
    - two numbers answered together at a line's start ("2 & 3 The cameras rotate on their mount and provide a field
      of view ..."): each of them;
    - a short answer in words on a numbered line ("3. Kingdom"), between numbers answered under their own: its own.
    """
    out: list = []
    ids = {q.id for q in survey.questions}
    words = _asked_words(survey)

    def result(qid: str, res: str, s: int, e: int):
        return C.QuestionResult(qid, res, [], False, original[s:e][:300], s, e)

    for i, (pos, aqid, why) in enumerate(marks):
        if aqid is None and why.startswith("number:"):
            num = why.split(":", 1)[1]
            parts = [q.id for q in survey.questions if _parent(q.id) == num]
            if num in ids or not parts or any(p in said for p in parts):
                continue
            asked = set().union(*(words[p] for p in parts))
            found = _mark_answer(text, marks, i, asked, "")
            if found is not None:
                body, (s, e) = found
                out += [result(p, _with_figures(_status_of_answer(body), text, s, e), s, e) for p in parts]
    mark_starts = [p for p, _, _ in marks]
    for m in itertools.islice(_NUMBERS_TOGETHER.finditer(text), MAX_LINES):
        named = re.findall(r"\d{1,2}", m.group("ids"))
        if len(named) == 2 and re.search(r"\d\.?\s*(?:-|\u2013|to)\s*\d", m.group("ids")) \
                and 0 < int(named[1]) - int(named[0]) <= 20:
            named = [str(n) for n in range(int(named[0]), int(named[1]) + 1)]     # "5. - 7. Not held."
        answer = m.group("answer").strip()
        if len(named) < 2 or "?" in answer or len(answer.split()) < 2:
            continue
        # (a number the survey asks only in lettered parts stands for its parts: "1. and 2. Due to the low numbers
        # involved ..." over "1a. Received ... 1b. Accepted ...")
        named = [x for n in named for x in ([n] if n in ids else [i for i in ids if _parent(i) == n] or [None])]
        if None in named:
            continue
        s, e = m.start("answer"), m.end("answer")
        # the joint answer runs to the next number after it: a question it names that has a status read there
        # gives it to the others ("1. & 2. Please Note: ..." over a table with "<5*" cells and the exemption below)
        i = bisect.bisect_right(mark_starts, m.end())
        end = min(mark_starts[i] if i < len(mark_starts) else len(text), m.end() + 3000, len(text))
        given = [said[n] for n in named if n in said and said[n].outcome and m.start() <= said[n].start < end]
        if given:
            res, (s, e) = given[0].outcome, (given[0].start, given[0].end)
        else:
            res = _with_figures(_status_of_answer(answer), text, m.end(), end)
        out += [result(n, res, s, e) for n in named if n not in said]
    for i, (pos, aqid, why) in enumerate(marks):
        if aqid not in ids or aqid in said or not 0 < i < len(marks) - 1:
            continue
        line = _AFTER_NUMBER.match(text, pos)
        rest = line.group("rest").strip() if line else ""
        if not rest or "?" in rest or len(rest.split()) > 3 or not re.search(r"[A-Za-z]{2,}", rest) \
                or set(_WORD.findall(rest.lower())) & words[aqid]:
            continue
        neighbours = []
        for j in (i - 1, i + 1):
            other = marks[j][1]
            neighbours.append(other in ids and other != aqid
                              and _mark_answer(text, marks, j, words[other], "") is not None)
        if all(neighbours):
            s = line.start("rest")
            out.append(result(aqid, _status_of_answer(rest), s, s + len(rest)))
    # a numbered line in a run of numbered lines ("1. 82 / 2. Information not held. ... / 3. Information not held.")
    # that the question-number reader took for another question's, its words naming that one's subject
    numbered = [(m.start(), int(m.group(1)), m) for m in itertools.islice(_NUMBERED_ANSWER.finditer(text), MAX_LINES)]
    last_of = {n: k for k, (_, n, _) in enumerate(numbered)}
    nested = _nested_items(numbered)
    for k, (pos, n, m) in enumerate(numbered):
        qid = str(n)
        if qid not in ids or qid in said or any(r.question == qid for r in out) or k in nested:
            continue
        before = numbered[k - 1][1] if k else None
        after = numbered[k + 1][1] if k + 1 < len(numbered) else None
        if before != n - 1 or (after is not None and after != n + 1) or (after is None and str(n + 1) in ids):
            continue
        # (the last such line: the reply answers after the request's own list)
        if last_of[n] != k:
            continue
        rest = m.group("rest").strip()
        seg_end = numbered[k + 1][0] if k + 1 < len(numbered) else min(len(text), m.end())
        seg = text[m.start("rest"):seg_end].strip()
        if rest.endswith("?") or not re.search(r"[A-Za-z]{2,}|\d", rest):
            continue
        said_words = set(re.findall(r"[a-z]{4,}", rest.lower()))
        if said_words and len(said_words & set(re.findall(r"[a-z]{4,}", (survey.question(qid).text or "").lower()))) \
                >= 0.5 * len(said_words):
            continue        # the question restated (the request's own list)
        s = m.start("rest")
        out.append(result(qid, _status_of_answer(seg), s, s + len(seg)))
    for pos, aqid, why in marks:
        if aqid not in ids or aqid in said or any(r.question == aqid for r in out):
            continue
        line = _AFTER_NUMBER.match(text, pos)
        rest = line.group("rest").strip() if line else ""
        if _negates(rest, survey.question(aqid).text or ""):
            s = line.start("rest")
            out.append(result(aqid, "successful", s, s + len(rest)))
    return out


def _nested_items(numbered: list) -> set[int]:
    """Which numbered lines (``numbered``: (pos, number, match) of _NUMBERED_ANSWER) are items of a list nested under
    a numbered line, indented deeper and numbered from 1 ("  1. How many home adaptations were delivered ...?" /
    "    1. 2019-20 - 53" / "    2. 2020-21 - 70" / "    3. 2021-22 - 84"): that question's answer, not questions
    2 and 3."""
    def indent(m) -> int:
        return len(m.group(0)) - len(m.group(0).lstrip(" \t"))
    out: set[int] = set()
    k = 1
    while k < len(numbered):
        width = indent(numbered[k][2])
        if numbered[k][1] == 1 and width > indent(numbered[k - 1][2]):
            j = k
            while j < len(numbered) and indent(numbered[j][2]) == width and numbered[j][1] == j - k + 1:
                j += 1
            # (not the answers listed again from 1 after the request's list of as many, indented deeper: "6. The
            # costs of purchasing 1 streetlight ..." then "  1. 18062 Lamp columns only" ... "  6. Refusal")
            if not (j - k >= 3 and numbered[k - 1][1] == j - k):
                out.update(range(k, j))
            k = j
        else:
            k += 1
    return out


_NEGATION = re.compile(r"\b(?:not|no|never|none|nor)\b|n't\b", re.IGNORECASE)


def _negates(line: str, question: str) -> bool:
    """Whether a numbered line answers its yes/no question by saying it in the negative, in the question's own words
    ("1. The local authority has not employed any entire children's social work team ... over the last five years."
    under "1. Has your local authority employed any entire children's social work team ...?"): a sentence, most of
    whose words are the question's, with a "not" the question does not have."""
    if not line.rstrip().endswith(".") or "?" in line or not re.match(
            r"\s*(?:has|have|does|do|did|is|are|was|were|will|can)\b", question, re.IGNORECASE):
        return False
    said = set(re.findall(r"[a-z]{4,}", line.lower()))
    asked = set(re.findall(r"[a-z]{4,}", question.lower()))
    return len(said) >= 4 and len(said & asked) >= 0.6 * len(said) and bool(_NEGATION.search(line)) \
        and not _NEGATION.search(question.split("?")[0])
