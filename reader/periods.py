"""Periods as UK councils write them — the one period reader of the engine (the reply reader, the survey
draft, tables and cells all read periods here): financial years ("2018-19", "FY19/20", "year ending 31 March 2021"),
months ("September 2020", "Sep-20"), calendar years ("in 2020", "calendar year 2019"), academic years and ranges
("April 2020 to March 2021", "1 April 2019 - 31 March 2020", "September 2019 to August 2020").

API (stable):

    parse_period(text) -> Period | None      # the whole string is one period (a header cell, a heading)
    find_periods(text, prose_months=True) -> list[Period]   # every period, left to right, no overlaps
    period_of_cell(cell, offset) -> Period | None           # a header cell or heading that names one period
    quarter_of(year, cell, offset) -> Period | None         # "Qtr. 1" under a year's column: that year's quarter
    mark_partial(text, period, limit=None) -> Period        # with "(to date)" / "(Apr-Jul)" written after it
    ended_by_reply(first, last, partial, replied_on) -> date # where a period "to date" ends, the reply's date known
    held_now(text, start, end) -> re.Match | None            # "currently", "at present": a count on the reply's day
    held_at(text, start, end, replied_on) -> (label, date) | None   # "As at 30th September": the last such day
    partial_after(text, pos, limit=None) -> bool             # "£0.00 (so far)": a figure of part of its period

A `Period` has `label`, `first`/`last` (dates, inclusive), `kind` ("financial_year" | "calendar_year" | "month"
| "academic_year" | "range"; period_of_cell also gives "year_to"), `start`/`end` (offsets of what was read, as
every span in the engine), `canonical` and `partial`; `shifted(n)` moves it n characters on. The label is the
period as written, without the words that introduce it ("financial year 2019/20" is labelled "2019/20") and
with runs of spaces made one; text[start:end] is all that was read.

Rules, so a reader knows what to expect:
- The UK financial year runs 1 April – 31 March. "2018-19", "2018/19", "2018/2019", "2018-2019", "FY 2019-2020",
  "FY19/20", "financial year 2019/20", "F/Y 19-20" are all 1 April 2018 – 31 March 2019 style years; the second
  year must follow the first. A two-digit pair ("18/19") counts only with a year word before it ("FY", "financial
  year", "in", "for", "during") and a list, a stop or the end of the ask after it ("for 21/22 please", "in 21-22?"),
  or standing alone as a heading or cell — "aged 18-19" and "18/19 March" do not.
- "academic year 2019/20" / "2019/20 academic year" / "school year" → 1 September – 31 August.
- A range whose ends are 1 April and 31 March of the next year is a financial_year; 1 January–31 December of
  one year a calendar_year; the whole of one month a month. "year ending 31 March 2021" is FY 2020-21;
  "year ending 31 August 2020" the range 1 September 2019 – 31 August 2020.
- Months: "September 2020", "Sept 2020", "Sep-20", "Sept '20", "09/2020", "2020-09". "Sep 20" (space, two
  digits) counts only inside a range ("Apr 19 - Mar 20"), because alone it usually means the 20th. A day before
  the month ("5 October 2021") makes it a date, which is not a period.
- Calendar years: a four-digit year only when used as a period — "in/during/for/throughout 2020", "calendar
  year 2019", a year used as a label ("2020: 1,420", "2019 - 150", "2013 92 577", "2021 (to date)", "65 (2019)"),
  a year listed after one of those ("in 2019, 2020 and 2021"), or a year that is a whole cell/line (a column
  header). "Act 2000", "30 September 2023: 11" (a date) and "over 2000 incidents" (a count) are not periods;
  "since 2019 to date" runs from 2019 on and is not a part of 2019.
- In a reply (find_periods(prose_months=False)) a month inside a sentence ("bought in March 2020") says when
  something happened: it is a period only where it labels a figure ("March 2020: 45"), heads a line or cell, or
  is one of a list of months. A request names what it asks in sentences, so by default every month counts.
- "year to September 2020", "12 months to 31 March 2021": the twelve months up to it. "FY21": FY 2020-21.
- A two-digit pair leading a line with a figure after it ("18/19 14,620") is that line's financial year.
- "to date", "YTD", "so far", "part year", "(partial)" after a period set partial=True (dates stay the whole
  period). "April 2021 to date" is a range from 1 April 2021 to the end of that financial year, partial.
  A reader that knows the reply's date ends such a period on that date when it falls inside it (ended_by_reply),
  as the set's README labels "2022 (to date)"; "currently", "at present", "at this current time", "as of today"
  (held_now) make a count one held on that date.
- Months in brackets after a year ("2011-12 (Apr-Jul)") make a part year: those months, kind "range", partial;
  so does the day it runs to ("2021 (to 30 September)", "2019 to date (as at end of June)").
- Financial years joined by "to"/"-" ("2018/19 to 2020/21") make one range.
- Quarters: "Q1 2020/21" is a financial quarter (April–June 2020), "Q1 2020" a calendar one (January–March);
  both are kind "range". A header's second row of quarters under its years ("2018 2018 2019" over "Qtr. 1 Qtr. 2
  Qtr. 1", "2019/20" over "Q1") names the quarter of the year above it (quarter_of): the first quarter of a
  financial year is April–June.
- canonical: "2018-19" (financial year), "AY2019-20" (academic year), "2020-09" (month), "2020" (calendar year),
  "2019-09-01/2020-08-31" (other ranges, ISO 8601 interval).

Every function is total (never raises on a str) and linear in the length of its input.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .folding import folds_unseen
from .numbers import LOOSE_FIGURE
from .nought import WORDS as NOUGHT_WORDS

__all__ = ["Period", "parse_period", "find_periods", "period_of_cell", "quarter_of", "mark_partial", "financial_year",
           "part_of_year", "KINDS", "ended_by_reply", "held_now", "partial_after"]

KINDS = ("financial_year", "calendar_year", "month", "academic_year", "range")


@dataclass(frozen=True)
class Period:
    label: str
    first: date
    last: date
    kind: str
    start: int
    end: int
    canonical: str = ""
    partial: bool = False

    def shifted(self, offset: int) -> "Period":
        """The same period found in a piece of a text that starts ``offset`` characters into it."""
        return replace(self, start=self.start + offset, end=self.end + offset)


class _MonthNames(dict):
    """Month names, lower case, to numbers. The patterns read names case-insensitively, which takes "ſ" for "s" and
    "ı"/"İ" for "i" ("APRİL" lowers to "apri\u0307l"): such a name is looked up as the plain letters it matched."""

    def __missing__(self, key: str) -> int:
        plain = key.replace("i\u0307", "i").replace("ſ", "s").replace("ı", "i")
        if plain == key:
            raise KeyError(key)
        return self[plain]


MONTHS = _MonthNames({
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
})
_SP = r"[ \t\u00a0]"
_MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_Y4 = r"(?:19|20)\d\d"
_DASH = r"(?:-|–|—|‐|‑)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TEXT_DATE = (rf"(?:{_DAY}{_SP}+(?:of{_SP}+)?{_MON},?{_SP}*(?:{_Y4}|'?\d\d)(?!\d)"
              # month first, its day an ordinal or set off by a comma: "April 1st 2018", "March 31, 2023"
              rf"|{_MON}{_SP}+\d{{1,2}}(?:(?:st|nd|rd|th),?|,){_SP}*{_Y4}(?!\d))")
_NUM_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:(?:19|20)\d\d|\d\d)(?!\d)"
_DATE = rf"(?:{_TEXT_DATE}|{_NUM_DATE})"
_MON_YEAR = rf"{_MON}{_SP}*(?:['’]|{_DASH})?{_SP}*(?:{_Y4}|\d\d)(?!\d)"
_FY_WORD = (
    r"(?:FYE?|F/Y|financial\s+years?|fin\.?\s+years?|fiscal\s+years?|academic\s+years?|school\s+years?"
    r"|years?|AY)"
)
_PARTIAL = re.compile(
    rf"{_SP}*(?:\(\s*(?:to{_SP}+date|so{_SP}+far|ytd|year{_SP}+to{_SP}+date|part(?:ial)?(?:{_SP}+year)?"
    rf"|incomplete(?:{_SP}+year)?|in{_SP}+progress|current(?:{_SP}+year)?)[^)\n]{{0,30}}\)"
    rf"|{_DASH}?{_SP}*(?:to{_SP}+date|so{_SP}+far|ytd|year{_SP}+to{_SP}+date)\b)",
    re.I,
)

_RX_DATE_RANGE = re.compile(
    # ("1 April 2010 / 31 March 2011": a slash between two whole dates, spaced, joins them as a dash does)
    rf"(?<![\w])(?:(?P<kw>from|between){_SP}+)?(?P<a>{_DATE}){_SP}*(?:{_DASH}|to|until|till|through|and|(?<={_SP})/(?={_SP})){_SP}*(?P<b>{_DATE})",
    re.I,
)
_RX_MONTH_RANGE = re.compile(
    rf"(?<![\w])(?:(?P<kw>from|between){_SP}+)?(?<![\d/])(?P<m1>{_MON})(?:{_SP}*(?:['’]|{_DASH})?{_SP}*(?P<y1>{_Y4}|\d\d)(?!\d))?"
    # ("July 2022 to End of July 2023": the range runs to the last month's end, as it would without the words)
    rf"{_SP}*(?:{_DASH}|to|until|till|through|and){_SP}*(?:(?:the{_SP}+)?end{_SP}+of{_SP}+)?"
    rf"(?P<m2>{_MON}){_SP}*(?:['’]|{_DASH})?{_SP}*(?P<y2>{_Y4}|\d\d)(?![\d/])",
    re.I,
)
_RX_TO_DATE = re.compile(
    rf"(?<![\w])(?:(?P<kw>from|since){_SP}+)?(?P<a>{_DATE}|{_MON_YEAR}){_SP}*(?:(?:{_DASH}|to|until|till){_SP}*"
    rf"(?:date|present|now|today|current|the{_SP}+present(?:{_SP}+day)?)|onwards?)\b",
    re.I,
)
_RX_YEAR_ENDING = re.compile(
    rf"(?<![\w])(?:(?:financial|fiscal|the){_SP}+)?(?:(?:year|12{_SP}+months){_SP}+end(?:ing|ed)?|y/e|YE|FYE){_SP}*(?:on{_SP}+)?:?{_SP}*"
    rf"(?:(?P<d>{_DATE})|(?P<my>{_MON}{_SP}*(?:{_Y4}))|(?P<y>{_Y4}))(?!\d)",
    re.I,
)
# "year to September 2020", "12 months to 31 March 2021": the twelve months up to that day (a date, not a year,
# must follow: "year to date" is the year so far)
_RX_YEAR_TO = re.compile(
    rf"(?<![\w])(?:(?:financial|fiscal){_SP}+)?(?:year|12{_SP}+months){_SP}+to{_SP}+"
    rf"(?:(?P<d>{_DATE})|(?P<my>{_MON}{_SP}*{_Y4}))(?!\d)",
    re.I,
)
# "FY21", "FY 2021", "F/Y '21": the financial year that ends in March of that year
_RX_FY_ENDING = re.compile(r"(?<![\w/])(?:FY|F/Y)[ \t]*'?(?P<y>\d{2}|(?:19|20)\d{2})(?![\w/\-–])", re.I)
# a year used as a row's label, a figure after it: "2013 92 577", "2019 £66,937", "2021 (to 30 September) - 120",
# or a year in brackets after a figure, "65 (2019)"
_RX_YEAR_LABEL = re.compile(
    rf"(?<![\w£.,/\-])(?P<y>{_Y4})(?:[ \t]*\((?=[^()\n]{{0,40}}\))(?=[^()\n]*?(?:to{_SP}+date|ytd|so{_SP}+far|part|"
    rf"{_MON}))[^()\n]{{0,40}}\))?"
    rf"(?:[ \t]*[:=][ \t]*|[ \t]+-[ \t]+|[ \t]+)(?=£[ \t]*\d|{LOOSE_FIGURE}(?![\d/\-%]|[ \t]*(?:-|to)[ \t]*\d))"
    rf"|(?<=\()(?P<yb>{_Y4})(?=\))",
    re.I,
)
_RX_FY = re.compile(
    rf"(?<![\w/.:£$\-–])(?:(?P<word>{_FY_WORD})\.?[ \u00a0]*:?[ \u00a0]*)?(?P<y1>{_Y4}|\d\d)(?P<sep>{_SP}*[-–—/]{_SP}*|{_SP}+to{_SP}+)"
    # (not a year and a figure: "2020 - 21,659" is 21,659 permits in 2020, not the year 2020-21)
    rf"(?P<y2>{_Y4}|\d\d)(?![\d/]|[.\-]\d|,\d{{3}}(?!\d)|%|\w)",
    re.I,
)
_RX_FY_BEGUN = re.compile(rf"(?<![\w/.:£$\-–])(?P<y1>{_Y4})/(?={_SP}*(?:to{_SP}+date|ytd)\b)", re.I)
_RX_FY_AFTERWORD = re.compile(rf"{_SP}+(?P<w>academic|school|financial|fiscal){_SP}+years?\b", re.I)
_RX_ISO_MONTH = re.compile(r"(?<![\w/.\-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d\-/])")
_RX_NUM_MONTH = re.compile(r"(?<![\w/.\-])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![\d/])")
_RX_MONTH = re.compile(
    rf"(?<![\w])(?P<m>{_MON})(?:{_SP}+(?P<y4>{_Y4})|{_SP}*(?:['’]|{_DASH}){_SP}*(?P<y>{_Y4}|\d\d))(?![\d/])",
    re.I,
)
# ("over 2000 incidents", "within 2021 hours" are counts more often than years: "over" and "within" are not here)
_RX_CAL_KW = re.compile(
    rf"(?<![\w])(?P<kw>calendar{_SP}+years?|years?|in|during|for|throughout|cy){_SP}*:?{_SP}*"
    rf"(?P<y>{_Y4})(?![\d/]|{_SP}*{_DASH}{_SP}*\d|\.\d)",
    re.I,
)
# a year over none: "2019 – zero reports were submitted to the Procurator Fiscal", "2020 - Nil"
_NONE_WORD = r"(?:" + NOUGHT_WORDS + r")\b"
_RX_CAL_LABEL = re.compile(
    rf"(?:(?<=[\s(\[|])|^)(?P<y>{_Y4})(?=[ \t]*:(?![\d/])|[ \t]+[-–—=][ \t]*(?!(?:19|20)\d\d\b)(?:[\d(£]|{_NONE_WORD})"
    rf"|{_SP}*\(\s*(?:to{_SP}+date|so{_SP}+far|ytd|part)"
    rf"|{_SP}+(?:to{_SP}+date|ytd)\b)",
    re.I,
)
_RX_QUARTER = re.compile(
    rf"(?<![\w])(?:Q|quarter{_SP}*)(?P<q>[1-4])(?![\d]){_SP}*(?:of{_SP}+)?(?:(?P<y1>{_Y4}|\d\d)[/\-–](?P<y2>{_Y4}|\d\d)"
    rf"|(?P<y>{_Y4}))(?![\d/]|[\-–]\d)",
    re.I,
)
_RX_MORE_YEARS = re.compile(rf"(?:{_SP}*,{_SP}*(?:and{_SP}+)?|{_SP}+and{_SP}+|{_SP}*&{_SP}*)(?P<y>{_Y4})(?![\d/]|{_SP}*{_DASH}{_SP}*\d)",
                            re.I)
# a year named before its kind: "2023 Calendar Year: 376", "during the 2023 calendar year"
_RX_Y4_CALENDAR = re.compile(rf"(?<![\w£.,/\-])(?P<y>{_Y4}){_SP}+calendar{_SP}+year(?![\w-])", re.I)
_RX_CAL_CELL = re.compile(rf"(?:(?<=\t)|(?<=\|)|(?<=\n)|^)[ \u00a0]*(?P<y>{_Y4})[ \u00a0]*:?[ \u00a0]*(?=\t|\||\r?\n|$)",
                          re.M)
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?$", re.I)
# a year after a month ("30 September 2023: 11") is part of a date; after a law's name ("Act 2000:") part of the name
_DATE_OR_LAW_BEFORE = re.compile(
    rf"(?:{_MON}|(?<![\w])(?:act|acts|regulations?|order|rules|directive|gdpr|dpa|foia|eir)),?{_SP}*$", re.I)
# "from 2019 to date", "since 2018 to date": a run of years, not a part of the first (see _make)
_RANGE_BEFORE = re.compile(r"(?<![\w])(?:from|since|between)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?$", re.I)
# In a reply a month and year inside a sentence ("bought in March 2020", "since Oct 2017") says when something
# happened; it is the period of figures where it labels one ("March 2020: 45", "March 2020 - £1,200"), stands alone
# as a heading or cell, or is one of a list of months ("by year (September 2021, September 2020, September 2019)").
# A request names the months it asks about in sentences: see find_periods(prose_months=).
_MONTH_LABELS_FIGURE = re.compile(
    r"[ \t]*(?::|=|[ \t]-[ \t]|(?=[ \t]))?[ \t]*(?:£[ \t]?\d|" + LOOSE_FIGURE + r"(?![\d/]|[ \t]*(?:-|to)[ \t]*\d))|[ \t]*:")
_MONTH_ALONE_BEFORE = re.compile(r"(?:^|[\n\t|])[ \t]*$")
_MONTH_ALONE_AFTER = re.compile(r"[ \t]*:?[ \t]*(?:$|[\n\t|])")
_MONTH_LIST_AFTER = re.compile(rf"[ \t]*(?:,|;|&|and\b)[ \t]*(?:and[ \t]+)?{_MON}", re.I)
_MONTH_LIST_BEFORE = re.compile(rf"{_MON}[ \t]*['’\-]?[ \t]*(?:{_Y4}|\d\d)[ \t]*(?:,|;|&|and)[ \t]*(?:and[ \t]+)?$", re.I)


def _month_stands_as_period(text: str, s: int, e: int) -> bool:
    n = len(text)
    return bool(_MONTH_LABELS_FIGURE.match(text, e, min(n, e + 40))
                or (_MONTH_ALONE_BEFORE.search(text, max(0, s - 12), s) and _MONTH_ALONE_AFTER.match(text, e, min(n, e + 12)))
                or _MONTH_LIST_AFTER.match(text, e, min(n, e + 30))
                or _MONTH_LIST_BEFORE.search(text, max(0, s - 32), s))


_AGE_BEFORE = re.compile(rf"(?<![\w])(?:aged?|ages|between){_SP}*$", re.I)
_NOT_FY_AFTER = re.compile(
    rf"{_SP}*(?:years?|yrs?|year-olds?|-year|per\b|hours?|hrs|days?|weeks?|months?|mins?|minutes?|%|mph|am|pm"
    rf"|{_MON})", re.I)
_Y2_CONTEXT_BEFORE = re.compile(rf"(?:^|[\t|(\[,\n]|(?<![\w])(?:in|for|during|of|from|year|years|fy)\)?){_SP}*$", re.I)
# (a question's end or a word that closes an ask after the pair: "for 21/22 please", "in 21-22?", "for 22/23 only")
_Y2_CONTEXT_AFTER = re.compile(rf"{_SP}*(?:$|[\t|):,;\]\n?!]|\.(?!\d)|\(|{_DASH}|to\b|and\b|financial|academic|fiscal|"
                               r"please\b|only\b|inclusive\b)", re.I)
# what joins the pairs of two-digit years of one list: "21/22, 22/23 and 23/24", "19/20 & 20/21"
_Y2_LIST_JOIN = re.compile(rf"{_SP}*(?:,{_SP}*(?:and{_SP}+|&{_SP}*)?|and{_SP}+|&{_SP}*|or{_SP}+)")
_Y2_LIST_NEXT = re.compile(_Y2_LIST_JOIN.pattern + r"\d\d[/\-–]\d\d(?![\d/])")
# a header row of two-digit year pairs, one after another in spaces: "22-23 21-22 20-21 19-20 18-19" (each pair a year
# on from or back from the one before it, so a row of age bands, "10-11 12-13", is not one)
_Y2_RUN_NEXT = re.compile(r"[ \t]+(\d\d)[/\-–](\d\d)(?![\d/])")


def _y2_run_next(text: str, m: re.Match, end: int) -> bool:
    nxt = _Y2_RUN_NEXT.match(text, m.end(), end)
    if nxt is None:
        return False
    a, b, y1 = int(nxt.group(1)), int(nxt.group(2)), int(m.group("y1"))
    return b == (a + 1) % 100 and abs(a - y1) == 1

# "18/19 14,620": a pair of two-digit years leading a line, a figure after it, is that line's label
_Y2_LINE_LABEL = (re.compile(r"(?:^|\n)[ \t]*$"), re.compile(r"[ \t]+£?\d"))


_LABEL_LEAD = re.compile(r"(?:(?:financial|fiscal|calendar|academic|school)\s+)?years?\b\s*:?\s*(?=\d)", re.I)
_SPACES = re.compile(r"\s{2,}|[\t\n\r\u00a0]")


def _label(text: str, s: int, e: int) -> str:
    """A period's label: as written, without the words that introduce it ("financial year 2019/20" is
    "2019/20", as "in 2019/20" is) and with runs of spaces made one (a PDF's "June  2020" is "June 2020")."""
    label = text[s:e]
    if label[:1].isalpha():
        m = _LABEL_LEAD.match(label)
        if m:
            label = label[m.end():]
    return _SPACES.sub(" ", label) if _SPACES.search(label) else label


def _year(raw: str) -> int:
    y = int(raw)
    if len(raw) == 2:
        return 1900 + y if y >= 50 else 2000 + y
    return y


def _year_after(first: int, raw: str) -> int:
    """The second year of a pair, read next to the first ("2049-50" → 2050, "1999/00" → 2000)."""
    if len(raw) == 4:
        return int(raw)
    y = first - first % 100 + int(raw)
    return y + 100 if y < first else y


def last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def financial_year(first_year: int) -> tuple[date, date]:
    """1 April of first_year – 31 March of the next."""
    return date(first_year, 4, 1), date(first_year + 1, 3, 31)


def _classify(start: date, end: date, academic_hint: bool = False) -> tuple[str, str]:
    if start.month == 4 and start.day == 1 and end == date(start.year + 1, 3, 31):
        return "financial_year", f"{start.year}-{(start.year + 1) % 100:02d}"
    if start.month == 9 and start.day == 1 and end == date(start.year + 1, 8, 31) and academic_hint:
        return "academic_year", f"AY{start.year}-{(start.year + 1) % 100:02d}"
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return "calendar_year", f"{start.year}"
    if start.day == 1 and end == last_day(start.year, start.month) and start.month == end.month \
            and start.year == end.year:
        return "month", f"{start.year}-{start.month:02d}"
    return "range", f"{start.isoformat()}/{end.isoformat()}"


_WHOLE_TEXT_DATE = re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?(?P<m>{_MON}),?{_SP}*(?P<y>{_Y4}|'?\d\d)", re.I)
_WHOLE_NUM_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d\d|\d\d)")
_WHOLE_MDY_DATE = re.compile(rf"(?P<m>{_MON}){_SP}+(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th),?|,){_SP}*(?P<y>{_Y4})", re.I)
_WHOLE_MON_YEAR = re.compile(rf"(?P<m>{_MON}){_SP}*(?:['’]|{_DASH})?{_SP}*(?P<y>{_Y4}|\d\d)", re.I)
_WHOLE_Y4 = re.compile(_Y4)


def _parse_date(raw: str) -> date | None:
    raw = raw.strip()
    m = _WHOLE_TEXT_DATE.fullmatch(raw)
    try:
        if m:
            mon = MONTHS[m.group("m").rstrip(".").lower()]
            return date(_year(m.group("y").lstrip("'")), mon, int(m.group("d")))
        m = _WHOLE_NUM_DATE.fullmatch(raw)
        if m:  # UK order: day/month/year
            return date(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = _WHOLE_MDY_DATE.fullmatch(raw)
        if m:  # "April 1st 2018"
            return date(_year(m.group("y")), MONTHS[m.group("m").rstrip(".").lower()], int(m.group("d")))
    except (ValueError, KeyError):
        return None
    return None


def whole_date(raw: str) -> date | None:
    """A text that is only a date: "2019-05-12", "12/05/2019", "12 May 2019" (a spreadsheet's date cell)."""
    m = re.fullmatch(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[ T]00:00(?::00)?)?\s*", raw)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return _parse_date(raw)


def _parse_mon_year(raw: str) -> tuple[int, int] | None:
    m = _WHOLE_MON_YEAR.fullmatch(raw.strip())
    if not m:
        return None
    return _year(m.group("y")), MONTHS[m.group("m").rstrip(".").lower()]


_PART_MONTHS = re.compile(rf"{_SP}*\({_SP}*(?P<m1>{_MON}){_SP}*(?:{_DASH}|to){_SP}*(?P<m2>{_MON}){_SP}*\)", re.I)


def part_of_year(text: str, pos: int, start: date, end: date, limit: int | None = None
                 ) -> tuple[int, date, date] | None:
    """Months written in brackets at ``pos``, right after a year that runs ``start``–``end`` ("2011-12 (Apr-Jul)"):
    (where the brackets end, the first day, the last day), or None."""
    m = _PART_MONTHS.match(text, pos, len(text) if limit is None else limit)
    narrowed = _part_of(start, end, m) if m else None
    return (m.end(), *narrowed) if narrowed else None


_UP_TO = re.compile(rf"{_SP}*\({_SP}*(?:(?:up{_SP}+)?(?:to|until)|as{_SP}+(?:at|of)){_SP}+(?:the{_SP}+)?(?:end{_SP}+of{_SP}+)?"
                    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?)?(?P<m>{_MON})"
                    rf"(?:,?{_SP}*(?P<y>{_Y4}))?{_SP}*\)", re.I)


def part_up_to(text: str, pos: int, start: date, end: date, limit: int | None = None
               ) -> tuple[int, date, date] | None:
    """"(to 30 September)", "(up to end of Sept 2021)" written in brackets at ``pos``, right after a year that runs
    ``start``–``end``: (where the brackets end, ``start``, the day named), or None when that day is not inside the
    year."""
    m = _UP_TO.match(text, pos, len(text) if limit is None else limit)
    if not m:
        return None
    mon = MONTHS[m.group("m").rstrip(".").lower()]
    years = [_year(m.group("y"))] if m.group("y") else [start.year, end.year]
    for y in years:
        try:
            last = date(y, mon, int(m.group("d"))) if m.group("d") else last_day(y, mon)
        except ValueError:
            return None
        if start <= last <= end:
            return m.end(), start, last
    return None


def _part_of(start: date, end: date, m: re.Match) -> tuple[date, date] | None:
    """The months "(Apr-Dec)" written after a year, inside that year: each month falls in the one calendar year
    that puts it inside [start, end]."""
    def month_start(name: str) -> date | None:
        mon = MONTHS[name.rstrip(".").lower()]
        return next((date(y, mon, 1) for y in (start.year, end.year) if start <= date(y, mon, 1) <= end), None)

    first, last = month_start(m.group("m1")), month_start(m.group("m2"))
    if first is None or last is None or last < first:
        return None
    return first, last_day(last.year, last.month)


def _year_before(end: date) -> date:
    """The first day of the twelve months that end on ``end``."""
    try:
        start = date(end.year - 1, end.month, end.day)
    except ValueError:  # 29 February
        start = date(end.year - 1, end.month, 28)
    return start + timedelta(days=1)


def _make(text: str, s: int, e: int, start: date, end: date, kind: str | None = None, canonical: str | None = None,
          academic: bool = False, limit: int | None = None) -> Period | None:
    if end < start:
        return None
    if kind is None:
        kind, canonical = _classify(start, end, academic)
    limit = len(text) if limit is None else limit
    if kind in ("financial_year", "calendar_year", "academic_year"):
        # "2011-12 (Apr-Jul)", "2021 (to 30 September)": the months of the year the figure covers, as councils
        # label part years
        part = part_of_year(text, e, start, end, limit) or part_up_to(text, e, start, end, limit)
        if part is not None:
            e = part[0]
            if part[1:] != (start, end):
                start, end = part[1:]
                kind, canonical = _classify(start, end)
                return Period(_label(text, s, e), start, end, kind, s, e, canonical, True)
    partial = False
    p = _PARTIAL.match(text, e, min(limit, e + 48))
    # without brackets "to date" after "since 2019" ends a run of years: it is not a part of 2019
    if p and (p.group(0).lstrip(" \t\u00a0").startswith("(") or not _RANGE_BEFORE.search(text, max(0, s - 40), s)):
        partial = True
        e = p.end()
        # "2019 to date (as at end of June)": the day the council's "to date" ran to
        part = part_up_to(text, e, start, end, limit) if kind != "range" else None
        if part is not None:
            e, start, end = part
            kind, canonical = _classify(start, end)
    return Period(_label(text, s, e), start, end, kind, s, e, canonical or "", partial)


def _range_start(m: re.Match, first: str) -> int:
    """Where a range's label starts: "between" is part of "between X and Y"; "from" only says where it starts."""
    return m.start() if (m.group("kw") or "").lower() == "between" else m.start(first)


_MONTHS3 = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")   # searched in lower case: no re.I
_ANY_Y4 = re.compile(_Y4)
# what a date in figures holds ("12/05/2019", "1.4.20"): a range of dates without a month's name holds it twice
_NUM_DATE_HINT = re.compile(r"\d[/.\-]\d{1,2}[/.\-]")
# what every match of _RX_FY holds, its two years' digits either side of their dash, slash or "to" (most lines with a
# dash or a "to" have none, and a search for this costs a fraction of that pattern's); and of _RX_QUARTER, its quarter
_FY_HINT = re.compile(rf"\d(?:{_SP}*[-–—/]{_SP}*|{_SP}+to{_SP}+)\d", re.I)
_QUARTER_HINT = re.compile(rf"(?:q|quarter{_SP}*)[1-4]", re.I)


def _candidates(text: str, lenient: bool, prose_months: bool = True) -> list[Period]:
    out: list[Period] = []
    n = len(text)
    # Each pattern below is searched for only where the text holds what every match of it holds (a month's name,
    # a four-digit year, "to date" ...): most lines of a reply hold none, and these tests cost a fraction of a search.
    low = text.lower()
    folds = folds_unseen(text)
    month = folds or _MONTHS3.search(low) is not None
    y4 = folds or _ANY_Y4.search(text) is not None
    slash, dash = folds or "/" in text, folds or "-" in text

    for m in _RX_DATE_RANGE.finditer(text) if month or _NUM_DATE_HINT.search(text) else ():
        a, b = _parse_date(m.group("a")), _parse_date(m.group("b"))
        uses_and = "and" in text[m.end("a"):m.start("b")].lower()
        if a and b and (not uses_and or (m.group("kw") or "").lower() == "between"):
            p = _make(text, _range_start(m, "a"), m.end(), a, b)
            if p:
                out.append(p)

    for m in _RX_MONTH_RANGE.finditer(text) if month else ():
        if _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or "may" in (m.group("m1"), m.group("m2")):
            continue  # lower-case "may" is the verb
        sep = text[m.end("y1") if m.group("y1") else m.end("m1"):m.start("m2")].lower()
        if "and" in sep and (m.group("kw") or "").lower() != "between":
            continue
        m1 = MONTHS[m.group("m1").rstrip(".").lower()]
        m2 = MONTHS[m.group("m2").rstrip(".").lower()]
        if m.group("y1"):
            y1 = _year(m.group("y1"))
            y2 = _year_after(y1, m.group("y2"))
        else:
            y2 = _year(m.group("y2"))
            y1 = y2 if m1 <= m2 else y2 - 1
        if y1 > y2 or (y1 == y2 and m1 > m2) or y2 - y1 > 20:
            continue
        p = _make(text, _range_start(m, "m1"), m.end(), date(y1, m1, 1), last_day(y2, m2))
        if p:
            out.append(p)

    for m in _RX_TO_DATE.finditer(text) if folds or any(w in low for w in _TO_DATE_WORDS) else ():
        raw = m.group("a")
        d = _parse_date(raw)
        if d is None:
            my = _parse_mon_year(raw)
            if my is None:
                continue
            d = date(my[0], my[1], 1)
        fy_first = d.year if d.month >= 4 else d.year - 1
        end = date(fy_first + 1, 3, 31)
        kind, canon = "range", f"{d.isoformat()}/{end.isoformat()}"
        out.append(Period(_label(text, m.start("a"), m.end()), d, end, kind, m.start("a"), m.end(), canon, True))

    for m in _RX_YEAR_TO.finditer(text) if folds or (("year" in low or "months" in low) and "to" in low) else ():
        if m.group("d"):
            end = _parse_date(m.group("d"))
        else:
            my = _parse_mon_year(m.group("my"))
            end = last_day(*my) if my else None
        if end is None:
            continue
        p = _make(text, m.start(), m.end(), _year_before(end), end)
        if p:
            out.append(p)

    for m in _RX_FY_ENDING.finditer(text) if folds or "fy" in low or "f/y" in low else ():
        y = _year(m.group("y"))
        start, end = financial_year(y - 1)
        p = _make(text, m.start(), m.end(), start, end, "financial_year", f"{y - 1}-{y % 100:02d}")
        if p:
            out.append(p)

    for m in _RX_YEAR_ENDING.finditer(text) if folds or "ye" in low or "y/e" in low or "end" in low else ():
        if m.group("d"):
            end = _parse_date(m.group("d"))
        elif m.group("my"):
            my = _parse_mon_year(m.group("my"))
            end = last_day(*my) if my else None
        else:
            end = date(int(m.group("y")), 3, 31)
        if end is None:
            continue
        p = _make(text, m.start(), m.end(), _year_before(end), end)
        if p:
            out.append(p)

    y2_list_end = -1     # where the last pair of two-digit years read ends: "21/22, 22/23 and 23/24" is one list
    for m in _RX_FY.finditer(text) if _FY_HINT.search(text) else ():
        y1r, y2r = m.group("y1"), m.group("y2")
        y1 = _year(y1r)
        y2 = _year_after(y1, y2r)
        if y2 != y1 + 1:
            continue
        if len(y1r) == 2 and len(y2r) == 4:
            continue
        word = (m.group("word") or "").lower()
        sep = m.group("sep").strip().lower()
        if sep == "to" and not word:
            continue
        if len(y1r) == 2 and not lenient:
            if not word:
                before_ok = _Y2_CONTEXT_BEFORE.search(text, max(0, m.start() - 12), m.start()) or (
                    0 <= y2_list_end and (_Y2_LIST_JOIN.fullmatch(text, y2_list_end, m.start())
                                          or re.fullmatch(r"[ \t]+", text[y2_list_end:m.start()])))
                after_ok = _Y2_CONTEXT_AFTER.match(text, m.end(), min(n, m.end() + 12)) or \
                    _Y2_LIST_NEXT.match(text, m.end(), min(n, m.end() + 16)) or \
                    _y2_run_next(text, m, min(n, m.end() + 12)) or (
                    _Y2_LINE_LABEL[0].search(text, max(0, m.start() - 12), m.start())
                    and _Y2_LINE_LABEL[1].match(text, m.end(), min(n, m.end() + 4)))
                if not (before_ok and after_ok):
                    continue
            if _AGE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
        if _NOT_FY_AFTER.match(text, m.end(), min(n, m.end() + 12)) and not word:
            continue
        if len(y1r) == 2:
            y2_list_end = m.end()
        academic = "academic" in word or "school" in word or word == "ay"
        e = m.end()
        aw = _RX_FY_AFTERWORD.match(text, e, min(n, e + 30))
        if aw:
            if aw.group("w").lower() in ("academic", "school"):
                academic = True
            if lenient:
                # a cell "2019/20 academic year" is that period whole; in a sentence the years alone are the
                # label, as after "the financial year"
                e = aw.end()
        if academic:
            start, end = date(y1, 9, 1), date(y2, 8, 31)
            kind, canon = "academic_year", f"AY{y1}-{y2 % 100:02d}"
        else:
            start, end = financial_year(y1)
            kind, canon = "financial_year", f"{y1}-{y2 % 100:02d}"
        # "the financial years 2015-16, 2016-17 and 2017-18": a plural word belongs to the list, not its first year
        s = m.start("y1") if word.endswith("years") or word == "years" else m.start()
        p = _make(text, s, e, start, end, kind, canon)
        if p:
            out.append(p)

    # a financial year begun, its second year written as "to date": "2022/to date" heading the last column after
    # "2021/22", the year from April 2022 so far
    for m in _RX_FY_BEGUN.finditer(text) if slash else ():
        y1 = int(m.group("y1"))
        start, end = financial_year(y1)
        p = _make(text, m.start(), m.end(), start, end, "financial_year", f"{y1}-{(y1 + 1) % 100:02d}")
        if p:
            out.append(p)

    for m in _RX_ISO_MONTH.finditer(text) if y4 and dash else ():
        y, mo = int(m.group("y")), int(m.group("m"))
        if (mo == (y + 1) % 100):  # "2011-12" is a financial year, found above
            continue
        p = _make(text, m.start(), m.end(), date(y, mo, 1), last_day(y, mo))
        if p:
            out.append(p)

    for m in _RX_NUM_MONTH.finditer(text) if y4 and slash else ():
        y, mo = int(m.group("y")), int(m.group("m"))
        p = _make(text, m.start(), m.end(), date(y, mo, 1), last_day(y, mo))
        if p:
            out.append(p)

    for m in _RX_MONTH.finditer(text) if month else ():
        if _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or m.group("m") == "may" \
                or not (prose_months or _month_stands_as_period(text, m.start(), m.end())):
            continue
        raw_y = m.group("y4") or m.group("y")
        y, mo = _year(raw_y), MONTHS[m.group("m").rstrip(".").lower()]
        p = _make(text, m.start(), m.end(), date(y, mo, 1), last_day(y, mo))
        if p:
            out.append(p)

    for m in _RX_CAL_KW.finditer(text) if y4 else ():
        kw = m.group("kw").lower()
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(?:financial|fiscal|academic|school|the)\s*$", before) and kw.startswith("year"):
            continue
        if _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                or _DATE_OR_LAW_BEFORE.search(text, max(0, m.start("y") - 16), m.start("y")):
            continue
        y = int(m.group("y"))
        whole = kw.startswith(("calendar", "cy")) and not kw.endswith("years")
        p = _make(text, m.start() if whole else m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31))
        if p:
            out.append(p)
        # "in 2019, 2020 and 2021": the years listed after the first are periods too
        pos = m.end()
        for _ in range(20):
            more = _RX_MORE_YEARS.match(text, pos, min(n, pos + 16))
            if not more:
                break
            y = int(more.group("y"))
            p = _make(text, more.start("y"), more.end("y"), date(y, 1, 1), date(y, 12, 31))
            if p:
                out.append(p)
            pos = more.end()

    for m in _RX_QUARTER.finditer(text) if _QUARTER_HINT.search(text) else ():
        q = int(m.group("q"))
        if m.group("y1"):
            y1 = _year(m.group("y1"))
            if _year_after(y1, m.group("y2")) != y1 + 1:
                continue
            first_month, year = 4 + 3 * (q - 1), y1  # financial quarters: Q1 = April–June
            if first_month > 12:
                first_month, year = first_month - 12, y1 + 1
        else:
            first_month, year = 1 + 3 * (q - 1), int(m.group("y"))
        start = date(year, first_month, 1)
        end = last_day(year, first_month + 2)
        out.append(Period(_label(text, m.start(), m.end()), start, end, "range", m.start(), m.end(),
                          f"{start.isoformat()}/{end.isoformat()}", False))

    for rx in (_RX_CAL_LABEL, _RX_YEAR_LABEL) if y4 else ():
        for m in rx.finditer(text):
            g = "y" if m["y"] else "yb"
            s = m.start(g)
            if _DATE_OR_LAW_BEFORE.search(text, max(0, s - 16), s) or _RANGE_BEFORE.search(text, max(0, s - 40), s):
                continue
            y = int(m.group(g))
            p = _make(text, s, m.end(g), date(y, 1, 1), date(y, 12, 31))
            if p:
                out.append(p)

    for m in _RX_Y4_CALENDAR.finditer(text) if y4 and "calendar" in low else ():
        y = int(m.group("y"))
        p = _make(text, m.start(), m.end(), date(y, 1, 1), date(y, 12, 31))
        if p:
            out.append(p)

    for m in _RX_CAL_CELL.finditer(text) if y4 else ():
        y = int(m.group("y"))
        p = _make(text, m.start("y"), m.end("y"), date(y, 1, 1), date(y, 12, 31))
        if p:
            out.append(p)
    return out


