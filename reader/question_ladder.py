"""Each question's status as the reply states it, read from the model of the reply (reply_model.ReplyModel) once
its refusals and "not held" are placed by question: figures, refusals, "not held", then an answer in words, in
that order of preference. The passes that fill and correct these statuses afterwards are in reply_passes.py."""

from __future__ import annotations

import re

from . import classify as C
from .answer_status import _given_beside_not_held, gives_figures
from .attached import figures_attached
from .facts import Fact
from .numbered_answers import (_ANSWER_LABEL, _HEADING_ONLY, _answer_beside_refusal, _answered_under_number,
                               _numbered_span, _says_not_held, _under_other_number, answer_on_number_line, numbered_answer,
                               numbered_marks)
from .question_number import ANY_NUMBER, PART
from .question_words import _all_asking
from .questions import find_passages, parent_of
from .redacted import removed_from_given
from .referred import referred_status
from .reply_model import WHOLE_REQUEST, Refusal, ReplyModel
from .restated import _answer_below_restated, restated_lines
from .restated_blank import restated_with_nothing_under
from .survey import Survey


_DIGITS = re.compile(r"\d+")     # (a question's number in its id: asked of every question of every reply)


def question_statuses(m: ReplyModel) -> None:
    """``m.questions``: one result for each question the reply says something of, in the survey's order, then the
    lettered parts a "not held" under their number is of."""
    live, survey, original, facts_by_q = m.live, m.survey, m.original, m.facts_by_q
    m.marks = marks = numbered_marks(m.raw_anchors, live, survey)
    m.global_codes = global_codes = C.tidy_codes(m.ex_by_q.get(None, set()))
    for p in (m.named_passages if m.mentions or m.refusal_words else find_passages(live, survey)):
        for qid in p.questions:
            m.passages[qid] = p      # a reply answers after restating: the last passage that names it
    passages = m.passages
    # lettered parts a "not held" under their number is of (an answer given, not "3. ... / We do not hold ..."
    # under a number)
    parts_withheld = m.parts_withheld
    questions = m.questions
    for q in survey.questions:
        qf = facts_by_q.get(q.id, [])
        group = _DIGITS.match(q.id).group(0)
        qcodes = C.tidy_codes(m.ex_by_q.get(q.id, set()) | (m.ex_by_q.get(f"group:{group}", set()) if qf else set()))
        qncnd = m.ncnd_by_q.get(q.id, False) or any(C.within(c, m.ncnd_codes) for c in qcodes)
        refusing_q = [c for c in qcodes if c not in m.passive]
        # ("6. ... / 46,876 cases were fully paid ... / DCC are unable to provide the number paid after this
        # stage": under the question's own number, a paragraph below its figures); where the question has
        # lettered parts without figures ("1a. per waste type"), it is theirs ("the type of materials fly
        # tipped is not recorded")
        withheld = [(p, st) for p, st in m.withheld_under.get(q.id, ()) if _numbered_span(live, marks, q, p)]
        bare_parts = [x.id for x in survey.questions if parent_of(x.id) == q.id and not facts_by_q.get(x.id)]
        if withheld and bare_parts:
            for part in bare_parts:
                parts_withheld.setdefault(part, (withheld[0][1], withheld[0][0]))
            withheld = []
        if qf and (refusing_q or qncnd or q.id in m.nh_beside_figures
                   or any(_withheld_small(f) or _REDACTED_CELL.search(f.quote) for f in qf)
                   or withheld
                   or (q.id in passages and passages[q.id].outcome in ("rejected", "not_held",
                                                                       "partially_successful"))):
            # figures with a refusal, "not held" or a number given only as "fewer than 5" in the same answer,
            # or under a passage that refuses ("In response to question 1 ... would exceed the cost limit")
            res = "partially_successful"
        elif qf:
            res = "successful"
        elif refusing_q or qncnd:
            # "1. Please see attachment showing the number of empty properties per month" under its own number,
            # with the exemption said further down: part given, part withheld
            mine = [x.start for x in m.mentions if x.code in qcodes and m.question_for(x.start) == q.id]
            res = "partially_successful" if (_answered_under_number(live, marks, q) and
                                             _under_other_number(marks, q.id, mine)) \
                or _answer_beside_refusal(live, marks, q, mine) \
                or removed_from_given(live, marks, q, mine) else "rejected"
        elif not m.facts and set(global_codes) & WHOLE_REQUEST and not _says_not_held(live, marks, q) \
                and not (q.id in passages and passages[q.id].outcome == "successful"
                         and not _in_refusal_passage(passages[q.id], m.mentions)):
            # a cost-limit or vexatious refusal answers every question, whatever else it mentions (but "2. Not
            # held." under a question's own number); beside "the information you have sought is attached" it
            # refuses part of each
            # (or beside a list of figures it gives)
            res, qcodes, qncnd = ("partially_successful" if m.attached or m.listed else "rejected"), global_codes, \
                bool(m.ncnd_by_q.get(None))
        elif q.id in m.refused_words_q and q.id not in m.nh_by_q:
            span = _numbered_span(live, marks, q, m.refused_words_q[q.id])
            # "46,876 cases were fully paid before debt recovery" above "DCC are unable to provide the number
            # paid after this stage": part given, part refused
            # (or the passage that names the question gives its figures another way: "not able to split the
            # costs by month ... we are giving the costs per financial year, as follows:")
            # (or its number's own line gives figures another way: "2. The size of the estate has reduced from
            # 19,056 acres to 16,422 acres ..." over "It is not possible to answer in terms of “How many farms”")
            res = "partially_successful" if (span and (_given_beside_not_held(live, span) or gives_figures(
                [answer_on_number_line(live, span, q) or ""]))) or (
                q.id in passages and passages[q.id].outcome == "partially_successful") else "rejected"
        elif q.id in m.nh_by_q or set(qcodes) & C.NOT_HELD_CODES:
            span = _numbered_span(live, marks, q, m.nh_by_q[q.id][0]) if q.id in m.nh_by_q else None
            res = "partially_successful" if span and _given_beside_not_held(live, span) else "not_held"
        # below, a question a passage names ("In response to 1, 2 and 3, this is published ...") takes what
        # the passage says, not a refusal or "not held" said elsewhere in the letter
        elif not m.facts and (global_codes or m.ncnd_by_q.get(None)) and set(global_codes) - m.passive \
                and q.id not in passages and not _answered_under_number(live, marks, q):
            res, qcodes, qncnd = "rejected", global_codes, bool(m.ncnd_by_q.get(None)) or any(
                C.within(c, m.ncnd_codes) for c in global_codes)
        elif not m.facts and not m.refusing_codes and q.id not in passages and (None in m.nh_by_q or (
                m.nh_by_q and not m.loose and not answered_anywhere(m) and not m.refused_in_words)):
            # nothing given anywhere and "not held" said (under one question or for all): none of it is held
            res = "not_held"
        elif not m.facts and m.refused_in_words and not m.refusing_codes and None not in m.nh_by_q \
                and q.id not in passages \
                and numbered_answer(live, marks, q) is None \
                and (answer_below(m, q) or ("",))[0] != "successful":
            # "we are unable to provide this information": a refusal in words, nothing given, nothing said
            # under the question's own number
            res = "rejected"
        # (not over an answer under the question's own number: "2. Please see answer to Question 1 above." beside a
        # refusal paragraph that names "the number of attacks" below)
        elif numbered_answer(live, marks, q) is None \
                and (worded := _answered_in_words(live, m.raw_anchors, q.id, survey)) is not None \
                and not restated_with_nothing_under(live, q.id, survey, m.restated[0] if m.restated else None):
            # "Cyber security software - the Council uses the tools included in its licensing"
            s, e = worded
            questions.append(C.QuestionResult(q.id, "successful", [], False, original[s:e], s, e))
            continue
        elif (below := answer_below(m, q)) is not None:
            # "How many years has the current longest housed tenant spent in temporary accommodation?" restated
            # on its own line, "4.5 years" on the next
            res, (s, e) = below
            res = referred_status(live[s:e], questions) or res     # "See response to Q.4 above."
            questions.append(C.QuestionResult(q.id, res, [], False, original[s:e], s, e))
            continue
        elif (numbered := numbered_answer(live, marks, q)) is not None:
            # "Q1. No external contractor is employed to do this.": an answer under the question's number
            res, (s, e) = numbered
            if _AS_ABOVE.match(live[s:e]) and questions:
                res = questions[-1].outcome     # "2. As above": what the answer before it says
            res = referred_status(live[s:e], questions) or res     # "A.5   See response to Q.4 above."
            questions.append(C.QuestionResult(q.id, res, [], False, original[s:e], s, e))
            continue
        elif _ASKS_REASON.search(q.text) and (given := _REASONS_GIVEN.search(live)) is not None:
            # "... please provide the reason why the CPN was issued in each instance" answered "have issued 2
            # in the timeframe, both were for land being defaced by litter": the reasons said in a clause
            s, e = C.sentence_at(m.live_sentences, given.start())
            questions.append(C.QuestionResult(q.id, "successful", [], False, original[s:e], s, e))
            continue
        else:
            continue
        if qf:
            m.from_figures.add(q.id)
        s, e = _evidence(q.id, qf, m.refusals, m.nh_by_q, res)
        if s == e and q.id in m.refused_words_q:
            s, e = C.sentence_at(m.live_sentences, m.refused_words_q[q.id])    # a refusal in words only
        elif s == e and q.id in m.nh_by_q:
            s, e = m.nh_by_q[q.id]        # "not held" beside a figure the survey does not ask for
        questions.append(C.QuestionResult(q.id, res, list(qcodes) if res in ("rejected", "partially_successful")
                                          else [], bool(qncnd) and res != "successful",
                                          original[s:e], s, e))
    said_ids = {r.question for r in questions}
    for part, (res, pos) in parts_withheld.items():
        if part not in said_ids:
            s, e = C.sentence_at(m.live_sentences, pos)
            questions.append(C.QuestionResult(part, res, [], False, original[s:e], s, e))


