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


SITES_PLOTS = parse_survey("""
name = "sites-plots"
title = "Allotment sites and plots"
[periods]
asked = [{ label = "now", start = 2014-04-15, end = 2014-04-15 },
         { label = "May 2010", start = 2010-05-01, end = 2010-05-31 }]
[subjects.allotment_sites]
synonyms = ["sites"]
[subjects.allotment_plots]
synonyms = ["plots"]
[[questions]]
id = "3a"
text = "How many allotment a) sites do you have in total currently?"
subject = "allotment_sites"
measures = ["count"]
periods = ["now"]
[[questions]]
id = "3b"
text = "How many allotment b) plots do you have in total currently?"
subject = "allotment_plots"
measures = ["count"]
periods = ["now"]
[[questions]]
id = "4a"
text = "How many allotment a) sites did you have in total in May 2010?"
subject = "allotment_sites"
measures = ["count"]
periods = ["May 2010"]
[[questions]]
id = "4b"
text = "How many allotment b) plots did you have in total in May 2010?"
subject = "allotment_plots"
measures = ["count"]
periods = ["May 2010"]
""")


def test_answers_typed_into_the_question_quoted_back_are_figures():
    # Charnwood's reply (real set, allotments): the council typed part a's answer into the question it quotes back
    # and wrote part b's after the question mark, the thing it counts after it
    text = ("3. How many allotment a) sites 9 and b) plots do you have in total currently ? 287 full plots, however "
            "many are now split into halves or more\n\n"
            "4. How many allotment a) sites 9 and b) plots did you have in total in May 2010? 287 full plots, however "
            "many are now split into halves or more\n")
    got = sorted((f.question, f.subject, f.value) for f in parse_reply(text, SITES_PLOTS).facts)
    assert got == [("3a", "allotment_sites", 9), ("3b", "allotment_plots", 287),
                   ("4a", "allotment_sites", 9), ("4b", "allotment_plots", 287)]


def test_the_requests_own_numbers_in_a_question_quoted_back_stay_unread():
    # the request's own numbers ("the 10 individuals", a year, a part's letter) are no answer typed in
    survey = parse_survey("""
name = "awards"
title = "Allotment awards"
[subjects.awarded]
synonyms = ["awarded"]
[[questions]]
id = "2"
text = "For each of the 10 individuals most recently awarded a plot, how many days elapsed?"
subject = "awarded"
measures = ["count"]
""")
    text = "2. For each of the 10 individuals most recently awarded a plot, how many days elapsed?\n"
    assert parse_reply(text, survey).facts == []
    text = "2. For each of the 10 individuals most recently awarded a plot in 2021, how many days elapsed?\n"
    assert parse_reply(text, survey).facts == []


def test_no_complaints_about_the_categories_listed_is_a_zero_for_each_category():
    # Alnwick's reply (real set, noise-nuisance): one sentence answers the two categories the request lists
    survey = parse_survey("""
name = "noise-categories"
title = "Noise complaints by category"
[periods]
asked = [{ label = "last full year", start = 2010-01-01, end = 2010-12-31 }]
[subjects.vibration_complaints]
synonyms = ["vibration"]
[subjects.low_frequency_complaints]
synonyms = ["low frequency noise"]
[subjects.formal_warning]
synonyms = ["formal warning"]
[[questions]]
id = "1a"
text = "The number of complaints received for a) Vibration, for the last full year for which records are kept"
subject = "vibration_complaints"
measures = ["count"]
[[questions]]
id = "1b"
text = "The number of complaints received for b) Low Frequency Noise (Tonal)"
subject = "low_frequency_complaints"
measures = ["count"]
[[questions]]
id = "2"
text = "For each category: Nuisance found, formal warning issued"
subject = "formal_warning"
measures = ["count"]
""")
    text = ("Dear Jennie\nI can confirm that Alnwick Town Council have received no complaints in relation to the "
            "categories you have set out. You need to direct your enquiry to Northumberland County Council.\n")
    got = sorted((f.question, f.subject, f.value, f.period) for f in parse_reply(text, survey).facts)
    assert got == [("1a", "vibration_complaints", 0, "last full year"),
                   ("1b", "low_frequency_complaints", 0, "last full year")]
    # a plain "no complaints" about one thing names no category: nothing for each
    text = "There were no complaints received by the Council relating to the football match.\n"
    assert parse_reply(text, survey).facts == []


