"""Quantities as UK councils write them in FOI replies: "84", "1,141", "circa 300", "twenty-three", "nil", "N/A".

API (stable; D2's classifier builds on it):

    parse_quantity(text) -> Quantity | None          # the whole string is one quantity (a table cell, an answer)
    find_quantities(text, context_aware=True) -> list[Quantity]   # every quantity, left to right, no overlaps
    looks_like_non_quantity(text, start, end) -> str | None       # why a number is not a count, or None

A `Quantity` carries `value` (float, or None when not applicable), `approx`, `raw` (== text[start:end], the
qualifier included: "Circa 300"), `qualifier` (one of QUALIFIERS, or None), `not_applicable`, and `low`/`high`
for ranges.

Choices, so a reader knows what to expect:
- Qualifiers are normalised to a closed set: "circa" (c., ca., circa, ~), "approximately" (approx., roughly, about,
  some, "300 approx", "300 or so"), "around", "estimated", "nearly" (nearly, almost, just under), "over" (over,
  above, in excess of, upwards of), "more than" (more than, greater than, >), "at least" (at least, a minimum of,
  300+, 300 or more, >=), "under" (under, below), "less than" (less than, fewer than, <), "up to" (up to, no more
  than, a maximum of, at most, 300 or fewer, <=), and "range". Any qualifier makes `approx` True; the value is the
  number written (the bound, for "over"/"less than").
- Ranges ("200-250", "200 to 250", "between 200 and 250") give the midpoint as `value`, `low`/`high` the ends,
  `approx` True, qualifier "range". "from 84 to 87" is not a range (it is a change), so it gives two quantities.
- Zero: "0", "nil", "zero", "nought" anywhere; "none" only where an answer starts (line start, after ":", " - ",
  a tab, "|", "("); "no" only as a whole answer (parse_quantity).
- Not applicable: "N/A", "n/a", "N.A.", "not applicable" (and "NA" as a whole answer) → value None,
  not_applicable True.
- Thousands separators: "," always, no-break/thin spaces always, a plain space ("1 234") only in parse_quantity.
  "1.2k", "3 thousand", "1.5 million" are scaled; a bare "m" after a count is not (it may be metres).
- With `context_aware=True` (the default) find_quantities skips numbers that are something else; the reason comes
  from looks_like_non_quantity: "money", "percent", "measurement" ("14 inch", "8 GB"), "time", "phone", "date",
  "period", "year", "section", "list marker", "ordinal", "product", "reference", "address", "idiom". A four-digit 1950–2059 is a year unless a
  qualifier precedes it ("circa 2000") or it is the one value of a label line ("Laptops - 2000",
  "Laptops<TAB>2000"; not "Device<TAB>2019<TAB>2020", a header).

Every function is total (never raises on a str) and linear: each candidate looks at a bounded window around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .exemption_titles import titled
from .first_chars import from_first_char
from .folding import folds_unseen

__all__ = [
    "Quantity",
    "QUALIFIERS",
    "LOWER_BOUNDS",
    "UPPER_BOUNDS",
    "NON_QUANTITY_REASONS",
    "parse_quantity",
    "find_quantities",
    "looks_like_non_quantity",
    "qualifier_before",
    "qualifier_after",
    "parse_number",
    "find_numbers",
    "ZERO_WORDS",
    "number_words",
    "SCALE_VALUES",
    "THOUSAND_GROUP",
    "THOUSANDS",
    "GROUPED",
    "WHOLE",
    "DECIMALS",
    "FIGURE",
    "LOOSE_WHOLE",
    "LOOSE_FIGURE",
    "LOOSE_DIGITS",
    "ANSWER_ZERO_WORDS",
]


@dataclass(frozen=True)
class Quantity:
    value: float | None
    approx: bool
    raw: str
    start: int
    end: int
    qualifier: str | None = None
    not_applicable: bool = False
    low: float | None = None   # ranges only
    high: float | None = None  # ranges only


QUALIFIERS = (
    "circa", "approximately", "around", "estimated", "nearly", "over", "more than", "at least",
    "under", "less than", "up to", "range",
)
LOWER_BOUNDS = frozenset({"over", "more than", "at least"})   # the true figure is at or above value
UPPER_BOUNDS = frozenset({"under", "less than", "up to"})     # the true figure is at or below value
NON_QUANTITY_REASONS = (
    "money", "percent", "measurement", "time", "phone", "date", "period", "year", "section", "list marker",
    "ordinal", "product", "reference", "address", "idiom",
)

_WINDOW = 48  # how far a candidate looks either side; bounds the work per candidate
_SP = r"[ \t\u00a0]"

_MONTH_RE = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"

# --- qualifiers --------------------------------------------------------------------------------------------

# (canonical, pattern). Longer phrases first inside each alternation so "just over" beats "over".
_QUAL_TABLE = [
    ("nearly", r"just\s+under|nearly|almost|close\s+to"),
    ("over", r"just\s+over|over|above|in\s+excess\s+of|upwards\s+of"),
    ("more than", r"more\s+than|greater\s+than|>(?!=)"),
    ("at least", r"at\s+least|(?:a\s+)?minimum\s+of|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|>=|≥"),
    ("up to", r"up\s+to|no\s+more\s+than|not\s+more\s+than|(?:a\s+)?maximum\s+of|at\s+most|<=|≤"),
    ("less than", r"less\s+than|fewer\s+than|<(?!=)"),
    ("under", r"under|below"),
    ("estimated", r"(?:an\s+)?estimated(?:\s+at)?|(?:an\s+)?estimate\s+of|est\."),
    ("circa", r"circa|ca\.|c\.|~|≈|∼"),
    ("around", r"around|round\s+about|in\s+the\s+region\s+of"),
    ("approximately", r"approximately|approx\.?|appx\.?|roughly|about|some"),
]
_QUAL_CANON = [(name, re.compile(rf"(?:{pat})", re.I)) for name, pat in _QUAL_TABLE]
_QUAL_ALT = "|".join(f"(?:{pat})" for _, pat in _QUAL_TABLE)
# A qualifier immediately before a number (same line). Word qualifiers must start a word.
_PREFIX_RE = re.compile(rf"(?<![\w.])(?:{_QUAL_ALT}){_SP}*$", re.I)
_PREFIX_FAST = from_first_char(_PREFIX_RE)      # (asked before every number: tried only where a qualifier can start)
_SUFFIX_RE = re.compile(
    rf"{_SP}*(?:\({_SP}*(?P<paren>approx(?:imately|\.)?|approximate|est(?:imated?|\.)?|estimate|circa|c\.){_SP}*\)"
    rf"|(?P<approx>approx(?:imately|\.)?(?![\w])|or\s+so\b|-?ish\b)"
    rf"|(?P<more>or\s+more\b|or\s+over\b|or\s+above\b|\+(?!{_SP}*(?:\d|VAT\b|vat\b)))"
    rf"|(?P<less>or\s+(?:fewer|less|under)\b))",
    re.I,
)


def _canonical_qualifier(phrase: str) -> str | None:
    for name, rx in _QUAL_CANON:
        if rx.fullmatch(phrase.strip()):
            return name
    return None


def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier ending just before `pos` on the same line, as (canonical, start offset), or None."""
    lo = max(0, pos - 30)
    nl = text.rfind("\n", lo, pos)
    lo = nl + 1 if nl >= 0 else lo
    if _PREFIX_FAST is None:
        m = _PREFIX_RE.search(text, lo, pos)
        span = m.span() if m else None
    else:
        m = _PREFIX_FAST.search(text, lo, pos)
        span = m.span(1) if m else None
    if span is None:
        return None
    name = _canonical_qualifier(text[span[0]:span[1]].rstrip(" \t\u00a0"))
    return (name, span[0]) if name else None