_TO_DATE_WORDS = ("date", "present", "now", "today", "current", "onward")


def _select(cands: list[Period]) -> list[Period]:
    cands.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[Period] = []
    last_end = -1
    for p in cands:
        if p.start >= last_end:
            out.append(p)
            last_end = p.end
    return out


_FY_JOIN = re.compile(rf"{_SP}*(?:{_DASH}|to|until|through){_SP}*$", re.I)


def _join_fy_ranges(text: str, periods: list[Period]) -> list[Period]:
    out: list[Period] = []
    for p in periods:
        if out and out[-1].kind == p.kind == "financial_year" and not out[-1].partial and p.first > out[-1].last \
                and _FY_JOIN.match(text, out[-1].end, p.start) and p.start - out[-1].end <= 12:
            q = out.pop()
            merged = Period(_label(text, q.start, p.end), q.first, p.last, "range", q.start, p.end,
                            f"{q.first.isoformat()}/{p.last.isoformat()}", p.partial)
            out.append(merged)
        else:
            out.append(p)
    return out


def find_periods(text: str, prose_months: bool = True) -> list[Period]:
    """Every period in `text`, left to right, without overlaps (the longest reading wins where two overlap).

    ``prose_months``: whether a month and year inside a sentence is a period. A request names the months it asks
    for in sentences ("at the end of December 2021"); in a reply such a month says when something happened
    ("licences bought in March 2020"), and only a month that labels a figure, heads a line or cell or is one of a
    list of months is the period of figures (``prose_months=False``)."""
    if not isinstance(text, str) or not text:
        return []
    return _join_fy_ranges(text, _select(_candidates(text, lenient=False, prose_months=prose_months)))