def test_a_question_number_written_with_a_comma_opens_its_line():
    # Moray's reply (real set, temporary-accommodation) quotes its request's "2,  How many children ..." (no "?");
    # Guildford's (parking-pcns) answers "4, Of the Guildford PCNs that were challenged, 3,522 were cancelled ..."
    from reader.facts.words import _MARKER
    m = _MARKER.match("2,  How many children would have been affected by those applications in each of the years.")
    assert m is not None and m.group("n") == "2"
    assert _MARKER.match("4, Of the Guildford PCNs that were challenged, 3,522 were cancelled").group("n") == "4"
    for line in ("3,522 were cancelled", "5, 6 and 7 were not held", "2, in total"):
        m = _MARKER.match(line)
        assert m is None or m.group("n") is None
    survey = parse_survey("""
name = "homelessness"
title = "Homelessness applications"
[periods]
asked = [{ label = "2018-19", start = 2018-04-01, end = 2019-03-31 }]
[subjects.applications]
synonyms = ["applications"]
[subjects.children]
synonyms = ["children"]
[[questions]]
id = "1"
text = "How many homelessness applications were made in each of the years?"
subject = "applications"
measures = ["count"]
[[questions]]
id = "2"
text = "How many children would have been affected by those applications in each of the years."
subject = "children"
measures = ["count"]
""")
    text = "2,  How many children would have been affected by those applications in each of the years.\n"
    assert parse_reply(text, survey).facts == []


def test_references_and_a_year_run_into_a_question_number_are_never_figures():
    from reader.scan import never_spans

    def covered(text: str, figure: str) -> bool:
        i = text.index(figure)
        return any(a <= i and i + len(figure) <= b for a, b in never_spans(text))
    # Cheshire West's "Case Reference: RFI 1576", Conwy's letter reference "9349-16" on a line of its own,
    # Hastings' page "Responded Wed 04 March 20201." (the year, then question 1's number)
    assert covered("Case Reference: RFI 1576", "1576")
    assert covered("9349-16", "9349")
    assert covered("Responded Wed 04 March 20201.", "20201")
    # ...but not a count after a reference's words, a financial year, or a count beside a year
    assert not covered("We received 1576 requests for reference", "1576")
    assert not covered("In 2015-16 there were 9349 empty homes", "9349")
    assert not covered("In March 2020 we issued 1,204 FPNs", "1,204")


def test_a_question_number_then_a_dash_then_its_answer_is_no_range_of_questions():
    # Wokingham's reply (real set, ev-charging) answers "Q2 - 5 Fast units"; "Q2-5" and "questions 2 - 5" are ranges
    from reader.scan import never_spans

    def spans(text: str) -> list[str]:
        return [text[a:b] for a, b in never_spans(text)]
    assert spans("Q2 - 5 Fast units") == ["Q2"]
    assert spans("  Question 3 - 12 charge points") == ["  Question 3"]
    assert spans("Q2-5: see above") == ["Q2-5"]
    assert spans("See questions 2 - 5 above") == ["questions 2 - 5"]
    survey = parse_survey("""
name = "chargers"
title = "Charge points"
[subjects.fast]
synonyms = ["fast"]
[[questions]]
id = "2"
text = "How many fast charge points do you plan to install?"
subject = "fast"
measures = ["count"]
""")
    assert [(f.question, f.value) for f in parse_reply("Q2 - 5 Fast units\n", survey).facts] == [("2", 5)]


