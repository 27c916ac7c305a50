"""One figure said of each of several years: "During 2015 and 2016 we renewed 48 Hackney Licences each year" is 48 in
2015 and 48 in 2016, not 48 in the year named last; so is "£16,531 for each of 2017/18, 2018/19, 2019/20", the years
listed right after the figure: that sum in each of the three years, not in the first."""

from __future__ import annotations

import re
from dataclasses import replace

from ..periods import find_periods
from ..sentences import sentence_end, sentence_start
from .model import Fact
from .places import figure_places

# "each year", "every year", "per year", "a year", "each of those years", "in each year"
_EACH = re.compile(r"\b(?:in\s+)?(?:each|every|per|a)\s+(?:of\s+(?:those|these|the)\s+)?years?\b", re.IGNORECASE)
# "2015 and 2016", "2015, 2016 and 2017": the years listed, with nothing else between them
_LISTED = re.compile(r"(?:(?:19|20)\d\d(?:[/-]\d\d)?\s*(?:,|and|&)\s*)+(?:19|20)\d\d(?:[/-]\d\d)?", re.IGNORECASE)
# "for each of 2017/18, 2018/19, 2019/20", "in each of the years 2015, 2016 and 2017": the years listed after the figure
_EACH_OF = re.compile(r"[ \t]*(?:for|in)[ \t]+each[ \t]+of[ \t]+"
                      r"(?:the[ \t]+(?:(?:financial|calendar)[ \t]+)?years[ \t]+)?", re.IGNORECASE)
_YEAR = re.compile(r"year", re.IGNORECASE)     # in every _EACH: a sentence without it is passed over cheaply


def each_of_years(facts: list[Fact], text: str) -> list[Fact]:
    """``facts`` with a figure said "each year" after a list of years given once for each year of the list."""
    out: list[Fact] = []
    for f in facts:
        out.append(f)
        if not f.period or f.measure not in ("count", "total_cost_gbp"):
            continue
        after = _listed_after(text, f)
        if after is not None:
            out.extend(_in_each(f, after))
            continue
        end = sentence_end(text, f.start)
        if not _YEAR.search(text, f.start, end):
            continue
        places = figure_places(text, f)
        at = places[0][1] if places else None
        if at is None or not _EACH.search(text, at, min(end, at + 60)):
            continue
        s = sentence_start(text, at, max(0, f.start - 300))
        listed = [m for m in _LISTED.finditer(text, s, at)]
        if len(listed) != 1 or text[listed[0].end():at].count("\n"):
            continue
        out.extend(_in_each(f, listed[0].group(0)))
    return out


def _listed_after(text: str, f: Fact) -> str | None:
    """The years listed right after ``f``'s figure, "for each of" them; None where none are."""
    places = figure_places(text, f)
    if not places:
        return None
    each = _EACH_OF.match(text, places[0][1])
    listed = _LISTED.match(text, each.end()) if each else None
    return listed.group(0) if listed else None


def _in_each(f: Fact, listed: str) -> list[Fact]:
    """``f`` again in each other year of ``listed``, where its own period is one of them."""
    years = find_periods("in " + listed)      # ("in": bare years listed are periods after it)
    if len(years) < 2 or f.period not in [p.label for p in years]:
        return []
    return [replace(f, period=p.label, period_start=p.first.isoformat(), period_end=p.last.isoformat())
            for p in years if p.label != f.period]
