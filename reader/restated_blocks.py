"""Which question an answer belongs to where the reply restates the request.

Councils answer a request by restating it: each question quoted, then its answer ("3. What is your annual spend on
recruiting in-house foster carers? ..." / "• 2018-2019: £6k"); or the whole request quoted first and the answers
numbered the same below it ("1. How many grave plots ...?" ... "6. Does your council ...?" / "Response" / "4. 67" /
"5. 35 cemeteries have no new lair space ..."). Read so, the layout itself says which question an answer is for,
before any word of the answer is weighed:

- a line restates a question when its words are that question's (nearly all of the line's words are the
  question's, and it says a good share of them); a number before it that names the same question agrees, and then
  no other question's words can take it; lettered lines under it that only repeat the request's own items
  ("a) 2018", "a) between five years and ten years") are part of it;
- the answer to a question is what follows its restatement up to the next restatement;
- questions restated one after another with nothing between them are the request quoted whole: none of them heads
  what follows, and where lines opened by the questions' numbers follow it ("1. Yes", "4. 67"), each answers the
  question its number names, whatever its words;
- a number inside a restatement is the request's own, no figure.

``restated_layout`` finds the blocks once per reply, in one pass over its lines; ``bind_facts`` puts each figure
under the question whose block holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .answer_status import _status_of_answer
from .facts.words import _content_words, _group, question_words
from .survey import Survey
from .sentences import line_bounds

# a line opened by a question's number: "3.", "3)", "3 -", "Q3", "Question 3:", "(3)", "1. a)" (not "3.5", "2019",
# "2 x 100 %")
_NUMBER = re.compile(r"[ \t]*(?:[\u2022\u00b7*-][ \t]*)?(?:"
                     r"(?:question|q)[ \t]*\.?[ \t]*(?P<qn>\d{1,2})(?:[ \t]*\(?(?P<ql>[a-z])\))?(?![\d/.,]?\d)"
                     r"(?:[ \t]*[.):\-\u2013])?"
                     r"|\(?(?P<n>\d{1,2})[ \t]*(?:\(?(?P<l>[a-z])\)|(?P<l2>[a-z])?[.):](?!\d)|[ \t]+[-\u2013](?=[ \t])))",
                     re.IGNORECASE)


def _opening(line: str, groups: set[str]):
    """The question number a line opens with (where it is one of the survey's), its letter, and where its words
    start; else (None, None, 0)."""
    m = _NUMBER.match(line)
    if m is None:
        return None, None, 0
    n = str(int(m.group("qn") or m.group("n")))
    if n not in groups:
        return None, None, 0
    letter = m.group("ql") or m.group("l") or m.group("l2")
    return n, letter.lower() if letter else None, m.end()


# a line opened by a request's item letter only: "a) 2018", "b. ten years or more", "(c)"
_LETTER = re.compile(r"[ \t]*\(?[a-z]\)[ \t]*|[ \t]*[a-z]\.[ \t]+", re.IGNORECASE)

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FIGURE = re.compile(r"[\d\u00a3]")
# a line's first sentence (not the stop of "3." or "No.")
_FIRST_SENTENCE = re.compile(r"(?:[^.?!\n]|[.?!](?![ \t]+[A-Z]))*[.?!]?")
_NUM = re.compile(r"\u00a3?\d+(?:[,.]\d+)*")
_NOT = re.compile(r"\b(?:not|no|none|nil|never|nothing)\b|n't\b", re.IGNORECASE)

# share of a line's words that must be the question's, and of the question's words the line must say
_OWN_SHARE = 0.8
_SAID_SHARE = 0.5
# a long question says fewer of its words again: a line that says this many of them restates it
_ENOUGH_WORDS = 6
# the longest line weighed as a restatement
_LONGEST = 600


@dataclass(frozen=True)
class Restated:
    qid: str            # the survey question restated
    start: int          # the restatement's span (its number to the end of its asking)
    end: int
    number: str | None  # the number the line opens with, if any


@dataclass(frozen=True)
class Block:
    qid: str            # the question answered
    start: int
    end: int


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _question_for(words: frozenset, number: str | None, letter: str | None, survey: Survey,
                  qwords: dict[str, frozenset]) -> str | None:
    """The question whose words ``words`` restate, or None. The line's number, where it names a question (or its
    group) the words fit, decides between questions alike."""
    fits = []
    for qid, own in qwords.items():
        if len(own) < 3:
            continue
        common = len(words & own)
        if common >= _OWN_SHARE * len(words) and (common >= _SAID_SHARE * len(own) or common >= _ENOUGH_WORDS):
            fits.append((common / len(own), qid))
    if not fits:
        return None
    if number is not None:
        named = [k for _, k in fits if _group(k) == number and (letter is None or k == f"{number}{letter}"
                                                                 or k == number)]
        if named:
            return max((s, k) for s, k in fits if k in named)[1] if len(named) > 1 else named[0]
    fits.sort(reverse=True)
    if len(fits) > 1 and fits[1][0] >= fits[0][0] - 0.1:
        return None     # two questions alike: neither restated for certain
    return fits[0][1]


def restatements(text: str, survey: Survey) -> list[Restated]:
    """Every line of ``text`` that restates one of the survey's questions, in order, with the request's lettered
    items under it."""
    qwords = question_words(survey)
    groups, items, _ = _survey_groups(survey)
    found: list[Restated] = []
    last: Restated | None = None
    for pos, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        if last is not None and not text[last.end:pos].strip() and len(stripped) <= 120 and _LETTER.match(line):
            # "a) 2018" under "1. ... from January 1 to December 31 for": the request's own item, more of it (not
            # an answer lettered so: "b) 2019 £577.38")
            said = line[_LETTER.match(line).end():]
            item = _content_words(said, years=True)
            if item <= items.get(_group(last.qid), frozenset()) and not _FIGURE.search(_YEAR.sub("", said)):
                last = found[-1] = replace(last, end=pos + len(line.rstrip()))
                continue
        last = None
        if len(stripped) < 12 or len(stripped) > _LONGEST:
            continue
        number, letter, body_at = _opening(line, groups)
        asked = line[body_at:]
        cut = asked.find("?") + 1
        if not cut and number is None:
            continue        # a heading with no number and no "?" is too like an answer to take for the question
        words = _content_words(asked[:cut] if cut else asked)
        if len(words) < 3:
            continue
        qid = _question_for(words, number, letter, survey, qwords)
        if qid is None:
            continue
        own_text = survey.question(qid).text or ""
        own_numbers = set(_NUM.findall(own_text))
        if not cut and (any(n not in own_numbers for n in _NUM.findall(_YEAR.sub("", asked)))
                        or _NOT.search(asked) and not _NOT.search(own_text)):
            # an answer that says the question's words back, not asking (a figure the question does not hold, or a
            # "not" it does not say): "1. The total net sum of cash raised ... is £939,095.00"
            continue
        ask_end = len(line.rstrip())
        if cut:
            # after its "?", more of the request ("(ie, none, online tutoring, etc)"), or an answer run on: "...
            # regulations? Information about PCNs ...", "... access to waiting list data? 6"
            tail = asked[cut:]
            tail_words = _content_words(tail)
            if tail.strip() and (len(tail_words & qwords[qid]) < _OWN_SHARE * len(tail_words) or not tail_words
                                 or any(n not in own_numbers for n in _NUM.findall(_YEAR.sub("", tail)))):
                ask_end = body_at + cut
        last = Restated(qid, pos + len(line) - len(line.lstrip()), pos + ask_end, number)
        found.append(last)
    return found


def _numbered_lines(text: str, groups: set[str]) -> list[tuple[int, str]]:
    """Every line opened by one of the survey's question numbers: where it starts, and the number."""
    out = []
    for pos, line in _lines(text):
        n, _, _ = _opening(line, groups)
        if n is not None:
            out.append((pos + len(line) - len(line.lstrip()), n))
    return out


