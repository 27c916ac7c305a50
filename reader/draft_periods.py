"""The periods a request asks about, from its words (`foi survey draft`): years, financial and academic years,
months, spans, "the last three years" counted back from the day it was asked, "since 2018/19", a count held at a day
("as at 31 March 2023")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .numbers import number_words
from .periods import Period, find_periods

_LAST_N = re.compile(r"\b(?:the\s+)?(?:last|past|previous)\s+(\w+)\s+(financial\s+|calendar\s+|academic\s+)?years?\b",
                     re.I)
# "taken ... between 2016 and 2021": the years from one to the other ("2019 and 2021" alone are two years)
_BETWEEN_YEARS = re.compile(r"\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)", re.I)
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|to|until)\s*((?:19|20)\d\d)\b", re.I)
_N_WORDS = number_words(2, 10)
_LABEL_LEAD = re.compile(r"^(?:(?:financial|calendar|academic|school|fiscal)\s+)?(?:years?|FYE?|AY)\s*:?\s*", re.I)


@dataclass(frozen=True)
class DraftPeriod:
    label: str
    start: dt.date
    end: dt.date
    note: str = ""


def _fy(y: int) -> DraftPeriod:
    return DraftPeriod(f"{y}-{(y + 1) % 100:02d}", dt.date(y, 4, 1), dt.date(y + 1, 3, 31))


def _label(p: Period) -> str:
    return _LABEL_LEAD.sub("", p.label).strip() or p.label


_BACK_REF = re.compile(r"\b(?:(?:years?|period|time ?frame)\s+(?:referred to|mentioned|specified|listed|given)\s+above|"
                       r"(?:the\s+)?(?:same|above)\s+(?:period|years?|time ?frame)|(?:each|all|any)\s+of\s+(?:the|those|"
                       r"these)\s+years|(?:in|for|during)\s+(?:each\s+of\s+)?(?:those|these)\s+years)\b", re.I)
# "the Freedom of Information Act 2000", "Regulations 2004": a statute's year is not a period asked about
_STATUTE_YEAR = re.compile(r"\b((?:Act|Regulations?|Order|Measure)(?:\s*\((?:Scotland|Wales|Northern Ireland)\))?)\s+"
                           r"(?:19|20)\d\d\b")
_MONTH_TO_DATE = re.compile(r"\b(?:between|from|since)\s+((?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December)\s+(?:19|20)\d\d)\b[^.?!\n]{0,80}?\b(?:and|to|until)\s+"
                            r"(?:the\s+)?(?:latest|present|date|now|today|most\s+recent)\b", re.I)
_YEAR_STARTS = {(1, 1), (4, 1), (9, 1)}     # a range of whole calendar, financial or academic years
# a plain year in a list: not a financial year ("2019/20"), a range ("2019-2023") or a date's year
_YEAR_LIST = re.compile(r"(?<![\d/\-–])\b((?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)")
_SINCE_FY = re.compile(r"\b(?:since|from)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+)?(?:year\s+)?((?:19|20)\d\d)\s*[/-]\s*"
                       r"(\d\d(?:\d\d)?)\b", re.I)
_SINCE_YEAR = re.compile(r"\b(?:since|from)\s+(?:(?:and\s+)?including\s+)?(?:the\s+)?(?:1(?:st)?\s+)?(?:Jan(?:uary)?\.?\s+)?((?:19|20)\d\d)\b(?!\s*[/-]\s*\d)",
                         re.I)
_FINANCIAL = re.compile(r"\bfinancial\s+years?\b|\bFYs?\b", re.I)
# a date something happened on, not a period asked about: "the expansion of the scheme ... announced in June 2019"
_EVENT_DATE = re.compile(r"\b(?:announced|came\s+into\s+(?:force|effect)|"
                         r"took\s+effect)\s+(?:in|on|from|during)?\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?$", re.I)


# "last financial year", "the previous full financial year", "last calendar year": the one year before the day
# it was asked
_LAST_ONE = re.compile(r"\b(?:the\s+)?(?:last|past|previous|most\s+recent)\s+(?:full\s+|complete\s+)?"
                       r"(?:(financial|calendar)\s+year|(FY))\b(?!\s*s\b)", re.I)


def _last_year(m: re.Match, asked_on: dt.date) -> DraftPeriod:
    if (m.group(1) or "").lower() == "calendar":
        y = asked_on.year - 1
        return DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                           f"'{m.group(0)}' before {asked_on.isoformat()}: check")
    p = _fy(asked_on.year - 1 if asked_on.month >= 4 else asked_on.year - 2)
    return DraftPeriod(p.label, p.start, p.end, f"'{m.group(0)}' before {asked_on.isoformat()}: check")


def _last_n_years(m: re.Match, asked_on: dt.date) -> list[DraftPeriod]:
    n = _N_WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
    if not 1 <= n <= 20:
        return []
    if (m.group(2) or "").lower().startswith("calendar"):
        return [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(asked_on.year - n, asked_on.year)]
    last = asked_on.year - 1 if asked_on.month >= 4 else asked_on.year - 2
    return [DraftPeriod(p.label, p.start, p.end,
                        f"'{m.group(0)}' before {asked_on.isoformat()}, read as financial years: check")
            for p in (_fy(y) for y in range(last - n + 1, last + 1))]


def years_restated(preamble: str, questions: str) -> list[DraftPeriod]:
    """"... on its Christmas spending over the last 8 years" before questions asking "for every year from 2016 –
    2023": the questions name the years the preamble counts (as many of them, as plain years, no financial year
    said anywhere), so those calendar years are the ones it means; [] otherwise."""
    m = _LAST_N.search(preamble)
    if not m or m.group(2) or _FINANCIAL.search(preamble + " " + questions):
        return []
    n = _N_WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
    for span in _YEAR_SPAN.finditer(questions):
        y0, y1 = int(span.group(1)), int(span.group(2))
        if n and y1 - y0 + 1 == n:
            return [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                                f"'{m.group(0)}' read as the years the questions name, {y0} to {y1}: check")
                    for y in range(y0, y1 + 1)]
    return []


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
# a count held at a day: "as at 31 March 2023", "end of Dec 2023", "at the end of September 2021", "on 1 April 2020",
# "as of 30/09/2023"
_POINT = re.compile(r"\b(?P<lead>as\s+(?:at|of|on)|(?:at\s+)?the\s+end\s+of|end\s+of|on)\s+(?:the\s+)?"
                    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+)?(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                    r"nov|dec)[a-z]*\.?)\s+(?P<year>(?:19|20)\d\d)\b|"
                    r"\b(?P<lead2>as\s+(?:at|of|on)|on)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)\b", re.I)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NTH = r"(?:st|nd|rd|th)?"
# "the weekend of September 3 and 4, 2016", "on 10 and 11 September 2016", "3rd-4th September 2016": a few days
_DAY_PAIR = re.compile(rf"\b(?P<m1>{_MONTH})\s+(?P<a1>\d{{1,2}}){_NTH}\s*(?:and|&|-|–|to)\s*(?P<b1>\d{{1,2}}){_NTH},?\s+"
                       rf"(?P<y1>(?:19|20)\d\d)\b|\b(?P<a2>\d{{1,2}}){_NTH}\s*(?:and|&|-|–|to)\s*(?P<b2>\d{{1,2}}){_NTH}\s+"
                       rf"(?:of\s+)?(?P<m2>{_MONTH})\s+(?P<y2>(?:19|20)\d\d)\b", re.I)


def _day_pairs(text: str) -> tuple[list[DraftPeriod], str]:
    """A span of a few days named by their numbers and one month ("September 3 and 4, 2016"), as written, and
    the text without it."""
    out: list[DraftPeriod] = []
    for m in reversed(list(_DAY_PAIR.finditer(text))):
        month_word = (m.group("m1") or m.group("m2")).lower().rstrip(".")
        month = next((i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(month_word[:3])), 0)
        a, b = int(m.group("a1") or m.group("a2")), int(m.group("b1") or m.group("b2"))
        year = int(m.group("y1") or m.group("y2"))
        try:
            first, last = dt.date(year, month, a), dt.date(year, month, b)
        except ValueError:
            continue
        if not 0 <= (last - first).days <= 6:
            continue
        out.insert(0, DraftPeriod(m.group(0).strip(), first, last))
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return out, text


# "in October, November or December 2025", "for January, February and March 2024": months of one year, listed
_WHOLE_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_MONTH_LIST = re.compile(rf"\b(?P<first>{_WHOLE_MONTH})(?P<more>(?:[ \t]?,[ \t]?{_WHOLE_MONTH}){{0,10}})[ \t]?,?\s+"
                         rf"(?P<join>or|and|&)\s+(?P<last>{_WHOLE_MONTH})\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return next((i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(word[:3])), 0)


def _month_lists(text: str) -> tuple[list[DraftPeriod], str]:
    """Months of one year listed with the year written once ("October, November or December 2025"): with "or",
    whichever of them, so the span from the first to the last (so too "between May and June 2020"); with "and",
    each month. The text without them
    (read alone, only the last month has its year)."""
    out: list[DraftPeriod] = []
    for m in reversed(list(_MONTH_LIST.finditer(text))):
        words = [m.group("first")] + re.findall(_WHOLE_MONTH, m.group("more"), re.I) + [m.group("last")]
        months = [_month_number(w) for w in words]
        year = int(m.group("year"))
        if 0 in months or months != sorted(set(months)):
            continue
        if m.group("join").lower() == "or" or re.search(r"\b(?:between|from)\s+$", text[max(0, m.start() - 10):m.start()],
                                                        re.I):
            last = dt.date(year + (months[-1] == 12), months[-1] % 12 + 1, 1) - dt.timedelta(days=1)
            found = [DraftPeriod(m.group(0).strip(), dt.date(year, months[0], 1), last)]
        else:
            found = [DraftPeriod(f"{_MONTH_NAMES[k - 1].capitalize()} {year}", dt.date(year, k, 1),
                                 dt.date(year + (k == 12), k % 12 + 1, 1) - dt.timedelta(days=1)) for k in months]
        out[:0] = found
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return out, text


def _point_periods(text: str) -> tuple[list[DraftPeriod], str]:
    """The days a count is asked at, as written ("end of Dec 2023" is 31 December 2023), and the text without
    them (their month is no month-long period)."""
    out: list[DraftPeriod] = []
    spans = []
    for m in _POINT.finditer(text):
        try:
            if m.group("d"):
                day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            else:
                month = next((i for i, name in enumerate(_MONTH_NAMES, 1)
                              if name.startswith(m.group("month").lower().rstrip(".")[:3])), 0)
                if not month or (m.group("lead").lower() == "on" and not m.group("day")):
                    continue        # "on May 2020" is no day
                year = int(m.group("year"))
                last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
                day = dt.date(year, month, int(m.group("day")) if m.group("day") else last)
        except ValueError:
            continue
        lead = (m.group("lead") or m.group("lead2")).lower()
        label = m.group(0)[len(lead):].strip() if lead.startswith(("as ", "on")) else re.sub(r"^(?:at\s+)?the\s+", "",
                                                                                             m.group(0), flags=re.I)
        out.append(DraftPeriod(label, day, day))
        spans.append(m.span())
    for a, b in reversed(spans):
        text = text[:a] + " " * (b - a) + text[b:]
    return out, text


# "as at 31 March in each of the last three years", "on 1 April of each year since 2019"
_YEARLY_POINT = re.compile(r"\b(?:as\s+(?:at|of|on)|at\s+the\s+end\s+of|on)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
                           r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?!\s*(?:19|20)\d\d)[^.?!\n]{0,40}?"
                           r"\b(?:each|every)\s+(?:of\s+the\s+)?(?:(?:last|past|previous)\s+(\w+)\s+)?years?\b", re.I)
_SINCE_MONTH = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:start|beginning)\s+of\s+)?(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\s+(?:19|20)\d\d\b", re.I)
_LAST_MONTHS = re.compile(r"\bthe\s+(?:last|past|previous)\s+(\w+)\s+months\b", re.I)


def _yearly_points(text: str, asked_on: dt.date) -> tuple[list[DraftPeriod], str]:
    """"As at 31 March in each of the last three years": that day in each of the years before the day it was
    asked (the last such day on or before it first), and the text without those words."""
    m = _YEARLY_POINT.search(text)
    if not m:
        return [], text
    if not m.group(3):
        return [], text         # "on 1 April each year": which years, the rest of the request says
    n = _N_WORDS.get(m.group(3).lower()) or (int(m.group(3)) if m.group(3).isdigit() else 0)
    month = next(i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(m.group(2).lower()))
    try:
        last = dt.date(asked_on.year, month, int(m.group(1)))
    except ValueError:
        return [], text
    if last > asked_on:
        last = last.replace(year=last.year - 1)
    days = [last.replace(year=last.year - k) for k in range(n - 1, -1, -1)] if 1 <= n <= 20 else []
    out = [DraftPeriod(d.strftime("%-d %B %Y"), d, d, f"'{m.group(0).strip()}' before {asked_on.isoformat()}: check")
           for d in days]
    return out, text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]


# "in the year 2020", "for the calendar year 2019": that year, as "in 2020" says it
_THE_YEAR = re.compile(r"\b(?:the\s+)?(?:calendar\s+)?year\s+((?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)", re.I)


def plain_years(text: str) -> str:
    """The text with "the year 2020" written "2020", so a year named that way is read as one."""
    return _THE_YEAR.sub(r"\1", text)


# "2023, up to and including 31st October", "2024 (up to 1 August": a year until a day of it
_YEAR_TO_DAY = re.compile(rf"\b(?P<year>(?:19|20)\d\d)(?![/\-–]\d)[ \t]*,?[ \t]*\(?[ \t]*(?:up[ \t]+to|until|to)(?:[ \t]+and[ \t]+"
                          rf"including)?[ \t]+(?:the[ \t]+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
                          rf"(?P<month>{_WHOLE_MONTH})(?:[ \t]+(?P<again>(?:19|20)\d\d)\b)?", re.I)
_SPAN_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s*(?:to|-|–|—|until)\s*$", re.I)
_MONTH_BEFORE = re.compile(rf"{_WHOLE_MONTH}\s*,?\s*$", re.I)


def _years_to_a_day(text: str) -> tuple[list[DraftPeriod], str]:
    """A year asked up to a day of it ("ii) 2023, up to and including 31st October."): from its first day to that
    day, as written, and the text without it. (Not the end of a date's year, "1 April 2016 to 31 March 2017": a
    range of days.)"""
    out: list[DraftPeriod] = []
    for m in reversed(list(_YEAR_TO_DAY.finditer(text))):
        year = int(m.group("year"))
        if _MONTH_BEFORE.search(text, 0, m.start()) or m.group("again") and int(m.group("again")) != year \
                or not re.search(r"up\s+to|until|\(", m.group(0), re.I):
            continue
        try:
            last = dt.date(year, _month_number(m.group("month")), int(m.group("day")))
        except ValueError:
            continue
        found = [DraftPeriod(_clean_label(m.group(0)), dt.date(year, 1, 1), last)]
        start = m.start()
        span = _SPAN_BEFORE.search(text, 0, m.start())
        if span and 0 < year - int(span.group(1)) <= 20:
            # "the calendar years 2013 to 2024 (up to 1 August)": the years before it whole
            found[:0] = [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(int(span.group(1)), year)]
            start = span.start()
        out[:0] = found
        text = text[:start] + " " * (m.end() - start) + text[m.end():]
    return out, text


def _clean_label(s: str) -> str:
    return re.sub(r"\s*\(\s*|\s+", " ", s).strip(" ,(.")


# "the 2019 financial year (1 April – 31 March)": the financial year from April of that year
_YEAR_FINANCIAL = re.compile(r"(?<![\d/\-–]\s)(?<![\d/\-–])\b((?:19|20)\d\d)\s+(?:financial|fiscal)\s+year\b(?!\s*s\b)", re.I)
# "2014-2015, 2015-2016 and 2016 to 2017": consecutive years joined by "to" among financial years are one too
_YEAR_TO_NEXT = re.compile(r"(?<!\bfrom\s)(?<!\bbetween\s)\b((?:19|20)\d\d)\s+to\s+((?:19|20)\d\d)\b(?!\s*[/\-–]\s*\d)", re.I)
_FY_WRITTEN = re.compile(r"\b(?:19|20)\d\d\s*[/\-–]\s*(?:19|20)?\d\d\b")


def _years_as_written(text: str) -> str:
    """The text with financial years written another way as a financial year is written: "the 2019 financial
    year" as "2019/20", and "2016 to 2017" as "2016-2017" where the text writes its other years so."""
    text = _YEAR_FINANCIAL.sub(lambda m: f"{m.group(1)}/{(int(m.group(1)) + 1) % 100:02d}", text)
    if _FY_WRITTEN.search(text):
        text = _YEAR_TO_NEXT.sub(lambda m: f"{m.group(1)}-{m.group(2)}" if int(m.group(2)) == int(m.group(1)) + 1
                                 else m.group(0), text)
    return text