def qualifier_after(text: str, pos: int) -> tuple[str, int] | None:
    """A qualifier starting right after `pos` ("300 approx.", "300+", "300 or more"), as (canonical, end)."""
    m = _SUFFIX_RE.match(text, pos, min(len(text), pos + 40))
    if not m:
        return None
    if m.group("paren"):
        word = m.group("paren").lower()
        name = "estimated" if word.startswith("est") else "circa" if word.startswith("c") else "approximately"
    elif m.group("approx"):
        name = "approximately"
    elif m.group("more"):
        name = "at least"
    else:
        name = "up to"
    return name, m.end()


# --- how a figure is written ---------------------------------------------------------------------------------
# The one spelling of a written figure, in pieces that every pattern reading figures builds on (each adds only its
# own context: a unit after, a slash between, "£" before), so a change to how figures are written is made here.
THOUSAND_GROUP = r",\d{3}"                           # ",141" of "1,141"
THOUSANDS = rf"\d{{1,3}}(?:{THOUSAND_GROUP})+"       # "1,141", "12,000,000"
GROUPED = rf"\d{{1,3}}(?:{THOUSAND_GROUP})*"         # up to three digits, or more in thousands: "84", "1,141" (not "1141")
WHOLE = rf"(?:{THOUSANDS}|\d+)"                      # a whole figure, in thousands or not: "1,141", "1141"
DECIMALS = r"(?:\.\d+)?"                             # the decimal tail a figure may have: ".5", ".25"
FIGURE = WHOLE + DECIMALS                            # "1,141", "1141.50", "3.5"
# digits and commas as they come, then a decimal tail: a cell's or a row's figure, where the line around it (not
# the grouping) says it is one ("1,141", "1141", "11,41" alike)
LOOSE_WHOLE = r"\d[\d,]*"
LOOSE_FIGURE = LOOSE_WHOLE + DECIMALS
# digits with commas and stops as they come ("1,141.50", "1.141"): a cell a table or a list holds, before the figure in
# it is weighed
LOOSE_DIGITS = r"\d[\d,.]*"

# --- number cores ------------------------------------------------------------------------------------------

# ("1, 002": a thousands group after a stray space, which its leading 0 shows is no item of a list "1, 2")
_STRAY_SPACED = rf"(?!0\d){GROUPED},[ \t]0\d\d(?:{THOUSAND_GROUP})*(?![\d,])"


def _digits(group_spaces: str) -> str:
    """A figure in digits, its thousands set apart by commas or by one of ``group_spaces``."""
    return rf"(?:{_STRAY_SPACED}|{THOUSANDS}|\d{{1,3}}(?:[{group_spaces}]\d{{3}})+|\d+){DECIMALS}(?!\d)"