def _by_number(numbered: list[tuple[int, str]], after: int, first: str) -> list[tuple[int, str]]:
    """The lines after ``after`` opened by a question's number, from the first question's on, the numbers rising:
    the answers numbered as the request was (the request's own items below the last it restated, "4. How many
    households have been on the list for:", and a list inside an answer, "1. Lamp columns" under answer 6, aside)."""
    out: list[tuple[int, str]] = []
    for pos, n in numbered:
        if pos < after or not out and n != first or out and int(n) <= int(out[-1][1]):
            continue
        out.append((pos, n))
    return out


def _names_another(text: str, at: int, number: str, survey: Survey, qwords: dict[str, frozenset]) -> bool:
    """Whether the answer line at ``at``, opened by ``number``, says in its first sentence the words of another
    question rather than its number's ("10. Do not use private contractor to enforce PSPOs." answering "11. If the
    council is using private contractors to enforce PSPOs ...": the council's numbering slipped)."""
    line = text[at:text.find("\n", at) if "\n" in text[at:] else len(text)]
    words = _content_words(_FIRST_SENTENCE.match(line[_opening(line, {number})[2]:]).group(0))
    if len(words) < 3:
        return False
    scores = {k: len(words & own) / len(own) for k, own in qwords.items() if own}
    best = max(scores, key=scores.get, default=None)
    own = max((v for k, v in scores.items() if _group(k) == number), default=0.0)
    return best is not None and _group(best) != number and scores[best] >= 0.5 and scores[best] >= own + 0.15