# "until the present date", "to the current date in 2025", "to present day", "up to today": the day it was asked
_TO_PRESENT = (r"(?:to|until|till|up\s+to)\s+(?:the\s+)?(?:present|current|today|now)\b(?:\s+(?:date|day)\b)?"
               r"(?:\s+in\s+(?:19|20)\d\d\b)?")
_A_DAY = (rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_WHOLE_MONTH}),?\s+(?P<y1>(?:19|20)\d\d)\b|"
          rf"(?P<m2>{_WHOLE_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b)")
# "From January 1 2020 until the present date", "since January 1st, 2023 until present date", "going back to January 1
# 2009": from that day to the day it was asked
_DAY_TO_NOW = [re.compile(rf"\b(?:from|since)\s+(?:the\s+)?{_A_DAY}[ \t]*,?[ \t]*{_TO_PRESENT}", re.I),
               re.compile(rf"\b(?:going\s+)?back\s+to\s+{_A_DAY}", re.I)]
# "each financial year from 2010/11 to the current date in 2025", "the financial year 2009/2010 to the present date":
# every financial year from it to the one it was asked in
_FY_TO_NOW = re.compile(rf"\b(?P<y>(?:19|20)\d\d)\s*[/-]\s*(?P<y2>\d\d(?:\d\d)?)[ \t]+{_TO_PRESENT}", re.I)


