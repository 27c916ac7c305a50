"""Answers given as an unnumbered list after the request quoted as one: the request's questions and their bullets
each a dashed item ("- The details of any office accommodation ...", "- space measured in square feet", ...,
"- Please advise any estimates for other costs ..."), then one dashed item per question ("- No additional space is
allocated", "- Yes", "- For 23/24 it was £54.06 ...", "- Nil"). The n-th answer is the n-th question's: the reply
is read as if each answer carried its question's number."""

from __future__ import annotations

import re

from .listed_answers import _BULLET
from .question_words import _COMMON_WORDS, _WORDS, _question_content
from .questions import parent_of
from .survey import Survey


def _groups(survey: Survey) -> list[str]:
    out: list[str] = []
    for q in survey.questions:
        g = parent_of(q.id) or q.id
        if g not in out:
            out.append(g)
    return out


def _asked_group(item: str, survey: Survey) -> str | None:
    """The question (its number) whose words an item of the quoted request is, most of them; None for an item in
    the council's words."""
    said = set(_WORDS.findall(item.lower())) - _COMMON_WORDS
    if len(said) < 3:
        return None
    words: dict[str, set[str]] = {}
    for q in survey.questions:
        words.setdefault(parent_of(q.id) or q.id, set()).update(_question_content(q.text))
    best, share = None, 0.0
    for g, own in words.items():
        s = len(said & own) / len(said)
        if s > share:
            best, share = g, s
    return best if share >= 0.6 else None


def _next_line(text: str, items: list, k: int) -> bool:
    """Whether dashed item k + 1 follows item k with nothing but blank lines between."""
    m, item = items[k]
    return not text[m.end() + len(item):items[k + 1][0].start()].strip()


def number_dashed_answers(text: str, survey: Survey) -> str:
    """``text`` with each dashed answer's mark replaced by its question's number (same length: offsets hold),
    where the request is quoted above as dashed items that ask every question in order and a run of dashed items
    in other words follows, no longer than the questions are many. ``text`` unchanged otherwise."""
    if "\n-" not in text and not text.startswith("-"):
        return text
    marks = [m for m in _BULLET.finditer(text) if text[m.start():m.end()].strip() == "-"]
    if len(marks) < 4:
        return text
    groups = _groups(survey)
    items = []
    for m in marks:
        end = text.find("\n", m.end())
        items.append((m, text[m.end():end if end >= 0 else len(text)]))
    flags = [_asked_group(item, survey) for _, item in items]
    first = next((k for k, g in enumerate(flags) if g is not None), None)
    if first is None:
        return text
    # the quoted request: dashed items one after another (one in other words may sit among them: a bullet a draft
    # cut short), asking every question in order; the first item after the last question's is the first answer
    k, seen = first, []
    while True:
        g = flags[k]
        if g is not None and (not seen or seen[-1] != g):
            seen.append(g)
        if k + 1 >= len(items) or not _next_line(text, items, k) \
                or len(seen) == len(groups) and flags[k + 1] != seen[-1]:
            break
        k += 1
    last = k
    if seen != groups:
        return text
    run = []
    for k in range(last + 1, len(items)):
        m, item = items[k]
        if run and not _next_line(text, items, k - 1):
            break       # a line that is no dashed item ends the run ("FOI Responses Human Resources 2024")
        run.append(m)
    if len(run) < 2 or len(run) > len(groups):
        return text
    out = list(text)
    for m, g in zip(run, groups):
        a = m.start() + len(text[m.start():m.end()]) - len(text[m.start():m.end()].lstrip())
        if not g.isdigit() or len(g) + 1 > m.end() - a:
            return text
        out[a:m.end()] = list((g + ".").ljust(m.end() - a))     # "- Nil" -> "4.Nil"
    return "".join(out)
