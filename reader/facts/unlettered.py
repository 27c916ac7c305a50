"""An answer numbered as a question the survey asks only in lettered parts ("2. Please note food premises are not
licensed to sell food, they are registered." / "2017 - 839/429" under a request's "2. For each calendar year ...:
a. How many such premises were/are licensed ...? b. ... c. ... d. ..."): the part its words name heads the figures
under it (councils answer parts in order: of parts named alike, the first), until a letter or a number says
otherwise."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import nought
from ..numbers import LOOSE_WHOLE
from .words import _group, _MARKER


def first_part(survey, number: int, said: frozenset[str], question_words: dict[str, frozenset[str]],
               with_figures: bool = False):
    """The lettered part of ``number`` (its 2a for "2.") that the words ``said`` on the answer's numbered line name
    (two or more of that part's words, more than any other part's), or None (a number the survey asks whole, a
    line that names no part, "2. As above", or two alike). A line that opens with its figures ("2. 67 programmed visits; 5
    revisits.") answers the first part that asks for a count, where the parts ask it in the same words (a request's
    "how many food law inspections are currently overdue and is there an average waiting time ... (a) ... (b)",
    split after the count)."""
    parts = [q for q in survey.questions if _group(q.id) == str(number) and q.id != str(number)]
    if with_figures:
        # (a line of figures is read by its own words, figure by figure: "3. For 23/24 it was £54.06. ... Budget
        # has been set at £200 for 24/25" names 3b's budget beside 3a's cost)
        if len(parts) >= 2 and all("count" in q.measures for q in parts) and _same_lead(q.text for q in parts):
            return parts[0]
        return None
    scores = sorted(((len(said & question_words.get(q.id, frozenset())), -i, q) for i, q in enumerate(parts)),
                    key=lambda x: x[:2], reverse=True)
    if not scores or scores[0][0] < 2 or len(scores) > 1 and scores[1][0] == scores[0][0]:
        return None     # no part named, or two named alike: the line says not which
    return scores[0][2]


_PLAIN_FIGURE = re.compile(LOOSE_WHOLE + r"|" + nought.WORDS, re.IGNORECASE)


def count_part(survey, number: int, values) -> object | None:
    """The one part of ``number`` that asks a count, when the answer on its numbered line is one figure with no
    money sign ("2. None", "2. 0" under 2a "How many fines ..." and 2b "... the total monetary amount of fines") and
    the other parts ask no count: a plain figure is the count asked, not a sum and not the question above's. A nought
    under a number whose parts all ask the same measure, not a count, is the first part's."""
    if len(values) != 1 or values[0].money or not _PLAIN_FIGURE.fullmatch(values[0].text.strip()):
        return None     # (not a negation read as nought: "- We do not have figures for ..." says which part itself)
    parts = [q for q in survey.questions if _group(q.id) == str(number) and q.id != str(number)]
    counts = [q for q in parts if "count" in q.measures]
    if len(parts) >= 2 and len(counts) == 1:
        return counts[0]
    if len(parts) >= 2 and values[0].zero and "count" not in parts[0].measures \
            and all(q.measures == parts[0].measures for q in parts):
        # "1. Nil" under "1. ... how many days per year did the council exceed the limits ... for a) nitrogen dioxide,
        # b) PM10 and c) PM2.5": a nought under a number whose parts all ask one measure (days) answers the first of
        # them in that measure, not a count of the thing its words last named
        return parts[0]
    return None


def period_parts_subject(survey, number: int) -> str | None:
    """The one thing a number's lettered parts all count, when each part asks for one period of its own ("1. Please
    state the total number of children home schooled ... in each of the following school years: a) 2009-10 b)
    2010-11, ... f) 2014-15", split by period): an answer under the bare number ("1.  2012-13 - 26" / "2013-14 -
    28") counts that thing, and each figure is the part that asks its period. None otherwise."""
    parts = [q for q in survey.questions if _group(q.id) == str(number) and q.id != str(number)]
    if len(parts) < 2 or len({q.subject for q in parts}) != 1 or any(len(q.periods) != 1 for q in parts) \
            or len({q.periods[0] for q in parts}) != len(parts):
        return None
    return parts[0].subject


def _same_lead(texts) -> bool:
    """Whether the texts open with the same words that ask a count whole and then go on to another question before
    the parts split ("how many food law inspections are currently overdue and is there an average waiting time ..."),
    not a count the parts themselves split ("How many ... has the council a) cremated and b) buried")."""
    words = [t.lower().split() for t in texts]
    lead = 0
    while all(len(w) > lead for w in words) and len({w[lead] for w in words}) == 1:
        lead += 1
    said = " ".join(words[0][:lead])
    return re.search(r"\bhow many\b.*?\band (?:is|are|was|were|what|how|do|does|did|can|could|please)\b", said) is not None


def own_words_named(sec, text: str, spans: list[tuple[int, int, str]], start: int) -> bool:
    """Whether every subject ``spans`` find in a question's own numbered line ``text`` (from ``start``) is named
    in words the question ``sec`` itself says ("2. Please note food premises are not licensed ..." under 2a's "How
    many such premises were/are licensed ...?": "premises" is 2a's word too, though the survey files it under
    another question's subject): then the line heads ``sec``'s figures, not that other subject's."""
    if sec is None or not spans:
        return False
    asked = sec.text.lower()
    return all(re.search(r"(?<![a-z])" + re.escape(text[a - start:b - start].strip().lower()) + r"(?![a-z])", asked)
               for a, b, k in spans if k != sec.subject)


def figures_below(text: str, end: int) -> bool:
    """Whether the first line with words below ``end`` is a row of figures not opened by a question's number ("2017
    - 839/429" under "2. Please note ..."): the figures the numbered note heads."""
    for line in text[end:end + 600].split("\n")[1:]:
        if line.strip():
            return bool(re.search(r"\d", line)) and _MARKER.match(line) is None
    return False


# a numbered line of plain figures alone: "4. 51, 5", "3) 12 and 4"
_FIGURES_ALONE = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]*((?:" + LOOSE_WHOLE + r")(?:[ \t]*(?:,|and|&)[ \t]*(?:"
                            + LOOSE_WHOLE + r")){1,7})[ \t]*\.?[ \t]*$", re.MULTILINE | re.IGNORECASE)


def figures_in_part_order(facts: list, text: str, survey) -> list:
    """``facts`` with the figures of a numbered line of plain figures alone ("4. 51, 5") given to that number's
    lettered parts in order, where the survey asks the number only in parts, as many as the figures, each a count
    (4a "... granted: After first refusal?", 4b "After second refusal?"): councils answer the parts in order."""
    if "\n" not in text or not any(q.id != _group(q.id) for q in survey.questions):
        return facts
    out = list(facts)
    for m in _FIGURES_ALONE.finditer(text):
        number = str(int(m.group(1)))
        parts = [q for q in survey.questions if _group(q.id) == number and q.id != number]
        if survey.question(number) is not None or len(parts) < 2 or any("count" not in q.measures for q in parts):
            continue
        said = re.findall(LOOSE_WHOLE, m.group(2))
        if len(said) != len(parts):
            continue
        on_line = [i for i, f in enumerate(out) if m.start(2) <= f.start < m.end(2) and f.measure == "count"]
        if len(on_line) != len(parts):
            continue
        left = list(zip(said, parts))
        for i in on_line:
            hit = next((k for k, (w, _) in enumerate(left) if float(w.replace(",", "")) == out[i].value), None)
            if hit is None:
                break
            part = left.pop(hit)[1]
            out[i] = replace(out[i], question=part.id, subject=part.subject)
    return out