_BROKEN_DOWN = re.compile(r"\b(?:by|per|each|every)\s+(?:calendar\s+|financial\s+)?(?:week|month|quarter|year)s?\b|"
                          r"\b(?:weekly|monthly|quarterly|annually|yearly)\b", re.I)


def _to_the_present(text: str, asked_on: dt.date) -> tuple[list[DraftPeriod], str]:
    """The periods that run to the day the request was asked ("From January 1 2020 until the present date", "from
    2010/11 to the current date in 2025"), and the text without them."""
    out: list[DraftPeriod] = []
    spans = []
    # ("by week, from 1 January 2022 to the present date": the years or months it is broken down by, read as before)
    by_part = _BROKEN_DOWN.search(text)
    for m in (m for rx in _DAY_TO_NOW for m in rx.finditer(text) if not by_part):
        month = _month_number(m.group("m1") or m.group("m2"))
        try:
            first = dt.date(int(m.group("y1") or m.group("y2")), month, int(m.group("d1") or m.group("d2")))
        except ValueError:
            continue
        if first < asked_on:
            label = re.sub(r"^(?:from|since)\s+", "", m.group(0).strip(), flags=re.I)
            out.append(DraftPeriod(label, first, asked_on, f"to the day it was asked ({asked_on.isoformat()}): check"))
            spans.append(m.span())
    for m in _FY_TO_NOW.finditer(text):
        y0, y2 = int(m.group("y")), int(m.group("y2")) % 100
        now = asked_on.year if asked_on.month >= 4 else asked_on.year - 1
        if y2 != (y0 + 1) % 100 or not 0 <= now - y0 <= 20:
            continue
        out += [_fy(y) for y in range(y0, now)]
        last = _fy(now)
        out.append(DraftPeriod(last.label, last.start, last.end, f"to date, the day it was asked ({asked_on.isoformat()}): "
                                                                 "check"))
        spans.append(m.span())
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return out, text


