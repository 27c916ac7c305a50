"""Answers given as an unnumbered list after the request quoted as one: the request's questions and their bullets
each a dashed item ("- The details of any office accommodation ...", "- space measured in square feet", ...,
"- Please advise any estimates for other costs ..."), then one dashed item per question ("- No additional space is
allocated", "- Yes", "- For 23/24 it was £54.06 ...", "- Nil"). The n-th answer is the n-th question's: the reply
is read as if each answer carried its question's number."""

from __future__ import annotations

import re

from .listed_answers import _BULLET
from .question_words import _COMMON_WORDS, _WORDS, _question_content
from .questions import parent_of, question_groups
from .survey import Survey


def _mark_start(text: str, m) -> int:
    """Where a dashed answer's mark starts, past the spaces its match takes in before it."""
    return m.end() - len(text[m.start():m.end()].lstrip())


def _group_words(survey: Survey) -> dict[str, set[str]]:
    """Each question's words (common words aside), its parts' together."""
    words: dict[str, set[str]] = {}
    for q in survey.questions:
        words.setdefault(parent_of(q.id) or q.id, set()).update(_question_content(q.text))
    return words


def _asked_group(item: str, words: dict[str, set[str]]) -> str | None:
    """The question (its number) whose words an item of the quoted request is, most of them; None for an item in
    the council's words."""
    said = set(_WORDS.findall(item.lower())) - _COMMON_WORDS
    if len(said) < 3:
        return None
    best, share = None, 0.0
    for g, own in words.items():
        s = len(said & own) / len(said)
        if s > share:
            best, share = g, s
    return best if share >= 0.6 else None


def _next_line(text: str, items: list, k: int) -> bool:
    """Whether dashed item k + 1 follows item k with nothing but blank lines between."""
    m, item = items[k]
    # (a dash alone on a line between them is an empty item: "- Decision" / "-" / "- 1390")
    return not text[m.end() + len(item):items[k + 1][0].start()].strip(" \t\n-")


# the heading a page's answers stand under, a dashed item of its own ("- Decision", "- Response"), and a field of
# the page after them ("- Reference number", "- Date request received", "- Date of decision")
_ANSWERS_HEADING = re.compile(r"(?:our[ \t]+|the[ \t]+council'?s[ \t]+)?(?:decision|response|answers?|reply)[ \t]*:?[ \t]*",
                              re.IGNORECASE)
_PAGE_FIELD = re.compile(r"(?:(?:foi|request|case|our)[ \t]+)?(?:reference|ref)(?:[ \t]+(?:number|no\.?))?[ \t]*:?[ \t]*"
                         r"|date[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:request|decision|response)(?:[ \t]+(?:received|made|sent))?"
                         r"[ \t]*:?[ \t]*", re.IGNORECASE)


def number_dashed_answers(live: str, survey: Survey, text: str | None = None) -> str:
    """``live`` with each dashed answer's mark replaced by its question's number (same length: offsets hold),
    where the request is quoted above as dashed items that ask every question in order and a run of dashed items
    in other words follows, no longer than the questions are many; ``live`` unchanged otherwise. The layout is
    looked for in ``text``, the reply before the request quoted in it was masked out of ``live``."""
    text = live if text is None else text
    found = _dashed_run(text, survey)
    if found is None:
        return live
    kind, run = found
    if kind == "numbered":
        return _after_numbered_request(live, text, *run)
    out = list(live)
    for m, g in run:
        a = _mark_start(text, m)
        if not g.isdigit() or len(g) + 1 > m.end() - a or not live[a:m.end()].strip():
            return live
        out[a:m.end()] = list((g + ".").ljust(m.end() - a))     # "- Nil" -> "4.Nil"
    return "".join(out)


def dashed_answer_edits(text: str, survey: Survey) -> list[tuple[int, int, str]]:
    """The same answers where one opens with a figure ("- 1390", "- 72", "- 82", "- 51, 5" under the request's four
    dashed asks and "- Decision"): "4." in the dash's place would run into it ("4.1390"), so each mark is replaced
    by its number and a space, the text one character longer (renumbered.apply_edits, to_given); [] otherwise."""
    found = _dashed_run(text, survey)
    if found is None or found[0] != "dashed" or not any(text[m.end():m.end() + 1].isdigit() for m, _ in found[1]):
        return []
    run = found[1]
    edits = []
    for m, g in run:
        a = _mark_start(text, m)
        if not g.isdigit():
            return []
        edits.append((a, m.end(), g + ". "))
    return edits


