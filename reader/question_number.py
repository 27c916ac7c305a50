"""A request's question number as a reply writes it at the start of a line: "1.", "Q2)", "Question 3 -", "4a:".

One spelling of it, which the patterns reading what follows a number are built from (a nought opening an answer,
"3. There were 12 ...", a number alone above bullets), so that a reply's numbering is read alike everywhere."""

from __future__ import annotations

import re

# "Q" or "Question" before the number
_CALLED = r"(?:q(?:uestion)?[ \t]*)?"
# the number, so called or not; group 1 is the number, without the part letter that may follow it
NUMBER = _CALLED + r"(\d{1,2})"
# the same, with no group (for patterns whose groups are other things)
ANY_NUMBER = _CALLED + r"\d{1,2}"
# a part's letter run onto the number: "4a"
PART = r"[a-z]?"
# the number opening a line, closed by a stop, a bracket, a colon or a dash
OPENS_LINE = re.compile(r"[ \t]*" + NUMBER + PART + r"[ \t]*[.):\-\u2013\u2014]", re.IGNORECASE)
