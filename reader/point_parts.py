"""Parts of a question a reply names by their place in it: "1. Points 1, 3 and 4 - This information is not held ..."
and "Point 2 - None" under a question whose bullets the request does not mark (lettered in order in the survey,
1a-1d). The reply is read as if it named each part by its id ("1a, 1c and 1d - ...", "1b - None")."""

from __future__ import annotations

import re
from collections import Counter

from . import nought
from .questions import parent_of
from .sentences import line_bounds
from .survey import Survey
from .word_stems import STEM, stems

# "Points 1, 3 and 4 -", "Point 2 -", "2. Point 1:" at a line's start, before a dash or colon
_POINTS = re.compile(r"(?im)^[ \t]*(?:(?P<q>\d{1,2})[.)][ \t]*)?(?P<pts>points?[ \t]+\d(?:[ \t]*(?:,|and|&)[ \t]*\d)*)"
                     r"(?=[ \t]*[-\u2013:])")
_NUMBER_MARK = re.compile(r"(?m)^[ \t]*(\d{1,2})[.)][ \t]")


def name_point_parts(live: str, survey: Survey) -> str:
    """``live`` with each "Point(s) N" that opens a line under a question with unmarked parts written as those parts'
    ids (same length: offsets hold), and each bullet of a list of answers as many as a question's parts written as
    its part's letter (see ``_bullets_as_parts``); unchanged where there is none."""
    live = _bullets_as_parts(live, survey)
    if "oint" not in live:
        return live
    out: list[str] | None = None
    for m in _POINTS.finditer(live):
        q = m.group("q")
        if q is None:
            above = None
            for above in _NUMBER_MARK.finditer(live, 0, m.start()):
                pass
            q = above.group(1) if above is not None else None
        parts = [x.id for x in survey.questions if q and parent_of(x.id) == q]
        nums = [int(d) for d in re.findall(r"\d", m.group("pts"))]
        if not parts or any(not 1 <= n <= len(parts) for n in nums):
            continue
        ids = [parts[n - 1] for n in nums]
        new = ", ".join(ids[:-1]) + " and " + ids[-1] if len(ids) > 1 else ids[0]
        a, b = m.span("pts")
        if len(new) > b - a:
            continue
        out = out if out is not None else list(live)
        out[a:b] = list(new.ljust(b - a))
    return "".join(out) if out is not None else live


# a bullet that lists one of the details a question asks for ("Please include details of: • space measured in square
# feet • how much of this space is ...")
_BULLET = re.compile(r"[\u2022\u25cf\u25aa]")


def bullets_passed_over(survey: Survey, said: set[str], facts_by_q: dict) -> list[str]:
    """Questions that list two or more details to give, by bullets a draft kept whole in one question, of which the
    reply gives none: no figure tied to it and no answer or status read under it. Beside questions it answers, the
    reply passed this one over (README: a question not addressed beside answered ones is a partial success): UHB's
    one sentence "The Union convenor has one small office  and that we estimate the costs you mention above ... are
    approximately £2k per year" gives the estimate, not the space, buildings, valuation or charges."""
    if not said:
        return []
    return [q.id for q in survey.questions if q.id not in said and not facts_by_q.get(q.id)
            and len(_BULLET.findall(q.text or "")) >= 2]


# a bulleted answer: its bullet, the space after it, and the answer's first word ("  • 117.", "  • 1 Listed Building")
_ANSWER_BULLET = re.compile(r"(?m)^[ \t]*(?P<mark>[\u2022\u25cf\u25aa\u00b7*-][ \t])[ \t]*(?P<first>\S*)")
_GIVEN = re.compile(r"\d|(?:" + nought.WORDS + r")\b", re.I)


