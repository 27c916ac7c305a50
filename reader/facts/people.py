"""Counts of people and the other figures written beside them. Asked "how many council employees were tasked
with clearing up graffiti", a council writes the work as well as the people: "2011/12 - 31 labour days x 2 men
(approx. 250 labour hours) - 34 jobs", then "2012/13 - 30 ditto. (approx. 240 labour hours) - 50 jobs". Only
"2 men" counts people; days, hours and jobs count the work. A figure followed by a noun of its own that names no
person does not answer a question that counts people ("ditto" is the noun of the line above)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import LOOSE_FIGURE

# nouns that name people as councils count them; besides these, a noun of an agent ("workers", "inspectors",
# "applicants", "residents", "specialists") may name people, and is never taken for something else
_PEOPLE = frozenset(
    "people persons person men man women woman staff officers officer employees employee personnel individuals "
    "individual members member posts post roles role positions heads fte ftes households household families family "
    "children child adults adult pupils pupil couples couple volunteers volunteer "
    "offenders offender colleagues colleague crew crews teams team gangs gang wardens warden marshals marshal guards "
    "guard nurses nurse victims victim landlords landlord neighbours neighbour citizens citizen interims interim "
    "locums locum temps apprentices apprentice graduates graduate recruits recruit".split())
_AGENT = re.compile(r"(?:er|or|ist|ant|ent|ian|ee|man|men)s?$")


def _counted_words(more: int, word: str) -> re.Pattern:
    """What a question counts: the words after its "how many" or "number of", one and up to ``more`` more."""
    return re.compile(r"\b(?:how\s+many|numbers?\s+of|no\.?\s+of)\s+(?P<words>(?:" + word + r"\s+){0," + str(more) + "}"
                      + word + ")", re.IGNORECASE)


# a question that counts people: "How many council employees were tasked ...", "the number of people on ..."
_COUNTS_PEOPLE = _counted_words(3, r"[\w-]+")

# the noun right after a figure, in its first two words: "31 labour days", "2 men", "34 jobs", "30 ditto" (a plural,
# a noun of people or "ditto"; "45 in total", "12 were issued" have none)
_NOUN = (r"(?:(?!(?:does|goes|this|yes|thus|plus|unless|always|perhaps|whereas|towards|across)\b)[a-z]{2,}(?<![su])s"
         r"|men|women|people|staff|personnel|children|crew|ditto)\b")
_NOUN_AFTER = re.compile(r"[ \t]+(?:x[ \t]+)?(?:[a-z]+[ \t]+)?(?P<noun>" + _NOUN + ")")
_FIRST_WORD = re.compile(r"[ \t]+(?:x[ \t]+)?(?P<noun>" + _NOUN + ")")
# the first figure with a noun on a line above a "ditto" (a year or a period before it, "2011/12 - 31 labour days",
# has none); where that is a "ditto" too, the line above it says
_FIGURE_NOUN = re.compile(r"(?<![\w/.,£])" + LOOSE_FIGURE + r"[ \t]+(?:(?!ditto\b)[a-z]+[ \t]+)?(?P<noun>" + _NOUN + ")")
_LOOK_BACK = 400       # characters above a "ditto" to find what it repeats


def _names_people(noun: str) -> bool:
    low = noun.lower()
    return low in _PEOPLE or bool(_AGENT.search(low))


@lru_cache(maxsize=512)
def counts_people(question_text: str) -> bool:
    """Whether a question's wording asks how many people ("How many council employees ...")."""
    return any(w in _PEOPLE for m in _COUNTS_PEOPLE.finditer(question_text or "")
               for w in m.group("words").lower().split())


def noun_after(text: str, end: int) -> str | None:
    """The noun written right after a figure that ends at ``end``, lower case; "ditto" is read as the noun of
    the nearest figure above it that has one of its own."""
    m = _FIRST_WORD.match(text, end) or _NOUN_AFTER.match(text, end)
    if m is None:
        return None
    noun = m.group("noun").lower()
    if noun != "ditto":
        return noun
    above = text[max(0, end - _LOOK_BACK):text.rfind("\n", 0, end)]
    for line in reversed(above.split("\n")):
        found = _FIGURE_NOUN.search(line)
        if found and found.group("noun").lower() != "ditto":
            return found.group("noun").lower()
    return None


def _people_counted_near(text: str, end: int) -> bool:
    """Whether the reply counts people among its figures near ``end`` (on its line or in the lines above it):
    "31 labour days x 2 men"."""
    line_end = text.find("\n", end)
    window = text[max(0, end - _LOOK_BACK):line_end if line_end >= 0 else len(text)]
    return any(_names_people(m.group("noun")) for m in _FIGURE_NOUN.finditer(window)
               if m.group("noun").lower() != "ditto")


def counts_something_else(text: str, end: int, question_text: str) -> bool:
    """Whether a figure ending at ``end`` counts a noun of its own that names no person, under a question that
    counts people, where the reply counts people beside it: "34 jobs", "31 labour days", "30 ditto" (of days) by
    "2 men", asked "how many council employees". (Alone, "82 applications" may be how a council counts people.)"""
    if not counts_people(question_text):
        return False
    noun = noun_after(text, end)
    return noun is not None and not _names_people(noun) and _people_counted_near(text, end)


# a question that counts people, its people named a few words on: "The number of full-time equivalent (FTE) and
# part-time employees involved in handling FOI requests"
_COUNTS_PEOPLE_WIDE = _counted_words(5, r"[\w()-]+")


def _asks_people(question_text: str) -> bool:
    return counts_people(question_text) or any(
        w.strip("()") in _PEOPLE for m in _COUNTS_PEOPLE_WIDE.finditer(question_text or "")
        for w in m.group("words").lower().split())


# the one or two words right after a figure: "4 FTE individuals", "30 FOI coordinators", "2 staff"
_WORDS_AFTER = re.compile(r"[ \t]+(?:x[ \t]+)?([A-Za-z][\w-]*)(?:[ \t]+([a-z][a-z-]*))?")


def people_counted(text: str, end: int, survey) -> str | None:
    """The subject of the one question that counts people ("How many people are employed to deal with FOI?"), for
    a figure ending at ``end`` whose own noun names people ("a total of 4 FTE individuals having responsibility",
    "30 FOI coordinators distributed throughout the organisation"), though the line names none of the survey's
    things; None where no question, or more than one, counts people."""
    m = _WORDS_AFTER.match(text, end, min(len(text), end + 60))
    if m is None or not any(w and _names_people(w) and not w.isupper() for w in m.groups()):
        return None
    asking = {q.subject for q in survey.questions if "count" in q.measures and _asks_people(q.text)}
    return asking.pop() if len(asking) == 1 else None
