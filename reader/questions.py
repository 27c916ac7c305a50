"""Which of the request's questions a part of a reply answers, beyond figures placed under a question: references
by number ("Questions 1 & 2", "In response to 1, 2 and 3, ...", "Request for information 2:"), the status such
a passage gives, and questions whose status follows from their parts or their parent (2a, 2b, 2c answered: 2 is
answered; "1. No" answers the 1a asked on the same line).

Status names are the reader's outcomes: successful, partially_successful, not_held, rejected.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from . import classify as C
from .asking import REQUESTING
from .folding import folds_unseen, lowered
from .numbers import LOOSE_FIGURE
from .first_chars import first_char_matches, grouped_from_first_char
from .question_number import NUMBER, PART
from .question_words import _WORDS, _question_words, _restates
from .scan import find_values, is_year, never_spans
from .survey import Survey

# (a letter on the next line is the question's first part, not part of its number: "Question 7" / "a. How many ...")
_ID = r"\d{1,2}(?:[ \t]?\(?[a-h]\)?(?![a-z]))?"
# a dash between spaces joins only before another "Q": "Q1 - 2 Fast Points" is question 1's answer, not 1 to 2
_JOIN = (r"(?:\s*(?:,\s*(?:and\s+|&\s*)?|&|\band\b|\bto\b)\s*|\s?[-\u2013](?!\s)|\s[-\u2013]\s+(?=q))"
         r"(?:q(?:uestions?)?\.?\s*)?")
_IDS = _ID + r"(?:" + _JOIN + _ID + r")*"
# a reference to the request's questions by number: "Questions 1 & 2", "Q1-Q3", "In response to 1, 2 and 3",
# "Request for information 2:", "Answer to question 4", "Part 3"
_REFERENCE = re.compile(
    r"(?:\bquestions?|\bq(?=\s?\d)|\brequest\s+for\s+information|\b(?:in\s+)?(?:response|reply|answer|regard|relation)s?"
    r"\s+to(?:\s+(?:your\s+)?(?:questions?|q|points?|parts?|requests?))?|\bpoints?|\bparts?)\.?\s*"
    r"(?P<ids>" + _IDS + r")(?![\d/%£.,]\d|\s*(?:%|per\s*cent|hours?|days?|weeks?|months?|years?|working)\b|"
    r"\s*(?:19|20)\d\d\b)",     # "Q2 2023" is a quarter
    re.IGNORECASE)
_REFERENCE_FAST = grouped_from_first_char(_REFERENCE)     # searched from the letters its words start with
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_ORD = r"(?:" + "|".join(_ORDINALS) + r")"
# "the first and second bullet points of your request", "your third and final question"
_ORDINAL_REFERENCE = re.compile(
    r"\b(?P<ids>" + _ORD + r"(?:\s*(?:,|and|&)\s*" + _ORD + r")*)(?:\s+and\s+(?:final|last))?\s+(?:bullet(?:ed)?\s+)?"
    r"(?:points?|questions?|parts?|requests?|items?)\b", re.IGNORECASE)


def _may_name_ordinal(text: str) -> bool:
    """Whether ``text`` holds an ordinal word _ORDINAL_REFERENCE needs (most replies hold none: not searched)."""
    low = lowered(text)
    return folds_unseen(text) or any(w in low for w in _ORDINALS)


# a reference inside the request's own words ("If you answered yes to question 2, ...")
_ASKING = re.compile(r"\b(?:if\s+(?:you\s+)?(?:answered|yes|so|no)|if\s+the\s+answer|you\s+(?:answered|said)|"
                     r"could\s+you|please\s+(?:provide|confirm|state|give|list|advise|supply)|can\s+you|"
                     r"I\s+would\s+like|I\s+(?:am|was)\s+(?:asking|requesting|looking))\b", re.IGNORECASE)


# an answer's label alone on its line: "Our response:", "Answer:"
_ANSWER_LABEL = re.compile(r"^\s*(?:(?:our|the\s+council'?s|council)\s+)?(?:responses?|answers?|reply)\s*[:\-]?\s*$",
                           re.IGNORECASE)


MAX_REFERENCES = 300     # a letter names its questions a few dozen times at most; more is a data dump


@dataclass(frozen=True)
class Passage:
    """What the reply says about some questions: their ids, the status it gives, and where it stands."""
    questions: tuple[str, ...]
    outcome: str
    named: tuple[str, ...]      # the ids the reply wrote; ``questions`` adds the lettered parts of a bare number
    start: int
    end: int
    ranged: bool = False        # under a line opening with a range of answer numbers ("1. -3. ...")


def _expand(ids: str, survey: Survey) -> tuple[list[str], list[str]]:
    """The survey's question ids a written list names ("1, 2 and 3", "1-3", "2a & 2b"), with the lettered parts
    of a bare number (2 -> 2, 2a, 2b); and the ids as written."""
    items = re.findall(r"(\d{1,2})(?:\s?\(?([a-h])(?![a-z])\)?)?|(-|\u2013|\bto\b)", ids, re.IGNORECASE)
    named: list[str] = []
    pending_range = False
    last: int | None = None
    for num, letter, dash in items:
        if dash:
            pending_range = last is not None
            continue
        n = int(num)
        if pending_range and last is not None and 0 < n - last <= 30:
            named.extend(str(k) for k in range(last + 1, n))
        pending_range = False
        last = n
        named.append(f"{n}{letter.lower()}" if letter else str(n))
    out: list[str] = []
    for qid in named:
        parts = [q.id for q in survey.questions if q.id == qid or (qid.isdigit() and re.fullmatch(qid + r"[a-z]", q.id))]
        out.extend(p for p in parts if p not in out)
    return out, named


# a first sentence that gives the information: "this information is published within ...", "please see the
# table below", "the figures are attached"
_GIVEN = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\s+(?:already\s+)?(?:published|attached|enclosed|provided|"
                    r"shown|set\s+out|given|listed|available\s+(?:at|on|via|from|online))\b|\bcan\s+be\s+found\b|"
                    r"\bplease\s+(?:see|find)\b|\b(?:as\s+follows|below)\b|\b(?:I|we)\s+(?:enclose|attach)\b", re.IGNORECASE)


_SOME = re.compile(r"\b(?:some|part)\s+of\s+the\s+(?:information|data|figures)\b", re.IGNORECASE)


_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\s*[:.)]\s")
LEAD_REACH = 1000


def passage_outcome(text: str) -> str:
    """The status a passage gives the questions it answers: read from its first sentences, where councils say
    whether they hold or refuse it ("We do not hold information on ... We can provide the following table"). A
    first sentence that gives the information decides ("this information is published within our datasets. ...
    the 2021 data will be published in 2022 (section 22)")."""
    text = text[:1500]
    spans = C.sentences(text)
    first = text[slice(*spans[0])] if spans else text
    if _GIVEN.search(first) and not C.find_not_held(first) and not C.find_refusal_words(first) \
            and not C.find_exemptions(first)[0]:
        # "I enclose a copy of some of the information you have requested relating to ...": part of it
        return "partially_successful" if _SOME.search(first) else "successful"
    # (and on to its paragraph's end, where the reason comes first and the refusal after it: "to identify single
    # payments ... would create a risk of identifying the individual concerned. ... This information is therefore
    # exempt from disclosure pursuant to s.40(2)")
    end = _PARAGRAPH_END.search(text, 400)
    lead = text[:min(end.start() if end else len(text), LEAD_REACH)]
    codes = {m.code for m in C.find_exemptions(lead)[0]} - C.NOT_HELD_CODES
    if C.find_not_held(lead):
        return "not_held"
    if codes or C.find_ncnd(lead) or C.find_refusal_words(lead):
        # "we are not able to split the costs by month ... we are giving the costs per financial year, as
        # follows: 2019/20 - £14,628 / 2020/21 - £22,218": the breakdown refused, the figures given another way
        if not codes and not C.find_ncnd(lead) and len(_FIGURE_LINE.findall(text)) >= 2:
            return "partially_successful"
        # the refusal's reasons, then what is given instead: "However in the interests of transparency we are able
        # to provide this information to you categorised as fewer than 5"
        if _GIVEN_INSTEAD.search(text, len(lead) - 200 if len(lead) > 200 else 0):
            return "partially_successful"
        return "rejected"
    return "successful"


_GIVEN_INSTEAD = re.compile(r"(?:^|\n)[ \t]*(?:however|but|nevertheless)\b[^.\n]{0,80}?\b"
                           r"(?:(?:we|I)\s+(?:are|am)\s+able\s+to|(?:we|I)\s+can)\s+"
                           r"(?:provide|give|supply|release|share)\b",
                           re.IGNORECASE)
# a line giving one figure under its label: "2019/20 - £14,628", "Repairs: 412"
_FIGURE_LINE = re.compile(r"^[ \t]*[\w/()' -]{2,40}?[ \t]*[-\u2013:][ \t]*£?" + LOOSE_FIGURE + r"[ \t]*$", re.MULTILINE)


_INTRODUCES = re.compile(r":[ \t]*$")
# a paragraph that qualifies the one before it: "However in the interests of transparency we are able to provide ..."
_QUALIFIES = re.compile(r"[ \t]*(?:however|but|nevertheless)\b", re.IGNORECASE)


def _list_below(text: str, b: int) -> int:
    """The end of what a sentence ending in a colon at ``b`` introduces: the lines below it down to a blank line
    (after the blank lines that may open them), and a following paragraph that opens "However"."""
    m = re.compile(r"(?:[ \t]*\n)*").match(text, b)
    pos = m.end() if m else b
    end = text.find("\n\n", pos, pos + 1500)
    end = min(len(text), pos + 1500) if end < 0 else end
    after = re.compile(r"(?:[ \t]*\n)+").match(text, end)
    if after and _QUALIFIES.match(text, after.end()):
        nxt = text.find("\n\n", after.end(), after.end() + 600)
        end = min(len(text), after.end() + 600) if nxt < 0 else nxt
    return end


def find_passages(text: str, survey: Survey) -> list[Passage]:
    """Passages of a reply that answer questions it names by number or ordinal. A reference that heads its own
    line ("Questions 1 & 2") covers the text down to the next question named; one inside a sentence ("In response
    to 1, 2 and 3, this information is published ...") covers the rest of its sentence and paragraph, or, when
    nothing follows it, the sentence ("Please see the information attached for questions 1-3"). References in
    the request's own words ("If you answered yes to question 2") and passages with nothing in them are left
    out."""
    heads: list[tuple[int, int, tuple[list[str], list[str]], bool]] = []
    spans = C.sentences(text)
    found = [(m.start(), m.end(), m.group("ids")) for m in first_char_matches(_REFERENCE, _REFERENCE_FAST, text)]
    if _may_name_ordinal(text):
        found += [(m.start(), m.end(), " and ".join(str(_ORDINALS.index(w.lower()) + 1)
                                                      for w in re.findall(_ORD, m.group("ids"), re.IGNORECASE)))
                  for m in _ORDINAL_REFERENCE.finditer(text)]
    found += _quoted_references(text, survey)
    for start, end, written in sorted(found)[:MAX_REFERENCES]:
        ids = _expand(written, survey)
        if not ids[0]:
            continue
        line_start = text.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)
        line_end = text.find("\n", end, end + 300)
        line_end = min(len(text), end + 300) if line_end < 0 else line_end
        line = text[line_start:line_end]
        opens = not text[line_start:start].strip(" \t\u2022*-")
        heading = opens and len(text[end:line_end].strip(" \t:.-)")) <= 3
        if not heading and (line.rstrip().endswith("?") or _ASKING.search(line) or REQUESTING.match(line)):
            continue    # (the request's own words: "7. Please break the answers to 3-7 down by year ...")
        if opens and not heading and len(ids[0]) == 1 and (q := survey.question(ids[0][0])) is not None \
                and _restates(set(_WORDS.findall(text[end:line_end].lower())), _question_words(q.text), sentence=True) \
                and all(is_year(v) for v in find_values(text[end:line_end], never_spans(text[end:line_end]))):
            continue    # "Question 1 - The number of requests for an EHC Needs Assessment received ... from 1 January
            # 2022 to the present date.": the request restated under its number, no answer to it (not "Q1 - Long Term
            # Empty Homes - 1,100 & Second Homes - 1,500.", its figures in the question's words)
        heads.append((start, end, ids, heading))
    out: list[Passage] = []
    starts = [h[0] for h in heads]

    def next_head(pos: int, default: int) -> int:
        i = bisect.bisect_right(starts, pos)
        return starts[i] if i < len(starts) else default

    for start, end, ids, heading in heads:
        if heading:
            # down to the next question named ("Q6." / figures / "Q7. We do not hold ...")
            nxt = next_head(start, len(text))
            a, b = end, min(nxt, end + 3000)
        else:
            # from the reference to the next one in its sentence ("an answer to Q1, the remaining Q2 & Q3 would
            # require ..."), or the whole sentence ("Please see the information attached for questions 1-3")
            a, b = C.sentence_at(spans, start)
            a, b = max(a, start - 1500), min(max(b, end), end + 1500)    # a page with no full stops
            nxt = min(next_head(end - 1, b), b)
            rest = re.sub(r"\b(?:the|remaining|and|of|for|to|your|request|above)\b", " ", text[end:nxt], flags=re.I)
            if _INTRODUCES.search(text, max(a, b - 3), b) and b == nxt:
                # a sentence that ends in a colon says what follows: "We are unable to provide an exact number for
                # question 2 above as:" over the reasons listed below it (and "However ..." after them)
                b = _list_below(text, b)
            elif re.search(r"[A-Za-z]{3,}", rest):
                a = end
                if nxt == b:     # and on to its paragraph's end: a refusal often follows ("... However, ...")
                    blank = re.search(r"\n[ \t]*\n", text[b:b + 1500])
                    b = min(b + blank.start() if blank else b + 1500, len(text), next_head(b - 1, len(text)))
                else:
                    b = nxt
            b = _before_other_question(text, a, b, ids[0], survey)
        body = text[a:b].strip(" \t\n:.-)")
        words = re.sub(_REFERENCE.pattern, " ", body, flags=re.IGNORECASE)
        if not re.search(r"[A-Za-z]{3,}|\d", words):
            continue
        if heading and not any(ln.strip() and not _ANSWER_LABEL.match(ln) and not ln.rstrip().endswith("?")
                               and not _ASKING.search(ln) for ln in body.split("\n")):
            # "Question 5" / the question restated / "Our response:" / (nothing) / "Question 6": a blank answer
            continue
        out.append(Passage(tuple(ids[0]), passage_outcome(body), tuple(ids[1]), a, b))
    return out + _range_passages(text, survey)