def answer_below(m: ReplyModel, q) -> tuple[str, tuple[int, int]] | None:
    # (asked of each question up to three times: the reply's lines are read once, each answer once)
    live = m.live
    if q.id not in m.below_of:
        if not m.restated:
            m.restated.append(restated_lines(live))
        found = _answer_below_restated(live, q, m.survey, m.restated[0])
        if found is not None and (_HEADING_ONLY.match(live[slice(*found[1])])
                                  or _ANSWER_LABEL.match(live[slice(*found[1])])
                                  or _all_asking(live[slice(*found[1])])):
            # "Our response:" then "Question 6": nothing under this question; "...? If so, how many and
            # please provide a link to the consultations.": the request's words run on, not an answer
            found = None
        m.below_of[q.id] = found
    return m.below_of[q.id]


def answered_anywhere(m: ReplyModel) -> bool:
    # (asked only where nothing is given and "not held" is said: worked out then, once)
    if not m.anywhere:
        m.anywhere.append(bool(m.passages) or m.attached or figures_attached(m.live) is not None or any(
            (numbered_answer(m.live, m.marks, q) or ("",))[0] in ("successful", "partially_successful")
            for q in m.survey.questions) or any(
            (answer_below(m, q) or ("",))[0] == "successful" for q in m.survey.questions))
    return m.anywhere[0]