def _dashed_run(text: str, survey: Survey):
    """("dashed", [(mark, group)]): the dashed answers, each with its question's number; ("numbered", (items, groups,
    words)) where the request is quoted as numbered questions instead (_after_numbered_request); None when neither."""
    if "\n-" not in text and not text.startswith("-"):
        return None
    marks = [m for m in _BULLET.finditer(text) if text[m.start():m.end()].strip() == "-"]
    if len(marks) < 4:
        return None
    groups = question_groups(survey)
    items = []
    for m in marks:
        end = text.find("\n", m.end())
        items.append((m, text[m.end():end if end >= 0 else len(text)]))
    words = _group_words(survey)
    flags = [_asked_group(item, words) for _, item in items]
    first = next((k for k, g in enumerate(flags) if g is not None), None)
    if first is None:
        return "numbered", (items, groups, words)
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
        return None
    start = last + 1
    if start < len(items) and _ANSWERS_HEADING.fullmatch(items[start][1]) and start + 1 < len(items) \
            and _next_line(text, items, start):
        start += 1      # "- Decision" over the answers: their heading, none of them
    run = []
    for k in range(start, len(items)):
        m, item = items[k]
        if run and not _next_line(text, items, k - 1):
            break       # a line that is no dashed item ends the run ("FOI Responses Human Resources 2024")
        if run and _PAGE_FIELD.fullmatch(item):
            break       # "- Reference number" after the answers: the page's own fields
        run.append(m)
    if len(run) < 2 or len(run) > len(groups):
        return None
    return "dashed", list(zip(run, groups))


# a question's number opening its line: "1. The number of children ...", "2) ..."
_NUMBERED = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+(\S[^\n]*)", re.MULTILINE)


def _after_numbered_request(live: str, text: str, items: list, groups: list[str], words: dict[str, set[str]]) -> str:
    """The same answers under the request quoted as numbered questions ("1. The number of children that the Council
    are aware of ..." ... "4. The number of occurrences of a school attendance order ..."), then a run of dashed items
    right under the last, no more than the questions ("- Data for the past 5 years is published ...", "- We make
    informal enquiries ...", "- See Question 2.", "- This is published on the website ..."): the n-th is question
    n's answer."""
    first = items[0][0]
    asked = [m for m in _NUMBERED.finditer(text, 0, first.start())]
    if len(asked) < len(groups) or len(groups) < 2:
        return live
    asked = asked[-len(groups):]
    if [m.group(1) for m in asked] != groups or text[asked[-1].end():first.start()].strip() \
            or any(_asked_group(m.group(2), words) != g for m, g in zip(asked, groups)):
        return live
    run = [items[0][0]]
    for k in range(1, len(items)):
        if not _next_line(text, items, k - 1):
            break
        run.append(items[k][0])
    if len(run) < 2 or len(run) > len(groups):
        return live
    out = list(live)
    for m, g in zip(run, groups):
        a = _mark_start(text, m)
        if not live[a:m.end()].strip() or len(g) + 1 > m.end() - a or live[m.end():m.end() + 1].isdigit():
            return live     # ("- 7" made "4.7" would be a number)
        out[a:m.end()] = list((g + ".").ljust(m.end() - a))     # "- See Question 2." -> "3.See Question 2."
    return "".join(out)


def answered_by_number(text: str, survey: Survey) -> bool:
    """Whether the questions' numbers open answers of their own ("1.We do not provide office accommodation ...",
    "2.Yes, we do ..."; all but one, the last cut off a page): a reply that says "we hold some of the information"
    then says which part under each number."""
    groups = question_groups(survey)
    opened = set()
    for m in re.finditer(r"(?m)^[ \t]*(\d{1,2})[.)]", text):
        end = text.find("\n", m.end())
        line = text[m.end():end if end >= 0 else len(text)]
        if m.group(1) in groups and line.strip() and not line.rstrip().endswith(("?", ":")):
            opened.add(m.group(1))
    return len(groups) >= 2 and len(opened) >= len(groups) - 1
