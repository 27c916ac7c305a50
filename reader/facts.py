"""Figures in a reply: which subject, which period, which measure, what value, and where it was written.

Councils answer in list lines ("Laptops - 232"), tables (tab, pipe or space separated; periods as
columns or as rows), sections headed by a period ("2019-20:" then lines), and prose ("we purchased 150
laptops in 2019/20 at an average cost of £650 each"). The reader walks the text line by line keeping
what the last headings said (period, subject, measure), and binds each value to the nearest subject and
period by the way English lists and sentences are written. See README.md, "Reading a council's reply".
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from .periods import MONTHS, Period, find_periods, mark_partial, period_of_cell, whole_date
from .scan import _MONTH, Value, approx_of, find_values, is_year, never_spans
from . import conflicts
from .asking import asking_spans
from .survey import Survey
from .survey import MEASURE_UNITS
from .rates import RATE_MEASURES, find_rates, only_rate_asked

try:
    from .numbers import looks_like_non_quantity as _looks_like_non_quantity
except Exception:  # pragma: no cover - the generic parser is optional here
    _looks_like_non_quantity = None


@dataclass(frozen=True)
class Fact:
    subject: str
    period: str | None
    period_start: str | None
    period_end: str | None
    measure: str
    value: float
    unit: str
    approx: bool
    quote: str
    start: int
    end: int
    confidence: float
    question: str | None
    partial: bool = False      # the period is written "to date" / "YTD": the figures run up to the reply's date
    # why this figure disagrees with another one in the reply ("'Nil' beside a price of £650", "two figures in
    # one table cell", "a total that is not count × price"): kept, with a low confidence, for a person to check
    conflict: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


# --- measure words ------------------------------------------------------------------------------------

_MONEY_WORDS = re.compile(r"\b(?:cost|costs|costing|price|prices|priced|spend|spent|expenditure|value|amount|paid|"
                          r"charge|charges|fee|fees|gbp|pounds?|income|revenue)\b|£", re.IGNORECASE)
_COUNT_WORDS = re.compile(r"\b(?:number|no\.|numbers|quantity|qty|count|volume|how many|units|amount purchased)\b",
                          re.IGNORECASE)
_SUM_WORDS = re.compile(r"^\s*(?:grand\s+)?(?:total|totals|sum|all years|overall)\s*:?\s*$", re.IGNORECASE)
# "per device", "per night", "per licence": a price of one thing, whatever the thing (not "per annum", "per cent")
_UNIT_CUE = re.compile(r"\beach\b|\bper\s+(?!(?:annum|year|month|week|quarter|cent|centum)\b)[a-z]{2,}\b|"
                       r"\bunit\s+(?:cost|price)s?\b|\b(?:cost|price)s?\s+per\b|"
                       r"\baverage\b|\bavg\b|@|\bat\s+(?=£)|\bx\s*(?=£)|\bapiece\b", re.IGNORECASE)
_TOTAL_CUE = re.compile(r"\btotal\b|\bspend\b|\bspent\b|\boverall\b|\baltogether\b|\bcombined\b|\bexpenditure\b|"
                        r"\bsum\b|=\s*(?=£)|\bin\s+all\b", re.IGNORECASE)

_MARKER = re.compile(
    r"^\s*(?:[-*\u2022\u00b7\u25aa\u25cf>o]\s+)?(?:"
    r"(?:question|q|answer|a(?=\.?\d))\s*\.?\s*(?P<qn>\d{1,2})\s*\(?(?P<ql>[a-z])?\)?\s*[.:)\-]?"
    r"|\(?(?P<n>\d{1,2})\s*\(?(?P<l>[a-z])?\)?[.):](?!\d)"
    r"|(?P<n2>\d{1,2})(?P<l2>(?!x\s*\d)[a-z])(?=[\s.):])[.):]?"
    r"|\(?(?P<l3>[a-h])[.)](?=\s)|\((?P<l4>[a-h])\)"
    r"|(?P<l5>[a-h])(?=\s+(?-i:[A-Z]))"
    r"|(?P<n3>\d{1,2})(?=\s+(?-i:[A-Z][a-z]+)\s+\w)"
    r")",
    re.IGNORECASE)


# numbers that are never figures, beside those the scanner knows: a page's count of attachments ("2 Attachments"),
# a reply's own heading number ("Request for information 3:"), and the bounds of small numbers withheld for
# privacy ("numbers between 1 and 5 have been suppressed"), like the scanner's "<5"
_NOT_A_FIGURE = (
    re.compile(r"\b\d{1,3}\s+attachments?\b", re.IGNORECASE),
    re.compile(r"\brequests?\s+for\s+information\s+\d{1,2}\b", re.IGNORECASE),
    re.compile(r"\bnumbers?\s+(?:between|from)\s+\d{1,2}\s+(?:and|to|-)\s+\d{1,2}\b", re.IGNORECASE),
)

# a sum of money written with "£" right after a bare number, on its line or the next ("14,620 £813,800",
# "PCNs Issued / Amount Paid" columns one cell a line): the bare number is the count the money is for
_BESIDE_POUNDS = re.compile(r"[ \t|,;:]*\n?[ \t|]*£[ \t]?\d")

# the words before a number of places the things counted just before it are in ("78 sockets in 13 locations")
_PLACES_BEFORE = re.compile(r"\b(?:in|at|across|over|on)\s+(?:(?:approximately|around|about|some|up\s+to)\s+)?$",
                            re.IGNORECASE)

# the top of a range after a plain number: "10-15", "50 - 60" (not "10-15%", "1-2 years", "3-4pm")
_RANGE_TOP = re.compile(r"[ \t]?[-\u2013][ \t]?(\d{1,6})(?![\d/.,:%]|\s*(?:%|per\s*cent|days?|weeks?|months?|years?|"
                        r"hours?|am|pm)\b)", re.IGNORECASE)

# a question numbered in lower-case roman numerals: "(ii) The average length of stay ..."
_ROMAN_MARKER = re.compile(r"[ \t]*\((i{1,3}|iv|vi{0,3}|ix|x)\)[ \t]+(?=[A-Z])")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

MAX_VALUES_PER_UNIT = 200
# a cell that is only a question's or a list item's number: "1.", "Q2", "3a)", "(4)"
_NUMBER_CELL = re.compile(r"\(?(?:q(?:uestion)?\s*\.?\s*)?\d{1,2}[a-z]?\s*[.):]?\)?", re.IGNORECASE)
# the noun right after a number in a sentence, when it is a thing of its own and not a word about the figure
# ("4 locations", not "4 in total", "54 purchased", "12 each", "3 of them")
_OWN_NOUN = re.compile(r"[ \t]+(?!(?:in|of|for|at|during|were|was|are|is|have|has|had|each|per|to|from|on|by|x|and|"
                       r"or|with|which|that|this|those|these|units?|items?|purchased|bought|issued|new|more|further|"
                       r"additional|so|far|since|between|as|total|overall|altogether|respectively|approx\w*|"
                       r"around|about|only|all|such|the|a|an|times?|per\s*cent|percent)\b)[A-Za-z][a-z]+\b")
# words that make the number after them a sum of money: "at a cost of 205k", "spend was 1,200"
_AMOUNT_BEFORE = re.compile(r"\b(?:cost|costs|costing|spend|spent|price|paid|income|expenditure|budget|funding|"
                            r"value)\s+(?:of|was|is|were|totalling|totaling|amounting\s+to)\s+(?:approximately\s+|"
                            r"around\s+|about\s+|c\.\s*|circa\s+)?$", re.IGNORECASE)
CONFLICT_CONFIDENCE = conflicts.CONFLICT_CONFIDENCE
_BARE_YEAR_TOKEN = re.compile(r"(?<!\S)(?:19|20)\d{2}(?![^\s(:])")
# a table cell that says there is no figure: "N/A", "n/a", "-", "not applicable", "not known", "TBC"
_PLACEHOLDER = re.compile(r"(?<!\S)(?:n/?a|[-\u2013\u2014*]|not\s+applicable|not\s+known|unknown|n/?k|tbc)(?!\S)",
                          re.IGNORECASE)


@dataclass
class _Line:
    start: int
    end: int
    text: str
    cells: list[tuple[int, int]] | None
    subjects: list[tuple[int, int, str]]
    periods: list[Period]
    values: list[Value]
    marker: tuple[str | None, str | None] | None  # (number, letter) of a list marker/question number
    asked: list[tuple[int, int]] = field(default_factory=list)   # the parts that ask (see _asked_spans)


@dataclass
class _Column:
    period: Period | None = None
    subject: str | None = None
    measure: str | None = None      # count | unit_cost_gbp | total_cost_gbp | cost | sum
    text: str = ""


@dataclass
class _Context:
    period: Period | None = None
    subject: str | None = None
    measure: str | None = None
    measure_heading_since_period: bool = False
    period_group: str | None = None
    subject_fresh: bool = False
    detached: tuple[Period, int] | None = None   # period set aside by a "Costs:" heading, first fact index
    carry: tuple[str | None, Period | None] | None = None   # subject/period of a line that wrapped
    sections_repeat: bool = False                # year sections each with their own "Costs:" section
    columns: list[_Column] = field(default_factory=list)   # last table/positional header
    columns_are_cells: bool = False
    columns_tabular: bool = False     # a header line of periods (and measures) only, columns single-spaced
    alt_columns: tuple | None = None  # (columns, the same header read as phrase columns)


_TOTAL_LABEL = re.compile(r"[\s*\u2022\u00b7\u25aa\u25cf>-]*(?:grand\s+|overall\s+)?(?:total|totals|sum)\b"
                          r"\s*(?:[:=\-]\s*)?\d", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(r"\b(?:of\s+which|of\s+these|of\s+those|including|incl\.?|comprising|within\s+this)"
                            r"\s*(?:were\s+|are\s+)?(?:around\s+|approximately\s+|about\s+)?$", re.IGNORECASE)

# a line that answers its question in words is not a heading for the lines after it
_PERIOD_LABEL = re.compile(r"(?:financial\s+|calendar\s+)?(?:year|yr|fy|period)\b", re.IGNORECASE)

# Figures introduced as things got rid of are not figures of things bought ("has disposed of the following
# equipment:", "devices recycled or written off"); words of buying end such a section.
_NOT_ACQUIRED = re.compile(r"\b(?:disposed\s+of|disposals?\b|recycled|written[\s-]+off|writ(?:e|es)[\s-]+off|"
                           r"decommissioned|scrapped|stolen)", re.IGNORECASE)
_ACQUIRED = re.compile(r"\b(?:purchas\w*|bought|buys?|buying|acquir\w*|procur\w*|ordered|leased|rented)\b",
                       re.IGNORECASE)

# a column of a single-spaced header that starts with a measure word ("Number of laptops purchased Cost (£) ...")
_MEASURE_START = re.compile(r"(?<![\w(])(?:Number|No\.|Quantity|Qty|Cost|Costs|Total|Unit|Spend|Price|Amount)\b")

_BARE_TOTAL = re.compile(r"(?:grand\s+|overall\s+)?totals?\s*(?:\(\s*£\s*\)|£|\(gbp\))?\s*:?", re.IGNORECASE)

# A short heading that introduces descriptions ("Type of devices -", "Make and model:"): the lines under it
# name things ("PDA used is HTC Touch Diamond 2"), their digits are not figures
_DESCRIBING = re.compile(r"\s*(?:\d+[.)]\s*)?(?:the\s+)?(?:types?|makes?|models?|brands?|manufacturers?|"
                         r"specifications?)\b[^\d]{0,30}$", re.IGNORECASE)

_ANSWERED = re.compile(r"\bnot\s+held\b|\bexempt|\bwithheld\b|\brefus|\bnone\b|\bn/a\b|\bnil\b|\bnot\s+applicable\b|"
                       r"\bneither\b|\bdo(?:es)?\s+not\b", re.IGNORECASE)


def measure_of(text: str) -> str | None:
    if _SUM_WORDS.match(text):
        return "sum"
    money = bool(_MONEY_WORDS.search(text))
    if not money:
        return "count" if _COUNT_WORDS.search(text) else None
    unit = _UNIT_CUE.search(text)
    total = _TOTAL_CUE.search(text)
    if unit and not total:
        return "unit_cost_gbp"
    if total and not unit:
        return "total_cost_gbp"
    if unit and total:
        return "unit_cost_gbp" if unit.start() > total.start() else "total_cost_gbp"
    return "cost"


_LEADING_MONTH_YEAR = re.compile(r"^[ \t]*(?:[a-z]\)[ \t]*)?(" + _MONTH + r")[ \t]+((?:19|20)\d{2})\b",
                                 re.IGNORECASE | re.MULTILINE)


def _year_to_start(last: date) -> date:
    """The first day of the twelve months that end with ``last``'s month."""
    year, month = last.year - 1, last.month + 1
    return date(year + 1, 1, 1) if month == 13 else date(year, month, 1)


