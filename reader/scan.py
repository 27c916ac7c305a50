"""Low-level scanning of reply text: numbers, money, zero words, periods and the spans that are never
figures (dates, phone numbers, postcodes, references, section numbers, durations, list markers).

Everything here works on the text as given and returns character offsets into it, so quotes can be
pointed at exactly. Written for this package's needs; the generic parsers live beside it
(numbers.py, money.py, periods.py, tables.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from .numbers import qualifier_after, qualifier_before
from .periods import MONTHS as _PERIOD_MONTHS
from .periods import financial_year, last_day, part_of_year, part_up_to

# Same-length substitutions only, so offsets into the normalised text are offsets into the original.
_SAME_LENGTH = str.maketrans({
    "\xa0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200b": " ", "\ufeff": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\f": "\n", "\v": "\n",
    "\uff1a": ":", "\u00ad": " ",
})


def normalise(text: str) -> str:
    """Same length as ``text``: odd spaces, dashes and quotes made plain; lone CRs become newlines."""
    out = text.translate(_SAME_LENGTH)
    out = re.sub(r"\r(?=\n)", " ", out)
    return out.replace("\r", "\n")


MONTHS = dict(_PERIOD_MONTHS)       # the generic period parser's month names (periods.py)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
         r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])"


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    label: str
    first: dt.date
    last: dt.date
    kind: str          # financial_year | calendar_year | range | year_to | month
    partial: bool = False   # "2021 (to date)", "2021-22 YTD": the period so far, up to when the council wrote


@dataclass(frozen=True)
class Value:
    start: int
    end: int
    value: float
    money: bool
    approx: bool       # filled in by approx_of() only for values that become figures (it costs a search)
    zero: bool         # written as a word ("none", "nil", "not purchased any")
    text: str
    word: bool = False  # a number written in words ("three"); only read where it stands as an answer


_fy = financial_year            # 1 April - 31 March, as periods.py reads it
_month_end = last_day


_FY = re.compile(
    r"(?<![\w/.,£-])(?:(?:FY|F/Y|financial\s+year|fin\.?\s*year)\s*:?\s*)?"
    r"((?:19|20)\d{2})\s*(?:/|-|to)\s*((?:19|20)?\d{2})(?![\w/]|[.,]\d)", re.IGNORECASE)
_FY_SHORT = re.compile(r"(?<![\w/.,£-])(?:(FY|F/Y)\s*)?(\d{2})\s*[/-]\s*(\d{2})(?![\w/]|[.,]\d)", re.IGNORECASE)
_FY_PREFIXED = re.compile(r"(?<![\w/])(?:FY|F/Y)\s*'?(\d{2}|20\d{2})(?![\w/-])", re.IGNORECASE)
_DAY = r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?"
_RANGE_WORDS = re.compile(
    _DAY.replace("(\\d", "(?P<d1>\\d", 1) + r"(?P<m1>" + _MONTH + r")\s*(?P<y1>(?:19|20)\d{2})?\s*(?:-|to|until|through)\s*"
    + _DAY.replace("(\\d", "(?P<d2>\\d", 1) + r"(?P<m2>" + _MONTH + r")\s*(?P<y2>(?:19|20)\d{2})\b", re.IGNORECASE)
_RANGE_NUMERIC = re.compile(
    r"(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d{2})\s*(?:-|to|until)\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d{2})(?![\d/])")
_YEAR_TO = re.compile(
    r"\b(?:(?:financial\s+)?year|12\s+months)\s+(?:to|ending|ended|end)\s+" + _DAY + r"(" + _MONTH + r")\s+((?:19|20)\d{2})\b",
    re.IGNORECASE)
# "April 2021 to date", "from September 2020 onwards": the months since then, up to when the council wrote
_MONTH_TO_DATE = re.compile(
    r"\b(?:(?:from|since)\s+)?(?:1(?:st)?\s+)?(" + _MONTH + r")\s+((?:19|20)\d{2})\s*(?:-\s*)?"
    r"(?:to\s+date|to\s+the\s+present|to\s+present|until\s+now|onwards)\b", re.IGNORECASE)
_CAL_YEAR_PROSE = re.compile(r"\b(?:calendar\s+year|in|during|for|year)\s+((?:19|20)\d{2})(?![\w/-]|[.,]\d)", re.IGNORECASE)
# a year used as a label in a list: "2019 £66,937, 2020 £192,573", "2019: 65", "65 (2019)"
# (the year may be followed by words in brackets that say which part of it: "2021 (to 30 September) - 120")
_YEAR_LABEL = re.compile(
    r"(?<![\w£.,/-])((?:19|20)\d{2})(?:\s*\((?=[^()\n]{0,40}\))(?=[^()\n]*?(?:to\s+date|ytd|so\s+far|part|"
    + _MONTH + r"))[^()\n]{0,40}\))?"
    r"(?:\s*[:=]\s*|\s+-\s+|\s+)(?=£\s?\d|\d[\d,]*(?:\.\d+)?(?![\d/-]|\s*(?:-|to)\s*\d))"
    r"|(?<=\()((?:19|20)\d{2})(?=\))", re.IGNORECASE)
# a month and year used as a label: "March 2010 290", "April 2020: 50"; with a day before it, "31 March 2021
# 1,200" is a date, not a period. Either way its year is not the calendar year.
_MONTH_YEAR_LABEL = re.compile(
    r"(?<![\w£.,/-])(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<m>" + _MONTH + r")\s+(?P<y>(?:19|20)\d{2})"
    r"(?:\s*[:=]\s*|\s+-\s+|\s+)(?=£\s?\d|\d[\d,]*(?:\.\d+)?(?![\d/-]|\s*(?:-|to)\s*\d))", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^\s*(?:(?:calendar\s+)?year\s*:?\s*)?((?:19|20)\d{2})\s*:?\s*$", re.IGNORECASE)
_MONTH_YEAR_ALONE = re.compile(r"^\s*(?:year\s+to\s+)?(" + _MONTH + r")\s+((?:19|20)\d{2})\s*:?\s*$", re.IGNORECASE)


def _year4(y: str, ref: int | None = None) -> int:
    n = int(y)
    if n < 100:
        return 2000 + n
    return n


def find_periods(text: str) -> list[Period]:
    """Periods written in ``text``: financial years (2019-20, 2019/2020, FY19/20, April 2019 - March 2020),
    ranges, "year to September 2020", and calendar years introduced by a word ("in 2019")."""
    found: list[Period] = []
    taken = bytearray(len(text) + 1)     # characters already inside a period: linear, whatever the count

    def add(m_start: int, m_end: int, label: str, first: dt.date, last: dt.date, kind: str) -> None:
        if any(taken[m_start:m_end]):
            return
        taken[m_start:m_end] = b"\x01" * (m_end - m_start)
        found.append(Period(m_start, m_end, label.strip(), first, last, kind))

    for m in _RANGE_WORDS.finditer(text):
        try:
            m1, m2 = MONTHS[m["m1"].lower().rstrip(".")], MONTHS[m["m2"].lower().rstrip(".")]
            y2 = int(m["y2"])
            y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
            first = dt.date(y1, m1, int(m["d1"]) if m["d1"] else 1)
            last = dt.date(y2, m2, int(m["d2"])) if m["d2"] else _month_end(y2, m2)
        except (ValueError, KeyError):
            continue
        if last <= first or (last - first).days > 800:
            continue
        kind = "financial_year" if (first.month, first.day, last.month, last.day) == (4, 1, 3, 31) \
            and last.year == first.year + 1 else "range"
        add(m.start(), m.end(), m.group(0), first, last, kind)
    for m in _RANGE_NUMERIC.finditer(text):
        try:
            first = dt.date(_year4(m[3]), int(m[2]), int(m[1]))
            last = dt.date(_year4(m[6]), int(m[5]), int(m[4]))
        except ValueError:
            continue
        if last <= first or (last - first).days > 800:
            continue
        kind = "financial_year" if (first.month, first.day, last.month, last.day) == (4, 1, 3, 31) else "range"
        add(m.start(), m.end(), m.group(0), first, last, kind)
    for m in _YEAR_TO.finditer(text):
        try:
            month = MONTHS[m[2].lower().rstrip(".")]
            year = int(m[3])
            last = dt.date(year, month, int(m[1])) if m[1] else _month_end(year, month)
        except (ValueError, KeyError):
            continue
        first = (last.replace(year=last.year - 1) + dt.timedelta(days=1)) if not (last.month == 2 and last.day == 29) \
            else dt.date(last.year - 1, 3, 1)
        kind = "financial_year" if (first.month, first.day) == (4, 1) and (last.month, last.day) == (3, 31) else "year_to"
        add(m.start(), m.end(), m.group(0), first, last, kind)
    for m in _MONTH_TO_DATE.finditer(text):
        first = dt.date(int(m[2]), MONTHS[m[1].lower().rstrip(".")], 1)
        last = dt.date(first.year + 1, first.month, 1) - dt.timedelta(days=1)
        if any(taken[m.start():m.end()]):
            continue
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        found.append(Period(m.start(), m.end(), m.group(0), first, last, "range", True))
    for m in _FY.finditer(text):
        y1 = int(m[1])
        y2s = m[2]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y2 != y1 + 1:
            continue
        first, last = _fy(y1)
        # the label is the years as written, without "financial year"
        add(m.start(), m.end(), text[m.start(1):m.end()], first, last, "financial_year")
    for m in _FY_SHORT.finditer(text):
        a, b = int(m[2]), int(m[3])
        if not (10 <= a <= 40 and b == a + 1):
            continue
        first, last = _fy(2000 + a)
        add(m.start(), m.end(), m.group(0), first, last, "financial_year")
    for m in _FY_PREFIXED.finditer(text):
        y = int(m[1])
        y = y if y > 100 else 2000 + y
        # "FY21" conventionally names the year ending in March 2021
        first, last = _fy(y - 1)
        add(m.start(), m.end(), m.group(0), first, last, "financial_year")
    for m in _MONTH_YEAR_LABEL.finditer(text):
        if m["m"] == "may" or any(taken[m.start():m.end("y")]):
            continue   # "you may 2020 ..." is not a month
        if m["day"]:
            taken[m.start():m.end("y")] = b"\x01" * (m.end("y") - m.start())
            continue
        month, year = MONTHS[m["m"].lower().rstrip(".")], int(m["y"])
        add(m.start("m"), m.end("y"), " ".join(text[m.start("m"):m.end("y")].split()), dt.date(year, month, 1),
            _month_end(year, month), "month")
    for m in _YEAR_LABEL.finditer(text):
        g = 1 if m.group(1) else 2
        y = int(m[g])
        add(m.start(g), m.end(g), m[g], dt.date(y, 1, 1), dt.date(y, 12, 31), "calendar_year")
    for m in _CAL_YEAR_PROSE.finditer(text):
        y = int(m[1])
        after = text[m.end():m.end() + 12]
        if re.match(r"\s*(?:-|/|to\b)\s*\d", after):
            continue
        add(m.start(1), m.end(1), m[1], dt.date(y, 1, 1), dt.date(y, 12, 31), "calendar_year")
    found.sort(key=lambda p: p.start)
    return found


# "(to date)", "(year to date)", "YTD", "- so far", "(part year)" right after a period: the council's figures run
# up to when it wrote. Without brackets "to date" needs no "from"/"since" before the period ("since 2019 to date"
# is a range, not a part of 2019).
_PARTIAL_AFTER = re.compile(
    r"[ \t]*(?:\([ \t]*(?:(?:the\s+)?year\s+to\s+date|to\s+date|ytd|so\s+far|part(?:ial)?(?:\s+year)?|incomplete(?:\s+year)?)"
    r"[ \t]*\)|(?:-[ \t]*)?(?:(?:the\s+)?year\s+to\s+date|to\s+date|ytd|so\s+far)\b)", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:from|since|between)\s+(?:the\s+)?(?:(?:financial|calendar)\s+year\s+)?$", re.IGNORECASE)


def mark_partial(text: str, p: Period, line_end: int | None = None) -> Period:
    """``p`` with ``partial`` set and the suffix added to its label and span, when "(to date)" follows it; a year
    followed by its months in brackets ("2011-12 (Apr-Jul)") becomes those months, partial."""
    if p.kind in ("financial_year", "calendar_year"):
        part = part_of_year(text, p.end, p.first, p.last, line_end) or part_up_to(text, p.end, p.first, p.last,
                                                                                   line_end)
        if part is not None:
            end, first, last = part
            whole = (first, last) == (p.first, p.last)
            return Period(p.start, end, p.label + text[p.end:end], first, last,
                          p.kind if whole else "range", p.partial or not whole)
    m = _PARTIAL_AFTER.match(text, p.end, len(text) if line_end is None else line_end)
    if not m or m.end() == p.end:
        return p
    if not m.group(0).lstrip().startswith("(") and _RANGE_BEFORE.search(text[max(0, p.start - 40):p.start]):
        return p
    return Period(p.start, m.end(), p.label + text[p.end:m.end()], p.first, p.last, p.kind, True)


_PARTIAL_SUFFIX = re.compile(r"\s*\(?\s*(?:(?:the\s+)?year\s+to\s+date|to\s+date|ytd|so\s+far|part(?:ial)?(?:\s+year)?)\s*\)?\s*:?\s*$", re.IGNORECASE)

try:
    from .periods import parse_period as _parse_period
except Exception:  # pragma: no cover
    _parse_period = None


def period_of_cell(cell: str, offset: int) -> Period | None:
    """A header cell or heading that is only a year ("2019") or a month ("September 2020" — the year
    to that month, as the request asked)."""
    partial = _PARTIAL_SUFFIX.search(cell)
    if partial:
        cell = cell[:partial.start()]
    m = _BARE_YEAR.match(cell)
    if m:
        y = int(m[1])
        return Period(offset + m.start(1), offset + m.end(1), m[1], dt.date(y, 1, 1), dt.date(y, 12, 31),
                      "calendar_year")
    m = _MONTH_YEAR_ALONE.match(cell)
    if m:
        month, year = MONTHS[m[1].lower().rstrip(".")], int(m[2])
        last = _month_end(year, month)
        first = _month_end(year - 1, month) + dt.timedelta(days=1)
        return Period(offset + m.start(1), offset + m.end(2), cell[m.start(1):m.end(2)], first, last, "year_to")
    if _parse_period is not None and any(ch.isdigit() for ch in cell) and len(cell) <= 60:
        try:
            p = _parse_period(cell)
        except Exception:  # the generic parser's opinion is optional
            p = None
        if p is not None:
            return Period(offset + p.raw_start, offset + p.raw_end, p.label, p.start, p.end, p.kind)
    return None


# ---------------------------------------------------------------------------------------------------
# spans that are never figures

_NEVER = [
    re.compile(r"\[[^\[\]\n]{1,80}\]"),                                    # [FOI #123 email], [mobile number]
    re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE),
    re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # dates
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTH + r"[ \t]*,?[ \t]*(?:19|20)?\d{2}\b", re.IGNORECASE),
    re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?!may\b)" + _MONTH, re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b", re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\s*,?\s*(?:19|20)\d{2}\b", re.IGNORECASE),
    re.compile(r"(?<![\d/])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}(?![\d/])"),
    re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}:\d{2}(?:\s*(?:am|pm|hrs))?\b(?!\.\d)|(?<!£)\b\d{1,2}\.\d{2}\s*(?:am|pm|hrs)\b",
               re.IGNORECASE),                                                  # times (10:30, 9.30am)
    re.compile(r"\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE),
    # phone numbers
    re.compile(r"(?:\+44\s?\(?0?\)?|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b"),
    re.compile(r"\b(?:tel|telephone|phone|fax|mob|mobile|minicom|textphone|ext|extension)\b\.?\s*(?:no\.?|number)?\s*[:.]?\s*[\d\s()+-]{3,}\d", re.IGNORECASE),
    # postcodes
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
    # references and case numbers
    re.compile(r"\b(?:our|your|my)\s+ref(?:erence)?\b[^\n]{0,40}", re.IGNORECASE),
    re.compile(r"\b(?:ref(?:erence)?|case|request|ticket|complaint|foi|eir|sar|foir|iat)\s*(?:no\.?|number|id|ref)?\s*[:#.]?\s*[A-Z]{0,6}[/-]?\d[\w/-]*",
               re.IGNORECASE),
    re.compile(r"\b[A-Z]{2,}[/-]?\d+(?:[/-]\w+)*\b"),                     # FOI2021/1234, CRM-12345
    re.compile(r"\b\d+(?:[/-]\d+){2,}\b"),                                 # 2021/1234/56
    # "1, 2, 3 or 4", "1, 2 and 3": the options a question lists, not figures
    re.compile(r"(?<![\d.,£])\b1\s*,\s*2\s*(?:,\s*3\s*(?:,\s*4\s*)?)?,?\s*(?:or|and)\s*[345]\b(?![\d.,%])"),
    # "<5", "< 10*": a bound a council writes for a small number it withholds, not a figure
    re.compile(r"[<>≤≥]\s*\d[\d,]*\*?"),
    # "5.1 LA Dwelling ...": a row's own section number before its label
    re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}(?=[ \t]+[A-Za-z])", re.MULTILINE),
    # legislation and document structure
    re.compile(r"\b(?:sections?|ss?\.?|regulations?|regs?\.?|articles?|art\.?|schedules?|sch\.?|paragraphs?|paras?\.?|"
               r"clauses?|parts?|chapters?|rules?|pages?|pp?\.|questions?|q|items?|points?|appendix|annex|annexe|"
               r"appendices|version|v|windows|ios|android|covid|iphone|ipad|galaxy|generation|gen|series|model|"
               r"level|grade|band|tier|stage|step|room|floor|suite|po\s+box|box|no\.)[ \t]*\.?[ \t]*\d+[A-Za-z]?"
               r"(?:\s*\(\s*\w{1,4}\s*\))*(?:\s*(?:,|and|or|&|to|-)\s*\d+[A-Za-z]?(?:\s*\(\s*\w{1,4}\s*\))*)*",
               re.IGNORECASE),
    re.compile(r"\b(?:act|acts|regulations|order|rules|directive)\s+(?:19|20)\d{2}\b", re.IGNORECASE),
    re.compile(r"\b(?:GDPR|DPA|FOIA|EIR)\s*(?:19|20)\d{2}\b", re.IGNORECASE),
    # durations, rates and limits
    # "a 2-year 3G contract", "it will run for 2-years" as well as "20 working days"
    re.compile(r"\b\d+(?:\.\d+)?\s*(?:\(\w+\)\s*)?(?:x\s*)?-?\s*(?:calendar\s+|working\s+|business\s+|clear\s+)?"
               r"(?:days?|weeks?|months?|years?|yrs|hours?|hrs|minutes?|mins|seconds?|%|per\s*cent|percent|pages?|"
               r"mb|gb|kb|tb|mbps|ghz|inch(?:es)?|mm|cm|kg|miles?|km)\b", re.IGNORECASE),
    re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*%"),
    # a figure the council corrects: "the cost is £165 and not £160"
    re.compile(r"\bnot\s+£\s?\d[\d,]*(?:\.\d+)?", re.IGNORECASE),
    re.compile(r"(?:appropriate|cost|costs|fees?)\s+limit[^.\n]{0,60}?£\s?\d[\d,]*(?:\.\d+)?", re.IGNORECASE),
    re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s*(?:per|an|a)\s+(?:hour|hr)\b", re.IGNORECASE),
    # a running charge written as a rate: "£1.25/month/unit"
    re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s*/\s*(?:month|mth|week|day|annum|year|yr)\b", re.IGNORECASE),
    re.compile(r"£\s?(?:450|600)\b(?=[^.\n]{0,80}\b(?:limit|hours?)\b)", re.IGNORECASE),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE),                  # ordinals
    re.compile(r"\bpage\s+\d+\s*(?:of|/)\s*\d+\b", re.IGNORECASE),
    re.compile(r"\b\d+(?:\.\d+){2,}\b"),                                    # 1.2.3 numbering, versions
]


def never_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not any(ch.isdigit() for ch in text):
        return spans
    for rx in _NEVER:
        spans.extend((m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start())
    return spans


# ---------------------------------------------------------------------------------------------------
# values

_MONEY = re.compile(
    r"(?:£|GBP\s?)\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(k|m|bn|million|thousand)\b)?"
    r"|(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:GBP|pounds|pound|gbp)\b",
    re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,/£$€-])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w/£]|[.,]\d)")
# "23.25K", "17k": thousands written with a k and no £ (money or not is for the context to say)
_THOUSANDS = re.compile(r"(?<![\w.,/£$€-])(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?) ?[kK](?![\w£])")
_ZERO = re.compile(
    r"\b(?:none|nil|zero|nothing)\b(?!\s+(?:of|whatsoever\s+of))"
    r"|\b(?:not|n't|never)\s+(?:\w+\s+){0,2}?(?:purchased|bought|procured|acquired|created|issued|ordered|"
    r"purchase|buy|procure|acquire|create|issue|order|used|use)\s+any\b"
    r"|\bno\b(?=\s+(?:new\s+|additional\s+)?[A-Za-z])"
    r"|\b(?:do|does|did|have|has)\s+not\s+(?:currently\s+)?(?:use|have|hold|own|operate|purchase|buy|subscribe\s+to|"
    r"procure)\s+(?:any\s+|a\s+|an\s+)?(?=[A-Za-z])"
    r"|\b(?:doesn't|don't|didn't|haven't|hasn't)\s+(?:use|have|hold|own|purchase|buy)\s+(?:any\s+|a\s+|an\s+)?(?=[A-Za-z])",
    re.IGNORECASE)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9}


_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_WORDS.update({w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)})
_WORD_NUMBER = re.compile(
    r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?:[ -](one|two|three|four|five|six|seven|eight|nine))?\b",
    re.IGNORECASE)


_RANGE = re.compile(
    r"\bbetween\s+(?P<money>£\s?)?(?P<a>\d[\d,]*(?:\.\d+)?)\s+and\s+£?\s?(?P<b>\d[\d,]*(?:\.\d+)?)(?![\d/])",
    re.IGNORECASE)


# "£550 - £750 per device", "£550-750", "£550 to £750": one price, the middle of the range (approximate), as
# _RANGE reads "between £550 and £750". Single spaces only around the dash: "£310   -   £295" is three columns
# of a table, the middle one empty.
_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY_RANGE = re.compile(
    rf"£\s?(?P<a>{_AMOUNT})(?: ?[-–—] ?| to )£?\s?(?P<b>{_AMOUNT})"
    rf"(?![\d/]|\s*(?:k|m|bn|million|thousand)\b)", re.IGNORECASE)


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def approx_of(text: str, start: int, end: int) -> bool:
    """Whether a qualifier ("circa", "approx.", "over", "300+", "(estimated)") is written next to the figure.

    The qualifiers are the generic parser's (numbers.py). They bind to the figure on their own line: "986"
    above an "Estimated unit costs" heading is exact. Before a figure one line break is allowed when the
    line above runs on (a sentence a PDF wrapped: "approximately" / "300 laptops")."""
    if qualifier_before(text, start) or qualifier_after(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t£") or line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    wrapped = text[above:line_start - 1].rstrip(" \t")
    return bool(wrapped) and not wrapped.endswith((":", ".", ";")) \
        and qualifier_before(text, above + len(wrapped)) is not None


def _price_range(low: float, high: float, m: re.Match) -> bool:
    """Whether two amounts make one price range: the second above the first, at most ten times it, and not a
    year written without £ ("£550 to 2020 - £600" is a price, then a year)."""
    if not low < high <= 10 * low:
        return False
    return "£" in m.group(0)[m.start("b") - m.start() - 2:m.start("b") - m.start()] \
        or not (re.fullmatch(r"(?:19|20)\d\d", m.group("b")) and low < 1000)


class _Taken:
    """Spans already read as values, none overlapping another: whether a new span overlaps one of them in
    O(log n), so a text with thousands of amounts stays linear-ish."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e) - 1      # the last span starting before e
        return i >= 0 and self.ends[i] > s

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)


