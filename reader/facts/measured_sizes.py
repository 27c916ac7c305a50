"""Sizes, not counts: a number written before a unit of volume, weight or length ("140 litre, 240 litre, 360
litre ...", "12 tonnes", "3060 tCO2" (tonnes of carbon dioxide), "3.5 kg", "400 metres", "2 miles") measures one
thing; it counts nothing. Spans of such figures are blocked, as reply_lines blocks land sizes ("5 acres"), unless
the request itself asks in that unit ("how many tonnes of waste ..."), where the figure is the answer. So is a small number
before "weekly", "monthly" or "daily" ("Refuse bins where changed to 3 weekly collections", "a 4-weekly cycle"):
how often, every so many weeks, not how many (an amount, "£20 weekly", is money and stays)."""

from __future__ import annotations

import re

from ..folding import folds_unseen
from ..survey import Survey

# unit words, each with the stem the request would use to ask in it
_UNITS = (("litre", r"(?:litres?|liters?|ltrs?)"), ("tonne", r"(?:tonnes?|tons|tco2e?)"),
          ("kilo", r"(?:kg|kgs|kilos?|kilograms?|kilogrammes?)"), ("metre", r"(?:metres?|meters?|kilometres?|km)"),
          ("mile", r"miles?"))
# (a figure starts where a run of digits and commas starts, and its digits are taken without backtracking: a line of
# "9,9,9,..." is read once, not once from each digit)
_SIZE = re.compile(r"\b(?<!\d)(?<!\d,)\d[\d,]*+(?:\.\d+)?[ \t]*-?[ \t]*(" + "|".join(rx for _, rx in _UNITS) + r")\b", re.IGNORECASE)
_STEMS = tuple((stem, re.compile(r"^" + rx + r"$", re.IGNORECASE)) for stem, rx in _UNITS)
# (a unit after "per" is a price's: "How much does the council pay per tonne?" asks no size in tonnes)
_ASKED = re.compile(r"(?<!\bper\s)\b(?:" + "|".join(rx for _, rx in _UNITS) + r")\b", re.IGNORECASE)


# "3 weekly", "4-weekly", "12-weekly", "2 monthly": every so many weeks or months (not "£20 weekly", "1,200 weekly",
# nor "12 weekly reports", twelve reports)
_EVERY = re.compile(r"(?<![£$\d,.])(?<![£$\d,.][ \t])\b(?:[2-9](?:[ \t]*-)?|\d{1,2}[ \t]*-)[ \t]*"
                    r"(?:weekly|monthly|daily|yearly|hourly)\b", re.IGNORECASE)


# what every match of _SIZE and of _EVERY holds (one of them, in the lowered line; "ı", "İ" and "ſ", which the patterns
# take for "i" and "s", aside: see folding.py)
_SIZE_WORDS = ("lit", "ltr", "ton", "tco", "kg", "kilo", "met", "km", "mile")
_EVERY_WORDS = ("weekly", "monthly", "daily", "yearly", "hourly")


def _stem(word: str) -> str:
    return next(stem for stem, rx in _STEMS if rx.match(word))


# energy in watt-hours ("5.656 MWh", "3,606,815 kWh"): no measure a survey asks in, whatever its question says
# (a count of 5.656 is never the answer to "the electricity (expressed in MWh) used")
_ENERGY = re.compile(r"\b(?<!\d)(?<!\d,)\d[\d,]*+(?:\.\d+)?[ \t]*[kmgt]wh\b", re.IGNORECASE)


def size_spans(raw: str, survey: Survey) -> list[tuple[int, int]]:
    """Spans in ``raw`` (one line) of figures that are sizes in a unit the survey's questions do not ask in, of
    amounts of energy, and of how often ("3 weekly")."""
    low = raw.lower()
    # (each search only where a word every match of it holds stands: most lines with a digit hold none)
    unseen = folds_unseen(raw)
    energy = [m.span() for m in _ENERGY.finditer(raw)] if "wh" in low else []
    if unseen or any(w in low for w in _EVERY_WORDS):
        energy += [m.span() for m in _EVERY.finditer(raw)]
    sizes = list(_SIZE.finditer(raw)) if unseen or any(w in low for w in _SIZE_WORDS) else []
    if not sizes:
        return energy
    asked = {_stem(m.group(0)) for q in survey.questions for m in _ASKED.finditer(q.text or "")}
    return energy + [m.span() for m in sizes if _stem(m.group(1)) not in asked]