# a line that opens with a question's number: "4. How much money ... has been returned to the developer"
_NUMBERED_LINE = re.compile(r"\n[ \t]*" + NUMBER + PART + r"[ \t]*[.):]", re.IGNORECASE)


def _before_other_question(text: str, a: int, b: int, ids: list[str], survey: Survey) -> int:
    """Where a passage run on to its paragraph's end stops: at a line that opens with the number of a question after
    the last it names. On a page with no blank lines, "For questions 1-3, information can be found at the following
    link" runs on into "4. How much ... returned to the developer" and the cost-limit refusal under it, which are
    question 4's. (Not at a lower number: the request's own "Questions 2-8 do not include ..." above its "1." names
    no answer, and a refusal below every question is all of theirs.)"""
    named = [int(m.group()) for i in ids if (m := re.match(r"\d+", i))]
    if not named:
        return b
    asked = {m.group() for q in survey.questions if (m := re.match(r"\d+", q.id))}
    for m in _NUMBERED_LINE.finditer(text, a, b):
        if m.group(1) in asked and int(m.group(1)) > max(named):
            return m.start()
    return b


# a part of the request quoted back to name it: "In answer to 'the number of hotel sites used', 8 separate hotels"
# (quotes that open after a space and close before one: not the apostrophes of "the Trust's ... manager's")
_QUOTED = re.compile(r"(?<!\w)['\u2018\"\u201c]([A-Za-z][^'\u2019\"\u201d\n]{8,150}?)['\u2019\"\u201d](?!\w)")
_QWORDS = re.compile(r"[a-z]{3,}")
_QUOTE_COMMON = frozenset("the and for with from that this your you any are was were has have how many what which "
                          "please provide".split())