def test_a_question_whose_subject_another_shares_word_for_word_heads_its_figures():
    # Barnet Homes' reply (real set, temporary-accommodation) read with a drafted survey in which questions 1 and 2
    # each have a subject "households living": the words under "Q2." are found as question 1's
    survey = parse_survey("""
name = "out-of-area"
title = "Households placed out of area"
[periods]
asked = [{ label = "end of December 2021", start = 2021-12-31, end = 2021-12-31 },
         { label = "2018/2019", start = 2018-04-01, end = 2019-03-31 },
         { label = "2019/2020", start = 2019-04-01, end = 2020-03-31 }]
[subjects.households_living]
synonyms = ["households[\\\\s-]*living"]
[subjects.households_living_q2]
synonyms = ["households[\\\\s-]*living"]
[subjects.households_with_children]
synonyms = ["households[\\\\s-]*with[\\\\s-]*childrens?", "with[\\\\s-]*childrens?"]
[[questions]]
id = "1"
text = "Of the households living with children in temporary accommodation at the end of December 2021, how many were placed outside of your local authority area?"
subject = "households_living"
measures = ["count"]
periods = ["end of December 2021"]
[[questions]]
id = "2"
text = "Of the households living with children in temporary accommodation in each of the following financial years, how many were placed in accommodation outside of your local authority area?"
subject = "households_living_q2"
measures = ["count"]
periods = ["2018/2019", "2019/2020"]
[[questions]]
id = "3"
text = "For the households with children who left a placement in B&B/ hotel accommodation during each of the following financial years, what was the average time spent there?"
subject = "households_with_children"
measures = ["days"]
periods = ["2018/2019", "2019/2020"]
""")
    text = ("Q2. Of the households living with children in temporary accommodation in each of the following financial "
            "years, how many were placed in accommodation outside of your local authority area?\n"
            "- 2017/2018- No data available\n"
            "- 2018/2019 \u2013 260\n"
            "- 2019/2020 \u2013 513\n")
    got = sorted((f.question, f.subject, f.period, f.value) for f in parse_reply(text, survey).facts)
    assert got == [("2", "households_living_q2", "2018/2019", 260), ("2", "households_living_q2", "2019/2020", 513)]


def test_a_tables_header_on_its_questions_numbered_line_heads_that_questions_figures():
    # Moray's reply (real set, temporary-accommodation), read with the survey drafted from its request: each answer
    # is a table whose header opens with the question's number; "applications" alone and "Households in Temporary
    # Accommodation" name no subject of that survey, and the request quoted above ends with question 6's "instances"
    survey = parse_survey("""
name = "homelessness-tables"
title = "Homelessness applications and temporary accommodation"
[periods]
asked = [{ label = "2024-25", start = 2024-04-01, end = 2025-03-31 },
         { label = "2023-24", start = 2023-04-01, end = 2024-03-31 }]
[subjects.homelessness_applications]
synonyms = ["homelessness[\\\\s-]*applications?"]
[subjects.children]
synonyms = ["childrens?"]
[subjects.homeless_households]
synonyms = ["homeless[\\\\s-]*households?"]
[subjects.instances]
synonyms = ["instances?"]
[[questions]]
id = "1"
text = "How many homelessness applications have there been in the local authority for each year since 2018/19."
subject = "homelessness_applications"
measures = ["count"]
[[questions]]
id = "2"
text = "How many children would have been affected by those applications in each of the years."
subject = "children"
measures = ["count"]
[[questions]]
id = "3"
text = "How many homeless households were housed in temporary accommodation in each year referred to above."
subject = "homeless_households"
measures = ["count"]
[[questions]]
id = "6"
text = "How many instances have there been where households requiring temporary accommodation have not been offered it?"
subject = "instances"
measures = ["count"]
""")
    text = ("6. How many instances have there been where households requiring temporary accommodation have not been "
            "offered temporary accommodation in each of the years referred to above.\n\n"
            "Response 15-09-2025\n\n"
            "1. Year     Number of applications\n2024-25     513\n2023-24     584\n\n"
            "2. Year     Number of Children\n2024-25     180\n2023-24     308\n\n"
            "3. Year     Number of Households in Temporary Accommodation\n2024-25     384\n2023-24     397\n")
    got = sorted((f.question, f.period, f.value) for f in parse_reply(text, survey).facts)
    assert got == [("1", "2023-24", 584), ("1", "2024-25", 513), ("2", "2023-24", 308), ("2", "2024-25", 180),
                   ("3", "2023-24", 397), ("3", "2024-25", 384)]


def test_a_length_of_time_with_a_word_of_which_years_is_never_a_figure():
    # Devon's reply (real set, agency-staff) quotes its request: "during the last 3 financial years (YE: March 31st)"
    from reader.scan import never_spans

    def covered(text: str, figure: str) -> bool:
        i = text.index(figure)
        return any(a <= i and i + len(figure) <= b for a, b in never_spans(text))
    assert covered("from recruitment agencies during the last 3 financial years (YE: March 31st)", "3")
    assert covered("over the past 2 academic years", "2")
    assert covered("for 5 full years", "5")
    assert not covered("3 financial officers were employed", "3")