@lru_cache(maxsize=64)
def _survey_groups(survey: Survey) -> tuple[frozenset, dict[str, frozenset], list[str]]:
    """The survey's question numbers, each number's words (its parts' together, years too) and the numbers in the
    order asked: worked out once per survey, not again for every reply (a survey is hashed by identity). Read only."""
    items: dict[str, frozenset] = {}
    order: list[str] = []
    for qid, own in question_words(survey, years=True).items():
        items[_group(qid)] = items.get(_group(qid), frozenset()) | own
    for q in survey.questions:
        if _group(q.id) not in order:
            order.append(_group(q.id))
    return frozenset(_group(q.id) for q in survey.questions), items, order


def _groups_in_order(survey: Survey) -> list[str]:
    return _survey_groups(survey)[2]


def _next_of(group: str, nxt: str | None, order: list[str]) -> bool:
    """Whether what ends a block of ``group``'s answer is the next question's heading (or the letter's end after the
    last question): an answer whose next question went unmarked runs on over that one's answer, and says nothing
    for certain."""
    if group not in order:
        return False
    i = order.index(group)
    if nxt is None:
        return i == len(order) - 1
    return nxt == group or i + 1 < len(order) and order[i + 1] == nxt


def restated_layout(text: str, survey: Survey) -> tuple[list[Restated], list[Block]]:
    """The restatements of the survey's questions in ``text`` and the blocks of answer each heads."""
    found = restatements(text, survey)
    if not found:
        return [], []
    groups = _survey_groups(survey)[0]
    numbered = _numbered_lines(text, groups)
    # runs of restatements with nothing but blank lines between: the request quoted whole, heading no answer
    quoted = set()
    for a, b in zip(found, found[1:]):
        if not text[a.end:b.start].strip():
            quoted.update((a.start, b.start))
    at = {r.start for r in found}
    blocks: list[Block] = []
    order = _groups_in_order(survey)
    qwords = question_words(survey)
    if quoted:
        # answered below by number: each numbered line's block runs to the next line another number opens
        after = max(r.end for r in found if r.start in quoted)
        answers = _by_number(numbered, after, order[0])
        if len(answers) >= 2:
            for s, n in answers:
                end, nxt = next(((pos, o) for pos, o in numbered if pos > s and o != n), (len(text), None))
                if _next_of(n, nxt, order) and not _names_another(text, s, n, survey, qwords):
                    blocks.append(Block(n, s, end))
    # (above the answers by number, the request quoted whole: none of its restatements heads an answer)
    answered_from = blocks[0].start if blocks else 0
    heads = [r for r in found if r.start not in quoted and r.start >= answered_from
             and not any(b.start <= r.start < b.end for b in blocks)]
    # a restatement with no number heads an answer only where every question is restated so (one missed, and the
    # block above it would run on over its answer)
    if {_group(r.qid) for r in heads if r.number is None} != groups:
        heads = [r for r in heads if r.number is not None]
    for r in heads:
        # up to the next restatement, or the next line another question's number opens
        ends = [(o.start, _group(o.qid)) for o in found if o.start > r.start]
        ends += [(pos, n) for pos, n in numbered if pos > r.start and n != _group(r.qid)]
        end, nxt = min(ends, default=(len(text), None))
        if _next_of(_group(r.qid), nxt, order):
            blocks.append(Block(r.qid, r.end, end))
    blocks.sort(key=lambda b: b.start)
    return found, blocks


def _target(block: Block, fact, survey: Survey):
    """The question of ``block``'s group that takes ``fact``: the fact's own where it is one of them; else the one
    asking its measure, the only one, or the one about its subject or period."""
    group = _group(block.qid)
    if _group(fact.question) == group:
        return None
    fit = [q for q in survey.questions if _group(q.id) == group and fact.measure in q.measures
           and (block.qid == q.id or block.qid == group)]
    if len(fit) > 1:
        fit = [q for q in fit if q.subject == fact.subject] or \
              [q for q in fit if fact.period and fact.period in (q.periods or ())] or fit[:0]
    return fit[0] if len(fit) == 1 else None


