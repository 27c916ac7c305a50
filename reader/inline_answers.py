"""Questions and answers run together in one paragraph, each question's own number inline before it (a form's
table cell flattened, or an e-mail that answers inside the request): "1a. Have you seen an increase in the total
number of children who are home educated ...? (yes/no/don't know) Yes 1b. Can you give us the total number ...?
(yes/no/don't know) 2018/19: 1,940 2023/24: 3,515 1c. Has there has been an increase ...? (yes/no/don't know) Yes
...". What stands between a question's "?" (and the options it offers, in brackets) and the next question's number
is its answer. Read only where three of the survey's question numbers or more stand inline in order on one line,
and only for questions the reply says nothing else of."""

from __future__ import annotations

import re

from . import classify as C
from .answer_status import _status_of_answer

# a question's number inline: "1a. ", "2) " after a space or at the line's start
_INLINE_ID = re.compile(r"(?:(?<=[ \t])|^)(\d{1,2}[a-z]?)[.)][ \t]+(?=[A-Z(])", re.MULTILINE)
# the options a question offers before its answer: "(yes/no/don't know)"
_OPTIONS = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*")


def inline_answers(questions: list, survey, original: str) -> list:
    ids = [q.id for q in survey.questions]
    said = {r.question for r in questions}
    found: dict[str, tuple[str, int, int]] = {}
    for line_start, line in _lines(original):
        if line.count("?") < 3:
            continue
        marks = [m for m in _INLINE_ID.finditer(line) if m.group(1) in ids]
        run = _in_order(marks, ids)
        if len(run) < 3:
            continue
        for k, m in enumerate(run):
            end = run[k + 1].start() if k + 1 < len(run) else len(line)
            ask = line.rfind("?", m.end(), end)
            if ask < 0:
                continue
            opts = _OPTIONS.match(line, ask + 1)
            a = opts.end() if opts else ask + 1
            answer = line[a:end].strip(" \t|")
            if answer and m.group(1) not in said:
                found[m.group(1)] = (answer, line_start + a, line_start + a + len(answer))
    if not found:
        return questions
    out = list(questions)
    for qid, (answer, s, e) in found.items():
        res = _status_of_answer(answer)
        codes = C.tidy_codes({x.code for x in C.find_exemptions(answer)[0]}) if res == "rejected" else []
        out.append(C.QuestionResult(qid, res, codes, False, original[s:e][:300], s, e))
    order = {q: i for i, q in enumerate(ids)}
    return sorted(out, key=lambda r: order.get(r.question, len(order)))


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _in_order(marks: list, ids: list[str]) -> list:
    """The longest run of marks whose ids follow the survey's order."""
    best: list = []
    run: list = []
    for m in marks:
        if run and ids.index(m.group(1)) <= ids.index(run[-1].group(1)):
            best = run if len(run) > len(best) else best
            run = []
        run.append(m)
    return run if len(run) > len(best) else best