# (a plain space sets thousands apart only in a whole answer: in a text, "1 234" is two numbers)
_DIGITS = _digits(r"\u00a0\u202f\u2009")
_DIGITS_SPACED = _digits(r"\u00a0\u202f\u2009 ")
_DIGIT_PLAIN_RE = re.compile(_DIGITS)

# The words a figure of nought is written in, anywhere in a text ("nil", "zero"): the one list of them, which
# nought.py and scan.py build on. "Nothing" says nought only as an answer's word ("Q3 - Nothing"), never as a
# figure in prose ("nothing further to add"), so it is kept apart.
ZERO_WORDS = ("nil", "zero", "nought", "none")
ANSWER_ZERO_WORDS = (*ZERO_WORDS, "nothing")

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}


def number_words(low: int, high: int) -> dict[str, int]:
    """The words for the whole numbers ``low`` to ``high`` (nineteen at most), in order: {"two": 2, ..., "ten": 10}."""
    return {w: v for w, v in {"zero": 0, **_UNITS, **_TEENS}.items() if low <= v <= high}


# what a scale written after a figure multiplies it by ("23.25K", "£1.3m", "1.5 million"): the one table of them
SCALE_VALUES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_SCALES = {w: int(SCALE_VALUES[w]) for w in ("thousand", "million", "billion")}   # (in words: "two thousand")
_NUM_WORDS = sorted([*_UNITS, *_TEENS, *_TENS, *_SCALES, "hundred", "dozen"], key=len, reverse=True)
_W = "(?:" + "|".join(_NUM_WORDS) + r")\b"
_WORDS_RE = re.compile(
    rf"(?<![\w-])(?:a[ \t]{{1,3}}(?=(?:hundred|thousand|million|dozen)\b))?{_W}"
    rf"(?:(?:[ \t]{{1,3}}and[ \t]{{1,3}}|[ \t]{{0,3}}-[ \t]{{0,3}}|[ \t]{{1,3}}){_W}){{0,15}}",
    re.I,
)
_ZERO_RE = re.compile(r"(?<![\w-])(?:" + "|".join(ZERO_WORDS) + r")(?![\w-])", re.I)
_NA_RE = re.compile(r"(?<![\w/.])(?:n/a|n\.a\.?|not[ \t]+applicable)(?![\w/])", re.I)


def _master(digits: str) -> re.Pattern[str]:
    """Every number: "N/A", a figure in ``digits``, a word for nought, a number in words."""
    return re.compile(rf"(?P<na>{_NA_RE.pattern})|(?P<digits>(?<![\w])(?<!\d[.,]){digits})|(?P<zero>{_ZERO_RE.pattern})"
                      rf"|(?P<words>{_WORDS_RE.pattern})", re.I)


_MASTER_RE = _master(_DIGITS)
_MASTER_SPACED_RE = _master(_DIGITS_SPACED)
_SCALE_AFTER_RE = re.compile(rf"(?:{_SP}{{0,2}}(?P<w>thousand|million|billion|bn|mn)\b|(?P<k>[kK])(?![\w]))", re.I)


_RX_SEPARATORS = re.compile(r"[,\u00a0\u202f\u2009 ]")


def parse_number(raw: str) -> float | None:
    """A figure as written ("1,234.5", "1 234", "1\u00a0234") → float, or None."""
    cleaned = _RX_SEPARATORS.sub("", raw)
    try:
        return float(cleaned)
    except ValueError:
        return None


def _fold_words(phrase: str) -> tuple[float, int] | None:
    """Value of a number-word phrase and how many characters of it are a valid number (stops at the first
    word that cannot follow: "one two" → 1)."""
    total = 0
    current = 0
    last = "start"
    used_end = 0
    saw_a = False
    for m in re.finditer(r"[A-Za-z]+", phrase):
        w = m.group().lower()
        if w == "a" and last == "start":
            saw_a = True
            continue
        if w == "and":
            if last not in ("hundred", "scale"):
                break
            last = last + "-and"
            continue
        if w in _UNITS:
            if last not in ("start", "tens", "hundred", "scale", "hundred-and", "scale-and"):
                break
            if last == "tens" and "-" not in phrase[used_end:m.start()] and " " not in phrase[used_end:m.start()]:
                break
            current += _UNITS[w]
            last = "unit"
        elif w in _TEENS:
            if last not in ("start", "hundred", "scale", "hundred-and", "scale-and"):
                break
            current += _TEENS[w]
            last = "teen"
        elif w in _TENS:
            if last not in ("start", "hundred", "scale", "hundred-and", "scale-and"):
                break
            current += _TENS[w]
            last = "tens"
        elif w == "hundred":
            if last not in ("start", "unit", "teen", "tens") or (last == "start" and not saw_a) or current >= 100:
                break
            current = (current or 1) * 100
            last = "hundred"
        elif w == "dozen":
            if last not in ("start", "unit", "teen") or (last == "start" and not saw_a):
                break
            current = (current or 1) * 12
            last = "dozen"
        elif w in _SCALES:
            if last == "start" and not saw_a:
                break
            if last.endswith("-and") or last == "scale":
                break
            total += (current or 1) * _SCALES[w]
            current = 0
            last = "scale"
        else:
            break
        used_end = m.end()
    if used_end == 0:
        return None
    return float(total + current), used_end


# --- context: is this number something other than a count? ------------------------------------------------

