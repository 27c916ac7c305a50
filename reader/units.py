"""Measures named by their unit, as a reply writes them and never converted: lengths ("2653km", "8700 kms", "1,648
miles", "2241 metres"), weights ("18500 tonnes", "3060 tCO2", "350 kgs"), energy ("5.656 MWh", "kwh 3606815.13"), volumes
("140 litres"), land ("4.25 hectares", "12 acres"), floor areas ("452 square feet", "28 m²"; reader/areas.py holds
what only areas need) and lengths of time beyond days and hours ("5 minutes", "2 weeks", "33 months", "4.5 years").

One table (UNITS) says, for each measure, how it is written after a number and, for the units a label may name
before it ("kwh 3606815.13", "Total KM salted and travelled = 149005", "Total restrictions length (in metres):
2241"), before one. A council that gives two units rounds each, so each is its own measure, its value as written.
A spelling is in the table only where it says that unit and nothing else: "km", "kms", "kilometres", "kilometers";
"tonnes", "tons" and "t" only before "CO2" ("tCO2", "tCO2e": tonnes, of carbon dioxide); "kWh"; a bare "m" (a
million, or metres) and a bare "t" are not, nor "l" apart from a number ("1100L" is litres, "l" alone is not).
These figures are read only under a question that asks the measure (reader/rates.py), like shares and days.

The same table says which of them count nothing where they are not read: a size ("a 240-litre bin", "12 tonnes",
"400 mtrs") is no count unless a question names a unit of its kind ("how many tonnes of waste ...": then the size is
the answer), and an amount of energy is never one (reader/facts/measured_sizes.py blocks both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import folds_unseen
from .numbers import FIGURE, parse_number


@dataclass(frozen=True)
class Unit:
    kind: str            # what is measured: a measure answers in place of another of its kind ("or miles")
    short: str           # how a figure of it is shown ("2,653 km")
    after: str           # the unit written after the number (a regex, matched right after it)
    before: str = ""     # the unit as a label names it before the number ("" where a label's unit is not said so)
    # what a figure in it is where no question reads it as this measure: "size", a size that counts nothing ("a 240
    # litre bin", "12 tonnes", "400 metres") unless a question names a unit of its kind, where the figure is the
    # answer ("how many tonnes of waste ..."); "never", never a count, whatever the question ("5.656 MWh"); "",
    # left to its kind's own readers (lengths of time: rates.py; land and floor areas: facts/reply_lines.py)
    blocked: str = ""
    # other words a question asks the measure in, where it names no unit: "the total CO2 emissions" (tonnes of it),
    # "Watt-Hours" (reader/draft_measures.py; a question names the unit as a label does, ``before``)
    asked: str = ""


_S = r"[ \t]*"
UNITS: dict[str, Unit] = {
    "kilometres": Unit("length", "km", r"(?:kilomet(?:re|er)s?|kms?)\b(?!/)", r"kilomet(?:re|er)s|kms?", "size"),
    "miles": Unit("length", "miles", r"miles?\b(?!/|[ \t]+(?:per|an|a)[ \t]+hour)", r"miles", "size"),
    "metres": Unit("length", "m", r"(?:met(?:re|er)s?|mtrs?)\b(?!/)", r"met(?:re|er)s|mtrs", "size"),
    "tonnes": Unit("weight", "tonnes", r"(?:tonnes?|tons?\b|t(?=[ \t]*CO2))(?:" + _S + r"(?:of" + _S + r")?CO2e?)?\b",
                   r"tonnes|tons|tCO2e?", "size", r"(?:co2e?|carbon(?:\s+dioxide)?)\s+emissions"),
    "kilograms": Unit("weight", "kg", r"(?:kgs?|kilos?|kilogra(?:m|mme)s?)\b(?!/)", r"kilogra(?:m|mme)s|kgs?", "size"),
    # ("g" only right after its number, as "l" for litres: "250g"; "5G" is then a size, never a count of five)
    "grams": Unit("weight", "g", r"(?:gra(?:m|mme)s?|grms?|gms?)\b(?!/)|(?<=\d)g\b(?!/)", r"gra(?:m|mme)s|grms?|gms?",
                  "size"),
    "kwh": Unit("energy", "kWh", r"(?:kwh|kilowatt[ \t-]*hours?)\b", r"kwh", "never", r"(?:kilo)?watt[\s-]*hours"),
    "mwh": Unit("energy", "MWh", r"(?:mwh|megawatt[ \t-]*hours?)\b", r"mwh", "never", r"megawatt[\s-]*hours"),
    "gwh": Unit("energy", "GWh", r"(?:gwh|gigawatt[ \t-]*hours?)\b", r"gwh", "never", r"gigawatt[\s-]*hours"),
    "litres": Unit("volume", "litres", r"(?:lit(?:re|er)s?|ltrs?)\b|(?<=\d)l\b", r"lit(?:re|er)s", "size"),
    "millilitres": Unit("volume", "ml", r"(?:millilit(?:re|er)s?|mls?)\b(?!/)", r"millilit(?:re|er)s|mls?", "size"),
    "hectares": Unit("land", "ha", r"(?:hectares?|ha)\b", r"hectares"),
    "acres": Unit("land", "acres", r"acres?\b", r"acres"),
    "square_feet": Unit("area", "sq ft", r"(?:sq(?:uare)?\.?" + _S + r"(?:ft\b\.?|feet\b|foot\b)|ft" + _S
                        + r"(?:2\b|²)|square[ \t]+foot(?:age)?\b)"),
    "square_metres": Unit("area", "m²", r"(?:sq(?:uare)?\.?" + _S + r"(?:m\b\.?|metres?\b|meters?\b|mtrs?\b)|m"
                          + _S + r"(?:2\b|²)|sqm\b)"),
    "minutes": Unit("time", "minutes", r"(?:minutes?|mins?)\b"),
    "weeks": Unit("time", "weeks", r"(?:weeks?|wks?)\b"),
    "months": Unit("time", "months", r"(?:months?|mths?)\b"),
    "years": Unit("time", "years", r"(?:years?|yrs?)\b"),
}
# the measures of the table not read elsewhere (areas have reader/areas.py beside it; days and hours reader/rates.py)
UNIT_MEASURES = tuple(m for m, u in UNITS.items() if u.kind != "area")

_AFTER = {m: re.compile(_S + u.after, re.IGNORECASE) for m, u in UNITS.items()}
# a size may join its unit with a hyphen, as an adjective: "a 240-litre bin", "a 7.5-tonne lorry"
_JOINED = {m: re.compile(r"(?:[ \t]*-)?" + _S + u.after, re.IGNORECASE) for m, u in UNITS.items() if u.blocked}
# the units whose figures are no count: sizes, and energy
BLOCKED = tuple(_JOINED)
# every spelling of those units holds one of these (lowered; "1100L" a digit before "l"): a line with none of them
# holds no size and is not searched
_BLOCKED_HINT = re.compile(r"km|kilo|mile|met|mtr|ton|co2|kg|lit|ltr|wh|watt|\dl\b|gra|grm|gms?\b|\dg\b|ml")

# a number as the reply writes it (rates.py reads the same numbers): "2653", "18,500", "5.656"; a dash right
# before it is a range's ("4-6 weeks") unless a space stands before it
NUMBER = r"(?<![\w.,£$€/])(?<!\S-)(?P<n>" + FIGURE + ")"
_NUMBER = re.compile(NUMBER)
# "4-6 weeks", "10 - 12 tonnes": a range, read as its middle (as the README reads "£550 - £750")
_RANGE_TOP = re.compile(_S + r"[-\u2013]" + _S + r"(?P<top>" + FIGURE + ")")

# a unit a label names before its number: right before it ("kwh 3606815.13", "(km) 2653"), or ending a label whose
# separator stands before the number, a few words on ("Total KM salted and travelled = 149005", "Total restrictions
# length (in metres): 2241", "total area of new land in hectares 4.25"); no digit between them
_BEFORE = {m: re.compile(r"(?<![\w-])\(?(?:in" + _S + r")?(?:" + u.before + r")\)?(?![\w-])"
                         r"(?P<words>(?:[ \t]+[A-Za-z][\w'-]*){0,5}?)" + _S + r"(?:[:=]|[-\u2013](?=[ \t]))?" + _S + r"$"
                         # (not a number a preposition leads: "200 miles in 2019 and 150 in 2020")
                         r"(?<!\bin\s)(?<!\bduring\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bby\s)(?<!\bfor\s)"
                         r"(?<!\bat\s)(?<!\bof\s)(?<!\bon\s)",
                         re.IGNORECASE)
           for m, u in UNITS.items() if u.before}


# a unit a question names (not after "per": a price's), by kind: the spellings of its units as written after a
# number (all but "l", which is litres only right after one: "1100L")
_NAMED = {kind: re.compile(r"(?<!\bper\s)\b(?:" + "|".join(u.after for u in UNITS.values() if u.kind == kind) + ")",
                           re.IGNORECASE)
          for kind in {u.kind for u in UNITS.values() if u.blocked}}


# a length of time that names a span rather than measuring one: "for the 12 month period", "a 3-year period", "in
# the last 12 months", "over the past five years", "the next 2 weeks"
_SPAN_AFTER = re.compile(_S + r"(?:period|time[ \t]?frame|window|span)\b", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:last|past|previous|preceding|next|coming|recent|first)[ \t]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Measured:
    start: int
    end: int
    value: float
    measure: str
    text: str
    approx: bool = False


def unit_in(label: str, measures) -> str | None:
    """The measure among ``measures`` whose unit a table's column heading or a label names: "Length (km)",
    "Salt used (tonnes)", "Energy kWh"."""
    for m in measures:
        u = UNITS.get(m)
        if u is not None and u.before and re.search(r"(?<![\w-])(?:" + u.before + r")(?![\w-])", label, re.IGNORECASE):
            return m
    return None


def with_unit(value: float, measure: str) -> str:
    """A figure of a measure named by its unit as a reader would write it: "2,653 km", "18,500 tonnes", "5.656 MWh"
    (the digits as given, never rounded or converted); other measures' figures without a unit."""
    digits = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6f}".rstrip("0")
    unit = UNITS.get(measure)
    return f"{digits} {unit.short}" if unit is not None else digits


