"""The reply cut into lines, each read once into the shared ``_Line`` model: its table cells, the
survey's subjects, its periods (a month read with the rows next to it), the values that can be figures (not
the request's own words, reference numbers, list markers), and shares and lengths of time the survey asks for."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..asking import example_run_on
from ..folding import folds_unseen
from ..numbers import GROUPED, LOOSE_FIGURE, LOOSE_WHOLE, WHOLE, parse_number
from ..question_number import ANY_NUMBER, PART
from ..periods import find_periods, mark_partial, MONTHS, Period, period_of_cell, whole_date
from ..rates import BY_UNIT, find_rates, timed_subjects
from ..first_chars import first_char_spans, from_first_char
from ..scan import _MONTH, holds_no_values, is_year, never_spans, Value, value_candidates, values_free
from .model import _Line
from .slash_pairs import slash_pair
from .year_rows import year_not_span
from .as_of import as_of_month_end
from .words import _content_words, _MARKER
from .state import Part
from .measured_sizes import size_spans


# numbers that are never figures, beside those the scanner knows: a page's count of attachments ("2 Attachments"),
# a reply's own heading number ("Request for information 3:"), and the bounds of small numbers withheld for
# privacy ("numbers between 1 and 5 have been suppressed"), like the scanner's "<5"
# Each with what every match of it holds (any one of them, in the lowered line): a line without it is not searched.
_NOT_A_FIGURE_RULES = (
    (re.compile(r"\b\d{1,3}\s+attachments?\b", re.IGNORECASE), ("attachment",)),
    (re.compile(r"\brequests?\s+for\s+information\s+\d{1,2}\b", re.IGNORECASE), ("information",)),
    (re.compile(r"\bnumbers?\s+(?:between|from)\s+\d{1,2}\s+(?:and|to|-)\s+\d{1,2}\b", re.IGNORECASE), ("number",)),
    # ... or below a bound, said of the numbers as why they are withheld: "This is because the numbers are 5 or less
    # meaning that release could lead to the identification of the individual(s)", "as the figures are fewer than 5"
    (re.compile(r"\b(?:numbers?|figures?|counts?)[ \t]+(?:are|is|were|was|being|of)[ \t]+(?:\d{1,2}[ \t]+or[ \t]+"
                r"(?:less|fewer|under|below)|(?:less|fewer)[ \t]+than[ \t]+\d{1,2}|under[ \t]+\d{1,2})\b", re.IGNORECASE),
     ("number", "figure", "count")),
    # ages that say who is counted: "children aged under 5", "children (under 18)", "children between 0-1",
    # "aged 16-24"
    (re.compile(r"\b(?:children|child|people|persons|adults|pupils|residents|households|young\s+people)[ \t]+"
                r"(?:\([ \t]*)?(?:aged[ \t]+)?(?:(?:under|over|below|above)[ \t]+\d{1,2}\b|between[ \t]+\d{1,2}[ \t]*"
                r"(?:-|\u2013|and|to)[ \t]*\d{1,2}\b)|\baged[ \t]+(?:(?:under|over|below|above)[ \t]+)?\d{1,2}"
                r"(?:[ \t]*(?:-|\u2013|to|and)[ \t]*\d{1,2})?\b", re.IGNORECASE),
     ("child", "people", "person", "adult", "pupil", "resident", "household", "aged")),
    # "including children under the age of 2", "over the age of 65": an age, as above
    (re.compile(r"\b(?:the[ \t]+)?ages?[ \t]+of[ \t]+\d{1,2}(?:[ \t]*(?:-|\u2013|to|and)[ \t]*\d{1,2})?\b",
                re.IGNORECASE), ("age",)),
    # a question's number run on to the end of the line before (a page's lines joined): "a) number of new sites
    # 1) How many allotment sites are there ...?"
    (re.compile(r"(?<=[a-z][ \t])\d{1,2}\)[ \t]+(?=(?:How|What|Are|Is|Do|Does|Did|Has|Have|Can|Could|Would|Will|"
                r"Which|When|Where|Who|Why|Please)\b)"), (")",)),
    # a run of the request's numbers answered at once: "5. - 7. Not held.", "Q3-5: see above"
    (re.compile(r"^[ \t]*(?:q(?:uestions?)?[ \t]*)?\d{1,2}[a-z]?[ \t]*[.):]?[ \t]*(?:-|\u2013|to)[ \t]*(?:q[ \t]*)?"
                r"\d{1,2}[a-z]?[ \t]*[.):](?=[ \t]|$)", re.IGNORECASE), ("-", "\u2013", "to")),
    # a number that picks which ones, not how many: "LAST 10 PLOTS AWARDED", "the first 5 applicants", "top 3"
    (re.compile(r"\b(?:last|first|top|next|latest)[ \t]+\d{1,3}\b(?![.,]\d)", re.IGNORECASE),
     ("last", "first", "top", "next", "latest")),
    # "on more than 1 waiting list": several, not a count
    (re.compile(r"\bmore[ \t]+than[ \t]+(?:1|one)\b(?![.,]\d)", re.IGNORECASE), ("more",)),
    # "We have less than 1 full time equivalent": a fraction of one, not a count of one
    (re.compile(r"\b(?:less|fewer)[ \t]+than[ \t]+(?:1|one)\b(?![.,]\d)", re.IGNORECASE), ("less", "fewer")),
    # a size of land, not a count: "a whole (ten poles plot)", "5 acres", "4.25 hectares", "250 square metres" (the
    # old measures of a plot, poles, rods and perches, only before what they measure: "15 poles" may be counted)
    (re.compile(r"\b(?:" + LOOSE_FIGURE + r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                r"twenty|thirty|forty|fifty|hundred)[ \t]*-?[ \t]*(?:(?:poles?|rods?|perch(?:es)?)(?=[ \t]+(?:plots?|"
                r"of[ \t]+(?:land|ground)|in[ \t]+size)\b)|acres?\b|hectares?\b|sq(?:uare)?\.?[ \t]*(?:m|metres?|meters?|"
                r"ft|feet|yards?|yds)\b|m2\b|m\u00b2)", re.IGNORECASE),
     ("pole", "rod", "perch", "acre", "hectare", "sq", "m2", "m\u00b2")),
    # a length under a label that says its unit: "Total restrictions length (in metres): 22412"
    (re.compile(r"\((?:in[ \t]+)?(?:metres|meters|kilometres|kilometers|km|miles|feet|ft|yards)\)[ \t]*[:=\-]?[ \t]*"
                + LOOSE_FIGURE, re.IGNORECASE), ("metre", "meter", "km", "mile", "feet", "ft", "yard")),
    # a code's number names a kind, it counts nothing: "contravention code 40", "Code 40 and Code 87"
    (re.compile(r"\bcodes?[ \t]+(?:no\.?[ \t]*)?\d{1,4}[a-z]?\b(?![.,]\d)(?:[ \t]+(?:and|or|&)[ \t]+(?:codes?[ \t]+)?"
                r"\d{1,4}[a-z]?\b(?![.,]\d))*", re.IGNORECASE), ("code",)),
    # a signature's icon or list number before a web address: "8 [1]www.royalgreenwich.gov.uk"
    (re.compile(r"(?<![\w.,\u00a3$])\d{1,3}[ \t]+(?:\[\d{1,3}\][ \t]*)?(?:https?://|www\.)", re.IGNORECASE),
     ("www", "http")),
    # how often, not how many: "inspections either twice a year, five times a year or 7 times a year"
    (re.compile(r"\b\d{1,3}[ \t]+times[ \t]+(?:a|an|per|each)[ \t]+(?:day|week|fortnight|month|quarter|year|annum)\b",
                re.IGNORECASE), ("times",)),
    # how often, as a length of time between visits: "a local lighting contractor is booked every 4 to 6 weeks",
    # "inspected every 2 years" (no time taken, and no count)
    (re.compile(r"\bevery[ \t]+\d{1,3}(?:[ \t]*(?:-|\u2013|to|or)[ \t]*\d{1,3})?[ \t]+(?:(?:working|calendar)[ \t]+)?"
                r"(?:days?|weeks?|fortnights?|months?|years?)\b", re.IGNORECASE), ("every",)),
    # the attachments' count on a page shown in Welsh ("1 Atodiad"), as "1 Attachment" above
    (re.compile(r"\b\d{1,3}[ \t]+atodiad(?:au)?\b", re.IGNORECASE), ("atodiad",)),
    # a reply listed by its number, a line of its own (links to earlier replies after the answer: "- Response
    # 2545413", the page cut at "- Response 3")
    (re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:responses?|requests?)[ \t]+(?:no\.?[ \t]*)?\d+[ \t]*$", re.IGNORECASE),
     ("response", "request")),
    # a line of its own naming the questions one answer is for: "1. & 2.", "Q3 and Q4", "Questions 1 & 2"
    (re.compile(r"^[ \t]*(?:(?:Q(?:uestions?)?[ \t]*)\d{1,2}[a-z]?[.)]?|\d{1,2}[a-z]?[.)])[ \t]*(?:&|and|\+)[ \t]*"
                + ANY_NUMBER + PART + r"[.):]?[ \t]*$", re.IGNORECASE), ("&", "and", "+")),
    # ...or opening the answer on the same line: "1 & 2. This information is exempt under Section 25", "Q1 and 2:
    # Not held" (the second number closed by a stop, a bracket or a colon, then the answer's first word)
    (re.compile(r"^[ \t]*(?:Q(?:uestions?)?[ \t]*)?\d{1,2}[a-z]?[.)]?[ \t]*(?:&|and|\+)[ \t]*(?:Q[ \t]*)?"
                r"\d{1,2}[a-z]?[.):](?=[ \t]+[A-Z])", re.IGNORECASE), ("&", "and", "+")),
    # a question, point or part named by its number in brackets, as the reply points to it: "The answer to question
    # (1) is as follows:", "see point (3) above" (the scanner knows "question 1"; the bracket hides it)
    (re.compile(r"\b(?:questions?|points?|items?|parts?)[ \t]*\([ \t]*\d{1,2}[a-z]?[ \t]*\)", re.IGNORECASE),
     ("question", "point", "item", "part")),
    # the request counting its own questions: "Could you please answer the following 2 questions:"
    (re.compile(r"\bfollowing[ \t]+\d{1,2}[ \t]+(?:questions|queries|points|parts|requests)\b", re.IGNORECASE),
     ("following",)),
    # a count in brackets right after an answer's figure or nought, with words of its own and no other figure, is an
    # aside on some of them, not the answer: "2022 – 84 (5 appeals still ongoing)", "None (3 are still ongoing)",
    # "29 (22 for one Councillor)", "55 (83 including all play areas e.g. MUGA/Fitness etc)" (not a length, "2022
    # (33 months)", nor a breakdown of several, "165 (155 direct, 10 No service)")
    (re.compile(r"(?:(?<=\d[ \t]\()|(?<=\d\()|(?<=\bnone[ \t]\()|(?<=\bnil[ \t]\()|(?<=\bzero[ \t]\())"
                r"\d[\d,]*(?=[ \t]+[A-Za-z][^()\d\n]{0,80}\))(?![ \t]+(?:months?|years?|yrs?|weeks?|days?|hours?|hrs?|"
                r"mins?|minutes?|per|sq|square|km|miles?|metres?|meters?|tonnes?|kg|grams?|litres?|ml|hectares?|acres?|of|out)\b)",
                re.IGNORECASE), ("(",)),
    # a quarter's number says which quarter, it counts nothing: a header "Qtr. 1 Qtr.2 Qtr. 3 Qtr.4" under its
    # years, "the quarter 4 and annual reporting"; and quarters counted are a length of time, "(only 3 quarters so
    # far for 2020)" (a quarter with its year, "Q1 2020", is a period, read before these)
    (re.compile(r"\b(?:qtr|quarter)\.?[ \t]*[1-4]\b(?![.,]\d)|\b\d{1,2}[ \t]+(?:qtrs|quarters)\b", re.IGNORECASE),
     ("qtr", "quarter")),
    # a place on the map, said by its numbers: "The coordinates of the school is: 322216 - 862652", "grid reference
    # SU 4123 8765", "Easting 322216, Northing 862652" (a position, never a count)
    (re.compile(r"\b(?:co-?ordinates?|grid[ \t]+ref(?:erence)?s?\.?|eastings?|northings?)\b[^\d\n]{0,40}?"
                r"(?:\b[A-Z]{2}[ \t]?)?\d{3,7}(?:(?:[ \t]*[-,/\u2013][ \t]*|[ \t]+)(?:northings?[ \t:]*)?\d{3,7})?",
                re.IGNORECASE), ("ordinate", "grid", "easting", "northing")),
)
_NOT_A_FIGURE = tuple(rx for rx, _ in _NOT_A_FIGURE_RULES)
_NOT_A_FIGURE_NEEDS = tuple(needs for _, needs in _NOT_A_FIGURE_RULES)
# each searched only from the characters its matches start with, where that can be said (first_chars.first_char_spans)
_NOT_A_FIGURE_FAST = tuple(from_first_char(rx) for rx in _NOT_A_FIGURE)


def _year_like_figures(text: str, cells: list[tuple[int, int]], periods: list) -> list:
    """``periods`` without a bare four-digit number in a figure column of a row that opens with a span of years:
    "2021-2022 | 1943 | 10123 |" (the row's other cells hold figures, so 1943 is one, not a year)."""
    cells = [(a, b) for a, b in cells if text[a:b].strip()]
    if len(cells) < 3 or not re.fullmatch(r"\s*(?:19|20)\d\d\s*[-/\u2013]\s*(?:19|20)?\d\d\s*", text[cells[0][0]:cells[0][1]]):
        return periods
    bare = [(a, b) for a, b in cells[1:] if re.fullmatch(r"\s*(?:19|20)\d\d\s*", text[a:b])]
    others = [(a, b) for a, b in cells[1:] if re.fullmatch(r"\s*" + LOOSE_WHOLE + r"\s*", text[a:b]) and (a, b) not in bare]
    if len(bare) != 1 or not others:
        return periods
    a, b = bare[0]
    return [p for p in periods if not a <= p.start < b]


def _not_a_figure_spans(raw: str) -> list[tuple[int, int]]:
    """The spans of ``raw`` (a line with a digit) that _NOT_A_FIGURE_RULES say are no figure, rule by rule."""
    low, unseen = raw.lower(), folds_unseen(raw)
    out: list[tuple[int, int]] = []
    for rx, fast, needs in zip(_NOT_A_FIGURE, _NOT_A_FIGURE_FAST, _NOT_A_FIGURE_NEEDS):
        if not unseen:
            # (a loop, not any() over a generator: asked of thirteen rules on every line with a digit)
            for w in needs:
                if w in low:
                    break
            else:
                continue
        out += first_char_spans(rx, fast, raw)
    return out

# "Not held - none.", "Nil - not held": the word says nothing is held, not that the count is nought
_NONE_HELD = re.compile(r"\bnot[ \t]+held[ \t]*[-\u2013:,;]?[ \t]*(?:none|nil)\b"
                        r"|\b(?:none|nil)[ \t]*[-\u2013:,;(]?[ \t]*not[ \t]+held\b", re.IGNORECASE)


# a page's fields flattened one to a line, "- FOI Number" then "- 474": the number under a reference's label is
# the reference (not "Total number" then "474", which is a count)
_REFERENCE_LABEL_LINE = re.compile(r"\b(?:foi|foia|eir|request|case|reference|ref|file|log|enquiry|complaint)[ \t]*"
                                   r"(?:number|no\.?|ref(?:erence)?|id)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*$", re.IGNORECASE)
_BARE_VALUE_LINE = re.compile(r"[ \t]*(?:[-\u2022*][ \t]*)?\d[\d,/-]*[ \t]*$")
# a provision's number wrapped onto the next line of a hard-wrapped e-mail: "the exemption contained in Section" /
# "42 of the Freedom of Information Act", "under Regulation" / "12(5)(e) of the EIR"
_PROVISION_AT_LINE_END = re.compile(r"\b(?:sections?|ss?\.|regulations?|regs?\.|articles?|schedules?|paragraphs?|"
                                    r"paras?\.|clauses?|chapters?)[ \t]*$", re.IGNORECASE)
_PROVISION_NUMBER = re.compile(r"[ \t]*\d{1,3}[A-Za-z]?(?:[ \t]*\([ \t]*\w{1,4}[ \t]*\))*(?![\d,.]*[ \t]*%)")


# money written in thousands: "Cost in £000 17,922", "Spend (£'000s)": the mark is no figure, the plain numbers
# after it on its line are thousands of pounds
_THOUSANDS = re.compile(r"£[ \t]?'?000'?s?(?![\d,.])|£[ \t]?k\b|\bgbp[ \t]?'?000'?s?(?![\d,.])",
                        re.IGNORECASE)


_AT_END_OF = re.compile(r"\bat\s+(?:the\s+)?end\s+of\s+$", re.IGNORECASE)
# a month something began in, said after the year a figure is of: "2022/23 with tracking introduced December 2022
# - £49,904" is 2022/23's (the month says when counting started)
_BEGUN_IN = re.compile(r"\b(?:introduced|launched|implemented|started|began|begun|commenced)[ \t]+(?:in[ \t]+)?$",
                       re.IGNORECASE)
_HELD_AT_END = ("month", "financial_year", "calendar_year", "academic_year")


# a count written with "no" (number of) stuck to it, as surveyors and engineers write: "13no", "25no.", "4nr"
_COUNTED_UNIT = re.compile(r"(?<![\w.,£/-])(" + WHOLE + r")(?:no|nos|nr)\b\.?", re.IGNORECASE)
# what every match of it holds (most lines with a digit hold none: the search costs three times this one)
_COUNTED_HINT = re.compile(r"\d(?:no|nr)", re.IGNORECASE)


# the top of a range after a plain number: "10-15", "50 - 60" (not "10-15%", "1-2 years", "3-4pm")
_RANGE_TOP = re.compile(r"[ \t]?[-\u2013][ \t]?(\d{1,6})(?![\d/.,:%]|\s*(?:%|per\s*cent|days?|weeks?|months?|years?|"
                        r"hours?|am|pm)\b)", re.IGNORECASE)


# a number in a question quoted back, as a council may type its answer there: "sites 9 and b) plots" (not a part's
# or question's own number, "(a)", "3.", "1)", nor a figure of money or a share, which the scanner weighs)
_TYPED_NUMBER = re.compile(r"(?<![\w.,£$/()-])" + GROUPED + r"(?![\w.,)%/:-]|\.\d|[ \t]*%)")
# words before a number that make it the request's own: "the 10 individuals", "each of the 5 sites", "last 3", "if 10
# employee use ..." (a supposition)
_OWN_NUMBER_BEFORE = re.compile(r"\b(?:the|of|last|next|top|first|each|every|per|over|under|than|within|"
                                r"least|most|about|around|for|in|on|at|to|from|between|and|or|by|if)[ \t]+$",
                                re.IGNORECASE)
_ANY_DIGIT = re.compile(r"\d")


# a question numbered in lower-case roman numerals: "(ii) The average length of stay ..."
# more question numbers joined to a line's first: "1. & 2. Please Note:", "3) and 4) See attached"
_JOINED_MARKERS = re.compile(r"(?:[ \t]*(?:&|and|,)[ \t]*(?:q(?:uestion)?[ \t]*)?\(?\d{1,2}[a-z]?[.):](?=\s))+",
                             re.IGNORECASE)
# (a year or a year pair opening the rest of a line: "2010/11   16934" after "1 - ")
_PERIOD_FIRST = re.compile(r"(?:19|20)\d\d\b|\d\d/\d\d\b")
# (a line opened by a number set off by a dash, to its dash)
_DASHED_NUMBER_LINES = re.compile(r"^[ \t]*(\d{1,2})[ \t]+[-\u2013\u2014][ \t]+", re.MULTILINE)
_ROMAN_MARKER = re.compile(r"[ \t]*\((i{1,3}|iv|vi{0,3}|ix|x)\)[ \t]+(?=[A-Z])")
# a part's letter after its question's number, the first part's answer on the number's line: "3. a) 2" / "b) 1.5"
# the rest of a line led by a day of the month: the month and the year ("1 April 2010 / 31 March 2011 - 2")
_FULL_DATE_REST = re.compile(r"[ \t]+(?:" + _MONTH + r")\.?[ \t]+(?:19|20)\d\d\b", re.IGNORECASE)
_PART_AFTER_NUMBER = re.compile(r"[ \t]*\(?([a-h])\)(?=[ \t]+\S)")


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


# a question's part numbered in roman numerals after its number: "2i -", "2ii -", "2(iii)" over its answer
_NUMBER_ROMAN = re.compile(r"[ \t]*(\d{1,2})\(?(i{1,3}|iv|vi{0,3}|ix|x)\)?(?![a-z\d])(?=[ \t]*(?:[.):\-\u2013]|$))[.):]?",
                           re.IGNORECASE | re.MULTILINE)


_LONE_INTEGER = re.compile(r"[ \t]*(\d{1,2})[ \t]*")


def next_item_alone(text: str, s: int, raw: str) -> bool:
    """Whether the line ``raw`` at ``s`` is only the next number of the numbered list just above it ("4. Where
    requested ... display areas for Trade Union publications." then "5", where a page was cut): the next item's
    marker, its words lost, not a figure."""
    m = _LONE_INTEGER.fullmatch(raw)
    if m is None or int(m.group(1)) < 3:
        return False
    # (two items above, the nearer no question: "2. How many rooms do you provide?" / "3" is an answer)
    above = text[:s].rstrip().rsplit("\n", 2)[-2:]
    n = int(m.group(1))
    return len(above) == 2 and not above[1].rstrip().endswith("?") and all(
        re.match(r"[ \t]*" + str(n - k) + r"[.)][ \t]+[A-Za-z]", line) for k, line in ((2, above[0]), (1, above[1])))


def _roman_part(raw: str, survey) -> tuple[re.Match, str] | None:
    """A part numbered in roman numerals after its number ("2ii -"), as the survey letters it: the request's
    "II)" under "2)" is part 2b (the README's rule), where no part is lettered with the numeral's own letters."""
    m = _NUMBER_ROMAN.match(raw)
    if m is None or survey.question(f"{int(m.group(1))}{m.group(2).lower()}") is not None:
        return None
    q = survey.question(f"{int(m.group(1))}{chr(ord('a') + _ROMAN[m.group(2).lower()] - 1)}")
    return (m, q.id) if q is not None else None


# a value that is set rather than counted, said not to exist: "no formal target", "no limit", "no cap"
_NO_SET_VALUE = re.compile(r"no[ \t]+(?:[a-z-]+[ \t]+)?(?:targets?|limits?|thresholds?|quotas?|caps?|ceilings?)\b",
                           re.IGNORECASE)


# a part numbered in roman numerals alone at a line's start, its number on a line above: "2. 35" / "i.) 77"
_LONE_ROMAN = re.compile(r"[ \t]*\(?(i{1,3}|iv|vi{0,3}|ix|x)\.?\)(?=[ \t])")
_NUMBER_OPENS = re.compile(r"[ \t]*(?:q(?:uestion)?[ \t]*\.?[ \t]*)?(\d{1,2})[.)]", re.IGNORECASE)


def roman_under_number(text: str, s: int, raw: str, survey) -> tuple[re.Match, str] | None:
    """(the marker, the part's id) of a line opening with a lone roman numeral ("i.) 77") whose nearest line above,
    past blank lines and its sister parts, opens with a question's number ("2. 35"): that number's part lettered
    as the numeral counts (i: a, ii: b), where the survey asks it."""
    m = _LONE_ROMAN.match(raw)
    if m is None:
        return None
    end = s
    for _ in range(6):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        above = text[start:end].rstrip("\n")
        end = start
        if not above.strip() or _LONE_ROMAN.match(above):
            continue
        n = _NUMBER_OPENS.match(above)
        if n is None:
            return None
        q = survey.question(f"{int(n.group(1))}{chr(ord('a') + _ROMAN[m.group(1).lower()] - 1)}")
        return (m, q.id) if q is not None else None
    return None


# a cell that is only a question's or a list item's number or bullet: "1.", "Q2", "3a)", "(4)", "·"
_NUMBER_CELL = re.compile(r"\(?(?:q(?:uestion)?\s*\.?\s*)?\d{1,2}[a-z]?\s*[.):]?\)?|[-*\u2022\u00b7\u25aa\u25cf\uf0b7o]",
                          re.IGNORECASE)


_BARE_YEAR_TOKEN = re.compile(r"(?<!\S)(?:19|20)\d{2}(?![^\s(:])")


_LEADING_MONTH_YEAR = re.compile(r"^[ \t]*(?:[a-z]\)[ \t]*)?(" + _MONTH + r")[ \t]+((?:19|20)\d{2})\b",
                                 re.IGNORECASE | re.MULTILINE)
# the same, told that every month's name starts with one of these letters: searched over every reply, it then tries
# the names only at a line that starts with one (four times faster)
_LEADING_MONTH_YEAR_FAST = re.compile(r"^[ \t]*(?:[a-z]\)[ \t]*)?(?=[jfmasond])(" + _MONTH
                                      + r")[ \t]+((?:19|20)\d{2})\b", re.IGNORECASE | re.MULTILINE)


def _year_to_start(last: date) -> date:
    """The first day of the twelve months that end with ``last``'s month."""
    year, month = last.year - 1, last.month + 1
    return date(year + 1, 1, 1) if month == 13 else date(year, month, 1)


def _month_label_kinds(text: str) -> dict[int, str]:
    """What a month and year leading a line means, judged with the lines next to it: the same month in
    consecutive years ("September 2019: 98" / "September 2020: 1,045", as the request asked "by year (September
    2021, September 2020 ...)") is the year to that month ("year_to"); consecutive months ("April 2020 50" /
    "May 2020 30") are months; anything else ("March 2010 290" / "March 2011 290" / "July 2011 290", or one
    alone) is a date things were counted at ("month_at"): see the stock rule in emit.Emitter.emit.
    Keyed by where the month's name starts."""
    rows: list[tuple[int, int, int, int]] = []     # (line number, offset, year, month)
    line_no = 0
    last_end = 0
    for m in _LEADING_MONTH_YEAR_FAST.finditer(text):
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


# (compiled once: every line of every reply is tested)
_TAB_CELL = re.compile(r"[^\t]+|^(?=\t)|(?<=\t)(?=\t)|(?<=\t)$")
_PIPE_ROW, _PIPE_CELL = re.compile(r"\S\s*\|\s*\S"), re.compile(r"[^|]+")
# a cell that is a sentence: five words or more, ending with its full stop
_SENTENCE_CELL = re.compile(r"[^\s.!?]*(?:\s+\S+){4,}[.!?][\"'\u201d\u2019]?")
_WORDS5 = re.compile(r"(?:\S+ ){4,}\S*[a-z]\Z")       # five words or more, not ending with a figure or stop
_RUNS_ON = re.compile(r"(?:and|or|but|that|which|who)(?: \S+){3,}")   # a conjunction going on
_SPACED_ROW, _SPACED_CELL = re.compile(r"\S {2,}\S"), re.compile(r"\S+(?: \S+)*")
_ANY_DIGIT = re.compile(r"\d")


def _split_cells(text: str, offset: int) -> list[tuple[int, int]] | None:
    """Cell spans (absolute) of a table row, or None when the line is not a row."""
    if "\t" in text:
        parts = [(m.start(), m.end()) for m in _TAB_CELL.finditer(text)]
    elif "|" in text and _PIPE_ROW.search(text):
        parts = [(m.start(), m.end()) for m in _PIPE_CELL.finditer(text)]
    elif "  " in text and _SPACED_ROW.search(text):
        parts = [(m.start(), m.end()) for m in _SPACED_CELL.finditer(text)]
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
    if "\t" not in text and "|" not in text and all(
            _SENTENCE_CELL.fullmatch(text[a - offset:b - offset]) for a, b in nonempty[:-1]):
        return None     # "... across Devon, Torbay, and South Somerset.  65 of the car parks are in Devon ...":
        # sentences written two spaces apart, prose, not the cells of a row
    if "\t" not in text and "|" not in text and any(
            _WORDS5.match(text, a - offset, b - offset) and _RUNS_ON.match(text, c - offset, d - offset)
            for (a, b), (c, d) in zip(nonempty, nonempty[1:])):
        return None     # "The Union convenor has one small office  and that we estimate the costs ...": a sentence
        # run on past a stray double space, its next words in lower case, prose, not a row
    return cells


# a day things were counted at: "38991 ( as of 02/07/2019)", "As at the 31 March 2025 there are 57,912 ..."
_AS_AT_DAY = re.compile(r"\bas[ \t]+(?:at|of|on)[ \t]+(?:the[ \t]+)?(?P<d>\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?[A-Za-z]{3,9}\.?,?"
                        r"[ \t]*(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)\b", re.IGNORECASE)


def _days_counted_at(raw: str, s: int, periods: list[Period]) -> list[Period]:
    """The days "as at" / "as of" on a line that no period found covers, each a count's date (start and end that
    day, read as a month's count-at-a-date is)."""
    out = []
    for m in _AS_AT_DAY.finditer(raw):
        day = whole_date(m.group("d"))
        a, b = s + m.start("d"), s + m.end("d")
        if day is None or any(p.start < b and a < p.end for p in periods):
            continue
        out.append(Period(label=m.group("d"), first=day, last=day, kind="month_at", start=a, end=b))
    return out


class ReplyLines(Part):
    """Cuts the reply into ``_Line``s (part of ``FactReader``)."""

    def _line(self, s: int, e: int) -> _Line:
        raw = self.text[s:e]
        # (str.isdigit also takes "²" and the like, which \d does not: the search answers for ASCII lines only)
        has_digits = _ANY_DIGIT.search(raw) is not None or (not raw.isascii() and any(ch.isdigit() for ch in raw))
        found = self.survey.find_subjects(raw)
        subjects = [(s + a, s + b, k) for a, b, k in found] if found else []
        if self.state.disposals and subjects:
            subjects = [(a, b, self.emitter.disposed_subject(self.text[a:b], k)) for a, b, k in subjects]
        periods = [p.shifted(s) for p in find_periods(raw, prose_months=False)] if has_digits else []
        cells = _split_cells(raw, s)
        if cells and len([c for c in cells if c[1] > c[0]]) == 2 \
                and _NUMBER_CELL.fullmatch(self.text[cells[0][0]:cells[0][1]]):
            cells = None    # "1.     How many individuals ...?" (or "·      How many ...?"): a numbered or bulleted
            # line spaced out, not a row of a table
        if cells and raw.rstrip().endswith("?"):
            cells = None    # "(1) How many incidents ... between  1st April 2020 and 31st January 2021?  ": a question
            # restated with a double space typed in it is one sentence, not a row of a table
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
        if periods:     # (most lines have none: the passes over them are not begun)
            periods.sort(key=lambda p: p.start)
            if cells:
                periods = _year_like_figures(self.text, cells, periods)
            periods = [self._month_label(p) if p.kind == "month" else p for p in periods]
            # "as at end of March 2013": a count held on the month's last day
            # (and "3883 tenancies at the end of 2011/12": a stock on the year's last day)
            periods = [replace(p, first=p.last, kind="month_at") if p.kind in _HELD_AT_END
                       and _AT_END_OF.search(raw, 0, p.start - s)
                       else p for p in periods]
            periods = [p for p in periods if not (p.kind == "month" and _BEGUN_IN.search(raw, 0, p.start - s)
                                                  and any(o.end <= p.start and o.kind != "month" for o in periods))]
            periods = [mark_partial(self.text, p, e) for p in periods]
        if has_digits and periods:
            periods = year_not_span(self.text, s, e, periods)
        if has_digits:
            periods = as_of_month_end(raw, s, periods)
        if has_digits and (at := _days_counted_at(raw, s, periods)):
            periods = sorted(periods + at, key=lambda p: p.start)
        # a line with nothing find_values could read (most of a reply's) needs no blocks: its _Line has no values
        nothing = not has_digits and not self.state.rate_measures and holds_no_values(raw)
        blocked = []
        asked = self.headings.asked_spans(raw)
        asked = [(a + s, b + s) for a, b in (self._without_typed_answers(raw, asked) if has_digits else asked)] \
            if asked else []
        if s and (cut := example_run_on(self.text[self.text.rfind("\n", 0, s - 1) + 1:s], raw)):
            asked.append((s, s + cut))      # the request's example, run on from the line above
        blocked += asked
        if not nothing and "held" in raw.lower():
            blocked += [(m.start() + s, m.end() + s) for m in _NONE_HELD.finditer(raw)]
        if has_digits and s and (num := _PROVISION_NUMBER.match(raw)) \
                and _PROVISION_AT_LINE_END.search(self.text, max(0, s - 24), s - 1):
            blocked.append((s, s + num.end()))      # "... contained in Section" / "42 of the ...": no figure
        if has_digits and _BARE_VALUE_LINE.match(raw) and _REFERENCE_LABEL_LINE.search(self.text, max(0, s - 80), s):
            blocked.append((s, e))      # "- FOI Number\n- 474": a reference under its label, on a line of its own
        if has_digits and next_item_alone(self.text, s, raw):
            blocked.append((s, e))
        if not nothing:
            blocked += [(p.start, p.end) for p in periods] + [(a, b) for a, b, _ in subjects]
        thousands = [m.end() + s for m in _THOUSANDS.finditer(raw)] \
            if not nothing and ("£" in raw or "gbp" in raw.lower()) else []
        blocked += [(m.start() + s, m.end() + s) for m in _THOUSANDS.finditer(raw)] if thousands else []
        marker = None
        m = _MARKER.match(raw)
        if m and m.end() > m.start():
            num = m.group("qn") or m.group("n4") or m.group("n") or m.group("n2") or m.group("n3") or m.group("n5")
            let = m.group("ql") or m.group("l6") or m.group("l") or m.group("l2") or m.group("l3") or m.group("l4") \
                or m.group("l5") or m.group("l7")
            bare_number = m.group("n3") is not None or m.group("n5") is not None
            rest = raw[m.end():]
            if m.group("n5") is not None and not self._dashed_number(raw, s, m):
                m = None
            # "84 Tablets were bought" is a figure, "1 Breakdown of the number ..." a question number
            # ("5 Operation and monitoring of the equipment is a matter for the police": the thing named further on
            # is not what the number counts)
            if bare_number and any(not rest[:a].strip() for a, _, _ in self.survey.find_subjects(rest[:40])) \
                    and not re.match(r"\s*[A-Z][a-z]+\s+of\b", rest):
                m = None
            elif bare_number and _FULL_DATE_REST.match(rest) and self._figure_after_date(s, raw, periods) \
                    and any(re.match(r"\d+", q.id).group(0) == str(int(num)) for q in self.survey.questions):
                # "1 April 2010 / 31 March 2011 - 2", "1 April 2019 - 31 March 2020: 45": a line led by a whole
                # date, its figure after it, is a period's label under the answer above, not question 1 (a number
                # no question has still ends the section above it, as a letter's date does)
                m = None
            elif bare_number and m is not None and m.group("n3") is not None and subjects \
                    and (when := find_periods(rest, prose_months=True)) \
                    and subjects[0][0] - s < m.end() + when[0].start and not self._restates(raw, int(num)):
                # "1 Lurcher p.t.s in April 2022", "1 American XL Bully p.t.s in September 2023": a count of the thing
                # named, in a month, not question 1 restated
                m = None
            elif bare_number and not any(re.match(r"\d+", q.id).group(0) == str(int(num)) for q in self.survey.questions) \
                    and not re.match(r"\s*" + _MONTH + r"\b", rest, re.IGNORECASE):
                # "2 Where evidence not received)": no question of the survey has this number, a count (a date,
                # "25 March 2015", still ends the section above it)
                m = None
            if m:
                marker = (num, (let or "").lower() or None)
                blocked.append((s + m.start(), s + m.end()))
                if let is None and (part := _PART_AFTER_NUMBER.match(raw, m.end())) is not None \
                        and self.survey.question(f"{int(num)}{part.group(1).lower()}") is not None:
                    marker = (num, part.group(1).lower())
                    blocked.append((s + part.start(), s + part.end()))
                if (j := _JOINED_MARKERS.match(raw, m.end())) is not None:
                    blocked.append((s + j.start(), s + j.end()))    # the other numbers are questions too
        elif (r := _ROMAN_MARKER.match(raw)) is not None and self._restates(raw, _ROMAN[r.group(1)]):
            # "(ii) The average length of stay in temporary accommodation ...?": a question numbered in roman
            # numerals, taken as one only where its words are the survey's question of that number (a list of
            # items "(i) Laptops: 50" under one question is not)
            marker = (str(_ROMAN[r.group(1)]), None)
            blocked.append((s + r.start(), s + r.end()))
        if (rp := _roman_part(raw, self.survey)) is not None:
            marker = (str(int(rp[0].group(1))), rp[1][-1])
            blocked.append((s + rp[0].start(), s + rp[0].end()))
        elif marker is None and (rp := roman_under_number(self.text, s, raw, self.survey)) is not None:
            marker = (str(int(rp[1][:-1])), rp[1][-1])
            blocked.append((s + rp[0].start(), s + rp[0].end()))
        if nothing:
            return _Line(s, e, raw, cells, subjects, periods, [], marker, asked)
        candidates = value_candidates(raw)
        values = values_free(raw, candidates, [(a - s, b - s) for a, b in blocked])
        never = []
        if has_digits and (values or self.state.rate_measures or _COUNTED_HINT.search(raw)):
            # the never-figure, not-a-figure and size spans, the dearest blocks to find, are looked for only where a
            # figure stands free of the other blocks (or the rates and counted units below weigh them): a block only
            # takes figures away, so a line the others leave no figure has none with these too (a third of the
            # lines with a digit: years, question numbers, the request's words)
            never = [(a + s, b + s) for a, b in never_spans(raw)]
            more = [(a + s, b + s) for a, b in _not_a_figure_spans(raw)] \
                + [(a + s, b + s) for a, b in size_spans(raw, self.state.survey)]
            if never or more:
                blocked = never + blocked + more
                values = values_free(raw, candidates, [(a - s, b - s) for a, b in blocked])
        if not values or len(values) == 1 and is_year(values[0]):
            values += slash_pair(raw)
        values = [v.shifted(s) for v in values]
        if has_digits:
            values = self._with_counted_units(raw, s, values, blocked)
        values = [self._as_range(v) for v in values]
        if thousands:
            values = [replace(v, value=v.value * 1000, money=True)
                      if v.start >= thousands[0] and not v.money and not v.zero and not v.word else v for v in values]
        if self.state.rate_measures:
            # a subject named by the unit itself ("32 days" where "days" names an average stay) leaves the figure
            # standing; one that runs on past it ("234 days in TA") is read as the subject, as before
            values = self._with_rates(raw, s, values, [b for b in blocked if b not in never],
                                      [(a, z) for a, z, _ in subjects], timed_subjects(self.survey, subjects))
            # ...and stops being a subject of its own: the figure is bound like a bare number
            subjects = [m for m in subjects if not any(v.start <= m[0] and m[1] <= v.end and v.start in self.state.rates
                                                        for v in values)]
        kept = []
        for v in values:
            if is_year(v) and not any(0 <= a - v.end <= 2 for a, _, _ in subjects):
                continue
            if v.zero and _NO_SET_VALUE.match(self.text, v.start):
                continue    # "There is no formal target.": none was set, which is no target of nought
            kept.append(v)
        return _Line(s, e, raw, cells, subjects, periods, kept, marker, asked)

    def _with_rates(self, raw: str, s: int, values: list[Value], blocked: list[tuple[int, int]],
                    units: list[tuple[int, int]], timed: dict[tuple[int, int], set[str]] | None = None) -> list[Value]:
        """``values`` with the shares and lengths of time the survey asks for (which the scanner never reads as
        figures), unless they stand in the request's own words, a period, a subject or a list marker (a
        subject among ``units`` that lies inside the figure's unit, "days", or holds the whole figure, "if paid
        within 7 days", does not count; one that runs on past it, "234 days in TA", does)."""
        added = []
        replaced: set[int] = set()
        for r in find_rates(raw, self.state.rate_measures):
            a, b = r.start + s, r.end + s
            # "7004.60 FTE Days": a word between the number and its unit leaves the number to the scanner, as a
            # plain number; the length of time it is replaces it
            # (and "five working days": the number in words, read as a word by the scanner, is that length of time)
            # ("kwh 3606815.13", "Days =42": a unit named before the number leaves the number as the scanner read it)
            plain = [v for v in values if v.start == a and (v.end < b or v.end == b and (r.measure in BY_UNIT
                                                                                        or r.text[-1:].isdigit()))
                     and not v.money and not v.zero
                     and (not v.word or r.measure == "days" and not r.text[:1].isdigit())]
            # ("2016 - 1 Premises  1149 days overdue" where "days overdue" names a length of time asked in days:
            # the unit starts that subject's words, which end the line, and the figure is its length; "234 days in
            # TA before being rehoused" and "8372.58 FTE Days Absent - 4.45 ..." run on, and stay as they were)
            asks_it = [u for u in units if timed and r.measure in timed.get(u, ()) and a < u[0] < b < u[1]
                       and not raw[u[1] - s:].strip(" \t.;")]
            # (an area asked is the size the list above blocks as never counted: "452 square feet")
            if any(x < b and a < y and (x, y) not in units and not (r.measure in BY_UNIT and a <= x and y <= b)
                   for x, y in blocked) \
                    or any(x < b and a < y and not (a < x and y <= b) and not (x <= a and b <= y)
                           and (x, y) not in asks_it for x, y in units) \
                    or any(v.start < b and a < v.end and v not in plain for v in values):
                continue
            replaced.update(v.start for v in plain)
            added.append(Value(a, b, r.value, False, r.approx, False, r.text))
            self.state.rates[a] = r.measure
        if replaced:
            values = [v for v in values if v.start not in replaced]
        return sorted(values + added, key=lambda v: v.start) if added else values

    def _with_counted_units(self, raw: str, s: int, values: list[Value], blocked: list[tuple[int, int]]
                            ) -> list[Value]:
        """``values`` with the counts written with "no" (number of) stuck to them, which the scanner leaves as
        words: "13no", "25no.", "4nr"."""
        if _COUNTED_HINT.search(raw) is None:
            return values
        added = [Value(m.start() + s, m.start(1) + s + len(m.group(1)), parse_number(m.group(1)), False,
                       False, False, m.group(1))
                 for m in _COUNTED_UNIT.finditer(raw)
                 if not any(a < m.end() + s and m.start() + s < b for a, b in blocked)
                 and not any(v.start < m.end() + s and m.start() + s < v.end for v in values)]
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

    def _without_typed_answers(self, raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` (the parts of ``raw`` that ask) less the answers a council typed into the question it quotes
        back ("3. How many allotment a) sites 9 and b) plots do you have in total currently ? 287 full plots"):
        a number inside a span that restates a survey question (most of its words) where no question so restated
        has that number in its own words, and the words before it do not make it the request's own ("the 10
        individuals", "each of the 5 sites")."""
        if not spans or not _ANY_DIGIT.search(raw):
            return spans
        out = []
        for a, b in spans:
            holes = []
            for m in _TYPED_NUMBER.finditer(raw, a, b):
                if 1900 <= parse_number(m.group(0)) <= 2100 \
                        or _OWN_NUMBER_BEFORE.search(raw, max(0, m.start() - 12), m.start()):
                    continue
                holes.append((m.start(), m.end()))
                if len(holes) > 8:
                    holes = []      # a question quoted back with many numbers of its own: none typed in
                    break
            if holes:
                said = _content_words(raw[a:b])
                restated = [q for q in self.survey.questions
                            if (own := self.state.question_words.get(q.id))
                            and len(said & own) >= max(2.0, 0.7 * len(own))]
                holes = [(x, y) for x, y in holes if restated and not any(
                    re.search(r"(?<![\d.,])" + re.escape(raw[x:y]) + r"(?![\d.,]\d)", q.text) for q in restated)]
            for x, y in holes:
                out.append((a, x))
                a = y
            out.append((a, b))
        return [(x, y) for x, y in out if y > x]

    @staticmethod
    def _figure_after_date(s: int, raw: str, periods) -> bool:
        """Whether a line led by a date holds a figure after the period it opens with."""
        ends = [p.end for p in periods if p.start - s <= 2]
        return bool(ends) and re.search(r"\d", raw[max(ends) - s:]) is not None

    def _dashed_number(self, raw: str, s: int, m: re.Match[str]) -> bool:
        """Whether "N - ..." opening a line is question N's number: before the periods it answers ("1 - 2010/11
        16934") or its own words restated, or next after such a number ("5 - Mr Bill Ross (Road Maintenance
        Manager)" after "4 - 2010/11  3060 tCO2"). In a list of counts by reason ("2 - Awaiting Demolition", "11 -
        Vacant Manse") the number counts what its label names."""
        n = int(m.group("n5"))
        if _PERIOD_FIRST.match(raw, m.end()) or self._restates(raw, n):
            return True
        before = list(_DASHED_NUMBER_LINES.finditer(self.text, max(0, s - 1500), s))
        if not before or int(before[-1].group(1)) != n - 1:
            return False
        last = before[-1]
        return bool(_PERIOD_FIRST.match(self.text, last.end())) or self._restates(self.text[last.start():s], n - 1)

    def _restates(self, raw: str, number: int) -> bool:
        """Whether a line's words restate the survey's question ``number`` (half its own words or more)."""
        q = self.survey.question(str(number))
        own = self.state.question_words.get(str(number))
        return q is not None and bool(own) and len(_content_words(raw[:300]) & own) >= 0.5 * len(own)

    def _month_label(self, p: Period) -> Period:
        """A month and year labelling a row, read with the rows around it (see _month_label_kinds): the year to
        that month, that month, or the month of a count at a date."""
        kind = self.state.month_labels.get(p.start)
        if kind == "year_to":
            return replace(p, first=_year_to_start(p.last), kind="year_to")
        if kind == "month_at":
            return replace(p, kind="month_at")
        return p

    def lines(self):
        text = self.text
        for m in re.finditer(r"[^\n]*(?:\n|$)", text):
            s, e = m.start(), m.end()
            if s == e and s == len(text):
                break
            line_end = e - 1 if text[s:e].endswith("\n") else e
            if self.state.skip and any(a <= s and line_end <= b for a, b in self.state.skip):
                yield None, s, line_end, True
                continue
            if not text[s:line_end].strip():
                yield None, s, line_end, True
                continue
            yield self._line(s, line_end), s, line_end, False
