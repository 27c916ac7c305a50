"""A reply that sends the requester to another body for the information ("is a matter for Police Scotland. You
may wish to redirect your request to them"), not for a review or a complaint: read as not held by
question_status.fill_open."""

from __future__ import annotations

import itertools
import re

from . import classify as C
from .folding import folds_unseen, lowered
from .first_chars import first_char_spans, from_first_char
from .question_number import ANY_NUMBER
from .status_common import MAX_LINES, _LEAD_NUMBER

# the requester sent to another body: "You need to direct your enquiry to Northumberland County Council", "You may
# wish to redirect your request to them", "is a matter for Police Scotland", "I would therefore direct you to contact
# these organisations", "would be held by these two organisations"
_ELSEWHERE = re.compile(
    r"\b(?:(?:re)?direct\s+(?:your|this|the)\s+(?:enquiry|enquiries|request|query|queries|questions?)\s+to"
    r"|(?:direct|refer)\s+you\s+to\s+(?:contact\s+)?"
    r"|you\s+(?:may|might|will|would)\s+(?:wish|want|need)\s+to\s+(?:contact|redirect|direct|approach|write\s+to|ask)"
    r"|you\s+(?:need|should)\s+to\s+(?:contact|redirect|direct|approach)"
    r"|(?:is|are)\s+(?:a\s+)?matters?\s+for"
    r"|would\s+be\s+held\s+by|(?:is|are)\s+held\s+by\s+(?:the\s+)?[A-Z]"
    # the other body the subject: "Foundry College would hold this information as they are ...", "Schools would hold
    # this data" (not "we would hold", "the Council would hold": this body's own records)
    r"|(?<!\bwe\s)(?<!\bI\s)(?<!\bcouncil\s)(?<!\bauthority\s)\bwould\s+hold\s+(?:this|that|these|the|such)\s+"
    r"(?:information|data|records?|figures)\b"
    # "This would need to be directed to the Procurator Fiscal's service", "this should be redirected to the police"
    # (what is directed is the question or its information, not "any queries" about the letter)
    r"|(?:this|it|which|these|that|request|question|enquiry|information)\s+(?:would|will|should|must|may)\s+"
    r"(?:need\s+to\s+|have\s+to\s+)?be\s+(?:re-?)?directed\s+to"
    # another body better able to answer: "as such this question would be better answered by the EA", "who are
    # better placed to respond"
    r"|\bwould\s+be\s+better\s+(?:answered|addressed|dealt\s+with|directed)\s+(?:by|to)\b"
    r"|\bbetter\s+placed\s+to\s+(?:answer|respond|provide|deal)\b"
    # the body not the one answerable for it: "LCC do not have responsibility for flood risk from the sea and main
    # rivers", "district councils ... are not responsible for road or highway maintenance"
    r"|\b(?:do|does|did)\s+not\s+have\s+(?:any\s+)?(?:the\s+)?responsibility\s+for\b"
    # (not a disclaimer: "The Council is not responsible for the content of external websites")
    r"|\b(?:is|are|was|were)\s+not\s+responsible\s+for\b(?![^.\n]{0,60}\b(?:web\s*sites?|web\s*pages?|links?|"
    r"content|contents|accuracy)\b))", re.IGNORECASE)
_ELSEWHERE_FAST = from_first_char(_ELSEWHERE)     # searched only from the letters its phrases start with
# a word every match of _ELSEWHERE holds, in lower case (any one of them): most replies hold none, and these tests
# cost a fraction of the search over the whole reply
_ELSEWHERE_NEEDS = ("direct", "refer", "contact", "approach", "write", "ask", "matter", "held", "hold", "better",
                    "responsib")
# the body confirming it holds what it sends, naming itself: "I can confirm that the information requested is held by
# Lincolnshire County Council. I have detailed below ..." (not "some of the information ...": what it does not send
# is not held, as before)
_CONFIRMED = re.compile(r"\bconfirm\s+that\s+(?:all\s+of\s+)?the\s+information\b", re.IGNORECASE)
# where a reply's footer sends the requester elsewhere for a review or a complaint, not for the information
_REVIEW_WORDS = re.compile(r"\b(?:information\s+commissioner|ico|review|complain\w*|dissatisfied|unhappy|appeal|"
                           r"re-?use|copyright|data\s+protection)\b", re.IGNORECASE)


def _sent_elsewhere(text: str, whole: bool = False) -> tuple[int, int] | None:
    """The first sentence that sends the requester to another body for the information (not for a review, a
    complaint or re-use, and not a question), or None. ``whole``: only one said of the whole request, not in a
    paragraph that opens with a question's number ("5 Operation and monitoring ... is a matter for Police Scotland")."""
    if not folds_unseen(text):
        low = lowered(text)
        if not any(w in low for w in _ELSEWHERE_NEEDS):
            return None
    spans = C.sentences(text)
    for start, _ in itertools.islice(first_char_spans(_ELSEWHERE, _ELSEWHERE_FAST, text), MAX_LINES):
        a, b = C.sentence_at(spans, start)
        sentence = text[a:b]
        if "?" in sentence or _REVIEW_WORDS.search(sentence):
            continue
        if _CONFIRMED.search(text, a, start):
            continue    # "I can confirm that the information requested is held by Lincolnshire County Council": its own
        if whole:
            blank = max(text.rfind("\n\n", 0, a), text.rfind("\n \n", 0, a))
            if _LEAD_NUMBER.match(text, blank + 1 if blank >= 0 else 0) and \
                    re.match(r"\s*" + ANY_NUMBER, text[blank + 1 if blank >= 0 else 0:]):
                continue
        return a, b
    return None
