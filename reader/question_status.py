"""Question statuses the rest of the reader misses, read as councils write their answers. For questions left
without a status:

- a lettered part restated in its own words, without the lead-in it shares with its sister parts ("2. If so, which
  area of children's social care were agency teams employed to cover?" / "Duty, Triage and Assessment Team", where
  the request asked it as "1. Has your local authority employed ...? ... c. If so, which area ...");
- a part between two sisters answered together in words ("a) The total number of bus lane PCNs issued. / b) ... /
  c) ... / Wokingham Borough Council have no bus lanes to enforce.");
- answers under numbers: a number the survey asks only in lettered parts ("1. As follows:"), two numbers answered
  together ("2 & 3 The cameras rotate ...", "1. & 2. Please Note: ..."), a short answer in words between answered
  numbers ("3. Kingdom"), a yes/no question restated in the negative ("1. The local authority has not employed
  any ...");
- none of what a question counts ("have received no complaints in relation to the categories you have set out");
- nothing given and the whole request not held ("We do not hold sickness absence data for schools' staff ..."), or
  the requester sent to another body ("I would therefore direct you to contact these organisations"): not held.

And, changing a status read elsewhere: an answer in words that sends the requester to another body ("... is a
matter for Police Scotland. You may wish to redirect your request to them") is not held; a note to starred cells
("*The low numbers ... have been redacted ... exempt under Section 38(1)(b)") withholds the starred answers, not the
answer it stands under.

Round 4: a part's own "3a)" line answers it; a breakdown of what there was none of is none too; the request's numbered
list quoted back answers nothing; lettered parts answered together ("1.a)-d)") with "not held" below are each partly
given; figures under other numbers do not answer a question whose own "Our response:" is blank; "unable to provide"
with no ground anywhere is not held, and "not held in a central location" beside a refusal is refused.

For the outcome (parts_named_only_when_asked): a lettered part named nowhere but where the request asks it, beside a
later sister answered with figures, was passed over.

Rules of their own that fill_open reads: answers_under_numbers.py (answers under numbers), sent_elsewhere.py (the
requester sent to another body), none_said.py (none of what a question counts); status_common.py, what they share.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from . import classify as C
from . import nought
from .answer_status import _status_of_answer
from .first_chars import from_first_char
from .answers_under_numbers import _under_numbers
from .none_said import _none_said
from .numbered_answers import _mark_answer, _ONE_WORD
from .question_number import ANY_NUMBER, PART
from .restated import _answer_below_restated
from .sent_elsewhere import _sent_elsewhere
from .status_common import MAX_LINES, _LEAD_NUMBER, _WORD, _parent
from .scan import never_spans
from .survey import Survey
from .sentences import line_bounds


@dataclass(frozen=True)
class _Asked:
    """A question as the restated-line reader needs it: its id and the words it is asked in."""
    id: str
    text: str


@dataclass(frozen=True)
class _Asking:
    questions: list


def _shared_lead(texts: list[str]) -> int:
    """How many characters of the first text open every one of them, cut back to a word's end."""
    first = texts[0]
    n = min(len(t) for t in texts)
    k = 0
    while k < n and all(t[k] == first[k] for t in texts):
        k += 1
    if k < n:
        k = first.rfind(" ", 0, k + 1)
    return max(k, 0)


@lru_cache(maxsize=64)
def own_words(survey: Survey) -> dict[str, str]:
    """Each lettered part's own wording: its text without the lead-in it shares with its sister parts (a survey
    drafted from "1. Has your local authority ...? a. How many teams ...? b. ..." words each part as the lead-in
    and the part). Parts with no shared lead-in of three words or more are left out. Once per survey (hashed by
    identity), not per reply; read only."""
    groups: dict[str, list] = {}
    for q in survey.questions:
        if (p := _parent(q.id)):
            groups.setdefault(p, []).append(q)
    out: dict[str, str] = {}
    for parent, parts in groups.items():
        texts = [q.text or "" for q in parts]
        head = survey.question(parent)
        if len(parts) >= 2:
            k = _shared_lead(texts)
        elif head is not None and head.text and texts[0].startswith(head.text):
            k = len(head.text)
        else:
            continue
        if len(_WORD.findall(texts[0][:k].lower())) < 3:
            continue
        for q, t in zip(parts, texts):
            rest = t[k:].strip(" :;,.-\u2013")
            if len(_WORD.findall(rest.lower())) >= 3:
                out[q.id] = rest
    return out



