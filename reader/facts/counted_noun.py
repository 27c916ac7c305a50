"""A figure that counts a thing is no sum of money: "2018/19 - 4 agreements with costs of 3 agreements totalling
£57,864.90" asks the money question's words ("costs") around the 3, but the 3 is written without "£" and counts the
agreements named right after it. A money figure whose number, wherever its quote writes it, has no "£" before it
and a word after it that names a thing (in lower case, no unit of money nor a word of a sentence) is dropped. So is
one written before "FTE" ("a 0.51 FTE role", "4.1 full-time equivalent posts"): a count of staff, never money."""

from __future__ import annotations

import re

from .model import Fact
from .places import figure_places
from ..survey import MONEY_MEASURES as _MONEY

_POUND_BEFORE = re.compile(r"(?:£|gbp|\bpounds?)[ \t]*$", re.IGNORECASE)
# a word right after the number, in lower case, that names what it counts: "3 agreements", "12 officers" (not a unit
# of money, "5 pounds", "17 thousand", nor a word of a sentence: "876736 Not available separately", "500 per year")
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:pounds?|sterling|gbp|k|m|mn|bn|million|billion|thousand|p|pence|per|each|a|an|in|"
                         r"to|and|or|for|of|was|were|is|are|be|been|total|including|excluding|inc|incl|excl|plus|ex|"
                         r"vat|net|gross|not|no|nil|none|from|with|by|at|on|as|the|this|that|which|since|until|so|"
                         r"far|approx|approximately|only|respectively|over|under|above|below|less|more|up|down)\b)"
                         r"[a-z]{3,}\b")

# full-time equivalents, however written: "0.51 FTE", "2 f.t.e.", "3.5 full time equivalent"
_STAFF_AFTER = re.compile(r"[ \t]*(?:FTEs?\b|f\.t\.e\b|full[ \t-]*time[ \t-]*equivalents?\b)", re.IGNORECASE)


def without_counts_as_money(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` without a sum of money read from a number that counts a thing (see module doc)."""
    out = []
    for f in facts:
        if f.measure in _MONEY and f.value:
            places = figure_places(text, f)
            if places and all(not _POUND_BEFORE.search(text, max(0, s - 6), s)
                              and (_NOUN_AFTER.match(text, e) or _STAFF_AFTER.match(text, e)) for s, e in places):
                continue
        out.append(f)
    return out