_MONEY_BEFORE = re.compile(rf"(?:£|GBP|\$|€|US\$){_SP}*(?:{LOOSE_DIGITS}{_SP}*(?:-|–|—|to){_SP}*£?{_SP}*)?$", re.I)
_MONEY_AFTER = re.compile(rf"(?:{_SP}*(?:pounds?|pence|sterling|gbp|euros?|eur|dollars?|usd)\b|p\b(?!\.?m\b))", re.I)
_PERCENT_AFTER = re.compile(rf"{_SP}*(?:%|per{_SP}?cent\b|pc\b)", re.I)
_TIME_AFTER = re.compile(rf"(?::\d\d|{_SP}*(?:(?:am|pm|hrs)\b|a\.m\.?|p\.m\.?|o'?clock\b))", re.I)
_TIME_BEFORE = re.compile(r"\d:$")
_DAY_AFTER = re.compile(rf"(?:st|nd|rd|th)?{_SP}*(?:of{_SP}+)?{_MONTH_RE}\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH_RE}\.?(?P<sep>{_SP}*['’-]?{_SP}*)$", re.I)
_DATE_TOKEN = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?:T[\d:.+Z-]*)?")
_FY_TOKEN = re.compile(r"(?:FY)?(\d{2}|\d{4})[/\-–](\d{2}|\d{4})", re.I)
_FY_AFTER_YEAR = re.compile(rf"{_SP}*[/\-–]{_SP}*(\d{{2}}|\d{{4}})(?!\d)")
_FY_BEFORE_PART = re.compile(rf"(?<!\d)(\d{{2}}|\d{{4}}){_SP}*[/\-–]{_SP}*$")
_SECTION_BEFORE = re.compile(
    r"(?<![\w])(?P<w>sections?|ss?|sec|regulations?|regs?|reg|paragraphs?|paras?|articles?|art|clauses?"
    r"|schedules?|sch|parts?|chapters?|rules?|subsections?)\.?" + _SP + r"*$",
    re.I,
)
# "Exemption 31 Law Enforcement": a section named by the word for what it does, before the Act's title for it
_EXEMPTION_BEFORE = re.compile(r"(?<![\w])exemptions?" + _SP + r"*$", re.I)
_LIST_BEFORE = re.compile(
    r"(?<![\w])(?:questions?|q|items?|points?|steps?|nos?\.?\s*q|annex(?:e|es)?|appendix|appendices"
    r"|options?|stages?|phases?|tiers?|levels?|bands?|grades?|lots?|types?|priority|priorities)\.?" + _SP + r"*$",
    re.I,
)
# a pointer to another answer by its number: "As above in 3.", "see 2 above", "same as 4" (the number ends its
# clause: "as in 3 cases" counts)
_POINTER_BEFORE = re.compile(r"(?<![\w])(?:as\s+(?:above|below|per|in|at|for)|see|same\s+as|refer\s+to)"
                             r"(?:\s+(?:above|below|in|at|to|under|for))?" + _SP + r"*$", re.I)