def _holds_figure(answer: str) -> bool:
    """Whether an answer in words holds a digit that may be a figure (not a section's number or an item's,
    "as of day 6")."""
    spans = never_spans(answer)
    return any(not any(a <= m.start() < b for a, b in spans) for m in re.finditer(r"\d", answer))

def fill_open(questions: list, survey: Survey, text: str, original: str, *,
              restated: list, from_figures: set[str],
              nothing_given: bool, whole_not_held: tuple[int, int] | None,
              marks: list | None = None, facts: list | None = None) -> list:
    """``questions`` (QuestionResult, in the survey's order) with statuses added for questions that have none, and
    the few changed (see the module's notes). ``restated``: the reply's restated lines (restated.restated_lines);
    ``nothing_given``: no figure and no answer given anywhere; ``whole_not_held``: where the reply says the
    information is not held, when it says it of the whole request; ``marks``: the reply's question numbers (pos,
    question id, why); ``facts``: the figures read, each with its question and where it stands. An answer below a
    restated question, under a number, and what its words say are read by restated.py, numbered_answers.py and
    answer_status.py."""
    # a numbered line of the request quoted back ("3. Noise Abatement Notice issued", the request's list of what a
    # breakdown is by, which question 2c asks) is no answer to the question its number happens to be
    quoted = [r for r in questions if r.question not in from_figures and _other_part_quoted(r, survey, text)]
    if quoted:
        questions = [r for r in questions if r not in quoted]
    said = {r.question: r for r in questions}
    ids = [q.id for q in survey.questions]
    added: list = []

    # a part restated in its own words, its answer below
    own = own_words(survey)
    if any(qid not in said for qid in own):
        asking = _Asking([_Asked(q.id, own.get(q.id, q.text or "")) for q in survey.questions])
        for qid, words in own.items():
            if qid in said:
                continue
            found = _answer_below_restated(text, _Asked(qid, words), asking, restated)
            if found is not None:
                res, (s, e) = found
                added.append(C.QuestionResult(qid, res, [], False, original[s:e], s, e))
    said.update({r.question: r for r in added})

    # a one-word answer after the question restated on its line ("Whether the local authority maintains public
    # toilet facilities in the area? Yes")
    # (only lines ending in one word can answer so: looked for once, not once per question)
    one_word = [ln for ln in restated if ln.cut_said is not None and _ONE_WORD.match(ln.tail)]
    for q in survey.questions:
        if one_word and q.id not in said and (found := _one_word_after(q, survey, one_word)) is not None:
            s, e = found
            r = C.QuestionResult(q.id, _status_of_answer(text[s:e]), [], False,
                                 original[s:e], s, e)
            added.append(r)
            said[q.id] = r

    # a part between two sisters answered together in words
    for k, qid in enumerate(ids):
        group = _parent(qid)
        if qid in said or not group:
            continue
        before = next((said.get(o) for o in reversed(ids[:k]) if _parent(o) == group), None)
        after = next((said.get(o) for o in ids[k + 1:] if _parent(o) == group), None)
        if before is None or after is None or before.question in from_figures or after.question in from_figures:
            continue
        if before.outcome == after.outcome == "successful":
            r = C.QuestionResult(qid, after.outcome, [], False, after.quote, after.start, after.end)
            added.append(r)
            said[qid] = r

    # a yes/no question whose parts are answered ("1. Has your local authority employed any entire children's social
    # work team ...? a) How many teams have you used? / We used one team in 2018 at a cost of 205k"): yes, answered
    for qid in ids:
        q = survey.question(qid)
        if qid in said or not _YES_NO.match(q.text or ""):
            continue
        given = [said[p] for p in ids if _parent(p) == qid and p in said
                 and said[p].outcome in ("successful", "partially_successful")]
        if given:
            r = C.QuestionResult(qid, "successful", [], False, given[0].quote, given[0].start, given[0].end)
            added.append(r)
            said[qid] = r

    # answers under numbers: a bare number over its lettered parts, two numbers answered together, one word
    if marks is not None:
        for r in _under_numbers(survey, text, original, said, marks):
            if r.question not in said and not _other_part_quoted(r, survey, text):
                added.append(r)
                said[r.question] = r

    # a line that opens with a part's own number and letter ("3a) Moray Council does not currently manage any
    # allotment sites directly. ...") answers that part, whichever question its words were read as
    numbers = _line_numbers(text)
    for q in survey.questions:
        if q.id not in said and _parent(q.id) and (found := _own_part_line(q, text, numbers)) is not None:
            s, e = found
            r = C.QuestionResult(q.id, _status_of_answer(text[s:e]), [], False, original[s:e], s, e)
            added.append(r)
            said[q.id] = r

    # "we have received no complaints": none of what a question counts (said in the letter, it outweighs a "not
    # held" read only from the page's status line: "Alnwick Town Council did not have the information requested.")
    status_line = C.page_status_span(text)
    for qid, (s, e) in _none_said(survey, text).items():
        old = said.get(qid)
        if old is not None and old.outcome == "not_held" and status_line is not None \
                and old.start < status_line[1] and status_line[0] < old.end:
            questions = [r for r in questions if r.question != qid]
            del said[qid]
        if qid not in said:
            r = C.QuestionResult(qid, "successful", [], False, original[s:e], s, e)
            added.append(r)
            said[qid] = r

    def rest_not_held(span: tuple[int, int]) -> None:
        s, e = span
        for qid in ids:
            if qid not in said:
                r = C.QuestionResult(qid, "not_held", [], False, original[s:e], s, e)
                added.append(r)
                said[qid] = r

    # nothing given, and the whole request not held
    if nothing_given and whole_not_held is not None:
        stale = _quoted_above_not_held(said, whole_not_held, from_figures, set(_none_said(survey, text).values()),
                                       survey, text)
        if stale:
            questions = [r for r in questions if r.question not in stale]
            added = [r for r in added if r.question not in stale]
            for qid in stale:
                del said[qid]
    if nothing_given and whole_not_held is not None and all(r.outcome == "not_held" for r in said.values()):
        rest_not_held(whole_not_held)
    # the requester sent to another body for the information: what the reply does not answer is not held here,
    # whether or not it gives something first ("... have received no complaints in relation to the categories you
    # have set out. You need to direct your enquiry to Northumberland County Council ...")
    if (where := _sent_elsewhere(text, whole=True)) is not None:
        rest_not_held(where)

    # an answer in words that sends the requester to another body ("5 Operation and monitoring of the equipment is
    # a matter for Police Scotland. You may wish to redirect your request to them")
    changed = False
    for k, r in enumerate(questions):
        if r.outcome == "successful" and r.question not in from_figures and r.end > r.start \
                and not _holds_figure(_LEAD_NUMBER.sub("", text[r.start:r.end])) \
                and _sent_elsewhere(text[r.start:r.end]) is not None:
            questions[k] = C.QuestionResult(r.question, "not_held", [], False, r.quote, r.start, r.end)
            changed = True
    # an answer in words that gives something, then says a part of it is not known yet ("4. Electric Vehicle
    # Infrastructure Fund (EVIF) framework. Funding level to be confirmed."): part given, part not held
    for k, r in enumerate(questions):
        if r.outcome != "successful" or r.question in from_figures or r.end <= r.start:
            continue
        body = _LEAD_NUMBER.sub("", text[r.start:r.end]).strip()
        first = re.split(r"(?<=[.!?])\s+", body, maxsplit=1)
        if len(first) == 2 and len(first[0].split()) >= 2 and not _NOT_YET.search(first[0]) \
                and _NOT_YET.search(first[1]) and "?" not in body:
            questions[k] = C.QuestionResult(r.question, "partially_successful", [], False, r.quote, r.start, r.end)
            changed = True

    # "We are unable to provide this information", no ground given and nothing cited anywhere: not held, not refused
    for k, r in enumerate(questions):
        if r.outcome == "rejected" and not r.exemptions and not r.ncnd and r.question not in from_figures \
                and _BARE_INABILITY.search(text[r.start:r.end]) and not ANY_GROUND_FAST.search(text) \
                and not _GROUND.search(_with_next_sentence(text, r.start, r.end)):
            questions[k] = C.QuestionResult(r.question, "not_held", [], False, r.quote, r.start, r.end)
            changed = True

    # "the information is not held in a central location or held in a manner than can easily be reported on", beside
    # a refusal of the rest: held, but not to hand; the reason for refusing, not an answer that it is not held
    if any(r.outcome == "rejected" for r in questions):
        for k, r in enumerate(questions):
            if r.outcome == "not_held" and _NOT_TO_HAND.search(text[r.start:r.end]):
                questions[k] = C.QuestionResult(r.question, "rejected", r.exemptions, r.ncnd, r.quote, r.start, r.end)
                changed = True

    # figures that stand under another question's number, where this question's own number heads nothing
    if facts is not None and marks:
        empty = _figures_elsewhere(questions, survey, text, from_figures, facts, marks)
        if empty:
            questions = [r for r in questions if r.question not in empty]
            changed = True

    # parts answered together ("1.a)-d)" over one list of figures) with "not held" said of some of it before the next
    # number ("Note: Further years data is not available. ... Information not held."): part given, part not held
    if facts is not None:
        for qids, (s, e) in _joint_parts_not_held(survey, text, facts):
            keep = [r for r in questions if r.question not in qids]
            added = [r for r in added if r.question not in qids]
            questions = keep + [C.QuestionResult(qid, "partially_successful", [], False, original[s:e], s, e)
                                for qid in qids]
            changed = True

    # a note to starred cells ("*The low numbers ... have been redacted. This response is exempt under Section
    # 38(1)(b) ..."): its exemption is the starred answers', not the answer it happens to stand under
    if facts is not None and (note := _STAR_NOTE.search(text)) is not None:
        lines_of: dict[str, list[str]] = {}
        reach: dict[str, tuple[int, int]] = {}
        for f in facts:
            if f.question:
                a, b = line_bounds(text, f.start)
                lines_of.setdefault(f.question, []).append(text[a:b])
                lo, hi = reach.get(f.question, (a, a))
                reach[f.question] = (min(lo, a), max(hi, f.end))

        def plain(qid: str) -> bool:
            """Nothing not held or refused said among the question's figures or on the lines below them, down to
            the next numbered line or the note ("2024/25: £840,002.74 / 2014/15: Figures not held.")"""
            a, b = reach[qid]
            nxt = _NEXT_NUMBERED.search(text, b, note.start()) if b < note.start() else None
            seg = text[a:nxt.start() if nxt else max(b, note.start())]
            return not C.find_not_held(seg) and not C.find_refusal_words(seg)
        for k, r in enumerate(questions):
            lines = lines_of.get(r.question)
            if not lines:
                continue
            starred = any(_STARRED_CELL.search(ln) for ln in lines)
            if r.outcome == "partially_successful" and not starred and note.start() <= r.start < note.end() \
                    and r.question in from_figures and plain(r.question):
                questions[k] = C.QuestionResult(r.question, "successful", [], False, r.quote, r.start, r.end)
                changed = True
            elif r.outcome == "successful" and starred and r.question in from_figures:
                questions[k] = C.QuestionResult(r.question, "partially_successful", r.exemptions, r.ncnd, r.quote,
                                                r.start, r.end)
                changed = True
    if not added and not changed and not quoted:
        return questions
    order = {qid: i for i, qid in enumerate(ids)}
    return sorted(questions + added, key=lambda r: order.get(r.question, len(order)))