def periods_in(text: str, asked_on: dt.date, fallback: list[DraftPeriod] | None = None, dated: bool = True,
               latest: dt.date | None = None) -> list[DraftPeriod]:
    """The periods a piece of request text asks about (see _periods_in), a count held at a day ("as at 31
    March 2023", "end of Dec 2023") among them as that one day."""
    text = _years_as_written(plain_years(text))
    days, text = _day_pairs(text)
    listed, text = _month_lists(text)
    to_day, text = _years_to_a_day(text)
    to_now, text = _to_the_present(text, asked_on) if dated else ([], text)
    points, rest = _point_periods(text)
    points = days + listed + to_day + to_now + points
    if dated:
        yearly, rest = _yearly_points(rest, asked_on)
        points += yearly
    if not points:
        since = _SINCE_MONTH.search(text) if dated else None
        if since and not _MONTH_TO_DATE.search(text) and len(find_periods(text)) == 1:
            # "since April 2020": from that month to the day it was asked
            first = find_periods(since.group(0))
            if first and first[0].kind == "month" and first[0].first < asked_on:
                return [DraftPeriod(f"since {first[0].label}", first[0].first, asked_on,
                                    f"from {first[0].label} to the day it was asked ({asked_on.isoformat()}): check")]
        recent = _LAST_MONTHS.search(text) if dated else None
        if recent and not find_periods(text):
            # "in the last 12 months": the months before the day it was asked
            n = _N_WORDS.get(recent.group(1).lower()) or (int(recent.group(1)) if recent.group(1).isdigit() else 0)
            if 1 <= n <= 60:
                y, m = divmod(asked_on.year * 12 + asked_on.month - 1 - n, 12)
                start = dt.date(y, m + 1, min(asked_on.day, 28))
                return [DraftPeriod(recent.group(0).strip(), start, asked_on,
                                    f"the {n} months before {asked_on.isoformat()}: check")]
        return _periods_in(text, asked_on, fallback, dated, latest)
    seen: dict[tuple, DraftPeriod] = {}
    for p in points + _periods_in(rest, asked_on, None, dated, latest):
        seen.setdefault((p.start, p.end), p)
    return list(seen.values())


