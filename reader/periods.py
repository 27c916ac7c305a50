"""Periods as UK councils write them: financial years ("2018-19", "FY19/20", "year ending 31 March 2021"),
months ("September 2020", "Sep-20"), calendar years ("in 2020", "calendar year 2019"), academic years and ranges
("April 2020 to March 2021", "1 April 2019 - 31 March 2020", "September 2019 to August 2020").

API (stable):

    parse_period(text) -> Period | None      # the whole string is one period (a header cell, a heading)
    find_periods(text) -> list[Period]       # every period, left to right, no overlaps

A `Period` has `label` (as written, == text[raw_start:raw_end]), `start`/`end` (dates, inclusive), `kind`
("financial_year" | "calendar_year" | "month" | "academic_year" | "range"), `canonical` and `partial`.

Rules, so a reader knows what to expect:
- The UK financial year runs 1 April – 31 March. "2018-19", "2018/19", "2018/2019", "2018-2019", "FY 2019-2020",
  "FY19/20", "financial year 2019/20", "F/Y 19-20" are all 1 April 2018 – 31 March 2019 style years; the second
  year must follow the first. A two-digit pair ("18/19") counts only with a year word before it ("FY", "financial
  year", "in", "for", "during") or standing alone as a heading or cell — "aged 18-19" and "18/19 March" do not.
- "academic year 2019/20" / "2019/20 academic year" / "school year" → 1 September – 31 August.
- A range whose ends are 1 April and 31 March of the next year is a financial_year; 1 January–31 December of
  one year a calendar_year; the whole of one month a month. "year ending 31 March 2021" is FY 2020-21;
  "year ending 31 August 2020" the range 1 September 2019 – 31 August 2020.
- Months: "September 2020", "Sept 2020", "Sep-20", "Sept '20", "09/2020", "2020-09". "Sep 20" (space, two
  digits) counts only inside a range ("Apr 19 - Mar 20"), because alone it usually means the 20th. A day before
  the month ("5 October 2021") makes it a date, which is not a period.
- Calendar years: a four-digit year only when used as a period — "in/during/for/throughout 2020", "calendar
  year 2019", a year used as a label ("2020: 1,420", "2019 - 150", "2021 (to date)"), a year listed after one of
  those ("in 2019, 2020 and 2021"), or a year that is a whole cell/line (a column header). "Act 2000"
  is not a period.
- "to date", "YTD", "so far", "part year", "(partial)" after a period set partial=True (dates stay the whole
  period). "April 2021 to date" is a range from 1 April 2021 to the end of that financial year, partial.
- Months in brackets after a year ("2011-12 (Apr-Jul)") make a part year: those months, kind "range", partial.
- Financial years joined by "to"/"-" ("2018/19 to 2020/21") make one range.
- Quarters: "Q1 2020/21" is a financial quarter (April–June 2020), "Q1 2020" a calendar one (January–March);
  both are kind "range".
- canonical: "2018-19" (financial year), "AY2019-20" (academic year), "2020-09" (month), "2020" (calendar year),
  "2019-09-01/2020-08-31" (other ranges, ISO 8601 interval).

Every function is total (never raises on a str) and linear in the length of its input.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Period", "parse_period", "find_periods", "financial_year", "part_of_year", "KINDS"]

KINDS = ("financial_year", "calendar_year", "month", "academic_year", "range")


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date
    kind: str
    raw_start: int
    raw_end: int
    canonical: str = ""
    partial: bool = False


MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_SP = r"[ \t\u00a0]"
_MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_Y4 = r"(?:19|20)\d\d"
_DASH = r"(?:-|–|—|‐|‑)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TEXT_DATE = rf"{_DAY}{_SP}+(?:of{_SP}+)?{_MON},?{_SP}*(?:{_Y4}|'?\d\d)(?!\d)"
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
    rf"(?:(?P<kw>from|between){_SP}+)?(?P<a>{_DATE}){_SP}*(?:{_DASH}|to|until|till|through|and){_SP}*(?P<b>{_DATE})",
    re.I,
)
_RX_MONTH_RANGE = re.compile(
    rf"(?:(?P<kw>from|between){_SP}+)?(?<![\d/])(?P<m1>{_MON})(?:{_SP}*(?:['’]|{_DASH})?{_SP}*(?P<y1>{_Y4}|\d\d)(?!\d))?"
    rf"{_SP}*(?:{_DASH}|to|until|till|through|and){_SP}*(?P<m2>{_MON}){_SP}*(?:['’]|{_DASH})?{_SP}*(?P<y2>{_Y4}|\d\d)(?![\d/])",
    re.I,
)
_RX_TO_DATE = re.compile(
    rf"(?:(?:from|since){_SP}+)?(?P<a>{_DATE}|{_MON_YEAR}){_SP}*(?:{_DASH}|to|until|till){_SP}*"
    rf"(?:date|present|now|today|the{_SP}+present(?:{_SP}+day)?)\b",
    re.I,
)
_RX_YEAR_ENDING = re.compile(
    rf"(?:(?:financial|fiscal|the){_SP}+)?(?:year{_SP}+end(?:ing|ed)?|y/e|YE|FYE){_SP}*(?:on{_SP}+)?:?{_SP}*"
    rf"(?:(?P<d>{_DATE})|(?P<my>{_MON}{_SP}*(?:{_Y4}))|(?P<y>{_Y4}))(?!\d)",
    re.I,
)
_RX_FY = re.compile(
    rf"(?<![\w/.:£$\-–])(?:(?P<word>{_FY_WORD})\.?[ \u00a0]*:?[ \u00a0]*)?(?P<y1>{_Y4}|\d\d)(?P<sep>{_SP}*[-–—/]{_SP}*|{_SP}+to{_SP}+)"
    rf"(?P<y2>{_Y4}|\d\d)(?![\d/]|[.\-]\d|%|\w)",
    re.I,
)
_RX_FY_AFTERWORD = re.compile(rf"{_SP}+(?P<w>academic|school|financial|fiscal){_SP}+years?\b", re.I)
_RX_ISO_MONTH = re.compile(r"(?<![\w/.\-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?![\d\-/])")
_RX_NUM_MONTH = re.compile(r"(?<![\w/.\-])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![\d/])")
_RX_MONTH = re.compile(
    rf"(?<![\w])(?P<m>{_MON})(?:{_SP}+(?P<y4>{_Y4})|{_SP}*(?:['’]|{_DASH}){_SP}*(?P<y>{_Y4}|\d\d))(?![\d/])",
    re.I,
)
_RX_CAL_KW = re.compile(
    rf"(?<![\w])(?P<kw>calendar{_SP}+years?|years?|in|during|for|throughout|cy|over|within){_SP}*:?{_SP}*"
    rf"(?P<y>{_Y4})(?![\d/]|{_SP}*{_DASH}{_SP}*\d|\.\d)",
    re.I,
)
_RX_CAL_LABEL = re.compile(
    rf"(?:(?<=[\s(\[|])|^)(?P<y>{_Y4})(?=[ \t]*:(?![\d/])|[ \t]+[-–—=][ \t]+(?!(?:19|20)\d\d\b)[\d(£]|{_SP}*\(\s*(?:to{_SP}+date|so{_SP}+far|ytd|part)"
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
_RX_CAL_CELL = re.compile(rf"(?:(?<=\t)|(?<=\|)|(?<=\n)|^)[ \u00a0]*(?P<y>{_Y4})[ \u00a0]*:?[ \u00a0]*(?=\t|\||\r?\n|$)",
                          re.M)
_DAY_BEFORE = re.compile(rf"\d(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?$", re.I)
_AGE_BEFORE = re.compile(rf"(?<![\w])(?:aged?|ages|between){_SP}*$", re.I)
_NOT_FY_AFTER = re.compile(
    rf"{_SP}*(?:years?|yrs?|year-olds?|-year|per\b|hours?|hrs|days?|weeks?|months?|mins?|minutes?|%|mph|am|pm"
    rf"|{_MON})", re.I)
_Y2_CONTEXT_BEFORE = re.compile(rf"(?:^|[\t|(\[,]|(?<![\w])(?:in|for|during|of|from|year|years|fy)){_SP}*$", re.I)
_Y2_CONTEXT_AFTER = re.compile(rf"{_SP}*(?:$|[\t|):,;\]\n]|\(|{_DASH}|to\b|and\b|financial|academic|fiscal)", re.I)


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


def _parse_date(raw: str) -> date | None:
    raw = raw.strip()
    m = re.fullmatch(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?(?P<m>{_MON}),?{_SP}*(?P<y>{_Y4}|'?\d\d)",
                     raw, re.I)
    try:
        if m:
            mon = MONTHS[m.group("m").rstrip(".").lower()]
            return date(_year(m.group("y").lstrip("'")), mon, int(m.group("d")))
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d\d|\d\d)", raw)
        if m:  # UK order: day/month/year
            return date(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
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
    m = re.fullmatch(rf"(?P<m>{_MON}){_SP}*(?:['’]|{_DASH})?{_SP}*(?P<y>{_Y4}|\d\d)", raw.strip(), re.I)
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


_UP_TO = re.compile(rf"{_SP}*\({_SP}*(?:up{_SP}+)?(?:to|until){_SP}+(?:the{_SP}+)?(?:end{_SP}+of{_SP}+)?"
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


def _make(text: str, s: int, e: int, start: date, end: date, kind: str | None = None, canonical: str | None = None,
          academic: bool = False) -> Period | None:
    if end < start:
        return None
    if kind is None:
        kind, canonical = _classify(start, end, academic)
    if kind in ("financial_year", "calendar_year", "academic_year"):
        # "2011-12 (Apr-Jul)": the months of the year the figure covers, as councils label part years
        part = part_of_year(text, e, start, end)
        if part is not None:
            e = part[0]
            if part[1:] != (start, end):
                start, end = part[1:]
                kind, canonical = _classify(start, end)
                return Period(text[s:e], start, end, kind, s, e, canonical, True)
    partial = False
    p = _PARTIAL.match(text, e, min(len(text), e + 48))
    if p:
        partial = True
        e = p.end()
    return Period(text[s:e], start, end, kind, s, e, canonical or "", partial)


def _candidates(text: str, lenient: bool) -> list[Period]:
    out: list[Period] = []
    n = len(text)

    for m in _RX_DATE_RANGE.finditer(text):
        a, b = _parse_date(m.group("a")), _parse_date(m.group("b"))
        uses_and = "and" in text[m.end("a"):m.start("b")].lower()
        if a and b and (not uses_and or (m.group("kw") or "").lower() == "between"):
            p = _make(text, m.start(), m.end(), a, b)
            if p:
                out.append(p)

    for m in _RX_MONTH_RANGE.finditer(text):
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
        p = _make(text, m.start(), m.end(), date(y1, m1, 1), last_day(y2, m2))
        if p:
            out.append(p)

    for m in _RX_TO_DATE.finditer(text):
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
        out.append(Period(text[m.start():m.end()], d, end, kind, m.start(), m.end(), canon, True))

    for m in _RX_YEAR_ENDING.finditer(text):
        if m.group("d"):
            end = _parse_date(m.group("d"))
        elif m.group("my"):
            my = _parse_mon_year(m.group("my"))
            end = last_day(*my) if my else None
        else:
            end = date(int(m.group("y")), 3, 31)
        if end is None:
            continue
        try:
            start = date(end.year - 1, end.month, end.day)
        except ValueError:  # 29 February
            start = date(end.year - 1, end.month, 28)
        start = start + timedelta(days=1)
        p = _make(text, m.start(), m.end(), start, end)
        if p:
            out.append(p)

    for m in _RX_FY.finditer(text):
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
                before_ok = _Y2_CONTEXT_BEFORE.search(text, max(0, m.start() - 12), m.start())
                after_ok = _Y2_CONTEXT_AFTER.match(text, m.end(), min(n, m.end() + 12))
                if not (before_ok and after_ok):
                    continue
            if _AGE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
        if _NOT_FY_AFTER.match(text, m.end(), min(n, m.end() + 12)) and not word:
            continue
        academic = "academic" in word or "school" in word or word == "ay"
        e = m.end()
        aw = _RX_FY_AFTERWORD.match(text, e, min(n, e + 30))
        if aw:
            if aw.group("w").lower() in ("academic", "school"):
                academic = True
            e = aw.end()
        if academic:
            start, end = date(y1, 9, 1), date(y2, 8, 31)
            kind, canon = "academic_year", f"AY{y1}-{y2 % 100:02d}"
        else:
            start, end = financial_year(y1)
            kind, canon = "financial_year", f"{y1}-{y2 % 100:02d}"
        p = _make(text, m.start(), e, start, end, kind, canon)
        if p:
            out.append(p)

    for m in _RX_ISO_MONTH.finditer(text):
        y, mo = int(m.group("y")), int(m.group("m"))
        if (mo == (y + 1) % 100):  # "2011-12" is a financial year, found above
            continue
        p = _make(text, m.start(), m.end(), date(y, mo, 1), last_day(y, mo))
        if p:
            out.append(p)

    for m in _RX_NUM_MONTH.finditer(text):
        y, mo = int(m.group("y")), int(m.group("m"))
        p = _make(text, m.start(), m.end(), date(y, mo, 1), last_day(y, mo))
        if p:
            out.append(p)

    for m in _RX_MONTH.finditer(text):
        if _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or m.group("m") == "may":
            continue
        raw_y = m.group("y4") or m.group("y")
        y, mo = _year(raw_y), MONTHS[m.group("m").rstrip(".").lower()]
        p = _make(text, m.start(), m.end(), date(y, mo, 1), last_day(y, mo))
        if p:
            out.append(p)

    for m in _RX_CAL_KW.finditer(text):
        kw = m.group("kw").lower()
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(?:financial|fiscal|academic|school|the)\s*$", before) and kw.startswith("year"):
            continue
        if _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        y = int(m.group("y"))
        p = _make(text, m.start("y") if not kw.startswith(("calendar", "cy")) else m.start(), m.end(),
                  date(y, 1, 1), date(y, 12, 31))
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

    for m in _RX_QUARTER.finditer(text):
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
        out.append(Period(text[m.start():m.end()], start, end, "range", m.start(), m.end(),
                          f"{start.isoformat()}/{end.isoformat()}", False))

    for m in _RX_CAL_LABEL.finditer(text):
        y = int(m.group("y"))
        p = _make(text, m.start("y"), m.end("y"), date(y, 1, 1), date(y, 12, 31))
        if p:
            out.append(p)

    for m in _RX_CAL_CELL.finditer(text):
        y = int(m.group("y"))
        p = _make(text, m.start("y"), m.end("y"), date(y, 1, 1), date(y, 12, 31))
        if p:
            out.append(p)
    return out


def _select(cands: list[Period]) -> list[Period]:
    cands.sort(key=lambda p: (p.raw_start, -(p.raw_end - p.raw_start)))
    out: list[Period] = []
    last_end = -1
    for p in cands:
        if p.raw_start >= last_end:
            out.append(p)
            last_end = p.raw_end
    return out


_FY_JOIN = re.compile(rf"{_SP}*(?:{_DASH}|to|until|through){_SP}*$", re.I)


def _join_fy_ranges(text: str, periods: list[Period]) -> list[Period]:
    out: list[Period] = []
    for p in periods:
        if out and out[-1].kind == p.kind == "financial_year" and not out[-1].partial and p.start > out[-1].end \
                and _FY_JOIN.match(text, out[-1].raw_end, p.raw_start) and p.raw_start - out[-1].raw_end <= 12:
            q = out.pop()
            merged = Period(text[q.raw_start:p.raw_end], q.start, p.end, "range", q.raw_start, p.raw_end,
                            f"{q.start.isoformat()}/{p.end.isoformat()}", p.partial)
            out.append(merged)
        else:
            out.append(p)
    return out


def find_periods(text: str) -> list[Period]:
    """Every period in `text`, left to right, without overlaps (the longest reading wins where two overlap)."""
    if not isinstance(text, str) or not text:
        return []
    return _join_fy_ranges(text, _select(_candidates(text, lenient=False)))


_JUNK = re.compile(r"[\s\"'“”‘’()\[\]{}.,;:!?*•·\-–—]*")
_LEAD_WORDS = re.compile(rf"(?:(?:in|during|for|throughout|period|the|over){_SP}+)*", re.I)


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
    m = re.fullmatch(_Y4, stripped)
    if m:
        y = int(stripped)
        return Period(stripped, date(y, 1, 1), date(y, 12, 31), "calendar_year", lead, trail, str(y), False)
    found = _join_fy_ranges(text, _select(_candidates(text, lenient=True)))
    inner = [p for p in found if p.raw_start >= lead and p.raw_end <= len(text)]
    if len(inner) != 1:
        # "Sep 20" alone: accept a month with a two-digit year when the whole cell is just that.
        my = _parse_mon_year(stripped)
        if my is not None and len(found) == 0:
            y, mo = my
            return Period(stripped, date(y, mo, 1), last_day(y, mo), "month", lead, trail, f"{y}-{mo:02d}", False)
        return None
    p = inner[0]
    if p.raw_start != lead or not _JUNK.fullmatch(text, p.raw_end, len(text)):
        return None
    return p

