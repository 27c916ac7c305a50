"""An answer written on the line of its question, restated: "• How much money has been reimbursed back to employees
for those business miles for grey fleet in the financial year 2021-2022? Total amount paid £330,438.88". The reply
is read as though the answer began its own line below the question ("?" then a line break), as councils that restate
the request and answer under each question mostly write it. One character for another: the text keeps its length,
so every position found in it is the page's.

Only on a bulleted question (a question under its own number is bound to its answer by that number, and a line
with no mark by its own words, read as they stand), where the words before the "?" restate a question of the
survey, hold no figure but a year and no period counted back from the reply's day ("in the last five financial
years", "since 2010"), and are the line's only question; and what follows the "?" answers: it holds a figure or
opens with an answer's word ("Yes", "No", "None", "Nil", "N/A", "Not held"), asks nothing more ("?") and is not the
request going on ("If so, please attach it", "Please include ...", "This includes those where ...")."""

from __future__ import annotations

import re

from .numbers import LOOSE_DIGITS
from .question_words import _WORDS, _question_words, _restates

# a "?" and the spaces after it, then the rest of the line
_ASKED_THEN = re.compile(r"\?([ \t]+)(?=\S)([^\n?]{1,200})$", re.MULTILINE)
_ANSWER_WORD = re.compile(r"(?:yes|no|none|nil|n/?a|not\s+(?:held|applicable|known|recorded))\b", re.IGNORECASE)
_FIGURE = re.compile(r"[£$€]?\d")
# the request going on after its own "?": a condition, a further ask, a joined clause
_ASK_GOES_ON = re.compile(r"(?:if|please|and|or|where|when|whether|for|including|include|includes|e\.?g|i\.?e|such|"
                          r"with|broken|split|by|in|from|to|as|also|could|can|would|this|these|those|that|note|"
                          r"excluding)\b", re.IGNORECASE)
# a figure of the line's own before its "?", not a year: "3. How many allotment a) sites 9 and b) plots ...? 287"
# answers inside the question too, read as it stands
# (numbers.LOOSE_DIGITS, possessive: a figure is read whole or not at all)
_FIGURE_BEFORE = re.compile(r"(?<![\w/])(?!(?:19|20)\d\d(?![\d,]))" + LOOSE_DIGITS + r"+(?![\w/])")
# a period counted back from the reply's day, read off the figure's own line: "3. How much has been spent on ... play
# parks in the last five financial years? Over £2m" is left as it stands
_RELATIVE_PERIOD = re.compile(r"\b(?:last|past|previous|most[ \t]+recent)[ \t]+(?:\w+[ \t]+){0,2}?(?:years?|months?|weeks?|"
                              r"quarters?)\b|\bsince[ \t]+(?:19|20)\d\d\b", re.IGNORECASE)
# a bullet opening the question's line
_BULLET_LEAD = re.compile(r"[ \t]*[\u2022\u00b7\u25aa\u25cf*-][ \t]*")


def answers_after_asks(text: str, survey) -> str:
    """``text`` with the spaces after a restated question's "?" made a line break where its answer follows on the
    same line; the same length as ``text``."""
    if "?" not in text or survey is None or not survey.questions:
        return text
    asked = [_question_words(q.text) for q in survey.questions]
    chars = None
    for m in _ASKED_THEN.finditer(text):
        rest = m.group(2)
        if _ASK_GOES_ON.match(rest) or not (_FIGURE.search(rest) or _ANSWER_WORD.match(rest)):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if "?" in text[line_start:m.start()]:
            continue        # (one question to a line: a paragraph of questions and answers is read as it stands)
        lead = _BULLET_LEAD.match(text, line_start, m.start())
        if lead is None:
            continue        # (a numbered question's answer is bound by its number, an unmarked line's by its words)
        if _FIGURE_BEFORE.search(text, lead.end(), m.start()) or _RELATIVE_PERIOD.search(text, lead.end(), m.start()):
            continue
        said = set(_WORDS.findall(text[lead.end():m.start()].lower()))
        if not any(_restates(said, words) for words in asked):
            continue
        if chars is None:
            chars = list(text)
        chars[m.start(1)] = "\n"
    return text if chars is None else "".join(chars)
