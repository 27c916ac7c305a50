"""An answer numbered as a question the survey asks only in lettered parts ("2. Please note food premises are not
licensed to sell food, they are registered." / "2017 - 839/429" under a request's "2. For each calendar year ...:
a. How many such premises were/are licensed ...? b. ... c. ... d. ..."): the part its words name heads the figures
under it (councils answer parts in order: of parts named alike, the first), until a letter or a number says
otherwise."""

from __future__ import annotations

import re

from .words import _group


def first_part(survey, number: int, said: frozenset[str], question_words: dict[str, frozenset[str]]):
    """The lettered part of ``number`` (its 2a for "2.") that the words ``said`` on the answer's numbered line name
    (two or more of that part's words; of parts named alike, the first), or None (a number the survey asks whole,
    or a line that names no part: "2. As above")."""
    parts = [q for q in survey.questions if _group(q.id) == str(number) and q.id != str(number)]
    best, score = None, 1
    for q in parts:
        shared = len(said & question_words.get(q.id, frozenset()))
        if shared > score:
            best, score = q, shared
    return best


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
