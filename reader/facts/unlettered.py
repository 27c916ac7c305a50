"""An answer numbered as a question the survey asks only in lettered parts ("2. Please note food premises are not
licensed to sell food, they are registered." / "2017 - 839/429" under a request's "2. For each calendar year ...:
a. How many such premises were/are licensed ...? b. ... c. ... d. ..."): the part its words name heads the figures
under it (councils answer parts in order: of parts named alike, the first), until a letter or a number says
otherwise."""

from __future__ import annotations

import re

from .words import _group


def first_part(survey, number: int, said: frozenset[str], question_words: dict[str, frozenset[str]],
               with_figures: bool = False):
    """The lettered part of ``number`` (its 2a for "2.") that the words ``said`` on the answer's numbered line name
    (two or more of that part's words; of parts named alike, the first), or None (a number the survey asks whole,
    or a line that names no part: "2. As above"). A line that opens with its figures ("2. 67 programmed visits; 5
    revisits.") answers the first part that asks for a count, where the parts ask it in the same words (a request's
    "how many food law inspections are currently overdue and is there an average waiting time ... (a) ... (b)",
    split after the count)."""
    parts = [q for q in survey.questions if _group(q.id) == str(number) and q.id != str(number)]
    best, score = None, 1
    for q in parts:
        shared = len(said & question_words.get(q.id, frozenset()))
        if shared > score:
            best, score = q, shared
    if best is None and with_figures and len(parts) >= 2 and all("count" in q.measures for q in parts) \
            and _same_lead(q.text for q in parts):
        best = parts[0]
    return best


def _same_lead(texts) -> bool:
    """Whether the texts open with the same words, a question's count asked once before its parts split (ten words
    or more)."""
    words = [t.lower().split() for t in texts]
    lead = 0
    while all(len(w) > lead for w in words) and len({w[lead] for w in words}) == 1:
        lead += 1
    return lead >= 10 and any(re.match(r"how$|many$", w) for w in words[0][:lead])


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
