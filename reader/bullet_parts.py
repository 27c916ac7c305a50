"""A question asked in lettered parts, answered under its number by as many bullets, in the request's order: the
n-th bullet answers the n-th part. "2. In the event that the entire report is considered exempt, please provide at
minimum: • The total number of live enforcement cases at quarter end • The number of new cases opened during the
quarter ... • Any policy or procedural updates ..." answered "2. As follows: • 117. • 58. • 81. • 1 Listed Building
Enforcement Notice, ... • The Council does not hold this information. • The Council does not hold this
information.": parts a-d given, e-g not held.

Read only where the number's own line says nothing but a lead-in ("2. As follows:", "2.") and the bullets under it are
exactly as many as the parts; bullets in the parts' own words are the request quoted, not its answer."""

from __future__ import annotations

import re

from .answer_status import _status_of_answer
from .classify import QuestionResult
from .numbered_answers import _item_quoted
from .question_number import NUMBER
from .questions import parent_of
from .survey import Survey

# a question's number alone on its line, or with a lead-in that gives nothing: "2. As follows:", "Q2 - see below"
_NUMBER_LEAD = re.compile(r"(?im)^[ \t]*" + NUMBER + r"[ \t]*[.):-][ \t]*"
                          r"(?:(?:(?:the\s+answers?\s+(?:is|are)\s+)?as\s+follows|(?:please\s+)?see\s+below)"
                          r"[ \t]*[:.-]?)?[ \t]*$")
_BULLET_LINE = re.compile(r"[ \t]*[\u2022\u00b7\u25aa\u25cf*-][ \t]+(\S[^\n]*)")


def parts_in_bullets(questions: list, survey: Survey, live: str, original: str, facts: list) -> list:
    """``questions`` with each lettered part of a number answered by bullets in order given its bullet's status."""
    if "\u2022" not in live and "\u25cf" not in live and "\u25aa" not in live and "\u00b7" not in live:
        return questions        # (no bullet of the kinds councils paste: most replies)
    groups: dict[str, list] = {}
    for q in survey.questions:
        if (n := parent_of(q.id)) is not None and survey.question(n) is None:
            groups.setdefault(n, []).append(q)
    groups = {n: parts for n, parts in groups.items() if len(parts) >= 2}
    if not groups:
        return questions
    by_id = {q.question: q for q in questions}
    changed = False
    for m in _NUMBER_LEAD.finditer(live):
        parts = groups.get(m.group(1))
        if parts is None:
            continue
        items = _bullets_under(live, m.end())
        if len(items) != len(parts) or any(_item_quoted(live[a:b], p.text) for (a, b), p in zip(items, parts)):
            continue
        for (a, b), part in zip(items, parts):
            said = _status_of_answer(live[a:b])
            figures = any(f.question == part.id and a <= f.start < b for f in facts)
            res = ("successful" if said == "successful" else "partially_successful") if figures else said
            by_id[part.id] = QuestionResult(part.id, res, [], False, original[a:b], a, b)
            changed = True
    if not changed:
        return questions
    return survey.in_order(by_id.values())


def _bullets_under(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the bullet items on the lines after ``pos`` (blank lines between them allowed), up to the first
    line that is not one."""
    out = []
    at = text.find("\n", pos)
    while at >= 0:
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            m = _BULLET_LINE.match(line)
            if m is None:
                break
            out.append((start + m.start(1), start + len(line.rstrip())))
        at = end if end < len(text) else -1
    return out

