"""Questions answered together under one line's numbers ("3. & 4. Our records indicate the following are still
overdue as of today's date:" over "2016 - 1 Premises  1149 days overdue"): a length of time or share that the
first number's question does not ask for answers the one joined question that does."""

from __future__ import annotations

import re

from .reply_lines import _JOINED_MARKERS
from .words import _group, _MARKER


def joined_asking(text: str, at: int, survey, measure: str):
    """The one question among those numbered together on the line at ``at`` that asks for ``measure``, or None
    (no numbers joined there, or not exactly one of them asks for it)."""
    end = text.find("\n", at)
    line = text[at:end if end >= 0 else len(text)]
    m = _MARKER.match(line)
    if m is None or m.end() <= m.start():
        return None
    j = _JOINED_MARKERS.match(line, m.end())
    if j is None:
        return None
    first = m.group("qn") or m.group("n4") or m.group("n") or m.group("n2") or m.group("n5")
    numbers = {str(int(n)) for n in [first, *re.findall(r"\d{1,2}", j.group(0))] if n}
    asking = [q for q in survey.questions if _group(q.id) in numbers and measure in q.measures]
    return asking[0] if len(asking) == 1 else None


def counted_under_number(state, v, subject: str):
    """The question whose number opens the line of ``v`` where that question asks a count of another subject and
    the thing named right after ``v`` is ``subject`` ("2. 67 programmed visits; 5 revisits.": 5 counts revisits,
    what question 2 counts), else None."""
    sec, line = state.section, state.line
    if sec is None or line is None or state.section_line != line.start or "count" not in sec.measures \
            or sec.subject == subject:
        return None
    named = any(k == subject and 0 < a - v.end <= 2 for a, _, k in line.subjects)
    return sec if named else None
