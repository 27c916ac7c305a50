"""What an answer's own words say: not held (or not yet known), refused (or a small number withheld), or
given; and figures given beside a "not held"."""

from __future__ import annotations

import re

from . import classify as C
from .numbers import LOOSE_FIGURE


# a figure on a line once its years are taken out ("2018/2019 - 32 days" holds 32; "2017/2018 -" holds none)
_PERIOD_WORDS = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?\b")
_FIGURE = re.compile(r"(?<![\w.])£?" + LOOSE_FIGURE + r"\b")
# the cost limit and its hours, statutory time limits: not figures given
_LIMITS = re.compile(r"\b(?:appropriate\s+limit|cost\s+limit|working\s+days|hours?\s+of\s+(?:officer\s+)?time|per\s+hour)\b",
                     re.IGNORECASE)
_CITES = re.compile(r"\b(?:sections?|s\.?\s?\d|regulations?|reg\.?\s?\d|act|page|tel|telephone|phone|codes?)\b", re.IGNORECASE)


def _status_of_answer(line: str) -> str:
    """What an answer's words say: not held, refused, or given."""
    if C.find_not_held(line) or _NOT_YET.match(line):
        # "... does not record this data in a manner that can be easily extracted from our systems. ... we consider
        # that Section 12 ... applies": held, but refused as too costly to find
        if any(m.code.startswith(("s12", "reg12(4)(b)")) for m in C.find_exemptions(line)[0]):
            return "rejected"
        return "not_held"
    if C.find_refusal_words(line) or C.find_exemptions(line)[0] or _SUPPRESSED.match(line) or _REFUSED.match(line):
        return "rejected"
    return "successful"


def _given_beside_not_held(text: str, span: tuple[int, int]) -> bool:
    """Whether an answer that says something is not held (or refused) gives figures on its other lines
    ("2017/2018 - No data available" above "2018/2019 - 32 days"): part given, part not held."""
    return gives_figures(text[span[0]:span[1]].split("\n")[1:])


def gives_figures(lines: list[str]) -> bool:
    """Whether any sentence of these lines gives a figure, not in a "not held", a refusal, a citation or the cost
    limit, and its years aside."""
    # sentence by sentence: "DCC do not hold this information. However, the total cost on postage for Highways
    # including Parking Services was £34,235"
    parts = [p for ln in lines for p in re.split(r"(?<=[a-z)][.;])\s+(?=[A-Z])", ln)]
    return any(not C.find_not_held(p) and not C.find_refusal_words(p) and not _CITES.search(p)
               and not _LIMITS.search(p) and _FIGURE.search(_PERIOD_WORDS.sub(" ", p)) for p in parts)


# an answer that the information does not exist yet: "3. To be decided.", "Not yet known"
_NOT_YET = re.compile(r"^\W*(?:(?:this\s+is\s+|this\s+has\s+)?(?:still\s+|yet\s+)?to\s+be\s+(?:decided|confirmed|determined|agreed|"
                      r"finalised|finalized)|not\s+yet\s+(?:known|decided|determined|agreed|available|confirmed))\b[^.]*\.?\s*$",
                      re.IGNORECASE)
# the answer is the one word "Refused", its reasons below: "2. ... Refused, please see below.", "Refused - see the
# notice below", "Declined."
_REFUSED = re.compile(r"^\W*(?:refused|declined)\b(?:\s*[,.;:\-\u2013]?\s*(?:please\s+)?(?:see|refer\s+to)\s+(?:the\s+)?"
                      r"(?:notice\s+|refusal\s+|reasons?\s+|explanation\s+)?(?:below|above))?\s*\.?\s*$", re.IGNORECASE)
# a small number withheld in place of the answer: "10. <5*", "fewer than 10", "[redacted]"
_SUPPRESSED = re.compile(r"^\W*(?:(?:<|less\s+than|fewer\s+than|under)\s*\d{1,2}|\[?redacted\]?|withheld)\s*\**\s*\.?\s*$",
                         re.IGNORECASE)