def beside_own_figure(facts: list, pos: int, text: str) -> bool:
    """Whether a refusal at ``pos`` stands in the same paragraph as, and after, one of the question's own figures
    ("£15,000 – Claimant tripped due to pothole in road. We hold information about the location but as thus may
    identify an individual ... Section 40 (2) Personal Data."): it withholds part of that answer."""
    return any(f.start < pos and not re.search(r"\n[ \t]*\n", text[f.start:pos]) for f in facts)


# any line that opens with a number and a letter as _own_part_line's do: the numbers found so are the only ones
# whose parts need their own search (one pass over the reply, not one per lettered part)
# (a look-ahead for its first characters: every line start is tried)
_PART_LINE = re.compile(r"^[ \t]*(?=[q\d])(?:(?:question|q)[ \t]*)?(\d+)[ \t]*\(?[a-z]+[.):][ \t]*\S",
                        re.IGNORECASE | re.MULTILINE)


def _line_numbers(text: str) -> frozenset[str]:
    return frozenset(_PART_LINE.findall(text))


_NUMBER_LETTERS = re.compile(r"(\d+)([a-z]+)")     # a lettered part's id: "3a"


def _own_part_line(q, text: str, numbers: frozenset[str] | None = None) -> tuple[int, int] | None:
    """Where the last line that opens with a lettered part's own id ("3a)", "Q3a.", "3 a)") says more than the part
    restated: the span of its words after the id, or None. ``numbers``: _line_numbers(text), if known."""
    n, letter = _NUMBER_LETTERS.fullmatch(q.id).groups()
    if numbers is not None and n not in numbers:
        return None
    asked = set(_WORD.findall((q.text or "").lower()))
    found = None
    for m in itertools.islice(re.finditer(rf"^[ \t]*(?:(?:question|q)[ \t]*)?{n}[ \t]*\(?{letter}[.):][ \t]*(?P<rest>\S[^\n]*)",
                                          text, re.IGNORECASE | re.MULTILINE), MAX_LINES):
        rest = m.group("rest").strip()
        words = set(_WORD.findall(rest.lower()))
        if rest.endswith("?") or not words or len(words & asked) >= 0.5 * len(words):
            continue        # the part restated (the request quoted above the answers)
        found = (m.start("rest"), m.start("rest") + len(rest))
    return found


