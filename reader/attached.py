"""Answers a reply gives outside its own text: "please see spreadsheet attached, for figures". The page holds no
figure, but the questions that ask for figures and that the reply says nothing else of are answered, in the
attachment (the README's rule: a link to the figures, or the figures attached, is an answer). And a "not held" said
of the cost alone ("The cost is include within the core service cleansing contract") is the money question's, not
the whole request's."""

from __future__ import annotations

import re

from . import classify as C
from .folding import lowered
from .survey import Survey

# the figures sent as a file: "please see spreadsheet attached, for figures", "see the attached table for the data",
# "the figures are in the attached spreadsheet"
_FIGURES_ATTACHED = re.compile(
    r"\bsee\s+(?:the\s+)?(?:attached\s+|enclosed\s+)?(?:spreadsheets?|tables?|documents?|files?|attachments?)"
    r"(?:\s+(?:attached|enclosed))?\s*,?\s+for\s+(?:the\s+)?(?:figures|data|details|breakdown|numbers)\b"
    r"|\b(?:figures|data|numbers)\s+(?:are|is)\s+(?:in|on)\s+the\s+(?:attached|enclosed)\s+"
    r"(?:spreadsheets?|tables?|documents?|files?)\b"
    # a sentence that ends pointing at the file ("All bins installed and removed are the same type ..., see
    # spreadsheet attached.", "Please see the attached spreadsheet.")
    r"|\bsee\s+(?:the\s+)?(?:(?:spreadsheets?|tables?)\s+(?:attached|enclosed)|(?:attached|enclosed)\s+"
    r"(?:spreadsheets?|tables?))\s*(?:\.|$)", re.IGNORECASE | re.MULTILINE)

# "not held" said of the cost: "The cost is include within the ... contract", "costs are not recorded separately"
_OF_THE_COST = re.compile(r"\b(?:cost|costs|spend|spending|expenditure)\b", re.IGNORECASE)
_MONEY = ("total_cost_gbp", "unit_cost_gbp")


def figures_attached(text: str) -> tuple[int, int] | None:
    """Where the reply says its figures are in an attachment, or None."""
    low = lowered(text)
    if "attached" not in low and "enclosed" not in low:
        return None     # (every form says one of them; most replies are searched no further)
    m = _FIGURES_ATTACHED.search(text)
    return (m.start(), m.end()) if m else None


# the figures sent as a link: "email sent with the link to the Data share", "a link to the data has been e-mailed"
_SENT_AS_LINK = re.compile(r"\b(?:e-?mail(?:ed)?|sent)\b[^.\n]{0,40}\blink\b[^.\n]{0,10}\bto\s+the\s+"
                           r"(?:data|information|figures|spreadsheet|file)"
                           r"|\blink\s+to\s+the\s+(?:data|information|figures|spreadsheet)\b[^.\n]{0,40}"
                           r"\b(?:e-?mailed|sent)\b",
                           re.IGNORECASE)


def sent_as_link(text: str) -> tuple[int, int] | None:
    """Where the reply says it sent its figures as a link, or None."""
    if "link" not in text and "Link" not in text:
        return None
    m = _SENT_AS_LINK.search(text)
    return (m.start(), m.end()) if m else None


def money_question(survey: Survey, text: str, span: tuple[int, int]) -> str | None:
    """The one question that asks for money, when a "not held" at ``span`` speaks of the cost and names no
    question; None otherwise."""
    s, e = span
    a, b = C.sentence_at(C.sentences(text), s)
    if not _OF_THE_COST.search(text, a, max(e, b)):
        return None
    asking = [q.id for q in survey.questions if any(m in _MONEY for m in q.measures)
              and not any(m == "count" for m in q.measures)]
    return asking[0] if len(asking) == 1 else None


def answered_in_attachment(questions: list, survey: Survey, text: str, original: str) -> list:
    """``questions`` with those the reply says nothing of answered, where it sends its figures in an attachment (or
    as a link) and they ask for figures."""
    where = figures_attached(text) or sent_as_link(text) or C.provided_at(text)
    if where is None:
        return questions
    said = {r.question for r in questions}
    s, e = C.sentence_at(C.sentences(text), where[0])
    added = [C.QuestionResult(q.id, "successful", [], False, original[s:e], s, e) for q in survey.questions
             if q.id not in said and q.measures]
    if not added:
        return questions
    return survey.in_order(questions + added)
