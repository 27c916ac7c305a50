"""A count of cases said to be still open, in the sentence of an answer: "1 complaint is ongoing and 4 complaints were
deemed a breach", "1 was completed ... and 1 still ongoing" (in brackets after the answer, "2022 – 84 (5 appeals still
ongoing)", it is an aside, read before this by reply_lines' not-a-figure rules).
Councils add them beside an answer to say what is not yet decided; they answer a question only where it asks about
open, pending or outstanding cases. (A table's row labelled so, "ongoing <5* 9 7 10" under claims, is left to the
table readers: its withheld cells are what tells its question is answered in part.)"""

from __future__ import annotations

import re

# the figure's own words, then what state the things counted are in (no comma, stop or "and" between: "1 was
# completed ... and 1 still ongoing" holds two figures, the second the open one)
_WORD = r"(?:(?!(?:and|but|or|of|were|was|are|is)\b)[A-Za-z][\w'-]*|(?:19|20)\d\d)"
_OPEN = r"(?:still[ \t]+|currently[ \t]+)?(?:ongoing|on-going|pending|in[ \t]+progress)\b"
_OPEN_AFTER = re.compile(r"[ \t]+(?:" + _WORD + r"[ \t]+){0,5}(?:(?:is|are|was|were|remains?|remained)[ \t]+)?"
                         + _OPEN, re.IGNORECASE)
_ASKS_OPEN = re.compile(r"\b(?:ongoing|on-going|pending|progress|open|outstanding|awaiting|undecided|unresolved|"
                        r"live|current(?:ly)?|not\s+yet|still)\b", re.IGNORECASE)


def counts_open_cases(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts cases its own words after it say are still open."""
    return _OPEN_AFTER.match(text, end) is not None


def asks_open_cases(question_texts) -> bool:
    """Whether a question about the subject asks about cases still open."""
    return any(_ASKS_OPEN.search(t or "") for t in question_texts)