# (or "(above)" after its full stop: "7. as per 2. (above)")
_POINTER_AFTER = re.compile(r"[a-z]?\)?[ \t]*(?:[.;,][ \t]*(?:\n|$)|\n|$|(?:[.;,][ \t]*)?\(?(?:above|below)\b)", re.I)
_REFERENCE_BEFORE = re.compile(
    # (not the last of things joined: "this figure relates to both FOI and EIR: 1362" labels a figure)
    r"(?<![\w])(?:(?<!\band\s)(?<!\bor\s)(?<!&\s)(?:ref|refs|reference|our\s+ref|your\s+ref|case|request|foi|foir|eir|sar|id|ticket|invoice|order"
    r"|po|account|a/c|crn|urn|box|registration|company|charity|page|pages|pp|p|table|figure|fig|version|v"
    r"|room|floor|flat|no|number|num|#)"
    # a standard named by its number, the last of a list too: "BS 3247", "BS EN 16811", "ISO 9001 ... and BS 18477"
    r"|bs(?:" + _SP + r"+en)?|iso|pas)"
    r"(?:\s*(?:no|number|num|ref|reference|id)\.?)?\.?" + _SP + r"*[:#.]?" + _SP + r"*$",
    re.I,
)
_PHONE_BEFORE = re.compile(r"(?<![\w])(?:tel|telephone|phone|mobile|mob|fax|call|ring|contact|t)\.?\s*[:.]?\s*$", re.I)
_PRODUCT_BEFORE = re.compile(
    r"(?<![\w])(?:office|microsoft|ms|m|o|dynamics|windows|win|iphone|ipad|galaxy|surface|pixel|android|ios"
    r"|server|exchange|sharepoint|covid|sage|oracle|adobe|creative\s+cloud|intel\s+core|core|i|ryzen"
    r"|latitude|precision|optiplex|inspiron|vostro|xps|thinkpad|thinkcentre|ideapad|elitebook|probook|zbook"
    r"|elitedesk|prodesk|pro|air|mini|max|plus|ultra|tab|note|nokia|moto|xperia|macbook|chromebook|yoga|aspire"
    r"|travelmate|swift|spin|lumia|gen|generation|series|model|version|release|edition|se)"
    + _SP + r"*-?" + _SP + r"*$",
    re.I,
)
_MEASURE_AFTER = re.compile(
    rf"(?:{_SP}*(?:inch(?:es)?|\"|”|gb|tb|mb|kb|ghz|mhz|cm|mm|kg|km|miles?|mph|kwh|kw|mwh|gwh|hz|px|dpi|metres?|meters?)\b"
    rf"|{_SP}*(?:\"|”|′′))",
    re.I,
)
_ADDRESS_AFTER = re.compile(
    rf"{_SP}+(?:[A-Z][a-z]+{_SP}+){{1,3}}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Way|Close|Drive|Dr|Place|Square"
    r"|Court|Crescent|Gardens|Terrace|Hill|Grove|Row|Walk|Parade|Mews|House|Building)\b"
)
# a place named by its number and name, then the record it is listed by: "21 White Rock - EN/25/00010", "4 Mill
# Close, TN34 3AR" (a case's reference or a postcode after a dash or comma)
_PLACE_THEN_RECORD = re.compile(
    rf"{_SP}+(?:[A-Z][a-z]+{_SP}+){{0,3}}[A-Z][a-z]+{_SP}*[-–,]{_SP}*"
    r"(?:[A-Z]{1,5}/\d{2,4}/\d{2,}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)"
)
_IDIOM_ONE_BEFORE = re.compile(rf"(?<![\w])(?:no|any|every|each|this|that|which|the|such|no-){_SP}+$", re.I)
_IDIOM_ONE_AFTER = re.compile(rf"(?:{_SP}*-{_SP}*off\b|{_SP}+(?:another|off|of|anyone)\b)", re.I)
_LABEL_BEFORE = re.compile(rf"[A-Za-z][^\t\n]{{0,60}}?(?:{_SP}[-–—=]|[-–—]{_SP}|:|\t){_SP}*$")
_PERIODISH_LABEL = re.compile(r"\b(?:years?|period|date|month|fy|financial|calendar|academic|since|from|in|during)\b", re.I)
_RX_HEADING_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
_RX_HEADING_AFTER = re.compile(r"[ \t]+(?!(?:thousand|million|billion|bn|mn|k)\b)[A-Za-z(]", re.I)
_RX_CLOCK = re.compile(r"\d:\d\d")
_RX_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
_RX_SECTION_TOKEN = re.compile(r"(?:s|ss|sec|reg|r|para)\.?\d+(?:\(\w{1,4}\))*", re.I)
_RX_SUBSECTION = re.compile(r"[\d)]\($")
_RX_MULTILEVEL = re.compile(r"\d{1,3}(?:\.\d{1,3}){2,}\.?")
_RX_LETTERED = re.compile(r"\(?\d{1,2}[a-wyz]\)?[.:]?")
_RX_LETTERED2 = re.compile(r"\d{1,2}\([a-z]{1,4}\)")
_RX_SCALED_K = re.compile(r"\d{1,2}[kK]")
_RX_LABEL_SEP = re.compile(r"[:\t]|\s[-–—]\s")
_RX_QUAL_PREFIX = re.compile(rf"^(?:{_QUAL_ALT})", re.I)
_RX_SCALE_SUFFIX = re.compile(r"(?:[kK]|bn|mn|\+|-?ish|[xX×]|no|nr|pcs)$")
_RX_LETTER = re.compile(r"[A-Za-z]")
_RX_SLASHED = re.compile(r"\d[/\\_]\d|[/\\]\d|\d[/\\]")
_RX_CELL_END = re.compile(r"[ \t]*(?:$|\()")
_RX_INTL = re.compile(r"^\+?\s*44\s*(?:\(0\))?")
_TOKEN_STRIP_LEAD = "([{\"'“‘<~≈"
_TOKEN_STRIP_TRAIL = ".,;:)]}\"'”’!?+"


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """(window start, window end, window start is the real line start) — bounded by _WINDOW."""
    lo = max(0, start - _WINDOW)
    nl = text.rfind("\n", lo, start)
    if nl >= 0:
        ls, at_line = nl + 1, True
    else:
        ls, at_line = lo, lo == 0
    hi = min(len(text), end + _WINDOW)
    nl2 = text.find("\n", end, hi)
    le = nl2 if nl2 >= 0 else hi
    return ls, le, at_line


def _token(text: str, start: int, end: int, ls: int, le: int) -> str:
    a = start
    while a > ls and not text[a - 1].isspace():
        a -= 1
    if a < start - 1 and text[start - 1] == ":" and text[start - 2].isalpha() and (end >= le or text[end].isspace()):
        a = start   # "Council Tax:3254": a label's colon with no space after it ends the label (a reference's
        # label, "Ref:1234", is read as one all the same; "questions:1." is a list's first number)
    b = end
    while b < le and not text[b].isspace():
        b += 1
    tok = text[a:b]
    return tok.lstrip(_TOKEN_STRIP_LEAD).rstrip(_TOKEN_STRIP_TRAIL)


def _consecutive_years(a: str, b: str) -> bool:
    ya = int(a) if len(a) == 4 else None
    if ya is None:
        return len(b) == 2 and (int(a) + 1) % 100 == int(b)
    yb = int(b)
    return (yb == ya + 1) if len(b) == 4 else ((ya + 1) % 100 == yb)


