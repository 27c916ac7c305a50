"""Nothing given anywhere, and the information requested refused as a whole: "This is an on-going case and as such, we
are unable to disclose the requested information, please see refusal notice below: Notice of Refusal / Under
Environmental Information Regulations the information requested is exempt under Exception 12(5)(b)". Every question
is refused, not only the one whose words stand near the refusal ("Enforcement Issues" in its heading). The refusal
may speak of "this information" ("we consider this information is exempt from disclosure", "applying exemptions from
our obligation to provide access to this information"), or the page may head its reply "Notice of Refusal"; a
sentence arguing what "releasing the information you have requested" would do answers nothing."""

from __future__ import annotations

import re

from .classify import QuestionResult, tidy_codes
from .survey import Survey

# the information asked for, as a whole, said to be exempt or withheld
_ALL_EXEMPT = re.compile(r"\bthe\s+(?:requested\s+)?information\s+"
                         r"(?:(?:that\s+)?(?:you\s+(?:have\s+)?)?(?:requested|asked\s+for|sought)\s+)?"
                         r"(?:is|are|has\s+been|will\s+be)\s+(?:therefore\s+)?(?:exempt|withheld|refused)\b",
                         re.IGNORECASE)
# "this information" with an exemption in one refusal sentence, either order
_THIS_INFO = re.compile(r"\bthis\s+information\b", re.IGNORECASE)
_EXEMPT_WORD = re.compile(r"\bexempt(?:ions?)?\b", re.IGNORECASE)
# the reply headed as a refusal notice, on a line of its own
_NOTICE = re.compile(r"^[ \t]*(?:notice\s+of\s+refusal|refusal\s+notice)[ \t:]*$", re.IGNORECASE | re.MULTILINE)
# the request's information as a whole named as what release would harm: an argument for refusing, not an answer
_RELEASE_ARGUED = re.compile(r"\b(?:releas|disclos)\w*\s+(?:of\s+)?(?:the|this)\s+information\s+(?:that\s+)?"
                             r"(?:you\s+(?:have\s+)?|you've\s+)?(?:requested|asked\s+for|sought)\b", re.IGNORECASE)


def _whole(quote: str) -> bool:
    return bool(_ALL_EXEMPT.search(quote) or (_THIS_INFO.search(quote) and _EXEMPT_WORD.search(quote)))


def whole_ask_refused(questions: list, survey: Survey, refusals: list, passive: set, nothing_given: bool,
                      text: str = "") -> list:
    """``questions`` with those left without a status refused, where nothing is given anywhere, every status read is a
    refusal and a refusal says the information requested is exempt, or ``text`` is headed as a refusal notice
    (``passive``: codes that refuse nothing)."""
    if not nothing_given:
        return questions
    argued = {r.question for r in questions if r.outcome == "successful" and _RELEASE_ARGUED.search(r.quote)}
    if any(r.outcome != "rejected" and r.question not in argued for r in questions):
        return questions
    live = [r for r in refusals if r.exemption not in passive]
    whole = [r for r in live if _whole(r.quote)] or (live if _NOTICE.search(text) else [])
    if not whole:
        return questions
    codes = tidy_codes({r.exemption for r in live})
    questions = [q for q in questions if q.question not in argued]
    said = {r.question for r in questions}
    first = whole[0]
    added = [QuestionResult(q.id, "rejected", codes, False, first.quote[:300], first.start, first.end)
             for q in survey.questions if q.id not in said]
    if not added:
        return questions
    return survey.in_order(questions + added)
