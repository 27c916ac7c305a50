"""A whole and a part of it in one breath: "2023: 225 of these 10 had an EHCP (4.4%)", "209 of which 42 were
classified SEND", "enquiries sent in relation to 213 children of which 46 were classified SEND", "1446 cases
reported of those 34 considered to be CME". The first figure counts the whole, the second the part of it that the
words after it name.

The part is a figure of the survey when a survey's thing is named after it ("had an EHCP"), or when the question the
figure answers asks for a part of something counted ("2. Of these, what proportion ...", "If possible, the number
of these children who have SEND"). The whole is then the figure of the question the part refers back to: the one
before it ("Of these" opening a question points to the question before), or the same question when it asks both
("The number of children ... If possible, ... the number of these children who have SEND"). A part's question that
refers back to nothing ("3) The number of children considered to be missing education" answered "1446 cases
reported of those 34 considered to be CME") asks the part only: the whole is not its figure.

Where neither is so ("232 laptops (of which 50 were refurbished)" with no question about refurbished ones) the part
is not a figure of the survey (see lines.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .words import _content_words

# between the whole and the part: at most three words of the whole's own ("cases reported", "children") or a note
# in brackets ("378 (as of 22/05/24) of which 103 are classified SEND"), then "of which" / "of these" / "of those" /
# "of whom"
_BETWEEN = re.compile(r"[ \t]*(?:[A-Za-z]{1,20}[ \t]+){0,3}?(?:\([^()\n]{1,40}\)[ \t]*)?,?[ \t]*(?:\(?[ \t]*)?"
                      r"of[ \t]+(?:which|these|those|whom)"
                      r"[ \t]*,?[ \t]*(?:(?:were|are)[ \t]+)?", re.IGNORECASE)
# a question that asks for a part of what is counted: "Of these, ...", "the number of these children who ..."
_ASKS_PART = re.compile(r"\bof[ \t]+(?:these|those)\b", re.IGNORECASE)
# ... and whether it counts the whole itself before that ("The number of children ... the number of these ...")
_ASKS_NUMBER = re.compile(r"\b(?:number|numbers|how[ \t]+many)\b", re.IGNORECASE)
# the words after the part that say what it is, up to the end of its clause
_CLAUSE_END = re.compile(r"[.;:()\n]|\d")
# the share written after the part: "10 had an EHCP (4.4%)"
_SHARE_AFTER = re.compile(r"[^()\n\d]{0,60}\([ \t]*\d{1,3}(?:\.\d+)?[ \t]*%[ \t]*\)")
_LINKS = frozenset({"which", "these", "those", "whom", "were"})


@dataclass(frozen=True)
class WholeAndPart:
    whole: object          # the Value of the whole
    part: object           # the Value of the part
    whole_subject: str | None    # the survey thing the whole counts (None: not one the survey asks)
    part_subject: str      # the survey thing the part counts
    beside_share: bool = False   # a count given beside the share its question asks


def _question_of(survey, subject: str):
    return next((q for q in survey.questions if q.subject == subject and "count" in q.measures), None) or \
        next((q for q in survey.questions if q.subject == subject), None)


def _whole_question(survey, q):
    """The question whose count the part question ``q`` takes a part of, or None when it asks a part of nothing."""
    m = _ASKS_PART.search(q.text or "")
    if m is None:
        return None
    if _ASKS_NUMBER.search(q.text, 0, m.start()) and not re.fullmatch(
            r"\W*(?:if[ \t]+possible\W*)?(?:the[ \t]+)?(?:number|numbers|how[ \t]+many)[ \t]*", q.text[:m.start()],
            re.IGNORECASE):
        return q          # "The number of children ... the number of these children who have SEND": both asked
    i = survey.questions.index(q)
    before = [o for o in survey.questions[:i] if "count" in o.measures and o.subject != q.subject]
    return before[-1] if before else None


def _part_named_too(survey, whole_q, words: str):
    """The part question of ``whole_q`` whose thing ``words`` (a survey's word for another thing) names too."""
    for q in survey.questions:
        subj = survey.subjects.get(q.subject)
        if q is whole_q or subj is None or _whole_question(survey, q) is not whole_q:
            continue
        if any(re.fullmatch(syn, words, re.IGNORECASE) for syn in subj.synonyms):
            return q
    return None


def whole_and_part(text: str, values: list, subjects: list[tuple[int, int, str]], bound: dict[int, str | None],
                   survey, section, ue: int, own_words: frozenset[str] = frozenset()) -> list[WholeAndPart]:
    """Each whole-and-part pair among ``values`` (one sentence's figures) that the survey asks about. ``bound``:
    value start -> the subject the figure was given by the usual rules (None: none); ``section``: the question
    whose number heads the lines, ``own_words`` its words (words._content_words)."""
    out = []
    for whole, part in zip(values, values[1:]):
        if whole.money or part.money or whole.zero or part.zero or not _BETWEEN.fullmatch(text, whole.end, part.start):
            continue
        stop = _CLAUSE_END.search(text, part.end, ue)
        clause_end = stop.start() if stop else ue
        named = [(a, b, k) for a, b, k in subjects if part.end <= a < clause_end]
        part_subject, part_q = None, None
        if named:
            part_subject = named[0][2]
            part_q = _question_of(survey, part_subject)
            whole_of = _question_of(survey, bound[whole.start]) if bound.get(whole.start) else None
            other = _part_named_too(survey, whole_of, text[named[0][0]:named[0][1]]) if whole_of is not None else None
            if other is not None and other is not part_q:
                # "enquiries sent in relation to 213 children of which 46 were classified SEND": "SEND" names the
                # part of question 1 and of question 2; the enquiries' part is question 2's
                part_subject, part_q = other.subject, other
        else:
            asking = section if section is not None and bound.get(whole.start) in (None, section.subject) else \
                _question_of(survey, bound.get(whole.start)) if bound.get(whole.start) else None
            if asking is not None and _ASKS_PART.search(asking.text or "") and (
                    "count" in asking.measures or "percent" in asking.measures):
                part_subject, part_q = asking.subject, asking
            elif asking is not None and asking is section and "count" in asking.measures \
                    and _content_words(text[part.end:clause_end]) & own_words \
                    and (whole_words := _content_words(text[whole.end:part.start]) - _LINKS) \
                    and not whole_words & own_words:
                # "3) The number of children considered to be missing education" / "1446 cases reported of those
                # 34 considered to be CME": the part is in the question's words, the whole in words of its own
                part_subject, part_q = asking.subject, asking
        if part_q is not None and "count" not in part_q.measures and "percent" in part_q.measures \
                and _SHARE_AFTER.match(text, part.end, ue):
            # "Of these, what proportion were known to have an EHCP" answered "225 of these 10 had an EHCP (4.4%)":
            # the part's count beside the share asked is that question's too
            whole_q = _whole_question(survey, part_q)
            out.append(WholeAndPart(whole, part, whole_q.subject if whole_q is not None else None, part_q.subject,
                                    beside_share=True))
            continue
        if part_subject is None or part_q is None or "count" not in part_q.measures:
            whole_q = _whole_question(survey, part_q) if part_q is not None else \
                (_whole_question(survey, section) if section is not None else None)
            if whole_q is not None and bound.get(whole.start) in (None, section.subject if section else None):
                out.append(WholeAndPart(whole, part, whole_q.subject, ""))
            continue
        whole_q = _whole_question(survey, part_q)
        whole_subject = bound.get(whole.start)
        if whole_subject in (None, part_subject):
            whole_subject = whole_q.subject if whole_q is not None else None
        out.append(WholeAndPart(whole, part, whole_subject, part_subject))
    return out