def _month_label_kinds(text: str) -> dict[int, str]:
    """What a month and year leading a line means, judged with the lines next to it: the same month in
    consecutive years ("September 2019: 98" / "September 2020: 1,045", as the request asked "by year (September
    2021, September 2020 ...)") is the year to that month ("year_to"); consecutive months ("April 2020 50" /
    "May 2020 30") are months; anything else ("March 2010 290" / "March 2011 290" / "July 2011 290", or one
    alone) is a date things were counted at ("month_at"): see the stock rule in FactReader._emit.
    Keyed by where the month's name starts."""
    rows: list[tuple[int, int, int, int]] = []     # (line number, offset, year, month)
    line_no = 0
    last_end = 0
    for m in _LEADING_MONTH_YEAR.finditer(text):
        line_no += text.count("\n", last_end, m.start())
        last_end = m.start()
        rows.append((line_no, m.start(1), int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")]))
    kinds: dict[int, str] = {}
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j][0] - rows[j - 1][0] <= 2:   # a blank line between rows keeps the run
            j += 1
        run = rows[i:j]
        steps = {(b[2] * 12 + b[3]) - (a[2] * 12 + a[3]) for a, b in zip(run, run[1:])}
        if steps in ({12}, {-12}):
            kind = "year_to"
        elif steps in ({1}, {-1}):
            kind = "month"
        else:
            kind = "month_at"
        for row in run:
            kinds[row[1]] = kind
        i = j
    return kinds


def _slice(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start) that start in [lo, hi)."""
    return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def _says(question_text: str, word: str) -> bool:
    """Whether a question's wording has ``word`` (lower case, spaces collapsed) as a word of its own."""
    said = " ".join(question_text.lower().split())
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", said) is not None


def _group(qid: str | None) -> str | None:
    m = re.match(r"\d+", qid or "")
    return m.group(0) if m else None


def _d1_says_figure(text: str, v: Value) -> bool:
    """A second opinion from the generic number parser (numbers.py) on plain numbers in prose/lists."""
    if v.money or v.zero or _looks_like_non_quantity is None:
        return True
    try:
        reason = _looks_like_non_quantity(text, v.start, v.end)
    except Exception:  # the second opinion must never take the reading down
        return True
    return reason in (None, "money", "year", "period", "idiom")


def _split_cells(text: str, offset: int) -> list[tuple[int, int]] | None:
    """Cell spans (absolute) of a table row, or None when the line is not a row."""
    if "\t" in text:
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^\t]+|^(?=\t)|(?<=\t)(?=\t)|(?<=\t)$", text)]
    elif re.search(r"\S\s*\|\s*\S", text):
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^|]+", text)]
    elif re.search(r"\S {2,}\S", text):
        parts = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", text)]
    else:
        return None
    cells = []
    for s, e in parts:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        cells.append((offset + s + lead, offset + s + max(trail, lead)))
    # outer pipes leave empty end cells
    while cells and cells[0][0] == cells[0][1] and "|" in text:
        cells.pop(0)
    while cells and cells[-1][0] == cells[-1][1] and "|" in text:
        cells.pop()
    nonempty = [c for c in cells if c[1] > c[0]]
    if len(nonempty) < 2:
        return None
    return cells


_FUNCTION_WORDS = frozenset(
    "this that these those with from have has been were what which when where will would could should your "
    "their there they them than then into over under each also please provide details information council "
    "authority local does done such some more most much many other about following below above year years "
    "total number".split())


def _content_words(text: str) -> frozenset[str]:
    """The words that tell one question from another: four letters or more, not function words."""
    return frozenset(w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _FUNCTION_WORDS)


_PLACEHOLDER = re.compile(r"(?<!\S)(?:[<>≤≥]\s*\d[\d,]*\*?|[-–—*x]|n/?a|N/?A|\.\.)(?!\S)")


def _span(a: Period, b: Period) -> Period:
    """The whole span of a table's year columns, for its total column."""
    return Period(label=f"{a.label} to {b.label}", first=a.first, last=b.last, kind="range", start=a.start, end=b.end)


def _asked_measure(q, heading: str) -> str | None:
    """The measure of the figures under a question's heading: the one it asks for, or the one of those its
    heading names ("3. Total amount spent on laptops" asks for counts and totals: totals here)."""
    if len(q.measures) == 1:
        return q.measures[0]
    m = measure_of(heading) if len(heading.strip()) <= 90 else None
    return m if m in q.measures else None


