"""Words and marks that more than one layout reader looks for: question and list markers, "Total"
labels, "N/A" placeholders, words of buying and of getting rid of things, and small text helpers."""

from __future__ import annotations

import re
from functools import lru_cache

from ..folding import folds_unseen
from ..periods import Period
from ..scan import Value


try:
    from ..numbers import looks_like_non_quantity as _looks_like_non_quantity
except Exception:  # pragma: no cover - the generic parser is optional here
    _looks_like_non_quantity = None


_MARKER = re.compile(
    # (or the opening quote of a request quoted back: '"1) How many allotment sites ...')
    # (a part's letter is one letter alone: "A.2   None" is answer 2, "None", not part 2n)
    r"^\s*(?:[-*\u2022\u00b7\u25aa\u25cf>o]\s+|[\"\u201c](?=\(?\d))?(?:"
    r"(?:question|q|answer|a(?=\.?\d))\s*\.?\s*(?P<qn>\d{1,2})\s*\(?(?P<ql>[a-z](?![a-z]))?\)?\s*[.:)\-]?"
    r"|(?P<n4>\d{1,2})\.(?P<l6>[a-h])\)(?![ \t]*[-\u2013])"
    r"|\(?(?P<n>\d{1,2})\s*\(?(?P<l>[a-z])?\)?(?:[.):](?!\d)|,(?=[ \t]+(?-i:[A-Z][a-z])))"
    # ("9x White British", "33x CPNs issued": a count written with a times sign, not question 9's part x)
    r"|(?P<n2>\d{1,2})(?P<l2>(?!x\s*\d|x[ \t]+[a-z])[a-z])(?=[\s.):])[.):]?"
    # (a part's letter run into its sum: "e)£272,245")
    r"|\(?(?P<l3>[a-h])[.)](?=\s|$|\)?\u00a3)|\((?P<l4>[a-h])\)"
    r"|(?P<l5>[a-h])(?=\s+(?-i:[A-Z]))"
    r"|(?P<n3>\d{1,2})(?=\s+(?-i:[A-Z][a-z]+)\s+\w)"
    # ("1 – The total number of street lights ...", "2 - 2010/11   5.656 MWh": a number set off by a spaced dash,
    # before words or a year; not "5 - 10 a week", a range)
    r"|(?P<n5>\d{1,2})[ \t]+[-\u2013\u2014][ \t]+(?=[^\W\d_]|(?:19|20)\d\d\b|\d\d/\d\d\b)"
    # ("Q1A - ...", "Q1B - ...", "QC - We do not have a specific budget ...": a part's letter after "Q" alone)
    r"|q\.?(?P<l7>[a-h])(?=[ \t]*[-\u2013:.)])"
    r")",
    re.IGNORECASE)


_ACQUIRED = re.compile(r"\b(?:purchas\w*|bought|buys?|buying|acquir\w*|procur\w*|ordered|leased|rented)\b",
                       re.IGNORECASE)


# an amount in pounds and pence written without "£": "3645.48", "70288.21", "1,943.49"
_PENCE = re.compile(r"\d{1,3}(?:,?\d{3})*\.\d\d")


# words of getting rid of things: "has disposed of the following equipment:", "devices recycled or written off"
_NOT_ACQUIRED = re.compile(r"\b(?:disposed\s+of|disposals?\b|recycled|written[\s-]+off|writ(?:e|es)[\s-]+off|"
                           r"decommissioned|scrapped|stolen)", re.IGNORECASE)


# _ACQUIRED's and _NOT_ACQUIRED's searches, asked of every line of a reply, made only where the lowered line holds a
# word every match of the pattern holds (most lines hold none, and the test costs a fraction of the search)
def search_acquired(text: str) -> re.Match[str] | None:
    global _last_acquired
    last = _last_acquired
    if text is last[0]:
        return last[1]      # (the same line is asked twice running: by the headings' reader, then the driver)
    low = text.lower()
    found = None
    if "purchas" in low or "bought" in low or "buy" in low or "acquir" in low or "procur" in low \
            or "ordered" in low or "leased" in low or "rented" in low or folds_unseen(text):
        found = _ACQUIRED.search(text)
    _last_acquired = (text, found)
    return found


_last_acquired: tuple[str | None, re.Match[str] | None] = (None, None)


def search_not_acquired(text: str) -> re.Match[str] | None:
    low = text.lower()
    if "dispos" in low or "recycled" in low or "writ" in low or "decommissioned" in low or "scrapped" in low \
            or "stolen" in low or folds_unseen(text):
        return _NOT_ACQUIRED.search(text)
    return None


_ANSWERED = re.compile(r"\bnot\s+held\b|\bexempt|\bwithheld\b|\brefus|\bnone\b|\bn/a\b|\bnil\b|\bnot\s+applicable\b|"
                       r"\bneither\b|\bdo(?:es)?\s+not\b", re.IGNORECASE)


# what a table's cell says where it gives no figure ("Not available separately", "N/A", "Nil")
_NOTHING_GIVEN = re.compile(r"\bnot\s+(?:available|held|known|applicable|recorded)(?:\s+separately)?\b|\bn/?a\b|"
                            r"\bnil\b|\bnone\b", re.IGNORECASE)


_DIGITS = re.compile(r"\d+")


def _group(qid: str | None) -> str | None:
    m = _DIGITS.match(qid or "")
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


_FUNCTION_WORDS = frozenset(
    "this that these those with from have has been were what which when where will would could should your "
    "their there they them than then into over under each also please provide details information council "
    "authority local does done such some more most much many other about following below above year years "
    "total number".split())


def _content_words(text: str, years: bool = False) -> frozenset[str]:
    """The words that tell one question from another: four letters or more, not function words; with ``years``,
    four digits too (to tell "... maintaining?" from "... maintaining in 2010?")."""
    return frozenset(w for w in re.findall(r"[a-z0-9]{4,}" if years else r"[a-z]{4,}", text.lower())
                     if w not in _FUNCTION_WORDS)


@lru_cache(maxsize=64)
def question_words(survey, years: bool = False) -> dict[str, frozenset[str]]:
    """Each of a survey's questions' content words (``_content_words``), by question id: worked out once per survey,
    not again for every reply (a survey is hashed by identity). Read only."""
    return {q.id: _content_words(q.text, years) for q in survey.questions}


def _span(a: Period, b: Period) -> Period:
    """The whole span of a table's year columns, for its total column."""
    return Period(label=f"{a.label} to {b.label}", first=a.first, last=b.last, kind="range", start=a.start, end=b.end)


def one_spelling(word: str) -> str:
    """"licences" and "licenses", "offence" and "offense": one word however it is spelt."""
    return re.sub(r"nce(s?)$", r"nse\1", word)
