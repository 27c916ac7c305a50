"""Low-level scanning of reply text: numbers, money, zero words and the spans that are never figures (dates,
phone numbers, postcodes, references, section numbers, durations, list markers). Periods are read by periods.py.

Everything here works on the text as given and returns character offsets into it, so quotes can be
pointed at exactly.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from operator import attrgetter

from .first_chars import first_char_spans, from_first_char
from .folding import folds_unseen
from .money import YEAR_SPACE_DASH, find_amounts, find_money
from .numbers import ANSWER_ZERO_WORDS, LOOSE_FIGURE, LOOSE_WHOLE, WORD_START_HINT_FAST, find_numbers, find_quantities, parse_number, qualifier_after, qualifier_before

# Same-length substitutions only, so offsets into the normalised text are offsets into the original.
_SAME_LENGTH = str.maketrans({
    "\xa0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200b": " ", "\ufeff": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\f": "\n", "\v": "\n",
    "\uff1a": ":", "\u00ad": " ",
})


# a page's number left by a PDF's text at the start of a line, right before a numbered question
# ("2 2. Please could you send us ..."): not a figure, and the question's number opens the line
_PAGE_BEFORE_NUMBER = re.compile(r"^[ \t]*\d{1,3}[ \t]+(?=\d{1,2}[.)][ \t]+[A-Z][a-z])", re.MULTILINE)


def normalise(text: str) -> str:
    """Same length as ``text``: odd spaces, dashes and quotes made plain; lone CRs become newlines; a page number
    before a question's number at a line's start blanked."""
    # (most replies are plain ASCII, which str.isascii tells at once: only two of the characters changed are ASCII)
    plain = text.isascii() and not any(c in text for c in _ASCII_CHANGED)
    out = text if plain else text.translate(_SAME_LENGTH)
    if "\r" in out:
        out = re.sub(r"\r(?=\n)", " ", out)
        out = out.replace("\r", "\n")
    return _PAGE_BEFORE_NUMBER.sub(lambda m: " " * len(m.group(0)), out)


_ASCII_CHANGED = "".join(chr(k) for k in _SAME_LENGTH if k < 128)


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
         r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])"


# a word, then a number, as every match of the sections pattern below has: "section 12", "no. 5", "po box 12"
_WORD_THEN_NUMBER = r"[^\W\d_]++(?:\s+box)?\.?[ \t]*\.?[ \t]*\d"


# (its two halves apart: the first, a question's number at a line's start, holds a "q" and needs a "-" after it;
# where a line holds neither, the second alone is searched, from the letters its words start with)
_QUESTION_THEN_DASH = r"(?<![^\n])[ \t]*(?:question|q)[ \t]*\.?[ \t]*\d{1,2}[A-Za-z]?(?=[ \t]*-[ \t]+\d)"
_WORD_NUMBERS = (r"\b(?=" + _WORD_THEN_NUMBER + r")"
                 r"(?:sections?|ss?\.?|regulations?|regs?\.?|articles?|art\.?|schedules?|sch\.?|paragraphs?|paras?\.?|"
                 r"clauses?|parts?|chapters?|rules?|pages?|pp?\.|questions?|q|items?|points?|appendix|annex|annexe|"
                 r"appendices|version|v|windows|ios|android|covid|iphone|ipad|galaxy|generation|gen|series|model|"
                 r"level|grade|band|tier|stage|step|room|floor|suite|po\s+box|box|no\.|"
                 # an item named by its number, not counted by it: "Route 1: 137 miles", "as of day 6", "Ward 3"
                 r"routes?|day|week|wards?|zones?)[ \t]*\.?[ \t]*\d+[A-Za-z]?"
                 # (and numbered within: "Sections 7.2, 7.3, 8 and 9 of the contract were redacted")
                 r"(?:\.\d{1,3}){0,3}(?:\s*\(\s*\w{1,4}\s*\))*"
                 r"(?:\s*(?:,|and|or|&|to|-)\s*\d+[A-Za-z]?(?:\.\d{1,3}){0,3}(?:\s*\(\s*\w{1,4}\s*\))*)*")


_DAYS_BEFORE = r"(?:\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]*(?:-|\u2013|to|or|and|&)[ \t]*)?"


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

    def shifted(self, by: int) -> Value:
        """The value ``by`` characters on (a line's values into its text): dataclasses.replace, three times
        cheaper, for every value of every line."""
        return Value(self.start + by, self.end + by, self.value, self.money, self.approx, self.zero, self.text,
                     self.word)


# ---------------------------------------------------------------------------------------------------
# spans that are never figures

_NEVER = [
    re.compile(r"\[[^\[\]\n]{1,80}\]"),                                    # [FOI #123 email], [mobile number]
    re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE),
    re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # dates
    # (with the first day of a span of days: "on the 3 or 4 September 2016", "10-11 September")
    re.compile(_DAYS_BEFORE + r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTH + r"[ \t]*,?[ \t]*(?:19|20)?\d{2}\b", re.IGNORECASE),
    re.compile(_DAYS_BEFORE + r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?!may\b)" + _MONTH, re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b", re.IGNORECASE),
    # (with a question's number run on to the year: "Responded Wed 04 March 20201." is 2020, then question 1)
    re.compile(r"\b" + _MONTH + r"\s*,?\s*(?:19|20)\d{2}(?:\b|\d{1,2}\.(?=\s|$))", re.IGNORECASE),
    re.compile(r"(?<![\d/])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}(?![\d/])"),
    re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{1,2}:\d{2}(?:\s*(?:am|pm|hrs))?\b(?!\.\d)|(?<!£)\b\d{1,2}\.\d{2}\s*(?:am|pm|hrs)\b",
               re.IGNORECASE),                                                  # times (10:30, 9.30am)
    re.compile(r"\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE),
    # phone numbers
    re.compile(r"(?:\+44\s?\(?0?\)?|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b"),
    # (a number after "phone" has five digits or more: "split Mobile Phone 237, PDA (Smartphone) 53" counts phones)
    re.compile(r"\b(?:ext|extension)\b\.?\s*(?:no\.?|number)?\s*[:.]?\s*[\d\s()+-]{3,}\d|"
               r"\b(?:tel|telephone|phone|fax|mob|mobile|minicom|textphone)\b\.?\s*(?:no\.?|number)?\s*[:.]?\s*"
               r"(?=(?:[\s()+-]*\d){5})[\d\s()+-]{3,}\d", re.IGNORECASE),
    # postcodes
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
    # references and case numbers
    re.compile(r"\b(?:our|your|my)\s+ref(?:erence)?\b[^\n]{0,40}", re.IGNORECASE),
    # (not the last of things joined, "this figure relates to both FOI and EIR: 1362": the figure's label)
    re.compile(r"(?<!\band )(?<!\bor )(?<!& )"
               r"\b(?:ref(?:erence)?|case|request|ticket|complaint|foi|eir|sar|foir|iat)\s*(?:no\.?|number|id|ref)?\s*[:#.]?\s*[A-Z]{0,6}[/-]?\d[\w/-]*",
               re.IGNORECASE),
    re.compile(r"\b[A-Z]{2,}[/-]?\d+(?:[/-]\w+)*\b"),                     # FOI2021/1234, CRM-12345
    # "Case Reference: RFI 1576": a reference's letters and number apart
    re.compile(r"\bref(?:erence)?\b[ \t]*(?:no\.?|number)?[ \t]*[:#.]?[ \t]*(?-i:[A-Z]{2,6})[ \t]+\d[\w/-]*",
               re.IGNORECASE),
    # "Reference: ECC19947203 03 26": a reference's number and the short numbers after it (its month and year) to the
    # end of the line the label opens
    re.compile(r"^[ \t]*(?:[A-Za-z]+[ \t]+)?ref(?:erence)?\b[ \t]*(?:no\.?|number)?[ \t]*[:#.]?[ \t]*[A-Z]{0,6}\d[\w/-]*"
               r"(?:[ \t]{1,3}\d{1,4}){1,3}[ \t]*$", re.IGNORECASE | re.MULTILINE),
    # "9349-16": a letter's reference number and year, on a line of its own or in a heading
    re.compile(r"(?<![\w.,£$/-])(?!(?:19|20)\d\d-)\d{4,}-\d{1,2}\b(?![-.,/]\d)"),
    re.compile(r"\b\d+(?:[/-]\d+){2,}\b"),                                 # 2021/1234/56
    # "1, 2, 3 or 4", "1, 2 and 3": the options a question lists, not figures
    re.compile(r"(?<![\d.,£])\b1\s*,\s*2\s*(?:,\s*3\s*(?:,\s*4\s*)?)?,?\s*(?:or|and)\s*[345]\b(?![\d.,%])"),
    # "<5", "< 10*": a bound a council writes for a small number it withholds, not a figure
    re.compile(r"[<>≤≥]\s*" + LOOSE_WHOLE + r"\*?"),
    # "5.1 LA Dwelling ...": a row's own section number before its label
    re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}(?=[ \t]+[A-Za-z])", re.MULTILINE),
    # legislation and document structure (but "Q2 - 5 Fast units" at a line's start is question 2's number, then
    # its answer, not a range of questions as "Q2-5" is: the span stops at the number)
    # (the look-ahead after the word boundary says a word and then a number follow, as in every match, so the
    # sixty words are tried only there: the pattern is tried on every line with a digit)
    re.compile(_QUESTION_THEN_DASH + "|" + _WORD_NUMBERS, re.IGNORECASE),
    re.compile(r"\b(?:act|acts|regulations|order|rules|directive)\s+(?:19|20)\d{2}\b", re.IGNORECASE),
    re.compile(r"\b(?:GDPR|DPA|FOIA|EIR)\s*(?:19|20)\d{2}\b", re.IGNORECASE),
    # durations, rates and limits
    # "a 2-year 3G contract", "it will run for 2-years" as well as "20 working days"
    re.compile(r"\b\d+(?:\.\d+)?\s*(?:\(\w+\)\s*)?(?:x\s*)?-?\s*(?:calendar\s+|working\s+|work\s+|business\s+|clear\s+|financial\s+|academic\s+|fiscal\s+|full\s+|complete\s+)?"
               r"(?:days?|weeks?|months?|years?|yrs|hours?|hrs|minutes?|mins|seconds?|%|per\s*cent|percent|pages?|"
               r"mb|gb|kb|tb|mbps|ghz|inch(?:es)?|mm|cm|kg|miles?|km)\b", re.IGNORECASE),
    re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*%"),
    # "some will protect 1 or more individual trees": any number from one up, no count
    re.compile(r"(?<![\d.,£])\b1[ \t]+or[ \t]+more\b", re.IGNORECASE),
    # a band of time by its bound: "m. 20 or more years", "5 or over years"
    re.compile(r"\b\d+(?:\.\d+)?[ \t]+or[ \t]+(?:more|over|less|fewer|under|above|below)[ \t]+"
               r"(?:days?|weeks?|months?|years?|yrs|hours?)\b", re.IGNORECASE),
    # a figure the council corrects: "the cost is £165 and not £160"
    re.compile(r"\bnot\s+£\s?" + LOOSE_FIGURE, re.IGNORECASE),
    re.compile(r"(?:appropriate|cost|costs|fees?)\s+limit[^.\n]{0,60}?£\s?" + LOOSE_FIGURE, re.IGNORECASE),
    re.compile(r"£\s?" + LOOSE_FIGURE + r"\s*(?:per|an|a)\s+(?:hour|hr)\b", re.IGNORECASE),
    # a running charge written as a rate: "£1.25/month/unit"
    re.compile(r"£\s?" + LOOSE_FIGURE + r"\s*/\s*(?:month|mth|week|day|annum|year|yr)\b", re.IGNORECASE),
    re.compile(r"£\s?(?:450|600)\b(?=[^.\n]{0,80}\b(?:limit|hours?)\b)", re.IGNORECASE),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE),                  # ordinals
    re.compile(r"\bpage\s+\d+\s*(?:of|/)\s*\d+\b", re.IGNORECASE),
    re.compile(r"\b\d+(?:\.\d+){2,}\b"),                                    # 1.2.3 numbering, versions
    # a reply pointing to its own numbered answers: "the complaint referred to at 2 above", "see 4(b) below"
    re.compile(r"\b(?:at|in|to|see|under)[ \t]+\d{1,2}[ \t]*(?:\(?[a-z]\)|[a-z])?[ \t]+(?:above|below)\b", re.IGNORECASE),
    # the whole a count is out of, said again: "HBC approved 474 of the 475 completed applications" (475 is the
    # applications received, given above), "3 out of 12"
    # (also in brackets: "16 (of the 358)")
    re.compile(r"(?<=\d)(?:[ \t]+|[ \t]*\([ \t]*)(?:out[ \t]+)?of[ \t]+(?:the[ \t]+|these[ \t]+|those[ \t]+)?" + LOOSE_FIGURE
               + r"(?![\d.,]*[ \t]*%)",
               re.IGNORECASE),
    # a range of durations, both ends: "517-797 days overdue" (the end after the dash is a duration above; its
    # start is none either: rates.py reads the range, its middle, where a survey asks for days)
    re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?[ \t]*[-\u2013][ \t]*\d+(?:\.\d+)?[ \t]*"
               r"(?:calendar[ \t]+|working[ \t]+|business[ \t]+)?(?:days?|weeks?|months?|hours?)\b", re.IGNORECASE),
    # a request pointing to its own numbered questions: "The full reports of each of the inspections referred to in 5."
    re.compile(r"\b(?:referred[ \t]+to|mentioned|listed|set[ \t]+out|described|identified)[ \t]+(?:in|at|under)[ \t]+"
               r"(?:question[ \t]+|q\.?[ \t]*|point[ \t]+|item[ \t]+)?\d{1,2}[a-z]?(?=[ \t]*(?:[.,;:)]|$))",
               re.IGNORECASE | re.MULTILINE),
    # a day and month written with a stop after "to date", "as at": "£480,168 (to date 07.03)" is the 7th of March
    re.compile(r"\b(?:to[ \t]+date|as[ \t]+(?:at|of)|dated)[ \t]+(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])(?![\d.])",
               re.IGNORECASE),
    # a standard named by its number: "accredited to ISO 9001 (Quality) ... and BS 18477 (Vulnerability)", "BS EN 16811"
    re.compile(r"\b(?:ISO|BS(?:[ \t]+EN)?|PAS)[ \t]*\d{3,5}(?:[-:]\d{1,4})?\b"),
    # a street address's number (or run of numbers): "The Quadrangle, 106-118 Station Road, Redhill", "at 12 High
    # Street", "Unit 4, 23 Mill Lane" (the street's words in title case, its kind last)
    re.compile(r"(?<![\w.,£/-])\d{1,4}[A-Za-z]?(?:[ \t]*[-\u2013][ \t]*\d{1,4}[A-Za-z]?)?,?[ \t]+"
               # (not a kind of lane counted: "2 Bus Lane cameras", "5 Cycle Lane schemes")
               r"(?!(?:Bus|Cycle|Traffic|Fast|Slow|Parking)[ \t])(?:(?:St\.?|[A-Z][a-z'\u2019]{1,20})[ \t]{1,3}){1,3}"
               r"(?:Road|Street|Lane|Avenue|Drive|Close|Place|Square|Terrace|Crescent|Gardens|Grove|Mews|Parade|"
               r"Walk|Row|Way|Hill|Court|Wharf|Quay|Rd|St|Ave)\b"),
]


_ANY_DIGIT = re.compile(r"\d")

# What every match of each _NEVER pattern holds, as lower-case text: a pattern is tried only on a line holding one
# string of each group (None: always tried). A search costs several microseconds a line and most lines of a reply
# hold no month, "£", "@" or "%"; these tests cost a fraction of that, and skip only searches that cannot match.
_MONTHS3 = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEAR_LEAD = ("19", "20")
_UPPER = "A-Z"    # stands for an upper-case ASCII letter: the line is not all lower case
_NEVER_NEEDS: list[tuple[tuple[str, ...], ...] | None] = [
    (("[",),),                                                  # [FOI #123 email]
    (("http", "www."),),
    (("@",),),
    (_MONTHS3,), (_MONTHS3,), (_MONTHS3,), (_MONTHS3,),         # dates with a month's name
    (("/", ".", "-"),),                                         # 12/05/2019
    (("-",),),                                                  # 2019-05-12
    ((":", "am", "pm", "hrs"),),                                # times
    (("am", "pm"),),
    (("0", "+"),),                                              # phone numbers
    (("tel", "phone", "fax", "mob", "minicom", "ext"),),
    ((_UPPER,),),                                               # postcodes
    (("ref",),),                                                # "our ref"
    (("ref", "case", "request", "ticket", "complaint", "foi", "eir", "sar", "iat"),),
    ((_UPPER,),),                                               # FOI2021/1234
    (("ref",),),                                                # "Reference: RFI 1576"
    (("ref",),),                                                # "Reference: ECC19947203 03 26"
    (("-",),),                                                  # 9349-16
    (("/", "-"),),                                              # 2021/1234/56
    ((",",), ("1",), ("2",)),                                   # "1, 2 or 3"
    (("<", ">", "≤", "≥"),),
    ((".",),),                                                  # "5.1 LA Dwelling"
    None,                                                       # sections, pages, questions ... (single letters)
    (("act", "regulations", "order", "rules", "directive"), _YEAR_LEAD),
    (("gdpr", "dpa", "foia", "eir"), _YEAR_LEAD),
    (("day", "week", "month", "year", "yr", "hour", "hr", "min", "second", "%", "cent", "page", "mb", "gb", "kb",
      "tb", "ghz", "inch", "mm", "cm", "kg", "mile", "km"),),   # durations, sizes, shares
    (("%",),),
    (("1 or more",),),                                          # "1 or more individual trees"
    ((" or ",), ("day", "week", "month", "year", "yr", "hour")),   # "20 or more years"
    (("not",), ("£",)),
    (("limit",), ("£",)),
    (("£",),), (("£",),), (("£",),),
    (("st", "nd", "rd", "th"),),                                # ordinals
    (("page",),),
    ((".",),),                                                  # 1.2.3
    (("above", "below"),),                                      # "referred to at 2 above"
    (("of ",),),                                                # "474 of the 475", "16 (of the 358)"
    (("day", "week", "month", "hour"),),                        # "517-797 days"
    (("referred", "mentioned", "listed", "set", "described", "identified"),),   # "referred to in 5"
    (("to date", "as at", "as of", "dated"), (".",)),           # "to date 07.03"
    (("iso", "bs", "pas"),),                                    # "ISO 9001", "BS 18477"
    (("road", "street", "lane", "avenue", "drive", "close", "place", "square", "terrace", "crescent", "gardens",
      "grove", "mews", "parade", "walk", "row", "way", "hill", "court", "wharf", "quay", "rd", "st", "ave"),
     (_UPPER,)),                                                # "106-118 Station Road"
]
_GATE_WORDS = tuple(sorted({w for needs in _NEVER_NEEDS if needs for group in needs for w in group} - {_UPPER}))


# What every match of some _NEVER patterns holds besides words: a separator between two digits ("12/05/2019",
# "2019-05-12", "5.1", "1.2.3") or a capital letter before a digit ("FOI2021/1234", "SW1A 1AA"). A line is looked
# at for these once (two searches) and a pattern tried only where one of its shapes is there; these patterns read
# no letter case-insensitively, so no folded letter can hide a shape.
_DIGIT_SEP = re.compile(r"\d([/.-])(?=\d)")
_CAPITAL_DIGIT = re.compile(r"[A-Z][/-]?\d")
_SHAPED = {
    r"(?<![\d/])\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}(?![\d/])": ("/", ".", "-"),
    r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b": ("-",),
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b": ("A1",),
    r"\b[A-Z]{2,}[/-]?\d+(?:[/-]\w+)*\b": ("A1",),
    r"\b\d+(?:[/-]\d+){2,}\b": ("/", "-"),
    r"^[ \t]*\d{1,2}\.\d{1,2}(?=[ \t]+[A-Za-z])": (".",),
    r"\b\d+(?:\.\d+){2,}\b": (".",),
}
_NEVER_SHAPES = [frozenset(_SHAPED[rx.pattern]) if rx.pattern in _SHAPED else None for rx in _NEVER]
assert sum(s is not None for s in _NEVER_SHAPES) == len(_SHAPED)


_NEVER_FROM_FIRST = [from_first_char(rx) for rx in _NEVER]
# the sections pattern's second half alone, and its form searched from its words' first letters
_WORD_NUMBERS_RX = re.compile(_WORD_NUMBERS, re.IGNORECASE)
_WORD_NUMBERS_FAST = from_first_char(_WORD_NUMBERS_RX)
_SECTIONS = next(rx for rx in _NEVER if rx.pattern == _QUESTION_THEN_DASH + "|" + _WORD_NUMBERS)


# A line's gate words and shapes as the bits of one number, and each pattern's groups (the shapes it needs are one
# more group) as numbers it must share a bit with: the forty patterns are weighed in a few integer operations each,
# not in set operations
_WORD_BIT = {w: 1 << i for i, w in enumerate((*_GATE_WORDS, _UPPER))}
_ALL_WORDS = sum(_WORD_BIT.values())
_SHAPE_BIT = {sh: 1 << (len(_WORD_BIT) + i) for i, sh in enumerate(("/", ".", "-", "A1"))}
_GATE_ITEMS = tuple((w, _WORD_BIT[w]) for w in _GATE_WORDS)
_NEVER_TABLE = tuple(
    (rx, fast, (() if needs is None else tuple(sum(_WORD_BIT[w] for w in group) for group in needs))
     + (() if shaped is None else (sum(_SHAPE_BIT[sh] for sh in shaped),)))
    for rx, fast, needs, shaped in zip(_NEVER, _NEVER_FROM_FIRST, _NEVER_NEEDS, _NEVER_SHAPES))


def never_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not _ANY_DIGIT.search(text):
        return spans
    have = 0
    for sh in _DIGIT_SEP.findall(text):
        have |= _SHAPE_BIT[sh]
    if _CAPITAL_DIGIT.search(text):
        have |= _SHAPE_BIT["A1"]
    low = text.lower()
    if folds_unseen(text):   # (a line holding "ſ", "ı" or "İ" is searched by every pattern)
        have |= _ALL_WORDS
    else:
        for w, bit in _GATE_ITEMS:
            if w in low:
                have |= bit
        if low != text:
            have |= _WORD_BIT[_UPPER]
    for rx, fast, groups in _NEVER_TABLE:
        for g in groups:
            if not have & g:
                break
        else:
            if rx is _SECTIONS and not ((low.lstrip(" \t")[:1] == "q" or "\n" in text) and "-" in text):
                # (its first half cannot match: it reads "q" or "question" at a line's start, after spaces)
                spans.extend(first_char_spans(_WORD_NUMBERS_RX, _WORD_NUMBERS_FAST, text))
            elif fast is None:
                spans.extend((m.start(), m.end()) for m in rx.finditer(text) if m.end() > m.start())
            else:
                # (first_char_spans written out: a line with a digit asks a dozen of these)
                pos, search = 0, fast.search
                while (m := search(text, pos)) is not None:
                    pos = m.end(1)
                    spans.append((m.start(1), pos))
    if " of th" in low:
        spans = [(a, b) for a, b in spans if not _part_after_whole(text, a, b)]
    return spans


# "2023: 225 of these 10 had an EHCP": a smaller figure after "of these" is a part of the one before (read by
# facts/part_counts.py), not the whole said again as in "474 of the 475"
_OF_THESE_FIGURE = re.compile(r"[ \t]+of[ \t]+(?:these|those)[ \t]+(" + LOOSE_WHOLE + r")$", re.IGNORECASE)
_FIGURE_BEFORE = re.compile(r"(?<![\d.,])" + LOOSE_WHOLE + r"$")


def _part_after_whole(text: str, a: int, b: int) -> bool:
    m = _OF_THESE_FIGURE.match(text[a:b])
    before = _FIGURE_BEFORE.search(text, max(0, a - 12), a) if m else None
    if before is None:
        return False
    return parse_number(m.group(1)) < parse_number(before.group(0))


# ---------------------------------------------------------------------------------------------------
# values: the generic readers (money.py, numbers.py) read the amounts and numbers; here they are weighed as figures

_ZERO = re.compile(
    # (not a word of a name in title case, mid-sentence: "the new Elective Home Education, None Statutory Guidance
    # For Local Authorities 2019", "funded by Zero Waste Scotland")
    r"(?!(?<=[A-Za-z,][ \t])(?-i:(?:" + "|".join(w.title() for w in ANSWER_ZERO_WORDS) + r")[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+))"
    r"\b(?:" + "|".join(ANSWER_ZERO_WORDS) + r")\b(?!\s+(?:of|whatsoever\s+of))"
    r"|\b(?:not|n't|never)\s+(?:\w+\s+){0,2}?(?:purchased|bought|procured|acquired|created|issued|ordered|"
    r"purchase|buy|procure|acquire|create|issue|order|used|use)\s+any\b"
    r"|\bno\b(?=\s+(?:new\s+|additional\s+)?[A-Za-z])"
    r"|\b(?:do|does|did|have|has)\s+not\s+(?:currently\s+)?(?:use|have|hold|own|operate|purchase|buy|subscribe\s+to|"
    r"procure)\s+(?:any\s+|a\s+|an\s+)?(?=[A-Za-z])"
    r"|\b(?:doesn't|don't|didn't|haven't|hasn't)\s+(?:use|have|hold|own|purchase|buy)\s+(?:any\s+|a\s+|an\s+)?(?=[A-Za-z])",
    re.IGNORECASE)
# every match of _ZERO holds one of these (most lines hold none: a test costs less than the search)
_ZERO_HINTS = re.compile("no|nil|zero|n't|any")     # searched in lower case: no re.I
# (_ZERO opens with a look-ahead and look-behinds, tried at every character: searched from its first letters only)
_ZERO_FAST = from_first_char(_ZERO)
_FIGURE = re.compile(LOOSE_FIGURE)
# a figure stands alone: not inside a reference, a fraction, a date or a code ("FOI/123", "2.5.1", "£-5", "A-12")
_NOT_BEFORE = frozenset(".,/£$€-")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")
_RANGE_NEXT = re.compile(r"[ \t]*(?:[-–—]|to\b|and\b)[ \t]*£?[ \t]*\d", re.IGNORECASE)


# "2021 -185": a dash stuck to a figure after a year and a space separates the two ("2021 - 185")
_YEAR_SPACE_DASH = YEAR_SPACE_DASH

# a count written with a times sign, as councils list them: "33x CPNs issued", "1x for aggressive begging" (the
# "x" then a space and a word, or a rating with its unit: "20x 22kW + 22x 7kW"; "4x4", "0x1F" stay codes)
_TIMES_AFTER = re.compile(r"[x×][ \t]+(?:[A-Za-z]|\d+(?:\.\d+)?[ \t]?[A-Za-z])")


def _stands_alone(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s else ""
    if before and (before.isalnum() or before == "_" or before in _NOT_BEFORE) \
            and not (before == "-" and _YEAR_SPACE_DASH.search(text, max(0, s - 14), s)):
        return False
    after = text[e:e + 2]
    if after[:1] and (after[0].isalnum() or after[0] in "_/£") \
            and not (after[0] in "x×" and _TIMES_AFTER.match(text, e)):
        return False
    return not (after[:1] in (".", ",") and after[1:2].isdigit())


def _one_price(text: str, m) -> bool:
    """Whether a range money.py read is one price: on one line with single spaces around its dash ("£310   -
    £295" is a table's columns), the top at most ten times the bottom, and not a year written without £ ("£550 to
    2020 - £600" is a price, then a year)."""
    raw = m.raw
    if "\n" in raw or "  " in raw or "\t" in raw or not m.low < m.high <= 10 * m.low:
        return False
    top = list(_FIGURE.finditer(raw))[-1]
    return "£" in raw[max(0, top.start() - 2):top.start()] \
        or not (_YEAR_WRITTEN.fullmatch(top.group(0)) and m.low < 1000)


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




def holds_no_values(text: str) -> bool:
    """Whether ``text`` holds nothing find_values could read, whatever is blocked: a line without a digit (most of a
    reply's) holds no amount and no figure; without a number word or a word of none either, nothing."""
    if _ANY_DIGIT.search(text) is None and "etween" not in text and not folds_unseen(text):
        low = text.lower()
        return WORD_START_HINT_FAST.search(low) is None and _ZERO_HINTS.search(low) is None
    return False


def find_values(text: str, blocked: list[tuple[int, int]]) -> list[Value]:
    """Money, plain numbers and zero words in ``text``, skipping anything overlapping ``blocked``."""
    return values_free(text, value_candidates(text), blocked)


def value_candidates(text: str):
    """What find_values reads in ``text`` before any block is weighed (None: nothing, see holds_no_values): a
    line's candidates are read once and weighed against its blocks as often as the blocks grow (values_free)."""
    if holds_no_values(text):
        return None       # said at once, not after each reader below has looked
    amounts = find_amounts(text)
    # ranges first, so that their two ends are not read as two figures: "£550 - £750 per device", "between £550
    # and £750", "between 200 and 250 laptops" are one approximate figure each, the middle of the range (money.py
    # reads money ranges; it is asked only where an amount has another after a dash, "to" or "and")
    ranged = any(_RANGE_NEXT.match(text, a.end) for a in amounts)
    ranges = [m for m in find_money(text) if m.qualifier == "range" and _one_price(text, m)] if ranged else []
    between = [q for q in find_quantities(text, context_aware=False)
               if q.qualifier == "range" and q.raw[:7].lower() == "between" and q.value is not None
               and not _YEARS_BETWEEN.fullmatch(q.raw)] if "etween" in text else []
    numbers = []        # (the number, where its figure ends; None for a number in words)
    for q in find_numbers(text):
        if q.value is None or q.not_applicable or not q.raw[:1].isalnum():
            continue
        if q.raw[0].isdigit():
            if _stands_alone(text, q.start, q.end):
                numbers.append((q, _FIGURE.match(text, q.start).end()))
        elif q.raw.lower() not in ("nil", "zero", "nought", "none"):
            # a number written in words ("three", "two hundred"); zero words are read below
            numbers.append((q, None))
    low = text.lower()
    zero_words = folds_unseen(text) or _ZERO_HINTS.search(low) is not None
    zeros = list(first_char_spans(_ZERO, _ZERO_FAST, text)) if zero_words else []
    return amounts, ranges, between, numbers, zeros


def values_free(text: str, candidates, blocked: list[tuple[int, int]]) -> list[Value]:
    """The values of ``candidates`` (value_candidates(text)) that no span of ``blocked`` overlaps: find_values'
    answer. A block only takes values away: what is read under some blocks is a superset of what is read under
    more."""
    if candidates is None:
        return []
    amounts, ranges, between, numbers, zeros = candidates
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

    def figures_free(s: int, e: int) -> bool:
        return not any(is_blocked(f.start(), f.end()) for f in _FIGURE.finditer(text, s, e))

    out: list[Value] = []
    taken = _Taken()
    for m in ranges:
        if not figures_free(m.start, m.end):
            continue
        out.append(Value(m.start, m.end, m.value, True, True, False, m.raw))
        taken.add(m.start, m.end)
    for q in between:
        if taken.overlaps(q.start, q.end) or not figures_free(q.start, q.end):
            continue
        out.append(Value(q.start, q.end, q.value, False, True, False, q.raw))
        taken.add(q.start, q.end)
    for a in amounts:
        # an amount is blocked only by a block that covers its figure (a date after "£" is not money)
        if taken.overlaps(a.start, a.end) or not figures_free(a.start, a.end):
            continue
        out.append(Value(a.start, a.end, a.value, True, False, False, a.raw))
        taken.add(a.start, a.end)
    for q, figure_end in numbers:
        s, e = q.start, q.end
        if figure_end is not None:
            if is_blocked(s, figure_end) or taken.overlaps(s, s + 1):
                continue
            out.append(Value(s, e, q.value, False, False, False, q.raw))
        elif not is_blocked(s, e):
            out.append(Value(s, e, q.value, False, False, False, q.raw, True))
    for s, e in zeros:
        if is_blocked(s, e):
            continue
        # "£Nil": nothing, in money
        out.append(Value(s, e, 0.0, text[max(0, s - 2):s].rstrip(" \t").endswith("£"), False, True, text[s:e]))
    if len(out) > 1:
        out.sort(key=_START)
    return out


# "Council Tax have used Enforcement Agents between 2020 and 2025": two years, a span of time, no figure between them
_YEARS_BETWEEN = re.compile(r"between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d", re.IGNORECASE)
_START = attrgetter("start")


def is_year(v: Value) -> bool:
    return not v.money and not v.zero and v.value.is_integer() and 1990 <= v.value <= 2039 and "," not in v.text
