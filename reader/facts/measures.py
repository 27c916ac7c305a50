"""What a figure measures, from the words around it: a count, a price each, a total cost, an
unspecified cost, or a sum over other figures (``measure_of``); and the measure a question's heading asks for."""

from __future__ import annotations

import re
from functools import lru_cache

from ..first_chars import from_first_char
from ..folding import folds_unseen


# --- measure words ------------------------------------------------------------------------------------

_MONEY_WORDS = re.compile(r"\b(?:cost|costs|costing|price|prices|priced|spend|spent|expenditure|value|amount|paid|"
                          r"charge|charges|fee|fees|gbp|pounds?|income|revenue|budgets?)\b|£", re.IGNORECASE)


_COUNT_WORDS = re.compile(r"\b(?:number|no\.|numbers|quantity|qty|count|volume|how many|units|amount purchased)\b",
                          re.IGNORECASE)


_SUM_WORDS = re.compile(r"^\s*(?:grand\s+)?(?:total|totals|sum|all years|overall)\s*:?\s*$", re.IGNORECASE)


# "per device", "per night", "per licence": a price of one thing, whatever the thing (not "per annum", "per cent");
# "2 at £50" (not a sum set at a level: "Budget has been set at £200 for 24/25"); not "each" of years ("£16,531 for
# each of 2017/18, 2018/19, 2019/20", "£500 each year"): a sum in every one of them (facts/each_year.py)
_UNIT_CUE = re.compile(r"\beach\b(?![ \t]+(?:of[ \t]+(?:the[ \t]+|these[ \t]+|those[ \t]+)?)?"
                       r"(?:(?:financial|calendar)[ \t]+)?(?:years?\b|(?:19|20)\d\d))|"
                       r"\bper\s+(?!(?:annum|year|month|week|quarter|cent|centum)\b)[a-z]{2,}\b|"
                       r"\bunit\s+(?:cost|price)s?\b|\b(?:cost|price)s?\s+per\b|"
                       r"\baverage\b|\bavg\b|@|(?<!\bset\s)(?<!\bfixed\s)(?<!\bcapped\s)\bat\s+(?=£)|\bx\s*(?=£)|"
                       r"\bapiece\b", re.IGNORECASE)


_TOTAL_CUE = re.compile(r"\btotal\b|\bspend\b|\bspent\b|\boverall\b|\baltogether\b|\bcombined\b|\bexpenditure\b|"
                        r"\bsum\b|=\s*(?=£)|\bin\s+all\b", re.IGNORECASE)
# (where a heading naming money first says a price of one or a total: searched from the characters they start with)
_UNIT_CUE_FAST, _TOTAL_CUE_FAST = from_first_char(_UNIT_CUE), from_first_char(_TOTAL_CUE)


def _first_at(rx: re.Pattern[str], fast: re.Pattern[str] | None, text: str) -> int | None:
    """Where rx's search finds its first match in ``text`` (``fast``: its from_first_char form), or None."""
    if fast is None:
        m = rx.search(text)
        return m.start() if m else None
    m = fast.search(text)
    return m.start(1) if m else None


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted({c for c in cues if c}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE) \
        if words else None


@lru_cache(maxsize=32)   # a survey is hashed by identity; read once per survey, not once per amount
def survey_money_cues(survey) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The survey's own words for a price each and for a sum (its ``[measures.<name>] cues``: "day rate",
    "per worker", "gross spend"), as patterns, for the amounts the reader's own words leave undecided."""
    out = []
    for name in ("unit_cost_gbp", "total_cost_gbp"):
        m = survey.measures.get(name)
        rx = _cue_pattern(m.cues) if m is not None else None
        if rx is not None:
            out.append((rx, name))
    return tuple(out)


def _may_say_money(low: str) -> bool:
    """Whether lowered text holds a word every match of _MONEY_WORDS holds (most headings hold none; the test
    costs a fraction of the search, asked of every line without figures)."""
    return "£" in low or "cost" in low or "pric" in low or "spen" in low or "expenditure" in low or "value" in low \
        or "amount" in low or "paid" in low or "charge" in low or "fee" in low or "gbp" in low or "pound" in low \
        or "income" in low or "revenue" in low or "budget" in low


def _may_count(low: str) -> bool:
    """The same for _COUNT_WORDS."""
    return "number" in low or "no." in low or "quantity" in low or "qty" in low or "count" in low \
        or "volume" in low or "how many" in low or "units" in low or "amount purchased" in low


# "Number of instances were costs were paid for 'Unreasonable' decision", "No. of fines paid": a count of things,
# whatever money words name them (not "Number and cost of ...", nor "Number of PCNs and income (£)")
_COUNT_OPENS = re.compile(r"[ \t(\"'\u201c]*(?:the[ \t]+)?(?:total[ \t]+)?(?:number|no\.?)[ \t]+of\b(?![^£&]*\band\b)[^£&]*$",
                          re.IGNORECASE)


def measure_of(text: str) -> str | None:
    if _SUM_WORDS.match(text):
        return "sum"
    low = text.lower()
    unseen = folds_unseen(text)
    money = (unseen or _may_say_money(low)) and bool(_MONEY_WORDS.search(text))
    if money and _COUNT_OPENS.match(text):
        return "count"
    if not money:
        return "count" if (unseen or _may_count(low)) and _COUNT_WORDS.search(text) else None
    unit = _first_at(_UNIT_CUE, _UNIT_CUE_FAST, text)
    total = _first_at(_TOTAL_CUE, _TOTAL_CUE_FAST, text)
    if unit is not None and total is None:
        return "unit_cost_gbp"
    if total is not None and unit is None:
        return "total_cost_gbp"
    if unit is not None and total is not None:
        return "unit_cost_gbp" if unit > total else "total_cost_gbp"
    return "cost"


def _asked_measure(q, heading: str) -> str | None:
    """The measure of the figures under a question's heading: the one it asks for, or the one of those its
    heading names ("3. Total amount spent on laptops" asks for counts and totals: totals here)."""
    if len(q.measures) == 1:
        return q.measures[0]
    m = measure_of(heading) if len(heading.strip()) <= 90 else None
    return m if m in q.measures else None


# a heading that says in a note what unit its figures are in: "(No. of days from all relevant paperwork received
# ...)", "the average amount of time, in days", "(working days)" (not the question asking "the average number of
# days it takes for a PCN to be paid", which replies answer as often by how many were paid within so many days)
_DAYS_NAMED = re.compile(r"\(\s*(?:no\.?|number)\s+of\s+(?:calendar\s+|working\s+|work\s+)?days\b|\bin\s+days\b|"
                         r"\((?:calendar\s+|working\s+)?days\)", re.IGNORECASE)