def _non_quantity_reason(text: str, cs: int, ce: int, qualified: bool) -> str | None:
    core = text[cs:ce]
    if not core or not core[0].isdigit():
        return None
    ls, le, at_line_start = _line_bounds(text, cs, ce)
    before = text[ls:cs]
    after = text[ce:le]
    tok = _token(text, cs, ce, ls, le)
    plain = core.isdigit()
    value = parse_number(core)

    short = before[-28:]
    tail = short.rstrip(" \t\u00a0:#.-")
    worded = bool(tail) and tail[-1].isalpha() or short.rstrip().endswith("#")
    if _MONEY_BEFORE.search(short) or _MONEY_AFTER.match(after):
        return "money"
    if _PERCENT_AFTER.match(after):
        return "percent"
    if after and _MEASURE_AFTER.match(after):
        return "measurement"
    if ":" in tok and _RX_CLOCK.search(tok) or _TIME_BEFORE.search(short) or _TIME_AFTER.match(after):
        return "time"
    if _phone_like(text, cs, ce, ls, le, before):
        return "phone"
    if _DATE_TOKEN.fullmatch(tok):
        return "date"
    fy = _FY_TOKEN.fullmatch(tok)
    if fy and _consecutive_years(fy.group(1), fy.group(2)):
        return "period"
    if plain and len(core) == 4:
        m = _FY_AFTER_YEAR.match(after)
        if m and _consecutive_years(core, m.group(1)):
            return "period"
    if plain and len(core) in (2, 4):
        m = _FY_BEFORE_PART.search(short)
        if m and _consecutive_years(m.group(1), core):
            return "period"
    if plain and len(core) <= 2 and _DAY_AFTER.match(after) and value is not None and 1 <= value <= 31:
        return "date"
    mb = _MONTH_BEFORE.search(short) if worded else None
    if mb and plain:
        if len(core) == 2 and mb.group("sep").strip():  # "Sep-20", "Sept '20"
            return "period"
        if len(core) <= 2:
            return "date"
        if len(core) == 4:
            return "year"
    tok_plain = tok.replace(",", "").replace(".", "").isdigit()
    if not tok_plain and _RX_ORDINAL.fullmatch(tok):
        return "ordinal"
    if not tok_plain and _RX_SECTION_TOKEN.fullmatch(tok) or short.endswith("(") and _RX_SUBSECTION.search(short):
        return "section"
    if worded and _SECTION_BEFORE.search(short):
        return "section"
    if worded and plain and len(core) <= 2 and _EXEMPTION_BEFORE.search(short) and titled(after):
        return "section"
    if worded and _LIST_BEFORE.search(short):
        return "list marker"
    if worded and len(core) <= 2 and _POINTER_BEFORE.search(short) and _POINTER_AFTER.match(after):
        return "list marker"
    # "17k" inside a line is seventeen thousand; "3k." or "(3k)" at the start of one is item k of question 3
    scaled_k = bool(before.strip()) and _RX_SCALED_K.fullmatch(tok) is not None
    if not tok_plain and (_RX_MULTILEVEL.fullmatch(tok) or (_RX_LETTERED.fullmatch(tok) and not scaled_k)
                          or _RX_LETTERED2.fullmatch(tok)):
        return "list marker"
    if plain and len(core) <= 3 and not qualified:
        lead = before.strip()
        if (at_line_start and lead in ("", "(", "[") and re.match(r"[.)\]](?=\s|$)", after)) or (
            at_line_start and lead == "" and re.match(rf"\.{_SP}*$", after) is None and re.match(r"\.\d", after)
        ):
            return "list marker"
    if at_line_start and not qualified and not before.strip() and _RX_HEADING_NUMBER.fullmatch(core) \
            and _RX_HEADING_AFTER.match(after):
        return "list marker"  # "1.1 Laptops", "2.3 Our response"
    if worded and _PRODUCT_BEFORE.search(short) and not _RX_LABEL_SEP.search(short[-4:]):
        return "product"
    if worded and _PHONE_BEFORE.search(short) and sum(ch.isdigit() for ch in tok) >= 5:
        return "phone"
    if worded and _REFERENCE_BEFORE.search(short):
        return "reference"
    if not tok_plain:
        stripped_tok = _RX_QUAL_PREFIX.sub("", tok)
        stripped_tok = _RX_SCALE_SUFFIX.sub("", stripped_tok)
        if _RX_LETTER.search(stripped_tok) or _RX_SLASHED.search(stripped_tok):
            return "reference"
    if plain and len(core) >= 7:
        return "reference"
    if plain and len(core) >= 3 and core.startswith("0"):
        return "reference"
    if plain and len(core) == 4 and value is not None and 1950 <= value <= 2059 and not qualified:
        label = _LABEL_BEFORE.search(before)
        if not (label and not _PERIODISH_LABEL.search(label.group()) and _RX_CELL_END.match(after)):
            return "year"
    if after[:1] == " " and (_ADDRESS_AFTER.match(after) or _PLACE_THEN_RECORD.match(after)):
        return "address"
    return None


