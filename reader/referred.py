"""An answer that is another question's answer, named by its number: "A.5   See response to Q.4 above.", "3. Please
see our answer to question 2", "6. See Q4 response above.", "See Question 2.", "As above in 3.". It says what that answer says, so it takes
that question's status (a "not held" there is a "not held" here, not an answer given); so does one whose first sentence
says another's answer holds for it ("3. The point made in relation to question 2 applies again. ...")."""

from __future__ import annotations

import re

_SEE_ANSWER_TO = re.compile(
    r"^\s*(?:(?:(?:question|q|answer|a)\s*\.?\s*)?\d{1,2}[a-z]?\s*[.):\-]?\s*)?(?:"
    r"(?:please\s+)?(?:see|refer\s+to)\s+"
    r"(?:(?:my\s+|our\s+|the\s+)?(?:answer|response|reply)\s+(?:to|for|at)\s+(?:question\s*|q\s*\.?\s*)?"
    r"(?P<n>\d{1,2}[a-z]?)"
    # the number first: "6. See Q4 response above.", or alone: "- See Question 2."
    r"|(?:question\s*|q\s*\.?\s*)(?P<n2>\d{1,2}[a-z]?)(?:(?:'s)?\s+(?:answer|response|reply))?"
    # the answer named by its number alone: "5. See point 4 - not applicable", "see answer 2"
    r"|(?:point|answer|response|paragraph|item)\s+(?P<n4>\d{1,2}[a-z]?)(?:\s*[-\u2013:,]\s*(?:not\s+applicable|n/?a))?"
    # the number alone, "above" saying it is an answer's: "See 2 (above).", "see 3 above"
    r"|(?P<n5>\d{1,2}[a-z]?)(?=\s*(?:\.\s*)?\(?above\b))"
    # "4. ... As above in 3.", "As per question 3", "Same as Q3"
    r"|(?:as\s+above|as\s+per|same\s+as)\s+(?:(?:in|at|for)\s+)?"
    r"(?:(?:the\s+)?(?:answer|response|reply)\s+(?:to|for|at)\s+)?"
    r"(?:question\s*|q\s*\.?\s*)?(?P<n3>\d{1,2}[a-z]?))"
    r"\s*(?:\.\s*)?(?:\(?above\)?)?\s*\.?\s*$", re.IGNORECASE)


# an answer whose first sentence says another answer holds for it too, whatever it adds after: "3. The point made in
# relation to question 2 applies again. In general terms we regularly get ...", "The reasoning given in response to
# Q2 also applies here."
_APPLIES_AGAIN = re.compile(
    r"\s*(?:(?:(?:question|q|answer|a)\s*\.?\s*)?\d{1,2}[a-z]?\s*[.):\-]?\s*)?(?:the\s+)?(?:same\s+)?"
    r"(?:point|answer|response|reasoning|explanation|reason|position)s?\s+(?:(?:made|given|set\s+out|explained)\s+)?"
    r"(?:in\s+relation\s+to|in\s+response\s+to|in\s+answer\s+to|for|to|under|at)\s+(?:question\s*|q\s*\.?\s*)"
    r"(?P<n>\d{1,2}[a-z]?)\s+(?:above\s+)?(?:also\s+|again\s+|equally\s+)?applies"
    r"(?:\s+(?:again|here|also|equally|to\s+this\s+question))?\s*[.;:]", re.IGNORECASE)


def referred_status(answer: str, questions: list) -> str | None:
    """The status of the question ``answer`` sends the reader to, when it is one of ``questions`` (the statuses
    read so far: the answers above it); None otherwise."""
    m = _SEE_ANSWER_TO.match(answer) or _APPLIES_AGAIN.match(answer)
    if m is None:
        return None
    groups = m.groupdict()
    named = next(groups[k] for k in ("n", "n2", "n3", "n4", "n5") if groups.get(k)).lower()
    found = next((r.outcome for r in questions if r.question == named), None)
    if found is None and named.isdigit():
        # a bare number whose question the survey split into lettered parts ("See point 4", asked as 4a and 4b)
        from .questions import combine
        found = combine([r.outcome for r in questions if re.fullmatch(named + r"[a-z]", r.question)])
    return found