_NUMBERED_LINE = re.compile(r"\s*" + ANY_NUMBER + PART + r"\s*[.):]\s*(.*)", re.IGNORECASE)


def _other_part_quoted(r, survey: Survey, text: str) -> bool:
    """Whether an answer in words opens with a numbered line that is another question's own words, the end of its
    text (three words or more): the request quoted, not an answer."""
    a = text.rfind("\n", 0, r.start) + 1
    line = text[a:max(r.end, r.start + 1)].split("\n", 1)[0]
    m = _NUMBERED_LINE.match(line)
    words = _WORD.findall(m.group(1).lower()) if m else []
    said = " ".join(words)
    return len(words) >= 3 and any(q.id != r.question and " ".join(_WORD.findall((q.text or "").lower())).endswith(said)
                                   for q in survey.questions)


# lettered parts answered together at a line's start: "1.a)-d)", "2.a) & b)", "3 (a) to (c)"
_PARTS_TOGETHER = re.compile(r"^[ \t]*(?:(?:question|q)[ \t]*)?(?P<n>\d{1,2})[ \t]*\.?[ \t]*\(?(?P<a>[a-h])\)?[ \t]*"
                             r"(?P<j>-|\u2013|to|&|and)[ \t]*\(?(?P<b>[a-h])\)", re.IGNORECASE | re.MULTILINE)