_JUNK = re.compile(r"[\s\"'“”‘’()\[\]{}.,;:!?*•·\-–—]*")
_LEAD_WORDS = re.compile(rf"(?:(?:in|during|for|throughout|period|the|over|from|between|since){_SP}+)*", re.I)


def parse_period(text: str) -> Period | None:
    """The period that is the whole of `text` (surrounding punctuation and a leading "in"/"during" allowed):
    "2018-19", "FY19/20", "Sep-20", "2020", "18/19", "April 2020 to March 2021", "2021-22 (to date)"."""
    if not isinstance(text, str) or not text or len(text) > 200:
        return None
    lead = _JUNK.match(text).end()
    lead = _LEAD_WORDS.match(text, lead).end()
    stripped = text[lead:].rstrip(" \t\r\n\"'“”‘’.,;:!?*•·-–—")
    trail = lead + len(stripped)
    if not stripped:
        return None
    m = _WHOLE_Y4.fullmatch(stripped)
    if m:
        y = int(stripped)
        return Period(stripped, date(y, 1, 1), date(y, 12, 31), "calendar_year", lead, trail, str(y), False)
    found = _join_fy_ranges(text, _select(_candidates(text, lenient=True)))
    inner = [p for p in found if p.start >= lead and p.end <= len(text)]
    if len(inner) != 1:
        # "Sep 20" alone: accept a month with a two-digit year when the whole cell is just that.
        my = _parse_mon_year(stripped)
        if my is not None and len(found) == 0:
            y, mo = my
            return Period(_label(text, lead, trail), date(y, mo, 1), last_day(y, mo), "month", lead, trail,
                          f"{y}-{mo:02d}", False)
        return None
    p = inner[0]
    if p.start != lead or not _JUNK.fullmatch(text, p.end, len(text)):
        return None
    return p