def _periods_in(text: str, asked_on: dt.date, fallback: list[DraftPeriod] | None = None, dated: bool = True,
                latest: dt.date | None = None) -> list[DraftPeriod]:
    """The periods a piece of request text asks about, in the order written, without repeats. Where it names
    none, `fallback` (the periods the request named before its questions) comes before reading "the last N
    years" relative to the day it was asked (`dated`: that day is known, not today's stand-in). `latest`: the
    end of the latest period the whole request names, where "since 2018/19" runs to."""
    text = _STATUTE_YEAR.sub(r"\1", text)
    found = [p for p in find_periods(text) if not _EVENT_DATE.search(text, max(0, p.start - 40), p.start)]
    last_n = _LAST_N.search(text)
    if dated and last_n and (last_n.group(2) or "").lower().startswith("financial") \
            and not any(p.kind == "financial_year" for p in found):
        # "each of the last five financial years (2019-2023)": the years are counted back from the day it was
        # asked; a span of plain years in brackets only restates them, and could be read either way (years
        # written as financial years, "(18/19) (19/20)", are read as written)
        counted = _last_n_years(last_n, asked_on)
        if counted:
            return counted
    since = _SINCE_FY.search(text)
    if since:
        # "for each year since 2018/19": every financial year from it to the latest the request names, or to the
        # last one ended before it was asked
        y0 = int(since.group(1))
        y_end = (latest.year - 1 if latest and latest.month <= 8 else latest.year) if latest else y0
        if dated:
            y_end = max(y_end, (asked_on.year - 1 if asked_on.month >= 4 else asked_on.year - 2))
        if 0 <= y_end - y0 <= 20:
            return [_fy(y) for y in range(y0, y_end + 1)]
    to_date = _MONTH_TO_DATE.search(text)
    if to_date and dated:
        # "broken down by month between January 2019 (or as far back as you can go) and the latest available
        # month": from that month to the day it was asked
        start = next((p.first for p in found if p.kind == "month" and p.label.lower() in to_date.group(1).lower()), None)
        if start and start < asked_on:
            return [DraftPeriod(f"{to_date.group(1)} to date", start, asked_on,
                                f"from {to_date.group(1)} to the day it was asked ({asked_on.isoformat()}): check")]
    since_year = _SINCE_YEAR.search(text)
    if since_year and any(p.kind == "range" and not p.partial for p in found):
        since_year = None       # "from 1st January 2019 to 1st October 2019": that range, not every year since
    if since_year and dated and not _FINANCIAL.search(text) \
            and set(re.findall(r"\b(?:19|20)\d\d\b", text)) <= {since_year.group(1), str(asked_on.year)}:
        # "per calendar year since 1st January 2013", "Since and including 2017, and broken down by each calendar
        # year (for 2021, please provide data up to ...)": every year from it to the one it was asked in (that one
        # to date), which may be named too
        y0 = int(since_year.group(1))
        if 0 <= asked_on.year - y0 <= 20:
            # (the year it was asked in runs to that day, as a journalist would correct it)
            return [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31)) if y < asked_on.year else
                    DraftPeriod(str(y), dt.date(y, 1, 1), asked_on, f"to date, the day it was asked "
                                f"({asked_on.isoformat()}): check") for y in range(y0, asked_on.year + 1)]
    out: list[DraftPeriod] = []
    found = _spans_read_whole(text, found)
    kinds = {p.kind for p in found}
    for p in found:
        if p.kind == "range" and p.partial and _TO_NOW.search(p.label) and p.first < asked_on:
            # "from January 1, 2018 to today": from that day to the day it was asked
            out.append(DraftPeriod(p.label, p.first, asked_on,
                                   f"to the day it was asked ({asked_on.isoformat()}): check"))
            continue
        if p.kind == "span_years":
            out += [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), p.label) for y in
                    range(p.first.year, p.last.year + 1)]
            continue
        if p.kind == "range" and (p.last - p.first).days > 366 and (p.first.month, p.first.day) in _YEAR_STARTS:
            # "between April 2019 and March 2022", "(2015- 2020)": the years inside, by the range's own kind
            if p.first.month == 4 and p.first.day == 1:
                out += [_fy(y) for y in range(p.first.year, p.last.year)]
            else:
                out += [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                                    "a range of years read as calendar years: check") for y in
                        range(p.first.year, p.last.year + 1)]
            continue
        if p.kind == "financial_year" and "academic_year" in kinds and re.match(r"^\d{4}\s*[/-]\s*\d\d$", p.label):
            # "academic years 2019/20 and 2020/21": the second is academic like the first
            y = p.first.year
            out.append(DraftPeriod(p.label, dt.date(y, 9, 1), dt.date(y + 1, 8, 31)))
            continue
        if p.kind == "month" and sum(q.kind == "month" and q.first.month == p.first.month for q in found) >= 2:
            # "by year (September 2021, September 2020, September 2019)": the year to that month
            end = p.last
            start = dt.date(end.year - 1, end.month % 12 + 1, 1) if end.month < 12 else dt.date(end.year, 1, 1)
            out.append(DraftPeriod(_label(p), start, end, "a month named in several years: the year to it"))
            continue
        out.append(DraftPeriod(_label(p), p.first, p.last))
    if len(found) == 1 and found[0].partial and found[0].kind == "calendar_year":
        # "for the years 2016, 2017, 2018 and 2019 to date": the plain years listed before the one to date
        y_last = found[0].first.year
        before = [int(y) for y in _YEAR_LIST.findall(text, 0, found[0].start)]
        if before and before == list(range(y_last - len(before), y_last)):
            out = [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in before] + out
    if not out:
        m = _YEAR_SPAN.search(text) or _BETWEEN_YEARS.search(text)
        if m and 0 < int(m.group(2)) - int(m.group(1)) <= 20:
            y0, y1 = int(m.group(1)), int(m.group(2))
            if _FINANCIAL.search(text) and m.re is _BETWEEN_YEARS:
                # "for financial years between 2009 and 2014": those that lie between them, 2009/10 to 2013/14
                out = [DraftPeriod(p.label, p.start, p.end, f"'{m.group(0).strip()}' read as the financial years "
                                   "between them: check") for p in (_fy(y) for y in range(y0, y1))]
            elif _FINANCIAL.search(text):
                # "financial years (2019-2023)": the years that end in the span's years
                out = [DraftPeriod(p.label, p.start, p.end, f"'{m.group(0).strip()}' read as the financial years "
                                   "ending in them: check") for p in (_fy(y) for y in range(y0 - 1, y1))]
            else:
                out = [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                                   f"'{m.group(0).strip()}' read as calendar years: check") for y in range(y0, y1 + 1)]
    if not out:
        years = [int(y) for y in _YEAR_LIST.findall(text)]
        if len(years) >= 2 and len(set(years)) == len(years) and max(years) - min(years) < len(years) + 2:
            # "each of the last three years (2019, 2020, 2021)", "• 2019 • 2020 • 2021": a list of plain years
            note = "plain years read as calendar years: check" if _FINANCIAL.search(text) else ""
            out = [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), note) for y in years]
    if not out:
        owned = _YEAR_OWNED.search(text)
        if owned and len(_YEAR_LIST.findall(text)) == 1:
            # "The councils 2024 Christmas budget": the one year the question names is the year of what it asks
            y = int(owned.group(1))
            out = [DraftPeriod(str(y), dt.date(y, 1, 1), dt.date(y, 12, 31),
                               f"'{owned.group(0).strip()}' read as the calendar year {y}: check")]
    last_one = _LAST_ONE.search(text) if dated else None
    if not out and last_one:
        out = [_last_year(last_one, asked_on)]
    if not out and fallback:
        return list(fallback)
    if not out and last_n:
        out = _last_n_years(last_n, asked_on)
    seen: dict[tuple, DraftPeriod] = {}
    for p in out:
        # one period written two ways ("2022 to date", "2022 (to date, if possible)") is asked once
        seen.setdefault((p.start, p.end), p)
    return list(seen.values())