def _joint_parts_not_held(survey: Survey, text: str, facts: list) -> list[tuple[list[str], tuple[int, int]]]:
    """Lettered parts answered together, with figures, where the answer (to the next numbered line) says some of it
    is not held or withheld: the parts, and where the words that say so stand."""
    out = []
    for m in itertools.islice(_PARTS_TOGETHER.finditer(text), MAX_LINES):
        a, b = m.group("a").lower(), m.group("b").lower()
        letters = [a, b] if m.group("j").lower() in ("&", "and") else [chr(c) for c in range(ord(a), ord(b) + 1)]
        qids = [f"{m.group('n')}{x}" for x in letters if survey.question(f"{m.group('n')}{x}") is not None]
        nxt = _NEXT_NUMBERED.search(text, m.end())
        end = nxt.start() if nxt else len(text)
        if len(qids) < 2 or not any(m.end() <= f.start < end for f in facts):
            continue
        said = C.find_not_held(text[m.end():end]) or C.find_refusal_words(text[m.end():end])
        if said:
            s, e = said[0]
            out.append((qids, (m.end() + s, m.end() + e)))
    return out


# "We are unable to provide this information", "We are not able from this information source to answer 'the number
# of individuals'": an inability, with no reason given in the same words
_BARE_INABILITY = re.compile(r"\b(?:unable|not\s+able)\s+(?:[\w,]+\s+){0,5}?to\s+(?:provide|supply|give|answer)\b",
                             re.IGNORECASE)
