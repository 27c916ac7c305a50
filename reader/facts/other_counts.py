"""A list introduced as the counts of a thing the survey does not ask about: "A number of enquiries have been received
by the council relating to vandalism / injuries / broken and damaged equipment at play parks. The total number of
these enquiries in the last 5 financial years is as follows:" over "Broken / damaged equipment - 37", "Vandalism -
6". Each item counts enquiries of one kind, not the vandalism reports or injuries the survey's words name in its
label: the list's figures are none of the survey's (they run to the next question's number)."""

from __future__ import annotations

import re

# "the (total) number of these enquiries (in the last 5 financial years) is as follows:", "the numbers of those
# calls are as follows:" at a line's end
_THESE_COUNTED = re.compile(r"\bnumbers?\s+of\s+(?:these|those|such)\s+([a-z]{3,})\b[^.:\n]{0,80}?\b(?:is|are)\s+"
                            r"as\s+follows\s*:?\s*$", re.IGNORECASE)


def lists_other_things(line: str, survey, question_words: dict) -> bool:
    """Whether ``line`` introduces a list of counts of a thing that is neither a subject of ``survey`` nor a word
    of its questions (``question_words``: words.question_words of the survey)."""
    # (asked of every line: searched only where the word every match holds stands, whose letters fold to no other)
    m = _THESE_COUNTED.search(line.rstrip()) if "number" in line.lower() else None
    if m is None:
        return False
    noun = m.group(1).lower()
    stems = {noun, noun.rstrip("s"), re.sub(r"ies$", "y", noun)}
    return not survey.find_subjects(noun) and not any(stems & words for words in question_words.values())
