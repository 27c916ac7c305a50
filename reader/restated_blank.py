"""A question the reply restates with nothing under it: "3. Does your council base the cost of resident's parking
permits on a vehicle's carbon dioxide (CO2) emissions? ..." followed at once by "4. What is the highest fee ...", or
by the end of the letter. The council left it unanswered; a line elsewhere that names its words ("We make a charge
of £30 per permit ... contribution to the costs ...", under question 2) answers the question it stands under."""

from __future__ import annotations

from .question_words import _COMMON_WORDS, _WORDS, _question_content
from .restated import restated_lines
from .survey import Survey

# share of the question's words a line must say, and of the line's words the question must hold, to restate it
_CLOSE = 0.8


def restated_with_nothing_under(text: str, qid: str, survey: Survey, lines: list | None = None) -> bool:
    """Whether the question ``qid`` is restated on a line of its own (asked, "?") below an answer to a question
    restated above it (the reply answers under each question), and the next line that is not blank restates another
    of the survey's questions, or there is none. (The request quoted whole at the top, its questions one after
    another, is answered below them all: "1) How many ... opened ...? / 2) How many ... closed ...? / In response to
    both questions, ...".)"""
    asked = {q.id: _question_content(q.text) for q in survey.questions}
    if len(asked.get(qid, ())) < 3:
        return False
    lines = restated_lines(text) if lines is None else lines

    def restates(ln) -> str | None:
        if "?" not in ln.line_said:
            return None
        said = set(_WORDS.findall(ln.line_said.lower())) - _COMMON_WORDS
        if len(said) < 3:
            return None
        best = None
        for q_id, words in asked.items():
            common = len(said & words)
            if len(words) >= 3 and common >= _CLOSE * len(words) and common >= _CLOSE * len(said):
                if best is not None:
                    return None     # (two questions alike: neither restated for certain)
                best = q_id
        return best

    ids = [restates(ln) for ln in lines]
    for i, ln in enumerate(lines):
        if ids[i] != qid or i == 0:
            continue
        # (above it an answer: a line that restates no question, or a short one, "No.", between two that do)
        above = lines[i - 1]
        if (ids[i - 1] is not None and not text[above.m.end():ln.m.start()].strip()) \
                or not any(x is not None for x in ids[:i]):
            continue
        if ln.tail and not (ln.tail_words and len(ln.tail_words & asked[qid]) >= _CLOSE * len(ln.tail_words)):
            continue        # an answer run on after its "?" ("... this charge? No."), not more of the question
        # (below it, up to the next question, blank: a short answer, "No.", is no line restated_lines reads)
        if i + 1 == len(lines):
            if not text[ln.m.end():].strip():
                return True
            continue
        nxt = lines[i + 1]
        if not text[ln.m.end():nxt.m.start()].strip() and ids[i + 1] is not None and ids[i + 1] != qid:
            return True
    return False