@functools.lru_cache(maxsize=64)
def _quote_words(survey: Survey) -> dict[str, frozenset[str]]:
    # once per survey (hashed by identity), not per reply; read only
    return {q.id: frozenset(_QWORDS.findall(q.text.lower())) - _QUOTE_COMMON for q in survey.questions}


def _quoted_references(text: str, survey: Survey) -> list[tuple[int, int, str]]:
    """(start, end, question id) for each phrase in quotes whose words are one question's words (most of them, two
    or more, and more of this question's than of any other's)."""
    words = _quote_words(survey)
    out = []
    for m in _QUOTED.finditer(text, 0, min(len(text), 200_000)):
        said = set(_QWORDS.findall(m.group(1).lower())) - _QUOTE_COMMON
        if len(said) < 2:
            continue
        scores = {qid: len(said & w) / len(said) for qid, w in words.items()}
        best = max(scores.values(), default=0)
        top = [qid for qid, v in scores.items() if v == best]
        if best >= 0.8 and len(top) == 1:
            out.append((m.start(), m.end(), top[0]))
        if len(out) >= MAX_REFERENCES:
            break
    return out


# a line opening with a range of the request's numbers, each written as an answer's number: "1. -3. To find this
# information, we would have to look at each property record ...", "5. - 7. Not held."; or the numbers after "Q":
# "Q4 - 7. In accordance with Section 17 ... not held", "Q1 - Q4 - This information is exempt ..."
_LINE_RANGE = re.compile(r"^[ \t]*(?:(\d{1,2})[.)][ \t]*[-\u2013][ \t]*(\d{1,2})[.)]|Q(?:uestions?)?[ \t]*(\d{1,2})[ \t]*"
                         r"[-\u2013][ \t]*(?:Q[ \t]*)?(\d{1,2})(?:[.):]|[ \t]+[-\u2013]))(?=[ \t])",
                         re.MULTILINE | re.IGNORECASE)


