"""An answer that opens with a word for nought, then says why: "Q3 - Zero, HBC do not pay for the disposal of
waste, this would be East Sussex County Council ...", "8. None – bins have been moved to areas where they would
be better utilised, but not removed." The word, right after the question's number and before a comma or dash, is
the answer, however long the reason after it: the line reads as a short answer does, not as prose."""

from __future__ import annotations

import re

from ..scan import Value

# the question's number (or nothing) before the word, a stop, comma or dash after it
_BEFORE = re.compile(r"[ \t]*(?:(?:q(?:uestion)?[ \t]*)?\d{1,2}[a-z]?[ \t]*[.):]?[ \t]*[-\u2013\u2014:]?[ \t]*)?",
                     re.IGNORECASE)
_AFTER = re.compile(r"[ \t]*[,.;:\u2013\u2014-]")
_NOUGHT = re.compile(r"none|nil|zero", re.IGNORECASE)


def zero_leads_answer(text: str, line_start: int, values: list[Value]) -> bool:
    """Whether ``values`` (the figures of a line's sentence) are one word for nought that opens the line's
    answer, after its question's number at most, and is cut off from the words after it."""
    if len(values) != 1:
        return False
    v = values[0]
    return (v.zero and _NOUGHT.fullmatch(v.text) is not None and _BEFORE.fullmatch(text, line_start, v.start) is not None
            and _AFTER.match(text, v.end) is not None)