def _phone_like(text: str, cs: int, ce: int, ls: int, le: int, before: str) -> bool:
    # The run of digits, spaces, brackets, + and hyphens around the number, on the same line.
    a = cs
    floor = max(ls, cs - 20)
    while a > floor and (text[a - 1].isdigit() or text[a - 1] in " ()+-\u00a0"):
        a -= 1
    head = text[a:cs + 1].lstrip(" ()-\u00a0")
    if not head.startswith(("0", "+")):
        return False
    b = ce
    ceiling = min(le, ce + 20)
    while b < ceiling and (text[b].isdigit() or text[b] in " ()+-\u00a0"):
        b += 1
    run = text[a:b].strip(" -()\u00a0")
    if not run:
        return False
    run = _RX_INTL.sub("0", run)
    groups = re.findall(r"\d+", run)
    digits = "".join(groups)
    if not digits.startswith("0") or not 10 <= len(digits) <= 11:
        return False
    if len(groups) == 1:
        return True
    return all(len(g) >= 3 for g in groups)


def looks_like_non_quantity(text: str, start: int, end: int) -> str | None:
    """Why text[start:end] (a number, optionally with its qualifier) is not a count — one of
    NON_QUANTITY_REASONS — or None when it reads as a quantity."""
    try:
        start = max(0, min(int(start), len(text)))
        end = max(start, min(int(end), len(text)))
    except (TypeError, ValueError):
        return None
    m = _DIGIT_PLAIN_RE.search(text, start, end) if start < end else None
    if m is None:
        w = _WORDS_RE.search(text, start, end) if start < end else None
        if w is not None and w.group().lower() == "one":
            if _IDIOM_ONE_BEFORE.search(text, max(0, w.start() - 12), w.start()) or _IDIOM_ONE_AFTER.match(
                text, w.end(), min(len(text), w.end() + 12)
            ):
                return "idiom"
        return None
    qualified = qualifier_before(text, m.start()) is not None or qualifier_after(text, m.end()) is not None
    return _non_quantity_reason(text, m.start(), m.end(), qualified)


# --- scanning ------------------------------------------------------------------------------------------------

_RANGE_SEP = re.compile(rf"{_SP}*(?:-|–|—|to\b){_SP}*", re.I)
_AND_SEP = re.compile(rf"{_SP}+and{_SP}+", re.I)
_BETWEEN_BEFORE = re.compile(rf"(?<![\w])between{_SP}+$", re.I)
_FROM_BEFORE = re.compile(rf"(?<![\w])(?:from|increased|decreased|rose|fell|went){_SP}+$", re.I)
_CLAUSE_START = re.compile(rf"(?:^|[\t:|=(]|{_SP}[-–—]|[-–—]{_SP}|\d[.)]){_SP}*$")


def _core_at(match: re.Match[str], text: str) -> tuple[float | None, int, str] | None:
    """(value, end, kind) of a master-regex match; end may be extended by a scale word or cut short."""
    kind = match.lastgroup or ""
    s, e = match.start(), match.end()
    if kind == "digits":
        value = parse_number(text[s:e])
        sc = _SCALE_AFTER_RE.match(text, e, min(len(text), e + 12))
        if sc and value is not None:
            word = (sc.group("w") or sc.group("k")).lower()
            value *= SCALE_VALUES[word]
            e = sc.end()
        return value, e, "digits"
    if kind == "words":
        folded = _fold_words(text[s:e])
        if folded is None:
            return None
        return folded[0], s + folded[1], "words"
    if kind == "zero":
        return 0.0, e, "zero"
    if kind == "na":
        return None, e, "na"
    return None


def _next_core(text: str, master: re.Pattern[str], pos: int) -> tuple[re.Match[str], float | None, int, str] | None:
    """The next number at or after `pos`: (match, value, end, kind), or None."""
    while True:
        m = master.search(text, pos)
        if m is None:
            return None
        core = _core_at(m, text)
        if core is not None:
            return (m, *core)
        pos = m.end()


def _scan(text: str, context_aware: bool, master: re.Pattern[str]) -> list[Quantity]:
    out: list[Quantity] = []
    pos = 0
    n = len(text)
    while pos < n:
        found = _next_core(text, master, pos)
        if found is None:
            break
        m, value, ce, kind = found
        cs = m.start()
        if kind == "na":
            out.append(Quantity(None, False, text[cs:ce], cs, ce, None, True))
            pos = ce
            continue
        if kind == "zero" and m.group().lower() == "none" and context_aware:
            ls, _le, _ = _line_bounds(text, cs, ce)
            if not _CLAUSE_START.search(text, ls, cs):
                pos = ce
                continue
        prefix = qualifier_before(text, cs)
        qualified = prefix is not None
        if context_aware and kind == "digits":
            reason = _non_quantity_reason(text, m.start(), m.end(), qualified)
            if reason is not None:
                pos = _skip_past_period(text, m.end(), reason)
                continue
        if context_aware and kind == "words" and text[cs:ce].lower() == "one":
            if looks_like_non_quantity(text, cs, ce) is not None:
                pos = ce
                continue
        start = prefix[1] if prefix else cs
        qualifier = prefix[0] if prefix else None
        end = ce
        low = high = None
        # A range: "200-250", "200 to 250", "between 200 and 250".
        between = _BETWEEN_BEFORE.search(text, max(0, start - 10), start) if value is not None else None
        sep = (_AND_SEP if between else _RANGE_SEP).match(text, ce, min(n, ce + 12)) if value is not None else None
        if sep and not _FROM_BEFORE.search(text, max(0, start - 12), start):
            m2 = master.match(text, sep.end())
            core2 = _core_at(m2, text) if m2 else None
            if core2 and core2[0] is not None and core2[2] in ("digits", "words") and value is not None:
                v2 = core2[0]
                ok = v2 > value and not (
                    context_aware and core2[2] == "digits" and _non_quantity_reason(text, m2.start(), m2.end(), True)
                    not in (None, "year")
                )
                if ok:
                    low, high = value, v2
                    value = (value + v2) / 2
                    qualifier = "range"
                    end = core2[1]
                    if between:
                        start = between.start()
        if qualifier is None:
            suf = qualifier_after(text, end)
            if suf:
                qualifier, end = suf
        approx = qualifier is not None
        out.append(Quantity(value, approx, text[start:end], start, end, qualifier, False, low, high))
        pos = end
    return out


