"""A span of years said in a figure's own sentence, which the period reader leaves to it (a bare "2013-2016" may be a
range of anything elsewhere): "In 2009/10-2012 we managed 50 children's play areas", "From 2013-2016 we refurbished
approximately 18 of these play areas and 14 new play areas were built since 2006." Each figure without a period
takes the span written nearest it in its sentence: from the first year's start to the last's end (a financial year's
"2009/10-2012" runs to the end of 2012-13), "since 2006" (or "since 1st April 2019", "since January this year") to
the reply's day; a span the reply's day falls inside ends on that day, as "to date" does. A figure that has a period
from elsewhere (its question's, a year further off in its sentence) takes a "since ..." said nearer it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..sentences import sentence_end, sentence_start
from .model import Fact

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_SPAN = re.compile(r"\b(?:since[ \t]+(?P<since>(?:19|20)\d\d)\b(?![/\-]\d)"
                   # "since January this year": from that month of the reply's year
                   r"|since[ \t]+(?P<month>" + "|".join(_MONTHS) + r")[ \t]+this[ \t]+year\b"
                   # "since 1st April 2019", "since April 2022": from that day, or that month's first
                   r"|since[ \t]+(?:the[ \t]+)?(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?)?"
                   r"(?P<mon>" + "|".join(_MONTHS) + r"),?[ \t]+(?P<year>(?:19|20)\d\d)\b(?![/\-]\d)"
                   r"|(?:from|in|between|during)[ \t]+(?P<span>(?P<a>(?:19|20)\d\d)(?P<fy>/\d\d)?[ \t]*-[ \t]*"
                   r"(?P<b>(?:19|20)\d\d))\b(?![/\-]\d))", re.IGNORECASE)


def _dates(m: re.Match, replied_on: date | None) -> tuple[str, date, date, bool] | None:
    if m.group("month"):
        if replied_on is None:
            return None
        first = date(replied_on.year, _MONTHS.index(m.group("month").lower()) + 1, 1)
        return (" ".join(m.group(0).split()), first, replied_on, True) if first <= replied_on else None
    if m.group("mon"):
        try:
            first = date(int(m.group("year")), _MONTHS.index(m.group("mon").lower()) + 1, int(m.group("day") or 1))
        except ValueError:
            return None
        if replied_on is None or first > replied_on:
            return None
        return " ".join(m.group(0).split()), first, replied_on, True
    if m.group("since"):
        if replied_on is None:
            return None
        first = date(int(m.group("since")), 1, 1)
        return " ".join(m.group(0).split()), first, replied_on, True
    a, b = int(m.group("a")), int(m.group("b"))
    fy = m.group("fy") is not None
    if not (a < b if fy else a + 1 < b) or b > a + 30:
        return None     # ("2009-2010" is the financial year the period reader reads)
    if fy and int(m.group("fy")[1:]) != (a + 1) % 100:
        return None
    first, last = (date(a, 4, 1), date(b + 1, 3, 31)) if fy else (date(a, 1, 1), date(b, 12, 31))
    partial = replied_on is not None and first <= replied_on < last
    return m.group("span"), first, replied_on if partial else last, partial


# a run of digits and commas with no digit, point or comma before it: where a figure's digits may be written, whole
_DIGIT_RUN = re.compile(r"(?<![\d.,])[\d,]+")


def _figure_at(f: Fact, text: str) -> tuple[int, int]:
    """Where the figure stands in its quote (a quote may be the whole sentence of two figures): the one place its
    digits are written ("1,234" or "1234"), else the quote."""
    if f.value.is_integer() and f.value >= 0:
        # (each run read against the figure's digits, not a pattern compiled for each figure of every reply)
        grouped = f"{int(f.value):,}"
        found = [m.span() for m in _DIGIT_RUN.finditer(text, f.start, f.end) if _written_as(m.group(), grouped)]
        if len(found) == 1:
            return found[0]
    elif f.value.is_integer():
        digits = re.compile(r"(?<![\d.,])" + re.escape(f"{int(f.value):,}").replace(",", ",?") + r"(?![\d,])")
        found = list(digits.finditer(text, f.start, f.end))
        if len(found) == 1:
            return found[0].start(), found[0].end()
    return f.start, f.end


def _written_as(run: str, grouped: str) -> bool:
    """Whether ``run`` is ``grouped`` ("1,234") with none, some or all of its commas left out."""
    i = 0
    for ch in grouped:
        if i < len(run) and run[i] == ch:
            i += 1
        elif ch != ",":
            return False
    return i == len(run)


def spans_said(facts: list[Fact], text: str, replied_on: date | None) -> list[Fact]:
    """``facts`` with the span its sentence says for each figure without a period."""
    out = []
    for f in facts:
        if f.measure not in ("count", "total_cost_gbp") or (f.period or f.period_start) and (
                replied_on is None or "since" not in text[max(0, f.start - 300):f.end + 300].lower()):
            out.append(f)
            continue
        a, b = _figure_at(f, text)
        s, e = sentence_start(text, a, max(0, a - 300)), sentence_end(text, b)
        said = [(min(abs(m.start() - b), abs(a - m.end())), m) for m in _SPAN.finditer(text, s, e)]
        if (f.period or f.period_start) and said:
            # a figure given a period from elsewhere (its question's "Since 1 August 2015", a year named earlier in
            # its sentence: "During 2015 and 2016 ... and since January this year we have issued a further 3")
            # takes the span "since ..." its own sentence says, where that is said nearer it than its period
            # (or its period is not said in the sentence at all)
            label = re.compile(r"(?<![\w/])" + re.escape(f.period or "") + r"(?![\w/])", re.I)
            own = [min(abs(m.start() - b), abs(a - m.end())) for m in label.finditer(text, s, e)] if f.period else []
            said = [(d, m) for d, m in said if (m.group("since") or m.group("month") or m.group("mon"))
                    and (not own or d <= min(own))]
        got = _dates(min(said, key=lambda x: x[0])[1], replied_on) if said else None
        if got is None:
            out.append(f)
            continue
        label, first, last, partial = got
        out.append(replace(f, period=label, period_start=first.isoformat(), period_end=last.isoformat(),
                           partial=f.partial or partial))
    return out