def test_a_thing_both_questions_name_written_in_the_singular_stays_with_the_numbered_question():
    # Wokingham's reply (real set, fly-tipping) with the survey drafted from its request: "No FPN's issued ..." under
    # question 3 answers question 3, though "FPN" is also the whole subject of question 2
    survey = parse_survey("""
name = "littering-fpns"
title = "Littering FPNs"
[periods]
asked = [{ label = "2019/20", start = 2019-04-01, end = 2020-03-31 },
         { label = "2020/21", start = 2020-04-01, end = 2021-03-31 }]
[subjects.fpns]
synonyms = ["fpns?"]
[subjects.fpns_for_littering]
synonyms = ["fpns[\\\\s-]*for[\\\\s-]*littering", "fpns[\\\\s-]*littering"]
[[questions]]
id = "2"
text = "How many FPNs did you issue for littering?"
subject = "fpns"
measures = ["count"]
[[questions]]
id = "3"
text = "How many FPNs for littering were paid for each year over the last 5 years?"
subject = "fpns_for_littering"
measures = ["count"]
""")
    text = ("2. How many FPNs did you issue for littering?\n"
            "No FPN\u2019s issued from 2015 - 2018, April 2019/20: 20, April 2020/21: 22\n\n"
            "3. How many FPNs for littering were paid for each year over the last 5 years?\n"
            "No FPN\u2019s issued from 2015 - 2018, April 2019/20: 15, April 2020/21: 11.\n")
    got = {(f.question, f.value) for f in parse_reply(text, survey).facts if f.value}
    assert {("2", 20), ("2", 22), ("3", 15), ("3", 11)} <= got
    assert ("2", 15) not in got and ("2", 11) not in got


def test_a_table_flattened_onto_one_line_gives_each_figure_its_nearest_label_before_it():
    # East Herts' reply (real set, allotments): the page ran its two tables onto one line, cells kept apart by spaces
    survey = parse_survey("""
name = "waiting-days"
title = "Allotment waiting list and days waited"
[subjects.waiting_list_people]
synonyms = ["waiting list"]
[subjects.average_wait_days]
synonyms = ["average days wait"]
[[questions]]
id = "1"
text = "How many people are currently on a waiting list for an allotment site?"
subject = "waiting_list_people"
measures = ["count"]
[[questions]]
id = "2b"
text = "The average waiting time (in days) of those ten applicants"
subject = "average_wait_days"
measures = ["days"]
""")
    text = ("ALLOTMENT SITE CURRENT NUMBERS ON WAITING LIST  West Street37 Norwood Close 3 Both sites 19 Total 59    "
            "Average days wait over both sites  370.2\n")
    got = sorted((f.question, f.measure, f.value) for f in parse_reply(text, survey).facts)
    assert got == [("1", "count", 3), ("1", "count", 19), ("1", "count", 59), ("2b", "days", 370.2)]
    # with a survey that names the waiting list in other words, the figures under the first label are no figures
    # of the average named further on
    drafted = parse_survey("""
name = "waiting-days-drafted"
title = "Allotment waiting list and days waited"
[subjects.people_waiting]
synonyms = ["people[\\\\s-]*waiting"]
[subjects.average_waiting_time]
synonyms = ["average[\\\\s-]*waiting[\\\\s-]*times?", "waiting[\\\\s-]*times?", "average"]
[[questions]]
id = "1"
text = "Please tell me how many people are currently on a waiting list for an allotment site"
subject = "people_waiting"
measures = ["count"]
[[questions]]
id = "2b"
text = "The average waiting time (in days) of those ten applicants"
subject = "average_waiting_time"
measures = ["days"]
""")
    text = ("ALLOTMENT SITE CURRENT NUMBERS ON WAITING LIST  West Street37 Norwood Close 3 Both sites 19 Total 59    "
            "LAST 10 PLOTS AWARDED- COVERS BOTH SITES  DaysApplied 23/11/2018 Awarded 01/07/2019220   "
            "Average days wait over both sites  370.2\n")
    got = sorted((f.question, f.measure, f.value) for f in parse_reply(text, drafted).facts)
    assert got == [("2b", "days", 370.2)]


def test_a_band_of_time_by_its_bound_is_never_a_figure():
    # Moray's reply (real set, empty-homes) lists its bands "l. 11 - 19 years" and "m. 20 or more years"
    from reader.scan import never_spans

    def covered(text: str, figure: str) -> bool:
        i = text.index(figure)
        return any(a <= i and i + len(figure) <= b for a, b in never_spans(text))
    assert covered("m. 20 or more years", "20")
    assert covered("properties empty for 2 or over years", "2")
    assert not covered("20 or more properties were empty for years", "20")
