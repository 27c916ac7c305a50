"""The questions a cost-limit refusal covers when it names none: a reply that answers its first questions, then
says the rest of the request would exceed the cost limit without saying which questions ("I can confirm that the
Council holds information falling within the description specified in your request, however it is not readily
available as a manual search of each account would need to be undertaken. ... the cost of complying with your
request would exceed the 'appropriate limit'"), refuses the questions after the last one it answers; in a request of
one question, answered with figures, it refuses that question in part; and a question answered under its own number
above it ("1. 209 (Dover District Council issues joint Hackney Carriage and Private Hire Driver Licences)" over "3. I
can confirm that the Council holds information ... would exceed the 'appropriate limit'") is answered, not refused."""

from __future__ import annotations

import re

from . import classify as C
from .numbered_answers import numbered_answer
from .numbers import LOOSE_FIGURE
from .question_words import _WORDS, _question_words, _restates
from .refusal_below import below_request_quoted_whole
from .survey import Survey


# a refusal that names the questions it covers ("Questions 3 to 5 would exceed ...") says which itself
_NAMES_QUESTION = re.compile(r"\b(?:questions?|q)[ \t]*\.?[ \t]*\d", re.IGNORECASE)


def refuse_rest_at_cost_limit(questions: list, survey: Survey, refusals: list, text: str = "", raw_anchors: list = (),
                              from_figures: frozenset[str] | set[str] = frozenset()) -> list:
    """``questions`` (QuestionResult, in the survey's order) with the questions after the last one given a status
    refused under s12, where a cost-limit refusal of no one question stands below every answer and names no
    question; or every question without a status, where it stands right below the request quoted whole (the
    answers it leaves, "(5) 1256 Properties with asbestos externally", added below it). ``refusals``: the reply's
    refusals (reply.Refusal: question, exemption, quote, start, end); ``text``: the reply; ``raw_anchors``: the
    questions' anchors in it; ``from_figures``: the questions given figures."""
    whole = [r for r in refusals if r.question is None and r.exemption == "s12" and not _NAMES_QUESTION.search(r.quote)]
    if not whole or not questions:
        return questions
    if len(survey.questions) == 1:
        return _one_question_in_part(questions, whole[0])
    r = whole[-1]
    said = {q.question for q in questions}
    ids = [q.id for q in survey.questions]
    if below_request_quoted_whole(survey, text, raw_anchors, whole[0].start, ids[-1]):
        last = -1       # (the request quoted whole, then the refusal: of every question the reply does not answer)
        r = whole[0]
        # (the last question's "answer" read from the reply's own text below the request, the refusal in it, no
        # figure of its own: the refusal's)
        questions = [C.QuestionResult(q.question, "rejected", ["s12"], False, r.quote[:300], r.start, r.end)
                     if q.outcome == "successful" and q.start <= r.start < q.end and q.question not in from_figures
                     else q for q in questions]
    elif any(q.end > r.start for q in questions):
        return questions        # an answer below the refusal: it does not close the reply
    else:
        last = max(i for i, qid in enumerate(ids) if qid in said)
    added = [C.QuestionResult(qid, "rejected", ["s12"], False, r.quote[:300], r.start, r.end)
             for qid in ids[last + 1:] if qid not in said]
    if not added:
        return questions
    order = {qid: i for i, qid in enumerate(ids)}
    return sorted(questions + added, key=lambda q: order.get(q.question, len(order)))


def _one_question_in_part(questions: list, r) -> list:
    """A request of one question, answered with figures and refused under the cost limit: the refusal can be of
    nothing else, so the question is given in part ("... would exceed the 'appropriate limit' ... Please find below
    figures for taxi driver complaints we have available: 2016/17: 2,845 ...")."""
    return [C.QuestionResult(q.question, "partially_successful", ["s12"], False, r.quote[:300], r.start, r.end)
            if q.outcome == "successful" else q for q in questions]


def answered_above_cost_limit(questions: list, survey: Survey, live: str, original: str, marks: list,
                              refusals: list) -> list:
    """``questions`` where a question refused with the whole request under the cost limit has its own answer under
    its number, above the refusal (``marks``: numbered_answers.numbered_marks of the reply)."""
    whole = [r for r in refusals if r.question is None and r.exemption in ("s12", "reg12(4)(b)")]
    if not whole or not marks:
        return questions
    first = min(r.start for r in whole)
    out = []
    for r in questions:
        q = survey.question(r.question)
        if q is not None and r.outcome in ("rejected", "partially_successful") and r.start >= first \
                and set(r.exemptions) <= {"s12", "reg12(4)(b)"}:
            given = numbered_answer(live, marks, q)
            if given is not None and given[0] == "successful" and given[1][1] <= first \
                    and (_own_figure(live[given[1][0]:given[1][1]], q.text)
                         or _own_words_before_next(live, given[1], first, marks, q)
                         or _sent_before_next(live, given[1], first, marks, q)):
                s, e = given[1]
                r = C.QuestionResult(r.question, "successful", [], False, original[s:e], s, e)
        out.append(r)
    return out


def _own_words_before_next(live: str, span: tuple[int, int], refusal: int, marks: list, q) -> bool:
    """Whether an answer in words under a question's number is the reply's own ("2. Human Error / Misdirected Data
    This includes incidents such as emails sent to incorrect recipients"), with another question's number between
    it and the cost-limit refusal ("3.Determining this figure would require manual review of each incident ...
    Section 12"): the refusal is that later number's, and the words above it are no restated question."""
    if not any(span[1] <= pos < refusal and aqid != q.id for pos, aqid, _ in marks):
        return False
    body = re.sub(r"^\s*(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\s*[.):-]", "", live[span[0]:span[1]], flags=re.IGNORECASE)
    first_line = body.strip().split("\n", 1)[0]
    if not first_line or first_line.rstrip().endswith("?") or len(_WORDS.findall(body)) < 3:
        return False
    return not _restates(set(_WORDS.findall(first_line.lower())), _question_words(q.text))


def _sent_before_next(live: str, span: tuple[int, int], refusal: int, marks: list, q) -> bool:
    """Whether the answer under a question's number says it sends what was asked ("1) A list of all land and property
    sold ..." restated with its bullets, then "Please see attached spreadsheet"), with another question's number
    between it and the cost-limit refusal: the refusal is that later question's."""
    return any(span[1] <= pos < refusal and aqid != q.id for pos, aqid, _ in marks) \
        and C.provided_at(live[span[0]:span[1]]) is not None


_FIGURE = re.compile(r"(?<![\w.,])" + LOOSE_FIGURE + r"(?![\w.,]*\d)")


def _own_figure(answer: str, asked: str) -> bool:
    """Whether an answer gives a figure of its own: a number, not a year, that the question does not hold, on lines
    that do not open with the question restated (the request's own "1. ... in the last three years? • 2019 • 2020"
    quoted above the refusal gives none)."""
    asked_numbers = set(_FIGURE.findall(asked))
    body = re.sub(r"^\s*(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\s*[.):-]", "", answer, flags=re.IGNORECASE)
    if _restates(set(_WORDS.findall(body.strip().split("\n", 1)[0].lower())), _question_words(asked)):
        return False        # the request's question under its number ("6. The overall staff turnover rate ...")
    return any(not re.fullmatch(r"(?:19|20)\d\d", n) and n not in asked_numbers for n in _FIGURE.findall(body))