# a year that says whose or which thing is asked: "The councils 2024 Christmas budget", "your 2023 budget" (not "the
# 1985 Act", a statute)
_YEAR_OWNED = re.compile(r"\b(?:the|its|your|their|this|council(?:['’]?s|s['’]?)?)\s+((?:19|20)\d\d)\s+(?!(?:Act|Regulations?|Order)\b)"
                         r"[A-Za-z][a-z]+\b", re.I)
_TO_NOW = re.compile(r"\bto\s+(?:the\s+)?(?:present|date|today|now|current)\b", re.I)


@dataclass(frozen=True)
class _Span:
    """Plain years from one to another ("(2017 - 2022)"), where the reader's periods saw only the first."""
    label: str
    first: dt.date
    last: dt.date
    start: int
    end: int
    kind: str = "span_years"
    partial: bool = False


def _spans_read_whole(text: str, found: list) -> list:
    """The periods found, a span of plain years read as its first year alone ("over the last five years (2017 -
    2022)" gave 2017) put back whole (as calendar years; financial ones where the text says so, read later)."""
    if _FINANCIAL.search(text):
        return found
    out = list(found)
    for m in _YEAR_SPAN.finditer(text):
        y0, y1 = int(m.group(1)), int(m.group(2))
        inside = [p for p in out if m.start() <= p.start and p.end <= m.end()]
        if 1 < y1 - y0 <= 20 and len(inside) == 1 and inside[0].kind == "calendar_year" \
                and inside[0].first.year == y0:
            at = out.index(inside[0])
            out[at] = _Span(f"'{m.group(0).strip()}' read as calendar years: check", dt.date(y0, 1, 1),
                            dt.date(y1, 12, 31), m.start(), m.end())
    return out


