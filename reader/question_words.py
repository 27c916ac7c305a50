"""A survey question's words, and whether a line of a reply restates or quotes them, or asks throughout as the
request does."""

from __future__ import annotations

import re
from functools import lru_cache

from .asking import asking_spans


_WORDS = re.compile(r"[a-z]{4,}")


def _quoted_from(line: str, question: str) -> bool:
    """Whether a lettered line is a lettered part of the question quoted back with its letter ("a) number of new
    sites" under "... in 2011 and 2012? Please give: a) number of new sites"): the request, not its answer. (An
    answer may well reuse the question's words: "3. In-house team" answers "... an in-house team or a private
    company ...?")"""
    m = _LETTERED.match(line)
    if m is None:
        return False
    words = re.findall(r"[a-z0-9]+", m.group(2).lower())
    asked = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
    # (a drafted survey words a part without its letter: "... Please give: number of new sites")
    return len(words) >= 2 and f" {m.group(1).lower()} {' '.join(words)} " in f" {asked} " \
        or len(words) >= 4 and not re.search(r"\d", m.group(2)) and asked.endswith(" ".join(words))


_LETTERED = re.compile(r"\s*\(?([a-z])\)\s*(\S.*)", re.IGNORECASE)


def _restates(said: set[str], asked: set[str], sentence: bool = False) -> bool:
    """Whether a line's words are the question's own: most of its words (three or more, common words aside) are
    the question's. A short answer that reuses a word of the question ("PSPO Legislation", "Warden Service") is
    an answer; so is a sentence (``sentence``: the line ends with a full stop) unless nearly all its words are the
    question's ("Temporary Accommodation providers will provide cots/travel cots when needed." answers "... are
    cots for households in temporary accommodation funded from ... providers ...?")."""
    said, asked = said - _COMMON_WORDS, asked - _COMMON_WORDS
    common = len(said & asked)
    # (and three of the question's words, or two fifths of them: "Meritec ESB is used to log the above requests"
    # shares two words of "The names of any software systems or tools used by the FOI team to manage or track
    # requests", and answers it)
    return len(said) >= 3 and common >= (0.8 if sentence else 0.5) * len(said) \
        and (common >= 3 or common >= 0.4 * len(asked))


# words any sentence may share with a question: "This is published on website - as above" does not restate
# "Have you published this strategy?"
_COMMON_WORDS = frozenset("this that these those with from have been were your what which there their they them "
                          "will would could should also such does each other into than then when where above below "
                          "please provide details information".split())


@lru_cache(maxsize=4096)
def _question_words(question: str) -> frozenset[str]:
    """A survey question's words (see _WORDS): read once per question, not again for every reply and line."""
    return frozenset(_WORDS.findall(question.lower()))


@lru_cache(maxsize=4096)
def _question_content(question: str) -> frozenset[str]:
    """A survey question's words, common words aside (see _COMMON_WORDS)."""
    return _question_words(question) - _COMMON_WORDS


def _all_asking(line: str) -> bool:
    """Whether a line is the request's words throughout ("3. Please state whether your local authority has issued
    any fixed penalty fines to businesses ... If so, please state the offence(s) and the number ..."): every
    sentence of it asks or requests, as a requester writes and a council does not, and no word is left over (the
    "No" after "... Please provide details as a year-on-year breakdown. No" is the council's answer)."""
    body = line.strip()
    if len(body) < 20:
        return False
    left = list(body)
    for a, b in asking_spans(body):
        left[a:b] = [" "] * (b - a)
    rest = "".join(left)
    return not re.search(r"[A-Za-z0-9]", re.sub(r"^\s*(?:(?:question|q)\s*)?\(?\d{1,2}[a-z]?[.):]", "", rest,
                                                 flags=re.IGNORECASE))
