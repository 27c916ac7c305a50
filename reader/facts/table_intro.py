"""A table introduced by a sentence in one question's words: "Please see the table below the total expenditure by
year for winter maintenance:" over "Year | Total (£)" / "16/17 | 2,043,955.44" / .... The table's columns name
nothing the survey asks about, so its figures would have no subject; the sentence that points at it ("below",
"as follows", "the following table", or a closing colon) binds them to the question whose words it shares, more
of them than any other question's (a total by year, asked "The total expenditure ... for each year", not "A
breakdown of the expenditure")."""

from __future__ import annotations

import re

from ..first_chars import from_first_char
from ..word_stems import singular
from .model import _Line
from .words import _FUNCTION_WORDS, _content_words

# a sentence pointing at what follows it
_POINTS_BELOW = re.compile(r"\b(?:below|as[ \t]+follows|(?:the|this)[ \t]+following|overleaf)\b|:[ \t\-\u2013]*$",
                           re.IGNORECASE)
# (asked of every line without a figure: searched only from the characters its matches start with)
_POINTS_BELOW_FAST = from_first_char(_POINTS_BELOW) or _POINTS_BELOW
# the words of such a sentence that say where the table is, not what it holds, and function words; "total",
# "number" and "year" stay: they tell "the total expenditure by year" from "a breakdown of the expenditure"
_POINTING_WORDS = frozenset(
    "please table tables below follows following shown show shows showing sets given detailed provided attached "
    "information council authority details data figures breakdown".split()) \
    | _FUNCTION_WORDS - {"total", "number", "year", "years"}
# a note on the figures below ("Please note the spend figure below relate to financial years") remarks on a table
# its heading has already named; it does not introduce one
_NOTE = re.compile(r"(?:please[ \t]+)?(?:note|nb)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]{4,}")
_NUMBERED = re.compile(r"(?:q(?:uestion)?[ \t]*)?\(?\d{1,2}[a-z]?[.)][ \t]", re.IGNORECASE)
_HEADER_MAX = 40        # a column's label, one to a line or the header row
_LOOK = 6               # lines under the sentence to the table's first figures


def _words(text: str) -> frozenset[str]:
    return frozenset(singular(w) for w in _WORD.findall(text.lower()))


def _table_below(text: str, end: int) -> bool:
    """Whether a table starts under ``end``: its header (one to a few short lines of labels, without figures) and
    then its first row of figures, not a numbered item or a question ("1. The name, position ...")."""
    labels = 0
    for raw in text[end:end + 800].split("\n")[1:]:
        t = raw.strip()
        if not t:
            continue
        if re.search(r"\d", t):
            return labels > 0 and len(t) <= 120 and "?" not in t and not _NUMBERED.match(t)
        if len(t) > _HEADER_MAX or labels >= _LOOK or t.endswith((".", "?", ":")):
            return False
        labels += 1
    return False


def introduced_question(line: _Line, text: str, survey, question_words: dict[str, frozenset[str]]):
    """The survey question a line introducing the table below it restates, or None: the line holds no figure or
    period and names none of the survey's things; it points below; the table's figures start within a few short
    lines; and the question shares more of the line's words than any other does (two at least, one of them a word
    that tells questions apart)."""
    said = line.text.strip()
    if line.values or line.periods or line.subjects or line.marker or "?" in said or len(said) > 300 \
            or _NOTE.match(said) or not _POINTS_BELOW_FAST.search(said) or not _table_below(text, line.end):
        return None
    own = _words(said) - _POINTING_WORDS
    content = _content_words(said)
    scores = []
    for q in survey.questions:
        shared = own & _words(q.text)
        if shared & {singular(w) for w in content & question_words.get(q.id, frozenset())}:
            scores.append((len(shared), q))
    scores.sort(key=lambda s: -s[0])
    if not scores or scores[0][0] < 2 or len(scores) > 1 and scores[1][0] == scores[0][0]:
        return None
    return scores[0][1]