def _in_refusal_passage(p, mentions: list) -> bool:
    """Whether an exemption is named inside the passage: "Q1 - ..." that itself says "would exceed the cost limit"."""
    return any(p.start <= m.start < p.end for m in mentions)


# an answer that is the one before it: "2. As above", "3. See answer to question 2"
_AS_ABOVE = re.compile(r"^\s*" + ANY_NUMBER + PART + r"\s*[.):-]?\s*(?:(?:please\s+)?see\s+|same\s+)?"
                       r"(?:as\s+)?above\b[^\n]{0,20}$|^\s*" + ANY_NUMBER + PART + r"\s*[.):-]?\s*(?:please\s+)?see\s+"
                       r"(?:my\s+|our\s+|the\s+)?(?:answer|response)\s+to\s+(?:question\s+|q\s*)?\d{1,2}[a-z]?\s*\.?\s*$",
                       re.IGNORECASE)
_FEWER_THAN = re.compile(r"(?:\b(?:fewer|less)\s+than|<)\s*(\d{1,2})\b", re.IGNORECASE)


def _withheld_small(f: Fact) -> bool:
    """A figure given only as a bound ("Fewer than 5", "<5"): the exact number is withheld."""
    return any(float(m.group(1)) == f.value for m in _FEWER_THAN.finditer(f.quote))