def _bullets_as_parts(live: str, survey: Survey) -> str:
    """A question asked as a list of parts the request does not mark (bullets, lettered in order in the survey,
    2a-2g), answered under its number by a bulleted list as long, most items a figure ("2. As follows:" over
    "• 117." / "• 58." / "• 81." / "• 1 Listed Building Enforcement Notice, ..." / "• The Council does not hold
    this information." ...): the n-th bullet answers the n-th part, and is read as if lettered ("b) 58.")."""
    if not any(ch in live for ch in "\u2022\u25cf\u25aa\u00b7*-"):
        return live
    out: list[str] | None = None
    bullets = list(_ANSWER_BULLET.finditer(live))
    i = 0
    while i < len(bullets):
        # a run of bullets, line under line (blank lines apart)
        run = [bullets[i]]
        while i + 1 < len(bullets) and not live[run[-1].end():bullets[i + 1].start()].count("\n\n") \
                and live[run[-1].end():bullets[i + 1].start()].count("\n") == 1:
            i += 1
            run.append(bullets[i])
        i += 1
        above = None
        for above in _NUMBER_MARK.finditer(live, 0, run[0].start()):
            pass
        if above is None or len(run) < 2:
            continue
        parts = [x.id for x in survey.questions if parent_of(x.id) == above.group(1)]
        if len(parts) != len(run) or not all(re.fullmatch(r"\d{1,2}[a-z]", p) for p in parts) \
                or 2 * sum(bool(_GIVEN.match(b.group("first"))) for b in run) < len(run):
            continue
        # (the letter and its bracket take the bullet and a space beside it: "  • 117." -> " a) 117.")
        at = [b.start("mark") - 1 if b.start("mark") and live[b.start("mark") - 1] in " \t"
              else b.start("mark") if live[b.end("mark"):b.end("mark") + 1] in (" ", "\t") else None for b in run]
        if None in at:
            continue
        out = out if out is not None else list(live)
        for a, part in zip(at, parts):
            out[a:a + 2] = list(part[-1] + ")")
    return "".join(out) if out is not None else live



def bullet_named_only_when_asked(survey: Survey, live: str, questions: list, facts_by_q: dict) -> list[str]:
    """Questions a draft kept whole that list details by bullets, answered with figures, one detail of which the
    reply never names but where the request asks it: Thurrock's "What was the cost of: • putting the trees and
    lights ... up • taking ... down again • the electricity costs over the Christmas period? • the complete cost ..."
    answered "Total cost of Christmas scheme ... was £10,300": the electricity passed over, the reply partly
    successful (the question keeps the status its figures give it)."""
    given = [r.question for r in questions if r.outcome == "successful" and facts_by_q.get(r.question)]
    if not given:
        return []
    said, asked = _stem_counts(live), _stem_counts(" ".join(q.text or "" for q in survey.questions))
    out = []
    for q in survey.questions:
        if q.id not in given:
            continue
        items = _BULLET.split(q.text or "")
        if len(items) < 3 or _ONLY_IF.search(items[0]):
            continue    # ("If the Council does not yet hold a full-year figure, please instead provide: • ...")
        for i, item in enumerate(items[1:], 1):
            own = stems(item) - stems(" ".join(items[:i] + items[i + 1:]))
            if own and all(said[w] == asked[w] for w in own) and not _answered_on_its_line(live, item):
                out.append(q.id)
                break
    return out


def _stem_counts(text: str) -> Counter:
    return Counter(w[:STEM] for w in re.findall(r"[a-z]{%d,}" % STEM, text.lower()))


_ONLY_IF = re.compile(r"\b(?:if|instead|alternatively|otherwise)\b", re.I)


def _answered_on_its_line(live: str, item: str) -> bool:
    """Whether the reply writes an answer into the request's own line for this detail ("• Parking: We have referred
    warrant cases ... – Warrants issued 1176."): words on the line beyond the detail's own."""
    words = re.findall(r"[a-z]{%d,}" % STEM, item.lower())
    if not words:
        return False
    at = re.search(r"\b" + re.escape(words[0]), live, re.I)
    if at is None:
        return False
    a, b = line_bounds(live, at.start())
    line = live[a:b]
    if b < len(live) and not (below := live[b + 1:line_bounds(live, b + 1)[1]]).lstrip().startswith(
            ("\u2022", "\u25cf", "\u25aa", "-", "*")):
        line += " " + below     # (the answer on the line under a detail asked as a question: "... period?" / "£500")
    return bool(re.search(r"\d", line) and not re.search(r"\d", item)) or bool(stems(line, 3) - stems(item, 3))