def _skip_past_period(text: str, end: int, reason: str) -> int:
    # "2018-19" / "2018/2019": skip the second half too, so it is not read as a count on its own.
    if reason == "period":
        m = _FY_AFTER_YEAR.match(text, end, min(len(text), end + 8))
        if m:
            return m.end()
    return end


# A text without a number word, zero word or "N/A" holds only figures, which a search for figures alone finds three
# times faster than the whole master pattern; and without a digit either it holds no number. Most lines of a reply
# are one or the other, and testing for these words costs less than searching (see folding.py).
_WORDY = ("n/a", "n.a", "not", *ZERO_WORDS, *_NUM_WORDS)
# each of these words where a word starts, as every match of the master pattern's words, zeros and "N/A" has it
# (no letter, digit or "_" before): "one" inside "phone" or "someone" is no hint, and signatures hold those
_WORD_START_HINT_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in _WORDY) + ")")   # (lower case)
# (asked of every line: searched only from the letters its words start with, not tried at every character)
WORD_START_HINT_FAST = from_first_char(_WORD_START_HINT_RE) or _WORD_START_HINT_RE
_ANY_DIGIT = re.compile(r"\d")
_FIGURES_RE = re.compile(rf"(?=\d)(?P<digits>(?<![\w])(?<!\d[.,]){_DIGITS})", re.I)


def _master_for(text: str) -> re.Pattern[str] | None:
    """The pattern that finds every number _MASTER_RE finds in ``text`` (None: there is none)."""
    low = text.lower()
    if folds_unseen(text) or WORD_START_HINT_FAST.search(low):
        return _MASTER_RE
    return _FIGURES_RE if _ANY_DIGIT.search(text) else None


def find_numbers(text: str) -> list[Quantity]:
    """Every number in `text` as written, left to right: figures with their scale ("23.25K", "1.5 million"),
    number words ("two hundred"), zero words ("nil") and "N/A", each on its own (no qualifier or range around
    it, no judgement of what it counts), for a reader that weighs context itself."""
    if not isinstance(text, str) or not text:
        return []
    master = _master_for(text)
    if master is None:
        return []
    out: list[Quantity] = []
    pos = 0
    while (found := _next_core(text, master, pos)) is not None:
        m, value, end, kind = found
        out.append(Quantity(value, False, text[m.start():end], m.start(), end, None, kind == "na"))
        pos = end
    return out


def find_quantities(text: str, context_aware: bool = True) -> list[Quantity]:
    """Every quantity in `text`, left to right, without overlaps. With context_aware (the default), numbers
    that are years, dates, references, phone numbers, money, section numbers, list markers etc. are skipped
    (see looks_like_non_quantity)."""
    if not isinstance(text, str) or not text:
        return []
    return _scan(text, context_aware, _MASTER_RE)


_WHOLE_NA = re.compile(r"n/?a|n\.a\.?|not\s+applicable|not\s+app\.?", re.I)
# (as a whole answer, "No" says nought too)
_WHOLE_ZERO = re.compile("|".join(ANSWER_ZERO_WORDS) + r"|no|nil\s+return", re.I)
_JUNK = re.compile(r"[\s\"'“”‘’()\[\]{}.,;:!?*•·\-–—]*")


def parse_quantity(text: str) -> Quantity | None:
    """The quantity that is the whole of `text` (surrounding whitespace and punctuation allowed), or None.
    "84", " 1,234 ", "Circa 300", "300 (approx.)", "twenty-three", "Nil", "None", "No", "N/A", "200-250",
    "1 234". Years and other numbers are accepted here: the caller has decided this string is an answer."""
    if not isinstance(text, str) or not text or len(text) > 200:
        return None
    lead = _JUNK.match(text).end()
    trail = len(text)
    while trail > lead and text[trail - 1] in " \t\r\n\"'“”‘’()[]{}.,;:!?*•·-–—":
        trail -= 1
    inner = text[lead:trail]
    if not inner:
        return None
    # Keep a closing bracket or full stop that belongs to the quantity ("300 (approx)", "c.").
    if _WHOLE_NA.fullmatch(inner):
        return Quantity(None, False, inner, lead, trail, None, True)
    if _WHOLE_ZERO.fullmatch(inner):
        return Quantity(0.0, False, inner, lead, trail, None, False)
    found = _scan(text, False, _MASTER_SPACED_RE)
    if len(found) != 1:
        return None
    q = found[0]
    if not _JUNK.fullmatch(text, 0, q.start) or not _JUNK.fullmatch(text, q.end, len(text)):
        return None
    return q