def mark_partial(text: str, p: Period, limit: int | None = None) -> Period:
    """``p``, a period read on its own from a cell or heading of ``text``, with what is written right after it (up
    to ``limit``) read as find_periods reads it: its months in brackets ("2011-12 (Apr-Jul)") or "(to date)"."""
    q = _make(text, p.start, p.end, p.first, p.last, p.kind, p.canonical, limit=limit)
    if q is None or q.end == p.end:
        return p
    return replace(q, partial=q.partial or p.partial)


_CELL_PARTIAL = re.compile(r"\s*\(?\s*(?:(?:the\s+)?year\s+to\s+date|to\s+date|ytd|so\s+far|part(?:ial)?(?:\s+year)?)"
                           r"\s*\)?\s*:?\s*$", re.I)
# every match of _CELL_PARTIAL holds one of these (searched in lower case: no re.I)
_CELL_PARTIAL_HINT = re.compile("date|ytd|far|part")
_ANY_DIGIT = re.compile(r"\d")
_CELL_YEAR = re.compile(r"^\s*(?:(?:calendar\s+)?year\s*:?\s*)?((?:19|20)\d{2})\s*:?\s*$", re.I)
_CELL_MONTH = re.compile(rf"^\s*(?:year\s+to\s+)?({_MON})\s+((?:19|20)\d{{2}})\s*:?\s*$", re.I)