def suppressed_bound(f: Fact) -> bool:
    """A small number withheld and given as its bound in words ("2. Fewer than 5 (see below)", the threshold
    councils suppress at being 5 or 10): it tells its question's status (part given, part withheld) and is then
    no figure; "less than 200 laptops" is an approximate figure."""
    return f.value <= 10 and _withheld_small(f)


# a cell whose number is withheld, beside given ones on a table's row ("Couple (with children) 10 7 <5* <5* 28"):
# a bound standing alone in its cell, not a band's label ("fewer than 5 days: 120")
_REDACTED_CELL = re.compile(r"(?:<\s*\d{1,2}|\b(?:fewer|less)\s+than\s+\d{1,2})\*?"
                            r"(?=[ \t]*(?:[|\t]|$)|[ \t]+(?:<|\d|-[ \t]|\*))", re.IGNORECASE | re.MULTILINE)


_ANSWER_WORDS = re.compile(r"\b(?:no|not|none|nil|n/a|uses?|used|using|includes?|included|is|are|was|were|has|have|"
                           r"had|provided|supplied|purchased\s+(?:via|through|as|under))\b", re.IGNORECASE)


def _answered_in_words(text: str, anchors: list, qid: str, survey: Survey) -> tuple[int, int] | None:
    """The line that answers a question without a figure: it names the question's subject and says
    something about it in a sentence (not the question restated, which has no verb and no answer)."""
    for pos, aqid, why in anchors:
        if aqid != qid or why != "subject":
            continue
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        body = line
        for a, b, _ in sorted(survey.find_subjects(line), reverse=True):
            body = body[:a] + " " + body[b:]
        if "?" in line or len(body.split()) < 4 or not _ANSWER_WORDS.search(body):
            continue
        lead = len(line) - len(line.lstrip())
        return pos + lead, pos + len(line.rstrip())
    return None


# a question that asks why (the reasons, the subjects, the offences for which ...), and a clause that says it:
# "both were for land being defaced by litter", "3 were for aggressive begging"
_ASKS_REASON = re.compile(r"\breasons?\b|\bsubjects?\s+(?:matter\s+)?of\b|\boffences?\s+for\s+which\b", re.IGNORECASE)
_REASONS_GIVEN = re.compile(r"\b(?:both|all|each|\d+)\s+(?:of\s+(?:them|these)\s+)?(?:were|was)\s+"
                            r"(?:issued\s+|served\s+|given\s+)?for\s+(?!example\b|instance\b)[a-z]", re.IGNORECASE)


def _evidence(qid: str, facts: list[Fact], refusals: list[Refusal], nh: dict, res: str) -> tuple[int, int]:
    if res in ("rejected", "partially_successful"):
        mine = [r for r in refusals if r.question == qid] or refusals
        # the sentence that names the most specific exemption ("Section 31(3)", not the "S31" heading)
        r = max(mine, key=lambda r: (len(r.exemption), -r.start), default=None)
        if r:
            return r.start, r.end
    if res == "not_held":
        span = nh.get(qid) or nh.get(None) or next(iter(nh.values()), None)     # the reply's "not held"
        if span:
            return span
    if facts:
        return facts[0].start, facts[0].end
    return 0, 0