# (in its sentence or the next: "We are unable to supply the information requested. To provide ... would entail a
# member of staff manually searching ...")
_GROUND = re.compile(r"\b(?:because|as|due|since|owing|exempt\w*|cost|time|commercial\w*|sensitive|personal|prejudice\w*|"
                     r"confidential\w*|withh\w+|refus\w+|entail\w*|manual\w*|search\w*|require\w*|involve\w*)\b",
                     re.IGNORECASE)
# a ground for refusing anywhere in the reply: a section or regulation, an exemption, the cost limit
_ANY_GROUND = re.compile(r"\b(?:section|s\.?)\s*\d{1,2}\b|\bregulation\s+\d|\bexempt\w*|\bexception\b|"
                         r"\b(?:cost|appropriate)\s+limit|\bvexatious\b|\bneither\s+confirm", re.IGNORECASE)
# (whether the reply holds one: searched only from the letters its words start with)
ANY_GROUND_FAST = from_first_char(_ANY_GROUND) or _ANY_GROUND


# a question that asks yes or no: "Has your local authority employed ...?", "Do you ...?"
_YES_NO = re.compile(r"\s*(?:has|have|does|do|did|is|are|was|were)\s+(?:your|you|the|this|any)\b[^?]*\?\s*$", re.IGNORECASE)
# held somewhere, but not in one place or form: "not held in a central location", "not held centrally", "not held in
# a format that can be easily extracted"
_NOT_TO_HAND = re.compile(r"\bnot\s+(?:held|recorded|kept)\s+(?:centrally|in\s+(?:a|one)\s+(?:central|single|one)\s+"
                          r"(?:location|place|system|database|record)|in\s+a\s+(?:format|manner|way|form)\s+th)", re.IGNORECASE)


def _with_next_sentence(text: str, start: int, end: int) -> str:
    spans = C.sentences(text)
    a, b = C.sentence_at(spans, start)
    _, c = C.sentence_at(spans, min(max(b, end) + 1, len(text) - 1)) if max(b, end) + 1 < len(text) else (b, b)
    return text[a:max(b, c, end)]


def _mark_question(mark: tuple) -> str | None:
    pos, aqid, why = mark
    return aqid or (why.split(":", 1)[1] if why.startswith("number:") else None)


def _figures_elsewhere(questions: list, survey: Survey, text: str, from_figures: set[str], facts: list,
                       marks: list) -> set[str]:
    """Questions answered only by figures that stand under other questions' own numbers, whose own number heads no
    answer ("Question 2 ... Our response: No prosecutions have been brought in relation to PSPO's." read as a zero of
    question 5's fines, where "Question 5 / How many fines ...? / Our response:" is followed by "Question 6"): a reply
    that answers question by question under their numbers left them unanswered."""
    numbered = [m for m in marks if _mark_question(m) is not None]     # (a letter belongs to the number over it)
    starts = [m[0] for m in numbered]
    out: set[str] = set()
    for r in questions:
        if r.question not in from_figures:
            continue
        q = survey.question(r.question)
        own = [i for i, m in enumerate(marks) if _mark_question(m) == r.question]
        mine = [f for f in facts if f.question == r.question]
        if q is None or not own or not mine:
            continue
        under = [numbered[k] for f in mine if (k := bisect.bisect_right(starts, f.start) - 1) >= 0]
        # (the question's own number below the figures: a reply that answers in turn, not the request quoted above)
        if len(under) < len(mine) or any(m[0] > marks[own[0]][0] or _mark_question(m) == r.question or
                                         _mark_question(m) == _parent(r.question) for m in under):
            continue
        asked = set(_WORD.findall((q.text or "").lower()))
        if all(_mark_answer(text, marks, i, asked, q.text or "") is None and _blank_answer(text, marks, i) for i in own):
            out.add(r.question)
    return out


