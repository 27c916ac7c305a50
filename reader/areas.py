"""Floor areas as councils write them: "157.70 sq ft", "452 square feet", "150 ft2", "10.25 square metres", "28
square meters", "12m²".

An area is read only under a question that asks for it (survey measures `square_feet`, `square_metres`), like a
share or a length of time (reader/rates.py); how each unit is written is in the table of units (reader/units.py).
Each unit is its own measure, the value as written: a council that gives both ("10.25 square metres that equates to 108.26 square feet") rounds each, so neither is converted.
"""

from __future__ import annotations

import re

AREA_MEASURES = ("square_feet", "square_metres")

# a clause asking for space or floor area, and words that make it a sum of money instead ("any charges the council
# levy for office space", "the market rental value of the space")
_ASKS_SPACE = re.compile(r"\b(?:space|floor[ \t]*area|square[ \t]+(?:feet|foot(?:age)?|met(?:re|er)s?))\b",
                         re.IGNORECASE)
_MONEY_ASKED = re.compile(r"£|\b(?:costs?|charges?|charged|fees?|levy|valu(?:e|ation)|rent(?:al)?|price|paid|pay|"
                          r"spend|spent|budget|income)\b", re.IGNORECASE)
# "Point 2 - None": the question's second bullet (a line of its own below a restated question's bullets)
_POINT = re.compile(r"(?i)^[ \t]*(?:\d{1,2}[.)][ \t]*)?point[ \t]+(\d)[ \t]*[-\u2013:]")
_BULLET = re.compile(r"[\u2022\u25cf\u25aa\u2013]|(?:^|\s)[-*o](?=\s)|(?:^|\s)\(?[a-h]\)\s")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower())}


def zero_area(text: str, start: int, question: str, measures) -> str | None:
    """The area unit of a zero at ``start`` ("None", "Nil") under a question that asks an area beside money: where
    the request's own clause it answers, restated on its line before it ("b) how much of this space is contained
    within entirely separate buildings ...: Nil"), on the line above ("How much of this space ...", then "None")
    or named by its place ("Point 2 - None", the question's second bullet), asks for space and no sum of money.
    The first area unit the question asks; None otherwise (the zero is left as it was read)."""
    units = [m for m in measures if m in AREA_MEASURES]
    if not units or not question:
        return None
    a = text.rfind("\n", 0, start) + 1
    before = text[a:start]
    point = _POINT.match(before)
    if point:
        bullets = [b for b in _BULLET.split(question)[1:] if b.strip()]
        n = int(point.group(1))
        clause = bullets[n - 1] if 1 <= n <= len(bullets) else ""
    else:
        if len(_words(before)) >= 3:
            clause = before
        elif before.strip(" \t"):
            return None
        else:
            clause = text[:a].rstrip().rsplit("\n", 1)[-1]
        words = _words(clause)
        # the request's clause: its words are the question's (a council's own line above is not)
        if not words or len(words & _words(question)) < 0.8 * len(words):
            return None
    if _ASKS_SPACE.search(clause) and not _MONEY_ASKED.search(clause):
        return units[0]
    return None