def measure_named(word: str) -> str | None:
    """The measure a unit's spelling names ("km", "kWh", "tonnes", "sq ft"), for a survey that writes the unit
    where the measure's name belongs."""
    for m, u in UNITS.items():
        if re.fullmatch(u.after.replace(r"(?<=\d)", ""), word.strip(), re.IGNORECASE) or m == word.strip().lower():
            return m
    return None


def unit_kinds_named(text: str) -> set[str]:
    """The kinds of the units ``text`` (a request's question) names, as a size is asked in: "How many tonnes of
    waste ...", "the length of road (km)". A unit after "per" is a price's ("How much does the council pay per
    tonne?"), and names none."""
    return {u.kind for u in UNITS.values() if u.blocked and _NAMED[u.kind].search(text)}


def find_blocked(text: str) -> list[Measured]:
    """The sizes and amounts of energy in ``text``, each with its unit (reader/facts/measured_sizes.py blocks them as
    counts): "140 litre", "a 240-litre bin", "8700 kms", "3060 tCO2", "10 - 12 tonnes", "5.656 MWh"."""
    if not _BLOCKED_HINT.search(text.lower()) and not folds_unseen(text):
        return []
    return find_measured(text, BLOCKED, sizes=True)


def find_measured(text: str, measures, *, sizes: bool = False) -> list[Measured]:
    """The figures in ``text`` written with the unit of one of ``measures`` (number then unit, or a label's unit
    then the number), in order. Where a number has a unit after it, only that unit is its measure. With ``sizes``
    (sizes found to be blocked, not read), a hyphen may join the unit ("a 240-litre bin") and a label's unit
    before a number is not looked for."""
    asked = [m for m in measures if m in UNITS]
    if not asked or not any(ch.isdigit() for ch in text):
        return []
    after = _JOINED if sizes else _AFTER
    out: list[Measured] = []
    for n in _NUMBER.finditer(text):
        end, value, approx = n.end(), parse_number(n.group("n")), False
        top = _RANGE_TOP.match(text, end)
        if top is not None and parse_number(top.group("top")) > value:
            end, value, approx = top.end(), (value + parse_number(top.group("top"))) / 2, True
        found = None
        for m in asked:
            unit = after[m].match(text, end)
            if unit is not None:
                found = Measured(n.start(), unit.end(), value, m, text[n.start():unit.end()], approx)
                break
        if found is None and any(_AFTER[m].match(text, end) for m in UNITS):
            continue     # "12 months" under a question of kilometres: a length of time, not a length
        if found is not None and UNITS[found.measure].kind == "time" and (
                _SPAN_AFTER.match(text, found.end) or _SPAN_BEFORE.search(text, max(0, n.start() - 12), n.start())):
            continue
        if found is None and top is None and not sizes:
            line = text.rfind("\n", 0, n.start()) + 1
            label = text[max(line, n.start() - 80):n.start()]
            for m in asked:
                rx = _BEFORE.get(m)
                if rx is not None and rx.search(label):
                    found = Measured(n.start(), n.end(), value, m, n.group(0))
                    break
        if found is not None:
            out.append(found)
    return out