def _blank_answer(text: str, marks: list, i: int) -> bool:
    """Whether the i-th numbered mark's block ends with an answer's label and nothing under it ("Our response:",
    then the next question's number): the reply's own blank for the answer, left empty."""
    end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
    lines = [ln for ln in text[marks[i][0]:end].split("\n") if ln.strip()]
    return len(lines) >= 2 and bool(_BLANK_LABEL.match(lines[-1]))


# an answer's label alone on its line: "Our response:", "Answer:", "Response"
_BLANK_LABEL = re.compile(r"^\s*(?:(?:our|the\s+council'?s|council)\s+)?(?:responses?|answers?|reply)\s*[:\-]?\s*$",
                          re.IGNORECASE)


# a note to starred cells that withholds them: a line opening with "*" that cites an exemption
_STAR_NOTE = re.compile(r"^[ \t]*\*[^*]{0,400}?\b(?:exempt\w*|section\s+\d|s\.?\s?\d{2}|regulation\s+\d|redacted|withheld)"
                        r"[^\n]*", re.IGNORECASE | re.MULTILINE)
_NEXT_NUMBERED = re.compile(r"^[ \t]*(?:(?:question|q)[ \t]*)?\d{1,2}[a-z]?[ \t]*[.):]", re.IGNORECASE | re.MULTILINE)
# a cell withheld under such a note: "<5*", "<5", "5*"
_STARRED_CELL = re.compile(r"<\s?\d{1,2}\b|\b\d{1,2}\*")
# not known yet: "to be confirmed", "not yet decided"
_NOT_YET = re.compile(r"\b(?:(?:still\s+|yet\s+)?to\s+be\s+(?:confirmed|decided|determined|agreed|finalised|finalized)|"
                      r"not\s+yet\s+(?:known|decided|determined|agreed|confirmed|available))\b", re.IGNORECASE)


_LONG_WORD = re.compile(r"[a-z]{4,}")
# words any sentence may share with a question (as the restated-line reader leaves them out)
_COMMON = frozenset("this that these those with from have been were your what which there their they them will would "
                    "could should also such does each other into than then when where above below please provide "
                    "details information".split())


def _one_word_after(q, survey: Survey, lines: list) -> tuple[int, int] | None:
    """Where a one-word answer stands after the question restated on its own line, up to its "?" (the words before
    the "?" most of them the question's, and more its than any other question's); the last such line."""
    asked = set(_LONG_WORD.findall((q.text or "").lower())) - _COMMON
    if len(asked) < 3:
        return None
    others = [set(_LONG_WORD.findall((o.text or "").lower())) - _COMMON for o in survey.questions if o.id != q.id]
    found = None
    for ln in lines:
        if ln.cut_said is None or not _ONE_WORD.match(ln.tail):
            continue
        said = ln.cut_said
        common = len(said & asked)
        if len(said) < 3 or common < 0.8 * len(said) or common < 0.6 * len(asked):
            continue
        if any(len(said & o) / max(1, len(o)) > common / len(asked) for o in others):
            continue        # the line restates another question as well or better
        end = ln.m.start(1) + len(ln.m.group(1).rstrip())
        found = (end - len(ln.tail), end)
    return found