def bind_facts(facts: list, text: str, survey: Survey, layout=None) -> list:
    """``facts`` with each figure inside a restatement dropped (the request's own number) and each figure inside
    a block of answer put under the block's question."""
    found, blocks = layout if layout is not None else restated_layout(text, survey)
    if not blocks and not found:
        return facts
    out = []
    for f in facts:
        if any(r.start <= f.start and f.end <= r.end for r in found):
            continue
        block = next((b for b in blocks if b.start <= f.start < b.end), None)
        # (a figure the reader put under no question stays so; one whose own line names the thing it was put
        # under, and not the block's, keeps it: "Subject Access requests (SAR) = 76" in the answer about FOI
        # requests)
        q = _target(block, f, survey) if block is not None and f.question is not None else None
        if q is not None and (len(_own_words(text, f)) > _BARE or _line_names(text, f, survey, f.subject)
                              and not _line_names(text, f, survey, q.subject)):
            # (where the line says what it counts, that decides: "5,378 Penalty Notices successfully appealed at
            # informal, Representation or Appeal stages" under the question of challenges made; a bare figure,
            # "• 2018-2019: £6k", "114 passengers – £259,344", is the answer to the question it stands under)
            q = None
        if q is not None and _keyed_to_its_part(text, f) and not _keyed_to_its_part(text, f, q.id):
            # (a line opened by a part's letter says which part it answers, whatever block it stands in: the
            # lettered answers "a. 4482" / "b. 1792" below a request quoted whole, after its last question)
            q = None
        out.append(replace(f, question=q.id, subject=q.subject) if q is not None else f)
    return out


_BARE = 2


def _own_words(text: str, fact) -> frozenset:
    start, end = line_bounds(text, fact.start, fact.end)
    return _content_words(text[start:end])


_PART_LETTER = re.compile(r"[ \t]*\(?([a-z])[.)]", re.IGNORECASE)


def _keyed_to_its_part(text: str, fact, qid: str | None = None) -> bool:
    """Whether ``fact``'s line opens with the letter of the part ``qid`` (the fact's own question where None) is,
    "a. 4482" for question 1a."""
    qid = fact.question if qid is None else qid
    if not qid or not qid[-1].isalpha():
        return False
    m = _PART_LETTER.match(text, text.rfind("\n", 0, fact.start) + 1)
    return m is not None and m.group(1).lower() == qid[-1].lower()


def _line_names(text: str, fact, survey: Survey, subject: str) -> bool:
    start, end = line_bounds(text, fact.start, fact.end)
    line = text[start:end]
    return subject in {k for _, _, k in survey.find_subjects(line)}


def restated_as_answer(m) -> list:
    """The questions' results, where one was read as answered from the request's own words restated ("3. Which year
    did your Council start to webcast ...?" over the request's "DETAILS ABOUT THE SYSTEM", quoted whole above the
    answers): what its block of answer says, where the layout gives it one (a refusal or "not held" said of the
    request as a whole and placed at its words stands)."""
    found, blocks = m.layout
    if not found:
        return m.questions
    spans = [(r.start, r.end) for r in found]
    # the request quoted whole, from its first restatement to the first answer below it by number, is the
    # request's words throughout (its own headings and options: "NO / YES", "DETAILS ABOUT THE SYSTEM")
    first = _groups_in_order(m.survey)[0]
    below = [b for b in blocks if b.start > found[0].start]
    if below and below[0].qid == first and sum(r.start < below[0].start for r in found) >= 2:
        spans.append((found[0].start, below[0].start))
    out = []
    for q in m.questions:
        block = next((b for b in blocks if b.qid in (q.question, _group(q.question))), None) \
            if q.outcome == "successful" and isinstance(q.start, int) \
            and any(a <= q.start < b for a, b in spans) else None
        said = m.text[block.start:block.end].strip()[:300] if block is not None else ""
        if not said:
            out.append(q)
            continue
        start = m.text.index(said, block.start)
        out.append(replace(q, outcome=_status_of_answer(said), exemptions=[], ncnd=False, quote=said,
                           start=start, end=start + len(said)))
    return out
