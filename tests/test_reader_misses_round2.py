"""The reader's remaining misses on real replies, round 2 (issue 13, items 2-3): each test quotes a few lines of a
real reply from tests/files/real_set/ with a small survey of the test's own, and says what the reader must read.
"""

from __future__ import annotations

from reader import parse_reply
from reader.scan import normalise
from reader.survey import parse_survey


def test_a_page_number_before_a_question_number_at_a_lines_start_is_no_figure():
    # Durham's reply (real set, allotments): a PDF's text keeps the page number "2" before question 2's number
    text = ("1. Please could you send us the Tenancy Agreement that the Council currently uses for allotment plots "
            "in the Council? Please see separate attachment - Appendix A.\n\n"
            "2 2. Please could you send us the previous Tenancy Agreement for allotment plots in the Council? Please "
            "see separate attachment - Appendix B.\n")
    assert "\n  2. Please" in normalise(text) and len(normalise(text)) == len(text)
    survey = parse_survey("""
name = "tenancy"
title = "Allotment tenancy agreements"
[subjects.tenancy_agreement]
synonyms = ["tenancy agreement"]
[[questions]]
id = "1"
text = "Please could you send us the Tenancy Agreement that the Council currently uses for allotment plots?"
subject = "tenancy_agreement"
measures = ["count"]
[[questions]]
id = "2"
text = "Please could you send us the previous Tenancy Agreement for allotment plots?"
subject = "tenancy_agreement"
measures = ["count"]
""")
    assert parse_reply(text, survey).facts == []
    # a count at a line's start before a figure with a decimal point, or a number before words, is untouched
    assert normalise("5 2.5 hours\n12 Sites in use\n") == "5 2.5 hours\n12 Sites in use\n"