def _quoted_above_not_held(said: dict, whole: tuple[int, int], from_figures: set[str], none_spans: set,
                           survey: Survey, text: str) -> set[str]:
    """Questions read as answered, in a reply that gives nothing and says in one sentence that none of it is held,
    whose "answer" is the request quoted back above that sentence (words the survey's questions are asked in: "1)
    Please state the number of applications ... a) 2012/13 b) 2013/14", "a) Approved") or that sentence itself
    ("Disabled Facility Grants are not available in Scotland therefore this information is exempt under Section 17
    ... Information Not Held."): not answers, the council holds nothing. An answer in its own words ("• No", "There
    were no ...") is kept."""
    s0, e0 = whole
    texts = [_WORD.findall((q.text or "").lower()) for q in survey.questions]
    asked = {w for t in texts for w in t}

    def request_words(r) -> bool:
        """A question restated (six words or more, the survey's) or a part's own closing words ("a) 2012/13")."""
        words = _WORD.findall(re.sub(r"^\s*[a-z][.)]\s", "", _LEAD_NUMBER.sub("", text[r.start:r.end])).lower())
        if not words or _ANSWER_WORD.intersection(words):
            return False
        if len(words) >= 6:
            words = [w for w in words if len(w) > 1]        # the request's own "a)", "b)" letters
            return sum(w in asked for w in words) >= 0.8 * len(words)
        return any(t[-len(words):] == words for t in texts)
    return {qid for qid, r in said.items()
            if r.outcome in ("successful", "partially_successful") and qid not in from_figures
            and (r.start, r.end) not in none_spans
            and ((r.end <= s0 and request_words(r))
                 or (s0 <= r.start < r.end <= e0 and C.find_not_held(text[r.start:r.end])))}


_ANSWER_WORD = {"yes", "no", *nought.WORDS.split("|")}


def follow_log_status(questions: list, survey: Survey, stated: str, where: tuple[int, int], from_figures: set[str],
                      original: str) -> list | None:
    """Each question's status on a disclosure log's page that gives nothing and states how the request ended in a
    field below the request ("11. If known, how many applicants ...?" / "Request Date18 March 2016" / ... /
    "ResponseDocuments in downloads section below." / "Refused"): what was read as answers above that field is the
    request itself, so each question has the log's status (statuses read otherwise, a refusal with its exemption,
    kept); None when nothing was read as answered, or something is answered below the field (the reply's own
    words) or from figures."""
    s, e = where
    answered = [r for r in questions if r.outcome in ("successful", "partially_successful")]
    if not answered or any(r.start >= s or r.question in from_figures for r in answered):
        return None
    kept = {r.question: r for r in questions if r not in answered}
    return [kept.get(q.id) or C.QuestionResult(q.id, stated, [], False, original[s:e], s, e)
            for q in survey.questions]



# what stands after a thing named in a table's row: the next cell, or an answer in words ("N/A", "Nil")
_ROW_ANSWER = re.compile(r"[^\t|\n]{0,20}?(?:[ \t]*[\t|]|[ \t]*[:\-\u2013][ \t]*(?:n/?a|nil|none|not\s+applicable)\b)",
                         re.IGNORECASE)


def parts_named_only_when_asked(survey: Survey, live: str, questions: list, facts_by_q: dict) -> list[str]:
    """Lettered parts a prose reply passes over: nothing said of the part, its thing named on the page only once
    (where the request asks it), while a later sister part is answered with figures. Thurrock's "2. What was the
    cost of: • putting the trees and lights up • taking them down • the electricity costs ... • the complete cost"
    answered only "Total cost of Christmas scheme ... was £10,300": electricity never named again. (A later sister,
    not an earlier one: a reply answering parts in order and stopping, or a page cut short, leaves the last parts
    unsaid without passing over them; a sister answered only in words may be the request quoted back.)"""
    said = {r.question for r in questions}
    given = {r.question for r in questions if r.outcome == "successful" and facts_by_q.get(r.question)}
    if not given:
        return []
    named: dict[str, int] = {}
    in_a_row: set[str] = set()
    for _, end, key in survey.find_subjects(live):
        named[key] = named.get(key, 0) + 1
        eol = live.find("\n", end)
        if _ROW_ANSWER.match(live, end, len(live) if eol < 0 else eol):
            in_a_row.add(key)
    out = []
    for i, q in enumerate(survey.questions):
        parent = _parent(q.id)
        # (named once, in a table's row with its own answer: "Zoom<TAB>N/A" answers the part, in words)
        if parent is None or q.id in said or named.get(q.subject) != 1 or q.subject in in_a_row:
            continue
        if any(_parent(x.id) == parent and x.id in given for x in survey.questions[i + 1:]):
            out.append(q.id)
    return out
