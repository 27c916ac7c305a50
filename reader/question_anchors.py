"""Where a reply names each question: anchors by the question's own number, lists nested under a number,
the question a place falls under, and notes below a question's figures."""

from __future__ import annotations

import bisect
import re

from .facts import Fact
from .facts.words import _group
from .question_words import _COMMON_WORDS, _WORDS, _question_content
from .survey import Survey
from .sentences import line_bounds


_OWN_NUMBER = re.compile(r"[ \t]*(?:(?:question|q)\s*\.?\s*)?\(?(\d{1,2}\s?[a-h]?)\s*[.):]", re.IGNORECASE)


_DATE_LINE = re.compile(r"[ \t]*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                        r"(?:19|20)\d\d\b", re.IGNORECASE)


def _drop_nested_numbers(anchors: list[tuple[int, str | None, str]], text: str) -> list:
    """Number marks that are not the request's: a list nested under a question ("  1. The total number of
    complaints ...?" / "    1. One in September 2020"), indented deeper than the number above it, is that question's
    answer; a date ("05 July 2024") is no number."""
    out = []
    last: tuple[int, int] | None = None     # the last number's indent and where its line ends
    nested: tuple[int, int, int] | None = None  # the list under it: its indent, last item's number, line's end
    for pos, qid, why in anchors:
        if why.startswith(("marker", "number:")):
            a, b = line_bounds(text, pos)
            line = text[a:b]
            if _DATE_LINE.match(line):
                continue
            indent = len(line) - len(line.lstrip(" \t"))
            if last is not None and indent > last[0] and re.match(r"[ \t]*\(?1[.)]", line) \
                    and text.count("\n", last[1], a) <= 2:
                nested = indent, 1, (b if b >= 0 else len(text))
                continue    # the first item of a list straight under the number above it
            if nested is not None and _next_nested_item(line, indent, nested) and text.count("\n", nested[2], a) <= 2:
                # the list's next item ("    1. 2019-20 - 53" / "    2. 2020-21 - 70" / "    3. 2021-22 - 84"): the
                # question's answer still, not question 3's
                nested = indent, nested[1] + 1, (b if b >= 0 else len(text))
                continue
            nested = None
            last = indent, (b if b >= 0 else len(text))
        out.append((pos, qid, why))
    return out


def _next_nested_item(line: str, indent: int, nested: tuple[int, int, int]) -> bool:
    """Whether a numbered line is the next item of the nested list (its indent, its number the next)."""
    m = re.match(r"[ \t]*\(?(\d{1,2})[.)]", line)
    return indent == nested[0] and m is not None and int(m.group(1)) == nested[1] + 1


def _own_numbers(anchors: list[tuple[int, str | None, str]], text: str, survey: Survey) -> list:
    """A line that starts with a question's number and restates that question ("6. How many Penalty Charge
    Notices that were issued by your organisation, were paid in full ...?") heads that question's answer, though
    its words name the subject another question asks about ("How many Penalty Charge Notices were issued ...")."""
    out = []
    for pos, qid, why in anchors:
        m = _OWN_NUMBER.match(text, pos) if why in ("subject", "marker") else None
        own = survey.question(re.sub(r"\s", "", m.group(1)).lower()) if m else None
        if own is not None and (own.id != qid or why == "subject"):
            block = text[pos:pos + 400]     # the question may run on to lines below it (a list of what it asks)
            block = re.split(r"\n[ \t]*\n|\n(?=[ \t]*(?:(?:question|q)\s*)?\(?\d{1,2}[a-z]?\s*[.):])", block, maxsplit=1,
                             flags=re.IGNORECASE)[0]        # to a blank line or the next numbered line
            said = set(_WORDS.findall(block.lower())) - _COMMON_WORDS
            mine = _question_content(own.text)
            theirs = _question_content(q.text) if (q := survey.question(qid or "")) else set()
            if mine and len(said & mine) >= 0.6 * len(mine) and \
                    len(said & mine) / len(mine) >= len(said & theirs) / max(1, len(theirs)):
                out.append((pos, own.id, "marker"))
                continue
            if why == "subject" and len(said & theirs) < 0.5 * len(theirs):
                # "8. Information Not Held; please note however, we rarely remove litter bins.": an answer keyed
                # by its number, that names a subject in passing
                out.append((pos, own.id, "marker"))
                continue
        out.append((pos, qid, why))
    return out


_DIGITS = re.compile(r"\d+")


def group_of(qid: str) -> str:
    """The number a question's id is grouped under ("3" for 3, 3a, 3b); the id itself where it has none."""
    return _group(qid) or qid


def _resolve_anchors(anchors: list[tuple[int, str | None, str]], survey: Survey) -> list[tuple[int, str | None]]:
    out: list[tuple[int, str | None]] = []
    group: str | None = None
    for pos, qid, why in anchors:
        if qid:
            out.append((pos, qid))
            group = d.group(0) if (d := _DIGITS.match(qid)) else group
        elif why.startswith("number:"):
            group = why.split(":", 1)[1]
            whole = survey.question(group)
            out.append((pos, whole.id if whole else None))
        elif why.startswith("letter:") and group:
            # (a part the survey asks inside its question, unlettered: "1. A list of permanent exclusions ... /
            # a. If the reason is listed as 'other' please provide further detail": still question 1)
            q = survey.question(f"{group}{why.split(':', 1)[1]}") or (
                None if any(group_of(x.id) == group and x.id != group for x in survey.questions)
                else survey.question(group))
            out.append((pos, q.id if q else None))
    return out


def _question_at(anchors: list[tuple[int, str | None]], pos: int) -> str | None:
    i = bisect.bisect_right(anchors, pos, key=lambda a: a[0]) - 1
    return anchors[i][1] if i >= 0 else None


# how far below a question's last figure a note still speaks of them
NOTE_REACH = 600


def _note_below_figures(text: str, facts: list[Fact], anchors: list[tuple[int, str | None]], qid: str,
                        pos: int) -> bool:
    """Whether ``pos`` is in the paragraph straight below the question's own figures, or beside them, with
    nothing between ("2021-22  2,552,719" / "Please note ... The figure for 2022/23 is not yet finalised."): the
    note is of those figures. A heading between ("Request for information 2:") starts another answer."""
    last = max((f.end for f in facts if f.question == qid and f.end <= pos), default=None)
    if last is None or pos - last > NOTE_REACH:
        return False
    if any(last <= a < pos for a, _ in anchors) or any(last <= f.start < pos for f in facts if f.question != qid):
        return False
    between = text[last:pos]
    breaks = list(re.finditer(r"\n[ \t]*\n", between))
    if not breaks:
        return True
    rest = between[:breaks[-1].start()]
    return not rest.partition("\n")[2].strip()


def _anchor_near(anchors: list[tuple[int, str | None]], qid: str, pos: int, text: str) -> bool:
    """Whether the mention sits in the same paragraph as the line that named the question."""
    last = max((a for a, q in anchors if q == qid and a <= pos), default=None)
    if last is None:
        return False
    return "\n\n" not in text[last:pos].replace(" ", "").replace("\t", "")
