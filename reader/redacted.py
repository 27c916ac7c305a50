"""An answer given with part of it taken out under an exemption ("6. Please find the information you requested here.
Information that can identify individuals has been removed as this is exempt under section 38(1)(b)"): the refusal
says it removed something from what it gives, so the answer is partly given, not refused."""

from __future__ import annotations

import re

from .numbered_answers import _numbered_span

_REMOVED = re.compile(r"\b(?:has|have|had)[ \t]+been[ \t]+(?:removed|redacted|blanked[ \t]+out|blacked[ \t]+out)\b"
                      r"|\bredacted\b", re.IGNORECASE)


def removed_from_given(text: str, marks: list, q, positions: list[int]) -> bool:
    """Whether, under the question's own number, the sentence of a refusal at one of ``positions`` says something
    was removed from what is given."""
    for pos in positions:
        if _numbered_span(text, marks, q, pos) is None:
            continue
        a = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
        if _REMOVED.search(text, a, pos) or _REMOVED.match(text[pos:pos + 80].split(".")[0]):
            return True
    return False