class FactReader:
    def __init__(self, text: str, survey: Survey, skip: list[tuple[int, int]]):
        self.text = text
        self.survey = survey
        self.skip = skip
        self.facts: list[Fact] = []
        self.disposals = False   # inside a section about things got rid of (see _NOT_ACQUIRED)
        self.disposal_verb = ""  # the words that opened it ("disposed of")
        self.disposal_subjects: set[str] = set()   # the survey's own subjects of things got rid of, if it asks
        self.describing = False  # inside a section of descriptions (see _DESCRIBING)
        self.line: _Line | None = None
        self.group = ""   # the number of the last numbered question ("2" of "2. Detail on ..."), for "a)" under it
        self.section = None   # the survey question whose number heads the lines being read ("Q2." / "2. ...")
        self.section_line = -1   # where that number stands
        self.question_words = {q.id: _content_words(q.text) for q in survey.questions}
        # money figures whose unit-or-total was guessed, by the table column they stand in (see _harmonise)
        self.guessed_by_column: dict[str | int, list[int]] = {}
        self.line_items: dict[int, date] = {}   # facts from dated rows of a purchase list (see _sum_line_items)
        self.month_labels = _month_label_kinds(text)
        self.buying_headings: list[bool] = []   # the last few lines without figures: does each say bought?
        self.counts: dict[tuple[str, str | None], float] = {}
        self.anchors: list[tuple[int, str | None, str]] = []   # (offset, question id, why)
        self._line_words: dict[tuple[int, str], set[str]] = {}   # a line's words for a subject (_shared_word_subject)
        self._subject_rx: dict[str, re.Pattern[str]] = {}   # a subject's synonyms (see _section_subject_in)
        self.loose_figures: list[int] = []   # where figures in the text about anything, survey or not: a sign the reply answers
        # shares and lengths of time the survey asks for (see rates.py), and the measure of each one read, by start
        self.rate_measures = frozenset(m for q in survey.questions for m in q.measures if m in RATE_MEASURES)
        self.rates: dict[int, str] = {}

    # -- line model -------------------------------------------------------------------------------
    def _line(self, s: int, e: int) -> _Line:
        raw = self.text[s:e]
        has_digits = any(ch.isdigit() for ch in raw)
        subjects = [(s + a, s + b, k) for a, b, k in self.survey.find_subjects(raw)]
        if self.disposals and subjects:
            subjects = [(a, b, self._disposed_subject(self.text[a:b], k)) for a, b, k in subjects]
        periods = [p.shifted(s) for p in find_periods(raw, prose_months=False)] if has_digits else []
        cells = _split_cells(raw, s)
        if cells and len([c for c in cells if c[1] > c[0]]) == 2 \
                and _NUMBER_CELL.fullmatch(self.text[cells[0][0]:cells[0][1]]):
            cells = None    # "1.     How many individuals ...?": a numbered line spaced out, not a row of a table
        # a cell, or the whole line, that is only a year or a month: a period heading
        pieces = cells if cells else [(s, e)]
        for cs, ce in (pieces if has_digits else []):
            inside = [p for p in periods if cs <= p.start < ce]
            # a month alone in a cell or heading is read as one (period_of_cell: the year to it)
            if inside and not (len(inside) == 1 and inside[0].kind == "month"):
                continue
            p = period_of_cell(self.text[cs:ce], cs)
            if p:
                periods = [q for q in periods if q not in inside] + [p]
        if has_digits and cells is None:
            # "Device 2019 2020 2021 (to date) Unit cost": a line whose only numbers are two or more bare years
            # is a header of calendar years, even with single spaces between its columns
            years = list(_BARE_YEAR_TOKEN.finditer(raw))
            run = all(re.fullmatch(r"\s+|\s*\([^()\d]{1,20}\)\s*", raw[a.end():b.start()])
                      for a, b in zip(years, years[1:]))
            if len(years) >= 2 and run and len(years) == len(re.findall(r"\d+", raw)):
                covered = {i for p in periods for i in range(p.start, p.end)}
                for y in years:
                    if s + y.start() not in covered:
                        p = period_of_cell(y.group(0), s + y.start())
                        if p:
                            periods.append(p)
        periods.sort(key=lambda p: p.start)
        periods = [self._month_label(p) if p.kind == "month" else p for p in periods]
        periods = [mark_partial(self.text, p, e) for p in periods]
        never = [(a + s, b + s) for a, b in never_spans(raw)]
        blocked = list(never)
        asked = [(a + s, b + s) for a, b in self._asked_spans(raw)]
        blocked += asked
        blocked += [(a + s, b + s) for rx in _NOT_A_FIGURE for a, b in
                    ((m.start(), m.end()) for m in rx.finditer(raw))] if has_digits else []
        blocked += [(p.start, p.end) for p in periods] + [(a, b) for a, b, _ in subjects]
        marker = None
        m = _MARKER.match(raw)
        if m and m.end() > m.start():
            num = m.group("qn") or m.group("n") or m.group("n2") or m.group("n3")
            let = m.group("ql") or m.group("l") or m.group("l2") or m.group("l3") or m.group("l4") or m.group("l5")
            bare_number = m.group("n3") is not None
            rest = raw[m.end():]
            # "84 Tablets were bought" is a figure, "1 Breakdown of the number ..." a question number
            if bare_number and (self.survey.find_subjects(rest[:40]) and not re.match(r"\s*[A-Z][a-z]+\s+of\b", rest)):
                m = None
            if m:
                marker = (num, (let or "").lower() or None)
                blocked.append((s + m.start(), s + m.end()))
                if re.search(r"[-:.)]$", m.group(0)) and raw[m.end():m.end() + 1].isspace():
                    # "Q2 - 5 Fast units": the answer after a question's number, not a range of questions
                    # ("Q2-5"); a span that never holds figures does not run from the number into it
                    ms, me = s + m.start(), s + m.end()
                    cut = [(a, b) for a, b in never if ms <= a <= me < b]
                    blocked = [(a, me) if (a, b) in cut else (a, b) for a, b in blocked]
        elif (r := _ROMAN_MARKER.match(raw)) is not None and self._restates(raw, _ROMAN[r.group(1)]):
            # "(ii) The average length of stay in temporary accommodation ...?": a question numbered in roman
            # numerals, taken as one only where its words are the survey's question of that number (a list of
            # items "(i) Laptops: 50" under one question is not)
            marker = (str(_ROMAN[r.group(1)]), None)
            blocked.append((s + r.start(), s + r.end()))
        values = [v for v in find_values(raw, [(a - s, b - s) for a, b in blocked])]
        values = [replace(v, start=v.start + s, end=v.end + s) for v in values]
        values = [self._as_range(v) for v in values]
        if self.rate_measures:
            # a subject named by the unit itself ("32 days" where "days" names an average stay) leaves the figure
            # standing; one that runs on past it ("234 days in TA") is read as the subject, as before
            values = self._with_rates(raw, s, values, [b for b in blocked if b not in never],
                                      [(a, z) for a, z, _ in subjects])
            # ...and stops being a subject of its own: the figure is bound like a bare number
            subjects = [m for m in subjects if not any(v.start <= m[0] and m[1] <= v.end and v.start in self.rates
                                                        for v in values)]
        kept = []
        for v in values:
            if is_year(v) and not any(0 <= a - v.end <= 2 for a, _, _ in subjects):
                continue
            kept.append(v)
        return _Line(s, e, raw, cells, subjects, periods, kept, marker, asked)

    def _with_rates(self, raw: str, s: int, values: list[Value], blocked: list[tuple[int, int]],
                    units: list[tuple[int, int]]) -> list[Value]:
        """``values`` with the shares and lengths of time the survey asks for (which the scanner never reads as
        figures), unless they stand in the request's own words, a period, a subject or a list marker (a
        subject among ``units`` that lies inside the figure's unit, "days", or holds the whole figure, "if paid
        within 7 days", does not count; one that runs on past it, "234 days in TA", does)."""
        added = []
        for r in find_rates(raw, self.rate_measures):
            a, b = r.start + s, r.end + s
            if any(x < b and a < y and (x, y) not in units for x, y in blocked) \
                    or any(x < b and a < y and not (a < x and y <= b) and not (x <= a and b <= y)
                           for x, y in units) \
                    or any(v.start < b and a < v.end for v in values):
                continue
            added.append(Value(a, b, r.value, False, False, False, r.text))
            self.rates[a] = r.measure
        return sorted(values + added, key=lambda v: v.start) if added else values

    def _as_range(self, v: Value) -> Value:
        """"around 10-15 on-street", "gives total 50-60": a plain number with a larger one after a dash is a
        range, read as its middle and approximate (as the scanner reads "£550 - £750" and "between 200 and
        250"); not a reference ("9349-16") or a span of years (those are periods)."""
        if v.money or v.zero or v.word or not v.value.is_integer():
            return v
        m = _RANGE_TOP.match(self.text, v.end)
        if m is None:
            return v
        top = float(m.group(1))
        if not v.value < top <= 10 * max(v.value, 1) or 1900 <= v.value <= 2100:
            return v
        return replace(v, end=m.end(), value=(v.value + top) / 2, approx=True, text=self.text[v.start:m.end()])

    def _restates(self, raw: str, number: int) -> bool:
        """Whether a line's words restate the survey's question ``number`` (half its own words or more)."""
        q = self.survey.question(str(number))
        own = self.question_words.get(str(number))
        return q is not None and bool(own) and len(_content_words(raw[:300]) & own) >= 0.5 * len(own)

    def _month_label(self, p: Period) -> Period:
        """A month and year labelling a row, read with the rows around it (see _month_label_kinds): the year to
        that month, that month, or the month of a count at a date."""
        kind = self.month_labels.get(p.start)
        if kind == "year_to":
            return replace(p, first=_year_to_start(p.last), kind="year_to")
        if kind == "month_at":
            return replace(p, kind="month_at")
        return p

    def _lines(self):
        text = self.text
        for m in re.finditer(r"[^\n]*(?:\n|$)", text):
            s, e = m.start(), m.end()
            if s == e and s == len(text):
                break
            line_end = e - 1 if text[s:e].endswith("\n") else e
            if any(a <= s and line_end <= b for a, b in self.skip):
                yield None, s, line_end, True
                continue
            if not text[s:line_end].strip():
                yield None, s, line_end, True
                continue
            yield self._line(s, line_end), s, line_end, False

    # -- main loop --------------------------------------------------------------------------------
    def read(self) -> list[Fact]:
        ctx = _Context()
        prev_row = False
        fragments: list[_Line] = []   # short lines without figures since the last blank line (see _wrapped_header)
        for line, s, e, skipped in self._lines():
            if skipped or line is None:
                fragments = []
                continue
            stripped = line.text.strip()
            if not stripped:
                continue
            if re.fullmatch(r"[|:\-+= \t]+", stripped):   # |---|---| separator rows
                continue
            self._sections(line, ctx)
            self._anchor(line)
            if line.cells is None:
                if line.marker and line.marker[0]:
                    self.disposals = False      # a new numbered question starts afresh
                if _ACQUIRED.search(line.text):
                    self.disposals = False
                elif (gone := _NOT_ACQUIRED.search(line.text)) is not None:
                    self.disposals = True
                    self.disposal_verb = " ".join(gone.group(0).lower().split())
                if not line.values:
                    # each heading starts or ends a section of descriptions; one that names periods or
                    # measures heads figures
                    self.describing = bool(_DESCRIBING.match(stripped)) and not line.periods \
                        and measure_of(stripped) is None and not line.subjects
            self.loose_figures.extend(v.start for v in line.values[:50] if not v.zero and not v.word
                                      and _d1_says_figure(self.text, v))
            if line.cells is not None:
                if not prev_row and fragments and line.values:
                    self._wrapped_header(fragments, line, ctx)
                fragments = []
                self._row(line, ctx, prev_row)
                prev_row = True
                continue
            was_row, prev_row = prev_row, False
            fragments = [*fragments, line] if not line.values and len(stripped) <= 30 else []
            carry, ctx.carry = ctx.carry, None
            if not line.values or (line.marker and stripped.endswith("?")):
                # a restated question ("Q1a. How many laptops ... in the last three years?") heads its answer
                table = (ctx.columns, ctx.columns_are_cells)
                self._heading(line, ctx)
                if was_row and table[1] and not line.values and not line.periods and len(line.subjects) == 1:
                    # "Tablet computers" / "5 | 40 | £320": a row whose label a PDF put on a line of its own
                    ctx.columns, ctx.columns_are_cells = table
            else:
                # a PDF line wrapped mid-sentence: "... 426 laptops at an average" / "cost of £650 each."
                # ("b) Tablets: none" starts a new item, however the line above ended)
                self._value_line(line, ctx, carry if re.match(r"\s*[a-z£(]", line.text) and not line.marker else None)
            stripped_end = line.text.rstrip()
            if len(stripped_end.strip()) > 50 and not re.search(r"[.!?:;]$", stripped_end):
                ctx.carry = (line.subjects[-1][2] if line.subjects else (carry[0] if carry else None),
                             line.periods[-1] if line.periods else (carry[1] if carry else None))
        if ctx.sections_repeat:
            self._reattach(ctx)
        self._harmonise()
        self._sum_line_items()
        self.facts.sort(key=lambda f: f.start)
        self.facts = conflicts.across_measures(self.facts, self.text)
        return self.facts

    def _sections(self, line: _Line, ctx: _Context) -> None:
        """What a line's question number or letter starts, and whether the lines above it speak of buying."""
        self.line = line
        if line.marker and line.marker[0]:
            self.buying_headings.clear()
            self.group = re.match(r"\d*", line.marker[0]).group(0) or self.group
            self.section = self._question_of(line, self.survey.question(f"{int(line.marker[0])}{line.marker[1] or ''}"))
            self.section_line = line.start
            if line.values:
                ctx.measure = None      # "2. a) Number of Zoom accounts created: 0": question 1's cost is over
        elif line.marker and line.marker[1] and self.group:
            q = self._question_of(line, self.survey.question(f"{self.group}{line.marker[1]}"))
            if q is not None:
                self.section, self.section_line = q, line.start
        q = self.section if line.marker and self.section_line == line.start else None
        if q is not None and line.values and (not line.subjects or q.subject in {k for _, _, k in line.subjects}):
            # "4. 2019 - NIL, 2020 - 6, 2021 - 15", or "a) 0" under "2. ... a Number of Zoom accounts created": an
            # answer on its question's numbered line (its figures say their own measure unless the question asks
            # for one only)
            ctx.subject, ctx.subject_fresh = q.subject, True
            ctx.measure = q.measures[0] if len(q.measures) == 1 else None
        if not line.values:
            self.buying_headings = [*self.buying_headings[-2:], bool(_ACQUIRED.search(line.text))]

    def _row_number(self, v: Value, us: int) -> bool:
        """A small whole number that starts a row and is followed by its label's words."""
        return (not v.money and not v.word and v.value.is_integer() and 0 < v.value < 100
                and not self.text[us:v.start].strip() and re.match(r"[ \t]+[A-Za-z]{2}", self.text[v.end:v.end + 4])
                is not None)

    def _period_after(self, line: _Line, unit: tuple[int, int]) -> Period | None:
        """"5,378 Penalty Notices successfully appealed ... stages. Financial year 21/22": a period standing alone
        after the sentence, on its line, is the sentence's."""
        us, ue = unit
        periods = [p for p in line.periods if us <= p.start < ue]
        if len(periods) != 1:
            return None
        p = periods[0]
        rest = self.text[us:p.start] + " " + self.text[p.end:ue]
        alone = re.fullmatch(r"[\W_]*(?:(?:financial|calendar)\s+year|fy|year)?[\W_]*", rest, re.IGNORECASE)
        return p if alone else None

    def _answer_after_question(self, line: _Line, v: Value) -> str | None:
        """"2. How many Charge Certificates (related to Penalty Charge Notices) were issued ...? 217": the figure
        right after the question its line's number heads is that question's, whatever subjects the question's
        words name."""
        q = self.section
        if q is None or not line.marker or self.section_line != line.start or not line.asked:
            return None
        ends = [b for a, b in line.asked if b <= v.start]
        if not ends or not re.fullmatch(r"[\s:=\-\u2013\u2014]*", self.text[max(ends):v.start]):
            return None
        return q.subject

    def _asked_spans(self, raw: str) -> list[tuple[int, int]]:
        """The parts of a line that ask rather than answer: a sentence ending in "?" ("For 2016 which five sites
        have been responsible for the most PCNs?"), or a line that restates a survey question up to a colon
        ("A) Copies of the last 10 tribunal decisions for parking PCNs where:"). Their numbers are the
        request's, not figures."""
        spans = asking_spans(raw)
        stripped = raw.rstrip()
        if stripped.endswith(":") and not spans:
            words = _content_words(stripped)
            if len(words) >= 4 and any(len(words & qw) >= 0.7 * len(words) for qw in self.question_words.values()):
                spans.append((0, len(stripped)))
        return spans

    def _question_of(self, line: _Line, numbered):
        """The survey question a numbered line heads: the one its number names, unless the words after the
        number are another question's ("2. The number of children's social workers employed individually
        through an agency ..." answering the survey's question 5 in the council's own numbering)."""
        words = _content_words(line.text[:300])
        if len(words) < 4:
            return numbered
        scores = {q.id: len(words & self.question_words[q.id]) / max(1, len(self.question_words[q.id]))
                  for q in self.survey.questions}
        best = max(scores, key=lambda k: scores[k]) if scores else None
        own = scores.get(numbered.id, 0.0) if numbered is not None else 0.0
        if best is None or scores[best] < 0.5 or scores[best] < own + 0.15:
            return numbered
        other = self.survey.question(best)
        said = measure_of(line.text[:300])
        money = {"total_cost_gbp", "unit_cost_gbp"}
        if numbered is not None and said in ("total_cost_gbp", "unit_cost_gbp", "cost") \
                and money & set(numbered.measures) and not money & set(other.measures):
            return numbered     # "3. Total Income for Fixed Penalty Notices ...": question 3's money, not 2's count
        return other

    def _anchor(self, line: _Line) -> None:
        questions = {self.survey.question_for(k) for _, _, k in line.subjects} - {None}
        if len(questions) > 1:
            # "Cyber security software | uses the tools in its Microsoft 365 licensing": the label leads
            lead = len(line.text) - len(line.text.lstrip())
            m = _MARKER.match(line.text)
            if m and m.end() > m.start():
                lead = max(lead, m.end())
            first = line.subjects[0]
            if first[0] - line.start <= lead + 2:
                questions = {self.survey.question_for(first[2])} - {None}
        if line.marker and self.section is not None and self.section_line == line.start and (
                self.section.subject in {k for _, _, k in line.subjects} or not line.subjects
                or len(line.text.strip()) <= 60):
            # the question this number heads (its own, or the one its words restate), before the first question
            # that asks about its subject
            self.anchors.append((line.start, self.section.id, "marker"))
        elif len(questions) == 1:
            self.anchors.append((line.start, questions.pop(), "subject"))
        elif line.marker and line.marker[0] and line.marker[1]:
            qid = f"{int(line.marker[0])}{line.marker[1]}"
            if self.survey.question(qid):
                self.anchors.append((line.start, qid, "marker"))
        elif line.marker and line.marker[1] and not line.marker[0]:
            self.anchors.append((line.start, None, f"letter:{line.marker[1]}"))
        elif line.marker and line.marker[0]:
            self.anchors.append((line.start, None, f"number:{int(line.marker[0])}"))

    def _heading(self, line: _Line, ctx: _Context) -> None:
        text = line.text.strip()
        q = self.section if line.marker and self.section_line == line.start else None
        # a question restated with its dates ("3. How many children ... between 1 January 2023 and 31st December
        # 2023?") is not a header of period columns
        asking = text.endswith("?") and bool(line.asked)
        if q is not None and (len(line.periods) < 2 or asking) and (
                not line.subjects or q.subject in {k for _, _, k in line.subjects}):
            # "Q2." (or "2. How many FPNs ...?", however long) over "2020/2021 - 40": the figures under a
            # question's number are that question's, in its measure when it asks for one only
            if ctx.sections_repeat:
                self._reattach(ctx)
            ctx.detached = None
            ctx.period = self._as_asked(q, line.periods[0]) if len(line.periods) == 1 else None
            ctx.period_group = None
            if not self._part_of_year_table(text, ctx):
                ctx.columns = []
            # a long restated question does not make the prose after it its answer; a short line does
            ctx.subject, ctx.subject_fresh = q.subject, len(text) <= 90
            ctx.measure = _asked_measure(q, text)
            return
        # a long line is prose, not a heading, unless it is a question restated above its answer
        # ("Q1a. How many laptops did the council buy in each of the last three years?" / "A: ...")
        if len(text) > 90 and not (line.marker and text.endswith("?") and len(text) <= 200):
            # a long single-spaced header of phrase columns under a period label is still a header
            if len(text) <= 200 and line.subjects and not line.periods:
                if not self._measure_header(line, ctx):
                    self._phrase_header(line, ctx, repeated=True)
            return
        measure = measure_of(text)
        subjects = {k for _, _, k in line.subjects}
        if len(line.periods) >= 2:
            # "Device 2018-19 2019-20 2020-21 Unit cost (including VAT)": a column per period, and one per
            # measure named after or between them (a price column has no period)
            cols: list[_Column] = []
            tabular = True     # nothing but periods and measure names: a header row, not a sentence
            for i, p in enumerate(line.periods):
                between = self.text[line.periods[i - 1].end:p.start].strip(" \t,|") if i else ""
                if between and measure_of(between):
                    cols.append(_Column(measure=measure_of(between), text=between))
                elif between:
                    tabular = False
                cols.append(_Column(period=p, text=p.label))
            tail = self.text[line.periods[-1].end:line.end].strip()
            if tail and measure_of(tail):
                cols.append(_Column(measure=measure_of(tail), text=tail))
            elif tail:
                tabular = False
            ctx.columns = cols
            ctx.columns_are_cells = False
            ctx.columns_tabular = tabular
            return
        if len(line.periods) == 1:
            self._reattach(ctx)
            ctx.period = line.periods[0]
            ctx.period_group = None
            ctx.measure_heading_since_period = False
            if measure in ("unit_cost_gbp", "total_cost_gbp", "cost", "count"):
                ctx.measure = measure
            else:
                ctx.measure = None
            if len(subjects) == 1:
                ctx.subject = next(iter(subjects))
            return
        if self._breakdown_header(line, ctx):
            return
        if len(line.subjects) >= 2 and not line.periods and self._subject_header(line, ctx):
            # the same header read as phrase columns ("Total Laptop Spend Total Laptop Purchased ..."): a row
            # with as many figures as phrases is read by them
            words = ctx.columns
            if self._phrase_header(line, ctx, repeated=True):
                ctx.columns, ctx.alt_columns = words, (words, ctx.columns)
            return
        if line.subjects and not line.periods and (self._measure_header(line, ctx)
                                                   or self._phrase_header(line, ctx, repeated=True)):
            return
        if line.subjects and not line.periods and self._phrase_header(line, ctx, repeated=False):
            return
        if len(subjects) == 1 and not _ANSWERED.search(text):
            ctx.subject = next(iter(subjects))
            ctx.subject_fresh = True
            if not self._part_of_year_table(text, ctx):
                ctx.columns = []
        elif subjects or line.marker:
            ctx.subject = None
        if line.marker and not subjects:
            # a new numbered question starts a new section: nothing carries over into it
            if ctx.sections_repeat:
                self._reattach(ctx)
            ctx.detached = None
            ctx.period = None
            ctx.measure = None
            ctx.columns = []
            return
        if len(text) > 40 or (re.match(r"\s*[a-z]", text) and not line.marker):
            return   # long, or the rest of a heading a PDF wrapped ("estimated cost for each purchase")
        if measure in ("unit_cost_gbp", "total_cost_gbp", "cost", "count"):
            # a "Costs:" section after several year sections stands apart from them; inside a year
            # that is itself split by measure ("2019-20 / Number: / Cost:") it stays in that year
            if ctx.period is not None and not ctx.measure_heading_since_period and not subjects:
                # ... unless another year section follows: then this section belonged to the year above
                ctx.detached = (ctx.period, len(self.facts))
                ctx.period = None
            ctx.measure = measure
            ctx.measure_heading_since_period = True

    def _breakdown_header(self, line: _Line, ctx: _Context) -> bool:
        """"Ethnicity Number of pregnant households" under "2. ... a breakdown by ethnicity of the number of
        pregnant individuals": a header that names what the numbered question breaks down by, then the count
        of what is broken down. The rows under it ("White 11") are that question's breakdown."""
        sec = self.section
        if sec is None or line.marker or line.periods or len(line.subjects) < 2 \
                or line.subjects[0][2] != sec.subject:
            return False
        between = self.text[line.subjects[0][1]:line.subjects[1][0]]
        if not re.fullmatch(r"\s*(?:number|no\.?|count|total)\s+of\s*", between, re.IGNORECASE) \
                or line.text[:line.subjects[0][0] - line.start].strip():
            return False
        ctx.subject, ctx.subject_fresh = sec.subject, True
        ctx.columns = []
        return True

    @staticmethod
    def _part_of_year_table(text: str, ctx: _Context) -> bool:
        """"2018/19 2019/20 2020/21" / "1 Income ...: 872,962 875,487 98,559" / "2(a) Excess Charge Notices:" /
        "No Valid Ticket Display 1,505 1,054 244": a short label ending in a colon heads a part of the same
        table of years, whose header still holds."""
        return (text.endswith(":") and len(text) <= 60 and ctx.columns_tabular and not ctx.columns_are_cells
                and sum(c.period is not None for c in ctx.columns) >= 2)

    def _subject_header(self, line: _Line, ctx: _Context) -> bool:
        """"Year Laptops Tablets Mobiles": a single-spaced header of one column per subject (after at most
        a short row label), so the rows below ("2019/20 - 14 Nil") are read by column."""
        label = self.text[line.start:line.subjects[0][0]].strip()
        if len(label.split()) > 3 or _ANSWERED.search(line.text):
            return False
        cols: list[_Column] = []
        for i, (a, b, k) in enumerate(line.subjects):
            between = self.text[line.subjects[i - 1][1]:a].strip(" \t,|") if i else ""
            if between and measure_of(between):
                cols.append(_Column(measure=measure_of(between), text=between))
            elif between:
                return False
            cols.append(_Column(subject=k, text=self.text[a:b]))
        tail = self.text[line.subjects[-1][1]:line.end].strip()
        if tail and not measure_of(tail):
            return False
        if tail:
            cols.append(_Column(measure=measure_of(tail), text=tail))
        ctx.columns, ctx.columns_are_cells, ctx.columns_tabular = cols, False, True
        ctx.subject = None
        return True

    def _measure_header(self, line: _Line, ctx: _Context) -> bool:
        """A single-spaced header whose columns each start with a capitalised measure word, over rows that start
        with their period: "Number of mobile phones purchased Cost (£) Number of Laptops purchased Cost (£)
        ... Total (£)". A cost column that names no subject is the cost of the count column before it."""
        text = self.text[line.start:line.end]
        if line.periods or len(line.subjects) < 2 or _ANSWERED.search(text) or re.search(r"\d|[.;!?](?:\s|$)", text):
            return False
        lead = len(text) - len(text.lstrip())
        starts = [m.start() for m in _MEASURE_START.finditer(text)]
        if len(starts) < 3 or starts[0] != lead:
            return False
        parts = self._header_parts(line, [line.start + st for st in starts] + [line.end])
        if parts is None or any(measure is None for _, measure, _ in parts):
            return False
        cols: list[_Column] = []
        counted: str | None = None      # the subject of the last count column
        for subject, measure, chunk in parts:
            if _BARE_TOTAL.fullmatch(chunk):
                measure = "sum"      # "Total (£)" at the end of the row: the row's total, not a subject's
            if measure == "count":
                counted = subject
            elif subject is None and measure != "sum":
                subject = counted
            cols.append(_Column(subject=subject, measure=None if measure == "sum" else measure, text=chunk))
        return self._use_columns(ctx, cols)

    def _header_parts(self, line: _Line, bounds: list[int]) -> list[tuple[str | None, str | None, str]] | None:
        """(subject, measure, text) of each header column between ``bounds``; None when a column names two
        subjects (then the line is not such a header)."""
        parts = []
        for a, b in zip(bounds, bounds[1:]):
            subjects = {k for st, _, k in line.subjects if a <= st < b}
            if len(subjects) > 1:
                return None
            chunk = self.text[a:b].strip()
            parts.append((next(iter(subjects), None), measure_of(chunk), chunk))
        return parts

    @staticmethod
    def _use_columns(ctx: _Context, cols: list[_Column]) -> bool:
        """Make ``cols`` the columns of the rows below, when there are two or more and one names a subject."""
        if len(cols) < 2 or not any(c.subject for c in cols):
            return False
        ctx.columns, ctx.columns_are_cells, ctx.columns_tabular = cols, False, True
        ctx.subject = None
        return True

    def _phrase_header(self, line: _Line, ctx: _Context, repeated: bool) -> bool:
        """A single-spaced header under a period label whose columns are phrases or other things than the
        survey's subjects: "Year Total Laptop Spend Total Laptop Purchased Total Desktop Spend ..." (the first
        word repeats at the start of every column) or "Year Laptops Desktops" (one capitalised word per
        column). A column with no subject of the survey is still a column: its figures are skipped."""
        text = self.text[line.start:line.end]
        lead = len(text) - len(text.lstrip())
        label = _PERIOD_LABEL.match(text, lead)
        if not label or _ANSWERED.search(text) or re.search(r"[.;:!?]\s|[.;:!?]$|\d|£", text.strip()):
            return False
        rest = line.start + label.end()
        words = list(re.finditer(r"\S+", self.text[rest:line.end]))
        if len(words) < 2:
            return False
        first = words[0].group(0).lower()
        starts = [w for w in words if w.group(0).lower() == first]
        if len(starts) >= 2 and words[0].group(0)[:1].isupper():
            bounds = [rest + w.start() for w in starts]
        elif repeated:
            return False
        elif all(w.group(0)[:1].isupper() for w in words) and len(words) <= 8:
            bounds = [rest + w.start() for w in words]
        else:
            return False
        # "Year Amount Paid": a subject's words ("amount paid") are one column, not one column a word
        bounds = [b for b in bounds if not any(a < b < e for a, e, _ in line.subjects)]
        bounds.append(line.end)
        parts = self._header_parts(line, bounds)
        if parts is None:
            return False
        return self._use_columns(ctx, [_Column(subject=subject, measure=None if measure == "sum" else measure,
                                               text=chunk) for subject, measure, chunk in parts])

    def _reattach(self, ctx: _Context) -> None:
        """A year heading after a detached "Costs:" section: the year sections repeat, so the figures of
        that section (given no period) belong to the year above it."""
        if ctx.detached is None:
            return
        period, first = ctx.detached
        ctx.detached = None
        ctx.sections_repeat = True
        for i in range(first, len(self.facts)):
            f = self.facts[i]
            if f.period is None:
                self.facts[i] = replace(f, period=period.label, period_start=period.first.isoformat(),
                                        period_end=period.last.isoformat(), partial=period.partial)

    # -- table rows -------------------------------------------------------------------------------
    def _cell_column(self, line: _Line, cs: int, ce: int, header: bool = False) -> _Column:
        text = self.text[cs:ce]
        col = _Column(text=text)
        col.period = next((p for p in line.periods if cs <= p.start < ce), None)
        col.subject = next((k for a, b, k in line.subjects if cs <= a < ce), None)
        if header:
            col.subject = self._section_subject_in(text, col.subject)
        col.measure = measure_of(text)
        return col

    def _section_subject_in(self, text: str, found: str | None) -> str | None:
        """"4. Year | Number of children housed in Temporary Accommodation" answering "4. How many children were
        housed in temporary accommodation": the words name question 2's "number of children" first, but also
        question 4's own "children housed in temporary accommodation"; under question 4's number, its own."""
        sec = self.section
        if found is None or sec is None or found == sec.subject:
            return found
        rx = self._subject_rx.get(sec.subject)
        if rx is None:
            syns = self.survey.subjects[sec.subject].synonyms if sec.subject in self.survey.subjects else ()
            rx = re.compile(r"(?<![\w-])(?:" + "|".join(syns) + r")(?![\w-])", re.IGNORECASE) if syns else \
                re.compile(r"(?!x)x")
            self._subject_rx[sec.subject] = rx
        return sec.subject if rx.search(text) else found

    def _row(self, line: _Line, ctx: _Context, continuing: bool) -> None:
        assert line.cells is not None
        cells = line.cells
        value_cells = [i for i, (cs, ce) in enumerate(cells) if any(cs <= v.start < ce for v in line.values)]
        if not value_cells:
            cols = [self._cell_column(line, cs, ce, header=True) for cs, ce in cells]
            if (continuing and ctx.columns_are_cells and cols[0].subject
                    and not any(c.period or c.measure for c in cols)):
                return      # "Laptops | N/A | N/A": a row of the table with no figures, not a new header
            if (continuing and ctx.columns_are_cells and len(cols) == len(ctx.columns) + 1
                    and ctx.columns and ctx.columns[0].period and cols[0].text.strip() and not cols[0].period
                    and all(c.period or c.measure == "sum" or not c.text.strip() for c in ctx.columns)):
                # "| 2020/21 | ... | Total |" over "| FPN Type | Number | ... | Number |": the header of periods
                # has no cell over the rows' labels
                ctx.columns = [_Column()] + ctx.columns
            if (continuing and ctx.columns_are_cells and len(cols) > len(ctx.columns)
                    and all(c.period or not c.text.strip() for c in ctx.columns)):
                # a header row of periods loses its empty cells at the end ("\t2018/19\t\t2019/20"), the row
                # of measures under it does not
                ctx.columns = ctx.columns + [_Column() for _ in range(len(cols) - len(ctx.columns))]
            if continuing and ctx.columns_are_cells and len(cols) == len(ctx.columns):
                # a second header row: periods carried over, measures added
                merged = []
                last_period = None
                years = [c.period for c in ctx.columns if c.period]
                for old, new in zip(ctx.columns, cols):
                    period = new.period or old.period
                    if period is None and old.measure == "sum" and len(years) >= 2 and new.measure != "sum":
                        # "Total" over "Number": the count over all the years of the header
                        period = _span(years[0], years[-1])
                    merged.append(_Column(period, new.subject or old.subject, new.measure or old.measure,
                                          f"{old.text} {new.text}".strip()))
                for col in merged:
                    if col.period is None and last_period is not None and col.measure not in (None, "sum"):
                        col.period = last_period
                    last_period = col.period or last_period
                ctx.columns = merged
            else:
                if not any(c.period or c.subject or c.measure for c in cols):
                    # a header with no periods, subjects or measures ("Question | Response") starts a new
                    # table: the last table's columns stop here
                    ctx.columns = []
                    ctx.columns_are_cells = False
                    self._heading(line, ctx)
                    return
                ctx.columns = cols
                ctx.columns_are_cells = True
            return
        header = ctx.columns if ctx.columns_are_cells else []
        if header and len(cells) < len(header) - 1:
            header = []     # this row belongs to another, narrower table
        offset = 0
        if header:
            if len(cells) == len(header) + 1:
                offset = 1
            elif len(cells) + 1 == len(header):
                offset = -1
        counted = any(c.measure == "count" for c in header)
        if counted:
            # "Laptop - Dell Latitude 5400" under "Item", in a table with a Quantity column: a name, not a figure
            value_cells = [i for i in value_cells if not (
                0 <= i - offset < len(header) and header[i - offset].text
                and not (header[i - offset].measure or header[i - offset].period or header[i - offset].subject)
                and re.search(r"[A-Za-z]{2}", self.text[cells[i][0]:cells[i][1]]))]
        label_cols = [self._cell_column(line, cs, ce) for i, (cs, ce) in enumerate(cells) if i not in value_cells]
        row_product = self._row_product(line, cells, value_cells, header, offset)
        header_subjects = {c.subject for c in header if c.subject}
        # a purchase list: one dated row per order under a header with a Quantity column
        row_date = next((d for c in label_cols if (d := whole_date(c.text)) is not None), None) if counted else None
        row_subject = next((c.subject for c in label_cols if c.subject), None)
        row_period = next((c.period for c in label_cols if c.period), None)
        row_measure = next((c.measure for c in label_cols if c.measure), None)
        label_is_sum = any(c.measure == "sum" for c in label_cols)
        for i in value_cells:
            cs, ce = cells[i]
            hi = i - offset
            col = header[hi] if header and 0 <= hi < len(header) else _Column()
            cell_first = len(self.facts)
            for v in [v for v in line.values if cs <= v.start < ce]:
                cell_subjects = [m for m in line.subjects if cs <= m[0] < ce]
                if (v.zero or v.word) and not self._cell_answer(v, cs, ce, cell_subjects):
                    continue
                cell_subject = next((k for a, b, k in line.subjects if cs <= a < ce), None)
                subject = cell_subject or row_subject or col.subject
                inferred_subject = False
                if subject is None and col.measure in ("cost", "unit_cost_gbp", "total_cost_gbp") \
                        and len(header_subjects) == 1:
                    # "Year | Laptops | Cost": the one device the header names is what the cost is of
                    subject, inferred_subject = next(iter(header_subjects)), True
                if subject is None and ctx.subject and not label_is_sum:
                    subject, inferred_subject = ctx.subject, True
                total_of = self._total_subject() if label_is_sum and subject is None else None
                if total_of is not None:
                    subject, inferred_subject = total_of, True
                as_total = col.measure == "sum" and row_product is not None and abs(v.value - row_product) <= \
                    0.01 * max(v.value, 1)
                if subject is None or label_is_sum and total_of is None \
                        or col.measure == "sum" and not v.money and not as_total and total_of is None:
                    continue
                period = self._cell_period(v, [p for p in line.periods if cs <= p.start < ce]) or col.period \
                    or row_period
                period_inferred = False
                if period is None and ctx.period is not None:
                    period = self._context_period(ctx, subject)
                    period_inferred = period is not None
                measure_hint = "total_cost_gbp" if as_total else \
                    col.measure if col.measure not in (None, "sum") else row_measure
                if measure_hint is None or measure_hint == "count":
                    measure_hint = measure_hint or ctx.measure
                conf = 0.95 - (0.05 if period_inferred else 0) - (0.1 if period is None else 0) \
                    - (0.1 if inferred_subject else 0) - (0.1 if not header and not row_subject else 0)
                before = len(self.facts)
                self._emit(v, subject, period, measure_hint, (line.start, line.end), conf, window=self.text[cs:ce])
                if row_date is not None and period is None and len(self.facts) > before:
                    self.line_items[len(self.facts) - 1] = row_date
                guessed = measure_hint not in ("unit_cost_gbp", "total_cost_gbp") and not (
                    _UNIT_CUE.search(self.text[cs:ce]) or _TOTAL_CUE.search(self.text[cs:ce]))
                if (guessed and header and 0 <= hi < len(header) and len(self.facts) > before
                        and self.facts[-1].measure in ("unit_cost_gbp", "total_cost_gbp")):
                    # columns with the same heading ("Cost (£)" under each year) hold the same kind of amount
                    heading = col.text.replace(col.period.label, " ") if col.period else col.text
                    self.guessed_by_column.setdefault(" ".join(heading.lower().split()) or id(col), []).append(
                        len(self.facts) - 1)
            conflicts.in_one_cell(self.facts, cell_first)   # "Laptops | 120 (150)"

    def _wrapped_header(self, fragments: list[_Line], row: _Line, ctx: _Context) -> None:
        """A table whose header cells wrapped in a PDF comes out as short lines, one piece of a cell each
        ("Device" / "Number" / "purchased" / "2019/20" / "Number" / "purchased" / "2020/21" / "Average unit cost" /
        "(£)"), before its first row ("Laptops | 120 | 860 | £645"). When the pieces split after each period
        into as many columns as the row has figures, they are its header: each column has its period and
        measure, and the period and measure the pieces set as headings are undone."""
        if len(fragments) < 3 or ctx.columns_are_cells:
            return
        groups: list[list[_Line]] = [[]]
        for f in fragments:
            groups[-1].append(f)
            if f.periods:
                groups.append([])
        if not groups[-1]:
            groups.pop()
        n_values = sum(1 for cs, ce in row.cells if any(cs <= v.start < ce for v in row.values))
        if len(groups) != n_values or sum(1 for g in groups if any(f.periods for f in g)) < 2:
            return
        cols = [_Column()]   # the row's label cell
        for g in groups:
            text = " ".join(f.text.strip() for f in g)
            period = next((p for f in g for p in f.periods), None)
            cols.append(_Column(period=period, subject=next((k for f in g for _, _, k in f.subjects), None),
                                measure=measure_of(text), text=text))
        ctx.columns, ctx.columns_are_cells = cols, True
        ctx.period = ctx.measure = ctx.detached = None
        ctx.measure_heading_since_period = False

    def _row_product(self, line: _Line, cells, value_cells: list[int], header: list[_Column], offset: int
                     ) -> float | None:
        """Quantity × unit price of a row under a header with a count column and a price-each column: a
        "Total" cell equal to it is the row's total cost, not a sum of counts."""
        found: dict[str, float] = {}
        for i in value_cells:
            if 0 <= i - offset < len(header) and header[i - offset].measure in ("count", "unit_cost_gbp"):
                cs, ce = cells[i]
                vals = [v for v in line.values if cs <= v.start < ce]
                if len(vals) == 1:
                    found.setdefault(header[i - offset].measure, vals[0].value)
        return found["count"] * found["unit_cost_gbp"] if len(found) == 2 else None

    def _sum_line_items(self) -> None:
        """Rows of a purchase list ("2019-05-12 | Laptop - Dell Latitude 5400 | 40 | £712.50 | £28,500") become
        one figure per device and period: quantities and totals summed over the orders dated in each period the
        survey asks for (else each calendar year), the price each their total over their quantity (approximate)
        or, with no totals, the one price they all share. The quote runs from the first order to the last."""
        if not self.line_items:
            return
        groups: dict[tuple[str, str], list[int]] = {}
        spans: dict[str, tuple[date, date]] = {}
        for i, day in self.line_items.items():
            asked = next((p for p in self.survey.periods if p.start <= day <= p.end), None)
            label, first, last = (asked.label, asked.start, asked.end) if asked else (
                str(day.year), date(day.year, 1, 1), date(day.year, 12, 31))
            spans[label] = (first, last)
            groups.setdefault((self.facts[i].subject, label), []).append(i)
        summed: list[Fact] = []
        for (subject, label), indexes in groups.items():
            members = [self.facts[i] for i in indexes]
            first, last = spans[label]
            start, end = min(f.start for f in members), max(f.end for f in members)
            by_measure: dict[str, list[Fact]] = {}
            for f in members:
                by_measure.setdefault(f.measure, []).append(f)
            values: dict[str, tuple[float, bool]] = {}
            for m in ("count", "total_cost_gbp"):
                if m in by_measure:
                    values[m] = (sum(f.value for f in by_measure[m]), any(f.approx for f in by_measure[m]))
            if "unit_cost_gbp" in by_measure:
                prices = {f.value for f in by_measure["unit_cost_gbp"]}
                if len(prices) == 1:
                    values["unit_cost_gbp"] = (prices.pop(), any(f.approx for f in by_measure["unit_cost_gbp"]))
                elif values.get("count", (0,))[0] and "total_cost_gbp" in values:
                    values["unit_cost_gbp"] = (round(values["total_cost_gbp"][0] / values["count"][0], 2), True)
            for m, (value, approx) in values.items():
                model = by_measure[m][0]
                summed.append(replace(
                    model, period=label, period_start=first.isoformat(), period_end=last.isoformat(), value=value,
                    approx=approx, quote=self.text[start:end], start=start, end=end, partial=False,
                    confidence=round(max(0.05, min(f.confidence for f in members) - 0.05), 2)))
        drop = set(self.line_items)
        self.facts = [f for i, f in enumerate(self.facts) if i not in drop] + summed

    def _harmonise(self) -> None:
        """One column of amounts is all prices each or all totals: where the guess (from each row's count)
        differs between rows of a column headed only "Laptops (£)", the rows' majority decides ("10 | 3500"
        under it, next to "25 | 8250" and "60 | 19800", is a total too)."""
        for indexes in self.guessed_by_column.values():
            measures = Counter(self.facts[i].measure for i in indexes)
            if len(indexes) < 3 or len(measures) < 2:
                continue
            (major, n), (_, m) = measures.most_common(2)
            if n == m:
                continue
            for i in indexes:
                f = self.facts[i]
                if f.measure != major:
                    self.facts[i] = replace(f, measure=major, confidence=round(max(0.05, f.confidence - 0.1), 2))

    def _cell_period(self, v: Value, periods: list[Period]) -> Period | None:
        """The period of a figure in a table cell. A cell with several periods is a list ("2018/19: 95
        2019/20: 143 2020/21: 702 Average cost per laptop £612", a Word cell of several paragraphs): a figure
        takes the period written right before it ("2019/20: 143") or right after it in brackets ("143
        (2019/20)"), and one with words between ("... per laptop £612") takes none of them."""
        if len(periods) < 2:
            return periods[0] if periods else None
        before = [p for p in periods if p.end <= v.start]
        if before and re.fullmatch(r"[\s:=\-–—]*", self.text[before[-1].end:v.start]):
            return before[-1]
        after = next((p for p in periods if p.start >= v.end), None)
        if after and re.fullmatch(r"\s*\(\s*", self.text[v.end:after.start]):
            return after
        return None

    # -- list lines and prose ---------------------------------------------------------------------
    def _units(self, line: _Line) -> list[tuple[int, int]]:
        text = line.text
        units = []
        begin = 0
        for m in re.finditer(r"[.!?;]\s+(?=[A-Z(£0-9\"'])", text):
            before = text[max(0, m.start() - 8):m.start() + 1].lower()
            if re.search(r"(?:\b(?:approx|c|ca|est|no|e\.g|i\.e|etc|mr|mrs|dr|st|fig|vol|inc|incl|exc|excl|"
                         r"ref|tel|nos|qty|avg|vs|v|s|ss|reg|sec|para)\.)$", before):
                continue
            units.append((line.start + begin, line.start + m.end()))
            begin = m.end()
        units.append((line.start + begin, line.end))
        return units

    def _value_line(self, line: _Line, ctx: _Context, carry: tuple[str | None, Period | None] | None = None) -> None:
        fresh = ctx.subject_fresh          # the line right under a heading that named the subject
        ctx.subject_fresh = False
        # "Laptops: 2019/20 - 300; 2020/21 - 1,100": the subject carries on (also from a wrapped line above)
        line_subject: str | None = carry[0] if carry else None
        carried_period = carry[1] if carry else None
        v_starts = [v.start for v in line.values]
        s_starts = [m[0] for m in line.subjects]
        p_starts = [p.start for p in line.periods]
        units = self._units(line)
        for n_unit, (us, ue) in enumerate(units):
            # a "sentence" with hundreds of figures is a data dump; read its first figures only
            values = _slice(line.values, v_starts, us, ue)[:MAX_VALUES_PER_UNIT]
            after = self._period_after(line, units[n_unit + 1]) if n_unit + 1 < len(units) and values else None
            subjects = _slice(line.subjects, s_starts, us, ue)
            periods = _slice(line.periods, p_starts, us, ue)
            if not values:
                if subjects:
                    line_subject = subjects[-1][2]
                continue
            unit_text = self.text[us:ue]
            # words around the figures, without the figures, subjects and periods
            bare = unit_text
            for a, b in sorted([(v.start, v.end) for v in values] + [(a, b) for a, b, _ in subjects]
                               + [(p.start, p.end) for p in periods], reverse=True):
                bare = bare[:a - us] + " " + bare[b - us:]
            short = len(bare.strip()) <= 60
            prose = not short
            numeric = [v for v in values if not v.zero]
            # "Laptops 54 61 233" under a header of years (a PDF keeps single spaces between columns)
            period_columns = [c for c in ctx.columns if c.period is not None]
            if period_columns and len(numeric) == len(period_columns) + 1 and numeric[0] is values[0] \
                    and self._row_number(values[0], us):
                # "1 Income generated from motor expenses: 872,962 875,487 98,559": the row's number
                values, numeric = values[1:], numeric[1:]
            slot_cols, row_period = self._slots(line, ctx, values, subjects, periods, us, ue)
            # ...but "Laptops £650, Tablets £300, Mobile phones £150" after that table is a figure per device
            positional = not slot_cols and (len(period_columns) >= 2 and not periods and len(numeric) == len(period_columns)
                          and len({k for _, _, k in subjects}) <= 1
                          and (not ctx.columns_are_cells or len(period_columns) == len(ctx.columns) - 1
                               or len(period_columns) == len(ctx.columns)))
            # "Couple (with children) 10 7 <5* <5* <5* 28" under "2018-19 ... 2022-23 Grand Total": a withheld
            # "<5*" or a "-" still fills its column, and the last column is the row's total over the years
            cells: list[int] = []
            if not positional and not slot_cols and len(period_columns) >= 2 and not periods and values \
                    and not ctx.columns_are_cells and len({k for _, _, k in subjects}) <= 1:
                first = values[0].start
                cells = sorted([v.start for v in values] + [us + m.start() for m in _PLACEHOLDER.finditer(unit_text)
                                                            if us + m.start() > first])
                total_column = len(ctx.columns) == len(period_columns) + 1 and ctx.columns[-1].measure == "sum"
                if len(cells) not in (len(period_columns), len(period_columns) + total_column):
                    cells = []
            # "Tablets: 84, 87 and 29 respectively" after a sentence naming the years
            respective: list[Period] = []
            if not periods and len(numeric) >= 2 and re.search(r"\brespectively\b", unit_text, re.IGNORECASE):
                named: list[Period] = []
                for p in line.periods:
                    if p.end <= us and p.label not in [q.label for q in named]:
                        named.append(p)
                if len(named) == len(numeric):
                    respective = named
            unit_keys: set[tuple[str, str | None]] = set()
            for v in values:
                subject, inferred_subject = self._bind_subject(v, values, subjects, unit_text, us)
                answered = self._answer_after_question(line, v)
                if answered is not None:
                    subject, inferred_subject = answered, False
                if v.start in slot_cols and slot_cols[v.start].subject:
                    subject, inferred_subject = slot_cols[v.start].subject, False   # a column per device
                if subject is None:
                    if v.zero and not short:
                        continue
                    if v.zero and not re.fullmatch(r"none|nil|zero|nothing", v.text, re.IGNORECASE):
                        continue      # "no ..." / "do not use ..." must name what it negates
                    if line_subject and (short or carry) and not any(m[1] <= v.start for m in subjects):
                        subject, inferred_subject = line_subject, False
                    elif (short or fresh) and ctx.subject and not subjects:
                        subject, inferred_subject = ctx.subject, True
                    elif fresh and ctx.subject and {k for _, _, k in subjects} == {ctx.subject}:
                        subject, inferred_subject = ctx.subject, False
                    elif not v.money and _TOTAL_LABEL.match(unit_text) and self._total_subject() is not None:
                        subject, inferred_subject = self._total_subject(), True
                    else:
                        continue
                if v.start not in self.rates and not _d1_says_figure(self.text, v):
                    continue
                if not v.money and inferred_subject and _TOTAL_LABEL.match(unit_text) \
                        and not (slot_cols or positional or cells):
                    # "Total 858" under a subject's yearly figures: their sum, not another figure; under a
                    # breakdown ("Tree - 8" ... "Total - 1,137"), the figure the breakdown is of. (A "Grand Total"
                    # row of a table of years sums the rows above, year by year: its figures are the subject's.)
                    subject = self._total_subject()
                    if subject is None:
                        continue
                if any(w.end <= v.start for w in values) and _SUBSET_BEFORE.search(self.text[max(us, v.start - 24):v.start]):
                    continue      # "232 laptops (of which 50 were refurbished)": a part, not another total
                if v.word and not self._word_stands_alone(v, us, subjects):
                    continue
                if inferred_subject and prose and not v.money and _OWN_NOUN.match(self.text, v.end) \
                        and not any(0 < a - v.end <= 2 for a, _, _ in subjects):
                    continue      # "There are 4 locations in the borough": the figure counts a noun of its own
                if not v.money and not v.zero and any(w.end <= v.start and not w.zero for w in values) \
                        and _PLACES_BEFORE.search(self.text[max(us, v.start - 30):v.start]) \
                        and _OWN_NOUN.match(self.text, v.end) \
                        and not any(0 < a - v.end <= 2 for a, _, _ in subjects):
                    continue      # "12 dual socket charge points in 11 council car parks": where they are
                measure_hint = ctx.measure
                if measure_hint in ("unit_cost_gbp", "total_cost_gbp", "cost") and not v.money \
                        and measure_of(unit_text) == "count":
                    measure_hint = "count"   # "Number of new Office 365 accounts purchased: 850" under a costs heading
                if v.start in slot_cols:
                    col = slot_cols[v.start]
                    years = [c.period for c in period_columns]
                    if col.measure == "sum" and len(years) >= 2 and not row_period and not v.zero:
                        # "Lone Parent 114 125 95 107 105 546" under "... 2018-19 ... 2022-23 Grand Total": the
                        # row's total over the years is a figure of the whole span
                        col = _Column(period=_span(years[0], years[-1]), text=col.text)
                    if col.measure == "sum" or (v.zero and col.period is None and col.subject is None):
                        continue      # a row total, or "Nil" under a price
                    period, period_inferred = col.period or row_period, col.period is not None
                    if col.measure not in (None, "count"):
                        measure_hint = col.measure
                elif slot_cols:
                    continue
                elif positional and not v.zero:
                    period = period_columns[numeric.index(v)].period
                    period_inferred = True
                elif cells:
                    i = cells.index(v.start)
                    period = period_columns[i].period if i < len(period_columns) else \
                        _span(period_columns[0].period, period_columns[-1].period)
                    period_inferred = True
                elif respective and not v.zero:
                    period = respective[numeric.index(v)]
                    period_inferred = True
                else:
                    period = self._bind_period(v, values, periods, us, ue)
                    period_inferred = False
                    if period is None and carried_period is not None and not any(p.start < v.start for p in periods):
                        period = carried_period
                    if period is None and after is not None and not periods:
                        period = after
                    if period is None:
                        period, period_inferred = self._context_period(ctx, subject), True
                        if period is None:
                            period_inferred = False
                key = (subject, period.label if period else None)
                if v.zero and key in unit_keys:
                    continue      # "14 tablets in 2020-21 and none in the years before": the none is not 2020-21
                if not v.zero:
                    unit_keys.add(key)
                conf = (0.75 if prose else 0.9) - (0.05 if period_inferred else 0) \
                    - (0.1 if period is None else 0) - (0.1 if inferred_subject else 0) - (0.05 if v.zero else 0)
                lo = max([us] + [w.end for w in values if w.end <= v.start])
                hi = min([ue] + [w.start for w in values if w.start >= v.end])
                self._emit(v, subject, period, measure_hint, (us, ue), conf, window=self.text[lo:hi],
                           last_in_unit=hi == ue)
            if subjects:
                line_subject = subjects[-1][2]

    def _slots(self, line: _Line, ctx: _Context, values: list[Value], subjects: list, periods: list[Period],
               us: int, ue: int) -> tuple[dict[int, _Column], Period | None]:
        """A row of a table whose columns are only single spaces (text copied out of a PDF or an e-mail),
        under a header of periods ("Tablets N/A 51 51 £920" under "Device 2018-19 2019-20 2020-21 Unit cost")
        or of subjects ("2019/20 - 14 Nil" under "Year Laptops Tablets Mobiles"). Word cells (N/A, -, Nil,
        None) are cells too, so the figures after them keep their columns. Returns ({value start: column},
        the period labelling the row) when the row has exactly one cell per column of the header, else {}."""
        none: tuple[dict[int, _Column], Period | None] = ({}, None)
        if ctx.columns_are_cells or not ctx.columns_tabular or line.cells is not None:
            return none
        if ctx.alt_columns and ctx.alt_columns[0] is ctx.columns:
            found = self._slots_by(ctx.alt_columns[1], line, values, subjects, periods, us, ue)
            if found[0]:
                return found
        return self._slots_by(ctx.columns, line, values, subjects, periods, us, ue)

    def _slots_by(self, cols: list[_Column], line: _Line, values: list[Value], subjects: list, periods: list[Period],
                  us: int, ue: int) -> tuple[dict[int, _Column], Period | None]:
        none: tuple[dict[int, _Column], Period | None] = ({}, None)
        by_period = sum(c.period is not None for c in cols) >= 2
        by_subject = sum(c.subject is not None for c in cols) >= 1 and len(cols) >= 2 and not by_period
        row_period = None
        if by_period and not periods and subjects and not re.search(r"\d", self.text[us:subjects[0][0]]):
            label_end = subjects[0][1]
        elif by_period and not periods and not subjects:
            label_end = us
        elif by_subject and not subjects and len(periods) == 1 and not self.text[us:periods[0].start].strip():
            label_end, row_period = periods[0].end, periods[0]
        else:
            return none
        cells: list[tuple[int, Value | None]] = [(v.start, v) for v in values if v.start >= label_end]
        taken = [(v.start, v.end) for v in values]
        for m in _PLACEHOLDER.finditer(self.text, label_end, ue):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                cells.append((m.start(), None))
        if len(cells) != len(cols) or len(cells) < 2:
            return none
        cells.sort(key=lambda c: c[0])
        return {v.start: col for (_, v), col in zip(cells, cols) if v is not None}, row_period

    def _cell_answer(self, v: Value, cs: int, ce: int, cell_subjects: list[tuple[int, int, str]]) -> bool:
        """A word answer in a cell: the cell starts with it ('None', 'Nil (we use Teams)', 'six'), or it
        is 'no'/'do not use' followed by the subject it negates."""
        if re.fullmatch(r"none|nil|zero|nothing", v.text, re.IGNORECASE) or v.word:
            return not re.search(r"\w", self.text[cs:v.start]) or any(0 <= a - v.end <= 2 for a, _, _ in cell_subjects)
        return any(0 <= a - v.end <= 2 for a, _, _ in cell_subjects)

    def _word_stands_alone(self, v: Value, us: int, subjects: list[tuple[int, int, str]]) -> bool:
        """'Notebooks - thirteen', 'three laptops', a cell 'six': a number word that is the answer,
        not 'one of the reasons'."""
        if any(0 <= a - v.end <= 2 for a, _, _ in subjects):
            return True
        if re.match(r"\s+of\b", self.text[v.end:v.end + 6], re.IGNORECASE):
            return False          # "one of the reasons"
        before = self.text[us:v.start]
        if re.search(r"(?:[:=\t|(]|\s[-\u2013]|^[-\u2013])\s*$", before):
            return True
        if not before.strip():
            rest = self.text[v.end:self.text.find("\n", v.end) if "\n" in self.text[v.end:] else len(self.text)]
            return rest.strip().startswith("(") or len(rest.split()) <= 3
        return False

    def _context_period(self, ctx: _Context, subject: str) -> Period | None:
        """The period of the section heading above, for subjects of the same question group as the first
        figure under it ("2019-20:" then devices; a Zoom line after the devices is not in 2019-20)."""
        if ctx.period is None:
            return None
        group = _group(self.survey.question_for(subject))
        if ctx.period_group is None:
            ctx.period_group = group
        elif group != ctx.period_group:
            ctx.period = None
            return None
        return ctx.period

    def _bind_subject(self, v: Value, values: list[Value], subjects: list[tuple[int, int, str]], unit: str,
                      us: int) -> tuple[str | None, bool]:
        text = self.text
        following = [m for m in subjects if m[0] >= v.end]
        preceding = [m for m in subjects if m[1] <= v.start]
        if following:
            m = following[0]
            gap = text[v.end:m[0]]
            if re.fullmatch(r"\s*(?:x\s*|\u00d7\s*)?(?:(?:new|additional|replacement|refurbished|further|more|extra|"
                            r"individual|standard|corporate|council|staff|owned|issued|of|any)\s+)*", gap,
                            re.IGNORECASE):
                # "5,378 Penalty Notices successfully appealed": the words right after the thing counted say
                # which of its kinds (another subject of the survey) the figure is
                if len(following) > 1 and following[1][2] != m[2] and \
                        re.fullmatch(r"[ \t]+", text[m[1]:following[1][0]]):
                    return following[1][2], False
                return m[2], False
            # "we spent £1.2m on 1,500 laptops", "£5,000 for 20 tablets": an amount paid for the things named
            if v.money and re.fullmatch(r"\s+(?:on|for|buying|purchasing|to\s+(?:buy|purchase))\s+(?:the\s+|a\s+|an\s+)?"
                                        r"(?:[\d,]+\s+)?(?:(?:new|additional|replacement|further)\s+)?", gap,
                                        re.IGNORECASE):
                return m[2], False
        if v.zero and not re.fullmatch(r"none|nil|zero|nothing", v.text, re.IGNORECASE):
            # "no laptops", "we do not use Zoom": the subject follows; "laptops: not purchased any" ends the unit
            if preceding and re.fullmatch(r"[\s.;,)]*", text[v.end:us + len(unit)]):
                return preceding[-1][2], False
            return None, False
        if preceding and not v.money and self._own_noun_after_pair(v, values, preceding[-1]):
            return None, False
        if preceding:
            m = preceding[-1]
            # a figure after a subject binds to it unless another figure already sits between them
            # and this one reads as the start of a new pair ("Laptops 232, 84 tablets")
            between = [w for w in values if m[1] <= w.start < v.start]
            if not between or not following or text[v.end:following[0][0]].strip() != "":
                return m[2], False
        if following:
            m = following[0]
            gap = text[v.end:m[0]]
            if len(gap) <= 25 and not re.search(r"[,;:.\d]", gap):
                return m[2], False
        return None, False

    def _own_noun_after_pair(self, v: Value, values: list[Value], m: tuple[int, int, str]) -> bool:
        """"nine mobile phones and 98 Blackberry devices": after a figure-and-subject pair, a figure joined by
        "and" or a comma and followed by a noun of its own (no subject of the survey) counts that noun."""
        text = self.text
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)", text[m[1]:v.start]):
            return False
        if not any(w.end <= m[0] and re.fullmatch(r"\s*(?:(?:new|additional|replacement|further|more|extra)\s+)*",
                                                  text[w.end:m[0]], re.IGNORECASE) for w in values):
            return False
        return bool(re.match(r"[ \t]+(?!(?:in|of|for|at|during|were|was|are|is|have|has|had|each|per|to|from|on|by|"
                             r"x|and|or|with|which|that|this|those|these|units?|items?|purchased|bought|issued)\b)"
                             r"[A-Za-z][\w-]*", text[v.end:v.end + 40], re.IGNORECASE))

    def _bind_period(self, v: Value, values: list[Value], periods: list[Period], us: int, ue: int) -> Period | None:
        text = self.text
        for p in periods:
            if p.start >= v.end:
                gap = text[v.end:p.start]
                if re.fullmatch(r"\s*(?:\(|\[)?\s*(?:(?:in|during|for|over|across)\s+)?(?:the\s+)?"
                                r"(?:(?:financial|calendar)\s+year\s+|year\s+|fy\s*)?", gap, re.IGNORECASE):
                    return p
                break
        before = [p for p in periods if p.end <= v.start]
        if before:
            return before[-1]
        after = [p for p in periods if p.start >= v.end]
        if after:
            return after[0]
        return None

    def _total_subject(self) -> str | None:
        """What a "Total" line or row closing a breakdown is the figure of: the numbered question's own subject
        when the lines under its number gave only other subjects ("2." / "FPN - Dog Fouling | 1 | ..." /
        "Total | 17 | ..."), else the question a lettered question's breakdown belongs to ("Tree - 8" answering
        1a, by waste type; "Total - 1,137" answering 1, the incidents). None when neither is so."""
        if not self.facts:
            return None
        sec = self.section
        if sec is not None:
            # the lines since the number: its own subject, or subjects that no question asks about (a breakdown
            # the survey names only to tell its rows apart)
            since = [f for f in self.facts if f.start >= self.section_line]
            if since and any(f.subject != sec.subject for f in since) and all(
                    f.subject == sec.subject or self.survey.question_for(f.subject) is None for f in since):
                return sec.subject
            if since:
                return None
        last = self.facts[-1]
        q = self.survey.question(last.question) if last.question else None
        if q is None or not re.fullmatch(r"\d+[a-z]", q.id):
            return None
        parent = self.survey.question(_group(q.id) or "")
        if parent is None or parent.subject == last.subject:
            return None
        return parent.subject

    def _counts_a_subject(self, v: Value) -> bool:
        """"We employed 42 permanent staff": a number followed by the thing it counts is a count, under a
        heading of costs as anywhere."""
        line = self.line
        return line is not None and line.cells is None and any(0 < a - v.end <= 2 for a, _, _ in line.subjects)

    def _restated_subject(self, v: Value, measure: str) -> str | None:
        """The one subject, among those the question restated last before ``v`` on its line names, whose
        question asks for ``measure``; None when there is none or more than one."""
        line = self.line
        if line is None or not line.asked:
            return None
        before = [(a, b) for a, b in line.asked if b <= v.start]
        if not before:
            return None
        a, b = max(before, key=lambda span: span[1])
        named = {k for s, e, k in line.subjects if a <= s and e <= b}
        fits = {k for k in named if any(q.subject == k and measure in q.measures for q in self.survey.questions)}
        return fits.pop() if len(fits) == 1 else None

    def _counts_only(self, subject: str) -> bool:
        """"6. How many PCNs ... were paid in full?" / "46,876  cases were fully paid ...": a bare number whose
        words say "paid" answers a question that asks how many, when no question about its subject asks for
        money (under that question's number)."""
        sec = self.section
        if sec is None or sec.subject != subject or self.line is None or self.section_line > self.line.start:
            return False
        asked = {m for q in self.survey.questions if q.subject == subject for m in q.measures}
        return "count" in asked and not asked & {"unit_cost_gbp", "total_cost_gbp"}

    def _named_without_money(self, v: Value) -> bool:
        """"2(a) Excess Charge Notices:" / "No Valid Ticket Display 1,505 1,054 244" in a reply that writes its
        money with "£": the heading names a thing and no word of money stands from it to the figure, so the
        figure counts that thing, though its question asks for the money it brought in."""
        line = self.line
        if line is None or self.section is None or not (0 <= self.section_line <= line.start):
            return False
        if len(re.findall(r"£\s?\d", self.text)) < 3:
            return False
        # "Penalty Charge Notices", "Excess Charge Notices": the name of a thing, not a word of money
        since = re.sub(r"\bcharges?\s+(?=notices?|certificates?)", "", self.text[self.section_line:line.end],
                       flags=re.IGNORECASE)
        if len(since) > 600 or _MONEY_WORDS.search(since):
            return False
        head_end = self.text.find("\n", self.section_line)
        head = self.text[self.section_line:head_end if head_end >= 0 else len(self.text)]
        return bool(self.survey.find_subjects(head))

    def _written_as_amount(self, v: Value) -> bool:
        """"at a cost of 205k": a number the words before it make a sum of money (not "the cost of 20 laptops")."""
        before = self.text[max(0, v.start - 40):v.start]
        return bool(_AMOUNT_BEFORE.search(before)) and not self.survey.find_subjects(self.text[v.end:v.end + 30])[:1]

    def _money_only(self, subject: str, v: Value) -> str | None:
        """The measure of a bare number that says none of its own: money when it is written as an amount ("at a
        cost of 205k") or when the question it answers asks for money only ("6. The cost of employing ..." /
        "2018: 1,956,180"); None otherwise."""
        if self._written_as_amount(v):
            return "cost"
        line = self.line
        if line is None or line.cells is not None or len(line.text) > 200:
            return None
        words = line.text
        for p in sorted(line.periods, key=lambda p: p.start, reverse=True):
            words = words[:p.start - line.start] + words[p.end - line.start:]
        if len(re.findall(r"[A-Za-z]{2,}", words)) > 1:
            return None     # a sentence says what its numbers are; only a bare "2018: 1,956,180" is the question's
        sec = self.section
        asked = sec.measures if sec is not None and sec.subject == subject else tuple(
            m for q in self.survey.questions if q.subject == subject for m in q.measures)
        if not asked or "count" in asked:
            return None
        return asked[0] if len(set(asked)) == 1 else "cost"

    def _disposed_subject(self, words: str, subject: str) -> str:
        """"Year Laptops Desktops" under "... has disposed of the following equipment:": the survey's subject
        of laptops disposed of, when it has one ("laptops? disposed(?: of)?"); else the subject as found (and
        its figures are not read: things got rid of are not things bought)."""
        t = " ".join(words.split())
        verbs = {self.disposal_verb, re.sub(r"\s+of$", "", self.disposal_verb)} - {""}
        for phrase in [f"{t} {v}" for v in verbs] + [f"{v} {t}" for v in verbs]:
            for a, b, k in self.survey.find_subjects(phrase):
                if (a, b) == (0, len(phrase)) and k != subject:
                    self.disposal_subjects.add(k)
                    return k
        return subject

    def _counts_bought(self, subject: str) -> bool:
        """Whether the survey's count of ``subject`` is of things bought (its question speaks of buying or of
        what was spent on them), so a count held at a date is not its answer."""
        asking = [q for q in self.survey.questions if q.subject == subject and "count" in q.measures]
        return not asking or any(_ACQUIRED.search(q.text) or _MONEY_WORDS.search(q.text) for q in asking)

    def _as_asked(self, q, p: Period) -> Period:
        """A period a question names in its own words ("between 1 January 2023 and 31st December 2023"), named as
        the survey names it when it is the one the question asks ("2023")."""
        asked = next((a for a in self.survey.periods if a.label in q.periods and (a.start, a.end) == (p.first, p.last)),
                     None)
        return replace(p, label=asked.label) if asked else p

    def _asked_period(self, q, v: Value) -> Period | None:
        """The period a question asks, for a figure of its answer that names none: "A2. 2,482" answering "How
        many ... last financial year?" is that year's. Only where the question asks one period: with several,
        which one a bare figure is of cannot be told."""
        if len(q.periods) != 1:
            return None
        asked = next((p for p in self.survey.periods if p.label == q.periods[0]), None)
        if asked is None:
            return None
        return Period(label=asked.label, first=asked.start, last=asked.end, kind="asked", start=v.start, end=v.end)

    def _shared_word_subject(self, subject: str, measure: str) -> str:
        """Two questions asked in the same words ("How many charging points have you installed? (split
        slow/medium/fast)", "How many do you plan to install over the next year? (split slow/medium/fast)"):
        "5 Fast" under the second one's number answers the second one, though "fast" is a word of the first
        one's subject. Only when every word naming the subject on the line is in both questions' wording, and
        nothing on the line names the numbered question's own subject."""
        sec, line = self.section, self.line
        if sec is None or line is None or subject == sec.subject or measure not in sec.measures:
            return subject
        own = [q for q in self.survey.questions if q.subject == subject]
        if not own or any(_group(q.id) == _group(sec.id) for q in own):
            return subject
        if any(k == sec.subject for _, _, k in line.subjects):
            return subject
        key = (line.start, subject)
        if key not in self._line_words:
            self._line_words = {key: {" ".join(self.text[a:b].lower().split())
                                      for a, b, k in line.subjects if k == subject}}
        words = self._line_words[key]
        if not words or len(words) > 5:
            return subject
        if all(_says(sec.text, w) and any(_says(q.text, w) for q in own) for w in words):
            return sec.subject
        if len(line.text.strip()) <= 60 and self.section_line < line.start \
                and subject in {k for _, _, k in self.survey.find_subjects(sec.text)}:
            # "43 chargepoints." alone under "3. How many do the council plan to install ... Including slow and
            # fast charging points": the numbered question names the thing too, in words of its own; a short
            # answer under it is its answer. (A long line may be the council's own numbering of other things.)
            return sec.subject
        return subject

    # -- emitting ---------------------------------------------------------------------------------
    def _money_measure(self, v: Value, hint: str | None, window: str, subject: str, period: Period | None
                       ) -> tuple[str, float]:
        # the nearest cue to the figure decides (a window excludes other figures)
        pos = window.find(v.text)
        pos = pos if pos >= 0 else 0
        best: tuple[int, str] | None = None
        for rx, name in ((_UNIT_CUE, "unit_cost_gbp"), (_TOTAL_CUE, "total_cost_gbp")):
            for m in rx.finditer(window):
                d = min(abs(m.start() - pos), abs(m.end() - pos))
                if best is None or d < best[0]:
                    best = (d, name)
        if best is not None:
            return best[1], 0.0
        if hint in ("unit_cost_gbp", "total_cost_gbp"):
            return hint, 0.0
        count = self.counts.get((subject, period.label if period else None))
        if count is None:
            same = [c for (s, _), c in self.counts.items() if s == subject]
            count = max(same) if same else None
        if count and count > 2:
            return ("total_cost_gbp" if v.value >= 30 * count and v.value > 5000 else "unit_cost_gbp"), 0.1
        return ("total_cost_gbp" if v.value > 5000 else "unit_cost_gbp"), 0.2

    def _emit(self, v: Value, subject: str, period: Period | None, hint: str | None, unit: tuple[int, int],
              conf: float, window: str, last_in_unit: bool = True) -> None:
        if (self.disposals and subject not in self.disposal_subjects) or self.describing:
            return   # things disposed of, recycled, written off or stolen, or model names: not what was bought
        rate = self.rates.get(v.start) if v.start in self.rates and not v.zero and not v.money else None
        money = v.money
        if rate is not None:
            money = False
        elif not money and not v.zero and (hint is None or self._written_as_amount(v)):
            hint = self._money_only(subject, v)
        if not money and rate is None and hint in ("unit_cost_gbp", "total_cost_gbp", "cost") and not v.zero \
                and not self._counts_a_subject(v) and not self._named_without_money(v) \
                and not _BESIDE_POUNDS.match(self.text, v.end) and not self._counts_only(subject):
            money = True
        if rate is not None:
            measure = rate
        elif money:
            measure, penalty = self._money_measure(v, hint, window, subject, period)
            conf -= penalty
            if measure == "unit_cost_gbp" and v.value == 0 and \
                    self.counts.get((subject, period.label if period else None)) == 0:
                return   # "0 0": nothing bought has no price each (a total of £0 is kept: nothing spent)
        else:
            # a count is whole, but the middle of a range of counts ("around 10-15") may be a half
            if not (v.value.is_integer() or v.approx and (2 * v.value).is_integer()) or v.value < 0:
                return
            if period is not None and period.kind == "month_at" and not any(self.buying_headings) \
                    and not (self.line and _ACQUIRED.search(self.line.text)) and self._counts_bought(subject):
                # "Total number of devices - March 2010 290": how many there were at a date, not how many were
                # bought in that month; a month of buying says so ("Laptops purchased", "bought in May 2020").
                # Where the question asks how many there are (no buying), the count at a date is its answer.
                return
            measure = "count"
        # two questions about one subject ("how many FPNs", "the income from FPNs") are told apart by the
        # question whose number heads the figure, then by the measure each asks for
        subject = self._shared_word_subject(subject, measure)
        asking = [q for q in self.survey.questions if q.subject == subject]
        if measure == "count" and rate is None:
            # a bare number answering a question that asks for a share or a length of time only is one
            sec = self.section if self.section in asking else None
            implied = only_rate_asked(sec.measures) if sec is not None else None
            if implied is None and asking and not any("count" in q.measures for q in asking):
                implied = only_rate_asked({m for q in asking for m in q.measures})
            measure = implied or measure
        q = self.section if self.section in asking and measure in self.section.measures else \
            next((q for q in asking if measure in q.measures), None)
        if asking and q is None and self.section is not None and measure in self.section.measures:
            # "3. Total Income ..." over a table headed "No. FPNs issued" (the count table's header copied):
            # money that no question about FPNs asks for is the money the numbered question asks for
            q, subject = self.section, self.section.subject
        if asking and q is None:
            # "a) How many fixed penalties for dropping litter were issued and what income was achieved ...?
            # 2013/14 - Nil. 2014/15 1": a question restated just before its answer names two things; the
            # figure is the one of them whose question asks for its measure
            other = self._restated_subject(v, measure)
            if other is not None:
                subject = other
                q = next(q for q in self.survey.questions if q.subject == other and measure in q.measures)
        if (asking or measure in RATE_MEASURES) and q is None:
            return      # a share or length of time no question about this subject asks for
        qid = q.id if q is not None else None
        if period is None and q is not None:
            period = self._asked_period(q, v)
            if period is not None:
                conf -= 0.05
        us, ue = unit
        raw = self.text[us:ue]
        lead = len(raw) - len(raw.lstrip())
        s, e = us + lead, us + len(raw.rstrip())
        if e <= s:
            s, e = v.start, v.end
        if measure == "count" and not v.zero:
            self.counts[(subject, period.label if period else None)] = v.value
        # "300 laptops (approx.)", "300 laptops approximately." — but not "89 tablets and approximately" when
        # the qualifier is followed by the next figure ("... and approximately 550 mobiles", "85 (approx £700
        # each)"): it is that one's
        after = window[window.find(v.text) + len(v.text):] if v.text in window else ""
        approx = v.approx or approx_of(self.text, v.start, v.end) or bool(
            re.search(r"\(\s*(?:approx|approximately|estimated|est)\b[^()\d£]*\)", after, re.IGNORECASE)
            or (last_in_unit and re.search(r"\bapproximately\s*[.)]?\s*$", after, re.IGNORECASE)))
        self.facts.append(Fact(
            subject=subject,
            period=period.label if period else None,
            period_start=period.first.isoformat() if period else None,
            period_end=period.last.isoformat() if period else None,
            measure=measure,
            value=float(v.value),
            unit=MEASURE_UNITS.get(measure, "GBP"),
            approx=approx,
            quote=self.text[s:e],
            start=s,
            end=e,
            confidence=round(max(0.05, min(1.0, conf)), 2),
            question=qid,
            partial=bool(period and period.partial),
        ))


def read_facts(text: str, survey: Survey, skip: list[tuple[int, int]] | None = None) -> tuple[list[Fact], list, list[int]]:
    """Facts in ``text`` (already normalised to the same length), the question anchors found, and how many
    where figures of any kind stand (a reply about something outside the survey still answers)."""
    reader = FactReader(text, survey, skip or [])
    facts = reader.read()
    return facts, reader.anchors, reader.loose_figures
