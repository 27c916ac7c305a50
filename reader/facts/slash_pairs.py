"""Two figures a council writes for one period with a slash between them ("2017 - 839/429": premises registered /
premises subject to inspection, the two things a question's words ask), which the number reader leaves as one
reference ("FOI2021/1234", "839/429" anywhere else).

Read only on a line that is a period's label, a dash or colon, and the pair alone: not a date ("12/05"), not a
financial year ("2017/18"), not a number with a leading zero."""

from __future__ import annotations

import re

from ..numbers import THOUSAND_GROUP, parse_number
from ..scan import Value
from ..sentences import line_bounds

# a figure in thousands or not, with no leading zero (a reference's "0429" is no figure)
_NO_LEADING_ZERO = rf"[1-9]\d{{0,2}}(?:{THOUSAND_GROUP})*|[1-9]\d*"
_PAIR_LINE = re.compile(r"[ \t]*(?:19|20)\d\d(?:[/-]\d{2}(?:\d{2})?)?[ \t]*[-\u2013:][ \t]*"
                        r"(?P<a>" + _NO_LEADING_ZERO + r")[ \t]*/[ \t]*(?P<b>" + _NO_LEADING_ZERO + r"|0)"
                        r"[ \t]*\.?[ \t]*$")


def slash_pair(raw: str) -> list[Value]:
    """The two figures of ``raw`` where it is a period's line of a slashed pair, else none."""
    if "/" not in raw:
        return []
    m = _PAIR_LINE.match(raw)
    if m is None:
        return []
    a, b = parse_number(m.group("a")), parse_number(m.group("b"))
    if a <= 31 and 1 <= b <= 12 or b == (a + 1) % 100 or a >= 1900 and b >= 1900:
        return []      # a day and month, a financial year's two years
    return [Value(m.start("a"), m.end("a"), a, False, False, False, m.group("a")),
            Value(m.start("b"), m.end("b"), b, False, False, b == 0, m.group("b"))]


def in_slash_pair(text: str, v: Value) -> bool:
    """Whether ``v`` (a value of ``text``) is one of the two figures of its line's slashed pair (the number reader
    calls each a reference)."""
    ls, le = line_bounds(text, v.start, v.end)
    return any(ls + p.start == v.start for p in slash_pair(text[ls:le]))
