"""A sum named again with "the" after the request named it ("On 24th June 2020, the Government announced an
additional £105 million would be spent on ..." above the questions, then "The £105 million for rough sleeping is
target to local authorities in England and Wales." in the answer): the council speaks of the requester's figure and
gives none of its own. (A sum the reply itself gave above, as a figure, is left alone: "the £5,000" then repeats
an answer.)"""

from __future__ import annotations

import re

from .model import Fact
from .places import figure_places

_THE_BEFORE = re.compile(r"\bthe[ \t]+£[ \t]?$", re.IGNORECASE)
_MONEY = ("total_cost_gbp", "unit_cost_gbp")


def without_sums_named_before(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` without a sum written "the £…" whose same amount, written the same way, stands earlier in the
    text where no figure was read."""
    drop = []
    for f in facts:
        if f.measure not in _MONEY:
            continue
        for s, e in figure_places(text, f):
            if not _THE_BEFORE.search(text, max(0, s - 8), s):
                continue
            written = re.escape(text[s:e])
            for m in re.finditer(r"£[ \t]?" + written + r"(?![\d,.])", text[:max(0, s - 1)]):
                if not any(g.start <= m.start() < g.end and g.value == f.value for g in facts):
                    drop.append(id(f))
                    break
            else:
                continue
            break
    return [f for f in facts if id(f) not in drop] if drop else facts