# what else a part that names only a period may say: "c) 2025-26 financial year to date", "c) 2024-25 financial years"
_PERIOD_WORDS = re.compile(r"\b(?:(?:financial|calendar|academic|school|fiscal)\s+)?(?:years?|FYE?)\b|\bto\s+date\b|"
                           r"\b(?:and|or|only|up\s+to|to|until|including|inclusive)\b", re.I)
# the day a period part runs to: "e) 2016/17 to 25th July 2017"
_PART_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_WHOLE_MONTH}(?:\s+(?:19|20)\d\d\b)?", re.I)


_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)?\s*$")


def only_periods(part: str) -> bool:
    """Whether a lettered part names nothing but a period ("a) 2023-24,", "(iv) 2022-23", "c) 2025-26 financial year
    to date"): the part asks its stem's question for that period (not "(vi) A combined total from 1 April 2019 to 31
    March 2024", which names a thing of its own)."""
    # ("iv) 2018 (if possible please name them)": an aside in brackets, closed or cut off, asks nothing of its own)
    part = _TRAILING_ASIDE.sub("", part)
    part = re.sub(r"(?:[\s.,;:?]|\b(?:and|or)\b)+$", "", part)    # ("c) 2024.", "d) 2013 and": a list's years)
    for d in reversed(list(_PART_DAY.finditer(part))):     # (a day a period runs to)
        part = part[:d.start()] + " " * (d.end() - d.start()) + part[d.end():]
    found = find_periods(part)
    if not found:
        return False
    rest = part
    for p in sorted(found, key=lambda p: p.start, reverse=True):
        rest = rest[:p.start] + " " + rest[p.end:]
    return not re.search(r"[A-Za-z0-9]", _PERIOD_WORDS.sub(" ", rest))