def period_of_cell(cell: str, offset: int) -> Period | None:
    """The period a table's header cell or a heading names, its offsets ``offset`` on: a year alone ("2019",
    "Year: 2019"), a month and year alone ("September 2020": the year to that month, as a request for figures "by
    year (September 2021, September 2020 ...)" is answered), or any period that is the whole cell. "(to date)"
    after it is left for mark_partial."""
    low = cell.lower()
    partial = _CELL_PARTIAL.search(cell) if folds_unseen(cell) or _CELL_PARTIAL_HINT.search(low) else None
    if partial:
        cell = cell[:partial.start()]
    m = _CELL_YEAR.match(cell)
    if m:
        y = int(m[1])
        return Period(m[1], date(y, 1, 1), date(y, 12, 31), "calendar_year", offset + m.start(1), offset + m.end(1),
                      m[1])
    m = _CELL_MONTH.match(cell)
    if m:
        last = last_day(int(m[2]), MONTHS[m[1].rstrip(".").lower()])
        return Period(_label(cell, m.start(1), m.end(2)), _year_before(last), last, "year_to", offset + m.start(1),
                      offset + m.end(2))
    if len(cell) <= 60 and (_ANY_DIGIT.search(cell) or not cell.isascii() and any(ch.isdigit() for ch in cell)):
        p = parse_period(cell)
        if p is not None:
            return p.shifted(offset)
    return None


