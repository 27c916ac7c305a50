"""A figure told in a sentence under its question's number, the thing named in the council's own word rather than
the survey's. One module for the three ways councils write it:

- a count, in figures or words or "No", then the noun and a verb that says the thing happened: "4. Three funerals
  were arranged in financial year 2015-16.", "1. A total of three funerals were arranged in 2016 ...", "2. No
  requests for funerals were refused." (``told_count``);
- "No" and the question's own thing and its own verb, where it counts in its own words: "3. No farms have been sold"
  under "3. Have you sold any farms in the last five years? If so how many, ..." (``told_none_done``; the same
  words read "No Bins were removed by the Council." under the question naming bins removed: ``none_done_named``);
- "No" and the thing, nothing said of it, where a sum is asked: "3. No budget." under "3. The budget for the
  Christmas Decorations ... for the year 2021", "1. There is no budget." (``told_none``)."""

from __future__ import annotations

import re

from .. import nought
from ..question_number import ANY_NUMBER, PART
from ..survey import MONEY_MEASURES as _MONEY
from .words import one_spelling

# the line's number, then at most "A total of" / "There were" / "There is" before the figure
_LEAD = re.compile(r"[ \t]*" + ANY_NUMBER + PART + r"[.):]?[ \t]+(?:(?:a[ \t]+)?total[ \t]+of[ \t]+|"
                   r"there[ \t]+(?:is|are|were|was|have[ \t]+been|had[ \t]+been)[ \t]+|in[ \t]+total[ \t]*,?[ \t]*)?",
                   re.IGNORECASE)


def _led(text: str, line_start: int, v) -> bool:
    """Whether ``v`` opens the answer on its line, after the line's number and at most "A total of"."""
    lead = _LEAD.match(text, line_start)
    return lead is not None and lead.end() == v.start


# the figure's words (its noun, maybe after a word or two that say which kind: "No new libraries"), then a verb in
# the past or perfect ("were arranged", "have been refused")
_NOUN_THEN_VERB = re.compile(r"((?:[ \t]+[A-Za-z]+){1,4}?)[ \t]+(?:were|was|have[ \t]+been|"
                             r"has[ \t]+been|had[ \t]+been)[ \t]+[a-z]{3,}(?:ed|en|ne)\b", re.IGNORECASE)


def told_count(text: str, line_start: int, v, sec, own_words: frozenset[str]) -> bool:
    """Whether ``v`` is such a count of the question ``sec`` (the one whose number opens the line)."""
    if sec is None or v.money or "count" not in sec.measures:
        return False
    if not _led(text, line_start, v):
        return False
    m = _NOUN_THEN_VERB.match(text, v.end)
    # the noun is one of the first three words ("No new libraries were opened"), a word of the question's own
    return m is not None and any(len(w) >= 4 and w.lower() in own_words for w in m.group(1).split()[:3])


# none of a thing done, said as an answer: "No Bins were removed by the Council.", "No new chargers have been
# installed", "No farms have been sold" (the thing, then what was not done to it: a participle in -ed, or one of
# the common irregular ones councils write)
_NONE_DONE = re.compile(r"\bno[ \t]+(?:[a-z]+[ \t]+)?(?P<thing>[a-z]{3,})[ \t]+(?:were|was|have[ \t]+been|has[ \t]+been|"
                        r"had[ \t]+been)[ \t]+(?P<done>[a-z]{3,}ed|sold|paid|made|built|bought|held|found|spent|sent|"
                        r"lost|won|given|taken|seen|brought|kept|written|shown|let|set|cut|put|done|begun|"
                        r"run)\b", re.IGNORECASE)


def says_none_done(text: str) -> bool:
    """Whether ``text`` says none of a thing was done ("No Bins were removed"): an answer, though it holds no
    figure."""
    return _NONE_DONE.search(text) is not None


def none_done_named(text: str, pos: int, own_words) -> bool:
    """Whether "no <thing> were <done>" stands at ``pos`` with the thing and what was done to it both among
    ``own_words`` (a question's words), each however it is spelt."""
    m = _NONE_DONE.match(text, pos)
    if m is None:
        return False
    own = {one_spelling(w) for w in own_words}
    return one_spelling(m.group("thing").lower()) in own and one_spelling(m.group("done").lower()) in own


# a question that asks how many in its own words ("If so how many, ...")
_HOW_MANY = re.compile(r"\bhow[ \t]+many\b|\bnumber[ \t]+of\b", re.IGNORECASE)


def told_none_done(text: str, line_start: int, v, sec, own_words) -> bool:
    """Whether ``v``, a "No" that opens the answer on the line its question ``sec``'s number opens, before that
    question's own thing and its own verb, is a count of 0 of what the question counts (in the survey's measure or
    in its own words: "If so how many")."""
    if sec is None or nought.figure_asked(sec) != "count" and not _HOW_MANY.search(sec.text or ""):
        return False
    return _led(text, line_start, v) and none_done_named(text, v.start, own_words)


# "No budget.", "No such payments": "No" and the thing, nothing said of it, to the sentence's end
_NO_THING = re.compile(r"[ \t]+((?:[A-Za-z-]+[ \t]+){0,2}[A-Za-z-]+)[ \t]*(?:\.|$)")

def told_none(text: str, line_start: int, line_end: int, v, sec, own_words: frozenset[str]) -> bool:
    """Whether ``v``, a "No" that opens the answer under the question ``sec``'s number (after "There is" at most) and
    is followed only by a thing of the question's own words to its sentence's end, is that question's nought, where
    it asks a sum: the council says none of what it asks, in one noun."""
    # (a sum asked: "no budget" is a budget of nought, where "There is no formal target." under "The council's target
    # number of inspections ... If no formal target has been set, please confirm" sets no number at all)
    if sec is None or not v.zero or v.text.lower() != "no" or not _MONEY & set(sec.measures):
        return False
    if not _led(text, line_start, v):
        return False
    m = _NO_THING.match(text, v.end, line_end)
    return m is not None and any(len(w) >= 4 and w.lower() in own_words for w in m.group(1).split())