def find_values(text: str, blocked: list[tuple[int, int]]) -> list[Value]:
    """Money, plain numbers and zero words in ``text``, skipping anything overlapping ``blocked``."""
    blocked = sorted(blocked)
    starts = [b[0] for b in blocked]
    reach: list[int] = []          # the furthest end among blocks starting at or before each index
    furthest = -1
    for _, be in blocked:
        furthest = max(furthest, be)
        reach.append(furthest)

    def is_blocked(s: int, e: int) -> bool:
        i = bisect.bisect_left(starts, e) - 1     # blocks that start before e
        return i >= 0 and reach[i] > s

    out: list[Value] = []
    taken = _Taken()
    # ranges first, so that their two amounts are not read as two figures
    for m in _MONEY_RANGE.finditer(text):
        low, high = _num(m.group("a")), _num(m.group("b"))
        if not _price_range(low, high, m) or is_blocked(m.start("a"), m.end("a")) \
                or is_blocked(m.start("b"), m.end("b")):
            continue
        out.append(Value(m.start(), m.end(), (low + high) / 2, True, True, False, m.group(0)))
        taken.add(m.start(), m.end())
    for m in _RANGE.finditer(text):
        low, high = _num(m.group("a")), _num(m.group("b"))
        s, e = m.start(), m.end()
        if high <= low or is_blocked(m.start("a"), m.end("a")) or is_blocked(m.start("b"), m.end("b")) \
                or taken.overlaps(s, e) or (m.group("money") and not _price_range(low, high, m)):
            continue
        # "between 200 and 250 laptops": one approximate figure, the middle of the range
        out.append(Value(s, e, (low + high) / 2, bool(m.group("money")), True, False, m.group(0)))
        taken.add(s, e)
    for m in _MONEY.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        digits = m.group(1) or m.group(3)
        s, e = m.start(), m.end()
        # a money span is blocked only by a block that covers its digits (a date after "£" is not money)
        ds, de = (m.start(1), m.end(1)) if m.group(1) else (m.start(3), m.end(3))
        if is_blocked(ds, de):
            continue
        if m.group(1) and re.fullmatch(r"\d{1,3}\.\d{3}", digits):
            digits = digits.replace(".", "")    # "£15.100": a point between thousands (pence have two digits)
        value = _num(digits) * _SCALE.get((m.group(2) or "").lower(), 1)
        out.append(Value(s, e, value, True, False, False, m.group(0)))
        taken.add(s, e)
    for m in _THOUSANDS.finditer(text):
        s, e = m.start(), m.end()
        if is_blocked(m.start(1), m.end(1)) or taken.overlaps(s, e):
            continue
        out.append(Value(s, e, round(_num(m.group(1)) * 1000, 6), False, False, False, m.group(0)))
        taken.add(s, e)
    for m in _NUMBER.finditer(text):
        s, e = m.start(1), m.end(1)
        if is_blocked(s, e) or taken.overlaps(s, s + 1):
            continue
        out.append(Value(s, e, _num(m.group(1)), False, False, False, m.group(1)))
    for m in _WORD_NUMBER.finditer(text):
        s, e = m.start(), m.end()
        if is_blocked(s, e):
            continue
        tens, units = m.group(1).lower(), (m.group(2) or "").lower()
        value = _WORDS[tens] + (_WORDS[units] if units else 0)
        out.append(Value(s, e, float(value), False, False, False, m.group(0), True))
    for m in _ZERO.finditer(text):
        s, e = m.start(), m.end()
        if is_blocked(s, e):
            continue
        out.append(Value(s, e, 0.0, False, False, True, m.group(0)))
    out.sort(key=lambda v: v.start)
    return out


def is_year(v: Value) -> bool:
    return not v.money and not v.zero and v.value.is_integer() and 1990 <= v.value <= 2039 and "," not in v.text
