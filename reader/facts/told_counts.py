"""A count told in a sentence under its question's number, the thing named in the council's own word:
"4. Three funerals were arranged in financial year 2015-16.", "1. A total of three funerals were arranged in 2016
...", "1. No funerals were arranged in the financial year 2011-12 ...", "2. No requests for funerals were
refused." The sentence opens with the figure (in figures or words, or "No"), the noun right after it is a word of
the numbered question, and a verb says the thing happened: the figure is that question's count, though its words
name none of the survey's things."""

from __future__ import annotations

import re
from ..survey import MONEY_MEASURES as _MONEY

# the line's number, then at most "A total of" / "There were" before the figure
_LEAD = re.compile(r"[ \t]*(?:Q[ \t]*)?\d{1,2}[a-z]?[.):]?[ \t]+(?:(?:a[ \t]+)?total[ \t]+of[ \t]+|"
                   r"there[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+|in[ \t]+total[ \t]*,?[ \t]*)?",
                   re.IGNORECASE)
# the figure's words (its noun, maybe after a word or two that say which kind: "No new libraries"), then a verb in
# the past or perfect ("were arranged", "have been refused")
_NOUN_THEN_VERB = re.compile(r"((?:[ \t]+[A-Za-z]+){1,4}?)[ \t]+(?:were|was|have[ \t]+been|"
                             r"has[ \t]+been|had[ \t]+been)[ \t]+[a-z]{3,}(?:ed|en|ne)\b", re.IGNORECASE)


def told_count(text: str, line_start: int, v, sec, own_words: frozenset[str]) -> bool:
    """Whether ``v`` is such a count of the question ``sec`` (the one whose number opens the line)."""
    if sec is None or v.money or "count" not in sec.measures:
        return False
    lead = _LEAD.match(text, line_start)
    if lead is None or lead.end() != v.start:
        return False
    m = _NOUN_THEN_VERB.match(text, v.end)
    # the noun is one of the first three words ("No new libraries were opened"), a word of the question's own
    return m is not None and any(len(w) >= 4 and w.lower() in own_words for w in m.group(1).split()[:3])


# "No budget.", "No such payments": "No" and the thing, nothing said of it, to the sentence's end
_NO_THING = re.compile(r"[ \t]+((?:[A-Za-z-]+[ \t]+){0,2}[A-Za-z-]+)[ \t]*(?:\.|$)")
# the line's number, then at most "There is" / "There are" before the "no"
_NONE_LEAD = re.compile(r"[ \t]*(?:Q[ \t]*)?\d{1,2}[a-z]?[.):]?[ \t]+(?:there[ \t]+(?:is|are|was|were)[ \t]+)?",
                        re.IGNORECASE)


def told_none(text: str, line_start: int, line_end: int, v, sec, own_words: frozenset[str]) -> bool:
    """Whether ``v``, a "No" that opens the answer under the question ``sec``'s number (after "There is" at most) and
    is followed only by a thing of the question's own words to its sentence's end ("3. No budget." under "3. The
    budget for the Christmas Decorations ... for the year 2021", "1. There is no budget."), is that question's
    nought, where it asks a sum: the council says none of what it asks, in one noun."""
    # (a sum asked: "no budget" is a budget of nought, where "There is no formal target." under "The council's target
    # number of inspections ... If no formal target has been set, please confirm" sets no number at all)
    if sec is None or not v.zero or v.text.lower() != "no" or not _MONEY & set(sec.measures):
        return False
    lead = _NONE_LEAD.match(text, line_start)
    if lead is None or lead.end() != v.start:
        return False
    m = _NO_THING.match(text, v.end, line_end)
    return m is not None and any(len(w) >= 4 and w.lower() in own_words for w in m.group(1).split())
