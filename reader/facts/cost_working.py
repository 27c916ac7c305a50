"""A count that a cost-limit refusal works from: "A report has identified 730 cases logged to repairs. ... Using our
calculation of 5 minutes to review each case, ... 730 x 5 = 3650 minutes = 60.8 hours. (S12)". The figure is how
many records would need checking, multiplied out into time below it: the refusal's working, not an answer."""

from __future__ import annotations

import re

from ..first_chars import from_first_char
from .model import Fact

_TIME = re.compile(r"\b(?:minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)
_TIME_FAST = from_first_char(_TIME) or _TIME     # (searched from an "m" or "h" only)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_REACH = 800


def _written(value: float) -> list[str]:
    if value != int(value):
        return []
    n = int(value)
    return sorted({str(n), f"{n:,}"}, key=len, reverse=True)


def without_cost_working(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` without a count its own paragraph goes on to multiply or divide into time ("730 x 5 = 3650
    minutes", "560/6 cases per hour")."""
    out = []
    for f in facts:
        if f.measure == "count" and (forms := _written(f.value)):
            end = _PARAGRAPH_END.search(text, f.start, f.start + _REACH)
            para = text[f.start:end.start() if end else min(len(text), f.start + _REACH)]
            # (the words of time first: most paragraphs hold none, and each figure's pattern is compiled anew)
            if _TIME_FAST.search(para) and any(re.search(r"(?<![\d,.])" + re.escape(w) + r"[ \t]*(?:x|×|\*|/)[ \t]*\d",
                                                    para) for w in forms):
                continue
        out.append(f)
    return out
