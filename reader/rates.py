"""Figures that are neither counts nor money: shares ("71%", "50 per cent") and lengths of time ("32.2 days",
"6 weeks", "3 hours"), and measures named by their unit: floor areas ("452 square feet"; reader/areas.py), lengths,
weights, energy, volumes and longer lengths of time ("2653km", "18500 tonnes", "5.656 MWh", "33 months";
reader/units.py).

The scanner (scan.py) treats every percentage and duration as a span that is never a figure, because most of
them are not ("within 20 working days", "a 2-year contract", "18 hours"). A survey question may still ask for
one ("the average length of stay", "what percentage of ..."): then the reader looks for them here, in the
measures the survey asks for only, and reads them like any other figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .areas import AREA_MEASURES
from .numbers import DECIMALS, LOOSE_FIGURE, _TEENS, _TENS, _UNITS, parse_number
from .units import NUMBER, UNIT_MEASURES, UNITS, find_measured

RATE_MEASURES = ("percent", "days", "hours") + AREA_MEASURES + UNIT_MEASURES
# the measures named by their unit ("2653km", "452 sq ft")
BY_UNIT = AREA_MEASURES + UNIT_MEASURES

# a dash right before the number is a range's ("2-3 days") unless a space stands before it ("2022/23 -4223.50")
_NUMBER = NUMBER
_PERCENT = re.compile(_NUMBER + r"[ \t]*(?:%|per[ \t]?cent\b|percent\b)", re.IGNORECASE)
# a fee or charge asked as a price, given as a share of what it is charged on: "a 0.5% fee per deduction", "a
# charge of 2% of the subscription", "an administration fee of 1.5%" (only these: a question asking a price asks no
# other share)
FEE_SHARE = "fee_share"
_FEE_WORD = (r"(?:(?:admin(?:istration|istrative)?|handling|processing|service)[ \t]+)?"
             r"(?:fees?|charges?|commission|levy)")
_SHARE = r"[ \t]*(?:%|per[ \t]?cent\b|percent\b)"
_PERCENT_FEES = (re.compile(_NUMBER + _SHARE + r"(?=[ \t]+" + _FEE_WORD + r"\b)", re.IGNORECASE),
                 re.compile(r"\b" + _FEE_WORD + r"[ \t]+of[ \t]+" + _NUMBER + _SHARE, re.IGNORECASE))
# "32 days", "12.7 days", "6 weeks", "1,287 calendar days", "4051.5 working days", "10 work days", "7004.60 FTE
# days"; a week is seven days
_DAYS = re.compile(_NUMBER + r"[ \t]*(?:(?:calendar|working|work|business|fte)[ \t]+)?(?P<u>days?|weeks?|wks?)\b",
                   re.IGNORECASE)
# a range of them, "517-797 days overdue": one figure, its middle (as the README reads "£550 - £750")
_DAYS_RANGE = re.compile(_NUMBER + r"[ \t]*[-\u2013][ \t]*(?P<top>\d+" + DECIMALS + r")[ \t]*"
                         r"(?:(?:calendar|working|work|business)[ \t]+)?(?P<u>days?|weeks?|wks?)\b", re.IGNORECASE)
# the same in words, up to ninety-nine: "within five working days", "twenty-one days"
_SMALL = {**_UNITS, **_TEENS}
_DAYS_IN_WORDS = re.compile(r"(?<![\w-])(?:(?P<tens>" + "|".join(_TENS) + r")(?:[ \t-](?P<unit>" + "|".join(_UNITS)
                            + r"))?|(?P<small>" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r"))[ \t]+"
                            r"(?:(?:calendar|working|work|business)[ \t]+)?(?P<u>days?|weeks?)\b", re.IGNORECASE)
_HOURS = re.compile(_NUMBER + r"[ \t]*(?:hours?|hrs?)\b", re.IGNORECASE)
# a label's unit right before its number, with a colon or an equals sign: "Grit runs Days =42", "Days: 60"
_DAYS_LABEL = re.compile(r"\bdays[ \t]*[:=][ \t]*" + _NUMBER + r"(?![\d%]|[.,/]\d)", re.IGNORECASE)

# limits every reply may quote that are never an answer: the FOI time limit ("20 working days", "within 20
# days") and the cost limit's hours ("18 hours", "24 hours ... appropriate limit")
_STATUTORY_DAYS = re.compile(r"\b(?:20|twenty)[ \t]+(?:working|business)[ \t]+days?\b|"
                             r"\bwithin[ \t]+(?:20|twenty)[ \t]+days\b", re.IGNORECASE)
_COST_LIMIT = re.compile(r"\b(?:appropriate|cost|costs|fees?)[ \t]+limit\b|\bsection[ \t]+12\b|\bs\.?[ \t]?12\b|"
                         r"\bexceed", re.IGNORECASE)


# a length of time that is a condition on a share or count given before it in its clause, not a figure: "71% within
# 14 days", "39,269 cases paid within 14 days of issue", "6,605 cases paid after 28 days" (but "£65 if paid within 7
# days" answers how long a discount lasts: no share or count before it)
_CONDITION_BEFORE = re.compile(r"(?<![£\d.,])" + LOOSE_FIGURE + r"(?:[ \t]*%|[ \t]*per[ \t]?cent)?(?:[ \t]+[a-z][^\n.;:£\d%]{0,40}?)?"
                               r"[ \t]+(?:within|after|"
                               r"before|over|under|beyond|exceeding|more[ \t]+than|less[ \t]+than|up[ \t]+to|at[ \t]+least|"
                               r"longer[ \t]+than|shorter[ \t]+than)[ \t]+$", re.IGNORECASE)


# a length of time the body aims for, not one it measured: "we have a target of 28 days from due date for the
# inspection to be carried out", "our target is 10 working days"
_TARGET_BEFORE = re.compile(r"\b(?:targets?|aims?|goals?|standards?)[ \t]+(?:of|is|was|are)[ \t]+(?:within[ \t]+)?$",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Rate:
    start: int
    end: int
    value: float
    measure: str     # percent | days | hours | a measure named by its unit (reader/units.py)
    text: str
    approx: bool = False


def find_rates(text: str, measures: frozenset[str] | set[str]) -> list[Rate]:
    """The percentages and durations in ``text`` of the ``measures`` asked for, in order; none that a
    statutory limit explains."""
    out: list[Rate] = []
    if not measures:
        return out
    if not any(ch.isdigit() for ch in text):
        return _days_in_words(text) if "days" in measures else out
    if "percent" in measures:
        for m in _PERCENT.finditer(text):
            out.append(Rate(m.start(), m.end(), parse_number(m.group("n")), "percent", m.group(0)))
    elif FEE_SHARE in measures:
        for m in (m for rx in _PERCENT_FEES for m in rx.finditer(text)):
            a = m.start("n")
            out.append(Rate(a, m.end(), parse_number(m.group("n")), "percent", text[a:m.end()]))
    if "days" in measures:
        limits = [(m.start(), m.end()) for m in _STATUTORY_DAYS.finditer(text)]
        # (weeks asked apart are read as weeks, as written: reader/units.py)
        weeks = "weeks" in measures
        for m in _DAYS_RANGE.finditer(text):
            low, top = parse_number(m.group("n")), parse_number(m.group("top"))
            if weeks and m.group("u").lower().startswith("w"):
                continue
            if low < top and not any(a <= m.start() < b for a, b in limits):
                week = 7 if m.group("u").lower().startswith("w") else 1
                out.append(Rate(m.start(), m.end(), (low + top) / 2 * week, "days", m.group(0), True))
                limits.append((m.start(), m.end()))
        for m in _DAYS.finditer(text):
            if any(a <= m.start() < b for a, b in limits) or weeks and m.group("u").lower().startswith("w"):
                continue
            value = parse_number(m.group("n")) * (7 if m.group("u").lower().startswith("w") else 1)
            out.append(Rate(m.start(), m.end(), value, "days", m.group(0)))
        for m in _DAYS_LABEL.finditer(text):
            value = parse_number(m.group("n"))
            if not (value.is_integer() and 1900 <= value <= 2100):
                out.append(Rate(m.start("n"), m.end("n"), value, "days", m.group("n")))
        out.extend(r for r in _days_in_words(text) if not any(a <= r.start < b for a, b in limits)
                   and not (weeks and r.text.lower().rstrip("s").endswith("week")))
    if "hours" in measures and not _COST_LIMIT.search(text):
        for m in _HOURS.finditer(text):
            out.append(Rate(m.start(), m.end(), parse_number(m.group("n")), "hours", m.group(0)))
    if any(m in BY_UNIT for m in measures):
        out.extend(Rate(m.start, m.end, m.value, m.measure, m.text, m.approx) for m in find_measured(text, measures))
    if out and ("arget" in text or "aim" in text or "oal" in text or "tandard" in text):
        out = [r for r in out if _TARGET_BEFORE.search(text, max(0, r.start - 30), r.start) is None]
    out.sort(key=lambda r: r.start)
    return out


def _days_in_words(text: str) -> list[Rate]:
    """Lengths of time in days with their number in words ("We aim to repair all known street lighting faults
    within five working days"), none that is the FOI time limit or a target named right before it."""
    if "day" not in text.lower() and "week" not in text.lower():
        return []
    out = []
    for m in _DAYS_IN_WORDS.finditer(text):
        if _STATUTORY_DAYS.match(text, m.start()) or _STATUTORY_DAYS.search(text, max(0, m.start() - 8), m.end()):
            continue
        if m.group("small"):
            n = _SMALL[m.group("small").lower()]
        else:
            n = _TENS[m.group("tens").lower()] + (_UNITS[m.group("unit").lower()] if m.group("unit") else 0)
        out.append(Rate(m.start(), m.end(), float(n) * (7 if m.group("u").lower().startswith("w") else 1), "days", m.group(0)))
    return out


@lru_cache(maxsize=64)
def survey_rates_asked(survey) -> frozenset[str]:
    """rates_asked of a survey's questions: worked out once per survey (hashed by identity), not for every reply."""
    return rates_asked(survey.questions)


def rates_asked(questions) -> frozenset[str]:
    """The shares, lengths of time and areas the questions ask for, and FEE_SHARE where one asks the price of a fee
    or charge ("do you charge a fee to the trade unions ...?"), which a council may give as a share."""
    asked = {m for q in questions for m in q.measures if m in RATE_MEASURES}
    if any("unit_cost_gbp" in q.measures and re.search(r"\b(?:fees?|charges?|commission)\b", q.text or "",
                                                       re.IGNORECASE) for q in questions):
        asked.add(FEE_SHARE)
    return frozenset(asked)


def conditions_a_figure(text: str, start: int) -> bool:
    """Whether the length of time starting at ``start`` is a condition on a share or count given before it in its
    clause ("71% within 14 days", "6,605 cases paid after 28 days"), not a figure of its own."""
    return _CONDITION_BEFORE.search(text, max(0, start - 70), start) is not None


def only_rate_asked(measures) -> str | None:
    """The one measure beyond counts and money that a question asks for when it asks for no count or money:
    a bare number under it ("2022 - 1204." answering "the average length of stay") is in that measure."""
    rates = [m for m in measures if m in RATE_MEASURES]
    # (an area or a length asked in either unit is in the unit the question names first: "Nil" is 0 of both)
    kinds = {UNITS[m].kind if m in UNITS else m for m in rates}
    if len(kinds) == 1 \
            and not any(m in ("count", "unit_cost_gbp", "total_cost_gbp") for m in measures):
        return rates[0]
    return None


def timed_subjects(survey, subjects: list[tuple[int, int, str]]) -> dict[tuple[int, int], set[str]]:
    """The spans of ``subjects`` (found in a line) whose questions ask for a share or a length of time, with those
    measures: "days overdue" in "1149 days overdue", asked "How long overdue each inspection is" in days."""
    out: dict[tuple[int, int], set[str]] = {}
    for a, b, k in subjects:
        asked = {m for q in survey.questions if q.subject == k for m in q.measures if m in RATE_MEASURES}
        if asked:
            out[(a, b)] = asked
    return out