# a quarter named without its year: "Qtr. 1", "Qtr.2", "Q3", "Quarter 4" (a header's cell under its year)
QUARTER_NAME = r"(?:q|qtr|quarter)\.?[ \t]*([1-4])(?!\d)"
_QUARTER_CELL = re.compile(r"[ \t]*" + QUARTER_NAME + r"[ \t]*:?[ \t]*", re.IGNORECASE)


def quarter_of(year: Period, cell: str, offset: int) -> Period | None:
    """The quarter ``cell`` names ("Qtr. 1", "Q2", "Quarter 3") of ``year``, the year of the column above it ("2018"
    over "Qtr. 1" is January–March 2018, "2019/20" over "Q1" April–June 2019); None when the cell names no quarter
    or ``year`` is no whole year. ``offset``: where the cell starts in the text."""
    m = _QUARTER_CELL.fullmatch(cell)
    if m is None or year.kind not in ("financial_year", "calendar_year", "academic_year"):
        return None
    months = year.first.year * 12 + year.first.month - 1 + 3 * (int(m.group(1)) - 1)
    first = date(months // 12, months % 12 + 1, 1)
    last = last_day((months + 2) // 12, (months + 2) % 12 + 1)
    label = _SPACES.sub(" ", cell.strip(" \t:"))
    lead = len(cell) - len(cell.lstrip())
    return Period(f"{year.label} {label}", first, last, "range", offset + lead, offset + len(cell.rstrip()),
                  f"{first.isoformat()}/{last.isoformat()}")


def ended_by_reply(first: date, last: date, partial: bool, replied_on: date | None) -> date:
    """The last day of a period written "to date" / "YTD" / "so far" (``partial``): the reply's date where it falls
    inside the period (a reply cannot count days still to come), else ``last``."""
    if partial and replied_on is not None and first <= replied_on < last:
        return replied_on
    return last


# a count said to be held now: on the day the reply was written ("at this time", "now" say too little alone:
# "at this time we are unable to", "we now hold")
_NOW = re.compile(rf"(?<![\w])(?:currently|presently|at{_SP}+(?:the{_SP}+)?present(?:{_SP}+(?:time|day))?|"
                  rf"at{_SP}+(?:this|the){_SP}+current{_SP}+(?:time|moment|date)|"
                  rf"as{_SP}+(?:of|at){_SP}+(?:today|the{_SP}+date{_SP}+of{_SP}+this{_SP}+(?:letter|response|reply))|"
                  rf"(?:the{_SP}+)?current{_SP}+(?:total{_SP}+)?(?:number|total|count|figure|level))(?![\w])", re.I)


def held_now(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """Words in ``text[start:end]`` that place a count on the day of the reply: "currently", "at present", "at this
    current time", "as of today", "the current number"."""
    return _NOW.search(text, start, len(text) if end is None else end)


# "£0.00 (so far)", "40 (to date)": words right after a figure that make it a part of its period
_PARTIAL_AFTER = re.compile(rf"{_SP}*(?:\({_SP}*)?(?:(?:the{_SP}+)?year{_SP}+to{_SP}+date|to{_SP}+date|so{_SP}+far|ytd)"
                            rf"(?![\w])", re.I)


def partial_after(text: str, pos: int, limit: int | None = None) -> bool:
    """Whether "(so far)", "(to date)", "YTD" is written at ``pos``, right after a figure."""
    return _PARTIAL_AFTER.match(text, pos, len(text) if limit is None else limit) is not None


_AS_AT = re.compile(rf"(?<![\w])as{_SP}+(?:at|of|on){_SP}+(?:the{_SP}+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_SP}+"
                    rf"(?:of{_SP}+)?(?P<m>{_MON})(?:,?{_SP}*(?P<y>{_Y4}))?(?![\w])", re.I)


def held_at(text: str, start: int, end: int, replied_on: date) -> tuple[str, date] | None:
    """"As at 30th September there were 2620 empty properties": the day a count is held on, as written in
    ``text[start:end]`` (label, day); a day written without its year is the last one on or before ``replied_on``."""
    m = _AS_AT.search(text, start, end)
    if m is None:
        return None
    mon, day = MONTHS[m.group("m").rstrip(".").lower()], int(m.group("d"))
    for y in ([int(m.group("y"))] if m.group("y") else [replied_on.year, replied_on.year - 1]):
        try:
            held = date(y, mon, day)
        except ValueError:
            return None
        if m.group("y") or held <= replied_on:
            return " ".join(m.group(0).split()), held
    return None
