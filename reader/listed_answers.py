"""Answers set out as a list: a bulleted list of answers in the request's order, a table row labelled in a
question's words."""

from __future__ import annotations

import re
from functools import lru_cache

from . import classify as C
from .answer_status import _FIGURE
from .question_words import _COMMON_WORDS, _WORDS
from .numbers import LOOSE_DIGITS, ZERO_WORDS
from .questions import parent_of, question_groups
from .survey import Survey


# a list item's mark: a bullet, a dash, or a "?" where a bullet was lost in the page's encoding
_BULLET = re.compile(r"^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7*?-]|o(?=[ \t]))[ \t]+(?=\S)", re.MULTILINE)


def _bullet_answers(questions: list, survey: Survey, text: str, live: str, original: str,
                    from_figures: set[str]) -> list:
    """A request asked as a bulleted list, answered by a bulleted list in the same order ("• How many private
    sector homes ...?" ... then "? None", "? ... exempt under Section 12"): the n-th answer is the n-th question's.
    Read only when the asked items (each ending with "?" and in the words of its question) and the answer items
    are as many as the request's questions, the answers all below the questions; a question with figures of its
    own keeps what they say."""
    groups = question_groups(survey)
    asked, answers, items = [], [], []
    marks = list(_BULLET.finditer(text))
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        blank = re.search(r"\n[ \t]*\n", text[m.end():end])
        end = m.end() + blank.start() if blank else end
        item = text[m.end():end].strip()
        answer = (m.end(), m.end() + len(text[m.end():end].rstrip()), live[m.end():end].strip())
        items.append(((m.start(), item), answer))
        if item.endswith("?") or "?" in item.split("\n", 1)[0]:
            asked.append((m.start(), item))
        elif live[m.end():end].strip():
            answers.append(answer)
    if (not asked or len(asked) != len(groups) or len(answers) != len(groups)) and len(items) == 2 * len(groups) \
            and len(groups) >= 2 and len(asked) == len(groups) - 1 \
            and all(p < items[len(groups)][0][0] for p, _ in asked):
        # one question asked without its "?" ("- How many breaches ... and where." over "- How many ...?"): the
        # list's first half asks, its second half answers (the words check below holds the asking half to the survey)
        asked = [a for a, _ in items[:len(groups)]]
        answers = [b for _, b in items[len(groups):]]
        if not all(body for _, _, body in answers):
            return questions
    if not asked or len(asked) != len(groups) or len(answers) != len(groups) or answers[0][0] < asked[-1][0]:
        return questions
    for (_, item), g in zip(asked, groups):
        words = set().union(*(set(_WORDS.findall(q.text.lower())) for q in survey.questions
                               if (parent_of(q.id) or q.id) == g)) - _COMMON_WORDS
        said = set(_WORDS.findall(item.lower())) - _COMMON_WORDS
        if len(said & words) < max(2, 0.3 * len(said)):
            return questions        # the list asks something else than the survey's questions, in another order
    by_id = {q.question: q for q in questions}
    for (s, e, body), g in zip(answers, groups):
        codes = C.tidy_codes({m.code for m in C.find_exemptions(body)[0]})
        if codes or C.find_ncnd(body):
            res = "rejected"        # "does not report on the start date ... would exceed the 40 hour limit": refused
        elif C.find_not_held(body):
            res = "not_held"
        elif C.find_refusal_words(body):
            res = "rejected"
        else:
            res = "successful"
        for q in survey.questions:
            if (parent_of(q.id) or q.id) != g or q.id in from_figures:
                continue
            by_id[q.id] = C.QuestionResult(q.id, res, codes if res == "rejected" else [], False, original[s:e][:300],
                                           s, e)
    return survey.in_order(by_id.values())


# a table row: its label, then two or more cells ("Average Payout | £118.44 | £486.22 |", "Prosecutions 18 10 11 6")
# (each cell ends at a bar, spaces or the line's end, so a run of digits is one cell, never many)
_TABLE_ROW = re.compile(r"^[ \t|]*(?P<label>[A-Za-z][^|\d\n£]{2,60}?)[ \t]*(?:\|[ \t]*)?(?P<cells>(?:(?:£?" + LOOSE_DIGITS + r"%?|<\d+\*?|"
                        + "|".join(ZERO_WORDS) + r"|n/a|not\s+held)(?:[ \t]*\|[ \t]*|[ \t]+|$)){2,})$", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=64)
def _stem_words(survey: Survey) -> dict[str, set[str]]:
    """Each question's words cut to five letters, less the common ones: once per survey (hashed by identity), not
    for every reply; read only."""
    return {q.id: {w[:5] for w in _WORDS.findall(q.text.lower())} - {w[:5] for w in _COMMON_WORDS}
            for q in survey.questions}


def _table_rows_answer(questions: list, survey: Survey, text: str, original: str) -> list:
    """A question the reply says nothing else about, answered by a table row whose label is in its words ("What
    has been the average compensation payout in each of the last five financial years?" / "Average Payout |
    £118.44 | £486.22 | £46.12 |"): the row's label must be the question's words more than any other question's."""
    said = {q.question for q in questions}
    open_ids = [q.id for q in survey.questions if q.id not in said]
    if not open_ids:
        return questions
    words = _stem_words(survey)
    added: list = []
    taken: set[str] = set()
    for m in _TABLE_ROW.finditer(text, 0, min(len(text), 200_000)):
        label = {w[:5] for w in _WORDS.findall(m.group("label").lower())} - {w[:5] for w in _COMMON_WORDS}
        if not label:
            continue
        scores = {qid: len(label & w) / len(label) for qid, w in words.items()}
        best = max(scores.values())
        top = [qid for qid, v in scores.items() if v == best]
        if best < 0.5 or len(top) != 1 or top[0] not in open_ids or top[0] in taken:
            continue
        cells = m.group("cells")
        res = "not_held" if re.search(r"not\s+held", cells, re.I) and not _FIGURE.search(cells) else "successful"
        taken.add(top[0])
        s, e = m.start("label"), m.end()
        added.append(C.QuestionResult(top[0], res, [], False, original[s:e], s, e))
    if not added:
        return questions
    return survey.in_order(questions + added)