def _range_passages(text: str, survey: Survey) -> list[Passage]:
    """What a line opening with a range of answer numbers says, to its paragraph's end or the next number: the
    answer of every question in the range (the lower number first)."""
    out: list[Passage] = []
    for m in _LINE_RANGE.finditer(text):
        lo, hi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if int(lo) >= int(hi):
            continue
        ids = _expand(f"{lo}-{hi}", survey)
        end = _PARAGRAPH_END.search(text, m.end())
        body = text[m.end():end.start() if end else len(text)].strip()
        if ids[0] and re.search(r"[A-Za-z]{3,}", body):
            out.append(Passage(tuple(ids[0]), passage_outcome(body), tuple(ids[1]), m.end(), m.end() + len(body),
                               ranged=True))
        if len(out) >= MAX_REFERENCES:
            break
    return out


def combine(outcomes: list[str]) -> str | None:
    """The README's rule for a whole from its parts: all given, successful; all not held, not held; nothing given
    and something refused, rejected; otherwise partly."""
    said = [o for o in outcomes if o]
    if not said:
        return None
    kinds = set(said)
    if kinds == {"successful"}:
        return "successful"
    if kinds == {"not_held"}:
        return "not_held"
    if not kinds & {"successful", "partially_successful"}:
        return "rejected"
    return "partially_successful"


_PART_ID = re.compile(r"(\d+)[a-z]+")


@functools.lru_cache(maxsize=1024)
def parent_of(qid: str) -> str | None:
    # asked hundreds of thousands of times in a rebuild about a survey's few dozen ids
    m = _PART_ID.fullmatch(qid)
    return m.group(1) if m else None


def question_groups(survey) -> list[str]:
    """The survey's questions as the request numbers them, in order: a question with parts (1a, 1b) once, as "1"."""
    out: list[str] = []
    for q in survey.questions:
        g = parent_of(q.id) or q.id
        if g not in out:
            out.append(g)
    return out
